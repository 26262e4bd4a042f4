#pragma once

#include "SessionTypes.h"

#include <QStringDecoder>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;

namespace Lotsen {

// One host's column in the run box: a header with the host and how its command ended, and the
// command's output as it streams in (stderr in red). Keeps at most maxLines() lines.
class HostOutputPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HostOutputPanel(const QString& host, QWidget* parent = nullptr);

    static constexpr int maxLines() { return 20000; }

    const QString& host() const { return m_host; }
    void appendOutput(OutputChannel channel, const QByteArray& chunk);
    void setRunning(); // the command started; until then the panel says it is waiting
    void setWrapLines(bool wrap);
    void setFinished(const CommandResult& result);
    bool isFinished() const { return m_result.has_value(); }
    QString outputText() const;
    QString headerText() const;

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateHeader();

    QString m_host;
    bool m_started = false;
    std::optional<CommandResult> m_result;
    QStringDecoder m_stdoutDecoder{QStringDecoder::Utf8};
    QStringDecoder m_stderrDecoder{QStringDecoder::Utf8};
    QLabel* m_header = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_output = nullptr;
};

} // namespace Lotsen
