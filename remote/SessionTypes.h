#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace Lotsen {

// The states a host's connection shows in the host tree.
enum class SessionState
{
    Disconnected,
    Connecting,
    Connected,
    NeedsLogin,  // every login method failed or was cancelled
    KeyProblem,  // host key unknown and refused, or changed
    Unreachable, // DNS, TCP, timeout or dropped connection
};

struct HostKeyInfo
{
    enum Kind
    {
        Unknown,
        Changed,
        OtherType
    };
    Kind kind = Unknown;
    QString host;           // as written to known_hosts, e.g. "[127.0.0.2]:2222"
    QString keyType;        // "ED25519", "RSA", "ECDSA" as ssh-keygen -l prints it
    QString fingerprint;    // "SHA256:..." exactly as ssh-keygen -l prints it
    int bits = 0;           // key size as ssh-keygen -l prints it
    QString knownHostsFile; // the file that was checked / will be written
    QString oldKeyType;     // Changed / OtherType: what known_hosts holds
    QString oldFingerprint; // Changed: the recorded key's fingerprint, when it could be read
};

enum class SecretKind
{
    Password,
    Passphrase,
    KeyboardInteractive,
    SudoPassword
};

struct SecretRequest
{
    SecretKind kind = SecretKind::Password;
    QString title;       // e.g. "root@127.0.0.2"
    QString prompt;      // the server's or key's prompt text
    QString instruction; // keyboard-interactive instruction, may be empty
    bool echo = false;   // keyboard-interactive: whether the answer may be shown
};

struct SessionOptions
{
    QString knownHostsFile; // empty = ~/.ssh/known_hosts
    QString sshConfigFile;  // empty = ~/.ssh/config; "none" = do not read one
    QString identityFile;   // overrides the host's and the config's key
    bool acceptNewHostKeys = false;
    bool useAgent = true;
    // Login methods in the order to try them, as ssh_config's PreferredAuthentications:
    // "publickey,keyboard-interactive,password" when empty.
    QString preferredAuthentications;
    int connectTimeoutMs = 10000;
    // Channels open at once on one connection (sshd's MaxSessions is 10), cancel's kill commands
    // included: commands use all but one, which stays free for a kill.
    int maxChannels = 9;
    // As OpenSSH's ServerAliveInterval and ServerAliveCountMax: after this long without a byte from
    // the host, ask it for an answer; give the connection up when that many questions in a row go
    // unanswered. Catches a host whose kernel still acknowledges but whose sshd no longer answers.
    int aliveIntervalMs = 10000;
    int aliveCountMax = 3;
    QString auditDirectory; // where each command is recorded; empty = AuditLog's default, "none" = off
};

enum class OutputChannel
{
    Stdout,
    Stderr
};

// One remote command. shellLine is already quoted (CommandLine::toShell / Pipeline::toShell).
struct CommandRequest
{
    QByteArray shellLine;
    QByteArray stdinData;  // sent after start (after sudo's prompt is answered); then EOF
    bool sudo = false;     // wrap in sudo -S with a prompt marker
    int timeoutMs = 0;     // 0 = none
    QString display;       // how the log shows it; defaults to shellLine
    bool logOutput = true; // false: the session log shows the command and its end, not its output
};

struct CommandResult
{
    int exitCode = -1; // -1 when killed by a signal or never started
    QString signal;    // e.g. "TERM", "KILL" when killed by a signal
    bool timedOut = false;
    bool cancelled = false;
    QString error; // transport or sudo failure, translated; empty when the command ran
    qint64 durationMs = 0;

    bool ok() const
    {
        return error.isEmpty() && signal.isEmpty() && !timedOut && !cancelled && exitCode == 0;
    }
};

// Zeroes a secret's bytes where this is their only copy (a shared buffer is another holder's to
// wipe, and writing to it would only detach a copy), then drops it.
inline void wipeSecret(QByteArray& secret)
{
    if (secret.isDetached())
        secret.fill('\0');
    secret.clear();
}

} // namespace Lotsen

Q_DECLARE_METATYPE(Lotsen::SessionState)
Q_DECLARE_METATYPE(Lotsen::HostKeyInfo)
Q_DECLARE_METATYPE(Lotsen::SecretRequest)
Q_DECLARE_METATYPE(Lotsen::OutputChannel)
Q_DECLARE_METATYPE(Lotsen::CommandRequest)
Q_DECLARE_METATYPE(Lotsen::CommandResult)
