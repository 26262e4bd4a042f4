#include "Host.h"
#include "ImageReference.h"
#include "IpAddress.h"
#include "Validation.h"

#include <QTest>

using namespace Lotsen;
using namespace Lotsen::Validation;

// Every rejection must name the bad value so a person can find it; these tables check that the
// printable form of the value appears in the message.
class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostName_data();
    void hostName();
    void ipAddress_data();
    void ipAddress();
    void hostEntryName_data();
    void hostEntryName();
    void userName_data();
    void userName();
    void port_data();
    void port();
    void imageReference_data();
    void imageReference();
    void imageReferenceParts_data();
    void imageReferenceParts();
    void devicePath_data();
    void devicePath();
    void volumeGroupName_data();
    void volumeGroupName();
    void host_data();
    void host();
    void printable();
    void messagesSayWhatIsAllowed();

private:
    static void addColumns();
    static void check(const Result<void>& result);
};

void TestValidation::addColumns()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
}

void TestValidation::check(const Result<void>& result)
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QVERIFY2(result.ok() == valid, qPrintable(valid ? result.error() : QStringLiteral("accepted")));
    if (!valid) {
        QVERIFY(!result.error().isEmpty());
        if (!value.isEmpty())
            QVERIFY2(result.error().contains(Validation::printable(value)), qPrintable(result.error()));
    }
}

static QString withNul(const char* before, const char* after);

void TestValidation::hostName_data()
{
    addColumns();
    const QStringList good{"example.com",
                           "EXAMPLE.com",
                           "a",
                           "docker-01",
                           "docker01.lan.",
                           "xn--gteborg-90a.se",
                           "192.0.2.10",
                           "0.0.0.0",
                           "255.255.255.255",
                           "127.0.0.1",
                           "::1",
                           "[::1]",
                           "2001:db8::10",
                           "2001:DB8:0:0:0:0:0:1",
                           "fe80::1%eth0",
                           "::ffff:192.0.2.1",
                           "1a.example",
                           "a.1b",
                           QString(63, u'a') + ".com",
                           QString(63, u'a') + '.' + QString(63, u'b') + '.' + QString(63, u'c') + '.' +
                               QString(61, u'd')};
    for (const QString& name : good)
        QTest::newRow(qPrintable("good " + name)) << name << true;

    const QStringList bad{
        "",
        " ",
        "example.com ",
        "exa mple.com",
        "host;reboot",
        "host&&id",
        "$(id)",
        "`id`",
        "-oProxyCommand=id",
        "-host",
        "host-",
        "a.-b.c",
        "a..b",
        ".example.com",
        "example.com..",
        "under_score.com",
        "host\nname",
        "host\tname",
        "göteborg.se",
        "256.1.1.1",
        "1.2.3",
        "1.2.3.4.5",
        "01.2.3.4",
        "12345",
        "1.2.3.04",
        QString(64, u'a') + ".com",
        QString(250, u'a').replace(60, 1, u'.').replace(120, 1, u'.').replace(180, 1, u'.') + ".com",
        ":::",
        "1:2:3:4:5:6:7:8:9",
        "2001:db8::1::2",
        "2001:db8:::1",
        "12345::1",
        "g::1",
        "[example.com]",
        "[::1",
        "::1]",
        "[]",
        "fe80::1%",
        "fe80::1%eth0;id",
        "::1.2.3.4.5",
        "user@host",
        "host:22",
        "host/path",
        QStringLiteral("ho") + QChar(0) + QStringLiteral("st")};
    for (const QString& name : bad)
        QTest::newRow(qPrintable("bad " + Validation::printable(name))) << name << false;
}

void TestValidation::hostName()
{
    QFETCH(QString, value);
    check(validateHostName(value));
}

void TestValidation::ipAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ipv4");
    QTest::addColumn<bool>("ipv6");
    QTest::newRow("v4") << "10.0.0.1" << true << false;
    QTest::newRow("v4 leading zero") << "10.0.0.01" << false << false;
    QTest::newRow("v4 three parts") << "10.0.1" << false << false;
    QTest::newRow("v4 non-ASCII digit") << QStringLiteral("1.2.3.\u0664") << false << false;
    QTest::newRow("v6 loopback") << "::1" << false << true;
    QTest::newRow("v6 any") << "::" << false << true;
    QTest::newRow("v6 full") << "1:2:3:4:5:6:7:8" << false << true;
    QTest::newRow("v6 seven groups") << "1:2:3:4:5:6:7" << false << false;
    QTest::newRow("v6 gap with eight groups") << "1:2:3:4::5:6:7:8" << false << false;
    QTest::newRow("v6 trailing gap") << "1:2:3:4:5:6:7::" << false << true;
    QTest::newRow("v6 embedded v4") << "64:ff9b::192.0.2.33" << false << true;
    QTest::newRow("v6 embedded v4 full") << "1:2:3:4:5:6:1.2.3.4" << false << true;
    QTest::newRow("v6 v4 not last") << "::1.2.3.4:1" << false << false;
    QTest::newRow("v6 leading single colon") << ":1::2" << false << false;
    QTest::newRow("v6 five hex digits") << "1::12345" << false << false;
    QTest::newRow("v6 brackets") << "[::1]" << false << false;
}

