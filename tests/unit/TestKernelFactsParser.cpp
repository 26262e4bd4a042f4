#include "FactsScript.h"
#include "KernelFactsParser.h"

#include <QFile>
#include <QTest>

using namespace Lotsen;

class TestKernelFactsParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixture_data();
    void fixture();
    void centos6Titles();
    void isOlderThan_data();
    void isOlderThan();
    void versionInText_data();
    void versionInText();
    void kernelPackages_data();
    void kernelPackages();
    void commandLine_data();
    void commandLine();
    void cgroupsWithoutCommandLineFlags_data();
    void cgroupsWithoutCommandLineFlags();
    void commandLineAndEffect_data();
    void commandLineAndEffect();
};

static QMap<QString, FactsScript::Section> sectionsOf(const QString& name)
{
    QFile file(QFINDTESTDATA(QStringLiteral("fixtures/facts/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture %s not found", qPrintable(name));
    return FactsScript::split(file.readAll());
}

static QString defaultOf(const KernelFacts& kernel)
{
    QStringList defaults;
    for (const InstalledKernel& installed : kernel.installed) {
        if (installed.isDefault)
            defaults.append(installed.version);
    }
    return defaults.join(QLatin1Char(','));
}

void TestKernelFactsParser::fixture_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("running");
    QTest::addColumn<QString>("bootloader");
    QTest::addColumn<QString>("grubDefault");
    QTest::addColumn<QString>("defaultVersion");
    QTest::addColumn<QString>("defaultKernelPackage");
    QTest::addColumn<int>("installed");
    QTest::addColumn<bool>("memoryCgroup");
    QTest::addColumn<bool>("swapAccount");
    QTest::addColumn<bool>("flagsOnCommandLine"); // cgroup_enable=memory and swapaccount=1
    QTest::addColumn<bool>("overlay");
    QTest::addColumn<bool>("btrfs");
    QTest::addColumn<bool>("rebootPending");
    QTest::addColumn<bool>("tooOld");

    QTest::newRow("centos6 default=1")
        << "centos6-default1.txt"
        << "2.6.32-573.22.1.el6.x86_64"
        << "grub-legacy"
        << "1"
        << "2.6.32-573.22.1.el6.x86_64"
        << "kernel" << 3 << true << true << true << false << true << false << true;
    QTest::newRow("centos6 default=0 kernel-ml")
        << "centos6-default0.txt"
        << "4.4.5-1.el6.elrepo.x86_64"
        << "grub-legacy"
        << "0"
        << "4.4.5-1.el6.elrepo.x86_64"
        << "kernel-ml" << 3 << false << false << false << true << true << false << false;
    QTest::newRow("centos7") << "centos7.txt"
                             << "3.10.0-1160.el7.x86_64"
                             << "grub2"
                             << "CentOS Linux (3.10.0-1160.el7.x86_64) 7 (Core)"
                             << "3.10.0-1160.el7.x86_64"
                             << "kernel" << 2 << false << false << false << true << true << true << false;
    QTest::newRow("el9 bls") << "el9.txt"
                             << "5.14.0-362.8.1.el9_3.x86_64"
                             << "grub2"
                             << "4d1f0c9a3b2e4f5d8c7b6a5f4e3d2c1b-5.14.0-362.8.1.el9_3.x86_64"
                             << "5.14.0-362.8.1.el9_3.x86_64"
                             << "kernel-core" << 2 << true << false << false << true << false << false
                             << false;
    QTest::newRow("debian12") << "debian12.txt"
                              << "6.1.0-17-amd64"
                              << "grub2"
                              << ""
                              << "6.1.0-18-amd64"
                              << "" << 2 << true << false << false << true << true << false << false;
    QTest::newRow("ubuntu2204") << "ubuntu2204.txt"
                                << "5.15.0-97-generic"
                                << "grub2"
                                << ""
                                << "5.15.0-101-generic"
                                << "" << 2 << true << false << false << true << true << true << false;
    QTest::newRow("ubuntu2404 saved_entry")
        << "ubuntu2404.txt"
        << "6.8.0-31-generic"
        << "grub2"
        << "gnulinux-advanced-3b1f2e4d-5c6a-4b7e-8f90-a1b2c3d4e5f6>gnulinux-6.8.0-31-generic-advanced-"
           "3b1f2e4d-5c6a-4b7e-8f90-a1b2c3d4e5f6"
        << "6.8.0-31-generic"
        << "" << 2 << true << false << false << true << true << true << false;
    QTest::newRow("debian12-real") << "debian12-real.txt"
                                   << "6.18.44-fc-v1147"
                                   << ""
                                   << ""
                                   << ""
                                   << "" << 0 << false << false << false << true << true << false << false;
    QTest::newRow("empty") << "broken-empty.txt"
                           << ""
                           << ""
                           << ""
                           << ""
                           << "" << 0 << false << false << false << false << false << false << false;
}

void TestKernelFactsParser::fixture()
{
    QFETCH(QString, file);
    QFETCH(QString, running);
    QStringList problems;
    const KernelFacts kernel = KernelFactsParser::parse(sectionsOf(file), &problems);
    QCOMPARE(kernel.running, running);
    QTEST(kernel.bootloader, "bootloader");
    QTEST(kernel.grubDefault, "grubDefault");
    QTEST(defaultOf(kernel), "defaultVersion");
    QTEST(kernel.defaultKernelPackage, "defaultKernelPackage");
    QTEST(int(kernel.installed.size()), "installed");
    QTEST(kernel.memoryCgroupEnabled, "memoryCgroup");
    QTEST(kernel.swapAccountEnabled, "swapAccount");
    QTEST(kernel.cgroupEnableMemoryOnCommandLine, "flagsOnCommandLine");
    QTEST(kernel.swapAccountOnCommandLine, "flagsOnCommandLine");
    QTEST(kernel.overlay, "overlay");
    QTEST(kernel.btrfs, "btrfs");
    QCOMPARE(kernel.aufs, false);
    QTEST(kernel.rebootPending, "rebootPending");
    QTEST(kernel.tooOldForDocker, "tooOld");
    int runningCount = 0;
    for (const InstalledKernel& installed : kernel.installed)
        runningCount += installed.isRunning ? 1 : 0;
    QCOMPARE(runningCount, running.isEmpty() || kernel.installed.isEmpty() ? 0 : 1);
    QCOMPARE(problems, QStringList());
}

void TestKernelFactsParser::centos6Titles()
{
    QStringList problems;
    const KernelFacts kernel =
        KernelFactsParser::parse(sectionsOf(QStringLiteral("centos6-default1.txt")), &problems);
    QCOMPARE(kernel.installed.size(), 3);
    // Package order first, then GRUB adds titles.
    QCOMPARE(kernel.installed.at(0).version, QStringLiteral("2.6.32-573.el6.x86_64"));
    QCOMPARE(kernel.installed.at(0).package, QStringLiteral("kernel"));
    QCOMPARE(kernel.installed.at(0).title, QStringLiteral("CentOS 6 (2.6.32-573.el6.x86_64)"));
    QCOMPARE(kernel.installed.at(2).package, QStringLiteral("kernel-ml"));
    QCOMPARE(kernel.installed.at(2).title, QStringLiteral("CentOS (4.4.5-1.el6.elrepo.x86_64)"));
    QVERIFY(kernel.installed.at(1).isRunning);
    QVERIFY(kernel.installed.at(1).isDefault);
    QVERIFY(kernel.commandLine.contains(QLatin1String("cgroup_enable=memory")));
}

void TestKernelFactsParser::isOlderThan_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("older");
    QTest::newRow("2.6.32") << "2.6.32-573.el6.x86_64" << true;
    QTest::newRow("3.9") << "3.9.11" << true;
    QTest::newRow("3.10") << "3.10.0-1160.el7.x86_64" << false;
    QTest::newRow("3.18 numeric, not text") << "3.18.1" << false;
    QTest::newRow("4.4") << "4.4.5-1.el6.elrepo.x86_64" << false;
    QTest::newRow("unknown") << "" << false;
}

