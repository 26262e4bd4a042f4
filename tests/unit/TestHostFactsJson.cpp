#include "HostFacts.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace Lotsen;

class TestHostFactsJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyFacts();
    void values();
    void unknownNumbersAreNull_data();
    void unknownNumbersAreNull();
    void everyKeyIsDocumented();

private:
    static HostFacts sample();
};

HostFacts TestHostFactsJson::sample()
{
    HostFacts facts;
    facts.os.hostname = QStringLiteral("docker01");
    facts.os.id = QStringLiteral("centos");
    facts.os.family = QStringLiteral("el");
    facts.kernel.running = QStringLiteral("4.4.5-1.el6.elrepo.x86_64");
    InstalledKernel kernel;
    kernel.version = facts.kernel.running;
    kernel.package = QStringLiteral("kernel-ml");
    kernel.isDefault = true;
    kernel.isRunning = true;
    facts.kernel.installed = {kernel};
    facts.kernel.memoryCgroupEnabled = true;
    facts.kernel.swapAccountOnCommandLine = true; // asked for, but not in effect
    BlockDevice disk;
    disk.name = QStringLiteral("xvdb");
    disk.type = QStringLiteral("disk");
    disk.size = 107374182400;
    BlockDevice part;
    part.name = QStringLiteral("xvdb1");
    part.fsType = QStringLiteral("btrfs");
    part.size = 107373133824;
    part.fsUsed = 1024;
    disk.children = {part};
    facts.disks.devices = {disk};
    facts.disks.pvs = {LvmPhysicalVolume{QStringLiteral("/dev/xvdc"), QStringLiteral("vg_docker"), 1000, 0}};
    facts.disks.vgs = {LvmVolumeGroup{QStringLiteral("vg_docker"), 1000, 0, 1, 1}};
    LvmLogicalVolume pool;
    pool.name = QStringLiteral("lv_pool");
    pool.vg = QStringLiteral("vg_docker");
    pool.segType = QStringLiteral("thin-pool");
    pool.dataPercent = 85.5;
    facts.disks.lvs = {pool};
    facts.disks.btrfs = {BtrfsFilesystem{
        QStringLiteral("dockerpool"), QStringLiteral("u-u-i-d"), 2048, {QStringLiteral("/dev/xvdb1")}, 8192}};
    facts.disks.dockerRootMount = QStringLiteral("/var/lib/docker");
    facts.disks.dockerRootSize = 5000;
    facts.docker.installed = true;
    facts.docker.daemonRunning = true;
    facts.docker.storageDriver = QStringLiteral("devicemapper");
    facts.docker.driverStatus = {{QStringLiteral("Pool Name"), QStringLiteral("vg_docker-lv_pool")}};
    facts.docker.poolDataUsed = 1821000000;
    facts.docker.daemonOptions = {QStringLiteral("--storage-driver=devicemapper")};
    facts.docker.images = {DockerImage{QStringLiteral("sha256:47bc"), QStringLiteral("busybox"),
                                       QStringLiteral("latest"), 1113000, QStringLiteral("6 weeks ago")}};
    DockerContainer container;
    container.name = QStringLiteral("web");
    container.state = QStringLiteral("running");
    facts.docker.containers = {container};
    facts.docker.groupMembers = {QStringLiteral("alice")};
    facts.warnings = {
        FactsWarning{FactsWarning::Critical, QStringLiteral("loop-devicemapper"), QStringLiteral("t")},
        FactsWarning{FactsWarning::Info, QStringLiteral("data-root-on-root-fs"), QStringLiteral("u")}};
    facts.problems = {QStringLiteral("lvs: permission denied")};
    // 04:04:05 at UTC+1 is 03:04:05 UTC.
    facts.collectedAt = QDateTime(QDate(2024, 1, 2), QTime(4, 4, 5), QTimeZone(3600));
    return facts;
}

void TestHostFactsJson::emptyFacts()
{
    const QJsonObject json = HostFacts().toJson();
    const QStringList keys = json.keys();
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()),
             (QSet<QString>{"os", "kernel", "disks", "docker", "warnings", "problems", "collectedAt"}));
    QVERIFY(json.value(QLatin1String("collectedAt")).isNull());
    QCOMPARE(json.value(QLatin1String("warnings")).toArray().size(), 0);
    const QJsonObject docker = json.value(QLatin1String("docker")).toObject();
    QCOMPARE(docker.value(QLatin1String("installed")), QJsonValue(false));
    QVERIFY(docker.value(QLatin1String("poolDataUsed")).isNull());
    QCOMPARE(docker.value(QLatin1String("images")).toArray().size(), 0);
    const QJsonObject root =
        json.value(QLatin1String("disks")).toObject().value(QLatin1String("dockerRoot")).toObject();
    QVERIFY(root.value(QLatin1String("size")).isNull());
    QCOMPARE(root.value(QLatin1String("mount")), QJsonValue(QString()));
}