void TestValidation::ipAddress()
{
    QFETCH(QString, text);
    QFETCH(bool, ipv4);
    QFETCH(bool, ipv6);
    QCOMPARE(IpAddress::isIpv4(text), ipv4);
    QCOMPARE(IpAddress::isIpv6(text), ipv6);
}

void TestValidation::hostEntryName_data()
{
    addColumns();
    QTest::newRow("simple") << "web1" << true;
    QTest::newRow("fqdn") << "web1.example.com" << true;
    QTest::newRow("swedish") << "Kök-server" << true;
    QTest::newRow("ipv6 as name") << "2001:db8::1" << true;
    QTest::newRow("at and plus") << "root@db+1" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("space") << "web 1" << false;
    QTest::newRow("leading dash") << "-web" << false;
    QTest::newRow("semicolon") << "web;id" << false;
    QTest::newRow("slash") << "../../etc/passwd" << false;
    QTest::newRow("comma") << "a,b" << false;
    QTest::newRow("newline") << "web\n1" << false;
    QTest::newRow("quote") << "web'1" << false;
    QTest::newRow("dollar") << "$HOME" << false;
    QTest::newRow("too long") << QString(254, u'a') << false;
    QTest::newRow("nul") << withNul("web", "1") << false;
}

void TestValidation::hostEntryName()
{
    QFETCH(QString, value);
    check(validateHostEntryName(value));
}

void TestValidation::userName_data()
{
    addColumns();
    const QStringList good{"root", "deploy", "_svc",     "a",        "user.name",      "user-name",
                           "User", "ADMIN",  "machine$", "u1_2.3-4", QString(32, u'a')};
    for (const QString& name : good)
        QTest::newRow(qPrintable("good " + name)) << name << true;
    const QStringList bad{"",
                          "-root",
                          "-oProxyCommand=x",
                          "1user",
                          "root;id",
                          "root user",
                          "ro$ot",
                          "$",
                          "root$$",
                          "root\n",
                          "rööt",
                          "a@b",
                          "a:b",
                          "a/b",
                          "`id`",
                          ".hidden",
                          QString(33, u'a'),
                          "'",
                          withNul("ro", "ot")};
    for (const QString& name : bad)
        QTest::newRow(qPrintable("bad " + Validation::printable(name))) << name << false;
}

// U+0000 must not pass for "no bad character found" anywhere.
static QString withNul(const char* before, const char* after)
{
    return QString::fromLatin1(before) + QChar(0) + QString::fromLatin1(after);
}

void TestValidation::userName()
{
    QFETCH(QString, value);
    check(validateUserName(value));
}

void TestValidation::port_data()
{
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("valid");
    QTest::newRow("1") << 1 << true;
    QTest::newRow("22") << 22 << true;
    QTest::newRow("65535") << 65535 << true;
    QTest::newRow("0") << 0 << false;
    QTest::newRow("-1") << -1 << false;
    QTest::newRow("65536") << 65536 << false;
    QTest::newRow("huge") << 2147483647 << false;
}

void TestValidation::port()
{
    QFETCH(int, port);
    QFETCH(bool, valid);
    const Result<void> result = validatePort(port);
    QCOMPARE(result.ok(), valid);
    if (!valid)
        QVERIFY2(result.error().contains(QString::number(port)) &&
                     result.error().contains(QLatin1String("65535")),
                 qPrintable(result.error()));
}

