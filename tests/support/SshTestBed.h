#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace Lotsen::Test {

struct BedHost
{
    QString name;             // "host0"
    QString address;          // "127.0.0.10"
    int port = 0;             // 22220
    qint64 pid = 0;           // the sshd listener; 0 while the host is killed
    QStringList hostKeys;     // private host key paths, ed25519 first
    QStringList fingerprints; // "SHA256:…", in the order of hostKeys
};

// Owns one run of tests/bed/sshbed.sh: real sshd processes on 127.0.0.10+i, each with its own host
// keys, plus client keys and an ssh-agent, all inside a temporary directory. Blocking (QProcess
// waitForFinished), so for tests only. The destructor stops the bed; if the test process dies first,
// the script's watchdog stops it.
class SshTestBed
{
public:
    SshTestBed();
    ~SshTestBed();
    SshTestBed(const SshTestBed&) = delete;
    SshTestBed& operator=(const SshTestBed&) = delete;

    // Whether this machine has what the bed needs (sshd, ssh-keygen, ssh-agent, …).
    static bool canRun(QString* whyNot = nullptr);
    static QString scriptPath();

    bool start(int hosts, QString* error = nullptr);
    void stop();
    bool isRunning() const { return m_running; }

    // Host I after a restart/rekey/kill is re-read from bed.json.
    bool rekey(int i, const QStringList& keyTypes = {}); // e.g. {"rsa"}: a key of another type
    bool kill(int i);                                    // SIGKILL the sshd and its sessions
    bool restart(int i);
    QString lastError() const { return m_lastError; }

    QList<BedHost> hosts() const { return m_hosts; }
    BedHost host(int i) const { return m_hosts.value(i); }
    // "[127.0.0.10]:22220 ssh-ed25519 AAAA…", for a known_hosts file; empty if the host has no such key.
    QString knownHostsLine(int i, const QString& keyType = QStringLiteral("ed25519")) const;
    QString sshdLog(int i) const;

    QString dir() const;
    QString clientKey() const { return m_clientKey; }
    QString passphraseKey() const { return m_passphraseKey; }
    QString passphrase() const { return m_passphrase; }
    QString agentKey() const { return m_agentKey; }
    QString agentSocket() const { return m_agentSocket; }
    QString user() const { return m_user; }
    QString passwordUser() const { return m_passwordUser; }
    QString password() const { return m_password; }
    QString nopwUser() const { return m_nopwUser; }
    bool isRoot() const { return m_root; }

private:
    bool runScript(const QStringList& arguments, int timeoutMs);
    bool hostCommand(const char* command, int i, const QStringList& extra = {});
    bool load();

    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_running = false;
    bool m_root = false;
    QString m_lastError;
    QList<BedHost> m_hosts;
    QString m_clientKey;
    QString m_passphraseKey;
    QString m_passphrase;
    QString m_agentKey;
    QString m_agentSocket;
    QString m_user;
    QString m_passwordUser;
    QString m_password;
    QString m_nopwUser;
};

} // namespace Lotsen::Test
