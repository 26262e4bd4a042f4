// The ProxyCommand that stands in for ProxyJump under libssh 0.10: hops, user and port of the
// last hop, the session's ssh_config and known_hosts passed on, hostile hops and paths refused.

#include "ProxyJump.h"

#include <QTest>

using namespace Lotsen;

class TestProxyJump : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void command_data();
    void command();
    void refused_data();
    void refused();
};

void TestProxyJump::command_data()
{
    QTest::addColumn<QString>("jump");
    QTest::addColumn<QString>("config");
    QTest::addColumn<QString>("knownHosts");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray head = "ssh -o BatchMode=yes -o UserKnownHostsFile=/k/known_hosts ";
    QTest::newRow("one hop, default config") << "bastion"
                                             << ""
                                             << "/k/known_hosts" << head + "-W '[%h]:%p' -- bastion";
    QTest::newRow("no config") << "bastion"
                               << "none"
                               << "/k/known_hosts" << head + "-F /dev/null -W '[%h]:%p' -- bastion";
    QTest::newRow("user and port")
        << "admin@bastion.example.net:2222"
        << "/k/ssh_config"
        << "/k/known_hosts" << head + "-F /k/ssh_config -W '[%h]:%p' -l admin -p 2222 -- bastion.example.net";
    QTest::newRow("IPv6 hop") << "root@[::1]:2200"
                              << ""
                              << "/k/known_hosts" << head + "-W '[%h]:%p' -l root -p 2200 -- ::1";
    QTest::newRow("two hops") << "ops@outer:22,inner"
                              << ""
                              << "/k/known_hosts" << head + "-J ops@outer:22 -W '[%h]:%p' -- inner";
    QTest::newRow("quoted paths")
        << "bastion"
        << "/home/a b/it's config"
        << "/home/a b/known hosts"
        << QByteArray(
               "ssh -o BatchMode=yes -o 'UserKnownHostsFile=/home/a b/known hosts' -F '/home/a b/it'\\''s "
               "config' -W '[%h]:%p' -- bastion");
}

void TestProxyJump::command()
{
    QFETCH(QString, jump);
    QFETCH(QString, config);
    QFETCH(QString, knownHosts);
    const Result<QByteArray> proxy = ProxyJump::proxyCommand(jump, config, knownHosts);
    QVERIFY2(proxy.ok(), qPrintable(proxy.ok() ? QString() : proxy.error()));
    QTEST(proxy.value(), "expected");
}

void TestProxyJump::refused_data()
{
    QTest::addColumn<QString>("jump");
    QTest::addColumn<QString>("knownHosts");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("command in the host") << "bastion;reboot"
                                         << "/k/kh"
                                         << "bastion;reboot";
    QTest::newRow("substitution") << "$(id)@bastion"
                                  << "/k/kh"
                                  << "$(id)";
    QTest::newRow("option as host") << "-oProxyCommand=sh"
                                    << "/k/kh"
                                    << "-oProxyCommand=sh";
    QTest::newRow("empty hop") << "outer,,inner"
                               << "/k/kh"
                               << "jump host";
    QTest::newRow("newline") << "bastion\nreboot"
                             << "/k/kh"
                             << "jump host";
    QTest::newRow("percent in a path") << "bastion"
                                       << "/k/100%/kh"
                                       << "%";
}

void TestProxyJump::refused()
{
    QFETCH(QString, jump);
    QFETCH(QString, knownHosts);
    QFETCH(QString, mentions);
    const Result<QByteArray> proxy = ProxyJump::proxyCommand(jump, QString(), knownHosts);
    QVERIFY(!proxy.ok());
    QVERIFY2(proxy.error().contains(mentions), qPrintable(proxy.error()));
}

QTEST_GUILESS_MAIN(TestProxyJump)
#include "TestProxyJump.moc"
