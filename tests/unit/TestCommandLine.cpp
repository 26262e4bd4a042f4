#include "CommandLine.h"

#include <QProcess>
#include <QTest>

using namespace Lotsen;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toShell_data();
    void toShell();
    void addArgs();
    void emptyCommand();
    void toDisplayIsTheShellLine();
    void runsLocally();
};

void TestCommandLine::toShell_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("no arguments") << "uptime" << QStringList{} << QByteArray("uptime");
    QTest::newRow("plain") << "docker" << QStringList{"ps", "-a"} << QByteArray("docker ps -a");
    QTest::newRow("format with braces") << "docker" << QStringList{"info", "--format", "{{json .}}"}
                                        << QByteArray("docker info --format '{{json .}}'");
    QTest::newRow("hostile argument") << "echo" << QStringList{"x; reboot"} << QByteArray("echo 'x; reboot'");
    QTest::newRow("program with space")
        << "/opt/my tool/bin" << QStringList{} << QByteArray("'/opt/my tool/bin'");
    QTest::newRow("assignment-like program") << "A=b" << QStringList{"c"} << QByteArray("'A=b' c");
    QTest::newRow("reserved word program") << "if" << QStringList{} << QByteArray("'if'");
    QTest::newRow("reserved word as argument") << "echo" << QStringList{"if"} << QByteArray("echo if");
}

void TestCommandLine::toShell()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, expected);
    QCOMPARE(CommandLine(program, arguments).toShell(), expected);
}

void TestCommandLine::addArgs()
{
    CommandLine command(QStringLiteral("lvcreate"));
    command.addArg(QStringLiteral("-L"))
        .addArg(QStringLiteral("10G"))
        .addArgs({QStringLiteral("-n"), QStringLiteral("my lv")});
    QCOMPARE(command.program(), QStringLiteral("lvcreate"));
    QCOMPARE(command.arguments(), (QStringList{"-L", "10G", "-n", "my lv"}));
    QCOMPARE(command.toShell(), QByteArray("lvcreate -L 10G -n 'my lv'"));
}

void TestCommandLine::emptyCommand()
{
    const CommandLine empty;
    QVERIFY(empty.isEmpty());
    QCOMPARE(empty.toShell(), QByteArray());
    QVERIFY(!CommandLine(QStringLiteral("true")).isEmpty());
}

void TestCommandLine::toDisplayIsTheShellLine()
{
    const CommandLine command(QStringLiteral("echo"), {QStringLiteral("Göteborg"), QStringLiteral("a'b")});
    QCOMPARE(command.toDisplay(), QStringLiteral("echo 'Göteborg' 'a'\\''b'"));
    QCOMPARE(command.toDisplay().toUtf8(), command.toShell());
}

// The line must reach the program as exactly the argument list it was built from.
void TestCommandLine::runsLocally()
{
    const QStringList arguments{"%s|", "a b", "$(id)", "'", "", "Göteborg"};
    const CommandLine command(QStringLiteral("printf"), QStringList{"%s|"} + arguments.mid(1));
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command.toDisplay()});
    QVERIFY(sh.waitForFinished(10000));
    QCOMPARE(sh.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()), QStringLiteral("a b|$(id)|'||Göteborg|"));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
