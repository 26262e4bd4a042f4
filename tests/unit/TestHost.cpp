#include "Host.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Lotsen;

class TestHost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void displayTarget_data();
    void displayTarget();
    void effectiveAddress();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void jsonLeavesOutEmptyFields();
    void fromJsonIgnoresWrongTypes();
};

static Host makeHost(const QString& name, const QString& address, const QString& user, int port)
{
    Host host;
    host.name = name;
    host.address = address;
    host.user = user;
    host.port = port;
    return host;
}

void TestHost::displayTarget_data()
{
    QTest::addColumn<Host>("host");
    QTest::addColumn<QString>("expected");
    QTest::newRow("all parts") << makeHost("web", "192.0.2.1", "root", 2222) << "root@192.0.2.1:2222";
    QTest::newRow("no port") << makeHost("web", "192.0.2.1", "root", 0) << "root@192.0.2.1";
    QTest::newRow("no user") << makeHost("web", "example.com", "", 22) << "example.com:22";
    QTest::newRow("address only") << makeHost("web", "example.com", "", 0) << "example.com";
    QTest::newRow("name when no address") << makeHost("web", "", "deploy", 0) << "deploy@web";
    QTest::newRow("ipv6 with port") << makeHost("v6", "2001:db8::1", "root", 22) << "root@[2001:db8::1]:22";
    QTest::newRow("ipv6 without port") << makeHost("v6", "2001:db8::1", "root", 0) << "root@2001:db8::1";
    QTest::newRow("ipv6 loopback, port only") << makeHost("v6", "::1", "", 2222) << "[::1]:2222";
}

void TestHost::displayTarget()
{
    QFETCH(Host, host);
    QFETCH(QString, expected);
    QCOMPARE(host.displayTarget(), expected);
}

void TestHost::effectiveAddress()
{
    QCOMPARE(makeHost("alias", "", "", 0).effectiveAddress(), QStringLiteral("alias"));
    QCOMPARE(makeHost("alias", "10.0.0.1", "", 0).effectiveAddress(), QStringLiteral("10.0.0.1"));
}

void TestHost::jsonRoundTrip_data()
{
    QTest::addColumn<Host>("host");
    QTest::newRow("minimal") << makeHost("web", "", "", 0);
    Host full = makeHost("db1", "2001:db8::5", "postgres", 2200);
    full.identityFile = QStringLiteral("/home/me/.ssh/id_ed25519");
    full.proxyJump = QStringLiteral("jump@bastion:22");
    full.group = QStringLiteral("Databaser");
    full.tags = QStringList{QStringLiteral("el6"), QStringLiteral("köket")};
    QTest::newRow("full") << full;
}

void TestHost::jsonRoundTrip()
{
    QFETCH(Host, host);
    const QByteArray text = QJsonDocument(host.toJson()).toJson();
    QCOMPARE(Host::fromJson(QJsonDocument::fromJson(text).object()), host);
}

void TestHost::jsonLeavesOutEmptyFields()
{
    Host host = makeHost("web", "10.0.0.1", "", 0);
    const QJsonObject object = host.toJson();
    QCOMPARE(object.keys(), (QStringList{"address", "name"}));
    host.tags = QStringList{QStringLiteral("x")};
    host.port = 22;
    QCOMPARE(host.toJson().value(QLatin1String("port")).toInt(), 22);
    QCOMPARE(host.toJson().value(QLatin1String("tags")).toArray().size(), 1);
}

void TestHost::fromJsonIgnoresWrongTypes()
{
    const QJsonObject object{{QLatin1String("name"), 5},
                             {QLatin1String("port"), QLatin1String("22")},
                             {QLatin1String("tags"), QLatin1String("x")}};
    const Host host = Host::fromJson(object);
    QCOMPARE(host.name, QString());
    QCOMPARE(host.port, 0);
    QVERIFY(host.tags.isEmpty());
}

QTEST_GUILESS_MAIN(TestHost)
#include "TestHost.moc"
