#pragma once

// What the benchmark programs share: the test beds, and how Lotsen and OpenSSH's client are
// pointed at their hosts.

#include "HostSession.h"
#include "HostTestBed.h"
#include "SshTestBed.h"

#include <QFile>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <vector>

namespace Lotsen::Bench {

// One bed host as a benchmark reaches it: Lotsen through a Host and SessionOptions, OpenSSH through
// client arguments; both with the same key, known_hosts file and user.
struct Endpoint
{
    QString name;
    QString address;
    int port = 0;
    QString user;
    QString clientKey;
    QString knownHosts;
};

// The sshd bed (tests/bed/sshbed.sh) with a known_hosts file for all its hosts.
struct Bed
{
    Test::SshTestBed bed;
    QTemporaryDir scratch;
    QString knownHosts;

    bool start(int hosts, QString* error)
    {
        if (!Test::SshTestBed::canRun(error) || !bed.start(hosts, error))
            return false;
        knownHosts = scratch.filePath(QStringLiteral("known_hosts"));
        QFile file(knownHosts);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        for (int i = 0; i < hosts; ++i)
            file.write(bed.knownHostsLine(i).toUtf8() + '\n');
        return true;
    }

    Endpoint endpoint(int i) const
    {
        const Test::BedHost host = bed.host(i);
        return {host.name, host.address, host.port, bed.user(), bed.clientKey(), knownHosts};
    }
};

// The Docker host bed (tests/bed/hostbed.sh): each host its own sshd, dockerd, /etc and disk.
struct DockerBed
{
    Test::HostTestBed bed;
    QTemporaryDir scratch;

    bool start(const QStringList& profiles, QString* error)
    {
        return Test::HostTestBed::canRun(error) && bed.start(profiles, error);
    }

    Endpoint endpoint(int i) const
    {
        const Test::DockerBedHost host = bed.host(i);
        // Hosts are named after their profile, so several of one profile need a number.
        return {QStringLiteral("%1-%2").arg(host.name).arg(i),
                host.address,
                host.port,
                QStringLiteral("root"),
                bed.clientKey(),
                bed.knownHostsFile()};
    }
};

inline Host hostOf(const Endpoint& endpoint)
{
    Host host;
    host.name = endpoint.name;
    host.address = endpoint.address;
    host.port = endpoint.port;
    host.user = endpoint.user;
    return host;
}

inline SessionOptions optionsFor(const Endpoint& endpoint)
{
    SessionOptions options;
    options.knownHostsFile = endpoint.knownHosts;
    options.identityFile = endpoint.clientKey;
    options.sshConfigFile = QStringLiteral("none");
    options.useAgent = false;
    return options;
}

inline QStringList opensshArgs(const Endpoint& endpoint, const QStringList& extra)
{
    return QStringList{QStringLiteral("-F"), QStringLiteral("none"),
                       QStringLiteral("-i"), endpoint.clientKey,
                       QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + endpoint.knownHosts,
                       QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=yes"),
                       QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                       QStringLiteral("-o"), QStringLiteral("IdentitiesOnly=yes"),
                       QStringLiteral("-p"), QString::number(endpoint.port)} +
           extra + QStringList{endpoint.user + QLatin1Char('@') + endpoint.address};
}

inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? -1 : values[values.size() / 2];
}

template <typename F> double medianOf(int rounds, F&& f)
{
    std::vector<double> values;
    for (int i = 0; i < rounds; ++i)
        values.push_back(f());
    return median(values);
}

} // namespace Lotsen::Bench
