#include "Pipeline.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Lotsen;

class TestPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void empty();
    void singleStageIsTheCommandLine();
    void severalStagesUsePipefail();
    void display();
    void runsThroughSh();
    void failingFirstStageFails();
    void failingLastStageFails();
    void hostileArgumentsSurviveTwoLevelsOfQuoting();

private:
    struct Outcome
    {
        int exitCode = -1;
        QByteArray output;
    };
    static Outcome runSh(const QByteArray& line);
};

void TestPipeline::initTestCase()
{
    if (!QFile::exists(QStringLiteral("/bin/sh")) ||
        QStandardPaths::findExecutable(QStringLiteral("bash")).isEmpty())
        QFAIL("These tests need /bin/sh and bash on this machine.");
}

TestPipeline::Outcome TestPipeline::runSh(const QByteArray& line)
{
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QString::fromUtf8(line)});
    if (!sh.waitForFinished(10000) || sh.exitStatus() != QProcess::NormalExit)
        return {};
    return {sh.exitCode(), sh.readAllStandardOutput()};
}

void TestPipeline::empty()
{
    const Pipeline pipeline;
    QVERIFY(pipeline.isEmpty());
    QCOMPARE(pipeline.toShell(), QByteArray());
    QCOMPARE(pipeline.toDisplay(), QString());
}

void TestPipeline::singleStageIsTheCommandLine()
{
    const CommandLine command(QStringLiteral("docker"),
                              {QStringLiteral("save"), QStringLiteral("debian:12")});
    const Pipeline pipeline{command};
    QCOMPARE(pipeline.toShell(), command.toShell());
    QCOMPARE(pipeline.stages().size(), 1);
}

void TestPipeline::severalStagesUsePipefail()
{
    Pipeline pipeline;
    pipeline.add(CommandLine(QStringLiteral("docker"), {QStringLiteral("save"), QStringLiteral("debian:12")}))
        .add(CommandLine(QStringLiteral("zstd"), {QStringLiteral("-T0")}));
    QCOMPARE(pipeline.toShell(), QByteArray("bash -o pipefail -c 'docker save debian:12 | zstd -T0'"));
}

void TestPipeline::display()
{
    const Pipeline pipeline{CommandLine(QStringLiteral("echo"), {QStringLiteral("a b")}),
                            CommandLine(QStringLiteral("cat"))};
    QCOMPARE(pipeline.toDisplay(), QStringLiteral("echo 'a b' | cat"));
}

void TestPipeline::runsThroughSh()
{
    const Pipeline pipeline{CommandLine(QStringLiteral("printf"), {QStringLiteral("one\ntwo\n")}),
                            CommandLine(QStringLiteral("tr"), {QStringLiteral("a-z"), QStringLiteral("A-Z")}),
                            CommandLine(QStringLiteral("sort"), {QStringLiteral("-r")})};
    const Outcome outcome = runSh(pipeline.toShell());
    QCOMPARE(outcome.exitCode, 0);
    QCOMPARE(outcome.output, QByteArray("TWO\nONE\n"));
}

// Without pipefail `false | cat` exits 0 and a failed `docker save` would look like success.
void TestPipeline::failingFirstStageFails()
{
    const Pipeline pipeline{
        CommandLine(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("exit 7")}),
        CommandLine(QStringLiteral("cat"))};
    QCOMPARE(runSh(pipeline.toShell()).exitCode, 7);
    QCOMPARE(runSh("false | cat").exitCode, 0); // the shell's own behaviour this guards against
}

void TestPipeline::failingLastStageFails()
{
    const Pipeline pipeline{CommandLine(QStringLiteral("echo"), {QStringLiteral("x")}),
                            CommandLine(QStringLiteral("false"))};
    QVERIFY(runSh(pipeline.toShell()).exitCode != 0);
}

void TestPipeline::hostileArgumentsSurviveTwoLevelsOfQuoting()
{
    const QStringList hostile{"it's",    "$(touch /tmp/lotsen-pwned)", "`id`", "a;b", "\"q\"", "\\", "x\ny",
                              "Göteborg"};
    const Pipeline pipeline{CommandLine(QStringLiteral("printf"), QStringList{"%s\\0"} + hostile),
                            CommandLine(QStringLiteral("cat"))};
    QByteArray expected;
    for (const QString& argument : hostile)
        expected += argument.toUtf8() + '\0';
    const Outcome outcome = runSh(pipeline.toShell());
    QCOMPARE(outcome.exitCode, 0);
    QCOMPARE(outcome.output, expected);
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/lotsen-pwned")));
}

QTEST_GUILESS_MAIN(TestPipeline)
#include "TestPipeline.moc"
