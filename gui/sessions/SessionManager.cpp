#include "SessionManager.h"

#include "dialogs/HostKeyDialog.h"
#include "dialogs/SecretDialog.h"
#include "hosts/HostTreeModel.h"
#include "log/LogPane.h"

#include <QTimer>

namespace Lotsen {

SessionManager::SessionManager(HostTreeModel* model, LogPane* log, QWidget* dialogParent, QObject* parent)
    : QObject(parent)
    , m_model(model)
    , m_log(log)
    , m_dialogParent(dialogParent)
{}

SessionManager::~SessionManager()
{
    if (m_current)
        delete m_current.data();
    for (auto& [host, session] : m_sessions) {
        session->disconnect(this);
        delete session;
    }
}

HostSession* SessionManager::session(const QString& host) const
{
    const auto it = m_sessions.find(host);
    return it == m_sessions.end() ? nullptr : it->second;
}

HostSession* SessionManager::ensureSession(const QString& host)
{
    if (HostSession* existing = session(host))
        return existing;
    const std::optional<Host> configured = m_model->host(host);
    if (!configured)
        return nullptr;
    auto* created = new HostSession(*configured, m_options, this);
    m_sessions.emplace(host, created);
    hookUp(created);
    Q_EMIT sessionCreated(host, created);
    return created;
}

QStringList SessionManager::sessionHosts() const
{
    QStringList hosts;
    for (const auto& entry : m_sessions)
        hosts.append(entry.first);
    return hosts;
}

void SessionManager::connectHosts(const QStringList& hosts)
{
    for (const QString& host : hosts) {
        HostSession* hostSession = ensureSession(host);
        if (hostSession && hostSession->state() != SessionState::Connected &&
            hostSession->state() != SessionState::Connecting)
            hostSession->open();
    }
}

void SessionManager::disconnectHosts(const QStringList& hosts)
{
    for (const QString& host : hosts) {
        if (HostSession* hostSession = session(host))
            hostSession->close();
    }
}

void SessionManager::forgetHost(const QString& host)
{
    dropPrompts(host);
    const auto it = m_sessions.find(host);
    if (it == m_sessions.end())
        return;
    HostSession* hostSession = it->second;
    m_sessions.erase(it);
    hostSession->disconnect(this);
    hostSession->close();
    // deleteLater: the session may be in the middle of delivering a signal to us.
    hostSession->deleteLater();
    m_model->setState(host, SessionState::Disconnected);
    Q_EMIT sessionForgotten(host);
}

void SessionManager::hookUp(HostSession* session)
{
    const QString host = session->host().name;
    connect(session, &HostSession::stateChanged, this,
            [this, session](SessionState state, const QString& detail) {
                onStateChanged(session, state, detail);
            });
    connect(session, &HostSession::hostKeyQuestion, this, [this, session, host](const HostKeyInfo& info) {
        if (m_log)
            m_log->appendEvent(
                host,
                tr("Unknown host key %1 %2: waiting for your decision").arg(info.keyType, info.fingerprint));
        enqueue(Prompt{Prompt::HostKey, host, session, info, {}, {}});
    });
    connect(session, &HostSession::hostKeyRefused, this,
            [this, session, host](const HostKeyInfo& info, const QString& howToFix) {
                if (m_log)
                    m_log->appendEvent(
                        host,
                        tr("Host key refused: the host offered %1 %2").arg(info.keyType, info.fingerprint),
                        true);
                enqueue(Prompt{Prompt::KeyRefused, host, session, info, howToFix, {}});
            });
    connect(session, &HostSession::secretRequested, this,
            [this, session, host](const SecretRequest& request) {
                enqueue(Prompt{Prompt::Secret, host, session, {}, {}, request});
            });
    if (!m_log)
        return;
    LogPane* log = m_log;
    connect(session, &HostSession::commandStarted, log,
            [log, host](quint64 id, const QString& display) { log->appendCommand(host, id, display); });
    connect(session, &HostSession::commandOutput, log,
            [log, host, session](quint64 id, OutputChannel channel, const QByteArray& chunk) {
                if (session->logsOutput(id))
                    log->appendOutput(host, id, channel, chunk);
            });
    connect(session, &HostSession::commandFinished, log,
            [log, host](quint64 id, const CommandResult& result) { log->appendFinished(host, id, result); });
}

void SessionManager::onStateChanged(HostSession* session, SessionState state, const QString& detail)
{
    const QString host = session->host().name;
    m_model->setState(host, state, detail);
    if (m_log) {
        // While connecting, the detail says what is happening ("Connecting to …") by itself.
        const QString text = detail.isEmpty() ? HostTreeModel::stateText(state)
                             : state == SessionState::Connecting
                                 ? detail
                                 : tr("%1: %2").arg(HostTreeModel::stateText(state), detail);
        const bool bad = state == SessionState::NeedsLogin || state == SessionState::KeyProblem ||
                         state == SessionState::Unreachable;
        m_log->appendEvent(host, text, bad);
    }
    // A session that gave up no longer waits for an answer; a password dialog left open for it
    // would only confuse. A changed-key explanation stays: it is the reason for the state.
    if (state != SessionState::Connecting && state != SessionState::Connected) {
        m_prompts.removeIf(
            [&](const Prompt& prompt) { return prompt.host == host && prompt.kind != Prompt::KeyRefused; });
        if (m_current && m_currentHost == host) {
            auto* keyDialog = qobject_cast<HostKeyDialog*>(m_current.data());
            if (!keyDialog || keyDialog->isQuestion())
                m_current->reject();
        }
    }
    Q_EMIT stateChanged(host, state, detail);
}

void SessionManager::enqueue(const Prompt& prompt)
{
    m_prompts.append(prompt);
    showNextPrompt();
}

void SessionManager::showNextPrompt()
{
    if (m_current || m_prompts.isEmpty())
        return;
    const Prompt prompt = m_prompts.takeFirst();
    if (prompt.kind != Prompt::KeyRefused && !prompt.session) {
        showNextPrompt();
        return;
    }
    QDialog* dialog = makeDialog(prompt);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_current = dialog;
    m_currentHost = prompt.host;
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (m_current == dialog) {
            m_current = nullptr;
            m_currentHost.clear();
        }
        // Queued, so the next dialog does not open while this one is still closing.
        QTimer::singleShot(0, this, &SessionManager::showNextPrompt);
    });
    dialog->open();
}

