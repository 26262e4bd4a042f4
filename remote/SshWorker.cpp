#include "SshWorker.h"

#include "CommandChannel.h"
#include "CommandLine.h"
#include "KnownHosts.h"
#include "ProxyJump.h"
#include "SshKeyBlob.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTimer>

#include <libssh/libssh.h>

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
constexpr int MaxSecretAttempts = 3;

QString homePath(const QString& path)
{
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    if (path.startsWith(QLatin1String("%d/")))
        return QDir::homePath() + QStringLiteral("/.ssh") + path.mid(2);
    return path;
}

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

SshKeyDescription describeKey(ssh_key key)
{
    char* base64 = nullptr;
    if (!key || ssh_pki_export_pubkey_base64(key, &base64) != SSH_OK)
        return {};
    const QByteArray blob = QByteArray::fromBase64(QByteArray(base64));
    ssh_string_free_char(base64);
    return describeSshKeyBlob(blob);
}

// The recorded keys the offered one conflicts with: those of its own type, or, where the file has
// none of that type, all of them. Read from the file because libssh does not hand them out.
QList<SshKeyDescription> conflictingKeys(const QString& knownHostsFile, const QString& host,
                                         const QString& offeredType)
{
    QFile file(knownHostsFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<SshKeyDescription> sameType, otherType;
    for (const QByteArray& blob : KnownHosts::keysFor(file.readAll(), host)) {
        const SshKeyDescription key = describeSshKeyBlob(blob);
        (key.type == offeredType ? sameType : otherType).append(key);
    }
    return sameType.isEmpty() ? otherType : sameType;
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
    const QString knownHosts = m_options.knownHostsFile.isEmpty()
                                   ? QDir::homePath() + QStringLiteral("/.ssh/known_hosts")
                                   : m_options.knownHostsFile;
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

HostKeyInfo SshWorker::describeServerKey(int knownState, QStringList* recorded)
{
    HostKeyInfo info;
    info.kind = knownState == SSH_KNOWN_HOSTS_CHANGED ? HostKeyInfo::Changed
                : knownState == SSH_KNOWN_HOSTS_OTHER ? HostKeyInfo::OtherType
                                                      : HostKeyInfo::Unknown;
    info.host = KnownHosts::hostField(m_address, m_port);
    info.knownHostsFile = m_options.knownHostsFile.isEmpty()
                              ? QDir::homePath() + QStringLiteral("/.ssh/known_hosts")
                              : m_options.knownHostsFile;
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(m_session, &key) == SSH_OK) {
        const SshKeyDescription d = describeKey(key);
        info.keyType = d.type;
        info.fingerprint = d.fingerprint;
        info.bits = d.bits;
        ssh_key_free(key);
    }
    if (info.kind == HostKeyInfo::Unknown || !recorded)
        return info;
    const QList<SshKeyDescription> old = conflictingKeys(info.knownHostsFile, info.host, info.keyType);
    if (!old.isEmpty()) {
        info.oldKeyType = old.first().type;
        info.oldFingerprint = old.first().fingerprint;
    }
    for (const SshKeyDescription& oldKey : old)
        recorded->append(oldKey.type + QLatin1Char(' ') + oldKey.fingerprint);
    return info;
}

QString SshWorker::hostKeyRefusal(const HostKeyInfo& info, const QStringList& recorded) const
{
    const QString oldKeys = recorded.isEmpty() ? tr("(unreadable)") : recorded.join(QStringLiteral(", "));
    const QString what =
        info.keyType != info.oldKeyType && !info.oldKeyType.isEmpty()
            ? tr("%1 offered a %2 host key (%3), but %4 records only a key of another type for it: %5.")
                  .arg(info.host, info.keyType, info.fingerprint, info.knownHostsFile, oldKeys)
            : tr("The host key of %1 is not the one recorded in %2 (recorded: %3; offered now: %4 %5).")
                  .arg(info.host, info.knownHostsFile, oldKeys, info.keyType, info.fingerprint);
    return what + QLatin1Char(' ') +
           tr("This can mean someone is intercepting the connection, or that the host was reinstalled. "
              "Lotsen ran nothing. If you know the host was reinstalled, check the new fingerprint on the "
              "host's console (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub), then remove the old key with\n"
              "  ssh-keygen -R '%1' -f '%2'\nand connect again.")
               .arg(info.host, info.knownHostsFile);
}

void SshWorker::verifyHostKey()
{
    const int known = ssh_session_is_known_server(m_session);
    switch (known) {
    case SSH_KNOWN_HOSTS_OK:
        startAuthentication();
        return;
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND:
        if (m_options.acceptNewHostKeys) {
            answerHostKey(true);
            return;
        }
        Q_EMIT hostKeyQuestion(describeServerKey(known, nullptr));
        return;
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER: {
        QStringList recorded;
        const HostKeyInfo info = describeServerKey(known, &recorded);
        const QString fix = hostKeyRefusal(info, recorded);
        Q_EMIT hostKeyRefused(info, fix);
        failConnection(SessionState::KeyProblem, fix);
        return;
    }
    default:
        failConnection(SessionState::KeyProblem, tr("Could not check the host key of %1 against %2: %3")
                                                     .arg(m_address, m_options.knownHostsFile, sshError()));
        return;
    }
}

void SshWorker::answerHostKey(bool accept)
{
    if (!m_session || m_ready)
        return;
    if (!accept) {
        failConnection(SessionState::KeyProblem,
                       tr("The host key of %1 was not accepted; nothing was run.").arg(m_address));
        return;
    }
    if (ssh_session_update_known_hosts(m_session) != SSH_OK) {
        failConnection(
            SessionState::KeyProblem,
            tr("Could not record the host key in %1: %2").arg(m_options.knownHostsFile, sshError()));
        return;
    }
    startAuthentication();
}

QStringList SshWorker::identityCandidates() const
{
    QStringList paths;
    auto add = [&paths](const QString& path) {
        const QString expanded = homePath(path);
        if (!expanded.isEmpty() && !paths.contains(expanded) && QFileInfo(expanded).isFile())
            paths.append(expanded);
    };
    add(m_options.identityFile);
    add(m_host.identityFile);
    char* fromConfig = nullptr;
    if (ssh_options_get(m_session, SSH_OPTIONS_IDENTITY, &fromConfig) == SSH_OK) {
        add(QString::fromUtf8(fromConfig));
        ssh_string_free_char(fromConfig);
    }
    for (const char* name : {"id_ed25519", "id_ecdsa", "id_rsa"})
        add(QDir::homePath() + QStringLiteral("/.ssh/") + QLatin1String(name));
    return paths;
}

void SshWorker::startAuthentication()
{
    const int none = ssh_userauth_none(m_session, nullptr);
    if (none == SSH_AUTH_SUCCESS) {
        becomeReady();
        return;
    }
    if (none == SSH_AUTH_ERROR) {
        failConnection(SessionState::Unreachable, tr("Login to %1 failed: %2").arg(m_address, sshError()));
        return;
    }
    const int methods = ssh_userauth_list(m_session, nullptr);
    m_authSteps.clear();
    m_authTried.clear();
    const QString preferred = m_options.preferredAuthentications.isEmpty()
                                  ? QStringLiteral("publickey,keyboard-interactive,password")
                                  : m_options.preferredAuthentications;
    for (const QString& method : preferred.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (method == QLatin1String("publickey") && (methods & SSH_AUTH_METHOD_PUBLICKEY)) {
            if (m_options.useAgent && !qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK"))
                m_authSteps.push_back([this] { return tryAgent(); });
            for (const QString& path : identityCandidates())
                m_authSteps.push_back([this, path] { return tryKeyFile(path); });
        } else if (method == QLatin1String("keyboard-interactive") &&
                   (methods & SSH_AUTH_METHOD_INTERACTIVE)) {
            m_authSteps.push_back([this] { return tryKeyboardInteractive(); });
        } else if (method == QLatin1String("password") && (methods & SSH_AUTH_METHOD_PASSWORD)) {
            m_authSteps.push_back([this] { return tryPassword(); });
        }
    }
    continueAuthentication();
}

void SshWorker::continueAuthentication()
{
    while (!m_authSteps.empty()) {
        AuthStep step = std::move(m_authSteps.front());
        m_authSteps.pop_front();
        switch (step()) {
        case AuthOutcome::Success:
            becomeReady();
            return;
        case AuthOutcome::Waiting:
            return;
        case AuthOutcome::Fatal:
            failConnection(SessionState::Unreachable,
                           tr("Login to %1 failed: %2").arg(m_address, sshError()));
            return;
        case AuthOutcome::Failed:
            break;
        }
    }
    const QString tried =
        m_authTried.isEmpty() ? tr("no method the host offers") : m_authTried.join(QStringLiteral(", "));
    failConnection(
        SessionState::NeedsLogin,
        tr("Could not log in to %1 as %2 (tried: %3). Check the user name, load your key into ssh-agent "
           "or choose a key file, or enter the right password.")
            .arg(m_address, m_user, tried));
}

SshWorker::AuthOutcome SshWorker::tryAgent()
{
    m_authTried.append(tr("ssh-agent"));
    const int rc = ssh_userauth_agent(m_session, nullptr);
    return rc == SSH_AUTH_SUCCESS                                 ? AuthOutcome::Success
           : rc == SSH_AUTH_ERROR && !ssh_is_connected(m_session) ? AuthOutcome::Fatal
                                                                  : AuthOutcome::Failed;
}

SshWorker::AuthOutcome SshWorker::publickeyWith(ssh_key key, const QString& path)
{
    Q_UNUSED(path);
    const int rc = ssh_userauth_publickey(m_session, nullptr, key);
    ssh_key_free(key);
    if (rc == SSH_AUTH_SUCCESS)
        return AuthOutcome::Success;
    return rc == SSH_AUTH_ERROR && !ssh_is_connected(m_session) ? AuthOutcome::Fatal : AuthOutcome::Failed;
}

SshWorker::AuthOutcome SshWorker::tryKeyFile(const QString& path)
{
    m_authTried.append(tr("key %1").arg(path));
    const QByteArray file = QFile::encodeName(path);
    ssh_key publicKey = nullptr;
    if (ssh_pki_import_pubkey_file((file + ".pub").constData(), &publicKey) == SSH_OK) {
        // Ask the server first, so nobody types a passphrase for a key it would refuse anyway.
        const int rc = ssh_userauth_try_publickey(m_session, nullptr, publicKey);
        ssh_key_free(publicKey);
        if (rc != SSH_AUTH_SUCCESS)
            return rc == SSH_AUTH_ERROR && !ssh_is_connected(m_session) ? AuthOutcome::Fatal
                                                                        : AuthOutcome::Failed;
    }
    ssh_key key = nullptr;
    if (ssh_pki_import_privkey_file(file.constData(), nullptr, nullptr, nullptr, &key) == SSH_OK)
        return publickeyWith(key, path);
    askPassphrase(path, 0);
    return AuthOutcome::Waiting;
}

// The prompts below ask again through member calls: a closure holding a shared_ptr to itself
// would never be freed.
void SshWorker::askPassphrase(const QString& path, int attempt)
{
    const QString prompt =
        attempt == 0 ? tr("Passphrase for key %1:") : tr("Wrong passphrase. Passphrase for key %1:");
    askSecret(SecretKind::Passphrase, prompt.arg(path), false,
              [this, path, attempt](bool given, QByteArray passphrase) {
                  if (!given) {
                      continueAuthentication();
                      return;
                  }
                  ssh_key unlocked = nullptr;
                  const int rc =
                      ssh_pki_import_privkey_file(QFile::encodeName(path).constData(), passphrase.constData(),
                                                  nullptr, nullptr, &unlocked);
                  wipeSecret(passphrase);
                  if (rc == SSH_OK)
                      afterAnswer(publickeyWith(unlocked, path));
                  else if (attempt + 1 >= MaxSecretAttempts)
                      continueAuthentication();
                  else
                      askPassphrase(path, attempt + 1);
              });
}

// Where a login step goes on once a person has answered.
void SshWorker::afterAnswer(AuthOutcome outcome)
{
    switch (outcome) {
    case AuthOutcome::Success:
        becomeReady();
        return;
    case AuthOutcome::Fatal:
        failConnection(SessionState::Unreachable, tr("Login to %1 failed: %2").arg(m_address, sshError()));
        return;
    case AuthOutcome::Failed:
        continueAuthentication();
        return;
    case AuthOutcome::Waiting:
        return;
    }
}

SshWorker::AuthOutcome SshWorker::tryKeyboardInteractive()
{
    m_authTried.append(tr("keyboard-interactive"));
    return kbdintRound(ssh_userauth_kbdint(m_session, nullptr, nullptr), 0);
}

// One round of the server's questions; rounds counts those already answered.
SshWorker::AuthOutcome SshWorker::kbdintRound(int rc, int rounds)
{
    while (rc == SSH_AUTH_INFO && ssh_userauth_kbdint_getnprompts(m_session) <= 0)
        rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
    if (rc == SSH_AUTH_SUCCESS)
        return AuthOutcome::Success;
    if (rc == SSH_AUTH_ERROR && !ssh_is_connected(m_session))
        return AuthOutcome::Fatal;
    if (rc != SSH_AUTH_INFO || rounds >= MaxSecretAttempts)
        return AuthOutcome::Failed;
    askKbdintPrompt(0, rounds + 1);
    return AuthOutcome::Waiting;
}

// Asks each prompt of the round in turn, then sends the answers.
void SshWorker::askKbdintPrompt(int index, int rounds)
{
    if (index >= ssh_userauth_kbdint_getnprompts(m_session)) {
        afterAnswer(kbdintRound(ssh_userauth_kbdint(m_session, nullptr, nullptr), rounds));
        return;
    }
    char echo = 0;
    const QString prompt =
        QString::fromUtf8(ssh_userauth_kbdint_getprompt(m_session, unsigned(index), &echo));
    const QString instruction = QString::fromUtf8(ssh_userauth_kbdint_getinstruction(m_session));
    askSecret(
        SecretKind::KeyboardInteractive, prompt, echo != 0,
        [this, index, rounds](bool given, QByteArray answer) {
            if (!given) {
                continueAuthentication();
                return;
            }
            ssh_userauth_kbdint_setanswer(m_session, unsigned(index), answer.constData());
            wipeSecret(answer);
            askKbdintPrompt(index + 1, rounds);
        },
        instruction);
}

SshWorker::AuthOutcome SshWorker::tryPassword()
{
    m_authTried.append(tr("password"));
    askPassword(0);
    return AuthOutcome::Waiting;
}

void SshWorker::askPassword(int attempt)
{
    const QString prompt =
        attempt == 0 ? tr("Password for %1@%2:") : tr("Wrong password. Password for %1@%2:");
    askSecret(SecretKind::Password, prompt.arg(m_user, m_address), false,
              [this, attempt](bool given, QByteArray password) {
                  if (!given) {
                      continueAuthentication();
                      return;
                  }
                  const int rc = ssh_userauth_password(m_session, nullptr, password.constData());
                  wipeSecret(password);
                  if (rc == SSH_AUTH_SUCCESS)
                      becomeReady();
                  else if (rc == SSH_AUTH_ERROR && !ssh_is_connected(m_session))
                      afterAnswer(AuthOutcome::Fatal);
                  else if (attempt + 1 >= MaxSecretAttempts)
                      continueAuthentication();
                  else
                      askPassword(attempt + 1);
              });
}

void SshWorker::askSecret(SecretKind kind, const QString& prompt, bool echo,
                          std::function<void(bool, QByteArray)> then, const QString& instruction)
{
    m_pendingSecret = std::move(then);
    SecretRequest request;
    request.kind = kind;
    request.title = QStringLiteral("%1@%2").arg(m_user, m_host.name);
    request.prompt = prompt;
    request.instruction = instruction;
    request.echo = echo;
    Q_EMIT secretRequested(request);
}

void SshWorker::answerSecret(bool given, QByteArray secret)
{
    auto then = std::move(m_pendingSecret);
    m_pendingSecret = nullptr;
    if (then && m_session)
        then(given, std::move(secret)); // moved on, so the one who uses it holds the only copy to wipe
    wipeSecret(secret);
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
