#pragma once

#include "AuditLog.h"
#include "ChannelSlots.h"
#include "Host.h"
#include "SessionTypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <deque>
#include <functional>
#include <map>
#include <memory>

class QSocketNotifier;
class QTimer;

struct ssh_session_struct;
struct ssh_key_struct;
struct ssh_event_struct;

namespace Lotsen {

class CommandChannel;

// Owns one libssh session and lives on that session's own thread: connects, checks the host key,
// logs in (asking the caller through signals when a person must answer) and runs commands on
// channels of the one connection. Only HostSession talks to it, always through queued calls.
class SshWorker : public QObject
{
    Q_OBJECT
public:
    SshWorker(const Host& host, const SessionOptions& options, std::shared_ptr<std::atomic<qint64>> backlog);
    ~SshWorker() override;

public Q_SLOTS:
    void open();
    void close();
    void run(quint64 id, const Lotsen::CommandRequest& request);
    void cancel(quint64 id);
    void answerHostKey(bool accept);
    void answerSecret(bool given, QByteArray secret); // wiped after use
    void setSudoPassword(const QByteArray& password);

Q_SIGNALS:
    void stateChanged(Lotsen::SessionState state, const QString& detail);
    void hostKeyQuestion(const Lotsen::HostKeyInfo& info);
    void hostKeyRefused(const Lotsen::HostKeyInfo& info, const QString& howToFix);
    void secretRequested(const Lotsen::SecretRequest& request);
    void commandStarted(quint64 id, const QString& display);
    void commandOutput(quint64 id, Lotsen::OutputChannel channel, const QByteArray& data);
    void commandFinished(quint64 id, const Lotsen::CommandResult& result);

private:
    // One way of logging in; returns true when it finished (successfully or not) without
    // waiting for a person's answer.
    enum class AuthOutcome
    {
        Success,
        Failed,
        Waiting,
        Fatal
    };
    using AuthStep = std::function<AuthOutcome()>;

    friend class CommandChannel;

    void setState(SessionState state, const QString& detail);
    bool configureSession();
    void verifyHostKey();
    HostKeyInfo describeServerKey(int knownState, QStringList* recorded);
    QString hostKeyRefusal(const HostKeyInfo& info, const QStringList& recorded) const;
    void startAuthentication();
    void continueAuthentication();
    AuthOutcome tryAgent();
    AuthOutcome tryKeyFile(const QString& path);
    AuthOutcome tryKeyboardInteractive();
    AuthOutcome kbdintRound(int rc, int rounds);
    void askKbdintPrompt(int index, int rounds);
    AuthOutcome tryPassword();
    void askPassword(int attempt);
    void askPassphrase(const QString& path, int attempt);
    void afterAnswer(AuthOutcome outcome);
    AuthOutcome publickeyWith(ssh_key_struct* key, const QString& path);
    void askSecret(SecretKind kind, const QString& prompt, bool echo,
                   std::function<void(bool, QByteArray)> then, const QString& instruction = {});
    QStringList identityCandidates() const;
    QString sshError() const;
    QString knownHostsPath() const;

    void becomeReady();
    void failConnection(SessionState state, const QString& message);
    void teardown();
    void startQueued();
    bool startChannel(quint64 id, const CommandRequest& request, bool control);
    void channelRefused(quint64 id, const CommandRequest& request, bool control);
    void schedulePump();
    void pump();
    void checkAlive();
    void finishChannel(quint64 id);
    void audit(const CommandChannel& channel, const CommandResult& result);
    void requestSudoPassword(CommandChannel* channel);
    void killProcessGroup(qint64 group, const char* signal);

    Host m_host;
    SessionOptions m_options;
    AuditLog m_auditLog;
    ssh_session_struct* m_session = nullptr;
    ssh_event_struct* m_event = nullptr;
    QString m_address; // what was dialled, for messages
    int m_port = 22;
    QString m_user;
    QSocketNotifier* m_notifier = nullptr;
    QTimer* m_pumpTimer = nullptr;
    QTimer* m_aliveTimer = nullptr;
    QElapsedTimer m_aliveProbe; // since the last keepalive sent, while one is unanswered
    int m_aliveMisses = 0;
    bool m_ready = false;
    bool m_connecting = false;

    std::deque<AuthStep> m_authSteps;
    QStringList m_authTried;
    std::function<void(bool, QByteArray)> m_pendingSecret;
    std::deque<std::pair<quint64, CommandRequest>> m_queue;
    std::deque<std::pair<quint64, CommandRequest>> m_controlQueue; // cancel's kills, before any command
    ChannelSlots m_slots;
    std::map<quint64, std::unique_ptr<CommandChannel>> m_channels;
    QByteArray m_sudoPassword;
    bool m_sudoPasswordAsked = false;
    quint64 m_nextInternalId = 1ull << 62;          // ids of cancel's own kill commands
    std::shared_ptr<std::atomic<qint64>> m_backlog; // bytes emitted but not yet delivered by HostSession
};

} // namespace Lotsen
