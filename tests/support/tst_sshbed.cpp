// Checks the SSH test bed itself with OpenSSH's own client, so other tests can trust it.

#include "SshTestBed.h"
#include "TestEnv.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using Lotsen::Test::SshTestBed;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment,
        const QByteArray& input = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted()) {
        result.err = process.errorString();
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

Run run(const QString& program, const QStringList& arguments)
{
    return run(program, arguments, QProcessEnvironment::systemEnvironment());
}

QSet<QString> fingerprintsOf(const QString& keyLines)
{
    const Run r = run(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), QStringLiteral("-")},
                      QProcessEnvironment::systemEnvironment(), keyLines.toUtf8());
    QSet<QString> result;
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines)
        result.insert(line.section(QLatin1Char(' '), 1, 1));
    return result;
}

bool portAccepts(const QString& address, int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(static_cast<quint16>(port));
    ::inet_pton(AF_INET, address.toLatin1().constData(), &sa.sin_addr);
    const bool ok = ::connect(fd, reinterpret_cast<const sockaddr*>(&sa), sizeof sa) == 0;
    ::close(fd);
    return ok;
}

// Alive and not a zombie: pid 1 on some VMs reaps late.
bool processAlive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(") ");
    return close >= 0 && text.size() > close + 2 && text.at(close + 2) != 'Z' && text.at(close + 2) != 'X';
}

} // namespace

class TestSshBed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bedDescribesItself();
    void opensshLogsIn_data();
    void opensshLogsIn();
    void knownHostsLineIsAccepted();
    void fingerprintsMatchKeyscan();
    void agentHoldsOnlyItsKey();
    void passphraseKeyNeedsPassphrase();
    void passwordUserAndSudo();
    void rekeyChangesFingerprint();
    void rekeyToAnotherKeyType();
    void killAndRestart();
    void stopLeavesNothingRunning();

private:
    QStringList sshArguments(int i, const QString& user) const;
    Run ssh(int i, const QStringList& options, const QString& user, const QString& command,
            const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment()) const;
    Run sshWithAskpass(int i, const QStringList& options, const QString& user, const QString& answer) const;
    QSet<QString> keyscan(int i) const;

    SshTestBed m_bed;
    QTemporaryDir m_scratch;
};

QStringList TestSshBed::sshArguments(int i, const QString& user) const
{
    const Lotsen::Test::BedHost h = m_bed.host(i);
    return {QStringLiteral("-F"),
            QStringLiteral("/dev/null"),
            QStringLiteral("-o"),
            QStringLiteral("ConnectTimeout=10"),
            QStringLiteral("-o"),
            QStringLiteral("LogLevel=ERROR"),
            QStringLiteral("-p"),
            QString::number(h.port),
            QStringLiteral("%1@%2").arg(user, h.address)};
}

Run TestSshBed::ssh(int i, const QStringList& options, const QString& user, const QString& command,
                    const QProcessEnvironment& environment) const
{
    return run(QStringLiteral("ssh"), options + sshArguments(i, user) + QStringList{command}, environment);
}

// Password and passphrase prompts answered by SSH_ASKPASS, as OpenSSH has no other non-tty way.
Run TestSshBed::sshWithAskpass(int i, const QStringList& options, const QString& user,
                               const QString& answer) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SSH_ASKPASS"), m_scratch.filePath(QStringLiteral("askpass.sh")));
    environment.insert(QStringLiteral("SSH_ASKPASS_REQUIRE"), QStringLiteral("force"));
    environment.insert(QStringLiteral("LOTSEN_ASKPASS_ANSWER"), answer);
    const QStringList common = {QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=/dev/null"),
                                QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=no"),
                                QStringLiteral("-o"), QStringLiteral("IdentityAgent=none"),
                                QStringLiteral("-o"), QStringLiteral("NumberOfPasswordPrompts=1")};
    return ssh(i, common + options, user, QStringLiteral("echo ok"), environment);
}

QSet<QString> TestSshBed::keyscan(int i) const
{
    const Lotsen::Test::BedHost h = m_bed.host(i);
    const Run r = run(QStringLiteral("ssh-keyscan"),
                      {QStringLiteral("-p"), QString::number(h.port), QStringLiteral("-t"),
                       QStringLiteral("ed25519,rsa,ecdsa"), h.address});
    return fingerprintsOf(r.out);
}