void TestKernelFactsParser::isOlderThan()
{
    QFETCH(QString, version);
    QTEST(KernelFactsParser::isOlderThan(version, 3, 10), "older");
}

void TestKernelFactsParser::versionInText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("version");
    QTest::newRow("el7") << "CentOS Linux (3.10.0-1160.el7.x86_64) 7 (Core)"
                         << "3.10.0-1160.el7.x86_64";
    QTest::newRow("debian") << "Debian GNU/Linux, with Linux 6.1.0-18-amd64"
                            << "6.1.0-18-amd64";
    QTest::newRow("recovery") << "Ubuntu, with Linux 5.15.0-97-generic (recovery mode)"
                              << "5.15.0-97-generic";
    QTest::newRow("rescue") << "CentOS Linux (0-rescue-5c1e0d4b9a8f) 7 (Core)"
                            << "";
    QTest::newRow("plain") << "Debian GNU/Linux"
                           << "";
}

void TestKernelFactsParser::versionInText()
{
    QFETCH(QString, text);
    QTEST(KernelFactsParser::versionInText(text), "version");
}

void TestKernelFactsParser::kernelPackages_data()
{
    QTest::addColumn<QByteArray>("listing");
    QTest::addColumn<QStringList>("versions");
    QTest::addColumn<QStringList>("packages");
    QTest::newRow("rpm") << QByteArray("kernel 2.6.32-573.el6.x86_64\nkernel-ml 4.4.5-1.el6.elrepo.x86_64\n")
                         << QStringList{"2.6.32-573.el6.x86_64", "4.4.5-1.el6.elrepo.x86_64"}
                         << QStringList{"kernel", "kernel-ml"};
    QTest::newRow("dpkg") << QByteArray(
                                 "linux-image-6.1.0-18-amd64 6.1.76-1 install ok installed\n"
                                 "linux-image-amd64 6.1.76-1 install ok installed\n"
                                 "linux-image-6.1.0-9-amd64 6.1.27-1 deinstall ok config-files\n"
                                 "linux-image-unsigned-6.8.0-31-generic 6.8.0-31.31 install ok installed\n")
                          << QStringList{"6.1.0-18-amd64", "6.8.0-31-generic"}
                          << QStringList{"linux-image-6.1.0-18-amd64",
                                         "linux-image-unsigned-6.8.0-31-generic"};
    QTest::newRow("empty") << QByteArray() << QStringList() << QStringList();
}

