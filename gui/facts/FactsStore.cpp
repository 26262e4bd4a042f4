#include "FactsStore.h"

#include "FactsCollector.h"
#include "FactsWarnings.h"
#include "HostSession.h"
#include "sessions/SessionManager.h"

#include <QTimer>

namespace Lotsen {

FactsStore::FactsStore(SessionManager* sessions, QObject* parent)
    : QObject(parent)
    , m_sessions(sessions)
    , m_collector(new FactsCollector(this))
    , m_periodic(new QTimer(this))
    , m_tick(new QTimer(this))
{
    connect(m_collector, &FactsCollector::refreshStarted, this, &FactsStore::recordStarted);
    connect(m_collector, &FactsCollector::factsReady, this, &FactsStore::recordFacts);
    connect(m_collector, &FactsCollector::refreshFailed, this, &FactsStore::recordFailure);
    if (m_sessions) {
        connect(m_sessions, &SessionManager::stateChanged, this,
                [this](const QString& host, SessionState state) {
                    if (state == SessionState::Connected)
                        refresh({host});
                });
        connect(m_sessions, &SessionManager::sessionForgotten, this, &FactsStore::forget);
    }
    connect(m_periodic, &QTimer::timeout, this, &FactsStore::refreshConnected);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &FactsStore::tick);
    m_tick->start();
    setIntervalMinutes(defaultIntervalMinutes);
}

FactsStore::~FactsStore() = default;

void FactsStore::setIntervalMinutes(int minutes)
{
    m_intervalMinutes = std::max(0, minutes);
    if (m_intervalMinutes > 0)
        m_periodic->start(m_intervalMinutes * 60 * 1000);
    else
        m_periodic->stop();
    Q_EMIT intervalChanged(m_intervalMinutes);
}

qint64 FactsStore::staleAfterSeconds() const
{
    const int minutes = m_intervalMinutes > 0 ? m_intervalMinutes : defaultIntervalMinutes;
    return 2 * qint64(minutes) * 60;
}

FactsStore::State FactsStore::state(const QString& host) const
{
    const auto it = m_records.constFind(host);
    if (it == m_records.constEnd())
        return State::NeverRefreshed;
    if (it->refreshing)
        return State::Refreshing;
    if (!it->error.isEmpty())
        return State::Failed;
    if (!it->facts)
        return State::NeverRefreshed;
    return ageSeconds(host) > staleAfterSeconds() ? State::Stale : State::Fresh;
}

const HostFacts* FactsStore::facts(const QString& host) const
{
    const auto it = m_records.constFind(host);
    return it == m_records.constEnd() || !it->facts ? nullptr : &*it->facts;
}

QString FactsStore::error(const QString& host) const
{
    return m_records.value(host).error;
}

qint64 FactsStore::ageSeconds(const QString& host) const
{
    const auto it = m_records.constFind(host);
    if (it == m_records.constEnd() || !it->facts || !it->receivedAt.isValid())
        return -1;
    return std::max<qint64>(0, it->receivedAt.secsTo(now()));
}

void FactsStore::refresh(const QStringList& hosts)
{
    if (!m_sessions)
        return;
    for (const QString& host : hosts) {
        if (m_collector->isRefreshing(host))
            continue;
        if (HostSession* session = m_sessions->ensureSession(host))
            m_collector->refresh(session);
    }
}

void FactsStore::refreshConnected()
{
    if (!m_sessions)
        return;
    QStringList connected;
    for (const QString& host : m_sessions->sessionHosts()) {
        if (m_sessions->session(host)->state() == SessionState::Connected)
            connected.append(host);
    }
    refresh(connected);
}

void FactsStore::recordStarted(const QString& host)
{
    m_records[host].refreshing = true;
    Q_EMIT hostChanged(host);
}

void FactsStore::recordFacts(const QString& host, const HostFacts& facts)
{
    Record& record = m_records[host];
    record.facts = facts;
    record.receivedAt = now();
    record.error.clear();
    record.refreshing = false;
    Q_EMIT hostChanged(host);
}

void FactsStore::recordFailure(const QString& host, const QString& error)
{
    Record& record = m_records[host];
    record.error = error.isEmpty() ? tr("The refresh failed.") : error;
    record.refreshing = false;
    Q_EMIT hostChanged(host);
}

void FactsStore::retranslate()
{
    for (auto it = m_records.begin(); it != m_records.end(); ++it) {
        if (!it->facts)
            continue;
        it->facts->warnings.clear();
        FactsWarnings::evaluate(&*it->facts);
        Q_EMIT hostChanged(it.key());
    }
}

void FactsStore::forget(const QString& host)
{
    if (m_records.remove(host) > 0)
        Q_EMIT hostChanged(host);
}

} // namespace Lotsen