void TestSshBed::initTestCase()
{
    LOTSEN_REQUIRE_SSHD();
    for (const char* tool : {"ssh", "ssh-keyscan"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            LOTSEN_SKIP_OR_FAIL(
                QStringLiteral("%1 (openssh-client) is missing").arg(QString::fromLatin1(tool)));
    }
    QVERIFY(m_scratch.isValid());
    QFile askpass(m_scratch.filePath(QStringLiteral("askpass.sh")));
    QVERIFY(askpass.open(QIODevice::WriteOnly));
    askpass.write("#!/bin/sh\nprintf '%s\\n' \"$LOTSEN_ASKPASS_ANSWER\"\n");
    askpass.close();
    askpass.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    QString error;
    QVERIFY2(m_bed.start(3, &error), qPrintable(error));
}

void TestSshBed::bedDescribesItself()
{
    const QList<Lotsen::Test::BedHost> hosts = m_bed.hosts();
    QCOMPARE(hosts.size(), 3);
    QSet<int> ports;
    for (int i = 0; i < hosts.size(); ++i) {
        const Lotsen::Test::BedHost& h = hosts.at(i);
        QCOMPARE(h.name, QStringLiteral("host%1").arg(i));
        QCOMPARE(h.address, QStringLiteral("127.0.0.%1").arg(10 + i));
        QVERIFY(h.port > 1024);
        ports.insert(h.port);
        QVERIFY(h.pid > 0);
        QVERIFY(processAlive(h.pid));
        QVERIFY(!h.hostKeys.isEmpty());
        QVERIFY(h.hostKeys.first().endsWith(QLatin1String("ssh_host_ed25519_key")));
        QCOMPARE(h.fingerprints.size(), h.hostKeys.size());
        for (const QString& fingerprint : h.fingerprints)
            QVERIFY2(fingerprint.startsWith(QLatin1String("SHA256:")), qPrintable(fingerprint));
    }
    QCOMPARE(ports.size(), 3);
    QCOMPARE(hosts.at(0).hostKeys.size(), 2); // host0 has an RSA key as well
    QCOMPARE(m_bed.isRoot(), ::geteuid() == 0);
    QCOMPARE(m_bed.passphrase(), QStringLiteral("correct horse"));
    for (const QString& key : {m_bed.clientKey(), m_bed.passphraseKey(), m_bed.agentKey()})
        QVERIFY2(QFile::exists(key) && QFile::exists(key + QStringLiteral(".pub")), qPrintable(key));
    QVERIFY(QFile::exists(m_bed.agentSocket()));
    QVERIFY(!m_bed.user().isEmpty());
}

void TestSshBed::opensshLogsIn_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < 3; ++i)
        QTest::addRow("host%d", i) << i;
}

void TestSshBed::opensshLogsIn()
{
    QFETCH(int, index);
    const QString knownHosts = m_scratch.filePath(QStringLiteral("known_hosts_accept_new"));
    const Run r =
        ssh(index,
            {QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
             QStringLiteral("IdentitiesOnly=yes"), QStringLiteral("-o"), QStringLiteral("IdentityAgent=none"),
             QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + knownHosts, QStringLiteral("-o"),
             QStringLiteral("StrictHostKeyChecking=accept-new"), QStringLiteral("-i"), m_bed.clientKey()},
            m_bed.user(), QStringLiteral("echo ok"));
    QVERIFY2(r.code == 0, qPrintable(r.err + m_bed.sshdLog(index)));
    QCOMPARE(r.out, QStringLiteral("ok\n"));

    QFile file(knownHosts);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString recorded = QString::fromUtf8(file.readAll());
    QVERIFY2(recorded.contains(m_bed.knownHostsLine(index)), qPrintable(recorded));
}

