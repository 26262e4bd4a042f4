// lotsenctl's contract (DESIGN.md section 7) on the real sshd test bed: output, exit codes 0-5,
// host keys, and that nothing runs when it must not.

#include "BedFixture.h"

#include <QFileInfo>
#include <QProcess>

using namespace Lotsen;
using namespace Lotsen::Test;

class TestLotsenctl : public QObject
{
    Q_OBJECT
    BedFixture m_bed;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run lotsenctl(const QStringList& arguments)
    {
        QProcess process;
        process.setStandardInputFile(QProcess::nullDevice()); // no terminal: nobody to ask
        process.start(qEnvironmentVariable("LOTSENCTL"), arguments);
        if (!process.waitForFinished(60000))
            process.kill();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QString target(int i, const QString& user = QStringLiteral("root")) const
    {
        return QStringLiteral("%1@%2:%3").arg(user, m_bed.bed.host(i).address).arg(m_bed.bed.host(i).port);
    }

    QStringList keyArgs(const QString& knownHosts) const
    {
        return {QStringLiteral("--known-hosts"), knownHosts, QStringLiteral("-i"), m_bed.bed.clientKey()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(qEnvironmentVariable("LOTSENCTL")).isExecutable(),
                 "LOTSENCTL must name the lotsenctl binary");
        LOTSEN_START_BED(m_bed, 3);
        if (!m_bed.bed.isRoot())
            LOTSEN_SKIP_OR_FAIL("needs root: the contract's examples log in as root");
    }

    void acceptNewThenHostileArgumentsPrintedExactly()
    {
        const QString knownHosts = m_bed.home.filePath(QStringLiteral("accept-new"));
        const Run run =
            lotsenctl(keyArgs(knownHosts) +
                      QStringList{QStringLiteral("--accept-new"), QStringLiteral("exec"), target(0),
                                  QStringLiteral("--"), QStringLiteral("printf"), QStringLiteral("%s|"),
                                  QStringLiteral("a b;c"), QStringLiteral("$(id)")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("a b;c|$(id)|"));
        QVERIFY(QFileInfo(knownHosts).size() > 0);
    }

    void exitCodeOfTheCommand()
    {
        const Run run =
            lotsenctl(keyArgs(m_bed.knownHosts) +
                      QStringList{QStringLiteral("exec"), target(0), QStringLiteral("--"),
                                  QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("exit 7")});
        QCOMPARE(run.exitCode, 7);
    }

    void stderrIsPassedThrough()
    {
        const Run run = lotsenctl(keyArgs(m_bed.knownHosts) +
                                  QStringList{QStringLiteral("exec"), target(0), QStringLiteral("--"),
                                              QStringLiteral("sh"), QStringLiteral("-c"),
                                              QStringLiteral("echo out; echo err >&2")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("out\n"));
        QCOMPARE(run.err, QByteArray("err\n"));
    }

    void unknownKeyWithoutTerminalExits3()
    {
        const QString knownHosts = m_bed.home.filePath(QStringLiteral("empty"));
        const QString marker = m_bed.home.filePath(QStringLiteral("unknown-ran"));
        const Run run = lotsenctl(keyArgs(knownHosts) + QStringList{QStringLiteral("exec"), target(1),
                                                                    QStringLiteral("--"),
                                                                    QStringLiteral("touch"), marker});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains(m_bed.bed.host(1).fingerprints.first().toUtf8()));
        QVERIFY(!QFileInfo::exists(marker));
    }

    void changedKeyExits3WithBothFingerprintsAndRunsNothing()
    {
        const QString before = m_bed.bed.host(2).fingerprints.first();
        QVERIFY(m_bed.bed.rekey(2));
        const QString after = m_bed.bed.host(2).fingerprints.first();
        const QString marker = m_bed.home.filePath(QStringLiteral("changed-ran"));
        const Run run =
            lotsenctl(keyArgs(m_bed.knownHosts) +
                      QStringList{QStringLiteral("--accept-new"), QStringLiteral("exec"), target(2),
                                  QStringLiteral("--"), QStringLiteral("touch"), marker});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(before.toUtf8()), run.err.constData());
        QVERIFY(run.err.contains(after.toUtf8()));
        QVERIFY(!QFileInfo::exists(marker));
    }

    void closedPortExits5()
    {
        const Run run = lotsenctl(keyArgs(m_bed.knownHosts) +
                                  QStringList{QStringLiteral("exec"), QStringLiteral("root@127.0.0.1:1"),
                                              QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(run.exitCode, 5);
        QVERIFY(run.err.contains("Connection refused"));
    }

    void wrongUserExits4()
    {
        const Run run = lotsenctl(keyArgs(m_bed.knownHosts) +
                                  QStringList{QStringLiteral("exec"), target(0, QStringLiteral("nobody")),
                                              QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(run.exitCode, 4);
    }

    void invalidInputExits2AndContactsNobody_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("exec without --")
            << QStringList{QStringLiteral("exec"), QStringLiteral("root@127.0.0.1"), QStringLiteral("true")};
        QTest::newRow("hostile host")
            << QStringList{QStringLiteral("exec"), QStringLiteral("root@127.0.0.1;reboot"),
                           QStringLiteral("--"), QStringLiteral("true")};
        QTest::newRow("hostile user")
            << QStringList{QStringLiteral("exec"), QStringLiteral("-oProxyCommand=x@127.0.0.1"),
                           QStringLiteral("--"), QStringLiteral("true")};
        QTest::newRow("bad port") << QStringList{QStringLiteral("exec"),
                                                 QStringLiteral("root@127.0.0.1:99999"), QStringLiteral("--"),
                                                 QStringLiteral("true")};
        QTest::newRow("bad lang") << QStringList{QStringLiteral("--lang"), QStringLiteral("de"),
                                                 QStringLiteral("hosts")};
    }

    void invalidInputExits2AndContactsNobody()
    {
        QFETCH(QStringList, arguments);
        const Run run = lotsenctl(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void hostsAddListRemove()
    {
        const QString hostsFile = m_bed.home.filePath(QStringLiteral("hosts.json"));
        const QStringList base{QStringLiteral("--hosts-file"), hostsFile};
        QCOMPARE(lotsenctl(base + QStringList{QStringLiteral("hosts"), QStringLiteral("add"),
                                              QStringLiteral("web1"), target(0), QStringLiteral("--group"),
                                              QStringLiteral("web")})
                     .exitCode,
                 0);
        const Run list = lotsenctl(base + QStringList{QStringLiteral("hosts")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.startsWith("web1\t"));
        QCOMPARE(QFileInfo(hostsFile).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        // A configured name works as HOST.
        const Run exec =
            lotsenctl(base + keyArgs(m_bed.knownHosts) +
                      QStringList{QStringLiteral("exec"), QStringLiteral("web1"), QStringLiteral("--"),
                                  QStringLiteral("echo"), QStringLiteral("named")});
        QCOMPARE(exec.exitCode, 0);
        QCOMPARE(exec.out, QByteArray("named\n"));
        QCOMPARE(lotsenctl(base + QStringList{QStringLiteral("hosts"), QStringLiteral("remove"),
                                              QStringLiteral("web1")})
                     .exitCode,
                 0);
        QCOMPARE(lotsenctl(base + QStringList{QStringLiteral("hosts")}).out, QByteArray());
    }

    void swedishMessages()
    {
        const Run run = lotsenctl(
            QStringList{QStringLiteral("--lang"), QStringLiteral("sv"), QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("okänt kommando"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestLotsenctl)
#include "TestLotsenctl.moc"
