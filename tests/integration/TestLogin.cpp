// Every way of logging in, against real sshd: agent, key file, key with passphrase, password,
// keyboard-interactive (PAM), and the failures: wrong password, wrong key, wrong passphrase.
// ProxyJump through a second bed host, and a jump host that is down or has an unknown key.

#include "BedFixture.h"

#include <QFile>
#include <QProcess>

using namespace Lotsen;
using namespace Lotsen::Test;

class TestLogin : public QObject
{
    Q_OBJECT
    BedFixture m_bed;

    // Runs `id -un` and returns the recorder for checks.
    std::unique_ptr<SessionRecorder> login(HostSession* session, quint64* id)
    {
        auto recorder = std::make_unique<SessionRecorder>(session);
        *id = session->run(command(QStringLiteral("id"), {QStringLiteral("-un")}));
        return recorder;
    }

    SessionOptions noKeyOptions() const
    {
        SessionOptions options = m_bed.keyOptions();
        options.identityFile.clear();
        return options;
    }

    // An ssh_config that names host 0 "bed-jump", as a user would for a bastion.
    QString jumpConfig() const
    {
        const QString config = m_bed.home.filePath(QStringLiteral("jump_config"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QStringLiteral("Host bed-jump\n  HostName %1\n  Port %2\n  User %3\n  IdentityFile %4\n"
                                  "  IdentitiesOnly yes\n")
                       .arg(m_bed.bed.host(0).address)
                       .arg(m_bed.bed.host(0).port)
                       .arg(m_bed.bed.user(), m_bed.bed.clientKey())
                       .toUtf8());
        return config;
    }

    // Host 1, reached through host 0; options as for a key login, with jumpConfig().
    std::unique_ptr<HostSession> throughJump(SessionOptions options = {}) const
    {
        if (options.knownHostsFile.isEmpty())
            options = m_bed.keyOptions();
        options.sshConfigFile = jumpConfig();
        Host target = m_bed.host(1);
        target.proxyJump = QStringLiteral("bed-jump");
        return std::make_unique<HostSession>(target, options);
    }

private Q_SLOTS:
    void initTestCase() { LOTSEN_START_BED(m_bed, 2); }
    void cleanup() { qunsetenv("SSH_AUTH_SOCK"); }
    void cleanupTestCase() { HostSession::waitForWorkers(); }

    void keyFile()
    {
        HostSession session(m_bed.host(0), m_bed.keyOptions());
        quint64 id = 0;
        auto recorder = login(&session, &id);
        QTRY_VERIFY_WITH_TIMEOUT(recorder->isFinished(id), 20000);
        QVERIFY2(recorder->resultOf(id).ok(), qPrintable(recorder->lastDetail));
        QCOMPARE(recorder->stdoutOf.value(id), m_bed.bed.user().toUtf8() + '\n');
        QVERIFY(recorder->secretRequests.isEmpty());
    }

    void agent()
    {
        qputenv("SSH_AUTH_SOCK", m_bed.bed.agentSocket().toUtf8());
        SessionOptions options = noKeyOptions();
        options.useAgent = true;
        HostSession session(m_bed.host(0), options);
        quint64 id = 0;
        auto recorder = login(&session, &id);
        QTRY_VERIFY_WITH_TIMEOUT(recorder->isFinished(id), 20000);
        QVERIFY2(recorder->resultOf(id).ok(), qPrintable(recorder->lastDetail));
        QVERIFY(recorder->secretRequests.isEmpty());
    }

    void agentOffIsNotUsed()
    {
        if (!m_bed.bed.isRoot())
            LOTSEN_SKIP_OR_FAIL("needs root: without the password user every login fails the same way");
        qputenv("SSH_AUTH_SOCK", m_bed.bed.agentSocket().toUtf8());
        SessionOptions options = noKeyOptions();
        options.useAgent = false;
        options.preferredAuthentications = QStringLiteral("publickey");
        HostSession session(m_bed.host(0), options);
        quint64 id = 0;
        auto recorder = login(&session, &id);
        QTRY_VERIFY_WITH_TIMEOUT(recorder->isFinished(id), 20000);
        QCOMPARE(session.state(), SessionState::NeedsLogin);
    }

    void keyWithPassphrase()
    {
        SessionOptions options = noKeyOptions();
        options.identityFile = m_bed.bed.passphraseKey();
        HostSession session(m_bed.host(0), options);
        SessionRecorder recorder(&session);
        int asked = 0;
        recorder.answerSecret = [&](const SecretRequest& request) -> std::optional<QByteArray> {
            if (request.kind != SecretKind::Passphrase)
                return std::nullopt;
            // First a wrong passphrase: it must be asked again, not fail the login.
            return ++asked == 1 ? QByteArray("wrong horse") : m_bed.bed.passphrase().toUtf8();
        };
        const quint64 id = session.run(command(QStringLiteral("true")));
        QTRY_VERIFY_WITH_TIMEOUT(recorder.isFinished(id), 20000);
        QVERIFY2(recorder.resultOf(id).ok(), qPrintable(recorder.lastDetail));
        QCOMPARE(asked, 2);
        QVERIFY(recorder.secretRequests.first().prompt.contains(m_bed.bed.passphraseKey()));
    }

    // A login that waited for a person leaves nothing behind. Each prompt's closure used to hold a
    // shared_ptr to itself, so it was never freed, nor what it held: among others the key's path.
    void passphraseLoginLeavesNothingBehind()
    {
        const QString bedKey = m_bed.bed.passphraseKey();
        QString keyPath(bedKey.constData(), bedKey.size()); // a buffer of its own, shared only with the login
        SessionOptions options = noKeyOptions();
        options.identityFile = keyPath;
        {
            HostSession session(m_bed.host(0), options);
            SessionRecorder recorder(&session);
            int asked = 0;
            recorder.answerSecret = [&](const SecretRequest&) -> std::optional<QByteArray> {
                return ++asked == 1 ? QByteArray("wrong horse") : m_bed.bed.passphrase().toUtf8();
            };
            const quint64 id = session.run(command(QStringLiteral("true")));
            QTRY_VERIFY_WITH_TIMEOUT(recorder.isFinished(id), 20000);
            QVERIFY2(recorder.resultOf(id).ok(), qPrintable(recorder.lastDetail));
            QCOMPARE(asked, 2);
        }
        options = SessionOptions();
        HostSession::waitForWorkers();
        QVERIFY(keyPath.isDetached());
    }

    void wrongKeyIsALoginError()
    {
        // A key the host does not know.
        const QString stranger = m_bed.home.filePath(QStringLiteral("stranger"));
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"),
                     {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                      QStringLiteral("-N"), QString(), QStringLiteral("-f"), stranger});
        QVERIFY(keygen.waitForFinished(10000));
        SessionOptions options = noKeyOptions();
        options.identityFile = stranger;
        options.preferredAuthentications = QStringLiteral("publickey");
        HostSession session(m_bed.host(0), options);
        quint64 id = 0;
        auto recorder = login(&session, &id);
        QTRY_VERIFY_WITH_TIMEOUT(recorder->isFinished(id), 20000);
        QCOMPARE(session.state(), SessionState::NeedsLogin);
        QVERIFY(recorder->lastDetail.contains(stranger));
        QVERIFY(!recorder->resultOf(id).error.isEmpty());
        QVERIFY(!recorder->stdoutOf.contains(id));
    }

