#include "HostOutputPanel.h"

#include "sessions/ResultSummary.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextCursor>
#include <QVBoxLayout>

namespace Lotsen {

HostOutputPanel::HostOutputPanel(const QString& host, QWidget* parent)
    : QWidget(parent)
    , m_host(host)
{
    setObjectName(QStringLiteral("outputPanel_") + host);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* headerBox = new QWidget;
    headerBox->setAutoFillBackground(true);
    headerBox->setBackgroundRole(QPalette::AlternateBase);
    auto* headerLayout = new QHBoxLayout(headerBox);
    headerLayout->setContentsMargins(6, 3, 6, 3);
    m_header = new QLabel(host);
    m_header->setObjectName(QStringLiteral("outputHost_") + host);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setToolTip(host);
    // A narrow column shortens the host name, never how the command ended.
    m_header->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_header->installEventFilter(this);
    headerLayout->addWidget(m_header, 1);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("outputStatus_") + host);
    m_status->setTextFormat(Qt::PlainText);
    headerLayout->addWidget(m_status);
    layout->addWidget(headerBox);

    m_output = new QPlainTextEdit;
    m_output->setObjectName(QStringLiteral("outputText_") + host);
    m_output->setReadOnly(true);
    m_output->setUndoRedoEnabled(false);
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_output->setMaximumBlockCount(maxLines());
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_output, 1);
    setMinimumWidth(220);
    updateHeader();
}

void HostOutputPanel::appendOutput(OutputChannel channel, const QByteArray& chunk)
{
    QStringDecoder& decoder = channel == OutputChannel::Stderr ? m_stderrDecoder : m_stdoutDecoder;
    const QString text = decoder.decode(chunk);
    if (text.isEmpty())
        return;
    QScrollBar* scroll = m_output->verticalScrollBar();
    const bool atBottom = scroll->value() >= scroll->maximum() - 2;
    QTextCharFormat format;
    if (channel == OutputChannel::Stderr)
        format.setForeground(QColor(0xb0, 0x20, 0x20));
    QTextCursor cursor(m_output->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text, format);
    if (atBottom)
        scroll->setValue(scroll->maximum());
}

void HostOutputPanel::setRunning()
{
    m_started = true;
    updateHeader();
}

void HostOutputPanel::setWrapLines(bool wrap)
{
    m_output->setLineWrapMode(wrap ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
}

void HostOutputPanel::setFinished(const CommandResult& result)
{
    m_result = result;
    updateHeader();
}

QString HostOutputPanel::outputText() const
{
    return m_output->toPlainText();
}

QString HostOutputPanel::headerText() const
{
    return m_host + QLatin1Char(' ') + m_status->text();
}

bool HostOutputPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_header && event->type() == QEvent::Resize)
        m_header->setText(m_header->fontMetrics().elidedText(m_host, Qt::ElideMiddle, m_header->width()));
    return QWidget::eventFilter(watched, event);
}

void HostOutputPanel::updateHeader()
{
    QString status;
    QString color;
    if (m_result) {
        status = QStringLiteral("%1 · %2").arg(ResultSummary::text(*m_result),
                                               ResultSummary::duration(m_result->durationMs));
        color = m_result->ok() ? QStringLiteral("#1d6b2d") : QStringLiteral("#b02020");
    } else if (!m_started) {
        status = tr("waiting for the connection…");
    } else {
        status = tr("running…");
    }
    m_status->setText(status);
    m_status->setStyleSheet(color.isEmpty() ? QString()
                                            : QStringLiteral("color: %1; font-weight: bold;").arg(color));
    m_status->setToolTip(m_result && !m_result->error.isEmpty() ? m_result->error : QString());
}

void HostOutputPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        updateHeader();
    QWidget::changeEvent(event);
}

} // namespace Lotsen
