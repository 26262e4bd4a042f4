#include "FactsParser.h"
#include "FactsSections.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Lotsen;

class TestFactsParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problems_data();
    void problems();
    void wholeHost();
    void dockerRoot();
    void emptyOutput();
    void splitEndMarker_data();
    void splitEndMarker();
    void scriptRefusesEmptyJsonRows();
    void scriptPrefersPidfileDaemon();
};

static QByteArray fixture(const QString& name)
{
    QFile file(QFINDTESTDATA(QStringLiteral("fixtures/facts/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture %s not found", qPrintable(name));
    return file.readAll();
}

// The Docker sections' problems belong to DockerFactsParser and are tested there.
static QStringList ownProblems(const QStringList& problems)
{
    QStringList own;
    for (const QString& problem : problems) {
        if (!problem.startsWith(QLatin1String("docker")) && !problem.startsWith(QLatin1String("Docker")) &&
            !problem.startsWith(QLatin1String("daemon")) &&
            !problem.startsWith(QLatin1String("sysconfig-docker")))
            own.append(problem);
    }
    return own;
}

void TestFactsParser::problems_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("centos6") << "centos6-default1.txt" << QStringList();
    QTest::newRow("centos6 kernel-ml") << "centos6-default0.txt" << QStringList();
    QTest::newRow("centos7") << "centos7.txt" << QStringList();
    QTest::newRow("el9") << "el9.txt" << QStringList();
    QTest::newRow("debian12") << "debian12.txt" << QStringList{"pvs: permission denied"};
    QTest::newRow("ubuntu2204") << "ubuntu2204.txt" << QStringList();
    QTest::newRow("ubuntu2404") << "ubuntu2404.txt" << QStringList();
    QTest::newRow("debian12-real") << "debian12-real.txt" << QStringList();
    QTest::newRow("truncated") << "broken-truncated.txt" << QStringList{"lvs: output cut short"};
    QTest::newRow("lvs denied") << "broken-lvs-denied.txt" << QStringList{"lvs: permission denied"};
    QTest::newRow("lsblk missing") << "broken-lsblk-missing.txt" << QStringList();
    QTest::newRow("empty") << "broken-empty.txt" << QStringList();
    QTest::newRow("garbage") << "broken-garbage-json.txt"
                             << QStringList{"grub-legacy: permission denied", "lsblk: unreadable output",
                                            "pvs: unreadable output"};
}

void TestFactsParser::problems()
{
    QFETCH(QString, file);
    const HostFacts facts = FactsParser::parse(fixture(file));
    QTEST(ownProblems(facts.problems), "expected");
}

void TestFactsParser::wholeHost()
{
    const HostFacts facts = FactsParser::parse(fixture(QStringLiteral("centos6-default1.txt")));
    QCOMPARE(facts.os.id, QStringLiteral("centos"));
    QCOMPARE(facts.os.version, QStringLiteral("6.7"));
    QCOMPARE(facts.kernel.running, QStringLiteral("2.6.32-573.22.1.el6.x86_64"));
    QVERIFY(facts.kernel.tooOldForDocker);
    QCOMPARE(facts.kernel.bootloader, QStringLiteral("grub-legacy"));
    QCOMPARE(facts.disks.devices.size(), 3);
    QCOMPARE(facts.disks.lvs.size(), 2);
    QVERIFY(!facts.docker.installed);
}

void TestFactsParser::dockerRoot()
{
    const HostFacts facts = FactsParser::parse(fixture(QStringLiteral("centos7.txt")));
    QCOMPARE(facts.disks.dockerRootSource, QStringLiteral("/dev/mapper/centos-root"));
    QCOMPARE(facts.disks.dockerRootFsType, QStringLiteral("xfs"));
    QCOMPARE(facts.disks.dockerRootMount, QStringLiteral("/"));
    QCOMPARE(facts.disks.dockerRootSize, qint64(37558423552));
    QCOMPARE(facts.disks.dockerRootUsed, qint64(6441639936));
}

void TestFactsParser::emptyOutput()
{
    const HostFacts facts = FactsParser::parse(QByteArray());
    QVERIFY(facts.os.id.isEmpty());
    QVERIFY(facts.kernel.installed.isEmpty());
    QVERIFY(facts.disks.devices.isEmpty());
    QCOMPARE(facts.disks.dockerRootSize, qint64(-1));
}

// An end marker is complete only with its exit code and the newline after it: output cut inside
// "@@lotsen@@ end lvs 127" must not pass for a finished section with exit code 0 (or 1).
void TestFactsParser::splitEndMarker_data()
{
    QTest::addColumn<QByteArray>("tail");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("out");

    QTest::newRow("whole") << QByteArray("@@lotsen@@ end lvs 5\n") << true << 5 << QByteArray("x\n");
    QTest::newRow("whole, last line without newline of its own")
        << QByteArray("@@lotsen@@ end lvs 0\n\n") << true << 0 << QByteArray("x\n");
    QTest::newRow("no exit code") << QByteArray("@@lotsen@@ end lvs") << false << -1 << QByteArray("x\n\n");
    QTest::newRow("no exit code, space")
        << QByteArray("@@lotsen@@ end lvs ") << false << -1 << QByteArray("x\n\n");
    QTest::newRow("exit code cut short")
        << QByteArray("@@lotsen@@ end lvs 12") << false << -1 << QByteArray("x\n\n");
    QTest::newRow("exit code not a number")
        << QByteArray("@@lotsen@@ end lvs x\n") << false << -1 << QByteArray("x\n\n");
    QTest::newRow("no end marker") << QByteArray("@@lotsen@@ en") << false << -1 << QByteArray("x\n\n");
}

void TestFactsParser::splitEndMarker()
{
    QFETCH(QByteArray, tail);
    const QByteArray output = "\n@@lotsen@@ begin lvs\nx\n\n@@lotsen@@ stderr lvs\n\n" + tail;
    const QMap<QString, FactsScript::Section> sections = FactsScript::split(output);
    const FactsScript::Section lvs = sections.value(QStringLiteral("lvs"));
    QTEST(lvs.complete, "complete");
    QTEST(lvs.exitCode, "exitCode");
    if (lvs.complete)
        QTEST(lvs.out, "out");
    QCOMPARE(FactsSections::outcome(lvs) == FactsSections::Outcome::Truncated, !lvs.complete);
}

// Runs the script's own text for the named sections under /bin/sh (dash on Debian), after
// `prelude` and with the paths in `replacements` swapped, and splits what it prints.
static QMap<QString, FactsScript::Section>
runSections(const QByteArray& prelude, const QStringList& names,
            const QList<QPair<QByteArray, QByteArray>>& replacements)
{
    QByteArray text = prelude;
    const QList<QByteArray> lines = FactsScript::script().split('\n');
    for (const QByteArray& line : lines) {
        const bool wanted = std::any_of(names.begin(), names.end(), [&line](const QString& name) {
            return line.startsWith("s " + name.toLatin1() + ' ');
        });
        if (!line.startsWith("s ") || wanted)
            text += line + '\n';
    }
    for (const auto& [from, to] : replacements)
        text.replace(from, to);
    QProcess shell;
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QString::fromUtf8(text)});
    if (!shell.waitForFinished(10000))
        qFatal("sh did not finish");
    return FactsScript::split(shell.readAllStandardOutput());
}

