#include "DiskFactsParser.h"
#include "FactsScript.h"

#include <QFile>
#include <QTest>

using namespace Lotsen;

class TestDiskFactsParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixture_data();
    void fixture();
    void oldLsblkPairsNest();
    void thinPool();
    void lsblkJsonStringsAndNulls();
    void garbageJson();
    void lvmPlainText();
    void parseSize_data();
    void parseSize();
    void btrfs_data();
    void btrfs();
    void dfMountPointWithSpaces();
    void dockerRootFromMounts();
    void fsTypeFromDfWhenLsblkHasNone();
    void deviceMapper_data();
    void deviceMapper();
};

static QMap<QString, FactsScript::Section> sectionsOf(const QString& name)
{
    QFile file(QFINDTESTDATA(QStringLiteral("fixtures/facts/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture %s not found", qPrintable(name));
    return FactsScript::split(file.readAll());
}

static const BlockDevice* findDevice(const QList<BlockDevice>& devices, const QString& name)
{
    for (const BlockDevice& device : devices) {
        if (device.name == name)
            return &device;
        if (const BlockDevice* child = findDevice(device.children, name))
            return child;
    }
    return nullptr;
}

void TestDiskFactsParser::fixture_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("topLevel");
    QTest::addColumn<QString>("rootDevice"); // the device mounted on /
    QTest::addColumn<qint64>("rootFsSize");
    QTest::addColumn<int>("pvs");
    QTest::addColumn<int>("vgs");
    QTest::addColumn<int>("lvs");
    QTest::addColumn<int>("btrfs");
    QTest::addColumn<bool>("lvmTools");
    QTest::addColumn<bool>("deviceMapper");
    QTest::addColumn<QStringList>("problems");

    QTest::newRow("centos6 lsblk -P, lvm plain")
        << "centos6-default1.txt" << QStringList{"sda", "sdb", "sr0"} << "vg_c6-lv_root"
        << qint64(18503614464) << 1 << 1 << 2 << 0 << true << true << QStringList();
    QTest::newRow("centos7 lsblk -P, lvm json")
        << "centos7.txt" << QStringList{"sda", "sdb", "sr0"} << "centos-root" << qint64(37558423552) << 2 << 2
        << 3 << 1 << true << true << QStringList();
    QTest::newRow("el9 lsblk json") << "el9.txt" << QStringList{"vda"} << "rl-root" << qint64(48297410560)
                                    << 1 << 1 << 2 << 0 << true << true << QStringList();
    QTest::newRow("debian12 pvs denied")
        << "debian12.txt" << QStringList{"sda", "sr0"} << "sda1" << qint64(31526391808) << 0 << 0 << 0 << 0
        << true << true << QStringList{"pvs: permission denied"};
    QTest::newRow("ubuntu2204 no lvm")
        << "ubuntu2204.txt" << QStringList{"sda", "sr0"} << "sda1" << qint64(31526391808) << 0 << 0 << 0 << 0
        << false << true << QStringList();
    QTest::newRow("debian12-real") << "debian12-real.txt" << QStringList{"zram0", "vda"} << "vda"
                                   << qint64(270553174016) << 0 << 0 << 0 << 0 << true << false
                                   << QStringList();
    QTest::newRow("lsblk missing") << "broken-lsblk-missing.txt" << QStringList() << "" << qint64(-1) << 0
                                   << 0 << 0 << 0 << false << false << QStringList();
    QTest::newRow("truncated lvs") << "broken-truncated.txt" << QStringList{"sda", "sr0"} << "sda1"
                                   << qint64(-1) << 0 << 0 << 0 << 0 << false << false
                                   << QStringList{"lvs: output cut short"};
    QTest::newRow("lvs denied") << "broken-lvs-denied.txt" << QStringList() << "" << qint64(-1) << 0 << 0 << 0
                                << 0 << false << false << QStringList{"lvs: permission denied"};
    QTest::newRow("garbage json") << "broken-garbage-json.txt" << QStringList() << "" << qint64(-1) << 0 << 0
                                  << 0 << 0 << true << false
                                  << QStringList{"lsblk: unreadable output", "pvs: unreadable output"};
    QTest::newRow("empty") << "broken-empty.txt" << QStringList() << "" << qint64(-1) << 0 << 0 << 0 << 0
                           << false << false << QStringList();
}

void TestDiskFactsParser::fixture()
{
    QFETCH(QString, file);
    QFETCH(QString, rootDevice);
    QStringList problems;
    const DiskFacts disks = DiskFactsParser::parse(sectionsOf(file), &problems);
    QStringList topLevel;
    for (const BlockDevice& device : disks.devices)
        topLevel.append(device.name);
    QTEST(topLevel, "topLevel");
    if (!rootDevice.isEmpty()) {
        const BlockDevice* root = findDevice(disks.devices, rootDevice);
        QVERIFY(root);
        QCOMPARE(root->mountPoint, QStringLiteral("/"));
        QTEST(root->fsSize, "rootFsSize");
    }
    QTEST(int(disks.pvs.size()), "pvs");
    QTEST(int(disks.vgs.size()), "vgs");
    QTEST(int(disks.lvs.size()), "lvs");
    QTEST(int(disks.btrfs.size()), "btrfs");
    QTEST(disks.lvmToolsPresent, "lvmTools");
    QTEST(disks.deviceMapperAvailable, "deviceMapper");
    QTEST(problems, "problems");
}

void TestDiskFactsParser::oldLsblkPairsNest()
{
    QStringList problems;
    const DiskFacts disks =
        DiskFactsParser::parse(sectionsOf(QStringLiteral("centos6-default1.txt")), &problems);
    const BlockDevice& sda = disks.devices.at(0);
    QCOMPARE(sda.children.size(), 2);
    QCOMPARE(sda.size, qint64(21474836480));
    const BlockDevice& sda2 = sda.children.at(1);
    QCOMPARE(sda2.fsType, QStringLiteral("LVM2_member"));
    QCOMPARE(sda2.children.size(), 2);
    QCOMPARE(sda2.children.at(0).path, QStringLiteral("/dev/mapper/vg_c6-lv_root"));
    QCOMPARE(sda2.children.at(1).mountPoint, QStringLiteral("[SWAP]"));
    QCOMPARE(sda.children.at(0).fsUsed, qint64(81788928));
    QCOMPARE(disks.pvs.at(0).size, qint64(20946354176));
    QCOMPARE(disks.vgs.at(0).lvCount, 2);
}

void TestDiskFactsParser::thinPool()
{
    QStringList problems;
    const DiskFacts disks = DiskFactsParser::parse(sectionsOf(QStringLiteral("centos7.txt")), &problems);
    const LvmLogicalVolume& pool = disks.lvs.at(2);
    QCOMPARE(pool.name, QStringLiteral("thinpool"));
    QCOMPARE(pool.vg, QStringLiteral("docker"));
    QCOMPARE(pool.attr, QStringLiteral("twi-aot---"));
    QVERIFY(pool.isThinPool());
    QCOMPARE(pool.dataPercent, 12.34);
    QCOMPARE(pool.metadataPercent, 3.10);
    QCOMPARE(pool.size, qint64(20396900352));
    QCOMPARE(disks.lvs.at(0).dataPercent, -1.0);
    QVERIFY(!disks.lvs.at(0).isThinPool());
    QCOMPARE(disks.vgs.at(1).free, qint64(643825664));
    QCOMPARE(disks.btrfs.at(0).label, QStringLiteral("dockerpool"));
}

void TestDiskFactsParser::lsblkJsonStringsAndNulls()
{
    // util-linux 2.27–2.32 print numbers as strings.
    const QByteArray json = R"({"blockdevices": [{"name": "sdb", "kname": "sdb", "type": "disk",
        "size": "10737418240", "fstype": "btrfs", "mountpoint": "/var/lib/docker", "label": "dockerpool",
        "uuid": null, "children": [{"name": "sdb1", "kname": "sdb1", "type": "part", "size": 5}]}]})";
    const auto devices = DiskFactsParser::parseLsblkJson(json);
    QVERIFY(devices);
    QCOMPARE(devices->size(), 1);
    QCOMPARE(devices->at(0).size, qint64(10737418240));
    QCOMPARE(devices->at(0).path, QStringLiteral("/dev/sdb"));
    QCOMPARE(devices->at(0).uuid, QString());
    QCOMPARE(devices->at(0).mountPoint, QStringLiteral("/var/lib/docker"));
    QCOMPARE(devices->at(0).children.at(0).size, qint64(5));
}

