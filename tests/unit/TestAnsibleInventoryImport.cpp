#include "AnsibleInventoryImport.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Lotsen;

class TestAnsibleInventoryImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fixtureHostOrder();
    void fixture_data();
    void fixture();
    void ranges_data();
    void ranges();
    void childrenCycleTerminates();
    void quotedValues();
    void ipv6HostHasNoPort();
    void emptyInventory();

private:
    static QStringList names(const QList<Host>& hosts);
    QList<Host> m_hosts;
};

void TestAnsibleInventoryImport::initTestCase()
{
    QFile file(QFINDTESTDATA("fixtures/ansible/inventory.ini"));
    QVERIFY2(file.open(QIODevice::ReadOnly), "fixtures/ansible/inventory.ini not found");
    m_hosts = AnsibleInventoryImport::parse(QString::fromUtf8(file.readAll()));
}

QStringList TestAnsibleInventoryImport::names(const QList<Host>& hosts)
{
    QStringList result;
    for (const Host& host : hosts)
        result.append(host.name);
    return result;
}

void TestAnsibleInventoryImport::fixtureHostOrder()
{
    QCOMPARE(names(m_hosts),
             (QStringList{"mail.example.com", "lonely", "web01.example.com", "web02.example.com",
                          "web03.example.com", "foo.example.com", "bar.example.com", "db-a.example.com",
                          "db-b.example.com", "db-c.example.com", "old1", "old2"}));
}

void TestAnsibleInventoryImport::fixture_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("identityFile");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QStringList>("tags");

    const QStringList prod{"production", "dc"};
    QTest::newRow("ungrouped") << "mail.example.com"
                               << ""
                               << "everyone" << 22 << ""
                               << "" << QStringList{};
    QTest::newRow("ungrouped with host") << "lonely"
                                         << "192.0.2.50"
                                         << "everyone" << 22 << ""
                                         << "" << QStringList{};
    QTest::newRow("range, host var beats group") << "web02.example.com"
                                                 << ""
                                                 << "www" << 2201 << ""
                                                 << "webservers" << prod;
    QTest::newRow("name:port beats group port") << "foo.example.com"
                                                << ""
                                                << "produser" << 2222 << ""
                                                << "webservers" << prod;
    QTest::newRow("two groups") << "bar.example.com"
                                << "192.0.2.11"
                                << "produser" << 2200 << ""
                                << "webservers" << QStringList{"dbservers", "production", "dc"};
    QTest::newRow("letter range") << "db-c.example.com"
                                  << ""
                                  << "produser" << 2201 << ""
                                  << "dbservers" << prod;
    QTest::newRow("old variable names") << "old1"
                                        << "192.0.2.60"
                                        << "root" << 2022 << QDir::homePath() + "/.ssh/old_key"
                                        << "legacy" << QStringList{};
    QTest::newRow("group vars") << "old2"
                                << "192.0.2.61"
                                << "legacyadmin" << 22 << "/etc/lotsen/legacy key"
                                << "legacy" << QStringList{};
}

void TestAnsibleInventoryImport::fixture()
{
    QFETCH(QString, name);
    const qsizetype index = names(m_hosts).indexOf(name);
    QVERIFY2(index >= 0, qPrintable(name));
    const Host& host = m_hosts[index];
    QTEST(host.address, "address");
    QTEST(host.user, "user");
    QTEST(host.port, "port");
    QTEST(host.identityFile, "identityFile");
    QTEST(host.group, "group");
    QTEST(host.tags, "tags");
}

void TestAnsibleInventoryImport::ranges_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("numeric") << "h[1:3]" << QStringList{"h1", "h2", "h3"};
    QTest::newRow("zero padded") << "h[08:10]" << QStringList{"h08", "h09", "h10"};
    QTest::newRow("wide padding") << "h[001:002].x" << QStringList{"h001.x", "h002.x"};
    QTest::newRow("step") << "h[1:10:3]" << QStringList{"h1", "h4", "h7", "h10"};
    QTest::newRow("empty begin") << "h[:2]" << QStringList{"h0", "h1", "h2"};
    QTest::newRow("letters") << "[a:c]-x" << QStringList{"a-x", "b-x", "c-x"};
    QTest::newRow("two ranges") << "r[1:2]n[a:b]" << QStringList{"r1na", "r1nb", "r2na", "r2nb"};
    QTest::newRow("with port") << "h[1:2]:2222" << QStringList{"h1", "h2"};
    QTest::newRow("backwards kept as written") << "h[3:1]" << QStringList{"h[3:1]"};
    QTest::newRow("zero step kept as written") << "h[1:3:0]" << QStringList{"h[1:3:0]"};
    QTest::newRow("not a range") << "h[x]" << QStringList{"h[x]"};
    QTest::newRow("huge range refused") << "h[1:99999999]" << QStringList{"h[1:99999999]"};
}

void TestAnsibleInventoryImport::ranges()
{
    QFETCH(QString, pattern);
    QFETCH(QStringList, expected);
    const QList<Host> hosts = AnsibleInventoryImport::parse(QStringLiteral("[g]\n") + pattern + u'\n');
    QCOMPARE(names(hosts), expected);
    if (pattern.endsWith(QLatin1String(":2222")))
        QCOMPARE(hosts.first().port, 2222);
}

void TestAnsibleInventoryImport::childrenCycleTerminates()
{
    const QList<Host> hosts = AnsibleInventoryImport::parse(
        QStringLiteral("[a]\nh1\n[a:children]\nb\n[b:children]\na\n[b:vars]\nansible_user=bee\n"));
    QCOMPARE(hosts.size(), 1);
    QCOMPARE(hosts.first().group, QStringLiteral("a"));
    QCOMPARE(hosts.first().tags, QStringList{QStringLiteral("b")});
    QCOMPARE(hosts.first().user, QStringLiteral("bee"));
}

void TestAnsibleInventoryImport::quotedValues()
{
    const QList<Host> hosts = AnsibleInventoryImport::parse(QStringLiteral(
        "h ansible_ssh_private_key_file='/keys/my key' ansible_user=\"a b\" ansible_port=x\n"));
    QCOMPARE(hosts.size(), 1);
    QCOMPARE(hosts.first().identityFile, QStringLiteral("/keys/my key"));
    QCOMPARE(hosts.first().user, QStringLiteral("a b")); // kept; HostStore::add rejects it with a message
    QCOMPARE(hosts.first().port, 0);
}

void TestAnsibleInventoryImport::ipv6HostHasNoPort()
{
    const QList<Host> hosts = AnsibleInventoryImport::parse(QStringLiteral("2001:db8::1\n"));
    QCOMPARE(names(hosts), QStringList{QStringLiteral("2001:db8::1")});
    QCOMPARE(hosts.first().port, 0);
}

void TestAnsibleInventoryImport::emptyInventory()
{
    QVERIFY(AnsibleInventoryImport::parse(QString()).isEmpty());
    QVERIFY(AnsibleInventoryImport::parse(QStringLiteral("# nothing\n; here\n[empty]\n[empty:vars]\nx=1\n"))
                .isEmpty());
}

QTEST_GUILESS_MAIN(TestAnsibleInventoryImport)
#include "TestAnsibleInventoryImport.moc"
