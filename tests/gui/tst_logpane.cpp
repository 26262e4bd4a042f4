// LogPane: per-host lines with timestamps, output split into lines across chunks, and a bound.

#include "log/LogPane.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTest>

using namespace Lotsen;

class TestLogPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void commandsAndOutputPerHost();
    void outputIsSplitIntoLinesAcrossChunks();
    void isBounded();
};

void TestLogPane::commandsAndOutputPerHost()
{
    LogPane pane;
    pane.setHostNames({QStringLiteral("web1"), QStringLiteral("web2")});
    pane.appendCommand(QStringLiteral("web1"), 1, QStringLiteral("uptime"));
    pane.appendOutput(QStringLiteral("web1"), 1, OutputChannel::Stdout, "up 3 days\n");
    pane.appendEvent(QStringLiteral("web2"), QStringLiteral("Connected"));
    CommandResult result;
    result.exitCode = 0;
    pane.appendFinished(QStringLiteral("web1"), 1, result);

    auto* view = pane.findChild<QPlainTextEdit*>(QStringLiteral("logView"));
    QVERIFY(view);
    const QString all = view->toPlainText();
    QVERIFY(all.contains(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d web1 \\$ uptime$"),
                                            QRegularExpression::MultilineOption)));
    QVERIFY(all.contains(QStringLiteral("web1 up 3 days")));
    QVERIFY(all.contains(QStringLiteral("web2 Connected")));
    QVERIFY(all.contains(QStringLiteral("exit 0")));

    auto* filter = pane.findChild<QComboBox*>(QStringLiteral("logHostFilter"));
    filter->setCurrentIndex(filter->findData(QStringLiteral("web2")));
    QCOMPARE(pane.hostFilter(), QStringLiteral("web2"));
    QVERIFY(view->toPlainText().contains(QStringLiteral("Connected")));
    QVERIFY(!view->toPlainText().contains(QStringLiteral("uptime")));
}

void TestLogPane::outputIsSplitIntoLinesAcrossChunks()
{
    LogPane pane;
    const QByteArray text = QStringLiteral("första rad\nandra ").toUtf8();
    // Split inside the two-byte "ö" as a network read may.
    pane.appendOutput(QStringLiteral("h"), 7, OutputChannel::Stdout, text.left(2));
    pane.appendOutput(QStringLiteral("h"), 7, OutputChannel::Stdout, text.mid(2));
    pane.appendOutput(QStringLiteral("h"), 7, OutputChannel::Stderr, "warning\n");
    pane.appendOutput(QStringLiteral("h"), 7, OutputChannel::Stdout, "rad");
    QCOMPARE(pane.entries().size(), size_t(2));
    pane.appendFinished(QStringLiteral("h"), 7, CommandResult{});
    QStringList lines;
    for (const LogPane::Entry& entry : pane.entries())
        lines.append(entry.text);
    QCOMPARE(lines.mid(0, 3), (QStringList{QStringLiteral("första rad"), QStringLiteral("warning"),
                                           QStringLiteral("andra rad")}));
    QCOMPARE(pane.entries().back().kind, LogPane::Kind::Failed); // exit -1: never started
}

void TestLogPane::isBounded()
{
    LogPane pane;
    QByteArray chunk;
    for (int i = 0; i < 1000; ++i)
        chunk += "line " + QByteArray::number(i) + '\n';
    for (int round = 0; round < LogPane::maxEntries() / 1000 + 5; ++round)
        pane.appendOutput(QStringLiteral("h"), 1, OutputChannel::Stdout, chunk);
    QCOMPARE(pane.entries().size(), size_t(LogPane::maxEntries()));
    QCOMPARE(pane.entries().back().text, QStringLiteral("line 999"));
    auto* view = pane.findChild<QPlainTextEdit*>(QStringLiteral("logView"));
    QVERIFY(view->document()->blockCount() <= LogPane::maxEntries());

    pane.appendOutput(QStringLiteral("h"), 2, OutputChannel::Stdout,
                      QByteArray(LogPane::maxLineLength() * 3, 'x'));
    QVERIFY(pane.entries().back().text.size() <= LogPane::maxLineLength() + 8);
}

QTEST_MAIN(TestLogPane)
#include "tst_logpane.moc"
