#include "ShellQuote.h"

#include <QProcess>
#include <QTest>

using namespace Lotsen;

class TestShellQuote : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quote_data();
    void quote();
    void quoteStringIsUtf8();
    void join();
    void roundTrip_data();
    void roundTrip();
    void roundTripAllBytes();

private:
    static QByteArray runPrintf(const QByteArray& quotedArguments, bool viaStdin);
};

void TestShellQuote::quote_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("bare word") << QByteArray("docker") << QByteArray("docker");
    QTest::newRow("all safe punctuation")
        << QByteArray("a_b./c:d=e@f%g+h,i-j") << QByteArray("a_b./c:d=e@f%g+h,i-j");
    QTest::newRow("option") << QByteArray("--format") << QByteArray("--format");
    QTest::newRow("empty") << QByteArray() << QByteArray("''");
    QTest::newRow("space") << QByteArray("a b") << QByteArray("'a b'");
    QTest::newRow("lone quote") << QByteArray("'") << QByteArray("''\\'''");
    QTest::newRow("quote inside") << QByteArray("it's") << QByteArray("'it'\\''s'");
    QTest::newRow("semicolon") << QByteArray("a;rm -rf /") << QByteArray("'a;rm -rf /'");
    QTest::newRow("command substitution") << QByteArray("$(reboot)") << QByteArray("'$(reboot)'");
    QTest::newRow("backticks") << QByteArray("`id`") << QByteArray("'`id`'");
    QTest::newRow("variable") << QByteArray("$HOME") << QByteArray("'$HOME'");
    QTest::newRow("newline") << QByteArray("a\nb") << QByteArray("'a\nb'");
    QTest::newRow("glob") << QByteArray("*") << QByteArray("'*'");
    QTest::newRow("tilde") << QByteArray("~root") << QByteArray("'~root'");
    QTest::newRow("double quotes") << QByteArray("\"x\"") << QByteArray("'\"x\"'");
    QTest::newRow("backslash") << QByteArray("a\\b") << QByteArray("'a\\b'");
    QTest::newRow("redirect") << QByteArray(">/etc/passwd") << QByteArray("'>/etc/passwd'");
    QTest::newRow("pipe and ampersand") << QByteArray("a|b&c") << QByteArray("'a|b&c'");
    QTest::newRow("non-ASCII") << QByteArray("k\xc3\xb6k") << QByteArray("'k\xc3\xb6k'");
    QTest::newRow("hash") << QByteArray("#comment") << QByteArray("'#comment'");
}

void TestShellQuote::quote()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(Shell::quote(input), expected);
}

void TestShellQuote::quoteStringIsUtf8()
{
    QCOMPARE(Shell::quote(QStringLiteral("Göteborg")), QByteArray("'G\xc3\xb6teborg'"));
    QCOMPARE(Shell::quote(QString()), QByteArray("''"));
    QCOMPARE(Shell::quote(QStringLiteral("plain")), QByteArray("plain"));
}

void TestShellQuote::join()
{
    QCOMPARE(Shell::join({}), QByteArray());
    QCOMPARE(Shell::join({QStringLiteral("docker"), QStringLiteral("ps"), QStringLiteral("-a")}),
             QByteArray("docker ps -a"));
    QCOMPARE(Shell::join({QStringLiteral("echo"), QString(), QStringLiteral("a b")}),
             QByteArray("echo '' 'a b'"));
}

// Runs printf '%s\0' ARGS through the local /bin/sh: the bytes that come back are the words sh saw.
// With viaStdin the script is fed to `sh -s` instead of `sh -c SCRIPT`, because an argv passes
// through QString and could not carry bytes that are not UTF-8.
QByteArray TestShellQuote::runPrintf(const QByteArray& quotedArguments, bool viaStdin)
{
    const QByteArray script = "printf '%s\\0' " + quotedArguments;
    QProcess sh;
    if (viaStdin) {
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-s")});
        sh.write(script + '\n');
        sh.closeWriteChannel();
    } else {
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QString::fromUtf8(script)});
    }
    if (!sh.waitForFinished(10000) || sh.exitStatus() != QProcess::NormalExit || sh.exitCode() != 0)
        return QByteArray("<sh failed: ") + sh.readAllStandardError() + '>';
    return sh.readAllStandardOutput();
}

void TestShellQuote::roundTrip_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("plain") << QStringList{"docker", "ps"};
    QTest::newRow("empty argument") << QStringList{"", "x", ""};
    QTest::newRow("hostile") << QStringList{"a;b", "$(id)", "`id`", "${HOME}", "&&",
                                            "||",  "|",     ">",    "<",       "2>&1"};
    QTest::newRow("quotes") << QStringList{"'", "''", "\"", "it's", "'\"'\"'", "\\", "\\'"};
    QTest::newRow("whitespace") << QStringList{" ", "\t", "\n", "a\nb", "  lead", "trail  "};
    QTest::newRow("globs") << QStringList{"*", "?", "[a-z]", "~", "~/x", "{a,b}"};
    QTest::newRow("non-ASCII") << QStringList{"Göteborg", "日本語", "emoji 🚢", "ÅÄÖ åäö"};
    QTest::newRow("dashes") << QStringList{"-n", "-e", "--", "-"};
}

void TestShellQuote::roundTrip()
{
    QFETCH(QStringList, arguments);
    QByteArray expected;
    for (const QString& argument : arguments)
        expected += argument.toUtf8() + '\0';
    QCOMPARE(runPrintf(Shell::join(arguments), false), expected);
}

// Every byte except NUL (which no argv can hold), each in its own argument and all together.
void TestShellQuote::roundTripAllBytes()
{
    QByteArray all;
    QByteArray quoted;
    QByteArray expected;
    for (int byte = 1; byte < 256; ++byte) {
        const QByteArray single(1, static_cast<char>(byte));
        all += single;
        quoted += Shell::quote(single) + ' ';
        expected += single + '\0';
    }
    quoted += Shell::quote(all);
    expected += all + '\0';
    QCOMPARE(runPrintf(quoted, true), expected);
}

QTEST_GUILESS_MAIN(TestShellQuote)
#include "TestShellQuote.moc"