void TestSshBed::knownHostsLineIsAccepted()
{
    const QString knownHosts = m_scratch.filePath(QStringLiteral("known_hosts_strict"));
    QFile file(knownHosts);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < 3; ++i)
        file.write((m_bed.knownHostsLine(i) + QLatin1Char('\n')).toUtf8());
    file.close();
    for (int i = 0; i < 3; ++i) {
        const Run r =
            ssh(i,
                {QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
                 QStringLiteral("IdentityAgent=none"), QStringLiteral("-o"),
                 QStringLiteral("UserKnownHostsFile=") + knownHosts, QStringLiteral("-o"),
                 QStringLiteral("StrictHostKeyChecking=yes"), QStringLiteral("-i"), m_bed.clientKey()},
                m_bed.user(), QStringLiteral("echo ok"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
}

void TestSshBed::fingerprintsMatchKeyscan()
{
    for (int i = 0; i < 3; ++i) {
        const QStringList expected = m_bed.host(i).fingerprints;
        QCOMPARE(keyscan(i), QSet<QString>(expected.begin(), expected.end()));
    }
}

void TestSshBed::agentHoldsOnlyItsKey()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SSH_AUTH_SOCK"), m_bed.agentSocket());
    const Run list = run(QStringLiteral("ssh-add"), {QStringLiteral("-l")}, environment);
    QCOMPARE(list.code, 0);
    QCOMPARE(list.out.trimmed().count(QLatin1Char('\n')), 0); // exactly one key
    const Run agentKey =
        run(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), m_bed.agentKey() + QStringLiteral(".pub")});
    QCOMPARE(list.out.section(QLatin1Char(' '), 1, 1), agentKey.out.section(QLatin1Char(' '), 1, 1));

    const Run login = ssh(0,
                          {QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
                           QStringLiteral("UserKnownHostsFile=/dev/null"), QStringLiteral("-o"),
                           QStringLiteral("StrictHostKeyChecking=no"), QStringLiteral("-o"),
                           QStringLiteral("IdentityAgent=") + m_bed.agentSocket()},
                          m_bed.user(), QStringLiteral("echo ok"));
    QVERIFY2(login.code == 0, qPrintable(login.err));
}

void TestSshBed::passphraseKeyNeedsPassphrase()
{
    const QStringList key = {QStringLiteral("-o"), QStringLiteral("IdentitiesOnly=yes"),
                             QStringLiteral("-o"), QStringLiteral("PreferredAuthentications=publickey"),
                             QStringLiteral("-i"), m_bed.passphraseKey()};
    const Run good = sshWithAskpass(1, key, m_bed.user(), m_bed.passphrase());
    QVERIFY2(good.code == 0, qPrintable(good.err));
    QCOMPARE(good.out, QStringLiteral("ok\n"));
    const Run bad = sshWithAskpass(1, key, m_bed.user(), QStringLiteral("wrong horse"));
    QCOMPARE(bad.code, 255);
}

void TestSshBed::passwordUserAndSudo()
{
    if (!m_bed.isRoot())
        LOTSEN_SKIP_OR_FAIL("the bed runs without root: no password users");
    for (const char* method : {"password", "keyboard-interactive"}) {
        const QStringList options = {
            QStringLiteral("-o"), QStringLiteral("PubkeyAuthentication=no"), QStringLiteral("-o"),
            QStringLiteral("PreferredAuthentications=") + QString::fromLatin1(method)};
        const Run r = sshWithAskpass(0, options, m_bed.passwordUser(), m_bed.password());
        QVERIFY2(r.code == 0, qPrintable(QString::fromLatin1(method) + QLatin1Char(' ') + r.err));
        QCOMPARE(r.out, QStringLiteral("ok\n"));
    }

    const QStringList key = {QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                             QStringLiteral("-o"), QStringLiteral("IdentitiesOnly=yes"),
                             QStringLiteral("-o"), QStringLiteral("IdentityAgent=none"),
                             QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=/dev/null"),
                             QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=no"),
                             QStringLiteral("-i"), m_bed.clientKey()};
    const Run shell = ssh(0, key, m_bed.passwordUser(), QStringLiteral("echo $SHELL"));
    QCOMPARE(shell.out, QStringLiteral("/bin/bash\n"));
    const Run needsPassword = ssh(0, key, m_bed.passwordUser(), QStringLiteral("sudo -n true"));
    QVERIFY(needsPassword.code != 0);
    const Run withPassword = ssh(0, key, m_bed.passwordUser(),
                                 QStringLiteral("echo '%1' | sudo -S -p '' whoami").arg(m_bed.password()));
    QVERIFY2(withPassword.code == 0, qPrintable(withPassword.err));
    QCOMPARE(withPassword.out, QStringLiteral("root\n"));
    const Run nopw = ssh(0, key, m_bed.nopwUser(), QStringLiteral("sudo -n whoami"));
    QVERIFY2(nopw.code == 0, qPrintable(nopw.err));
    QCOMPARE(nopw.out, QStringLiteral("root\n"));
}

