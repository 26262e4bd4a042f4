// Status facts against the Docker test bed: what Lotsen reports equals what each host really has.

#include "FactsCollector.h"
#include "HostSession.h"
#include "HostTestBed.h"
#include "TestEnv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Lotsen;
using namespace Lotsen::Test;

class TestStatus : public QObject
{
    Q_OBJECT
    HostTestBed m_bed;
    QTemporaryDir m_home;
    QMap<QString, HostFacts> m_facts;

    Host hostOf(const DockerBedHost& bedHost) const
    {
        Host host;
        host.name = bedHost.name;
        host.address = bedHost.address;
        host.port = bedHost.port;
        host.user = QStringLiteral("root");
        return host;
    }

    SessionOptions options() const
    {
        SessionOptions options;
        options.knownHostsFile = m_bed.knownHostsFile();
        options.identityFile = m_bed.clientKey();
        options.sshConfigFile = QStringLiteral("none");
        options.useAgent = false;
        options.auditDirectory = m_home.filePath(QStringLiteral("audit"));
        return options;
    }

    std::optional<DockerBedHost> bedHost(const QString& profilePrefix) const
    {
        for (const DockerBedHost& host : m_bed.hosts())
            if (host.profile.startsWith(profilePrefix))
                return host;
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString whyNot;
        if (!HostTestBed::canRun(&whyNot))
            LOTSEN_SKIP_OR_FAIL(whyNot);
        QVERIFY2(m_bed.start({QStringLiteral("el6-btrfs"), QStringLiteral("debian12-overlay2"),
                              QStringLiteral("debian12-vfs")},
                             &whyNot),
                 qPrintable(whyNot));
        qputenv("HOME", m_home.path().toUtf8());

        // One refresh of every host at once, as the GUI and lotsenctl do it.
        std::vector<std::unique_ptr<HostSession>> sessions;
        FactsCollector collector;
        QSignalSpy ready(&collector, &FactsCollector::factsReady);
        QSignalSpy failed(&collector, &FactsCollector::refreshFailed);
        for (const DockerBedHost& host : m_bed.hosts()) {
            sessions.push_back(std::make_unique<HostSession>(hostOf(host), options()));
            collector.refresh(sessions.back().get());
        }
        QTRY_COMPARE_WITH_TIMEOUT(ready.size() + failed.size(), int(m_bed.hosts().size()), 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        for (const QList<QVariant>& args : ready)
            m_facts.insert(args.at(0).toString(), args.at(1).value<HostFacts>());
        sessions.clear();
        HostSession::waitForWorkers();
    }

    void imageIdsEqualTheHostsOwn()
    {
        for (const DockerBedHost& host : m_bed.hosts()) {
            const HostFacts facts = m_facts.value(host.name);
            QVERIFY2(facts.docker.daemonRunning, qPrintable(host.name));
            QStringList reported;
            for (const DockerImage& image : facts.docker.images)
                reported << image.id;
            QStringList expected;
            for (const auto& image : host.images)
                expected << image.second;
            reported.sort();
            expected.sort();
            QCOMPARE(reported, expected);
            QCOMPARE(facts.docker.storageDriver, host.storageDriver);
            QCOMPARE(facts.docker.containers.size(), host.containers.size());
        }
    }

    void btrfsHostReportsItsDriverAndLoopDevice()
    {
        const std::optional<DockerBedHost> host = bedHost(QStringLiteral("el6-btrfs"));
        QVERIFY(host);
        const HostFacts facts = m_facts.value(host->name);
        QCOMPARE(facts.docker.storageDriver, QStringLiteral("btrfs"));
        QCOMPARE(facts.disks.dockerRootFsType, QStringLiteral("btrfs"));
        QCOMPARE(facts.disks.dockerRootSource, host->loopDevice);
        bool seen = false;
        for (const BtrfsFilesystem& fs : facts.disks.btrfs)
            seen = seen || fs.devices.contains(host->loopDevice);
        QVERIFY2(seen, "the btrfs filesystem list names the loop device");
    }

    void el6HostReportsGrubDefaultAndDefaultKernel()
    {
        const std::optional<DockerBedHost> host = bedHost(QStringLiteral("el6"));
        QVERIFY(host);
        const HostFacts facts = m_facts.value(host->name);
        QCOMPARE(facts.os.family, QStringLiteral("el"));
        QCOMPARE(facts.os.version, QStringLiteral("6.7"));
        QCOMPARE(facts.kernel.bootloader, QStringLiteral("grub-legacy"));
        QCOMPARE(facts.kernel.grubDefault, host->grubDefault);
        QCOMPARE(facts.kernel.defaultKernelPackage, host->defaultKernel);
        const int index = host->grubDefault.toInt();
        QVERIFY(facts.kernel.installed.size() > index);
        QVERIFY(facts.kernel.installed.at(index).isDefault);
        QCOMPARE(facts.docker.optionsSource, QStringLiteral("/etc/sysconfig/docker"));
    }

    // The bed's hosts share this machine's kernel: device-mapper is there if /proc/misc lists it or
    // the kernel's modules include dm-mod (a /dev/mapper/control node alone does not count).
    void deviceMapperAsTheKernelHasIt()
    {
        QFile misc(QStringLiteral("/proc/misc"));
        QVERIFY(misc.open(QIODevice::ReadOnly));
        bool expected = misc.readAll().contains(" device-mapper\n");
        const QString modules = QStringLiteral("/lib/modules/%1/").arg(QSysInfo::kernelVersion());
        for (const char* file : {"modules.builtin", "modules.dep"}) {
            QFile list(modules + QLatin1String(file));
            if (list.open(QIODevice::ReadOnly) && list.readAll().contains("dm-mod.ko"))
                expected = true;
        }
        for (const DockerBedHost& host : m_bed.hosts())
            QCOMPARE(m_facts.value(host.name).disks.deviceMapperAvailable, expected);
    }

    void overlayAndVfsHostsAreDebian()
    {
        for (const QString& profile : {QStringLiteral("debian12-overlay2"), QStringLiteral("debian12-vfs")}) {
            const std::optional<DockerBedHost> host = bedHost(profile);
            QVERIFY(host);
            const HostFacts facts = m_facts.value(host->name);
            QCOMPARE(facts.os.id, QStringLiteral("debian"));
            QCOMPARE(facts.disks.dockerRootSource, host->loopDevice);
            QVERIFY(!facts.kernel.running.isEmpty());
        }
    }

    void lotsenctlStatusJson()
    {
        QProcess process;
        process.setStandardInputFile(QProcess::nullDevice());
        QStringList arguments{QStringLiteral("--known-hosts"), m_bed.knownHostsFile(), QStringLiteral("-i"),
                              m_bed.clientKey(), QStringLiteral("status")};
        for (const DockerBedHost& host : m_bed.hosts())
            arguments << QStringLiteral("root@%1:%2").arg(host.address).arg(host.port);
        arguments << QStringLiteral("--json");
        process.start(qEnvironmentVariable("LOTSENCTL"), arguments);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonArray hosts = QJsonDocument::fromJson(process.readAllStandardOutput())
                                     .object()
                                     .value(QStringLiteral("hosts"))
                                     .toArray();
        QCOMPARE(hosts.size(), m_bed.hosts().size());
        for (int i = 0; i < hosts.size(); ++i) {
            const QJsonObject entry = hosts.at(i).toObject();
            QVERIFY(entry.value(QStringLiteral("ok")).toBool());
            const QJsonObject docker =
                entry.value(QStringLiteral("facts")).toObject().value(QStringLiteral("docker")).toObject();
            QCOMPARE(docker.value(QStringLiteral("storageDriver")).toString(), m_bed.host(i).storageDriver);
        }
    }

    // A host removed while its refresh runs (its session deleted) must not block the next refresh
    // of a host by that name.
    void hostRemovedMidRefreshCanBeRefreshedAgain()
    {
        const Host host = hostOf(m_bed.host(0));
        FactsCollector collector;
        QSignalSpy ready(&collector, &FactsCollector::factsReady);
        auto first = std::make_unique<HostSession>(host, options());
        collector.refresh(first.get());
        QVERIFY(collector.isRefreshing(host.name));
        first.reset();
        QVERIFY(!collector.isRefreshing(host.name));
        HostSession second(host, options());
        collector.refresh(&second);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 60000);
        QCOMPARE(ready.first().at(0).toString(), host.name);
    }

    // The same host named twice is asked once; it used to wait for a second answer forever.
    void lotsenctlStatusSameHostTwiceAnswersOnce()
    {
        const DockerBedHost& host = m_bed.host(0);
        const QString target = QStringLiteral("root@%1:%2").arg(host.address).arg(host.port);
        QProcess process;
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(qEnvironmentVariable("LOTSENCTL"),
                      {QStringLiteral("--known-hosts"), m_bed.knownHostsFile(), QStringLiteral("-i"),
                       m_bed.clientKey(), QStringLiteral("status"), target, target,
                       QStringLiteral("--json")});
        const bool finished = process.waitForFinished(60000);
        if (!finished)
            process.kill();
        QVERIFY2(finished, "lotsenctl status with a host named twice did not finish");
        QCOMPARE(process.exitCode(), 0);
        const QJsonArray hosts = QJsonDocument::fromJson(process.readAllStandardOutput())
                                     .object()
                                     .value(QStringLiteral("hosts"))
                                     .toArray();
        QCOMPARE(hosts.size(), 1);
        QVERIFY(hosts.at(0).toObject().value(QStringLiteral("ok")).toBool());
    }
};

QTEST_GUILESS_MAIN(TestStatus)
#include "TestStatus.moc"
