#include "LogPane.h"

#include "sessions/ResultSummary.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>

namespace Lotsen {

LogPane::LogPane(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("logPane"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    m_title = new QLabel;
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    bar->addWidget(m_title);
    bar->addSpacing(12);
    m_filterLabel = new QLabel;
    bar->addWidget(m_filterLabel);
    m_filter = new QComboBox;
    m_filter->setObjectName(QStringLiteral("logHostFilter"));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filter->addItem(QString());
    m_filterLabel->setBuddy(m_filter);
    bar->addWidget(m_filter);
    bar->addStretch();
    m_clear = new QPushButton;
    m_clear->setObjectName(QStringLiteral("logClearButton"));
    bar->addWidget(m_clear);
    layout->addLayout(bar);

    m_view = new QPlainTextEdit;
    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setMaximumBlockCount(maxEntries());
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setUndoRedoEnabled(false);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &LogPane::rerender);
    connect(m_clear, &QPushButton::clicked, this, &LogPane::clear);
    retranslateUi();
}

LogPane::~LogPane() = default;

void LogPane::setHostNames(const QStringList& names)
{
    const QString current = hostFilter();
    QSignalBlocker blocker(m_filter);
    while (m_filter->count() > 1)
        m_filter->removeItem(1);
    for (const QString& name : names) {
        m_filter->addItem(name, name);
        m_hostWidth = std::max(m_hostWidth, name.size());
    }
    const int index = current.isEmpty() ? 0 : m_filter->findData(current);
    m_filter->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0)
        rerender();
}

QString LogPane::hostFilter() const
{
    return m_filter->currentData().toString();
}

void LogPane::appendEvent(const QString& host, const QString& text, bool error)
{
    // One log line per text line, so every line carries its time and host.
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        append(host, error ? Kind::Error : Kind::Event, line.trimmed());
}

void LogPane::appendCommand(const QString& host, quint64, const QString& display)
{
    append(host, Kind::Command, QStringLiteral("$ ") + display);
}

void LogPane::appendOutput(const QString& host, quint64 id, OutputChannel channel, const QByteArray& chunk)
{
    Stream& stream = m_streams[streamKey(host, id, channel)];
    stream.partial += stream.decoder.decode(chunk);
    const Kind kind = channel == OutputChannel::Stderr ? Kind::Stderr : Kind::Stdout;
    qsizetype start = 0;
    for (qsizetype newline = stream.partial.indexOf(QLatin1Char('\n')); newline >= 0;
         newline = stream.partial.indexOf(QLatin1Char('\n'), start)) {
        append(host, kind, stream.partial.mid(start, newline - start));
        start = newline + 1;
    }
    stream.partial.remove(0, start);
    // A command that prints without newlines must not grow the buffer without bound.
    if (stream.partial.size() > maxLineLength()) {
        append(host, kind, stream.partial);
        stream.partial.clear();
    }
}

void LogPane::appendFinished(const QString& host, quint64 id, const CommandResult& result)
{
    flushStreams(host, id);
    append(host, result.ok() ? Kind::Succeeded : Kind::Failed,
           QStringLiteral("→ %1 (%2)")
               .arg(ResultSummary::text(result), ResultSummary::duration(result.durationMs)));
}

void LogPane::clear()
{
    m_entries.clear();
    m_view->clear();
}

void LogPane::flushStreams(const QString& host, quint64 id)
{
    for (OutputChannel channel : {OutputChannel::Stdout, OutputChannel::Stderr}) {
        const auto it = m_streams.find(streamKey(host, id, channel));
        if (it == m_streams.end())
            continue;
        if (!it->second.partial.isEmpty())
            append(host, channel == OutputChannel::Stderr ? Kind::Stderr : Kind::Stdout, it->second.partial);
        m_streams.erase(it);
    }
}

void LogPane::append(const QString& host, Kind kind, const QString& text)
{
    Entry entry{QDateTime::currentDateTime(), host, kind, text};
    if (entry.text.size() > maxLineLength())
        entry.text = entry.text.left(maxLineLength()) + QStringLiteral(" […]");
    if (entry.text.endsWith(QLatin1Char('\r')))
        entry.text.chop(1);
    m_entries.push_back(entry);
    while (m_entries.size() > static_cast<size_t>(maxEntries()))
        m_entries.pop_front();
    const QString filter = hostFilter();
    if (filter.isEmpty() || filter == host)
        render(m_entries.back());
}

void LogPane::render(const Entry& entry)
{
    QScrollBar* scroll = m_view->verticalScrollBar();
    const bool atBottom = scroll->value() >= scroll->maximum() - 2;

    QTextCharFormat stamp;
    stamp.setForeground(palette().color(QPalette::PlaceholderText));
    QTextCharFormat hostFormat;
    hostFormat.setForeground(QColor(0x1f, 0x4e, 0x79));
    QTextCharFormat body;
    switch (entry.kind) {
    case Kind::Event:
        body.setForeground(palette().color(QPalette::PlaceholderText));
        body.setFontItalic(true);
        break;
    case Kind::Error:
        body.setForeground(QColor(0xb0, 0x20, 0x20));
        body.setFontWeight(QFont::Bold);
        break;
    case Kind::Command:
        body.setFontWeight(QFont::Bold);
        break;
    case Kind::Stdout:
        break;
    case Kind::Stderr:
        body.setForeground(QColor(0xa0, 0x30, 0x10));
        break;
    case Kind::Succeeded:
        body.setForeground(QColor(0x1d, 0x6b, 0x2d));
        break;
    case Kind::Failed:
        body.setForeground(QColor(0xb0, 0x20, 0x20));
        break;
    }

    QTextCursor cursor(m_view->document());
    cursor.movePosition(QTextCursor::End);
    if (!m_view->document()->isEmpty())
        cursor.insertBlock();
    cursor.insertText(entry.time.toString(QStringLiteral("HH:mm:ss")) + QLatin1Char(' '), stamp);
    if (hostFilter().isEmpty()) {
        m_hostWidth = std::max(m_hostWidth, entry.host.size());
        cursor.insertText(entry.host.leftJustified(m_hostWidth) + QLatin1Char(' '), hostFormat);
    }
    cursor.insertText(entry.text, body);
    if (atBottom)
        scroll->setValue(scroll->maximum());
}

void LogPane::rerender()
{
    m_view->clear();
    const QString filter = hostFilter();
    for (const Entry& entry : m_entries) {
        if (filter.isEmpty() || filter == entry.host)
            render(entry);
    }
}

QString LogPane::streamKey(const QString& host, quint64 id, OutputChannel channel)
{
    return QStringLiteral("%1\n%2\n%3").arg(host).arg(id).arg(channel == OutputChannel::Stderr ? 2 : 1);
}

void LogPane::retranslateUi()
{
    m_title->setText(tr("Session log"));
    m_filterLabel->setText(tr("Show &host:"));
    m_filter->setItemText(0, tr("All hosts"));
    m_clear->setText(tr("C&lear log"));
    m_view->setPlaceholderText(tr("Connections, commands and their output appear here, per host, with the "
                                  "time they happened."));
}

void LogPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Lotsen
