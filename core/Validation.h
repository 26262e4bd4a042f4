#pragma once

#include "Result.h"

#include <QString>

namespace Lotsen {

struct Host;

// Grammar checks for every value that ends up in a remote command or a connection. Each error
// names the offending value and says what is allowed; nothing is run after a failed check.
namespace Validation {

// DNS name (RFC 1123 labels), IPv4 dotted quad, or IPv6 address with or without brackets.
Result<void> validateHostName(const QString& address);
// Host::name: the user's label for a host (also an ~/.ssh/config alias).
Result<void> validateHostEntryName(const QString& name);
// [A-Za-z_][A-Za-z0-9_.-]*[$]?, at most 32 characters.
Result<void> validateUserName(const QString& user);
// 1..65535.
Result<void> validatePort(int port);
// [registry[:port]/]name[/name...][:tag][@sha256:<64 hex>], lowercase name components.
Result<void> validateImageReference(const QString& reference);
// /dev/ followed by [A-Za-z0-9/_.:-], no "." or ".." component, no empty one, no trailing slash.
Result<void> validateDevicePath(const QString& path);
// LVM volume group: [A-Za-z0-9+_.-]{1,127}, not starting with '-', not "." or "..".
Result<void> validateVolumeGroupName(const QString& name);
// Comma-separated [user@]host[:port] hops, each as HostTarget reads it.
Result<void> validateProxyJump(const QString& proxyJump);
// Every field of a Host (empty optional fields and port 0 are fine).
Result<void> validateHost(const Host& host);

// A value as it may be shown inside an error message: control characters escaped, long values
// shortened, so that hostile input cannot mangle a terminal or a dialog.
QString printable(const QString& value);

} // namespace Validation
} // namespace Lotsen
