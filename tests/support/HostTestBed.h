#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace Lotsen::Test {

// One host of tests/bed/hostbed.sh, as bed.json describes it.
struct DockerBedHost
{
    QString name;          // "el6", "debian12-overlay2", …
    QString profile;       // "el6-btrfs", "debian12-overlay2", "debian12-vfs", "debian12-btrfs"
    QString address;       // "127.0.0.100"
    int port = 0;          // 23220
    qint64 pid = 0;        // the host's sshd listener (the first process of its namespaces)
    qint64 dockerPid = 0;  // its dockerd
    QString hostname;      // "lotsen-el6"
    QString storageDriver; // what `docker info` says: "btrfs", "overlay2", "vfs"
    QString loopDevice;    // "/dev/loop3", mounted on the host's /var/lib/docker
    QString dataFs;        // "btrfs" or "ext4"
    QString fingerprint;   // "SHA256:…" of its ed25519 host key
    QString grubDefault;   // "1" on el6 (its /boot/grub/grub.conf), empty elsewhere
    QString defaultKernel; // "kernel" on el6 (its /etc/sysconfig/kernel), empty elsewhere
    QList<QPair<QString, QString>> images; // ("lotsen/busybox:1", "sha256:…"), as `docker images` says
    QStringList containers;                // {"demo"}
    bool containerRunning = false;         // whether `docker start demo` worked
};

// Owns one run of tests/bed/hostbed.sh: per host a mount+UTS namespace with its own /etc, /boot,
// /run, /var/log, /root, a btrfs or ext4 filesystem on a loop device as /var/lib/docker, a real
// dockerd and an sshd on 127.0.0.(100+i), root logins with clientKey(). Needs root. Blocking, so
// for tests only. The destructor stops the bed; if the test process dies first, the script's
// watchdog stops it.
class HostTestBed
{
public:
    HostTestBed();
    ~HostTestBed();
    HostTestBed(const HostTestBed&) = delete;
    HostTestBed& operator=(const HostTestBed&) = delete;

    // Whether this machine can run the bed: root, dockerd, unshare, losetup, mkfs.btrfs, sshd, …
    static bool canRun(QString* whyNot = nullptr);
    static QString scriptPath();
    // Reads a bed.json the script wrote (also one started by someone else, such as the demo).
    static bool readDescription(const QString& bedJson, QList<DockerBedHost>* hosts, QString* clientKey,
                                QString* knownHosts, QString* error);

    // profiles: e.g. {"el6-btrfs", "debian12-overlay2", "debian12-vfs"}; host i gets profiles[i].
    bool start(const QStringList& profiles, QString* error = nullptr);
    bool stop(QString* error = nullptr);
    bool isRunning() const { return m_running; }
    QString lastError() const { return m_lastError; }

    QList<DockerBedHost> hosts() const { return m_hosts; }
    DockerBedHost host(int i) const { return m_hosts.value(i); }
    QString clientKey() const { return m_clientKey; }
    QString knownHostsFile() const { return m_knownHosts; }
    QString dir() const;

    // OpenSSH client arguments for host i (key, known_hosts, port, root@address), before a command.
    QStringList sshArguments(int i) const;

private:
    bool runScript(const QStringList& arguments, int timeoutMs);
    bool load();

    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_running = false;
    QString m_lastError;
    QList<DockerBedHost> m_hosts;
    QString m_clientKey;
    QString m_knownHosts;
};

} // namespace Lotsen::Test
