#include "CommandChannel.h"

#include "SshWorker.h"

#include <QTimer>

#include <utility>

namespace Lotsen {

CommandChannel::CommandChannel(SshWorker* worker, quint64 id, const CommandRequest& request, bool internal)
    : m_worker(worker)
    , m_id(id)
    , m_request(request)
    , m_stdin(request.stdinData)
{
    if (!internal)
        m_wrapper.emplace(request.sudo);
}

CommandChannel::~CommandChannel()
{
    delete m_killTimer;
    if (m_channel) {
        ssh_remove_channel_callbacks(m_channel, &m_callbacks);
        if (!ssh_channel_is_closed(m_channel))
            ssh_channel_close(m_channel);
        ssh_channel_free(m_channel);
    }
}

QString CommandChannel::display() const
{
    return m_request.display.isEmpty() ? QString::fromUtf8(m_request.shellLine) : m_request.display;
}

CommandChannel::Start CommandChannel::start(ssh_session session, QString* error)
{
    m_clock.start();
    m_channel = ssh_channel_new(session);
    if (!m_channel) {
        *error = tr("Could not create a channel: %1").arg(QString::fromUtf8(ssh_get_error(session)));
        return Start::Failed;
    }
    m_callbacks.userdata = this;
    m_callbacks.channel_exit_status_function = &CommandChannel::onExitStatus;
    m_callbacks.channel_exit_signal_function = &CommandChannel::onExitSignal;
    m_callbacks.channel_close_function = &CommandChannel::onClose;
    ssh_callbacks_init(&m_callbacks);
    ssh_set_channel_callbacks(m_channel, &m_callbacks);

    // Opening and exec are two short round trips; doing them blocking keeps this simple, and
    // other channels' data meanwhile waits in libssh's buffers.
    ssh_set_blocking(session, 1);
    const Start started = openAndExec(session);
    ssh_set_blocking(session, 0);
    if (started == Start::Failed)
        *error =
            tr("The host refused to start the command: %1").arg(QString::fromUtf8(ssh_get_error(session)));
    if (started == Start::Started && !m_wrapper)
        sendStdin();
    return started;
}

CommandChannel::Start CommandChannel::openAndExec(ssh_session session)
{
    if (ssh_channel_open_session(m_channel) != SSH_OK) {
        // sshd answers "administratively prohibited: open failed" beyond its MaxSessions.
        const bool refused = ssh_get_error_code(session) == SSH_REQUEST_DENIED && ssh_is_connected(session);
        return refused ? Start::Refused : Start::Failed;
    }
    const QByteArray line = m_wrapper ? m_wrapper->wrap(m_request.shellLine) : m_request.shellLine;
    return ssh_channel_request_exec(m_channel, line.constData()) == SSH_OK ? Start::Started : Start::Failed;
}

void CommandChannel::sendStdin()
{
    while (!m_stdin.isEmpty()) {
        const int written = ssh_channel_write(m_channel, m_stdin.constData(),
                                              uint32_t(std::min<qsizetype>(m_stdin.size(), 1 << 20)));
        if (written <= 0)
            return; // window full: the next pump goes on
        m_stdin.remove(0, written);
    }
    if (!m_stdinDone) {
        m_stdinDone = true;
        ssh_channel_send_eof(m_channel);
    }
}

int CommandChannel::readStream(bool isStderr, qint64 budget, QByteArray* out)
{
    constexpr int ChunkSize = 256 * 1024;
    while (out->size() < budget) {
        const qsizetype offset = out->size();
        out->resize(offset + ChunkSize);
        const int n = ssh_channel_read_nonblocking(m_channel, out->data() + offset, ChunkSize, isStderr);
        out->resize(offset + std::max(n, 0));
        if (n == SSH_ERROR)
            return SSH_ERROR;
        if (n <= 0)
            return 0;
    }
    return 1; // budget used up: more may be waiting
}

CommandChannel::Progress CommandChannel::pump(qint64 budget, bool* moreWaiting)
{
    if (m_forcedClosed)
        return Progress::Finished;
    QByteArray out, err;
    const int outState = readStream(false, budget, &out);
    const int errState = readStream(true, budget, &err);
    if (!out.isEmpty())
        emitOutput(OutputChannel::Stdout, out);
    if (!err.isEmpty())
        handleStderr(err);
    if (outState == SSH_ERROR || errState == SSH_ERROR)
        return Progress::SessionLost;
    if (outState > 0 || errState > 0)
        *moreWaiting = true;
    if (!m_stdinDone && (!m_wrapper || m_wrapper->isReady()))
        sendStdin();
    if (!m_remoteClosed && !ssh_channel_is_closed(m_channel))
        return Progress::Running;
    // The close may have arrived in the same read as the last data, after its stream was read.
    if (ssh_channel_poll(m_channel, 0) > 0 || ssh_channel_poll(m_channel, 1) > 0) {
        *moreWaiting = true;
        return Progress::Running;
    }
    return Progress::Finished;
}

void CommandChannel::emitOutput(OutputChannel channel, const QByteArray& data)
{
    if (isInternal())
        return;
    constexpr qsizetype TailBytes = 4096;
    m_outputTail.append(data.right(TailBytes));
    if (m_outputTail.size() > TailBytes)
        m_outputTail.remove(0, m_outputTail.size() - TailBytes);
    m_worker->m_backlog->fetch_add(data.size());
    Q_EMIT m_worker->commandOutput(m_id, channel, data);
}

void CommandChannel::handleStderr(const QByteArray& chunk)
{
    if (!m_wrapper) {
        emitOutput(OutputChannel::Stderr, chunk);
        return;
    }
    QByteArray passthrough;
    for (const RemoteWrapper::Event event : m_wrapper->feed(chunk, &passthrough)) {
        switch (event) {
        case RemoteWrapper::Event::PasswordWanted:
            m_worker->requestSudoPassword(this);
            break;
        case RemoteWrapper::Event::WrongPassword:
            wipeSecret(m_worker->m_sudoPassword);
            m_error = tr("sudo did not accept the password. Run the command again and enter the right sudo "
                         "password for %1.")
                          .arg(m_worker->m_user);
            forceClose();
            break;
        case RemoteWrapper::Event::Ready:
            sendStdin();
            if (m_signalWhenReady) // cancelled before we knew the process group
                signalRemote(std::exchange(m_signalWhenReady, nullptr));
            break;
        }
    }
    if (!passthrough.isEmpty())
        emitOutput(OutputChannel::Stderr, passthrough);
}

void CommandChannel::provideSudoPassword(const QByteArray& password)
{
    m_waitingForPassword = false;
    if (password.isNull()) {
        m_error = tr("Cancelled: no sudo password was given.");
        m_cancelled = true;
        forceClose();
        return;
    }
    QByteArray line = password + '\n';
    ssh_channel_write(m_channel, line.constData(), uint32_t(line.size()));
    wipeSecret(line);
}

void CommandChannel::cancel(bool timedOut)
{
    if (m_forcedClosed || m_remoteClosed)
        return;
    m_cancelled = m_cancelled || !timedOut;
    m_timedOut = m_timedOut || timedOut;
    if (m_waitingForPassword || (m_wrapper && !m_wrapper->isReady() && m_wrapper->usesSudo())) {
        forceClose(); // the command itself has not started
        return;
    }
    // TERM first so the remote side (a docker load, say) sees a signal rather than a clean EOF;
    // if it is still there a few seconds later, KILL and close.
    signalRemote("TERM");
    if (!m_killTimer) {
        m_killTimer = new QTimer;
        m_killTimer->setSingleShot(true);
        QObject::connect(m_killTimer, &QTimer::timeout, m_worker, [this] {
            if (!m_remoteClosed) {
                signalRemote("KILL");
                forceClose();
            }
        });
        m_killTimer->start(3000);
    }
}

void CommandChannel::signalRemote(const char* signal)
{
    // sshd honours signal requests only for sessions it runs with privilege separation, which
    // excludes root logins; killing the announced process group covers those.
    ssh_channel_request_send_signal(m_channel, signal);
    if (m_wrapper && m_wrapper->processGroup() > 1)
        m_worker->killProcessGroup(m_wrapper->processGroup(), signal);
    else if (m_wrapper && !m_wrapper->isReady())
        m_signalWhenReady = signal;
}

void CommandChannel::forceClose()
{
    if (m_forcedClosed)
        return;
    m_forcedClosed = true;
    ssh_channel_close(m_channel);
    m_worker->schedulePump();
}

void CommandChannel::fail(const QString& error)
{
    if (m_error.isEmpty())
        m_error = error;
}

CommandResult CommandChannel::result() const
{
    CommandResult result;
    result.exitCode = m_signal.isEmpty() ? m_exitCode : -1;
    result.signal = m_signal;
    result.cancelled = m_cancelled;
    result.timedOut = m_timedOut;
    result.error = m_error;
    result.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (result.error.isEmpty() && m_wrapper && !m_wrapper->isReady() && !m_cancelled && !m_timedOut) {
        const QString said = QString::fromUtf8(m_wrapper->messagesBeforeStart());
        if (m_wrapper->usesSudo())
            result.error = said.isEmpty() ? tr("sudo did not start the command.")
                                          : tr("sudo did not start the command: %1").arg(said);
        else
            result.error = said.isEmpty() ? tr("The host's shell did not start the command.")
                                          : tr("The host's shell did not start the command: %1").arg(said);
    }
    if (result.error.isEmpty() && m_exitCode < 0 && m_signal.isEmpty() && !m_cancelled && !m_timedOut)
        result.error = tr("The command ended without an exit status.");
    return result;
}

void CommandChannel::onExitStatus(ssh_session, ssh_channel, int status, void* self)
{
    static_cast<CommandChannel*>(self)->m_exitCode = status;
}

void CommandChannel::onExitSignal(ssh_session, ssh_channel, const char* signal, int, const char*, const char*,
                                  void* self)
{
    static_cast<CommandChannel*>(self)->m_signal = QString::fromLatin1(signal);
}

void CommandChannel::onClose(ssh_session, ssh_channel, void* self)
{
    static_cast<CommandChannel*>(self)->m_remoteClosed = true;
}

} // namespace Lotsen
