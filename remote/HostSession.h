#pragma once

#include "Host.h"
#include "SessionTypes.h"

#include <QObject>
#include <QSet>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>

namespace Lotsen {

class SshWorker;

// The caller-side handle of one host connection. It lives on the caller's thread (the GUI's or
// the CLI's) and owns a worker thread that alone touches the libssh session; every call here is
// a queued message to that worker and every answer comes back as a signal. Nothing here blocks.
class HostSession : public QObject
{
    Q_OBJECT
public:
    HostSession(const Host& host, const SessionOptions& options, QObject* parent = nullptr);
    ~HostSession() override; // disconnects and joins the worker thread

    const Host& host() const { return m_host; }
    SessionState state() const { return m_state; }
    QString stateDetail() const { return m_stateDetail; }

    void open();
    void close();

    // Starts a command; returns its id. Commands beyond what the connection allows (SessionOptions::
    // maxChannels, the server's MaxSessions) wait their turn.
    // If the session is not connected yet it is opened first.
    quint64 run(const CommandRequest& request);
    // Whether the session log should show this command's output (CommandRequest::logOutput).
    bool logsOutput(quint64 id) const { return !m_quietIds.contains(id); }
    // Sends TERM to the remote command, then closes its channel.
    void cancel(quint64 id);

    // Answers to the prompts below.
    void answerHostKey(bool accept);
    void answerSecret(const std::optional<QByteArray>& secret); // nullopt = the user cancelled
    void setSudoPassword(const QByteArray& password);           // held in memory only

    // Waits for the worker threads of deleted sessions to finish their disconnect; for the end of
    // main() and of tests, never while a window is up.
    static void waitForWorkers(int timeoutMs = 5000);

Q_SIGNALS:
    void stateChanged(Lotsen::SessionState state, const QString& detail);
    void hostKeyQuestion(const Lotsen::HostKeyInfo& info); // answer with answerHostKey()
    void hostKeyRefused(const Lotsen::HostKeyInfo& info, const QString& howToFix);
    void secretRequested(const Lotsen::SecretRequest& request); // answer with answerSecret()
    void commandStarted(quint64 id, const QString& display);
    void commandOutput(quint64 id, Lotsen::OutputChannel channel, const QByteArray& data);
    void commandFinished(quint64 id, const Lotsen::CommandResult& result);

private:
    Host m_host;
    SessionState m_state = SessionState::Disconnected;
    QString m_stateDetail;
    QThread* m_thread; // deletes itself once the worker has disconnected
    SshWorker* m_worker = nullptr;
    std::shared_ptr<std::atomic<qint64>> m_backlog; // output bytes on their way from the worker
    quint64 m_nextId = 1;
    QSet<quint64> m_quietIds; // commands run with CommandRequest::logOutput false
};

} // namespace Lotsen