void TestValidation::imageReference_data()
{
    addColumns();
    const QString digest = QStringLiteral("sha256:") + QString(64, u'a');
    const QStringList good{"debian",
                           "debian:12",
                           "library/debian:bookworm-slim",
                           "rancher/server:v1.6.30",
                           "registry.example.com/team/app",
                           "registry.example.com:5000/team/app:1.2",
                           "localhost/app",
                           "localhost:5000/app:latest",
                           "Registry.Example.com/app",
                           "a/b/c/d",
                           "my_app",
                           "my__app",
                           "my-app",
                           "my--app",
                           "my.app",
                           "app:_tag",
                           "app:" + QString(128, u'a'),
                           "app@" + digest,
                           "app:1.0@" + digest,
                           "example.com:5000/app@" + digest,
                           "0123456789ab"};
    for (const QString& reference : good)
        QTest::newRow(qPrintable("good " + reference.left(60))) << reference << true;
    const QStringList bad{"",
                          "Debian",
                          "team/App",
                          "app:",
                          "app:.tag",
                          "app:-tag",
                          "app:" + QString(129, u'a'),
                          "app:ta g",
                          "app tag",
                          "app;reboot",
                          "app:1;reboot",
                          "$(id)",
                          "`id`",
                          "-app",
                          "--help",
                          "app-",
                          "_app",
                          "my___app",
                          "my..app",
                          "/app",
                          "app/",
                          "a//b",
                          ":tag",
                          "@" + digest,
                          "app@sha256:abc",
                          "app@sha256:" + QString(64, u'A'),
                          "app@md5:" + QString(32, u'a'),
                          "app@",
                          "-registry.com/app",
                          "registry_x.com/app",
                          "registry.com:port/app",
                          "app\n",
                          "app:12\n",
                          "app@" + digest + "\n",
                          "localhost:5000\n/app",
                          "göteborg/app",
                          QString(256, u'a')};
    for (const QString& reference : bad)
        QTest::newRow(qPrintable("bad " + Validation::printable(reference).left(60))) << reference << false;
}

void TestValidation::imageReference()
{
    QFETCH(QString, value);
    check(validateImageReference(value));
}

void TestValidation::imageReferenceParts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("registry");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("digest");
    const QString digest = QStringLiteral("sha256:") + QString(64, u'0');
    QTest::newRow("name") << "debian"
                          << ""
                          << "debian"
                          << ""
                          << "";
    QTest::newRow("name and tag") << "debian:12"
                                  << ""
                                  << "debian"
                                  << "12"
                                  << "";
    QTest::newRow("user path") << "rancher/agent:v1"
                               << ""
                               << "rancher/agent"
                               << "v1"
                               << "";
    QTest::newRow("registry with port, no tag") << "localhost:5000/app"
                                                << "localhost:5000"
                                                << "app"
                                                << ""
                                                << "";
    QTest::newRow("everything") << "r.example:443/a/b:t@" + digest << "r.example:443"
                                << "a/b"
                                << "t" << digest;
}

void TestValidation::imageReferenceParts()
{
    QFETCH(QString, text);
    const Result<ImageReference> parsed = ImageReference::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error()));
    QTEST(parsed->registry, "registry");
    QTEST(parsed->path, "path");
    QTEST(parsed->tag, "tag");
    QTEST(parsed->digest, "digest");
    QCOMPARE(parsed->toString(), text);
}

void TestValidation::devicePath_data()
{
    addColumns();
    const QStringList good{"/dev/sdb",
                           "/dev/sdb1",
                           "/dev/nvme0n1p2",
                           "/dev/xvda",
                           "/dev/mapper/vg_docker-thinpool",
                           "/dev/disk/by-id/ata-Samsung_SSD_850_EVO_500GB_S21HNXAG123456",
                           "/dev/disk/by-path/pci-0000:00:1f.2-ata-1.0",
                           "/dev/vg0/lv.data",
                           "/dev/loop7"};
    for (const QString& path : good)
        QTest::newRow(qPrintable("good " + path)) << path << true;
    const QStringList bad{"",
                          "sdb",
                          "/dev",
                          "/dev/",
                          "/dev/sdb/",
                          "/dev/../etc/passwd",
                          "/dev/sdb/..",
                          "/dev/a..b",
                          "/dev/./sdb",
                          "/dev//sdb",
                          "/dev/sdb;reboot",
                          "/dev/sdb $(id)",
                          "/dev/sd b",
                          "/dev/sdb\n",
                          "/dev/sdb*",
                          "/dev/sd?",
                          "/etc/passwd",
                          "/devx/sdb",
                          "dev/sdb",
                          " /dev/sdb",
                          "/dev/sdbä",
                          "/dev/" + QString(251, u'a'),
                          withNul("/dev/sd", "b")};
    for (const QString& path : bad)
        QTest::newRow(qPrintable("bad " + Validation::printable(path).left(60))) << path << false;
}

void TestValidation::devicePath()
{
    QFETCH(QString, value);
    check(validateDevicePath(value));
}

void TestValidation::volumeGroupName_data()
{
    addColumns();
    const QStringList good{"vg_docker", "docker",          "VG0", "a", "vg.data", "vg+1", "vg-1",
                           "...",       QString(127, u'v')};
    for (const QString& name : good)
        QTest::newRow(qPrintable("good " + name.left(40))) << name << true;
    const QStringList bad{"",      "-vg",  ".",   "..",   "vg docker",        "vg/docker",       "vg;reboot",
                          "$(id)", "vg\n", "vgö", "vg:1", QString(128, u'v'), withNul("vg", "0")};
    for (const QString& name : bad)
        QTest::newRow(qPrintable("bad " + Validation::printable(name).left(40))) << name << false;
}

