// Host-key fingerprints and known_hosts reading, checked against OpenSSH's own ssh-keygen.

#include "KnownHosts.h"
#include "SshKeyBlob.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lotsen;

class TestSshKeys : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static QByteArray run(const QStringList& arguments)
    {
        QProcess process;
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral("ssh-keygen"), arguments);
        process.waitForFinished(30000);
        return process.readAllStandardOutput();
    }

    QString makeKey(const QString& type, const QString& bits)
    {
        const QString path = m_dir.filePath(type + bits);
        QStringList arguments{QStringLiteral("-q"),
                              QStringLiteral("-t"),
                              type,
                              QStringLiteral("-N"),
                              QString(),
                              QStringLiteral("-C"),
                              QStringLiteral("comment"),
                              QStringLiteral("-f"),
                              path};
        if (!bits.isEmpty())
            arguments << QStringLiteral("-b") << bits;
        run(arguments);
        return path + QStringLiteral(".pub");
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("ssh-keygen")).isEmpty())
            QSKIP("ssh-keygen (openssh-client) is not installed");
    }

    void describeMatchesSshKeygen_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("bits");
        QTest::newRow("ed25519") << "ed25519"
                                 << "";
        QTest::newRow("rsa 2048") << "rsa"
                                  << "2048";
        QTest::newRow("rsa 3072") << "rsa"
                                  << "3072";
        QTest::newRow("ecdsa 256") << "ecdsa"
                                   << "256";
        QTest::newRow("ecdsa 384") << "ecdsa"
                                   << "384";
    }

    void describeMatchesSshKeygen()
    {
        QFETCH(QString, type);
        QFETCH(QString, bits);
        const QString pub = makeKey(type, bits);
        QFile file(pub);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray blob = QByteArray::fromBase64(file.readAll().split(' ').at(1));
        // ssh-keygen -l: "256 SHA256:… comment (ED25519)"
        QByteArray expected = run({QStringLiteral("-l"), QStringLiteral("-f"), pub}).trimmed();
        const SshKeyDescription description = describeSshKeyBlob(blob);
        QCOMPARE(description.toString().toUtf8(), expected.replace(" comment ", " "));
    }

    void truncatedBlobDoesNotCrash()
    {
        const SshKeyDescription description = describeSshKeyBlob(QByteArray::fromHex("0000ffff7373"));
        QVERIFY(description.fingerprint.startsWith(QStringLiteral("SHA256:")));
        QCOMPARE(description.bits, 0);
    }

    void hostField()
    {
        QCOMPARE(KnownHosts::hostField(QStringLiteral("example.org"), 22), QStringLiteral("example.org"));
        QCOMPARE(KnownHosts::hostField(QStringLiteral("127.0.0.10"), 2222),
                 QStringLiteral("[127.0.0.10]:2222"));
    }

    void keysForPlainHashedAndNegated()
    {
        const QString pub = makeKey(QStringLiteral("ed25519"), QString());
        QFile file(pub);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> fields = file.readAll().split(' ');
        const QByteArray keyText = fields.at(0) + ' ' + fields.at(1);
        const QByteArray blob = QByteArray::fromBase64(fields.at(1));

        // A file OpenSSH hashes itself.
        const QString hashed = m_dir.filePath(QStringLiteral("known_hosts_hashed"));
        QFile out(hashed);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("[127.0.0.10]:2222 " + keyText + "\n");
        out.close();
        run({QStringLiteral("-H"), QStringLiteral("-f"), hashed});
        QFile in(hashed);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray hashedText = in.readAll();
        QVERIFY(hashedText.startsWith("|1|"));
        QCOMPARE(KnownHosts::keysFor(hashedText, QStringLiteral("[127.0.0.10]:2222")),
                 QList<QByteArray>{blob});
        QVERIFY(KnownHosts::keysFor(hashedText, QStringLiteral("[127.0.0.11]:2222")).isEmpty());

        const QByteArray text = "# comment\n"
                                "\n"
                                "@revoked host1 " +
                                keyText +
                                "\n"
                                "host1,other " +
                                keyText +
                                "\n"
                                "*.example.org,!bad.example.org " +
                                keyText +
                                "\n"
                                "broken-line\n";
        QCOMPARE(KnownHosts::keysFor(text, QStringLiteral("host1")).size(), 1);
        QCOMPARE(KnownHosts::keysFor(text, QStringLiteral("HOST1")).size(), 1);
        QCOMPARE(KnownHosts::keysFor(text, QStringLiteral("web.example.org")).size(), 1);
        QVERIFY(KnownHosts::keysFor(text, QStringLiteral("bad.example.org")).isEmpty());
        QVERIFY(KnownHosts::keysFor(text, QStringLiteral("broken-line")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSshKeys)
#include "TestSshKeys.moc"
