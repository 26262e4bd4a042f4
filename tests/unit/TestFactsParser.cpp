#include "FactsParser.h"

#include <QFile>
#include <QTest>

using namespace Lotsen;

class TestFactsParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problems_data();
    void problems();
    void wholeHost();
    void dockerRoot();
    void emptyOutput();
};

static QByteArray fixture(const QString& name)
{
    QFile file(QFINDTESTDATA(QStringLiteral("fixtures/facts/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture %s not found", qPrintable(name));
    return file.readAll();
}

// The Docker sections' problems belong to DockerFactsParser and are tested there.
static QStringList ownProblems(const QStringList& problems)
{
    QStringList own;
    for (const QString& problem : problems) {
        if (!problem.startsWith(QLatin1String("docker")) && !problem.startsWith(QLatin1String("Docker")) &&
            !problem.startsWith(QLatin1String("daemon")) &&
            !problem.startsWith(QLatin1String("sysconfig-docker")))
            own.append(problem);
    }
    return own;
}

void TestFactsParser::problems_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("centos6") << "centos6-default1.txt" << QStringList();
    QTest::newRow("centos6 kernel-ml") << "centos6-default0.txt" << QStringList();
    QTest::newRow("centos7") << "centos7.txt" << QStringList();
    QTest::newRow("el9") << "el9.txt" << QStringList();
    QTest::newRow("debian12") << "debian12.txt" << QStringList{"pvs: permission denied"};
    QTest::newRow("ubuntu2204") << "ubuntu2204.txt" << QStringList();
    QTest::newRow("ubuntu2404") << "ubuntu2404.txt" << QStringList();
    QTest::newRow("debian12-real") << "debian12-real.txt" << QStringList();
    QTest::newRow("truncated") << "broken-truncated.txt" << QStringList{"lvs: output cut short"};
    QTest::newRow("lvs denied") << "broken-lvs-denied.txt" << QStringList{"lvs: permission denied"};
    QTest::newRow("lsblk missing") << "broken-lsblk-missing.txt" << QStringList();
    QTest::newRow("empty") << "broken-empty.txt" << QStringList();
    QTest::newRow("garbage") << "broken-garbage-json.txt"
                             << QStringList{"grub-legacy: permission denied", "lsblk: unreadable output",
                                            "pvs: unreadable output"};
}

void TestFactsParser::problems()
{
    QFETCH(QString, file);
    const HostFacts facts = FactsParser::parse(fixture(file));
    QTEST(ownProblems(facts.problems), "expected");
}

void TestFactsParser::wholeHost()
{
    const HostFacts facts = FactsParser::parse(fixture(QStringLiteral("centos6-default1.txt")));
    QCOMPARE(facts.os.id, QStringLiteral("centos"));
    QCOMPARE(facts.os.version, QStringLiteral("6.7"));
    QCOMPARE(facts.kernel.running, QStringLiteral("2.6.32-573.22.1.el6.x86_64"));
    QVERIFY(facts.kernel.tooOldForDocker);
    QCOMPARE(facts.kernel.bootloader, QStringLiteral("grub-legacy"));
    QCOMPARE(facts.disks.devices.size(), 3);
    QCOMPARE(facts.disks.lvs.size(), 2);
    QVERIFY(!facts.docker.installed);
}

void TestFactsParser::dockerRoot()
{
    const HostFacts facts = FactsParser::parse(fixture(QStringLiteral("centos7.txt")));
    QCOMPARE(facts.disks.dockerRootSource, QStringLiteral("/dev/mapper/centos-root"));
    QCOMPARE(facts.disks.dockerRootFsType, QStringLiteral("xfs"));
    QCOMPARE(facts.disks.dockerRootMount, QStringLiteral("/"));
    QCOMPARE(facts.disks.dockerRootSize, qint64(37558423552));
    QCOMPARE(facts.disks.dockerRootUsed, qint64(6441639936));
}

void TestFactsParser::emptyOutput()
{
    const HostFacts facts = FactsParser::parse(QByteArray());
    QVERIFY(facts.os.id.isEmpty());
    QVERIFY(facts.kernel.installed.isEmpty());
    QVERIFY(facts.disks.devices.isEmpty());
    QCOMPARE(facts.disks.dockerRootSize, qint64(-1));
}

QTEST_GUILESS_MAIN(TestFactsParser)
#include "TestFactsParser.moc"
