// Connecting: a host that accepts TCP but never speaks SSH times out; a live connection carries
// TCP keepalive, so a peer that vanishes is noticed.

#include "BedFixture.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Lotsen;
using namespace Lotsen::Test;

class TestConnect : public QObject
{
    Q_OBJECT
    BedFixture m_bed;

private Q_SLOTS:
    void initTestCase() { LOTSEN_START_BED(m_bed, 1); }
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
            QProcess ss;
            ss.start(QStringLiteral("ss"),
                     {QStringLiteral("-tnoH"), QStringLiteral("state"), QStringLiteral("established"),
                      QStringLiteral("dst"), QStringLiteral("%1:%2").arg(host.address).arg(host.port)});
            ss.waitForFinished(10000);
            sockets = ss.readAllStandardOutput();
            return sockets;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(
            socketsToHost().contains("timer:(keepalive"),
            sockets.isEmpty() ? "no connection to the host is open" : sockets.constData(), 5000);
    }
};

QTEST_GUILESS_MAIN(TestConnect)
#include "TestConnect.moc"
