#pragma once

#include <QStringView>

// Recognises literal IP addresses without Qt Network, which the core library must not use.
namespace Lotsen::IpAddress {

// Dotted quad, each part 0..255 written without leading zeros (inet_aton would read "010" as
// octal, so such input is refused rather than guessed at).
bool isIpv4(QStringView text);
// RFC 4291 text form: eight groups, "::" once, an embedded IPv4 tail, optional %zone.
// No brackets.
bool isIpv6(QStringView text);

} // namespace Lotsen::IpAddress