void TestKernelFactsParser::kernelPackages()
{
    QFETCH(QByteArray, listing);
    QStringList versions;
    QStringList packages;
    for (const InstalledKernel& kernel : KernelFactsParser::kernelPackages(listing)) {
        versions.append(kernel.version);
        packages.append(kernel.package);
    }
    QTEST(versions, "versions");
    QTEST(packages, "packages");
}

void TestKernelFactsParser::commandLine_data()
{
    QTest::addColumn<QByteArray>("cmdline");
    QTest::addColumn<bool>("memory");
    QTest::addColumn<bool>("swap");
    QTest::newRow("both") << QByteArray("ro quiet cgroup_enable=memory swapaccount=1\n") << true << true;
    QTest::newRow("list") << QByteArray("cgroup_enable=cpuset,memory") << true << false;
    QTest::newRow("swapaccount=0") << QByteArray("swapaccount=0") << false << false;
    QTest::newRow("last swapaccount counts") << QByteArray("swapaccount=1 swapaccount=0") << false << false;
    QTest::newRow("tab separated") << QByteArray("ro\tcgroup_enable=memory\tswapaccount=1") << true << true;
    QTest::newRow("for init, after --")
        << QByteArray("ro -- cgroup_enable=memory swapaccount=1") << false << false;
    QTest::newRow("other cgroup") << QByteArray("cgroup_enable=cpuset") << false << false;
    QTest::newRow("empty") << QByteArray() << false << false;
}

void TestKernelFactsParser::commandLine()
{
    QFETCH(QByteArray, cmdline);
    KernelFacts kernel;
    KernelFactsParser::applyCommandLine(cmdline, &kernel);
    QTEST(kernel.cgroupEnableMemoryOnCommandLine, "memory");
    QTEST(kernel.swapAccountOnCommandLine, "swap");
    // The command line alone says nothing about what is in effect.
    QVERIFY(!kernel.memoryCgroupEnabled);
    QVERIFY(!kernel.swapAccountEnabled);
}

void TestKernelFactsParser::cgroupsWithoutCommandLineFlags_data()
{
    QTest::addColumn<QByteArray>("procCgroups");
    QTest::addColumn<QByteArray>("cgroup2");
    QTest::addColumn<QByteArray>("swapFiles");
    QTest::addColumn<bool>("memory");
    QTest::addColumn<bool>("swap");
    const QByteArray header = "#subsys_name\thierarchy\tnum_cgroups\tenabled\n";
    QTest::newRow("Debian 12, v1, memory on")
        << header + "cpuset\t2\t1\t1\nmemory\t4\t87\t1\n"
        << QByteArray() << QByteArray("/sys/fs/cgroup/memory/memory.memsw.limit_in_bytes\n") << true << true;
    QTest::newRow("Ubuntu 18.04, memory on, no swap accounting")
        << header + "memory\t9\t110\t1\n"
        << QByteArray() << QByteArray() << true << false;
    QTest::newRow("CentOS 6, memory off") << header + "memory\t0\t1\t0\n"
                                          << QByteArray() << QByteArray() << false << false;
    QTest::newRow("CentOS 6, cgconfig under /cgroup")
        << header + "memory\t3\t1\t1\n"
        << QByteArray() << QByteArray("/cgroup/memory/memory.memsw.limit_in_bytes\n") << true << true;
    QTest::newRow("unified v2") << header + "memory\t0\t120\t1\n"
                                << QByteArray("cpuset cpu io memory pids\n")
                                << QByteArray("/sys/fs/cgroup/system.slice/memory.swap.max\n") << true
                                << true;
    QTest::newRow("v2 controllers only")
        << QByteArray() << QByteArray("cpuset cpu io memory pids\n") << QByteArray() << true << false;
    QTest::newRow("v2 without memory")
        << QByteArray() << QByteArray("cpuset cpu io pids") << QByteArray() << false << false;
    QTest::newRow("unreadable") << QByteArray() << QByteArray() << QByteArray() << false << false;
}

