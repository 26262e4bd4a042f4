#pragma once

#include "HostFacts.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QTimer;

namespace Lotsen {

class FactsCollector;
class SessionManager;

// The latest facts of every host and how current they are. Refreshes a host when its connection
// comes up, when asked (the Refresh action), and every few minutes for connected hosts. The
// refreshes run on the hosts' session threads; results arrive as signals, so nothing here blocks.
class FactsStore : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        NeverRefreshed,
        Refreshing,
        Fresh,
        Stale, // older than twice the refresh interval
        Failed // the last refresh failed; older facts, if any, are still there
    };
    using Clock = std::function<QDateTime()>;

    static constexpr int defaultIntervalMinutes = 15;

    // sessions may be null (tests feed results through the record* functions).
    explicit FactsStore(SessionManager* sessions, QObject* parent = nullptr);
    ~FactsStore() override;

    void setClock(Clock clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

    // 0 = no periodic refresh.
    void setIntervalMinutes(int minutes);
    int intervalMinutes() const { return m_intervalMinutes; }
    // Facts older than this are stale: twice the interval (or the default one when it is off).
    qint64 staleAfterSeconds() const;

    State state(const QString& host) const;
    const HostFacts* facts(const QString& host) const; // nullptr before the first success
    QString error(const QString& host) const;          // of the last refresh, empty if it worked
    qint64 ageSeconds(const QString& host) const;      // -1 without facts

    // Refreshes the hosts in parallel, connecting them first if needed.
    void refresh(const QStringList& hosts);
    // The periodic refresh: every connected host.
    void refreshConnected();

    // What the collector reports; public so tests can play a refresh without a host.
    void recordStarted(const QString& host);
    void recordFacts(const QString& host, const HostFacts& facts);
    void recordFailure(const QString& host, const QString& error);
    void forget(const QString& host);
    // The language changed: warnings are texts made when the facts arrived, so they are made again.
    void retranslate();

Q_SIGNALS:
    void hostChanged(const QString& host); // facts, state or error
    void tick();                           // once a second, so shown ages move on
    void intervalChanged(int minutes);

private:
    struct Record
    {
        std::optional<HostFacts> facts;
        QDateTime receivedAt;
        QString error;
        bool refreshing = false;
    };

    QPointer<SessionManager> m_sessions;
    FactsCollector* m_collector;
    QHash<QString, Record> m_records;
    Clock m_clock;
    int m_intervalMinutes = defaultIntervalMinutes;
    QTimer* m_periodic;
    QTimer* m_tick;
};

} // namespace Lotsen
