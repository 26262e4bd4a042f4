#pragma once

#include "SessionTypes.h"

#include <QDateTime>
#include <QStringDecoder>
#include <QWidget>

#include <deque>
#include <unordered_map>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextCharFormat;

namespace Lotsen {

// The session log: connection events, every command Lotsen runs and its output, per host, with
// timestamps. Holds at most maxEntries() lines in total (oldest dropped first) and can show one
// host or all of them.
class LogPane : public QWidget
{
    Q_OBJECT
public:
    enum class Kind
    {
        Event,
        Error,
        Command,
        Stdout,
        Stderr,
        Succeeded,
        Failed
    };
    struct Entry
    {
        QDateTime time;
        QString host;
        Kind kind = Kind::Event;
        QString text;
    };

    explicit LogPane(QWidget* parent = nullptr);
    ~LogPane() override;

    static constexpr int maxEntries() { return 20000; }
    static constexpr int maxLineLength() { return 4000; }

    void setHostNames(const QStringList& names);
    void appendEvent(const QString& host, const QString& text, bool error = false);
    void appendCommand(const QString& host, quint64 id, const QString& display);
    void appendOutput(const QString& host, quint64 id, OutputChannel channel, const QByteArray& chunk);
    void appendFinished(const QString& host, quint64 id, const CommandResult& result);
    void clear();

    const std::deque<Entry>& entries() const { return m_entries; }
    QString hostFilter() const; // empty = all hosts

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Stream
    {
        QStringDecoder decoder{QStringDecoder::Utf8};
        QString partial;
    };

    void retranslateUi();
    void append(const QString& host, Kind kind, const QString& text);
    void flushStreams(const QString& host, quint64 id);
    void render(const Entry& entry);
    void rerender();
    static QString streamKey(const QString& host, quint64 id, OutputChannel channel);

    std::deque<Entry> m_entries;
    std::unordered_map<QString, Stream> m_streams;
    QComboBox* m_filter = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_filterLabel = nullptr;
    QPushButton* m_clear = nullptr;
    QPlainTextEdit* m_view = nullptr;
    qsizetype m_hostWidth = 0; // host names are padded to this, so the text after them lines up
};

} // namespace Lotsen