void TestKernelFactsParser::cgroupsWithoutCommandLineFlags()
{
    QFETCH(QByteArray, procCgroups);
    QFETCH(QByteArray, cgroup2);
    QFETCH(QByteArray, swapFiles);
    KernelFacts kernel;
    KernelFactsParser::applyCgroups(procCgroups, cgroup2, swapFiles, &kernel);
    QTEST(kernel.memoryCgroupEnabled, "memory");
    QTEST(kernel.swapAccountEnabled, "swap");
    QVERIFY(!kernel.cgroupEnableMemoryOnCommandLine);
    QVERIFY(!kernel.swapAccountOnCommandLine);
}

static FactsScript::Section answered(const QByteArray& out, int exitCode = 0)
{
    FactsScript::Section section;
    section.out = out;
    section.exitCode = exitCode;
    section.complete = true;
    return section;
}

// The Kernels pane shows both what the command line asks for and what is in effect.
void TestKernelFactsParser::commandLineAndEffect_data()
{
    QTest::addColumn<QByteArray>("cmdline");
    QTest::addColumn<bool>("cgroupSections"); // /proc/cgroups and memsw came back
    QTest::addColumn<QByteArray>("procCgroups");
    QTest::addColumn<QByteArray>("swapFiles");
    QTest::addColumn<QList<bool>>("expected"); // memory flag, swap flag, memory in effect, swap in effect

    const QByteArray flags = "ro quiet cgroup_enable=memory swapaccount=1";
    const QByteArray memoryOn = "#subsys_name\thierarchy\tnum_cgroups\tenabled\nmemory\t4\t87\t1\n";
    const QByteArray memoryOff = "#subsys_name\thierarchy\tnum_cgroups\tenabled\nmemory\t0\t1\t0\n";
    const QByteArray memsw = "/sys/fs/cgroup/memory/memory.memsw.limit_in_bytes\n";
    QTest::newRow("flags, in effect")
        << flags << true << memoryOn << memsw << QList<bool>{true, true, true, true};
    QTest::newRow("flags, kernel without support")
        << flags << true << memoryOff << QByteArray() << QList<bool>{true, true, false, false};
    QTest::newRow("no flags, on by default")
        << QByteArray("ro quiet") << true << memoryOn << memsw << QList<bool>{false, false, true, true};
    QTest::newRow("no flags, memory only") << QByteArray("ro quiet") << true << memoryOn << QByteArray()
                                           << QList<bool>{false, false, true, false};
    QTest::newRow("cgroup state unknown: the flags are the guess")
        << flags << false << QByteArray() << QByteArray() << QList<bool>{true, true, true, true};
}

void TestKernelFactsParser::commandLineAndEffect()
{
    QFETCH(QByteArray, cmdline);
    QFETCH(bool, cgroupSections);
    QFETCH(QByteArray, procCgroups);
    QFETCH(QByteArray, swapFiles);
    QMap<QString, FactsScript::Section> sections = {{QStringLiteral("cmdline"), answered(cmdline)}};
    if (cgroupSections) {
        sections.insert(QStringLiteral("cgroups"), answered(procCgroups));
        sections.insert(QStringLiteral("cgroup2"), answered(QByteArray(), 1));
        sections.insert(QStringLiteral("memsw"), answered(swapFiles));
    }
    QStringList problems;
    const KernelFacts kernel = KernelFactsParser::parse(sections, &problems);
    QTEST((QList<bool>{kernel.cgroupEnableMemoryOnCommandLine, kernel.swapAccountOnCommandLine,
                       kernel.memoryCgroupEnabled, kernel.swapAccountEnabled}),
          "expected");
}

QTEST_GUILESS_MAIN(TestKernelFactsParser)
#include "TestKernelFactsParser.moc"
