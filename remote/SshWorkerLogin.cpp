// The login half of SshWorker: the host key against known_hosts, then the ways to log in (agent,
// key files with their passphrases, keyboard-interactive, password), each answer asked of the user
// through a signal and given back on this thread. The connection and its commands are in
// SshWorker.cpp.

#include "SshWorker.h"

#include "KnownHosts.h"
#include "SshKeyBlob.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <libssh/libssh.h>

namespace Lotsen {
namespace {

constexpr int MaxSecretAttempts = 3;

QString homePath(const QString& path)
{
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    if (path.startsWith(QLatin1String("%d/")))
        return QDir::homePath() + QStringLiteral("/.ssh") + path.mid(2);
    return path;
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

HostKeyInfo SshWorker::describeServerKey(int knownState, QStringList* recorded)
{
    HostKeyInfo info;
    info.kind = knownState == SSH_KNOWN_HOSTS_CHANGED ? HostKeyInfo::Changed
                : knownState == SSH_KNOWN_HOSTS_OTHER ? HostKeyInfo::OtherType
                                                      : HostKeyInfo::Unknown;
    info.host = KnownHosts::hostField(m_address, m_port);
    info.knownHostsFile = knownHostsPath();
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
                                                     .arg(m_address, knownHostsPath(), sshError()));
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
        failConnection(SessionState::KeyProblem,
                       tr("Could not record the host key in %1: %2").arg(knownHostsPath(), sshError()));
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

} // namespace Lotsen
