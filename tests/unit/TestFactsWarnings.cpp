#include "DockerFactsParser.h"
#include "FactsWarnings.h"

#include <QFile>
#include <QTest>

using namespace Lotsen;

class TestFactsWarnings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scenarios_data();
    void scenarios();
    void textsNameTheDetails();
    void loopFixtureEndToEnd();
    void kernelOlderThan_data();
    void kernelOlderThan();

private:
    static HostFacts healthy();
    static HostFacts scenario(const QString& name);
    static QStringList codes(const HostFacts& facts);
};

// A current, well-set-up Docker host: no warnings.
HostFacts TestFactsWarnings::healthy()
{
    HostFacts facts;
    facts.kernel.running = QStringLiteral("4.4.5-1.el6.elrepo.x86_64");
    facts.kernel.memoryCgroupEnabled = true;
    facts.kernel.swapAccountEnabled = true;
    InstalledKernel kernel;
    kernel.version = facts.kernel.running;
    kernel.isDefault = true;
    kernel.isRunning = true;
    facts.kernel.installed = {kernel};
    facts.disks.deviceMapperAvailable = true;
    facts.disks.dockerRootMount = QStringLiteral("/var/lib/docker");
    facts.docker.installed = true;
    facts.docker.daemonRunning = true;
    facts.docker.clientVersion = QStringLiteral("1.10.3");
    facts.docker.serverVersion = QStringLiteral("1.10.3");
    facts.docker.storageDriver = QStringLiteral("overlay2");
    return facts;
}

static LvmLogicalVolume thinPool(const QString& vg, const QString& name, double data, double metadata)
{
    LvmLogicalVolume lv;
    lv.vg = vg;
    lv.name = name;
    lv.attr = QStringLiteral("twi-aot---");
    lv.segType = QStringLiteral("thin-pool");
    lv.dataPercent = data;
    lv.metadataPercent = metadata;
    return lv;
}