QDialog* SessionManager::makeDialog(const Prompt& prompt)
{
    QPointer<HostSession> target = prompt.session;
    if (prompt.kind == Prompt::Secret) {
        auto* dialog = new SecretDialog(prompt.host, prompt.secret, m_dialogParent);
        connect(dialog, &QDialog::finished, this, [dialog, target](int result) {
            if (!target)
                return;
            if (result != QDialog::Accepted) {
                target->answerSecret(std::nullopt);
                return;
            }
            const QByteArray secret = dialog->takeSecret();
            if (dialog->rememberForSession())
                target->setSudoPassword(secret);
            target->answerSecret(secret);
        });
        return dialog;
    }
    auto* dialog = new HostKeyDialog(prompt.key, prompt.howToFix, m_dialogParent);
    if (prompt.kind == Prompt::HostKey) {
        connect(dialog, &QDialog::finished, this, [this, dialog, target, host = prompt.host](int result) {
            const bool accepted = result == QDialog::Accepted && dialog->isQuestion();
            if (m_log)
                m_log->appendEvent(host,
                                   accepted ? tr("Host key accepted and recorded") : tr("Host key rejected"),
                                   !accepted);
            if (target)
                target->answerHostKey(accepted);
        });
    }
    return dialog;
}

void SessionManager::dropPrompts(const QString& host)
{
    m_prompts.removeIf([&](const Prompt& prompt) { return prompt.host == host; });
    if (m_current && m_currentHost == host)
        m_current->reject();
}

} // namespace Lotsen
