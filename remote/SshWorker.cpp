// SshWorker's connection and commands: connect and configure the session, start commands on
// channels as sshd allows, pump their output, cancel, and tear down. The host key and login are
// in SshWorkerLogin.cpp.

#include "SshWorker.h"

#include "CommandChannel.h"
#include "CommandLine.h"
#include "ProxyJump.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTimer>

#include <libssh/libssh.h>
#include <libssh/server.h> // ssh_send_keepalive, a client call declared there

#include <csignal>
#include <mutex>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

Q_LOGGING_CATEGORY(lcRemote, "lotsen.remote", QtInfoMsg)

namespace Lotsen {
namespace {

constexpr qint64 PumpBudget = 1 << 20;      // bytes per stream per pass, so channels take turns
constexpr qint64 BacklogLimit = 32ll << 20; // stop reading while this much output is undelivered

// TCP keepalive finds a dead peer where ssh_send_keepalive cannot (libssh 0.10).
void enableTcpKeepalive(int fd)
{
    const int on = 1, idle = 15, interval = 5, count = 3, userTimeoutMs = 30000;
    setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof interval);
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof count);
    setsockopt(fd, IPPROTO_TCP, TCP_USER_TIMEOUT, &userTimeoutMs, sizeof userTimeoutMs);
}

// A peer that drops the connection while we write (a socket, a ProxyCommand's pipe) raises
// SIGPIPE, whose default, like QtTest's crash handler, ends the whole program: every program using
// this library gets an error from the write instead.
void ignoreSigpipeOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { std::signal(SIGPIPE, SIG_IGN); });
}

} // namespace

SshWorker::SshWorker(const Host& host, const SessionOptions& options,
                     std::shared_ptr<std::atomic<qint64>> backlog)
    : m_host(host)
    , m_options(options)
    , m_auditLog(options.auditDirectory.isEmpty() ? AuditLog::defaultDirectory() : options.auditDirectory)
    , m_slots(options.maxChannels)
    , m_backlog(std::move(backlog))
{
    ignoreSigpipeOnce();
}

SshWorker::~SshWorker()
{
    teardown();
    wipeSecret(m_sudoPassword);
}

QString SshWorker::sshError() const
{
    return m_session ? QString::fromUtf8(ssh_get_error(m_session)) : QString();
}

QString SshWorker::knownHostsPath() const
{
    return m_options.knownHostsFile.isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh/known_hosts")
                                              : m_options.knownHostsFile;
}

void SshWorker::setState(SessionState state, const QString& detail)
{
    Q_EMIT stateChanged(state, detail);
}

void SshWorker::open()
{
    if (m_session || m_connecting)
        return;
    m_connecting = true;
    setState(SessionState::Connecting, tr("Connecting to %1…").arg(m_host.displayTarget()));
    if (!configureSession())
        return;
    if (ssh_connect(m_session) != SSH_OK) {
        if (!m_host.proxyJump.isEmpty()) {
            // The hop's own errors go to OpenSSH's stderr; what libssh sees is a closed pipe.
            failConnection(SessionState::Unreachable,
                           tr("Could not reach %1 port %2 through the jump host %3: %4. Check that "
                              "`ssh %3` works from a terminal without questions (its host key known, "
                              "a key or agent to log in) and that it may forward to %1.")
                               .arg(m_address)
                               .arg(m_port)
                               .arg(m_host.proxyJump, sshError()));
            return;
        }
        failConnection(SessionState::Unreachable,
                       tr("Could not connect to %1 port %2: %3. Check that the host is up, "
                          "the address and port are right, and sshd is running.")
                           .arg(m_address)
                           .arg(m_port)
                           .arg(sshError()));
        return;
    }
    enableTcpKeepalive(ssh_get_fd(m_session));
    verifyHostKey();
}

