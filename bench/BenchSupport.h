#pragma once

// What the benchmark programs share: an sshd test bed with a known_hosts file, and how Lotsen
// and OpenSSH's client are pointed at its hosts.

#include "HostSession.h"
#include "SshTestBed.h"

#include <QFile>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <vector>

namespace Lotsen::Bench {

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
};

inline Host hostOf(const Test::BedHost& bedHost, const QString& user)
{
    Host host;
    host.name = bedHost.name;
    host.address = bedHost.address;
    host.port = bedHost.port;
    host.user = user;
    return host;
}

inline SessionOptions optionsFor(const Bed& bed)
{
    SessionOptions options;
    options.knownHostsFile = bed.knownHosts;
    options.identityFile = bed.bed.clientKey();
    options.sshConfigFile = QStringLiteral("none");
    options.useAgent = false;
    return options;
}

inline QStringList opensshArgs(const Bed& bed, const Test::BedHost& host, const QStringList& extra)
{
    return QStringList{QStringLiteral("-F"), QStringLiteral("none"),
                       QStringLiteral("-i"), bed.bed.clientKey(),
                       QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + bed.knownHosts,
                       QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=yes"),
                       QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                       QStringLiteral("-o"), QStringLiteral("IdentitiesOnly=yes"),
                       QStringLiteral("-p"), QString::number(host.port)} +
           extra + QStringList{bed.bed.user() + QLatin1Char('@') + host.address};
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