HostFacts TestFactsWarnings::scenario(const QString& name)
{
    HostFacts facts = healthy();
    DockerFacts& docker = facts.docker;
    if (name == QLatin1String("loop")) {
        docker.storageDriver = QStringLiteral("devicemapper");
        docker.loopbackDevicemapper = true;
    } else if (name == QLatin1String("thin data 85")) {
        facts.disks.lvs = {thinPool(QStringLiteral("vg_docker"), QStringLiteral("lv_pool"), 85.2, 10)};
    } else if (name == QLatin1String("thin metadata 97")) {
        facts.disks.lvs = {thinPool(QStringLiteral("vg_docker"), QStringLiteral("lv_pool"), 20, 97)};
    } else if (name == QLatin1String("thin 80 exactly")) {
        facts.disks.lvs = {thinPool(QStringLiteral("vg_docker"), QStringLiteral("lv_pool"), 80, 80)};
    } else if (name == QLatin1String("docker pool is the LVM pool")) {
        facts.disks.lvs = {thinPool(QStringLiteral("vg_docker"), QStringLiteral("lv_pool"), 96, 10)};
        docker.storageDriver = QStringLiteral("devicemapper");
        docker.driverStatus = {{QStringLiteral("Pool Name"), QStringLiteral("vg_docker-lv_pool")}};
        docker.poolDataUsed = 96;
        docker.poolDataTotal = 100;
    } else if (name == QLatin1String("docker pool metadata 97")) {
        docker.storageDriver = QStringLiteral("devicemapper");
        docker.driverStatus = {{QStringLiteral("Pool Name"), QStringLiteral("docker-thinpool")}};
        docker.poolMetadataUsed = 1040000000;
        docker.poolMetadataTotal = 1070000000;
    } else if (name == QLatin1String("kernel 2.6.32")) {
        facts.kernel.running = QStringLiteral("2.6.32-573.22.1.el6.x86_64");
        facts.kernel.installed.first().version = facts.kernel.running;
    } else if (name == QLatin1String("kernel flagged too old")) {
        facts.kernel.tooOldForDocker = true;
    } else if (name == QLatin1String("reboot pending")) {
        facts.kernel.rebootPending = true;
    } else if (name == QLatin1String("cgroups off")) {
        facts.kernel.memoryCgroupEnabled = false;
        facts.kernel.swapAccountEnabled = false;
    } else if (name == QLatin1String("no kernel facts")) {
        facts.kernel = KernelFacts();
    } else if (name == QLatin1String("daemon down")) {
        docker.daemonRunning = false;
        docker.storageDriver.clear();
    } else if (name == QLatin1String("not installed")) {
        docker = DockerFacts();
    } else if (name == QLatin1String("permission denied")) {
        docker.daemonRunning = false;
        docker.permissionDenied = true;
        docker.storageDriver.clear();
    } else if (name == QLatin1String("devicemapper configured, no device-mapper")) {
        docker.daemonRunning = false;
        docker.storageDriver.clear();
        docker.daemonOptions = {QStringLiteral("--storage-driver=devicemapper")};
        facts.disks.deviceMapperAvailable = false;
    } else if (name == QLatin1String("devicemapper running")) {
        docker.storageDriver = QStringLiteral("devicemapper");
        facts.disks.deviceMapperAvailable = false; // /proc/misc unreadable; the running daemon proves it
    } else if (name == QLatin1String("btrfs with selinux")) {
        docker.storageDriver = QStringLiteral("btrfs");
        docker.daemonOptions = {QStringLiteral("--selinux-enabled"),
                                QStringLiteral("--storage-driver=btrfs")};
        docker.optionsSource = QStringLiteral("/etc/sysconfig/docker");
    } else if (name == QLatin1String("btrfs configured via -s, selinux")) {
        docker.daemonRunning = false;
        docker.storageDriver.clear();
        docker.daemonOptions = {QStringLiteral("-s"), QStringLiteral("btrfs"),
                                QStringLiteral("--selinux-enabled")};
    } else if (name == QLatin1String("data root on /")) {
        facts.disks.dockerRootMount = QStringLiteral("/");
    } else if (name == QLatin1String("grub default differs")) {
        InstalledKernel old;
        old.version = QStringLiteral("2.6.32-573.el6.x86_64");
        facts.kernel.installed.first().isDefault = false;
        old.isDefault = true;
        facts.kernel.installed.append(old);
    }
    return facts;
}

QStringList TestFactsWarnings::codes(const HostFacts& facts)
{
    static const char* const names[] = {"info", "warning", "critical"};
    QStringList result;
    for (const FactsWarning& warning : facts.warnings) {
        result.append(warning.code + QLatin1Char(':') + QLatin1String(names[warning.severity]));
        if (warning.text.isEmpty())
            result.append(QStringLiteral("EMPTY TEXT"));
    }
    result.sort();
    return result;
}

void TestFactsWarnings::scenarios_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("healthy") << "healthy" << QStringList();
    QTest::newRow("loop") << "loop" << QStringList{"loop-devicemapper:critical"};
    QTest::newRow("thin data 85") << "thin data 85" << QStringList{"thin-pool-data-full:warning"};
    QTest::newRow("thin metadata 97")
        << "thin metadata 97" << QStringList{"thin-pool-metadata-full:critical"};
    QTest::newRow("thin 80 exactly") << "thin 80 exactly" << QStringList();
    QTest::newRow("docker pool is the LVM pool")
        << "docker pool is the LVM pool" << QStringList{"thin-pool-data-full:critical"};
    QTest::newRow("docker pool metadata 97")
        << "docker pool metadata 97" << QStringList{"thin-pool-metadata-full:critical"};
    QTest::newRow("kernel 2.6.32") << "kernel 2.6.32" << QStringList{"kernel-too-old:warning"};
    QTest::newRow("kernel flagged too old")
        << "kernel flagged too old" << QStringList{"kernel-too-old:warning"};
    QTest::newRow("reboot pending") << "reboot pending" << QStringList{"reboot-pending:warning"};
    QTest::newRow("cgroups off") << "cgroups off"
                                 << QStringList{"memory-cgroup-disabled:info",
                                                "swap-accounting-disabled:info"};
    QTest::newRow("no kernel facts") << "no kernel facts" << QStringList();
    QTest::newRow("daemon down") << "daemon down" << QStringList{"docker-not-running:warning"};
    QTest::newRow("not installed") << "not installed" << QStringList();
    QTest::newRow("permission denied") << "permission denied" << QStringList();
    QTest::newRow("devicemapper configured, no device-mapper")
        << "devicemapper configured, no device-mapper"
        << QStringList{"devicemapper-unavailable:critical", "docker-not-running:warning"};
    QTest::newRow("devicemapper running") << "devicemapper running" << QStringList();
    QTest::newRow("btrfs with selinux") << "btrfs with selinux" << QStringList{"btrfs-selinux:warning"};
    QTest::newRow("btrfs configured via -s, selinux")
        << "btrfs configured via -s, selinux"
        << QStringList{"btrfs-selinux:warning", "docker-not-running:warning"};
    QTest::newRow("data root on /") << "data root on /" << QStringList{"data-root-on-root-fs:info"};
    QTest::newRow("grub default differs")
        << "grub default differs" << QStringList{"grub-default-not-running:info"};
}