bool SshWorker::configureSession()
{
    m_session = ssh_new();
    const QByteArray target = m_host.effectiveAddress().toUtf8();
    ssh_options_set(m_session, SSH_OPTIONS_HOST, target.constData());

    // ~/.ssh/config first: options set after it win, options set before it would be overridden.
    const QString config = m_options.sshConfigFile.isEmpty()
                               ? QDir::homePath() + QStringLiteral("/.ssh/config")
                               : m_options.sshConfigFile;
    if (config != QLatin1String("none") && QFileInfo::exists(config))
        ssh_options_parse_config(m_session, QFile::encodeName(config).constData());
    int no = 0;
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &no);

    if (!m_host.user.isEmpty())
        ssh_options_set(m_session, SSH_OPTIONS_USER, m_host.user.toUtf8().constData());
    if (m_host.port > 0) {
        const unsigned int port = unsigned(m_host.port);
        ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    }
    const QString knownHosts = knownHostsPath();
    ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, QFile::encodeName(knownHosts).constData());
    if (!m_host.proxyJump.isEmpty()) {
        const Result<QByteArray> proxy =
            ProxyJump::proxyCommand(m_host.proxyJump, m_options.sshConfigFile, knownHosts);
        if (!proxy) {
            failConnection(SessionState::Unreachable, proxy.error());
            return false;
        }
        ssh_options_set(m_session, SSH_OPTIONS_PROXYCOMMAND, proxy->constData());
    }
    const long timeoutSeconds = std::max(1, m_options.connectTimeoutMs / 1000);
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &timeoutSeconds);
    // AES-GCM runs in hardware on AES-NI machines; ChaCha20 stays the fallback.
    const char* ciphers = __builtin_cpu_supports("aes")
                              ? "aes128-gcm@openssh.com,aes256-gcm@openssh.com,chacha20-poly1305@openssh.com,"
                                "aes128-ctr,aes256-ctr"
                              : "chacha20-poly1305@openssh.com,aes128-gcm@openssh.com,aes256-gcm@openssh.com,"
                                "aes128-ctr,aes256-ctr";
    ssh_options_set(m_session, SSH_OPTIONS_CIPHERS_C_S, ciphers);
    ssh_options_set(m_session, SSH_OPTIONS_CIPHERS_S_C, ciphers);
    // Commands are short request/answer exchanges; Nagle's algorithm would hold each one back.
    const int noDelay = 1;
    ssh_options_set(m_session, SSH_OPTIONS_NODELAY, &noDelay);

    char* value = nullptr;
    if (ssh_options_get(m_session, SSH_OPTIONS_HOST, &value) == SSH_OK) {
        m_address = QString::fromUtf8(value);
        ssh_string_free_char(value);
    }
    if (ssh_options_get(m_session, SSH_OPTIONS_USER, &value) == SSH_OK) {
        m_user = QString::fromUtf8(value);
        ssh_string_free_char(value);
    }
    unsigned int port = 22;
    ssh_options_get_port(m_session, &port);
    m_port = int(port);
    return true;
}

void SshWorker::setSudoPassword(const QByteArray& password)
{
    wipeSecret(m_sudoPassword);
    m_sudoPassword = password;
}

void SshWorker::requestSudoPassword(CommandChannel* channel)
{
    if (!m_sudoPassword.isEmpty()) {
        channel->provideSudoPassword(m_sudoPassword);
        return;
    }
    // Ask once, however many commands are waiting for sudo at the same time.
    channel->markWaitingForSudoPassword();
    if (m_sudoPasswordAsked)
        return;
    m_sudoPasswordAsked = true;
    askSecret(SecretKind::SudoPassword, tr("sudo password for %1 on %2:").arg(m_user, m_host.name), false,
              [this](bool given, QByteArray password) {
                  m_sudoPasswordAsked = false;
                  if (given)
                      m_sudoPassword = password;
                  for (auto& [id, waiting] : m_channels) {
                      if (waiting->waitingForSudoPassword())
                          waiting->provideSudoPassword(given ? password : QByteArray());
                  }
                  wipeSecret(password);
                  schedulePump();
              });
}

