#pragma once

#include "HostSession.h"
#include "SessionTypes.h"

#include <QDialog>
#include <QList>
#include <QObject>
#include <QPointer>

#include <map>

class QWidget;

namespace Lotsen {

class HostTreeModel;
class LogPane;

// Owns one HostSession per host that has been connected (or run on), keeps the host tree's state
// icons and the log up to date, and turns the sessions' questions (unknown host key, password,
// passphrase, sudo) into dialogs. Dialogs open one at a time, non-blocking, in the order asked.
class SessionManager : public QObject
{
    Q_OBJECT
public:
    SessionManager(HostTreeModel* model, LogPane* log, QWidget* dialogParent, QObject* parent = nullptr);
    ~SessionManager() override;

    // Applies to sessions created from now on.
    void setOptions(const SessionOptions& options) { m_options = options; }
    const SessionOptions& options() const { return m_options; }

    HostSession* session(const QString& host) const; // nullptr if none yet
    HostSession* ensureSession(const QString& host); // nullptr if the host is not configured
    QStringList sessionHosts() const;

    void connectHosts(const QStringList& hosts);
    void disconnectHosts(const QStringList& hosts);
    // The host was edited or removed: close its connection and forget it, so the next connect
    // uses the new settings.
    void forgetHost(const QString& host);

    // The prompt dialog on screen, if any (tests answer it through its buttons).
    QDialog* currentPrompt() const { return m_current; }
    int queuedPrompts() const { return static_cast<int>(m_prompts.size()); }

Q_SIGNALS:
    void stateChanged(const QString& host, Lotsen::SessionState state, const QString& detail);
    void sessionCreated(const QString& host, Lotsen::HostSession* session);
    void sessionForgotten(const QString& host);

private:
    struct Prompt
    {
        enum Kind
        {
            HostKey,
            KeyRefused,
            Secret
        };
        Kind kind = HostKey;
        QString host;
        QPointer<HostSession> session;
        HostKeyInfo key;
        QString howToFix;
        SecretRequest secret;
    };

    void hookUp(HostSession* session);
    void onStateChanged(HostSession* session, SessionState state, const QString& detail);
    void enqueue(const Prompt& prompt);
    void showNextPrompt();
    QDialog* makeDialog(const Prompt& prompt);
    void dropPrompts(const QString& host);

    HostTreeModel* m_model;
    QPointer<LogPane> m_log;
    QPointer<QWidget> m_dialogParent;
    SessionOptions m_options;
    std::map<QString, HostSession*> m_sessions;
    QList<Prompt> m_prompts;
    QPointer<QDialog> m_current;
    QString m_currentHost;
};

} // namespace Lotsen