// Docker before 1.13 prints "{}" for `{{json .}}` rows and exits 0: the JSON section must fail
// so that the plain twin runs. Real JSON rows pass through untouched.
void TestFactsParser::scriptRefusesEmptyJsonRows()
{
    const QByteArray old =
        "docker() { case $* in *json*) echo '{}'; echo '{}';; *) echo 'CONTAINER ID';; esac; }\n";
    QMap<QString, FactsScript::Section> sections =
        runSections(old, {QStringLiteral("docker-ps-json"), QStringLiteral("docker-images-json")}, {});
    for (const char* name : {"docker-ps-json", "docker-images-json"}) {
        const FactsScript::Section json = sections.value(QLatin1String(name));
        QVERIFY2(json.complete && json.exitCode == 1, name);
        QVERIFY2(json.out.isEmpty(), json.out.constData());
        QVERIFY2(json.err.contains("{}") && json.err.contains("1.13"), json.err.constData());
    }
    QCOMPARE(sections.value(QStringLiteral("docker-ps")).out, QByteArray("CONTAINER ID\n"));
    QCOMPARE(sections.value(QStringLiteral("docker-ps")).exitCode, 0);

    const QByteArray current = "docker() { echo '{\"ID\":\"a\"}'; echo '{\"ID\":\"b\"}'; }\n";
    sections = runSections(current, {QStringLiteral("docker-ps-json")}, {});
    QCOMPARE(sections.value(QStringLiteral("docker-ps-json")).exitCode, 0);
    QCOMPARE(sections.value(QStringLiteral("docker-ps-json")).out,
             QByteArray("{\"ID\":\"a\"}\n{\"ID\":\"b\"}\n"));
    QVERIFY(!sections.contains(QStringLiteral("docker-ps")));

    const QByteArray none = "docker() { :; }\n"; // no containers: nothing, and that is an answer
    sections = runSections(none, {QStringLiteral("docker-ps-json")}, {});
    QCOMPARE(sections.value(QStringLiteral("docker-ps-json")).exitCode, 0);
    QCOMPARE(sections.value(QStringLiteral("docker-ps-json")).out, QByteArray());

    const QByteArray down = "docker() { echo 'Cannot connect to the Docker daemon' >&2; return 1; }\n";
    sections = runSections(down, {QStringLiteral("docker-ps-json")}, {});
    QCOMPARE(sections.value(QStringLiteral("docker-ps-json")).exitCode, 1);
    QVERIFY(sections.value(QStringLiteral("docker-ps-json")).err.startsWith("Cannot connect"));
    QVERIFY(sections.contains(QStringLiteral("docker-ps")));
}

