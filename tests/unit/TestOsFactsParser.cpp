#include "FactsScript.h"
#include "OsFactsParser.h"

#include <QFile>
#include <QTest>

using namespace Lotsen;

class TestOsFactsParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixture_data();
    void fixture();
    void redhatRelease_data();
    void redhatRelease();
    void osReleaseQuoting();
    void absentSectionsLeaveItEmpty();
};

static QMap<QString, FactsScript::Section> sectionsOf(const QString& name)
{
    QFile file(QFINDTESTDATA(QStringLiteral("fixtures/facts/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture %s not found", qPrintable(name));
    return FactsScript::split(file.readAll());
}

void TestOsFactsParser::fixture_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("hostname");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("prettyName");
    QTest::addColumn<QString>("arch");
    QTest::newRow("centos6") << "centos6-default1.txt"
                             << "c6.example.net"
                             << "centos"
                             << "el"
                             << "6.7"
                             << "CentOS release 6.7 (Final)"
                             << "x86_64";
    QTest::newRow("centos7") << "centos7.txt"
                             << "c7.example.net"
                             << "centos"
                             << "el"
                             << "7.9.2009"
                             << "CentOS Linux 7 (Core)"
                             << "x86_64";
    QTest::newRow("el9") << "el9.txt"
                         << "rocky9"
                         << "rocky"
                         << "el"
                         << "9.3"
                         << "Rocky Linux 9.3 (Blue Onyx)"
                         << "x86_64";
    QTest::newRow("debian12") << "debian12.txt"
                              << "deb12"
                              << "debian"
                              << "debian"
                              << "12"
                              << "Debian GNU/Linux 12 (bookworm)"
                              << "x86_64";
    QTest::newRow("ubuntu2204") << "ubuntu2204.txt"
                                << "jammy"
                                << "ubuntu"
                                << "debian"
                                << "22.04"
                                << "Ubuntu 22.04.4 LTS"
                                << "x86_64";
    QTest::newRow("ubuntu2404") << "ubuntu2404.txt"
                                << "noble"
                                << "ubuntu"
                                << "debian"
                                << "24.04"
                                << "Ubuntu 24.04 LTS"
                                << "x86_64";
    QTest::newRow("debian12-real") << "debian12-real.txt"
                                   << "vm"
                                   << "debian"
                                   << "debian"
                                   << "12"
                                   << "Debian GNU/Linux 12 (bookworm)"
                                   << "x86_64";
    QTest::newRow("empty") << "broken-empty.txt"
                           << ""
                           << ""
                           << ""
                           << ""
                           << ""
                           << "";
}

void TestOsFactsParser::fixture()
{
    QFETCH(QString, file);
    QStringList problems;
    const OsFacts os = OsFactsParser::parse(sectionsOf(file), &problems);
    QTEST(os.hostname, "hostname");
    QTEST(os.id, "id");
    QTEST(os.family, "family");
    QTEST(os.version, "version");
    QTEST(os.prettyName, "prettyName");
    QTEST(os.arch, "arch");
    QCOMPARE(problems, QStringList());
}

void TestOsFactsParser::redhatRelease_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("version");
    QTest::newRow("centos6") << QByteArray("CentOS release 6.7 (Final)\n") << "centos"
                             << "el"
                             << "6.7";
    QTest::newRow("rocky9") << QByteArray("Rocky Linux release 9.3 (Blue Onyx)") << "rocky"
                            << "el"
                            << "9.3";
    QTest::newRow("rhel6") << QByteArray("Red Hat Enterprise Linux Server release 6.10 (Santiago)") << "rhel"
                           << "el"
                           << "6.10";
    QTest::newRow("stream") << QByteArray("CentOS Stream release 9") << "centos"
                            << "el"
                            << "9";
    QTest::newRow("fedora") << QByteArray("Fedora release 39 (Thirty Nine)") << "fedora"
                            << ""
                            << "39";
    QTest::newRow("garbage") << QByteArray("not a release file") << ""
                             << ""
                             << "";
}

void TestOsFactsParser::redhatRelease()
{
    QFETCH(QByteArray, text);
    OsFacts os;
    OsFactsParser::applyRedhatRelease(text, &os);
    QTEST(os.id, "id");
    QTEST(os.family, "family");
    QTEST(os.version, "version");
}

void TestOsFactsParser::osReleaseQuoting()
{
    OsFacts os;
    OsFactsParser::applyOsRelease("# comment\nID='almalinux'\nID_LIKE=\"rhel centos fedora\"\n"
                                  "VERSION_ID=\"8.9\"\nNAME=\"AlmaLinux \\\"Midnight\\\"\"\n",
                                  &os);
    QCOMPARE(os.id, QStringLiteral("almalinux"));
    QCOMPARE(os.family, QStringLiteral("el"));
    QCOMPARE(os.version, QStringLiteral("8.9"));
    QCOMPARE(os.prettyName, QStringLiteral("AlmaLinux \"Midnight\""));
}

void TestOsFactsParser::absentSectionsLeaveItEmpty()
{
    QMap<QString, FactsScript::Section> sections;
    FactsScript::Section denied;
    denied.err = "cat: /etc/os-release: Permission denied";
    denied.exitCode = 1;
    denied.complete = true;
    sections.insert(QStringLiteral("os-release"), denied);
    QStringList problems;
    const OsFacts os = OsFactsParser::parse(sections, &problems);
    QVERIFY(os.id.isEmpty());
    QCOMPARE(problems, QStringList{QStringLiteral("os-release: permission denied")});
}

QTEST_GUILESS_MAIN(TestOsFactsParser)
#include "TestOsFactsParser.moc"
