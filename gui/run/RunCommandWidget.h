#pragma once

#include "SessionTypes.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSplitter;
class QStackedWidget;

namespace Lotsen {

class HostOutputPanel;
class HostSession;
class SessionManager;

// "Run a command on the selected hosts": one command line, sent to every target host at once
// (as sh -c '<line>', optionally under sudo), each host's output streaming into its own column.
// Hosts that are not connected yet are connected first; Cancel stops what is still running.
class RunCommandWidget : public QWidget
{
    Q_OBJECT
public:
    explicit RunCommandWidget(SessionManager* sessions, QWidget* parent = nullptr);
    ~RunCommandWidget() override;

    void setTargets(const QStringList& hosts);
    const QStringList& targets() const { return m_targets; }
    bool isRunning() const;
    HostOutputPanel* panel(const QString& host) const;

public Q_SLOTS:
    void run();
    void cancel();

Q_SIGNALS:
    void runStarted(const QStringList& hosts);
    void runFinished();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Slot
    {
        QPointer<HostSession> session;
        quint64 id = 0;
        bool done = false;
        HostOutputPanel* panel = nullptr;
    };

    void retranslateUi();
    void updateControls();
    void clearPanels();
    void hook(HostSession* session);
    Slot* slotFor(HostSession* session, quint64 id);
    void finishSlot(Slot& slot, const CommandResult& result);
    void onSessionState(HostSession* session, SessionState state, const QString& detail);

    SessionManager* m_sessions;
    QStringList m_targets;
    QHash<QString, Slot> m_slots; // by host name
    QSet<HostSession*> m_hooked;
    QLineEdit* m_command = nullptr;
    QCheckBox* m_sudo = nullptr;
    QCheckBox* m_wrap = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_targetsLabel = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QScrollArea* m_scroll = nullptr;
    QSplitter* m_splitter = nullptr;
};

} // namespace Lotsen
