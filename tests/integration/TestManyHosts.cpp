// Thirty hosts connected at once, each on its own worker thread, each running a command.

#include "BedFixture.h"

#include <QElapsedTimer>

using namespace Lotsen;
using namespace Lotsen::Test;

class TestManyHosts : public QObject
{
    Q_OBJECT
    BedFixture m_bed;
    static constexpr int HostCount = 30;

private Q_SLOTS:
    void initTestCase() { LOTSEN_START_BED(m_bed, HostCount); }
    void cleanupTestCase() { HostSession::waitForWorkers(); }

    void thirtyHostsAtOnce()
    {
        std::vector<std::unique_ptr<HostSession>> sessions;
        std::vector<std::unique_ptr<SessionRecorder>> recorders;
        std::vector<quint64> ids;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < HostCount; ++i) {
            sessions.push_back(std::make_unique<HostSession>(m_bed.host(i), m_bed.keyOptions()));
            recorders.push_back(std::make_unique<SessionRecorder>(sessions.back().get()));
            // Each host answers with its own address, as the remote sshd sees it.
            ids.push_back(sessions.back()->run(command(
                QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("echo ${SSH_CONNECTION##* }")})));
        }
        for (int i = 0; i < HostCount; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(recorders[i]->isFinished(ids[i]), 60000);
            QVERIFY2(recorders[i]->resultOf(ids[i]).ok(), qPrintable(recorders[i]->lastDetail));
            QCOMPARE(recorders[i]->stdoutOf.value(ids[i]).trimmed(),
                     QByteArray::number(m_bed.bed.host(i).port));
            QCOMPARE(sessions[i]->state(), SessionState::Connected);
        }
        qInfo("%d hosts connected, logged in and ran a command in %lld ms", HostCount, clock.elapsed());
        // All stay connected and usable at the same time.
        for (int i = 0; i < HostCount; ++i)
            ids[i] = sessions[i]->run(command(QStringLiteral("true")));
        for (int i = 0; i < HostCount; ++i)
            QTRY_VERIFY_WITH_TIMEOUT(recorders[i]->isFinished(ids[i]), 30000);
    }
};

QTEST_GUILESS_MAIN(TestManyHosts)
#include "TestManyHosts.moc"