// Several engines may run on one host; "dockerd-args" prefers the one in the default pidfile. Two
// copies of sleep named dockerd stand in for engines; the pidfile path is swapped for a test one.
void TestFactsParser::scriptPrefersPidfileDaemon()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString sleep = QStandardPaths::findExecutable(QStringLiteral("sleep"));
    if (sleep.isEmpty() || !QFile::exists(QStringLiteral("/proc/self/stat")))
        QSKIP("needs Linux's /proc and a sleep program to stand in for dockerd");
    QProcess engines[2];
    const auto stop = qScopeGuard([&engines] {
        for (QProcess& engine : engines) {
            engine.kill();
            engine.waitForFinished();
        }
    });
    for (int i = 0; i < 2; ++i) {
        const QString program = dir.filePath(QStringLiteral("engine%1/dockerd").arg(i));
        QVERIFY(QDir().mkpath(QFileInfo(program).path()));
        QVERIFY(QFile::copy(sleep, program));
        engines[i].start(program, {QStringLiteral("30"), QString::number(i + 1)});
        QVERIFY(engines[i].waitForStarted());
    }
    const QByteArray pidfile = dir.filePath(QStringLiteral("docker.pid")).toUtf8();
    const QList<QPair<QByteArray, QByteArray>> paths = {{"/var/run/docker.pid", pidfile},
                                                        {"/run/docker.pid", pidfile + ".none"}};
    const auto commandLine = [&paths] {
        const FactsScript::Section section =
            runSections(QByteArray(), {QStringLiteral("dockerd-args")}, paths)
                .value(QStringLiteral("dockerd-args"));
        return section.complete && section.exitCode == 0 ? section.out : QByteArray("failed");
    };

    QFile file(QString::fromUtf8(pidfile));
    QVERIFY(file.open(QIODevice::WriteOnly)); // as dockerd writes it: no newline
    file.write(QByteArray::number(engines[1].processId()));
    file.close();
    QCOMPARE(commandLine(), engines[1].program().toUtf8() + " 30 2 ");

    // A stale pidfile whose pid is now another program: every daemon ps finds, ours among them.
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::number(QCoreApplication::applicationPid()));
    file.close();
    QByteArray listed = commandLine();
    QVERIFY2(listed.contains("engine0/dockerd 30 1\n") && listed.contains("engine1/dockerd 30 2"),
             listed.constData());

    QVERIFY(file.remove()); // no pidfile at all: the same
    listed = commandLine();
    QVERIFY2(listed.contains("engine0/dockerd 30 1\n") && listed.contains("engine1/dockerd 30 2"),
             listed.constData());
}

QTEST_GUILESS_MAIN(TestFactsParser)
#include "TestFactsParser.moc"