void SshWorker::killProcessGroup(qint64 group, const char* signal)
{
    CommandRequest request;
    request.shellLine =
        CommandLine(QStringLiteral("kill"), {QStringLiteral("-") + QLatin1String(signal),
                                             QStringLiteral("--"), QStringLiteral("-%1").arg(group)})
            .toShell();
    // Counted like any channel (a kill beyond sshd's MaxSessions would be refused and lost), but
    // ahead of every waiting command. Started from the event loop: the caller is a channel.
    m_controlQueue.emplace_back(m_nextInternalId++, request);
    QTimer::singleShot(0, this, &SshWorker::startQueued);
}

void SshWorker::becomeReady()
{
    m_connecting = false;
    m_ready = true;
    m_authSteps.clear();
    ssh_set_blocking(m_session, 0);
    m_event = ssh_event_new();
    ssh_event_add_session(m_event, m_session);
    m_notifier = new QSocketNotifier(ssh_get_fd(m_session), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SshWorker::pump);
    m_pumpTimer = new QTimer(this);
    m_pumpTimer->setSingleShot(true);
    m_pumpTimer->setInterval(0);
    connect(m_pumpTimer, &QTimer::timeout, this, &SshWorker::pump);
    m_aliveMisses = 0;
    m_aliveProbe.invalidate();
    if (m_options.aliveIntervalMs > 0) {
        m_aliveTimer = new QTimer(this);
        m_aliveTimer->setInterval(m_options.aliveIntervalMs);
        connect(m_aliveTimer, &QTimer::timeout, this, &SshWorker::checkAlive);
        m_aliveTimer->start();
    }
    setState(SessionState::Connected, tr("Logged in to %1 as %2").arg(m_address, m_user));
    startQueued();
}

void SshWorker::run(quint64 id, const CommandRequest& request)
{
    m_queue.emplace_back(id, request);
    if (!m_session)
        open();
    else if (m_ready)
        startQueued();
}

void SshWorker::startQueued()
{
    while (m_ready) {
        const bool control = !m_controlQueue.empty();
        auto& queue = control ? m_controlQueue : m_queue;
        const auto kind = control ? ChannelSlots::Kind::Control : ChannelSlots::Kind::Command;
        if (queue.empty() || !m_slots.mayOpen(int(m_channels.size()), kind))
            break;
        auto [id, request] = std::move(queue.front());
        queue.pop_front();
        if (!startChannel(id, request, control))
            return;
    }
    schedulePump();
}

// Returns false when the connection is gone.
bool SshWorker::startChannel(quint64 id, const CommandRequest& request, bool control)
{
    auto channel = std::make_unique<CommandChannel>(this, id, request, control);
    QString error;
    switch (channel->start(m_session, &error)) {
    case CommandChannel::Start::Refused:
        channelRefused(id, request, control);
        return true;
    case CommandChannel::Start::Failed:
        if (!control) {
            Q_EMIT commandStarted(id, channel->display());
            channel->fail(error);
            Q_EMIT commandFinished(id, channel->result());
        }
        if (ssh_is_connected(m_session))
            return true;
        failConnection(SessionState::Unreachable,
                       tr("The connection to %1 was lost: %2").arg(m_address, error));
        return false;
    case CommandChannel::Start::Started:
        break;
    }
    if (!control)
        Q_EMIT commandStarted(id, channel->display());
    if (request.timeoutMs > 0) {
        QTimer::singleShot(request.timeoutMs, this, [this, id] {
            if (auto it = m_channels.find(id); it != m_channels.end())
                it->second->cancel(true);
        });
    }
    m_channels.emplace(id, std::move(channel));
    m_slots.opened(int(m_channels.size()));
    return true;
}

