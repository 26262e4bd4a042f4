#include "ProxyJump.h"

#include "CommandLine.h"
#include "HostTarget.h"
#include "Validation.h"

namespace Lotsen {

namespace {

// libssh expands %h, %p, %r, %u, %l and %d in a ProxyCommand and rejects any other "%x"; it
// has no escape for a literal "%", so a path holding one cannot be passed at all.
Result<void> checkNoPercent(const QString& what, const QString& path)
{
    if (!path.contains(QLatin1Char('%')))
        return {};
    return Error{ProxyJump::tr("The %1 path “%2” contains “%”, which cannot be passed to the jump host's ssh "
                               "command. Use a path without “%”.")
                     .arg(what, path)};
}

} // namespace

Result<QByteArray> ProxyJump::proxyCommand(const QString& proxyJump, const QString& configFile,
                                           const QString& knownHostsFile)
{
    if (auto valid = Validation::validateProxyJump(proxyJump); !valid)
        return Error{valid.error()};
    if (auto checked = checkNoPercent(tr("known hosts"), knownHostsFile); !checked)
        return Error{checked.error()};
    if (auto checked = checkNoPercent(tr("ssh_config"), configFile); !checked)
        return Error{checked.error()};

    QStringList hops = proxyJump.split(QLatin1Char(','));
    const Result<Host> last = HostTarget::parse(hops.takeLast());
    if (!last)
        return Error{last.error()};

    CommandLine ssh(QStringLiteral("ssh"),
                    {QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
                     QStringLiteral("UserKnownHostsFile=") + knownHostsFile});
    if (configFile == QLatin1String("none"))
        ssh.addArgs({QStringLiteral("-F"), QStringLiteral("/dev/null")});
    else if (!configFile.isEmpty())
        ssh.addArgs({QStringLiteral("-F"), configFile});
    if (!hops.isEmpty())
        ssh.addArgs({QStringLiteral("-J"), hops.join(QLatin1Char(','))});
    // libssh fills in the target's address and port.
    ssh.addArgs({QStringLiteral("-W"), QStringLiteral("[%h]:%p")});
    if (!last->user.isEmpty())
        ssh.addArgs({QStringLiteral("-l"), last->user});
    if (last->port > 0)
        ssh.addArgs({QStringLiteral("-p"), QString::number(last->port)});
    ssh.addArgs({QStringLiteral("--"), last->address});
    return ssh.toShell();
}

} // namespace Lotsen