    void sshConfigGivesHostNamePortUserAndKey()
    {
        // Only the alias is configured in Lotsen; everything else comes from the ssh_config file.
        const QString config = m_bed.home.filePath(QStringLiteral("ssh_config"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Host bed-alias\n  HostName %1\n  Port %2\n  User %3\n  IdentityFile %4\n")
                       .arg(m_bed.bed.host(0).address)
                       .arg(m_bed.bed.host(0).port)
                       .arg(m_bed.bed.user(), m_bed.bed.clientKey())
                       .toUtf8());
        file.close();
        SessionOptions options = noKeyOptions();
        options.sshConfigFile = config;
        options.preferredAuthentications = QStringLiteral("publickey");
        Host alias;
        alias.name = QStringLiteral("bed-alias");
        HostSession session(alias, options);
        quint64 id = 0;
        auto recorder = login(&session, &id);
        QTRY_VERIFY_WITH_TIMEOUT(recorder->isFinished(id), 20000);
        QVERIFY2(recorder->resultOf(id).ok(), qPrintable(recorder->lastDetail));
        QCOMPARE(recorder->stdoutOf.value(id), m_bed.bed.user().toUtf8() + '\n');
    }

    void password()
    {
        LOTSEN_REQUIRE_ROOT();
        SessionOptions options = noKeyOptions();
        options.preferredAuthentications = QStringLiteral("password");
        HostSession session(m_bed.host(0, m_bed.bed.passwordUser()), options);
        SessionRecorder recorder(&session);
        recorder.answerSecret = [&](const SecretRequest& request) -> std::optional<QByteArray> {
            return request.kind == SecretKind::Password ? std::optional(m_bed.bed.password().toUtf8())
                                                        : std::nullopt;
        };
        const quint64 id = session.run(command(QStringLiteral("id"), {QStringLiteral("-un")}));
        QTRY_VERIFY_WITH_TIMEOUT(recorder.isFinished(id), 20000);
        QVERIFY2(recorder.resultOf(id).ok(), qPrintable(recorder.lastDetail));
        QCOMPARE(recorder.stdoutOf.value(id), m_bed.bed.passwordUser().toUtf8() + '\n');
        QCOMPARE(recorder.secretRequests.size(), 1);
    }

    void keyboardInteractive()
    {
        LOTSEN_REQUIRE_ROOT();
        SessionOptions options = noKeyOptions();
        options.preferredAuthentications = QStringLiteral("keyboard-interactive");
        HostSession session(m_bed.host(0, m_bed.bed.passwordUser()), options);
        SessionRecorder recorder(&session);
        recorder.answerSecret = [&](const SecretRequest& request) -> std::optional<QByteArray> {
            if (request.kind != SecretKind::KeyboardInteractive)
                return std::nullopt;
            return m_bed.bed.password().toUtf8();
        };
        const quint64 id = session.run(command(QStringLiteral("id"), {QStringLiteral("-un")}));
        QTRY_VERIFY_WITH_TIMEOUT(recorder.isFinished(id), 30000);
        QVERIFY2(recorder.resultOf(id).ok(), qPrintable(recorder.lastDetail));
        QCOMPARE(recorder.stdoutOf.value(id), m_bed.bed.passwordUser().toUtf8() + '\n');
        QVERIFY(!recorder.secretRequests.isEmpty());
        QVERIFY(recorder.secretRequests.first().prompt.contains(QStringLiteral("assword")));
        QVERIFY(!recorder.secretRequests.first().echo);
    }

    void wrongPasswordIsALoginError()
    {
        LOTSEN_REQUIRE_ROOT();
        SessionOptions options = noKeyOptions();
        options.preferredAuthentications = QStringLiteral("password");
        HostSession session(m_bed.host(0, m_bed.bed.passwordUser()), options);
        SessionRecorder recorder(&session);
        recorder.answerSecret = [](const SecretRequest&) -> std::optional<QByteArray> {
            return QByteArray("not-the-password");
        };
        const quint64 id = session.run(command(QStringLiteral("true")));
        QTRY_VERIFY_WITH_TIMEOUT(recorder.isFinished(id), 60000);
        QCOMPARE(session.state(), SessionState::NeedsLogin);
        QCOMPARE(recorder.secretRequests.size(), 3); // asked again, then given up
        QVERIFY(recorder.secretRequests.at(1).prompt.contains(QStringLiteral("Wrong password")));
        QVERIFY(!recorder.resultOf(id).ok());
    }

    void proxyJumpThroughAnotherHost()
    {
        auto session = throughJump();
        quint64 id = 0;
        auto recorder = login(session.get(), &id);
        QTRY_VERIFY_WITH_TIMEOUT(recorder->isFinished(id), 20000);
        QVERIFY2(recorder->resultOf(id).ok(), qPrintable(recorder->lastDetail));
        QCOMPARE(recorder->stdoutOf.value(id), m_bed.bed.user().toUtf8() + '\n');
        QVERIFY(recorder->secretRequests.isEmpty());
    }

    void jumpHostWithUnknownKeyRunsNothing()
    {
        // Lotsen knows the target's key but not the jump host's: OpenSSH may not ask, so it refuses.
        const QString knownHosts = m_bed.home.filePath(QStringLiteral("known_hosts_target_only"));
        QFile file(knownHosts);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_bed.bed.knownHostsLine(1).toUtf8() + '\n');
        file.close();
        SessionOptions options = m_bed.keyOptions();
        options.knownHostsFile = knownHosts;
        auto session = throughJump(options);
        quint64 id = 0;
        auto recorder = login(session.get(), &id);
        QTRY_VERIFY_WITH_TIMEOUT(recorder->isFinished(id), 20000);
        QCOMPARE(session->state(), SessionState::Unreachable);
        QVERIFY2(recorder->lastDetail.contains(QStringLiteral("bed-jump")), qPrintable(recorder->lastDetail));
        QVERIFY(!recorder->stdoutOf.contains(id));
        QVERIFY(recorder->hostKeyQuestions.isEmpty());
    }