void TestDiskFactsParser::garbageJson()
{
    QVERIFY(!DiskFactsParser::parseLsblkJson("{\"blockdevices\": [ {\"name\""));
    QVERIFY(!DiskFactsParser::parseLsblkJson(""));
    QVERIFY(!DiskFactsParser::parseLsblkJson("[1, 2]"));
    QVERIFY(!DiskFactsParser::parseLvs("<html>", true));
    QVERIFY(DiskFactsParser::parseLvs("", false)); // plain text: empty is "no volumes"
}

void TestDiskFactsParser::lvmPlainText()
{
    const QByteArray text = "  WARNING: Running as a non-root user. Functionality may be unavailable.\n"
                            "  thinpool|docker|twi-aot---|20396900352||thin-pool|12.34|3.10\n"
                            "  thin1|docker|Vwi-a-t---|1073741824|thinpool|thin|0.00|\n";
    const auto lvs = DiskFactsParser::parseLvs(text, false);
    QVERIFY(lvs);
    QCOMPARE(lvs->size(), 2);
    QCOMPARE(lvs->at(0).metadataPercent, 3.10);
    QCOMPARE(lvs->at(1).poolLv, QStringLiteral("thinpool"));
    QCOMPARE(lvs->at(1).dataPercent, 0.0);
    QCOMPARE(lvs->at(1).metadataPercent, -1.0);
}