void TestSshBed::rekeyChangesFingerprint()
{
    const QString oldLine = m_bed.knownHostsLine(1);
    const QString oldFingerprint = m_bed.host(1).fingerprints.value(0);
    QVERIFY2(m_bed.rekey(1), qPrintable(m_bed.lastError()));
    const QString newFingerprint = m_bed.host(1).fingerprints.value(0);
    QVERIFY(newFingerprint.startsWith(QLatin1String("SHA256:")));
    QVERIFY(newFingerprint != oldFingerprint);
    QCOMPARE(keyscan(1), QSet<QString>{newFingerprint});

    const QString knownHosts = m_scratch.filePath(QStringLiteral("known_hosts_old"));
    QFile file(knownHosts);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write((oldLine + QLatin1Char('\n')).toUtf8());
    file.close();
    const Run r = ssh(1,
                      {QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
                       QStringLiteral("IdentityAgent=none"), QStringLiteral("-o"),
                       QStringLiteral("UserKnownHostsFile=") + knownHosts, QStringLiteral("-o"),
                       QStringLiteral("StrictHostKeyChecking=yes"), QStringLiteral("-o"),
                       QStringLiteral("LogLevel=INFO"), QStringLiteral("-i"), m_bed.clientKey()},
                      m_bed.user(), QStringLiteral("echo ok"));
    QCOMPARE(r.code, 255);
    QVERIFY2(r.err.contains(QLatin1String("REMOTE HOST IDENTIFICATION HAS CHANGED")), qPrintable(r.err));
}

void TestSshBed::rekeyToAnotherKeyType()
{
    QVERIFY2(m_bed.rekey(2, {QStringLiteral("rsa")}), qPrintable(m_bed.lastError()));
    QCOMPARE(m_bed.host(2).hostKeys.size(), 1);
    QVERIFY(m_bed.knownHostsLine(2).isEmpty());
    const QString line = m_bed.knownHostsLine(2, QStringLiteral("rsa"));
    QVERIFY2(line.startsWith(QStringLiteral("[127.0.0.12]:%1 ssh-rsa AAAA").arg(m_bed.host(2).port)),
             qPrintable(line));
    const QStringList expected = m_bed.host(2).fingerprints;
    QCOMPARE(keyscan(2), QSet<QString>(expected.begin(), expected.end()));
}

void TestSshBed::killAndRestart()
{
    const Lotsen::Test::BedHost before = m_bed.host(2);
    QVERIFY(portAccepts(before.address, before.port));
    QVERIFY2(m_bed.kill(2), qPrintable(m_bed.lastError()));
    QCOMPARE(m_bed.host(2).pid, 0);
    QVERIFY(!processAlive(before.pid));
    QVERIFY(!portAccepts(before.address, before.port));

    QVERIFY2(m_bed.restart(2), qPrintable(m_bed.lastError()));
    QVERIFY(m_bed.host(2).pid > 0);
    QCOMPARE(m_bed.host(2).fingerprints, before.fingerprints); // same keys after a restart
    const Run r = ssh(2,
                      {QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
                       QStringLiteral("IdentityAgent=none"), QStringLiteral("-o"),
                       QStringLiteral("UserKnownHostsFile=/dev/null"), QStringLiteral("-o"),
                       QStringLiteral("StrictHostKeyChecking=no"), QStringLiteral("-i"), m_bed.clientKey()},
                      m_bed.user(), QStringLiteral("echo ok"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestSshBed::stopLeavesNothingRunning()
{
    const QString dir = m_bed.dir();
    const QList<Lotsen::Test::BedHost> hosts = m_bed.hosts();
    QFile agentPidFile(dir + QStringLiteral("/agent.pid"));
    QVERIFY(agentPidFile.open(QIODevice::ReadOnly));
    const qint64 agentPid = agentPidFile.readAll().trimmed().toLongLong();
    QVERIFY(processAlive(agentPid));

    m_bed.stop();
    QVERIFY(!m_bed.isRunning());
    QVERIFY(!processAlive(agentPid));
    for (const Lotsen::Test::BedHost& h : hosts) {
        QVERIFY2(!processAlive(h.pid), qPrintable(h.name));
        QVERIFY2(!portAccepts(h.address, h.port), qPrintable(h.name));
    }
    // Nothing else (sessions, the watchdog) mentions the bed's directory any more.
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList({QStringLiteral("[0-9]*")}, QDir::Dirs);
    for (const QString& pid : pids) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = cmdline.readAll();
        if (text.contains(dir.toUtf8()) && processAlive(pid.toLongLong()))
            QFAIL(qPrintable(QStringLiteral("pid %1 still runs: %2").arg(pid, QString::fromUtf8(text))));
    }
}

QTEST_GUILESS_MAIN(TestSshBed)
#include "tst_sshbed.moc"
