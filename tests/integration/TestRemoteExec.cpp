// Remote commands on real sshd: exit codes, signals, byte-exact arguments, big simultaneous
// stdout/stderr streams, cancel, timeouts, a dying sshd, many commands at once (also beyond sshd's
// MaxSessions, with cancel), pipefail for typed lines, sudo.

#include "BedFixture.h"

#include "Pipeline.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <csignal>

using namespace Lotsen;
using namespace Lotsen::Test;

namespace {

// A zombie waiting for a slow init to reap it has already ended.
bool processRunning(const QByteArray& pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(QString::fromLatin1(pid)));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype afterName = text.lastIndexOf(')');
    return afterName > 0 && text.mid(afterName + 2, 1) != "Z";
}

// Host 3 of the bed lets a connection hold only this many sessions (sshd's MaxSessions).
constexpr int LimitedHost = 3;
constexpr int LimitedSessions = 4;

} // namespace

class TestRemoteExec : public QObject
{
    Q_OBJECT
    BedFixture m_bed;
    std::unique_ptr<HostSession> m_session;
    std::unique_ptr<SessionRecorder> m_recorder;

    bool setMaxSessions(int host, int sessions)
    {
        QFile file(QStringLiteral("%1/host%2/maxsessions").arg(m_bed.bed.dir()).arg(host));
        if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::number(sessions) + '\n') < 0)
            return false;
        file.close();
        return m_bed.bed.restart(host);
    }

    // `echo $$ > pidfile; exec sleep 300`; the caller waits for the file.
    static CommandRequest sleeper(const QString& pidFile)
    {
        return command(QStringLiteral("sh"),
                       {QStringLiteral("-c"), QStringLiteral("echo $$ > %1; exec sleep 300").arg(pidFile)});
    }

    static QByteArray pidIn(const QString& pidFile)
    {
        QFile file(pidFile);
        return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
    }

    quint64 runAndWait(const CommandRequest& request, int timeoutMs = 30000)
    {
        // Callers check the result, which is empty if the command never finished.
        const quint64 id = m_session->run(request);
        (void)QTest::qWaitFor([&] { return m_recorder->isFinished(id); }, timeoutMs);
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // No SIGPIPE handling here: the library must do it (sigpipeIsIgnoredByTheLibrary).
        LOTSEN_START_BED(m_bed, 4);
        QVERIFY(setMaxSessions(LimitedHost, LimitedSessions));
        m_session = std::make_unique<HostSession>(m_bed.host(0), m_bed.keyOptions());
        m_recorder = std::make_unique<SessionRecorder>(m_session.get());
    }

    // QtTest's crash handler, like the default, would end the program on a write to a dropped peer.
    void sigpipeIsIgnoredByTheLibrary()
    {
        struct sigaction action = {};
        QCOMPARE(sigaction(SIGPIPE, nullptr, &action), 0);
        QVERIFY(!(action.sa_flags & SA_SIGINFO));
        QVERIFY(action.sa_handler == SIG_IGN);
    }

    void cleanupTestCase()
    {
        m_recorder.reset();
        m_session.reset();
        HostSession::waitForWorkers();
    }

    void exitCodes_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("zero") << "exit 0" << 0;
        QTest::newRow("seven") << "exit 7" << 7;
        QTest::newRow("255") << "exit 255" << 255;
        QTest::newRow("not found") << "no-such-command-here" << 127;
    }

    void exitCodes()
    {
        QFETCH(QString, script);
        QFETCH(int, exitCode);
        const quint64 id = runAndWait(command(QStringLiteral("sh"), {QStringLiteral("-c"), script}));
        const CommandResult result = m_recorder->resultOf(id);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY(result.signal.isEmpty());
    }

    void exitSignals_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("signal");
        QTest::newRow("TERM") << "kill -TERM $$"
                              << "TERM";
        QTest::newRow("KILL") << "kill -KILL $$"
                              << "KILL";
        QTest::newRow("SEGV") << "kill -SEGV $$"
                              << "SEGV";
    }

    void exitSignals()
    {
        QFETCH(QString, script);
        QFETCH(QString, signal);
        const quint64 id = runAndWait(command(QStringLiteral("sh"), {QStringLiteral("-c"), script}));
        const CommandResult result = m_recorder->resultOf(id);
        QCOMPARE(result.signal, signal);
        QCOMPARE(result.exitCode, -1);
        QVERIFY(!result.ok());
    }

    void hostileArgumentsArriveByteForByte_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::newRow("quotes") << "it's \"quoted\" 'twice'";
        QTest::newRow("semicolon") << "a; rm -rf /tmp/lotsen-never";
        QTest::newRow("command substitution") << "$(touch /tmp/lotsen-pwned)";
        QTest::newRow("backticks") << "`touch /tmp/lotsen-pwned`";
        QTest::newRow("newlines") << "line one\nline two\n";
        QTest::newRow("non-ASCII") << "värd, avbild, behållare — 日本語 🐳";
        QTest::newRow("globs and vars") << "* ? [a] $HOME ${PATH} ~ !";
        QTest::newRow("leading dash") << "-rf";
        QTest::newRow("backslashes") << "\\\\n \\t \\";
        QTest::newRow("empty") << "";
        QTest::newRow("pipe and redirect") << "| cat > /tmp/lotsen-pwned &";
    }

    void hostileArgumentsArriveByteForByte()
    {
        QFETCH(QString, argument);
        QFile::remove(QStringLiteral("/tmp/lotsen-pwned"));
        const QStringList args{QStringLiteral("%s\\0"), argument, QStringLiteral("second")};
        const quint64 id = runAndWait(command(QStringLiteral("printf"), args));
        QVERIFY(m_recorder->resultOf(id).ok());
        QCOMPARE(m_recorder->stdoutOf.value(id), argument.toUtf8() + '\0' + QByteArray("second") + '\0');
        QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/lotsen-pwned")));
    }

    void bigStdoutWithStderrFloodArrivesWhole()
    {
        // 200 MB of stdout and 50 MB of stderr at the same time; the host prints the checksum of
        // what it sent, so a dropped or reordered block shows.
        m_recorder->keepStdout = false;
        const QString exact =
            QStringLiteral("f=$(mktemp); head -c 209715200 /dev/urandom > $f; "
                           "(yes 'stderr flood line' | head -c 52428800 >&2) & cat $f; wait; "
                           "md5sum < $f | cut -c1-32 >&2; rm -f $f");
        QByteArray received;
        auto connection = connect(m_session.get(), &HostSession::commandOutput, this,
                                  [&](quint64, OutputChannel channel, const QByteArray& data) {
                                      if (channel == OutputChannel::Stdout)
                                          received += data;
                                  });
        const quint64 id = runAndWait(command(QStringLiteral("sh"), {QStringLiteral("-c"), exact}), 180000);
        disconnect(connection);
        m_recorder->keepStdout = true;
        const CommandResult result = m_recorder->resultOf(id);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(m_recorder->stdoutBytes.value(id), qint64(209715200));
        QCOMPARE(received.size(), qsizetype(209715200));
        const QByteArray err = m_recorder->stderrOf.value(id);
        QCOMPARE(err.size(), qsizetype(52428800 + 33));
        const QByteArray sentSum = err.right(33).trimmed();
        QCOMPARE(QCryptographicHash::hash(received, QCryptographicHash::Md5).toHex(), sentSum);
        QVERIFY(err.startsWith("stderr flood line\nstderr flood line\n"));
    }

    void cancelEndsTheRemoteProcess()
    {
        const QString pidFile = m_bed.home.filePath(QStringLiteral("cancel.pid"));
        const quint64 id = m_session->run(
            command(QStringLiteral("sh"),
                    {QStringLiteral("-c"), QStringLiteral("echo $$ > %1; exec sleep 300").arg(pidFile)}));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(pidFile).size() > 0, 20000);
        QFile file(pidFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pid = file.readAll().trimmed();
        QVERIFY(processRunning(pid));
        QElapsedTimer clock;
        clock.start();
        m_session->cancel(id);
        QTRY_VERIFY_WITH_TIMEOUT(m_recorder->isFinished(id), 10000);
        const CommandResult result = m_recorder->resultOf(id);
        QVERIFY(result.cancelled);
        QVERIFY(!result.ok());
        QCOMPARE(result.signal, QStringLiteral("TERM")); // sshd delivered the signal; no KILL was needed
        // The bed's hosts are on this machine, so the remote process can be looked at directly.
        QTRY_VERIFY_WITH_TIMEOUT(!processRunning(pid), 5000);
        qInfo("cancelled after %lld ms", clock.elapsed());
        // The connection stays usable.
        const quint64 next = runAndWait(command(QStringLiteral("true")));
        QVERIFY(m_recorder->resultOf(next).ok());
    }

    void timeoutStopsTheCommand()
    {
        CommandRequest request = command(QStringLiteral("sleep"), {QStringLiteral("300")});
        request.timeoutMs = 1000;
        QElapsedTimer clock;
        clock.start();
        const quint64 id = runAndWait(request, 15000);
        const CommandResult result = m_recorder->resultOf(id);
        QVERIFY(result.timedOut);
        QVERIFY(!result.ok());
        QVERIFY(clock.elapsed() < 10000);
    }

    void pipelineFailureIsNotHidden()
    {
        Pipeline pipeline;
        pipeline.add(
            CommandLine(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("echo data; exit 3")}));
        pipeline.add(CommandLine(QStringLiteral("cat")));
        CommandRequest request;
        request.shellLine = pipeline.toShell();
        const quint64 id = runAndWait(request);
        QCOMPARE(m_recorder->resultOf(id).exitCode, 3);
        QCOMPARE(m_recorder->stdoutOf.value(id), QByteArray("data\n"));
    }

    // The run box's way to run a typed line: a failing early stage is not hidden by the last one.
    void typedLineFailsWhenAnEarlyStageFails()
    {
        CommandRequest request;
        request.shellLine = Pipeline::typedLine(QStringLiteral("false | true"));
        quint64 id = runAndWait(request);
        QVERIFY2(m_recorder->resultOf(id).error.isEmpty(), qPrintable(m_recorder->resultOf(id).error));
        QCOMPARE(m_recorder->resultOf(id).exitCode, 1);
        // What the run box did before: plain sh -c hides it.
        id =
            runAndWait(command(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("false | true")}));
        QCOMPARE(m_recorder->resultOf(id).exitCode, 0);
        request.shellLine =
            Pipeline::typedLine(QStringLiteral("echo \"it's\" | tr a-z A-Z; echo $HOME | wc -l"));
        id = runAndWait(request);
        QVERIFY(m_recorder->resultOf(id).ok());
        QCOMPARE(m_recorder->stdoutOf.value(id), QByteArray("IT'S\n1\n"));
    }

    void stdinDataReachesTheCommand()
    {
        CommandRequest request = command(QStringLiteral("wc"), {QStringLiteral("-c")});
        request.stdinData = QByteArray(3 * 1024 * 1024, 'x');
        const quint64 id = runAndWait(request);
        QVERIFY(m_recorder->resultOf(id).ok());
        QCOMPARE(m_recorder->stdoutOf.value(id).trimmed(), QByteArray("3145728"));
    }

    void manyCommandsAtOnceOnOneHost()
    {
        // More than sshd's default MaxSessions (10): the rest wait for a free channel.
        QList<quint64> ids;
        for (int i = 0; i < 25; ++i)
            ids.append(m_session->run(command(
                QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("sleep 0.2; echo %1").arg(i)})));
        for (int i = 0; i < ids.size(); ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(m_recorder->isFinished(ids[i]), 30000);
            QVERIFY(m_recorder->resultOf(ids[i]).ok());
            QCOMPARE(m_recorder->stdoutOf.value(ids[i]), QByteArray::number(i) + '\n');
        }
    }

    // sshd refuses channels beyond its MaxSessions: the rest wait for one of ours to close.
    void manyCommandsBeyondTheServersMaxSessions()
    {
        HostSession session(m_bed.host(LimitedHost), m_bed.keyOptions()); // 9 channels, the host allows 4
        SessionRecorder recorder(&session);
        QList<quint64> ids;
        for (int i = 0; i < 20; ++i)
            ids.append(session.run(command(
                QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("sleep 0.3; echo %1").arg(i)})));
        for (int i = 0; i < ids.size(); ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(recorder.isFinished(ids[i]), 30000);
            QVERIFY2(recorder.resultOf(ids[i]).ok(), qPrintable(recorder.resultOf(ids[i]).error));
            QCOMPARE(recorder.stdoutOf.value(ids[i]), QByteArray::number(i) + '\n');
        }
        QVERIFY(
            m_bed.bed.sshdLog(LimitedHost).contains(QStringLiteral("no more sessions"))); // the limit was hit
        QCOMPARE(session.state(), SessionState::Connected);
    }

    // Cancel's kill needs a channel too (sshd ignores signal requests for root logins).
    void cancelWithinTheServersMaxSessions()
    {
        HostSession session(m_bed.host(LimitedHost), m_bed.keyOptions());
        SessionRecorder recorder(&session);
        // At the limit before the worker knows it: the kill waits for a short command to end.
        const QString first = m_bed.home.filePath(QStringLiteral("limited-0.pid"));
        const quint64 longId = session.run(sleeper(first));
        QList<quint64> quick;
        for (int i = 0; i < 10; ++i)
            quick.append(session.run(command(
                QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("sleep 0.5; echo %1").arg(i)})));
        QTRY_VERIFY_WITH_TIMEOUT(!pidIn(first).isEmpty(), 20000);
        session.cancel(longId);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.isFinished(longId), 10000);
        QCOMPARE(recorder.resultOf(longId).signal, QStringLiteral("TERM"));
        QTRY_VERIFY_WITH_TIMEOUT(!processRunning(pidIn(first)), 5000);
        for (int i = 0; i < quick.size(); ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(recorder.isFinished(quick[i]), 30000);
            QCOMPARE(recorder.stdoutOf.value(quick[i]), QByteArray::number(i) + '\n');
        }
        // Now it knows: commands leave a channel free, so every kill gets through at once.
        QList<quint64> ids;
        QStringList pidFiles;
        for (int i = 1; i <= LimitedSessions; ++i) {
            pidFiles.append(m_bed.home.filePath(QStringLiteral("limited-%1.pid").arg(i)));
            ids.append(session.run(sleeper(pidFiles.last())));
        }
        for (int i = 0; i < LimitedSessions - 1; ++i)
            QTRY_VERIFY_WITH_TIMEOUT(!pidIn(pidFiles[i]).isEmpty(), 20000);
        QVERIFY(!recorder.isFinished(ids.last()));
        for (quint64 id : ids)
            session.cancel(id);
        for (int i = 0; i < ids.size(); ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(recorder.isFinished(ids[i]), 10000);
            QVERIFY(recorder.resultOf(ids[i]).cancelled);
            if (i < LimitedSessions - 1) {
                QCOMPARE(recorder.resultOf(ids[i]).signal, QStringLiteral("TERM"));
                QTRY_VERIFY_WITH_TIMEOUT(!processRunning(pidIn(pidFiles[i])), 5000);
            }
        }
        QVERIFY(!QFileInfo::exists(pidFiles.last())); // it waited and never ran
        const quint64 next = session.run(command(QStringLiteral("true")));
        QTRY_VERIFY_WITH_TIMEOUT(recorder.isFinished(next), 10000);
        QVERIFY(recorder.resultOf(next).ok());
    }

    // With MaxSessions 0 nothing ever opens: a clear error, not a wait forever.
    void serverRefusingSessionsIsAClearError()
    {
        QVERIFY(setMaxSessions(LimitedHost, 0));
        HostSession session(m_bed.host(LimitedHost), m_bed.keyOptions());
        SessionRecorder recorder(&session);
        const quint64 id = session.run(command(QStringLiteral("true")));
        QTRY_VERIFY_WITH_TIMEOUT(recorder.isFinished(id), 20000);
        const CommandResult result = recorder.resultOf(id);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("refuses to open a session")),
                 qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("MaxSessions")), qPrintable(result.error));
        QVERIFY(setMaxSessions(LimitedHost, LimitedSessions));
    }

    void sshdKilledMidCommandIsAClearErrorWithinSeconds()
    {
        HostSession session(m_bed.host(1), m_bed.keyOptions());
        SessionRecorder recorder(&session);
        const quint64 id = session.run(
            command(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("echo started; sleep 300")}));
        QTRY_VERIFY_WITH_TIMEOUT(recorder.stdoutOf.value(id) == "started\n", 20000);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(m_bed.bed.kill(1));
        QTRY_VERIFY_WITH_TIMEOUT(recorder.isFinished(id), 10000);
        qInfo("the loss was reported %lld ms after sshd died", clock.elapsed());
        const CommandResult result = recorder.resultOf(id);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("lost")), qPrintable(result.error));
        QCOMPARE(session.state(), SessionState::Unreachable);
        QVERIFY(m_bed.bed.restart(1));
    }

    void sudoWithPasswordNeverLeaksIntoStdin()
    {
        LOTSEN_REQUIRE_ROOT();
        HostSession session(m_bed.host(2, m_bed.bed.passwordUser()), m_bed.keyOptions());
        SessionRecorder recorder(&session);
        recorder.answerSecret = [&](const SecretRequest& request) -> std::optional<QByteArray> {
            return request.kind == SecretKind::SudoPassword ? std::optional(m_bed.bed.password().toUtf8())
                                                            : std::nullopt;
        };
        CommandRequest request =
            command(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("id -u; cat")});
        request.sudo = true;
        request.stdinData = "the command's own input\n";
        const quint64 id = session.run(request);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.isFinished(id), 30000);
        QVERIFY2(recorder.resultOf(id).ok(), qPrintable(recorder.resultOf(id).error));
        QCOMPARE(recorder.stdoutOf.value(id), QByteArray("0\nthe command's own input\n"));
        QCOMPARE(recorder.secretRequests.size(), 1);
        QCOMPARE(recorder.secretRequests.first().kind, SecretKind::SudoPassword);
        QVERIFY(!recorder.stderrOf.value(id).contains("lotsen-sudo"));

        // The audit log has the command and its exit code, and never the password.
        QFile audit(m_bed.keyOptions().auditDirectory + QStringLiteral("/host2.jsonl"));
        QVERIFY(audit.open(QIODevice::ReadOnly));
        const QByteArray logged = audit.readAll();
        QVERIFY(logged.contains("id -u; cat"));
        QVERIFY(logged.contains("\"exitCode\":0"));
        QVERIFY(!logged.contains(m_bed.bed.password().toUtf8()));

        // The password is kept in memory: the next sudo command does not ask again.
        const quint64 again = session.run(request);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.isFinished(again), 30000);
        QVERIFY(recorder.resultOf(again).ok());
        QCOMPARE(recorder.secretRequests.size(), 1);
    }

    void sudoWithoutPasswordPromptNeverSendsThePassword()
    {
        LOTSEN_REQUIRE_ROOT();
        // NOPASSWD: sudo never asks, so a known password must not turn up in the command's input.
        HostSession session(m_bed.host(2, m_bed.bed.nopwUser()), m_bed.keyOptions());
        SessionRecorder recorder(&session);
        session.setSudoPassword("secret-that-must-not-leak");
        CommandRequest request = command(QStringLiteral("cat"));
        request.sudo = true;
        request.stdinData = "only this\n";
        const quint64 id = session.run(request);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.isFinished(id), 30000);
        QVERIFY2(recorder.resultOf(id).ok(), qPrintable(recorder.resultOf(id).error));
        QCOMPARE(recorder.stdoutOf.value(id), QByteArray("only this\n"));
        QVERIFY(recorder.secretRequests.isEmpty());
    }

    void sudoWrongPasswordIsAClearError()
    {
        LOTSEN_REQUIRE_ROOT();
        HostSession session(m_bed.host(2, m_bed.bed.passwordUser()), m_bed.keyOptions());
        SessionRecorder recorder(&session);
        recorder.answerSecret = [](const SecretRequest&) -> std::optional<QByteArray> {
            return QByteArray("wrong");
        };
        const QString marker = m_bed.home.filePath(QStringLiteral("sudo-ran"));
        CommandRequest request = command(QStringLiteral("touch"), {marker});
        request.sudo = true;
        const quint64 id = session.run(request);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.isFinished(id), 30000);
        const CommandResult result = recorder.resultOf(id);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("sudo")), qPrintable(result.error));
        QVERIFY(!QFileInfo::exists(marker));
    }
};

QTEST_GUILESS_MAIN(TestRemoteExec)
#include "TestRemoteExec.moc"
