#pragma once

#include "RemoteWrapper.h"
#include "SessionTypes.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

#include <optional>

class QTimer;

namespace Lotsen {

class SshWorker;

// One remote command on its own channel of the host's connection: starts it, moves its output to
// the worker's signals, feeds its stdin, answers sudo, and collects how it ended.
// Lives on the worker's thread like everything that touches libssh.
class CommandChannel
{
    Q_DECLARE_TR_FUNCTIONS(Lotsen::CommandChannel)
public:
    enum class Progress
    {
        Running,
        Finished,
        SessionLost
    };
    enum class Start
    {
        Started,
        Refused, // the server would not open a channel now (sshd's MaxSessions): try again later
        Failed
    };

    // An internal channel (cancel's kill) runs its line as it is and reports nothing.
    CommandChannel(SshWorker* worker, quint64 id, const CommandRequest& request, bool internal = false);
    ~CommandChannel();
    CommandChannel(const CommandChannel&) = delete;
    CommandChannel& operator=(const CommandChannel&) = delete;

    quint64 id() const { return m_id; }
    bool isInternal() const { return !m_wrapper; }
    QString display() const;
    Start start(ssh_session session, QString* error);
    // Moves up to budget bytes of output per stream; tells whether the command is done.
    Progress pump(qint64 budget, bool* moreWaiting);
    void cancel(bool timedOut);
    void provideSudoPassword(const QByteArray& password);
    void fail(const QString& error);
    CommandResult result() const;
    // The end of what the command printed, for the audit log.
    const QByteArray& outputTail() const { return m_outputTail; }
    bool waitingForSudoPassword() const { return m_waitingForPassword; }
    void markWaitingForSudoPassword() { m_waitingForPassword = true; }

private:
    static void onExitStatus(ssh_session, ssh_channel, int status, void* self);
    static void onExitSignal(ssh_session, ssh_channel, const char* signal, int core, const char* errmsg,
                             const char* lang, void* self);
    static void onClose(ssh_session, ssh_channel, void* self);

    Start openAndExec(ssh_session session);
    int readStream(bool isStderr, qint64 budget, QByteArray* out);
    void handleStderr(const QByteArray& chunk);
    void sendStdin();
    void forceClose();
    void signalRemote(const char* signal);
    void emitOutput(OutputChannel channel, const QByteArray& data);

    SshWorker* m_worker;
    quint64 m_id;
    CommandRequest m_request;
    ssh_channel m_channel = nullptr;
    ssh_channel_callbacks_struct m_callbacks{};
    std::optional<RemoteWrapper> m_wrapper;
    QByteArray m_stdin;
    bool m_stdinDone = false;
    bool m_waitingForPassword = false;
    bool m_remoteClosed = false;
    bool m_cancelled = false;
    bool m_timedOut = false;
    bool m_forcedClosed = false;
    const char* m_signalWhenReady = nullptr; // a signal for the process group, once it is announced
    int m_exitCode = -1;
    QString m_signal;
    QString m_error;
    QElapsedTimer m_clock;
    QTimer* m_killTimer = nullptr;
    QByteArray m_outputTail;
};

} // namespace Lotsen
