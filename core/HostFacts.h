#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Lotsen {

// What one refresh learned about a host: OS, kernels, disks and Docker. Plain values, filled by
// FactsParser from the output of FactsScript; shown by the panes; printed by `lotsenctl status`.
// Sizes are bytes; -1 means "not known". A section the host could not answer (tool missing,
// permission denied, truncated output) leaves its part empty and says why in `problems`.

struct OsFacts
{
    QString hostname;
    QString id;         // os-release ID: "debian", "ubuntu", "centos", "rhel", "rocky", …; "centos" for EL6
    QString family;     // "el" or "debian"; empty when unknown
    QString version;    // "6.7", "12", "22.04"
    QString prettyName; // "CentOS release 6.7 (Final)", "Debian GNU/Linux 12 (bookworm)"
    QString arch;       // "x86_64"
};

struct BlockDevice
{
    QString name;       // "sda1", "vg_docker-lv_pool"
    QString path;       // "/dev/sda1"
    QString type;       // "disk", "part", "lvm", "loop", "rom", "crypt", "raid1", …
    QString fsType;     // "ext4", "xfs", "btrfs", "LVM2_member", "swap", empty
    QString mountPoint; // empty when not mounted
    QString label;
    QString uuid;
    qint64 size = -1;
    qint64 fsSize = -1; // from df, when mounted
    qint64 fsUsed = -1;
    QList<BlockDevice> children;
};

struct LvmPhysicalVolume
{
    QString name; // "/dev/sdb"
    QString vg;
    qint64 size = -1;
    qint64 free = -1;
};

struct LvmVolumeGroup
{
    QString name;
    qint64 size = -1;
    qint64 free = -1;
    int pvCount = 0;
    int lvCount = 0;
};

struct LvmLogicalVolume
{
    QString name;
    QString vg;
    QString attr;    // lv_attr, e.g. "twi-a-tz--"
    QString poolLv;  // for thin volumes: their pool
    QString segType; // "thin-pool", "thin", "linear", …
    qint64 size = -1;
    double dataPercent = -1;     // thin pools (and snapshots)
    double metadataPercent = -1; // thin pools
    bool isThinPool() const
    {
        return segType == QLatin1String("thin-pool") || attr.startsWith(QLatin1Char('t'));
    }
};

struct BtrfsFilesystem
{
    QString label;
    QString uuid;
    qint64 used = -1;
    QStringList devices; // "/dev/loop3"
    qint64 size = -1;    // of all its devices together
};

struct DiskFacts
{
    QList<BlockDevice> devices; // the lsblk tree
    QList<LvmPhysicalVolume> pvs;
    QList<LvmVolumeGroup> vgs;
    QList<LvmLogicalVolume> lvs;
    QList<BtrfsFilesystem> btrfs;
    bool lvmToolsPresent = false;
    bool deviceMapperAvailable = false; // the kernel's device-mapper (/proc/misc, /dev/mapper/control)
    // What holds Docker's data root (DockerFacts::dataRoot, else /var/lib/docker).
    QString dockerRootSource; // "/dev/loop3", "/dev/mapper/vg-root"
    QString dockerRootFsType; // "btrfs", "ext4", "xfs"
    QString dockerRootMount;  // the mount point that contains it
    qint64 dockerRootSize = -1;
    qint64 dockerRootUsed = -1;
};

struct InstalledKernel
{
    QString version;        // "4.4.5-1.el6.elrepo.x86_64"
    QString package;        // "kernel-ml", "kernel", "linux-image-6.1.0-18-amd64"; empty when only /boot told
    QString title;          // GRUB's title or menuentry, when known
    bool isDefault = false; // what GRUB boots next
    bool isRunning = false;
};

struct KernelFacts
{
    QString running; // uname -r
    QList<InstalledKernel> installed;
    QString bootloader;           // "grub-legacy", "grub2", empty = unknown
    QString grubDefault;          // grub.conf default=N, or saved_entry, as written
    QString defaultKernelPackage; // /etc/sysconfig/kernel DEFAULTKERNEL (EL)
    QString commandLine;          // /proc/cmdline
    // What the command line asks for and what is in effect differ: many kernels have the memory
    // cgroup on without any flag, and a flag the kernel does not support changes nothing.
    bool cgroupEnableMemoryOnCommandLine = false; // cgroup_enable=memory (alone or in a list)
    bool swapAccountOnCommandLine = false;        // swapaccount=1, the last swapaccount= counting
    bool memoryCgroupEnabled = false; // in effect: /proc/cgroups or the cgroup v2 controllers say so
    bool swapAccountEnabled = false;  // in effect: memory.memsw.* (v1) or memory.swap.max (v2) exist
    bool aufs = false;                // the kernel can mount these (built in or as a module)
    bool overlay = false;
    bool btrfs = false;
    bool rebootPending = false;
    bool tooOldForDocker = false; // running kernel < 3.10
};

struct DockerImage
{
    QString id; // full "sha256:…" where the host gives it, else as printed
    QString repository;
    QString tag;
    qint64 size = -1;
    QString created; // as the host printed it
};

struct DockerContainer
{
    QString id;
    QString name;
    QString image;
    QString state;  // "running", "exited", … (derived from status on old versions)
    QString status; // "Up 3 hours", "Exited (0) 2 days ago"
    QString ports;  // as printed
};

struct DockerFacts
{
    bool installed = false;        // a docker client answered
    bool daemonRunning = false;    // the daemon answered
    bool permissionDenied = false; // the login user may not use the daemon socket: daemon state unknown
    QString clientVersion;
    QString serverVersion;
    QString apiVersion;
    QString storageDriver;
    QString backingFilesystem;                   // "Backing Filesystem" from the driver status
    QString dataRoot;                            // DockerRootDir
    QList<QPair<QString, QString>> driverStatus; // as docker info lists it
    qint64 poolDataUsed = -1;                    // devicemapper
    qint64 poolDataTotal = -1;
    qint64 poolMetadataUsed = -1;
    qint64 poolMetadataTotal = -1;
    bool loopbackDevicemapper = false; // "Data loop file" present
    QStringList daemonOptions;         // the daemon's flags, as configured
    // "/etc/sysconfig/docker", "/etc/docker/daemon.json" (comma-separated when both), CommandLineSource
    // or empty; fixed text, so lotsenctl's JSON reads the same in every language.
    QString optionsSource;
    QList<DockerImage> images;
    QList<DockerContainer> containers;
    QStringList groupMembers; // of the "docker" group

    static constexpr const char* CommandLineSource = "command line";
    // optionsSource for people, in the current language.
    QString optionsSourceText() const;
};

struct FactsWarning
{
    enum Severity
    {
        Info,
        Warning,
        Critical
    };
    Severity severity = Warning;
    QString code; // stable, for scripts: "loop-devicemapper", "kernel-too-old", "reboot-pending", …
    QString text; // translated, for people
};

struct HostFacts
{
    OsFacts os;
    KernelFacts kernel;
    DiskFacts disks;
    DockerFacts docker;
    QList<FactsWarning> warnings;
    QStringList problems; // sections that could not be read, translated ("lvs: permission denied")
    QDateTime collectedAt;

    QJsonObject toJson() const; // the `lotsenctl status --json` shape, documented in docs/status-json.md
};

} // namespace Lotsen