// sshd's MaxSessions: the request waits, retried shortly and whenever one of our channels closes.
// Only when none of ours is open and the retries are refused too does the server refuse sessions.
void SshWorker::channelRefused(quint64 id, const CommandRequest& request, bool control)
{
    const QString why = sshError();
    const int retryMs = m_slots.refused(int(m_channels.size()));
    if (retryMs >= 0) {
        (control ? m_controlQueue : m_queue).emplace_front(id, request);
        if (retryMs > 0) {
            QTimer::singleShot(retryMs, this, [this] {
                m_slots.retryDue();
                startQueued();
            });
        }
        return;
    }
    if (control)
        return;
    CommandResult result;
    result.error = tr("%1 refuses to open a session for the command although Lotsen has no other "
                      "session open on the connection (%2). Check MaxSessions in the host's sshd_config.")
                       .arg(m_address, why);
    Q_EMIT commandStarted(id,
                          request.display.isEmpty() ? QString::fromUtf8(request.shellLine) : request.display);
    Q_EMIT commandFinished(id, result);
}

void SshWorker::cancel(quint64 id)
{
    if (auto it = m_channels.find(id); it != m_channels.end()) {
        it->second->cancel(false);
        schedulePump();
        return;
    }
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (it->first == id) {
            m_queue.erase(it);
            CommandResult result;
            result.cancelled = true;
            Q_EMIT commandFinished(id, result);
            return;
        }
    }
}

void SshWorker::schedulePump()
{
    if (m_pumpTimer && !m_pumpTimer->isActive())
        m_pumpTimer->start();
}

void SshWorker::pump()
{
    if (!m_ready)
        return;
    if (m_backlog->load() > BacklogLimit) {
        // The caller has not taken the output yet: leave it in the socket, where TCP and the SSH
        // window hold the sender back, instead of in memory.
        m_notifier->setEnabled(false);
        QTimer::singleShot(5, this, &SshWorker::pump);
        return;
    }
    m_notifier->setEnabled(true);
    // Channels read the socket only while they expect data; after a channel's EOF its close, and
    // with no channel at all a dropped connection, are seen only if libssh reads the socket here.
    ssh_event_dopoll(m_event, 0);
    bool moreWaiting = false;
    std::vector<quint64> finished;
    for (auto& [id, channel] : m_channels) {
        switch (channel->pump(PumpBudget, &moreWaiting)) {
        case CommandChannel::Progress::Running:
            break;
        case CommandChannel::Progress::Finished:
            finished.push_back(id);
            break;
        case CommandChannel::Progress::SessionLost:
            failConnection(SessionState::Unreachable,
                           tr("The connection to %1 was lost: %2").arg(m_address, sshError()));
            return;
        }
    }
    if (!ssh_is_connected(m_session)) {
        failConnection(SessionState::Unreachable,
                       tr("The connection to %1 was lost: %2").arg(m_address, sshError()));
        return;
    }
    for (quint64 id : finished)
        finishChannel(id);
    if (!finished.empty())
        startQueued();
    if (moreWaiting)
        schedulePump();
}

// TCP keepalive and TCP_USER_TIMEOUT notice a host that is gone, not one whose kernel still
// acknowledges while sshd is hung or stopped. The kernel knows when the host last sent data; when
// that is too long ago, an SSH keepalive asks sshd itself for an answer.
void SshWorker::checkAlive()
{
    if (!m_ready)
        return;
    if (m_backlog->load() > BacklogLimit) {
        // Reading is paused until the caller catches up: the silence is ours, not the host's.
        m_aliveMisses = 0;
        m_aliveProbe.invalidate();
        return;
    }
    tcp_info info = {};
    socklen_t length = sizeof info;
    // Not a TCP socket behind a jump host: there the hop's own ssh watches the connection.
    if (getsockopt(ssh_get_fd(m_session), IPPROTO_TCP, TCP_INFO, &info, &length) != 0)
        return;
    const qint64 silentMs = info.tcpi_last_data_recv;
    if (silentMs < m_options.aliveIntervalMs) {
        m_aliveMisses = 0;
        m_aliveProbe.invalidate();
        return;
    }
    // The kernel counts in jiffies (10 ms at HZ=100), so on loopback an answer can look a few ms
    // older than its question. Safe: a question is only asked after aliveIntervalMs of silence.
    constexpr qint64 KernelClockSlackMs = 10;
    if (m_aliveProbe.isValid() && silentMs <= m_aliveProbe.elapsed() + KernelClockSlackMs)
        m_aliveMisses = 0; // the last question was answered; the host has been quiet since
    if (m_aliveMisses >= m_options.aliveCountMax) {
        failConnection(SessionState::Unreachable,
                       tr("%1 stopped answering: nothing came back for %2 s, though Lotsen asked "
                          "%n time(s). The host may be hung or overloaded; check its console, then "
                          "connect again.",
                          nullptr, m_aliveMisses)
                           .arg(m_address, QLocale().toString(silentMs / 1000.0, 'f', 1)));
        return;
    }
    ++m_aliveMisses;
    m_aliveProbe.start();
    // libssh 0.10 sends a keepalive only when no global request is outstanding, and the first call
    // after an answer only clears that answer: of two calls, one sends unless a question is still
    // unanswered.
    ssh_send_keepalive(m_session);
    ssh_send_keepalive(m_session);
    schedulePump();
}

