// Host-key checking against real sshd processes: unknown, accepted, recorded, changed, other type.

#include "BedFixture.h"

#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>

using namespace Lotsen;
using namespace Lotsen::Test;

class TestHostKeys : public QObject
{
    Q_OBJECT
    BedFixture m_bed;
    QString m_host0Ed25519; // host 0's first ED25519 key, as the fixture's known_hosts records it

    static bool copyFile(const QString& from, const QString& to)
    {
        QFile in(from), out(to);
        return in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
               out.write(in.readAll()) >= 0;
    }

    // Host 0's RSA key files (key, .pub, .fp) copied to or from a directory.
    bool copyRsaKey(const QString& dir, bool save)
    {
        const QStringList keys = m_bed.bed.host(0).hostKeys.filter(QStringLiteral("_rsa_key"));
        if (keys.size() != 1)
            return false;
        for (const QString& suffix : {QString(), QStringLiteral(".pub"), QStringLiteral(".fp")}) {
            const QString there = dir + QStringLiteral("/rsa") + suffix;
            if (!(save ? copyFile(keys.first() + suffix, there) : copyFile(there, keys.first() + suffix)))
                return false;
        }
        return true;
    }

    QString emptyKnownHosts()
    {
        static int n = 0;
        return m_bed.home.filePath(QStringLiteral("kh-%1").arg(++n));
    }

private Q_SLOTS:
    void initTestCase()
    {
        LOTSEN_START_BED(m_bed, 3);
        m_host0Ed25519 = m_bed.bed.host(0).fingerprints.value(0);
    }
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

    void unrecordableKeyNamesTheDefaultFile()
    {
        // The default known_hosts (no file given, as the desktop program runs) cannot be written:
        // ~/.ssh is a plain file. The error names the file, and nothing runs.
        QTemporaryDir otherHome;
        QFile blocker(otherHome.filePath(QStringLiteral(".ssh")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QByteArray savedHome = qgetenv("HOME");
        qputenv("HOME", otherHome.path().toUtf8());
        const auto restoreHome = qScopeGuard([&] { qputenv("HOME", savedHome); });

        SessionOptions options = m_bed.keyOptions();
        options.knownHostsFile.clear();
        options.acceptNewHostKeys = true;
        const QString marker = m_bed.home.filePath(QStringLiteral("unrecorded-ran"));
        HostSession session(m_bed.host(1), options);
        SessionRecorder recorder(&session);
        const quint64 id = session.run(command(QStringLiteral("touch"), {marker}));
        QTRY_VERIFY_WITH_TIMEOUT(recorder.isFinished(id), 20000);
        QCOMPARE(session.state(), SessionState::KeyProblem);
        const QString error = recorder.resultOf(id).error;
        // Lotsen's own words name it, not only libssh's reason after them.
        const QString file = otherHome.filePath(QStringLiteral(".ssh/known_hosts"));
        QVERIFY2(error.startsWith(QStringLiteral("Could not record the host key in %1:").arg(file)),
                 qPrintable(error));
        QVERIFY(!QFileInfo::exists(marker));
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

    // The refusal names the recorded key of the offered key's type, not whichever comes first.
    void changedKeyNamesTheRecordedKeyOfItsType()
    {
        SessionOptions options = m_bed.keyOptions();
        options.knownHostsFile = emptyKnownHosts();
        {
            QFile file(options.knownHostsFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(m_bed.bed.knownHostsLine(0, QStringLiteral("rsa")).toUtf8() + '\n' +
                       m_bed.bed.knownHostsLine(0).toUtf8() + '\n');
        }
        const QString oldKey = m_bed.bed.host(0).fingerprints.value(0);
        const QString rsaKey = m_bed.bed.host(0).fingerprints.value(1);
        QVERIFY(m_bed.bed.host(0).hostKeys.value(1).endsWith(QStringLiteral("_rsa_key")));
        // New keys of both types, then the old RSA key back: only the ED25519 key has changed.
        QTemporaryDir saved;
        QVERIFY(copyRsaKey(saved.path(), true));
        QVERIFY(m_bed.bed.rekey(0, {QStringLiteral("ed25519"), QStringLiteral("rsa")}));
        QVERIFY(copyRsaKey(saved.path(), false));
        QVERIFY(m_bed.bed.restart(0));
        QCOMPARE(m_bed.bed.host(0).fingerprints.value(1), rsaKey);
        const QString newKey = m_bed.bed.host(0).fingerprints.value(0);
        QVERIFY(newKey != oldKey);

        HostSession session(m_bed.host(0), options);
        SessionRecorder recorder(&session);
        recorder.acceptHostKey = true;
        const quint64 id = session.run(command(QStringLiteral("true")));
        QTRY_VERIFY_WITH_TIMEOUT(recorder.isFinished(id), 20000);
        QCOMPARE(session.state(), SessionState::KeyProblem);
        QCOMPARE(recorder.refusedKeys.size(), 1);
        const HostKeyInfo info = recorder.refusedKeys.first();
        QCOMPARE(info.kind, HostKeyInfo::Changed);
        QCOMPARE(info.keyType, QStringLiteral("ED25519"));
        QCOMPARE(info.fingerprint, newKey);
        QCOMPARE(info.oldKeyType, QStringLiteral("ED25519"));
        QCOMPARE(info.oldFingerprint, oldKey);
        QVERIFY2(recorder.refusedHowToFix.contains(QStringLiteral("ED25519 ") + oldKey),
                 qPrintable(recorder.refusedHowToFix));
        QVERIFY2(!recorder.refusedHowToFix.contains(rsaKey), qPrintable(recorder.refusedHowToFix));
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
        QCOMPARE(recorder.refusedKeys.first().oldFingerprint, m_host0Ed25519);
        // Said as what it is, with the key that is recorded.
        QVERIFY2(recorder.refusedHowToFix.contains(QStringLiteral("of another type")),
                 qPrintable(recorder.refusedHowToFix));
        QVERIFY(recorder.refusedHowToFix.contains(QStringLiteral("ED25519 ") + m_host0Ed25519));
        QVERIFY(!QFileInfo::exists(marker));
    }
};

QTEST_GUILESS_MAIN(TestHostKeys)
#include "TestHostKeys.moc"