void TestDiskFactsParser::parseSize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytes");
    QTest::newRow("raw") << "1202716672" << qint64(1202716672);
    QTest::newRow("GiB") << "10.00GiB" << qint64(10737418240);
    QTest::newRow("MiB") << "1.50MiB" << qint64(1572864);
    QTest::newRow("old KB is binary") << "28.00KB" << qint64(28672);
    QTest::newRow("B") << "0.00B" << qint64(0);
    QTest::newRow("garbage") << "lots" << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
}

void TestDiskFactsParser::parseSize()
{
    QFETCH(QString, text);
    QTEST(DiskFactsParser::parseSize(text), "bytes");
}

void TestDiskFactsParser::btrfs_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("label");
    QTest::addColumn<qint64>("used");
    QTest::addColumn<QStringList>("devices");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("count");
    QTest::newRow("raw") << "btrfs-raw.txt"
                         << "dockerpool" << qint64(1202716672) << QStringList{"/dev/loop3"}
                         << qint64(10737418240) << 2;
    QTest::newRow("human") << "btrfs-human.txt"
                           << "dockerpool" << qint64(1202590843) << QStringList{"/dev/loop3"}
                           << qint64(10737418240) << 2;
    // Two devices: the sizes add up.
    QTest::newRow("btrfs-progs 0.20")
        << "btrfs-old.txt"
        << "" << qint64(28672) << QStringList{"/dev/sdb", "/dev/sdc"} << qint64(2 * 10737418240LL) << 1;
}

void TestDiskFactsParser::btrfs()
{
    QFETCH(QString, file);
    QFile fixture(QFINDTESTDATA(QStringLiteral("fixtures/facts/") + file));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const QList<BtrfsFilesystem> filesystems = DiskFactsParser::parseBtrfs(fixture.readAll());
    QTEST(int(filesystems.size()), "count");
    QTEST(filesystems.at(0).label, "label");
    QTEST(filesystems.at(0).used, "used");
    QTEST(filesystems.at(0).devices, "devices");
    QTEST(filesystems.at(0).size, "size");
    QVERIFY(!filesystems.at(0).uuid.isEmpty());
}

void TestDiskFactsParser::dfMountPointWithSpaces()
{
    const QList<DiskFactsParser::DfEntry> df =
        DiskFactsParser::parseDf("Filesystem Type 1-blocks Used Available Capacity Mounted on\n"
                                 "/dev/sdc1  vfat  1000  10  990  1% /media/usb stick\n");
    QCOMPARE(df.size(), 1);
    QCOMPARE(df.at(0).mountPoint, QStringLiteral("/media/usb stick"));
    QCOMPARE(df.at(0).used, qint64(10));
}

