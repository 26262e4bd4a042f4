#pragma once

#include "Host.h"
#include "Result.h"

#include <QCoreApplication>

namespace Lotsen {

// Reads a host the way a user types it on the command line or in a "connect to" field.
// Resolving configured host names is the caller's job; this only understands literal targets.
class HostTarget
{
    Q_DECLARE_TR_FUNCTIONS(Lotsen::HostTarget)

public:
    // Accepts [user@]address[:port], [user@][ipv6]:port, a bare IPv6 address, and
    // ssh://[user@]address[:port][/]. Every part is validated. The Host's name is its address.
    static Result<Host> parse(const QString& text);
};

} // namespace Lotsen
