#include "FactsCollector.h"

#include "CommandLine.h"
#include "FactsParser.h"
#include "FactsScript.h"
#include "HostSession.h"

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
                const QByteArray output = std::move(it->output);
                m_running.erase(it);
                disconnect(session, nullptr, this, nullptr);
                if (!result.error.isEmpty() || result.timedOut || result.cancelled) {
                    Q_EMIT refreshFailed(host, result.error.isEmpty()
                                                   ? tr("The refresh was stopped before it finished.")
                                                   : result.error);
                    return;
                }
                HostFacts facts = FactsParser::parse(output);
                facts.collectedAt = QDateTime::currentDateTimeUtc();
                Q_EMIT factsReady(host, facts);
            });
    running.id = session->run(request);
    Q_EMIT refreshStarted(host);
}

} // namespace Lotsen
