#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Lotsen {

// Turns a host's ProxyJump ("[user@]host[:port]", several separated by commas) into the
// ProxyCommand that libssh 0.10 runs: it has no ProxyJump of its own, so OpenSSH's client makes
// the hops, reading the same ssh_config and checking the jump hosts' keys in the same known_hosts
// file as Lotsen's own session.
class ProxyJump
{
    Q_DECLARE_TR_FUNCTIONS(Lotsen::ProxyJump)

public:
    // configFile: the ssh_config the session reads ("none" = none, empty = OpenSSH's default).
    static Result<QByteArray> proxyCommand(const QString& proxyJump, const QString& configFile,
                                           const QString& knownHostsFile);
};

} // namespace Lotsen
