// Connecting: a host that accepts TCP but never speaks SSH times out; a live connection carries
// TCP keepalive, so a peer that vanishes is noticed; a host whose sshd stops answering while its
// kernel still acknowledges is given up, and a quiet command on a live host is not.

#include "BedFixture.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

#include <csignal>

using namespace Lotsen;
using namespace Lotsen::Test;

namespace {

// Established TCP connections as `ss -tnH` lists them, with the extra options and filter.
QString establishedSockets(const QString& options, const QStringList& filter)
{
    QProcess process;
    process.start(QStringLiteral("ss"), QStringList{QStringLiteral("-tnH") + options, QStringLiteral("state"),
                                                    QStringLiteral("established")} +
                                            filter);
    process.waitForFinished(10000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The bed's sshd processes that hold this program's connection to the host.
QList<qint64> sshdServing(const Host& host)
{
    const QString target = QStringLiteral("%1:%2").arg(host.address).arg(host.port);
    // Ours: local address first, then the host's.
    const QStringList ours = establishedSockets(QString(), {QStringLiteral("dst"), target})
                                 .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (ours.size() != 1)
        return {};
    const QString local = ours.first().split(QLatin1Char(' '), Qt::SkipEmptyParts).value(2);
    const QString served = establishedSockets(QStringLiteral("p"),
                                              {QStringLiteral("src"), target, QStringLiteral("dst"), local});
    QList<qint64> pids;
    static const QRegularExpression pid(QStringLiteral("pid=(\\d+)"));
    for (auto it = pid.globalMatch(served); it.hasNext();)
        pids.append(it.next().captured(1).toLongLong());
    return pids;
}

} // namespace

class TestConnect : public QObject
{
    Q_OBJECT
    BedFixture m_bed;
    QList<qint64> m_stopped; // sshd processes a test stopped; continued however it ends

private Q_SLOTS:
    void initTestCase() { LOTSEN_START_BED(m_bed, 1); }
    void cleanup()
    {
        for (qint64 pid : std::as_const(m_stopped))
            ::kill(pid_t(pid), SIGCONT);
        m_stopped.clear();
    }
    void cleanupTestCase() { HostSession::waitForWorkers(); }

    void silentHostTimesOut()
    {
        // Accepts connections and never sends the SSH banner.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress(QStringLiteral("127.0.0.1"))));
        QList<QTcpSocket*> accepted;
        connect(&silent, &QTcpServer::newConnection, this,
                [&] { accepted << silent.nextPendingConnection(); });
        Host host;
        host.name = QStringLiteral("silent");
        host.address = QStringLiteral("127.0.0.1");
        host.port = silent.serverPort();
        host.user = QStringLiteral("root");
        SessionOptions options = m_bed.keyOptions();
        options.connectTimeoutMs = 2000;
        HostSession session(host, options);
        SessionRecorder recorder(&session);
        QElapsedTimer clock;
        clock.start();
        const quint64 id = session.run(command(QStringLiteral("true")));
        QTRY_VERIFY_WITH_TIMEOUT(recorder.isFinished(id), 15000);
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(recorder.reached(SessionState::Unreachable), qPrintable(recorder.lastDetail));
        QVERIFY(!recorder.resultOf(id).ok());
        QVERIFY2(elapsed >= 1500 && elapsed < 10000, qPrintable(QString::number(elapsed)));
        QVERIFY2(!accepted.isEmpty(), "the TCP connection was never made");
        qInfo("a silent host was given up after %lld ms: %s", elapsed, qPrintable(recorder.lastDetail));
    }

    void connectionHasTcpKeepalive()
    {
        const Host host = m_bed.host(0);
        HostSession session(host, m_bed.keyOptions());
        SessionRecorder recorder(&session);
        const quint64 id = session.run(command(QStringLiteral("true")));
        QTRY_VERIFY_WITH_TIMEOUT(recorder.isFinished(id), 15000);
        QVERIFY(recorder.resultOf(id).ok());
        // The kernel's view of this process's socket to the host: a keepalive timer runs on it.
        // While a segment is still unacknowledged, ss shows the retransmit timer ("timer:(on,")
        // instead, so look again until the socket is idle.
        QByteArray sockets;
        const auto socketsToHost = [&] {
            sockets = establishedSockets(
                          QStringLiteral("o"),
                          {QStringLiteral("dst"), QStringLiteral("%1:%2").arg(host.address).arg(host.port)})
                          .toUtf8();
            return sockets;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(
            socketsToHost().contains("timer:(keepalive"),
            sockets.isEmpty() ? "no connection to the host is open" : sockets.constData(), 5000);
    }

    void quietCommandOnALiveHostIsNotGivenUp()
    {
        // Five seconds without a byte from the command, seven times the alive interval: the
        // connection lives on because sshd answers each keepalive before the next is due. At a
        // count of 1 a single unanswered keepalive ends it, so one that was never sent (libssh
        // 0.10 skips one after an answer unless asked twice) would end it too.
        SessionOptions options = m_bed.keyOptions();
        options.aliveIntervalMs = 700;
        options.aliveCountMax = 1;
        HostSession session(m_bed.host(0), options);
        SessionRecorder recorder(&session);
        const quint64 id = session.run(
            command(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("sleep 5; echo awake")}));
        QTRY_VERIFY_WITH_TIMEOUT(recorder.isFinished(id), 20000);
        const CommandResult result = recorder.resultOf(id);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(recorder.stdoutOf.value(id), QByteArray("awake\n"));
        QVERIFY(!recorder.reached(SessionState::Unreachable));
    }

    void hungSshdIsGivenUp()
    {
        const Host host = m_bed.host(0);
        SessionOptions options = m_bed.keyOptions();
        options.aliveIntervalMs = 300;
        options.aliveCountMax = 2;
        HostSession session(host, options);
        SessionRecorder recorder(&session);
        const quint64 id = session.run(command(QStringLiteral("sleep"), {QStringLiteral("60")}));
        QTRY_VERIFY_WITH_TIMEOUT(recorder.reached(SessionState::Connected), 15000);
        QTest::qWait(500);
        // Stop the sshd processes of this connection: the kernel still acknowledges every
        // segment, so TCP keepalive and TCP_USER_TIMEOUT see nothing wrong.
        QTRY_VERIFY_WITH_TIMEOUT(!sshdServing(host).isEmpty(), 5000);
        m_stopped = sshdServing(host);
        for (qint64 pid : std::as_const(m_stopped))
            QCOMPARE(::kill(pid_t(pid), SIGSTOP), 0);
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(recorder.isFinished(id), 15000);
        const qint64 elapsed = clock.elapsed();
        const CommandResult result = recorder.resultOf(id);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("stopped answering")), qPrintable(result.error));
        QVERIFY(recorder.reached(SessionState::Unreachable));
        // Two unanswered questions 300 ms apart, after 300 ms of silence: about a second.
        QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));
        qInfo("a stopped sshd (%lld processes) was given up after %lld ms: %s", qint64(m_stopped.size()),
              elapsed, qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestConnect)
#include "TestConnect.moc"