void SshWorker::finishChannel(quint64 id)
{
    auto it = m_channels.find(id);
    if (it == m_channels.end())
        return;
    const bool internal = it->second->isInternal();
    const CommandResult result = it->second->result();
    if (!internal)
        audit(*it->second, result);
    m_channels.erase(it);
    m_slots.channelClosed();
    if (!internal)
        Q_EMIT commandFinished(id, result);
}

void SshWorker::audit(const CommandChannel& channel, const CommandResult& result)
{
    if (m_options.auditDirectory == QLatin1String("none"))
        return;
    AuditEntry entry;
    entry.time = QDateTime::currentDateTimeUtc().addMSecs(-result.durationMs);
    entry.host = m_host.name;
    entry.command = channel.display();
    entry.exitCode = result.exitCode;
    entry.durationMs = result.durationMs;
    entry.output = channel.outputTail();
    if (!result.error.isEmpty())
        entry.output += '\n' + result.error.toUtf8();
    if (const Result<void> written = m_auditLog.append(entry, {m_sudoPassword}); !written)
        qCWarning(lcRemote) << written.error();
}

void SshWorker::failConnection(SessionState state, const QString& message)
{
    qCDebug(lcRemote) << m_host.name << message;
    // The state goes out first, so whoever hears of the failed commands already knows why.
    std::vector<std::pair<quint64, CommandResult>> failed;
    for (auto& [id, channel] : m_channels) {
        if (channel->isInternal())
            continue;
        channel->fail(message);
        failed.emplace_back(id, channel->result());
        audit(*channel, failed.back().second);
    }
    for (auto& [id, request] : m_queue) {
        CommandResult result;
        result.error = message;
        failed.emplace_back(id, result);
    }
    m_queue.clear();
    m_controlQueue.clear();
    teardown();
    setState(state, message);
    for (const auto& [id, result] : failed)
        Q_EMIT commandFinished(id, result);
}

void SshWorker::close()
{
    if (!m_session && m_queue.empty())
        return;
    failConnection(SessionState::Disconnected, tr("Disconnected from %1.").arg(m_address));
}

void SshWorker::teardown()
{
    m_channels.clear();
    m_controlQueue.clear();
    m_slots.reset();
    m_authSteps.clear();
    m_pendingSecret = nullptr;
    delete m_notifier;
    m_notifier = nullptr;
    delete m_pumpTimer;
    m_pumpTimer = nullptr;
    delete m_aliveTimer;
    m_aliveTimer = nullptr;
    if (m_event) {
        ssh_event_remove_session(m_event, m_session);
        ssh_event_free(m_event);
        m_event = nullptr;
    }
    if (m_session) {
        if (ssh_is_connected(m_session))
            ssh_disconnect(m_session);
        ssh_free(m_session);
        m_session = nullptr;
    }
    m_ready = false;
    m_connecting = false;
}

} // namespace Lotsen
