#include "AuditLog.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <latch>
#include <thread>
#include <vector>

#include <sys/stat.h>

using namespace Lotsen;

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void redactText_data();
    void redactText();
    void redactBytes();
    void appendWritesJsonLines();
    void filesArePrivate();
    void secretsNeverReachTheFile();
    void outputExcerptKeepsTheEnd();
    void excerptLimitHoldsForInvalidUtf8();
    void excerptDoesNotSplitCharacters();
    void fileNamesStayInTheDirectory_data();
    void fileNamesStayInTheDirectory();
    void unwritableDirectoryIsReported();
    void hostsAppendingAtOnceAllCreateTheFolder();

private:
    static QList<QJsonObject> readLines(const QString& path);
    static int modeOf(const QString& path);
};

void TestAuditLog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(AuditLog::defaultDirectory().endsWith(QLatin1String("/lotsen/audit")));
}

QList<QJsonObject> TestAuditLog::readLines(const QString& path)
{
    QList<QJsonObject> lines;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    const QList<QByteArray> rawLines = file.readAll().split('\n');
    for (const QByteArray& raw : rawLines) {
        if (!raw.isEmpty())
            lines.append(QJsonDocument::fromJson(raw).object());
    }
    return lines;
}

int TestAuditLog::modeOf(const QString& path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 07777);
}

void TestAuditLog::redactText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QByteArray>>("secrets");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << "echo hi" << QList<QByteArray>{} << "echo hi";
    QTest::newRow("one") << "pass=hunter2 ok" << QList<QByteArray>{"hunter2"} << "pass=*** ok";
    QTest::newRow("every occurrence") << "s3 s3 s3" << QList<QByteArray>{"s3"} << "*** *** ***";
    QTest::newRow("empty secret ignored") << "abc" << QList<QByteArray>{""} << "abc";
    QTest::newRow("longer secret first") << "abcdef" << QList<QByteArray>{"abc", "abcdef"} << "***";
    QTest::newRow("non-ASCII secret") << "lösen: hemligt€" << QList<QByteArray>{"hemligt€"} << "lösen: ***";
    QTest::newRow("two secrets") << "a-x-b" << QList<QByteArray>{"a", "b"} << "***-x-***";
}

void TestAuditLog::redactText()
{
    QFETCH(QString, text);
    QFETCH(QList<QByteArray>, secrets);
    QTEST(AuditLog::redact(text, secrets), "expected");
}

void TestAuditLog::redactBytes()
{
    QCOMPARE(AuditLog::redact(QByteArray("[sudo] pw\nhunter2\n"), {"hunter2"}),
             QByteArray("[sudo] pw\n***\n"));
    QCOMPARE(AuditLog::redact(QByteArray("\xff\xfe"
                                         "s\xff"),
                              {QByteArray("s\xff")}),
             QByteArray("\xff\xfe***"));
}

void TestAuditLog::appendWritesJsonLines()
{
    QTemporaryDir dir;
    const AuditLog log(dir.filePath(QStringLiteral("audit")));
    AuditEntry entry;
    entry.time = QDateTime(QDate(2024, 5, 17), QTime(12, 30, 5, 250), Qt::UTC);
    entry.host = QStringLiteral("web1");
    entry.command = QStringLiteral("docker ps -a");
    entry.exitCode = 0;
    entry.durationMs = 1234;
    entry.output = "CONTAINER ID   IMAGE\n";
    QVERIFY(log.append(entry).ok());
    entry.exitCode = 125;
    entry.time = QDateTime();
    QVERIFY(log.append(entry).ok());

    const QList<QJsonObject> lines = readLines(log.filePath(QStringLiteral("web1")));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0].value(QLatin1String("time")).toString(), QStringLiteral("2024-05-17T12:30:05.250Z"));
    QCOMPARE(lines[0].value(QLatin1String("host")).toString(), QStringLiteral("web1"));
    QCOMPARE(lines[0].value(QLatin1String("command")).toString(), QStringLiteral("docker ps -a"));
    QCOMPARE(lines[0].value(QLatin1String("exitCode")).toInt(), 0);
    QCOMPARE(lines[0].value(QLatin1String("durationMs")).toInt(), 1234);
    QCOMPARE(lines[0].value(QLatin1String("output")).toString(), QStringLiteral("CONTAINER ID   IMAGE\n"));
    QCOMPARE(lines[0].value(QLatin1String("outputTruncated")).toBool(), false);
    QCOMPARE(lines[1].value(QLatin1String("exitCode")).toInt(), 125);
    const QDateTime written =
        QDateTime::fromString(lines[1].value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
    QVERIFY(written.isValid());
    QVERIFY(qAbs(written.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QVERIFY(lines[1].value(QLatin1String("time")).toString().endsWith(u'Z'));
}

void TestAuditLog::filesArePrivate()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("data/lotsen/audit"));
    const AuditLog log(folder);
    AuditEntry entry;
    entry.host = QStringLiteral("web1");
    QVERIFY(log.append(entry).ok());
    QCOMPARE(modeOf(log.filePath(QStringLiteral("web1"))), 0600);
    QCOMPARE(modeOf(folder), 0700);
    QCOMPARE(modeOf(dir.filePath(QStringLiteral("data"))), 0700);
}

