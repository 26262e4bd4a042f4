#pragma once

#include "Host.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <optional>

class QTimer;

namespace Lotsen {

// Starts three demo hosts on this machine so a newcomer sees Lotsen working at once: the test
// bed's real sshd + dockerd hosts on loopback addresses (a CentOS 6.7 stand-in on btrfs, Debian 12
// on overlay2 and on vfs). Needs root. The script runs detached, so quitting Lotsen mid-start
// never leaves a half-made bed; the bed's watchdog stops the hosts once Lotsen has exited. The
// host keys are kept between starts, so a key accepted once stays valid.
class DemoHosts : public QObject
{
    Q_OBJECT
public:
    explicit DemoHosts(QObject* parent = nullptr);

    // Whether the demo can run here; *whyNot says what is missing.
    static bool available(QString* whyNot = nullptr);
    // What to type to get the demo hosts when only root is missing: this program under sudo
    // (which keeps DISPLAY and XAUTHORITY); empty when Lotsen already runs as root.
    static QString commandAsRoot();
    static bool runningAsRoot();
    // For tests of the empty host list: pretend to run as root (true) or as a user (false);
    // nullopt = ask the system.
    static void setRunningAsRootForTesting(std::optional<bool> root);
    static QString scriptPath();
    static QString directory(); // $LOTSEN_DEMO_DIR, else /tmp/lotsen-demo-hosts

    bool isStarting() const { return m_pid > 0; }
    void start();

Q_SIGNALS:
    void started(const QList<Lotsen::Host>& hosts);
    void failed(const QString& error);

private:
    void poll();
    void finish();
    QString logTail() const;

    QTimer* m_poll;
    qint64 m_pid = 0;
    QDateTime m_startedAt;
};

} // namespace Lotsen
