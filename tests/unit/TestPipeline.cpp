#include "Pipeline.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
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
    void typedLineRunsUnderPipefail();
    void typedLineFailsWhenAnEarlyStageFails();
    void typedLineRunsAsTyped();
    void withoutBashShUsesPipefail();
    void withoutBashAShWithoutPipefailStillRuns();

private:
    struct Outcome
    {
        int exitCode = -1;
        QByteArray output;
    };
    static Outcome runSh(const QByteArray& line, const QString& path = {});
    // A PATH with no bash in it whose sh is `shell`, for hosts without bash.
    static QString pathWithoutBash(const QTemporaryDir& dir, const QString& shell);
};

void TestPipeline::initTestCase()
{
    if (!QFile::exists(QStringLiteral("/bin/sh")) ||
        QStandardPaths::findExecutable(QStringLiteral("bash")).isEmpty())
        QFAIL("These tests need /bin/sh and bash on this machine.");
}

TestPipeline::Outcome TestPipeline::runSh(const QByteArray& line, const QString& path)
{
    QProcess sh;
    if (!path.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), path);
        sh.setProcessEnvironment(env);
    }
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
    QCOMPARE(pipeline.toShell(),
             QByteArray("if command -v bash >/dev/null 2>&1; then bash -o pipefail -c "
                        "'docker save debian:12 | zstd -T0'; else sh -c '(set -o pipefail) "
                        "2>/dev/null && set -o pipefail; docker save debian:12 | zstd -T0'; fi"));
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

QString TestPipeline::pathWithoutBash(const QTemporaryDir& dir, const QString& shell)
{
    const QString sh = dir.filePath(QStringLiteral("sh"));
    if (!QFile::link(shell, sh))
        return {};
    for (const char* tool : {"printf", "cat", "tr"})
        QFile::link(QStandardPaths::findExecutable(QLatin1String(tool)), dir.filePath(QLatin1String(tool)));
    return dir.path();
}

// The run box's line: the typed text, quoted once, under the same pipefail as pipelines.
void TestPipeline::typedLineRunsUnderPipefail()
{
    QCOMPARE(Pipeline::typedLine(QStringLiteral("false | true")),
             QByteArray("if command -v bash >/dev/null 2>&1; then bash -o pipefail -c 'false | true'; "
                        "else sh -c '(set -o pipefail) 2>/dev/null && set -o pipefail; false | true'; fi"));
    QCOMPARE(Pipeline::withPipefail("a | b"), Pipeline::typedLine(QStringLiteral("a | b")));
}

void TestPipeline::typedLineFailsWhenAnEarlyStageFails()
{
    QVERIFY(runSh(Pipeline::typedLine(QStringLiteral("false | true"))).exitCode != 0);
    QCOMPARE(runSh(Pipeline::typedLine(QStringLiteral("(exit 5) | cat"))).exitCode, 5);
    QCOMPARE(runSh(Pipeline::typedLine(QStringLiteral("true | true"))).exitCode, 0);
}

void TestPipeline::typedLineRunsAsTyped()
{
    const Outcome outcome =
        runSh(Pipeline::typedLine(QStringLiteral("printf '%s\\n' \"it's\" b | tr a-z A-Z; echo $((1+2))")));
    QCOMPARE(outcome.exitCode, 0);
    QCOMPARE(outcome.output, QByteArray("IT'S\nB\n3\n"));
}

void TestPipeline::withoutBashShUsesPipefail()
{
    const QString busybox = QStandardPaths::findExecutable(QStringLiteral("busybox"));
    if (busybox.isEmpty())
        QSKIP("needs busybox for an sh that knows pipefail");
    QTemporaryDir dir;
    const QString path = pathWithoutBash(dir, busybox);
    QVERIFY(!path.isEmpty());
    QCOMPARE(runSh("command -v bash || echo none", path).output, QByteArray("none\n"));
    QVERIFY(runSh(Pipeline::typedLine(QStringLiteral("false | true")), path).exitCode != 0);
    const Outcome outcome = runSh(Pipeline::typedLine(QStringLiteral("printf 'x\ny\n' | tr a-z A-Z")), path);
    QCOMPARE(outcome.exitCode, 0);
    QCOMPARE(outcome.output, QByteArray("X\nY\n"));
}

// dash has no pipefail; `set -o pipefail` alone would end it before the line ran.
void TestPipeline::withoutBashAShWithoutPipefailStillRuns()
{
    const QString dash = QStandardPaths::findExecutable(QStringLiteral("dash"));
    if (dash.isEmpty())
        QSKIP("needs dash");
    QTemporaryDir dir;
    const QString path = pathWithoutBash(dir, dash);
    QVERIFY(!path.isEmpty());
    const Outcome outcome = runSh(Pipeline::typedLine(QStringLiteral("printf 'x\n' | cat; exit 4")), path);
    QCOMPARE(outcome.exitCode, 4);
    QCOMPARE(outcome.output, QByteArray("x\n"));
}

QTEST_GUILESS_MAIN(TestPipeline)
#include "TestPipeline.moc"