    void jumpHostDownIsUnreachableThoughTheTargetIsUp()
    {
        QVERIFY(m_bed.bed.kill(0));
        auto session = throughJump();
        quint64 id = 0;
        auto recorder = login(session.get(), &id);
        QTRY_VERIFY_WITH_TIMEOUT(recorder->isFinished(id), 20000);
        QCOMPARE(session->state(), SessionState::Unreachable);
        QVERIFY2(recorder->lastDetail.contains(QStringLiteral("jump host")),
                 qPrintable(recorder->lastDetail));
        QVERIFY(!recorder->stdoutOf.contains(id));

        // Directly, the same target answers: the connection above really went through the jump.
        HostSession direct(m_bed.host(1), m_bed.keyOptions());
        quint64 directId = 0;
        auto directRecorder = login(&direct, &directId);
        QTRY_VERIFY_WITH_TIMEOUT(directRecorder->isFinished(directId), 20000);
        QVERIFY2(directRecorder->resultOf(directId).ok(), qPrintable(directRecorder->lastDetail));
        QVERIFY(m_bed.bed.restart(0));
    }

    void cancelledPasswordPromptIsALoginError()
    {
        LOTSEN_REQUIRE_ROOT();
        SessionOptions options = noKeyOptions();
        options.preferredAuthentications = QStringLiteral("password");
        HostSession session(m_bed.host(0, m_bed.bed.passwordUser()), options);
        SessionRecorder recorder(&session); // no answers: every prompt is cancelled
        const quint64 id = session.run(command(QStringLiteral("true")));
        QTRY_VERIFY_WITH_TIMEOUT(recorder.isFinished(id), 20000);
        QCOMPARE(session.state(), SessionState::NeedsLogin);
        QCOMPARE(recorder.secretRequests.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLogin)
#include "TestLogin.moc"
