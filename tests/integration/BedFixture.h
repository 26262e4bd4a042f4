#pragma once

#include "CommandLine.h"
#include "HostSession.h"
#include "SessionRecorder.h"
#include "SshTestBed.h"
#include "TestEnv.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace Lotsen::Test {

// A started sshd test bed plus a private HOME and a known_hosts file that knows every bed host.
struct BedFixture
{
    SshTestBed bed;
    QTemporaryDir home;
    QString knownHosts;

    bool start(int hosts, QString* error)
    {
        if (!bed.start(hosts, error))
            return false;
        // No test may read the real ~/.ssh: default keys there would change what logs in.
        qputenv("HOME", home.path().toUtf8());
        qunsetenv("SSH_AUTH_SOCK");
        knownHosts = home.filePath(QStringLiteral("known_hosts"));
        QFile file(knownHosts);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        for (int i = 0; i < hosts; ++i)
            file.write(bed.knownHostsLine(i).toUtf8() + '\n');
        return true;
    }

    Host host(int i, const QString& user = QString()) const
    {
        const BedHost b = bed.host(i);
        Host h;
        h.name = b.name;
        h.address = b.address;
        h.port = b.port;
        h.user = user.isEmpty() ? bed.user() : user;
        return h;
    }

    SessionOptions keyOptions() const
    {
        SessionOptions options;
        options.knownHostsFile = knownHosts;
        options.identityFile = bed.clientKey();
        options.sshConfigFile = QStringLiteral("none");
        options.useAgent = false;
        options.auditDirectory = home.filePath(QStringLiteral("audit"));
        return options;
    }
};

inline CommandRequest command(const QString& program, const QStringList& args = {})
{
    CommandRequest request;
    request.shellLine = CommandLine(program, args).toShell();
    return request;
}

} // namespace Lotsen::Test

// Starts the bed in initTestCase, or skips (fails in CI).
#define LOTSEN_START_BED(fixture, count)                                                                     \
    do {                                                                                                     \
        LOTSEN_REQUIRE_SSHD();                                                                               \
        QString lotsenBedError_;                                                                             \
        if (!(fixture).start((count), &lotsenBedError_))                                                     \
            QFAIL(qPrintable(QStringLiteral("the sshd test bed did not start: ") + lotsenBedError_));        \
    } while (false)