void TestHostFactsJson::values()
{
    const QJsonObject json = sample().toJson();
    QCOMPARE(json.value(QLatin1String("collectedAt")).toString(), QStringLiteral("2024-01-02T03:04:05Z"));
    const QJsonObject kernel = json.value(QLatin1String("kernel")).toObject();
    QCOMPARE(
        kernel.value(QLatin1String("installed")).toArray().at(0).toObject().value(QLatin1String("package")),
        QJsonValue(QStringLiteral("kernel-ml")));
    QCOMPARE(kernel.value(QLatin1String("memoryCgroupEnabled")), QJsonValue(true));
    QCOMPARE(kernel.value(QLatin1String("cgroupEnableMemoryOnCommandLine")), QJsonValue(false));
    QCOMPARE(kernel.value(QLatin1String("swapAccountOnCommandLine")), QJsonValue(true));
    QCOMPARE(kernel.value(QLatin1String("swapAccountEnabled")), QJsonValue(false));

    const QJsonObject disks = json.value(QLatin1String("disks")).toObject();
    const QJsonObject disk = disks.value(QLatin1String("devices")).toArray().at(0).toObject();
    QCOMPARE(disk.value(QLatin1String("size")).toDouble(), 107374182400.0);
    const QJsonObject part = disk.value(QLatin1String("children")).toArray().at(0).toObject();
    QCOMPARE(part.value(QLatin1String("fsType")), QJsonValue(QStringLiteral("btrfs")));
    QVERIFY(part.value(QLatin1String("fsSize")).isNull());
    const QJsonObject lv = disks.value(QLatin1String("lvs")).toArray().at(0).toObject();
    QCOMPARE(lv.value(QLatin1String("dataPercent")).toDouble(), 85.5);
    QVERIFY(lv.value(QLatin1String("metadataPercent")).isNull());
    QCOMPARE(lv.value(QLatin1String("thinPool")), QJsonValue(true));
    const QJsonObject btrfs = disks.value(QLatin1String("btrfs")).toArray().at(0).toObject();
    QCOMPARE(btrfs.value(QLatin1String("used")).toDouble(), 2048.0);
    QCOMPARE(btrfs.value(QLatin1String("size")).toDouble(), 8192.0);
    QCOMPARE(disks.value(QLatin1String("dockerRoot")).toObject().value(QLatin1String("size")).toDouble(),
             5000.0);

    const QJsonObject docker = json.value(QLatin1String("docker")).toObject();
    QCOMPARE(docker.value(QLatin1String("poolDataUsed")).toDouble(), 1821000000.0);
    const QJsonObject status = docker.value(QLatin1String("driverStatus")).toArray().at(0).toObject();
    QCOMPARE(status.value(QLatin1String("key")), QJsonValue(QStringLiteral("Pool Name")));
    QCOMPARE(status.value(QLatin1String("value")), QJsonValue(QStringLiteral("vg_docker-lv_pool")));
    QCOMPARE(docker.value(QLatin1String("images"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("size"))
                 .toDouble(),
             1113000.0);
    QCOMPARE(
        docker.value(QLatin1String("containers")).toArray().at(0).toObject().value(QLatin1String("state")),
        QJsonValue(QStringLiteral("running")));
    QCOMPARE(docker.value(QLatin1String("groupMembers")).toArray(), QJsonArray{QStringLiteral("alice")});

    const QJsonArray warnings = json.value(QLatin1String("warnings")).toArray();
    QCOMPARE(warnings.at(0).toObject().value(QLatin1String("severity")),
             QJsonValue(QStringLiteral("critical")));
    QCOMPARE(warnings.at(1).toObject().value(QLatin1String("severity")), QJsonValue(QStringLiteral("info")));
    QCOMPARE(warnings.at(0).toObject().value(QLatin1String("code")),
             QJsonValue(QStringLiteral("loop-devicemapper")));
    QCOMPARE(json.value(QLatin1String("problems")).toArray(),
             QJsonArray{QStringLiteral("lvs: permission denied")});
}

void TestHostFactsJson::unknownNumbersAreNull_data()
{
    QTest::addColumn<QString>("path");
    for (const char* path : {"docker/poolDataTotal", "docker/poolMetadataUsed", "docker/poolMetadataTotal",
                             "disks/dockerRoot/used", "docker/dataRoot"})
        QTest::newRow(path) << QString::fromLatin1(path);
}

void TestHostFactsJson::unknownNumbersAreNull()
{
    QFETCH(QString, path);
    const QStringList parts = path.split(QLatin1Char('/'));
    QJsonValue value = sample().toJson();
    for (const QString& part : parts)
        value = value.toObject().value(part);
    // Numbers: null when unknown. Text: empty string when unknown.
    if (path.endsWith(QLatin1String("dataRoot")))
        QCOMPARE(value, QJsonValue(QString()));
    else
        QVERIFY(value.isNull());
}

namespace {

void collectKeys(const QJsonValue& value, QSet<QString>* keys)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            keys->insert(it.key());
            collectKeys(it.value(), keys);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue& item : array)
            collectKeys(item, keys);
    }
}

} // namespace

// docs/status-json.md is the contract for scripts: a key the code writes but the page does not
// describe is a bug in one of them.
void TestHostFactsJson::everyKeyIsDocumented()
{
    QFile file(QStringLiteral(LOTSEN_SOURCE_DIR "/docs/status-json.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString doc = QString::fromUtf8(file.readAll());
    QSet<QString> keys;
    collectKeys(sample().toJson(), &keys);
    for (const QString& key : std::as_const(keys))
        QVERIFY2(doc.contains(QLatin1Char('`') + key + QLatin1Char('`')), qPrintable(key));
    for (const char* wrapper : {"hosts", "host", "target", "ok", "error", "facts"})
        QVERIFY2(doc.contains(QLatin1Char('`') + QLatin1String(wrapper) + QLatin1Char('`')), wrapper);
}

QTEST_GUILESS_MAIN(TestHostFactsJson)
#include "TestHostFactsJson.moc"