void TestAuditLog::secretsNeverReachTheFile()
{
    QTemporaryDir dir;
    const AuditLog log(dir.path());
    AuditEntry entry;
    entry.host = QStringLiteral("db");
    entry.command = QStringLiteral("echo hunter2 | sudo -S true");
    entry.output = QByteArray(5000, 'x') + "hunter2" + QByteArray(100, 'y');
    QVERIFY(log.append(entry, {"hunter2"}).ok());
    QFile file(log.filePath(QStringLiteral("db")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(!content.contains("hunter2"));
    QVERIFY(content.contains("echo *** | sudo -S true"));
    QVERIFY(content.contains("x***yyy"));
}

void TestAuditLog::outputExcerptKeepsTheEnd()
{
    AuditEntry entry;
    entry.output = QByteArray(10000, 'a') + "the error at the end";
    const QJsonObject object = AuditLog::toJson(entry, {});
    const QString output = object.value(QLatin1String("output")).toString();
    QCOMPARE(output.toUtf8().size(), AuditLog::maxExcerptBytes);
    QVERIFY(output.endsWith(QLatin1String("the error at the end")));
    QVERIFY(object.value(QLatin1String("outputTruncated")).toBool());
}

void TestAuditLog::excerptLimitHoldsForInvalidUtf8()
{
    AuditEntry entry;
    entry.output = QByteArray(3000, '\xff'); // each byte decodes to U+FFFD, three bytes in UTF-8
    const QString output = AuditLog::toJson(entry, {}).value(QLatin1String("output")).toString();
    QVERIFY(!output.isEmpty());
    QVERIFY(output.toUtf8().size() <= AuditLog::maxExcerptBytes);
}

void TestAuditLog::excerptDoesNotSplitCharacters()
{
    AuditEntry entry;
    entry.output = QString(1500, QChar(0x00e5)).toUtf8(); // "å" = 2 bytes: 3000 bytes in all
    const QString output = AuditLog::toJson(entry, {}).value(QLatin1String("output")).toString();
    QCOMPARE(output, QString(1024, QChar(0x00e5)));
    QVERIFY(!output.contains(QChar(QChar::ReplacementCharacter)));
}

void TestAuditLog::fileNamesStayInTheDirectory_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("plain") << "web1.example.com"
                           << "web1.example.com.jsonl";
    QTest::newRow("traversal") << "../../etc/passwd"
                               << "_._.._etc_passwd.jsonl";
    QTest::newRow("ipv6") << "::1"
                          << "__1.jsonl";
    QTest::newRow("hidden") << ".x"
                            << "_x.jsonl";
    QTest::newRow("empty") << ""
                           << "unknown.jsonl";
    QTest::newRow("non-ASCII") << "kök"
                               << "k_k.jsonl";
}

void TestAuditLog::fileNamesStayInTheDirectory()
{
    QFETCH(QString, host);
    QFETCH(QString, fileName);
    const AuditLog log(QStringLiteral("/var/tmp/audit"));
    const QFileInfo info(log.filePath(host));
    QCOMPARE(info.fileName(), fileName);
    QCOMPARE(info.absolutePath(), QStringLiteral("/var/tmp/audit"));
}

void TestAuditLog::unwritableDirectoryIsReported()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const AuditLog log(dir.filePath(QStringLiteral("file/audit")));
    AuditEntry entry;
    entry.host = QStringLiteral("web1");
    const Result<void> appended = log.append(entry);
    QVERIFY(!appended.ok());
    QVERIFY2(appended.error().contains(dir.filePath(QStringLiteral("file/audit"))),
             qPrintable(appended.error()));
}

// Each host's worker thread writes its own log; the first commands of several hosts arrive at
// once, and each finds the folder missing. Every one of them must still write its line.
void TestAuditLog::hostsAppendingAtOnceAllCreateTheFolder()
{
    constexpr int Hosts = 16;
    constexpr int Rounds = 40;
    int failures = 0;
    for (int round = 0; round < Rounds; ++round) {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("state/lotsen/audit"));
        const AuditLog log(folder);
        std::latch start(Hosts);
        std::vector<Result<void>> results(Hosts, Result<void>{});
        std::vector<std::thread> threads;
        for (int i = 0; i < Hosts; ++i) {
            threads.emplace_back([&, i] {
                AuditEntry entry;
                entry.host = QStringLiteral("host%1").arg(i);
                entry.command = QStringLiteral("echo %1").arg(i);
                start.arrive_and_wait();
                results[i] = log.append(entry);
            });
        }
        for (std::thread& thread : threads)
            thread.join();
        for (int i = 0; i < Hosts; ++i) {
            if (!results[i].ok()) {
                ++failures;
                qWarning("round %d, host %d: %s", round, i, qPrintable(results[i].error()));
            } else if (readLines(log.filePath(QStringLiteral("host%1").arg(i))).size() != 1) {
                ++failures;
            }
        }
        QCOMPARE(modeOf(folder), 0700);
    }
    QCOMPARE(failures, 0);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
