#include "HostTarget.h"

#include <QTest>

using namespace Lotsen;

class TestHostTarget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
};

void TestHostTarget::valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");

    QTest::newRow("address") << "example.com"
                             << ""
                             << "example.com" << 0;
    QTest::newRow("user and address") << "root@example.com"
                                      << "root"
                                      << "example.com" << 0;
    QTest::newRow("address and port") << "192.0.2.1:2222"
                                      << ""
                                      << "192.0.2.1" << 2222;
    QTest::newRow("everything") << "deploy@192.0.2.1:22"
                                << "deploy"
                                << "192.0.2.1" << 22;
    QTest::newRow("bare ipv6") << "2001:db8::1"
                               << ""
                               << "2001:db8::1" << 0;
    QTest::newRow("bare ipv6 loopback") << "::1"
                                        << ""
                                        << "::1" << 0;
    QTest::newRow("user and bare ipv6") << "root@fe80::1%eth0"
                                        << "root"
                                        << "fe80::1%eth0" << 0;
    QTest::newRow("bracketed ipv6 with port") << "root@[::1]:2222"
                                              << "root"
                                              << "::1" << 2222;
    QTest::newRow("bracketed ipv6 without port") << "[2001:db8::1]"
                                                 << ""
                                                 << "2001:db8::1" << 0;
    QTest::newRow("ssh url") << "ssh://root@127.0.0.2:2222"
                             << "root"
                             << "127.0.0.2" << 2222;
    QTest::newRow("ssh url trailing slash") << "ssh://127.0.0.2/"
                                            << ""
                                            << "127.0.0.2" << 0;
    QTest::newRow("ssh url ipv6") << "ssh://admin@[::1]:22"
                                  << "admin"
                                  << "::1" << 22;
    QTest::newRow("ssh url upper-case scheme") << "SSH://h.example"
                                               << ""
                                               << "h.example" << 0;
    QTest::newRow("surrounding whitespace") << "  root@h.example  "
                                            << "root"
                                            << "h.example" << 0;
    QTest::newRow("port 65535") << "h:65535"
                                << ""
                                << "h" << 65535;
}

void TestHostTarget::valid()
{
    QFETCH(QString, text);
    const Result<Host> host = HostTarget::parse(text);
    QVERIFY2(host.ok(), qPrintable(host.ok() ? QString() : host.error()));
    QTEST(host->user, "user");
    QTEST(host->address, "address");
    QTEST(host->port, "port");
    QCOMPARE(host->name, host->address);
}

void TestHostTarget::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions"); // part of the error message that points at the problem

    QTest::newRow("empty") << ""
                           << "No host";
    QTest::newRow("blank") << "   "
                           << "No host";
    QTest::newRow("empty user") << "@host"
                                << "user name";
    QTest::newRow("two at signs") << "a@b@host"
                                  << "a@b";
    QTest::newRow("hostile user") << "-oProxyCommand=id@host"
                                  << "-oProxyCommand=id";
    QTest::newRow("hostile address") << "root@host;reboot"
                                     << "host;reboot";
    QTest::newRow("leading dash address") << "-oProxyCommand=x"
                                          << "hyphen";
    QTest::newRow("empty port") << "host:"
                                << "port";
    QTest::newRow("port zero") << "host:0"
                               << "65535";
    QTest::newRow("port too big") << "host:65536"
                                  << "65536";
    QTest::newRow("port not a number") << "host:ssh"
                                       << "ssh";
    QTest::newRow("port with sign") << "host:+22"
                                    << "+22";
    QTest::newRow("port with space") << "host: 22"
                                     << "port";
    QTest::newRow("unclosed bracket") << "[::1:22"
                                      << "]";
    QTest::newRow("text after bracket") << "[::1]x"
                                        << "port";
    QTest::newRow("brackets around name") << "[host]:22"
                                          << "brackets";
    QTest::newRow("empty address") << "root@"
                                   << "empty";
    QTest::newRow("other scheme") << "http://host"
                                  << "scheme";
    QTest::newRow("ssh url with path") << "ssh://host/etc"
                                       << "host/etc";
    QTest::newRow("space inside") << "root@my host"
                                  << "space";
    QTest::newRow("newline") << "host\nreboot"
                             << "\\n";
    QTest::newRow("garbage") << "!!!"
                             << "!!!";
}

void TestHostTarget::invalid()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    const Result<Host> host = HostTarget::parse(text);
    QVERIFY2(!host.ok(), "accepted");
    QVERIFY2(host.error().contains(mentions), qPrintable(host.error()));
}

QTEST_GUILESS_MAIN(TestHostTarget)
#include "TestHostTarget.moc"