void TestValidation::volumeGroupName()
{
    QFETCH(QString, value);
    check(validateVolumeGroupName(value));
}

void TestValidation::host_data()
{
    QTest::addColumn<Host>("host");
    QTest::addColumn<bool>("valid");
    Host minimal;
    minimal.name = QStringLiteral("web1");
    QTest::newRow("name only") << minimal << true;
    Host full = minimal;
    full.address = QStringLiteral("192.0.2.10");
    full.user = QStringLiteral("deploy");
    full.port = 2222;
    full.identityFile = QStringLiteral("/home/me/.ssh/id_ed25519");
    full.proxyJump = QStringLiteral("jump@bastion.example.com:22,other");
    full.group = QStringLiteral("Produktion");
    full.tags = QStringList{QStringLiteral("docker"), QStringLiteral("el6")};
    QTest::newRow("everything") << full << true;

    const auto with = [&](auto change) {
        Host host = full;
        change(host);
        return host;
    };
    QTest::newRow("bad name") << with([](Host& h) { h.name = QStringLiteral("a b"); }) << false;
    QTest::newRow("empty name") << with([](Host& h) { h.name.clear(); }) << false;
    QTest::newRow("bad address") << with([](Host& h) { h.address = QStringLiteral("a;b"); }) << false;
    QTest::newRow("bad user") << with([](Host& h) { h.user = QStringLiteral("-x"); }) << false;
    QTest::newRow("negative port") << with([](Host& h) { h.port = -5; }) << false;
    QTest::newRow("port too big") << with([](Host& h) { h.port = 70000; }) << false;
    QTest::newRow("port 0 means default") << with([](Host& h) { h.port = 0; }) << true;
    QTest::newRow("bad jump") << with([](Host& h) { h.proxyJump = QStringLiteral("-oProxyCommand=id"); })
                              << false;
    QTest::newRow("empty jump hop") << with([](Host& h) { h.proxyJump = QStringLiteral("a,,b"); }) << false;
    QTest::newRow("key with newline")
        << with([](Host& h) { h.identityFile = QStringLiteral("/k\nx"); }) << false;
    QTest::newRow("group with newline") << with([](Host& h) { h.group = QStringLiteral("a\rb"); }) << false;
    QTest::newRow("tag with control")
        << with([](Host& h) { h.tags.append(QStringLiteral("a\x01")); }) << false;
}

void TestValidation::host()
{
    QFETCH(Host, host);
    QFETCH(bool, valid);
    const Result<void> result = validateHost(host);
    QVERIFY2(result.ok() == valid, qPrintable(result.ok() ? QStringLiteral("accepted") : result.error()));
}

void TestValidation::printable()
{
    QCOMPARE(Validation::printable(QStringLiteral("a\nb\tc\rd")), QStringLiteral("a\\nb\\tc\\rd"));
    QCOMPARE(Validation::printable(QStringLiteral("a\x1b[31m")), QStringLiteral("a\\u001b[31m"));
    QCOMPARE(Validation::printable(QStringLiteral("Göteborg")), QStringLiteral("Göteborg"));
    const QString shown = Validation::printable(QString(500, u'x'));
    QVERIFY(shown.size() < 100);
    QVERIFY(shown.endsWith(QChar(0x2026)));
}

void TestValidation::messagesSayWhatIsAllowed()
{
    QVERIFY(validateHostName(QStringLiteral("a;b")).error().contains(QLatin1String("IPv4")));
    QVERIFY(validateHostName(QStringLiteral("a;b")).error().contains(QStringLiteral("“;”")));
    QVERIFY(validateHostName(QStringLiteral("a b")).error().contains(QLatin1String("space")));
    QVERIFY(validateHostName(QStringLiteral("-x")).error().contains(QLatin1String("hyphen")));
    QVERIFY(validateUserName(QStringLiteral("1x")).error().contains(QLatin1String("32")));
    QVERIFY(validateImageReference(QStringLiteral("App")).error().contains(QLatin1String("lowercase")));
    QVERIFY(validateImageReference(QStringLiteral("app:-x")).error().contains(QLatin1String("tag")));
    QVERIFY(validateDevicePath(QStringLiteral("/dev/../x")).error().contains(QLatin1String("/dev/")));
    QVERIFY(validateVolumeGroupName(QStringLiteral("-x")).error().contains(QLatin1String("127")));
}

QTEST_GUILESS_MAIN(TestValidation)
#include "TestValidation.moc"
