#include "SshConfigImport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Lotsen;

class TestSshConfigImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fixture_data();
    void fixture();
    void fixtureHostOrder();
    void snippets_data();
    void snippets();
    void includeInsideHostBlock();
    void includeDepthIsLimited();
    void missingIncludeIsIgnored();
    void parseFileOfMissingFile();

private:
    static Host only(const QList<Host>& hosts, const QString& name);
    QString m_fixtureDir;
    QList<Host> m_hosts;
};

void TestSshConfigImport::initTestCase()
{
    const QString config = QFINDTESTDATA("fixtures/ssh/config");
    QVERIFY2(!config.isEmpty(), "fixtures/ssh/config not found");
    m_fixtureDir = QFileInfo(config).absolutePath();
    m_hosts = SshConfigImport::parseFile(config);
}

Host TestSshConfigImport::only(const QList<Host>& hosts, const QString& name)
{
    for (const Host& host : hosts) {
        if (host.name == name)
            return host;
    }
    return {};
}

void TestSshConfigImport::fixture_data()
{
    const QString home = QDir::homePath();
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("identityFile");
    QTest::addColumn<QString>("proxyJump");

    const QString matchAll = home + "/.ssh/id_matchall"; // Match all comes before Host *
    QTest::newRow("%h token") << "web1"
                              << "web1.example.com"
                              << "deploy" << 22 << matchAll << "";
    QTest::newRow("second alias") << "web2"
                                  << "web2.example.com"
                                  << "deploy" << 22 << matchAll << "";
    QTest::newRow("first value wins, key=value") << "db"
                                                 << "192.0.2.20"
                                                 << "postgres" << 2200 << home + "/.ssh/id_db"
                                                 << "";
    QTest::newRow("key = value, tabs") << "bastion"
                                       << "bastion.example.com"
                                       << "jump" << 22 << matchAll << "";
    QTest::newRow("proxy jump") << "inner"
                                << "10.1.2.3"
                                << "fallback" << 22 << matchAll << "deploy@bastion:22";
    QTest::newRow("quoted values") << "quoted"
                                   << "192.0.2.30"
                                   << "fallback" << 22 << home + "/.ssh/my key"
                                   << "";
    QTest::newRow("wildcard block applies") << "direct.example.com"
                                            << ""
                                            << "wildcard" << 2022 << matchAll << "";
    QTest::newRow("negated pattern") << "skip.example.com"
                                     << ""
                                     << "fallback" << 2022 << matchAll << "";
    QTest::newRow("ipv6, ProxyJump none") << "v6"
                                          << "2001:db8::7"
                                          << "fallback" << 22 << matchAll << "";
    QTest::newRow("included file") << "work"
                                   << "work.example.org"
                                   << "worker" << 22 << matchAll << "";
    QTest::newRow("self-including file") << "lab"
                                         << "192.0.2.99"
                                         << "fallback" << 22 << matchAll << "";
}

void TestSshConfigImport::fixture()
{
    QFETCH(QString, name);
    const Host host = only(m_hosts, name);
    QCOMPARE(host.name, name);
    QTEST(host.address, "address");
    QTEST(host.user, "user");
    QTEST(host.port, "port");
    QTEST(host.identityFile, "identityFile");
    QTEST(host.proxyJump, "proxyJump");
    QVERIFY(host.group.isEmpty());
}

void TestSshConfigImport::fixtureHostOrder()
{
    QStringList names;
    for (const Host& host : std::as_const(m_hosts))
        names.append(host.name);
    // No host for "*", "*.example.com" or "!skip.example.com"; each alias once, in file order.
    QCOMPARE(names, (QStringList{"work", "lab", "web1", "web2", "db", "bastion", "inner", "quoted",
                                 "direct.example.com", "skip.example.com", "v6"}));
}

