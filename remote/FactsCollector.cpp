#include "FactsCollector.h"

#include "CommandLine.h"
#include "FactsParser.h"
#include "FactsScript.h"
#include "HostSession.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace Lotsen {

FactsCollector::FactsCollector(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<HostFacts>();
}

void FactsCollector::refresh(HostSession* session)
{
    const QString host = session->host().name;
    if (m_running.contains(host))
        return;
    CommandRequest request;
    request.shellLine =
        CommandLine(QStringLiteral("sh"), {QStringLiteral("-c"), QString::fromUtf8(FactsScript::script())})
            .toShell();
    request.display = tr("(refresh facts: OS, kernels, disks, Docker)");
    request.timeoutMs = 120000;
    request.logOutput = false; // hundreds of lines of raw facts; the panes show them

    Running& running = m_running[host];
    running.session = session;
    // Output and the end arrive through the session's signals; only this refresh's id counts.
    connect(session, &HostSession::commandOutput, this,
            [this, host](quint64 id, OutputChannel channel, const QByteArray& data) {
                auto it = m_running.find(host);
                if (it != m_running.end() && it->id == id && channel == OutputChannel::Stdout)
                    it->output += data;
            });
    connect(session, &HostSession::commandFinished, this,
            [this, host, session](quint64 id, const CommandResult& result) {
                auto it = m_running.find(host);
                if (it == m_running.end() || it->id != id)
                    return;
                disconnect(session, nullptr, this, nullptr);
                if (!result.error.isEmpty() || result.timedOut || result.cancelled) {
                    m_running.erase(it);
                    Q_EMIT refreshFailed(host, result.error.isEmpty()
                                                   ? tr("The refresh was stopped before it finished.")
                                                   : result.error);
                    return;
                }
                it->id = 0; // the entry stays until parsed: a refresh asked meanwhile is folded in
                parse(host, std::exchange(it->output, {}));
            });
    // A host removed mid-refresh takes its session along; its name may come back later.
    connect(session, &QObject::destroyed, this, [this, host] { m_running.remove(host); });
    running.id = session->run(request);
    Q_EMIT refreshStarted(host);
}

void FactsCollector::parse(const QString& host, const QByteArray& output)
{
    // Parsing is pure but not free (JSON, tables of dozens of hosts): off the caller's thread,
    // which is the GUI thread in the desktop program.
    const QDateTime collectedAt = QDateTime::currentDateTimeUtc();
    auto* watcher = new QFutureWatcher<HostFacts>(this);
    connect(watcher, &QFutureWatcher<HostFacts>::finished, this, [this, host, watcher, collectedAt] {
        HostFacts facts = watcher->result();
        watcher->deleteLater();
        facts.collectedAt = collectedAt;
        m_running.remove(host);
        Q_EMIT factsReady(host, facts);
    });
    watcher->setFuture(QtConcurrent::run([output] { return FactsParser::parse(output); }));
}

} // namespace Lotsen