void TestFactsWarnings::scenarios()
{
    QFETCH(QString, scenario);
    HostFacts facts = this->scenario(scenario);
    FactsWarnings::evaluate(&facts);
    QTEST(codes(facts), "expected");
}

void TestFactsWarnings::textsNameTheDetails()
{
    HostFacts facts = scenario(QStringLiteral("kernel 2.6.32"));
    FactsWarnings::evaluate(&facts);
    QVERIFY(facts.warnings.first().text.contains(QLatin1String("2.6.32-573.22.1.el6.x86_64")));
    QVERIFY(facts.warnings.first().text.contains(QLatin1String("1.7.1")));

    facts = scenario(QStringLiteral("thin data 85"));
    FactsWarnings::evaluate(&facts);
    QVERIFY2(facts.warnings.first().text.contains(QLatin1String("vg_docker/lv_pool: data is 85%")),
             qPrintable(facts.warnings.first().text));

    facts = scenario(QStringLiteral("grub default differs"));
    FactsWarnings::evaluate(&facts);
    QVERIFY(facts.warnings.first().text.contains(QLatin1String("2.6.32-573.el6.x86_64")));
}

// The runbook's rejected setup, as a 1.10 host reports it, on a kernel without cgroup options.
void TestFactsWarnings::loopFixtureEndToEnd()
{
    QFile file(QStringLiteral(LOTSEN_SOURCE_DIR
                              "/tests/unit/fixtures/facts/docker/docker-1.10-devicemapper-loop.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    HostFacts facts;
    facts.kernel.running = QStringLiteral("4.4.5-1.el6.elrepo.x86_64");
    facts.disks.deviceMapperAvailable = true;
    DockerFactsParser::parse(FactsScript::split(file.readAll()), &facts.docker, &facts.problems);
    FactsWarnings::evaluate(&facts);
    QCOMPARE(codes(facts), (QStringList{"loop-devicemapper:critical", "memory-cgroup-disabled:info",
                                        "swap-accounting-disabled:info"}));
    QCOMPARE(facts.warnings.first().severity, FactsWarning::Critical); // worst first
}

void TestFactsWarnings::kernelOlderThan_data()
{
    QTest::addColumn<QString>("release");
    QTest::addColumn<bool>("older");

    QTest::newRow("EL6") << "2.6.32-573.el6.x86_64" << true;
    QTest::newRow("3.8") << "3.8.13-118.el6uek" << true;
    QTest::newRow("EL7") << "3.10.0-1160.el7.x86_64" << false;
    QTest::newRow("elrepo") << "4.4.5-1.el6.elrepo.x86_64" << false;
    QTest::newRow("3.2 debian") << "3.2.0-4-amd64" << true;
    QTest::newRow("unreadable") << "" << false;
}

void TestFactsWarnings::kernelOlderThan()
{
    QFETCH(QString, release);
    QTEST(FactsWarnings::kernelOlderThan(release, 3, 10), "older");
}

QTEST_GUILESS_MAIN(TestFactsWarnings)
#include "TestFactsWarnings.moc"