void TestDiskFactsParser::dockerRootFromMounts()
{
    const QList<DiskFactsParser::DfEntry> df =
        DiskFactsParser::parseDf("Filesystem Type 1-blocks Used Available Capacity Mounted on\n"
                                 "/dev/sda1 ext4 100 10 90 10% /\n"
                                 "/dev/sdb btrfs 200 20 180 10% /var/lib/docker\n"
                                 "/dev/sdc xfs 300 30 270 10% /var/lib/docker-old\n");
    DiskFacts disks;
    DiskFactsParser::applyDockerRootFromMounts(df, QStringLiteral("/var/lib/docker/btrfs"), &disks);
    QCOMPARE(disks.dockerRootSource, QStringLiteral("/dev/sdb"));
    QCOMPARE(disks.dockerRootFsType, QStringLiteral("btrfs"));
    DiskFactsParser::applyDockerRootFromMounts(df, QStringLiteral("/srv/docker"), &disks);
    QCOMPARE(disks.dockerRootMount, QStringLiteral("/"));
    QCOMPARE(disks.dockerRootSize, qint64(100));
}

void TestDiskFactsParser::fsTypeFromDfWhenLsblkHasNone()
{
    // In a container or chroot lsblk has no udev database: FSTYPE is empty for a mounted btrfs.
    QList<BlockDevice> devices = DiskFactsParser::parseLsblkPairs(
        "NAME=\"loop2\" KNAME=\"loop2\" TYPE=\"loop\" SIZE=\"2147483648\" FSTYPE=\"\" "
        "MOUNTPOINT=\"/var/lib/docker\" LABEL=\"\" UUID=\"\"\n"
        "NAME=\"sda\" KNAME=\"sda\" TYPE=\"disk\" SIZE=\"1000\" FSTYPE=\"xfs\" MOUNTPOINT=\"/\" LABEL=\"\" "
        "UUID=\"\"\n");
    const QList<DiskFactsParser::DfEntry> df =
        DiskFactsParser::parseDf("Filesystem Type 1-blocks Used Available Capacity Mounted on\n"
                                 "/dev/loop2 btrfs 2147483648 9000000 2100000000 1% /var/lib/docker\n"
                                 "/dev/sda ext4 1000 10 990 1% /\n");
    DiskFactsParser::applyDf(df, &devices);
    QCOMPARE(devices.size(), 2);
    QCOMPARE(devices.at(0).fsType, QStringLiteral("btrfs"));
    QCOMPARE(devices.at(0).fsUsed, qint64(9000000));
    QCOMPARE(devices.at(1).fsType, QStringLiteral("xfs")); // lsblk's own answer is kept
}

// One section as the facts script prints it.
static QByteArray section(const char* name, const QByteArray& out, int exitCode, const QByteArray& err = {})
{
    return "\n@@lotsen@@ begin " + QByteArray(name) + "\n" + out + "\n@@lotsen@@ stderr " + name + "\n" +
           err + "\n@@lotsen@@ end " + name + ' ' + QByteArray::number(exitCode) + '\n';
}

void TestDiskFactsParser::deviceMapper_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<bool>("available");
    const QByteArray misc = section("misc", "130 watchdog\n229 fuse\n237 loop-control", 0);
    const QByteArray miscDm = section("misc", "229 fuse\n236 device-mapper\n237 loop-control", 0);
    const QByteArray noModule = section("dm-module", "", 1);
    const QByteArray module =
        section("dm-module", "kernel/drivers/md/dm-mod.ko.xz: kernel/lib/crc32.ko.xz", 0);
    // The node exists, made by libdevmapper on a kernel without device-mapper (as on the test bed's VM).
    const QByteArray node =
        section("mapper-control", "crw------- 1 root root 10, 236 Dec  4 06:38 /dev/mapper/control", 0);
    QTest::newRow("loaded") << miscDm + noModule << true;
    QTest::newRow("module, not loaded yet") << misc + module << true;
    QTest::newRow("none") << misc + noModule << false;
    QTest::newRow("a node but no driver (older script)") << misc + node << false;
    QTest::newRow("misc unreadable, node (older script)")
        << section("misc", "", 1, "cat: /proc/misc: Permission denied") + node << true;
}

void TestDiskFactsParser::deviceMapper()
{
    QFETCH(QByteArray, output);
    QStringList problems;
    QTEST(DiskFactsParser::parse(FactsScript::split(output), &problems).deviceMapperAvailable, "available");
}

QTEST_GUILESS_MAIN(TestDiskFactsParser)
#include "TestDiskFactsParser.moc"
