// Host-key checking against real sshd processes: unknown, accepted, recorded, changed, other type.

#include "BedFixture.h"

#include <QFileInfo>
#include <QProcess>

using namespace Lotsen;
using namespace Lotsen::Test;

class TestHostKeys : public QObject
{
    Q_OBJECT
    BedFixture m_bed;

    QString emptyKnownHosts()
    {
        static int n = 0;
        return m_bed.home.filePath(QStringLiteral("kh-%1").arg(++n));
    }

private Q_SLOTS:
    void initTestCase() { LOTSEN_START_BED(m_bed, 3); }
    void cleanupTestCase() { HostSession::waitForWorkers(); }

    void unknownKeyIsAskedAcceptedRecordedThenSilent()
    {
        SessionOptions options = m_bed.keyOptions();
        options.knownHostsFile = emptyKnownHosts();
        {
            HostSession session(m_bed.host(1), options);
            SessionRecorder recorder(&session);
            recorder.acceptHostKey = true;
            const quint64 id = session.run(command(QStringLiteral("echo"), {QStringLiteral("hi")}));
            QTRY_VERIFY_WITH_TIMEOUT(recorder.isFinished(id), 20000);
            QCOMPARE(recorder.hostKeyQuestions.size(), 1);
            const HostKeyInfo info = recorder.hostKeyQuestions.first();
            QCOMPARE(info.kind, HostKeyInfo::Unknown);
            QCOMPARE(info.fingerprint, m_bed.bed.host(1).fingerprints.first());
            QCOMPARE(info.keyType, QStringLiteral("ED25519"));
            QCOMPARE(info.host,
                     QStringLiteral("[%1]:%2").arg(m_bed.bed.host(1).address).arg(m_bed.bed.host(1).port));
            QVERIFY(recorder.resultOf(id).ok());
            QCOMPARE(recorder.stdoutOf.value(id), QByteArray("hi\n"));
        }
        // The accepted key is in the file, in a form OpenSSH itself accepts.
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"),
                     {QStringLiteral("-F"),
                      QStringLiteral("[%1]:%2").arg(m_bed.bed.host(1).address).arg(m_bed.bed.host(1).port),
                      QStringLiteral("-f"), options.knownHostsFile});
        QVERIFY(keygen.waitForFinished(10000));
        QCOMPARE(keygen.exitCode(), 0);

        HostSession again(m_bed.host(1), options);
        SessionRecorder recorder(&again);
        const quint64 id = again.run(command(QStringLiteral("true")));
        QTRY_VERIFY_WITH_TIMEOUT(recorder.isFinished(id), 20000);
        QVERIFY(recorder.hostKeyQuestions.isEmpty());
        QVERIFY(recorder.resultOf(id).ok());
    }

    void unknownKeyRejectedRunsNothing()
    {
        SessionOptions options = m_bed.keyOptions();
        options.knownHostsFile = emptyKnownHosts();
        const QString marker = m_bed.home.filePath(QStringLiteral("rejected-ran"));
        HostSession session(m_bed.host(1), options);
        SessionRecorder recorder(&session);
        recorder.acceptHostKey = false;
        const quint64 id = session.run(command(QStringLiteral("touch"), {marker}));
        QTRY_VERIFY_WITH_TIMEOUT(recorder.isFinished(id), 20000);
        QCOMPARE(session.state(), SessionState::KeyProblem);
        QVERIFY(!recorder.resultOf(id).error.isEmpty());
        QVERIFY(!QFileInfo::exists(marker));
        QVERIFY(!QFileInfo::exists(options.knownHostsFile) || QFileInfo(options.knownHostsFile).size() == 0);
    }

    void changedKeyIsRefusedWithBothFingerprints()
    {
        const QString before = m_bed.bed.host(2).fingerprints.first();
        QVERIFY(m_bed.bed.rekey(2));
        const QString after = m_bed.bed.host(2).fingerprints.first();
        QVERIFY(before != after);
        const QString marker = m_bed.home.filePath(QStringLiteral("changed-ran"));
        HostSession session(m_bed.host(2), m_bed.keyOptions());
        SessionRecorder recorder(&session);
        recorder.acceptHostKey = true; // even a careless "yes" must not get through
        const quint64 id = session.run(command(QStringLiteral("touch"), {marker}));
        QTRY_VERIFY_WITH_TIMEOUT(recorder.isFinished(id), 20000);
        QCOMPARE(session.state(), SessionState::KeyProblem);
        QVERIFY(recorder.hostKeyQuestions.isEmpty());
        QCOMPARE(recorder.refusedKeys.size(), 1);
        QCOMPARE(recorder.refusedKeys.first().kind, HostKeyInfo::Changed);
        QCOMPARE(recorder.refusedKeys.first().fingerprint, after);
        QCOMPARE(recorder.refusedKeys.first().oldFingerprint, before);
        QVERIFY(recorder.refusedHowToFix.contains(before));
        QVERIFY(recorder.refusedHowToFix.contains(after));
        QVERIFY(recorder.refusedHowToFix.contains(QStringLiteral("ssh-keygen -R")));
        QVERIFY(!QFileInfo::exists(marker));
    }

    void keyOfAnotherTypeIsRefused()
    {
        // known_hosts has host 0's ED25519 key; the host now offers only a new RSA key.
        QVERIFY(m_bed.bed.rekey(0, {QStringLiteral("rsa")}));
        const QString marker = m_bed.home.filePath(QStringLiteral("other-ran"));
        HostSession session(m_bed.host(0), m_bed.keyOptions());
        SessionRecorder recorder(&session);
        recorder.acceptHostKey = true;
        const quint64 id = session.run(command(QStringLiteral("touch"), {marker}));
        QTRY_VERIFY_WITH_TIMEOUT(recorder.isFinished(id), 20000);
        QCOMPARE(session.state(), SessionState::KeyProblem);
        QCOMPARE(recorder.refusedKeys.size(), 1);
        QCOMPARE(recorder.refusedKeys.first().kind, HostKeyInfo::OtherType);
        QCOMPARE(recorder.refusedKeys.first().keyType, QStringLiteral("RSA"));
        QCOMPARE(recorder.refusedKeys.first().oldKeyType, QStringLiteral("ED25519"));
        QVERIFY(!QFileInfo::exists(marker));
    }
};

QTEST_GUILESS_MAIN(TestHostKeys)
#include "TestHostKeys.moc"