void TestSshConfigImport::snippets_data()
{
    QTest::addColumn<QString>("config");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("firstAddress");
    QTest::addColumn<QString>("firstUser");
    QTest::addColumn<int>("firstPort");

    QTest::newRow("empty") << "" << QStringList{} << ""
                           << "" << 0;
    QTest::newRow("only comments") << "# Host x\n   # HostName y\n"
                                   << QStringList{} << ""
                                   << "" << 0;
    QTest::newRow("wildcards only") << "Host * ?x web*\n User u\n"
                                    << QStringList{} << ""
                                    << "" << 0;
    QTest::newRow("equals without spaces") << "Host=a\nHostName=h.example\nUser=u\nPort=2\n"
                                           << QStringList{"a"} << "h.example"
                                           << "u" << 2;
    QTest::newRow("keywords in any case") << "HOST a\nhOsTnAmE h\nUSER u\nport 3\n"
                                          << QStringList{"a"} << "h"
                                          << "u" << 3;
    QTest::newRow("CRLF line ends") << "Host a\r\n  HostName h\r\n  User u\r\n"
                                    << QStringList{"a"} << "h"
                                    << "u" << 0;
    QTest::newRow("global before Host") << "User early\nHost a\n User late\n"
                                        << QStringList{"a"} << ""
                                        << "early" << 0;
    QTest::newRow("host case-insensitive match") << "Host A\n User u\nHost a\n User v\n"
                                                 << QStringList{"A", "a"} << ""
                                                 << "u" << 0;
    QTest::newRow("later Host * cannot override") << "Host a\n User mine\nHost *\n User theirs\n Port 9\n"
                                                  << QStringList{"a"} << ""
                                                  << "mine" << 9;
    QTest::newRow("earlier Host * wins") << "Host *\n User first\nHost a\n User second\n"
                                         << QStringList{"a"} << ""
                                         << "first" << 0;
    QTest::newRow("match block skipped") << "Host a\nMatch user x\n User m\nHost b\n"
                                         << QStringList{"a", "b"} << ""
                                         << "" << 0;
    QTest::newRow("trailing comment") << "Host a # b c\n User u # comment\n"
                                      << QStringList{"a"} << ""
                                      << "u" << 0;
    QTest::newRow("escaped quote") << "Host a\n User \"x\\\"y\"\n"
                                   << QStringList{"a"} << ""
                                   << "x\"y" << 0;
    QTest::newRow("bad port gives 0") << "Host a\n Port ssh\n"
                                      << QStringList{"a"} << ""
                                      << "" << 0;
    QTest::newRow("duplicate alias once") << "Host a b a\nHost b\n"
                                          << QStringList{"a", "b"} << ""
                                          << "" << 0;
    QTest::newRow("negation only") << "Host !a\n User u\nHost a\n"
                                   << QStringList{"a"} << ""
                                   << "" << 0;
    QTest::newRow("hostile alias kept for validation") << "Host $(id)\n"
                                                       << QStringList{"$(id)"} << ""
                                                       << "" << 0;
}

void TestSshConfigImport::snippets()
{
    QFETCH(QString, config);
    QFETCH(QStringList, names);
    const QList<Host> hosts = SshConfigImport::parse(config, m_fixtureDir);
    QStringList found;
    for (const Host& host : hosts)
        found.append(host.name);
    QCOMPARE(found, names);
    if (hosts.isEmpty())
        return;
    QTEST(hosts.first().address, "firstAddress");
    QTEST(hosts.first().user, "firstUser");
    QTEST(hosts.first().port, "firstPort");
}

static void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

// An Include inside a Host block only applies to that block's hosts: for any other alias OpenSSH
// does not read the file at all, so even its own Host blocks do not apply.
void TestSshConfigImport::includeInsideHostBlock()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("extra")), "User from-include\nHost other\n  Port 7\n");
    const QString config = QStringLiteral("Host a\n  Include extra\n  Port 5\nHost b\n  Include %1/extra\n"
                                          "Host c\n")
                               .arg(dir.path());
    const QList<Host> hosts = SshConfigImport::parse(config, dir.path());
    QCOMPARE(only(hosts, "a").user, QStringLiteral("from-include"));
    QCOMPARE(only(hosts, "a").port, 5);
    QCOMPARE(only(hosts, "b").user, QStringLiteral("from-include")); // absolute path
    QCOMPARE(only(hosts, "c").user, QString());
    QCOMPARE(only(hosts, "other").name, QStringLiteral("other"));
    QCOMPARE(only(hosts, "other").port, 0);
    QCOMPARE(only(hosts, "other").user, QString());
}

// Each file includes the next; OpenSSH stops at 16 levels, and so does the import.
void TestSshConfigImport::includeDepthIsLimited()
{
    QTemporaryDir dir;
    for (int level = 1; level <= 20; ++level)
        writeFile(dir.filePath(QStringLiteral("level%1").arg(level)),
                  QStringLiteral("Host level%1\nInclude level%2\n").arg(level).arg(level + 1).toUtf8());
    const QList<Host> hosts = SshConfigImport::parse(QStringLiteral("Include level1\n"), dir.path());
    QCOMPARE(hosts.size(), 16);
    QCOMPARE(hosts.last().name, QStringLiteral("level16"));
}

void TestSshConfigImport::missingIncludeIsIgnored()
{
    QTemporaryDir dir;
    const QList<Host> hosts =
        SshConfigImport::parse(QStringLiteral("Include nothing/* absent\nHost a\n"), dir.path());
    QCOMPARE(hosts.size(), 1);
}

void TestSshConfigImport::parseFileOfMissingFile()
{
    QVERIFY(SshConfigImport::parseFile(QStringLiteral("/nonexistent/lotsen/config")).isEmpty());
}

QTEST_GUILESS_MAIN(TestSshConfigImport)
#include "TestSshConfigImport.moc"
