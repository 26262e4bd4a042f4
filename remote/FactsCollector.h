#pragma once

#include "HostFacts.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Lotsen {

class HostSession;

// Refreshes what Lotsen knows about hosts: runs the facts script on a host's session (one round
// trip) and parses the answer on a pool thread. One refresh per host at a time; a second request while one
// runs is folded into it.
class FactsCollector : public QObject
{
    Q_OBJECT
public:
    explicit FactsCollector(QObject* parent = nullptr);

    // Connects the session first if needed. Results come back as signals, keyed by host name.
    void refresh(HostSession* session);
    bool isRefreshing(const QString& hostName) const { return m_running.contains(hostName); }

Q_SIGNALS:
    void refreshStarted(const QString& hostName);
    void factsReady(const QString& hostName, const Lotsen::HostFacts& facts);
    void refreshFailed(const QString& hostName, const QString& error);

private:
    void parse(const QString& host, const QByteArray& output);

    struct Running
    {
        QPointer<HostSession> session;
        quint64 id = 0;
        QByteArray output;
    };
    QHash<QString, Running> m_running;
};

} // namespace Lotsen

Q_DECLARE_METATYPE(Lotsen::HostFacts)
