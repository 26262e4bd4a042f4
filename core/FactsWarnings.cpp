#include "FactsWarnings.h"

#include "DockerFactsParser.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace Lotsen::FactsWarnings {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Lotsen::FactsWarnings)
};

void add(HostFacts* facts, FactsWarning::Severity severity, const char* code, const QString& text)
{
    facts->warnings.append({severity, QString::fromLatin1(code), text});
}

QString percent(double value)
{
    return QString::number(value, 'f', 0);
}

void checkLoopback(HostFacts* facts)
{
    if (!facts->docker.loopbackDevicemapper)
        return;
    add(facts, FactsWarning::Critical, "loop-devicemapper",
        Tr::tr(
            "Docker's devicemapper storage runs on loop devices (sparse files under %1), which is far too "
            "slow for production. Give Docker an LVM thin pool (--storage-opt dm.thinpooldev=/dev/VG/POOL) "
            "or move it to btrfs or overlay2.")
            .arg(facts->docker.dataRoot.isEmpty() ? QStringLiteral("/var/lib/docker")
                                                  : facts->docker.dataRoot));
}

// One check for data and metadata of one pool; the stable code tells which one filled up.
void checkFill(HostFacts* facts, const QString& pool, double used, bool metadata)
{
    if (used <= 80)
        return;
    const FactsWarning::Severity severity = used > 95 ? FactsWarning::Critical : FactsWarning::Warning;
    if (metadata)
        add(facts, severity, "thin-pool-metadata-full",
            Tr::tr("Thin pool %1: metadata is %2% full. When it runs out, the pool and Docker stop writing; "
                   "extend it (lvextend --poolmetadatasize +SIZE VG/POOL).")
                .arg(pool, percent(used)));
    else
        add(facts, severity, "thin-pool-data-full",
            Tr::tr("Thin pool %1: data is %2% full. Remove unused images and containers or extend the pool "
                   "(lvextend -L +SIZE VG/POOL).")
                .arg(pool, percent(used)));
}

// device-mapper's name for an LV: "vg_docker-lv_pool"; dashes inside names are doubled.
QString mapperName(const LvmLogicalVolume& lv)
{
    QString vg = lv.vg;
    QString name = lv.name;
    return vg.replace(QLatin1Char('-'), QLatin1String("--")) + QLatin1Char('-') +
           name.replace(QLatin1Char('-'), QLatin1String("--"));
}

QString dockerPoolName(const DockerFacts& docker)
{
    for (const auto& [key, value] : docker.driverStatus) {
        if (key == QLatin1String("Pool Name"))
            return value;
    }
    return QString();
}

double ratio(qint64 used, qint64 total)
{
    return used >= 0 && total > 0 ? 100.0 * double(used) / double(total) : -1;
}

void checkThinPools(HostFacts* facts)
{
    const QString dockerPool = dockerPoolName(facts->docker);
    bool dockerPoolSeen = false;
    const QList<LvmLogicalVolume> lvs = facts->disks.lvs;
    for (const LvmLogicalVolume& lv : lvs) {
        if (!lv.isThinPool())
            continue;
        dockerPoolSeen = dockerPoolSeen || mapperName(lv) == dockerPool;
        const QString name = lv.vg + QLatin1Char('/') + lv.name;
        checkFill(facts, name, lv.dataPercent, false);
        checkFill(facts, name, lv.metadataPercent, true);
    }
    // Docker's own pool (a loop pool, or an LVM pool the lvs section could not read).
    if (dockerPoolSeen || facts->docker.storageDriver != QLatin1String("devicemapper"))
        return;
    const QString name = dockerPool.isEmpty() ? QStringLiteral("devicemapper") : dockerPool;
    checkFill(facts, name, ratio(facts->docker.poolDataUsed, facts->docker.poolDataTotal), false);
    checkFill(facts, name, ratio(facts->docker.poolMetadataUsed, facts->docker.poolMetadataTotal), true);
}

void checkKernelAge(HostFacts* facts)
{
    const QString& running = facts->kernel.running;
    if (!facts->kernel.tooOldForDocker && !kernelOlderThan(running, 3, 10))
        return;
    const QString text =
        running.startsWith(QLatin1String("2.6.32"))
            ? Tr::tr(
                  "Kernel %1 is too old for current Docker, which needs 3.10 or later; on 2.6.32 Docker "
                  "stops at 1.7.1. Install a newer kernel (e.g. kernel-ml or kernel-lt from ELRepo), make it "
                  "the GRUB default and reboot.")
            : Tr::tr("Kernel %1 is too old for current Docker, which needs 3.10 or later. Install a newer "
                     "kernel, "
                     "make it the GRUB default and reboot.");
    add(facts, FactsWarning::Warning, "kernel-too-old", text.arg(running));
}

void checkReboot(HostFacts* facts)
{
    if (!facts->kernel.rebootPending)
        return;
    add(facts, FactsWarning::Warning, "reboot-pending",
        Tr::tr(
            "A reboot is pending: updates (perhaps a new kernel) take effect only after the host restarts."));
}

void checkCgroups(HostFacts* facts)
{
    // Without kernel facts nothing is known about the command line.
    if (facts->kernel.running.isEmpty())
        return;
    if (!facts->kernel.memoryCgroupEnabled)
        add(facts, FactsWarning::Info, "memory-cgroup-disabled",
            Tr::tr("The memory cgroup is off, so `docker run --memory` limits do not work. Add "
                   "cgroup_enable=memory to the kernel command line and reboot."));
    if (!facts->kernel.swapAccountEnabled)
        add(facts, FactsWarning::Info, "swap-accounting-disabled",
            Tr::tr(
                "Swap accounting is off, so containers' memory limits do not cover swap. Add swapaccount=1 "
                "to the kernel command line and reboot."));
}

void checkDaemon(HostFacts* facts)
{
    const DockerFacts& docker = facts->docker;
    // Denied on the socket means "state unknown", which problems already explains.
    if (!docker.installed || docker.daemonRunning || docker.permissionDenied)
        return;
    add(facts, FactsWarning::Warning, "docker-not-running",
        Tr::tr("Docker %1 is installed but its daemon is not running. Start it (service docker start, or "
               "systemctl start docker) and check its log if it stops again.")
            .arg(docker.clientVersion));
}

void checkDeviceMapper(HostFacts* facts)
{
    const DockerFacts& docker = facts->docker;
    // A daemon that runs on devicemapper proves the kernel has it.
    const bool inUse = docker.daemonRunning && docker.storageDriver == QLatin1String("devicemapper");
    if (inUse || facts->disks.deviceMapperAvailable ||
        DockerFactsParser::configuredStorageDriver(docker) != QLatin1String("devicemapper"))
        return;
    add(facts, FactsWarning::Critical, "devicemapper-unavailable",
        Tr::tr(
            "Docker is configured for the devicemapper storage driver, but the kernel has no device-mapper. "
            "Load it (modprobe dm_thin_pool) or choose another storage driver; the daemon cannot start "
            "otherwise."));
}

bool selinuxEnabled(const QStringList& options)
{
    return options.contains(QLatin1String("--selinux-enabled")) ||
           options.contains(QLatin1String("--selinux-enabled=true"));
}

void checkBtrfsSelinux(HostFacts* facts)
{
    const DockerFacts& docker = facts->docker;
    if (DockerFactsParser::configuredStorageDriver(docker) != QLatin1String("btrfs") ||
        !selinuxEnabled(docker.daemonOptions))
        return;
    add(facts, FactsWarning::Warning, "btrfs-selinux",
        Tr::tr("Docker uses the btrfs storage driver with --selinux-enabled, which btrfs does not support. "
               "Remove "
               "--selinux-enabled from the daemon options (%1).")
            .arg(docker.optionsSourceText()));
}

void checkDataRoot(HostFacts* facts)
{
    if (!facts->docker.installed || facts->disks.dockerRootMount != QLatin1String("/"))
        return;
    const QString root =
        facts->docker.dataRoot.isEmpty() ? QStringLiteral("/var/lib/docker") : facts->docker.dataRoot;
    add(facts, FactsWarning::Info, "data-root-on-root-fs",
        Tr::tr("Docker's data (%1) is on the root filesystem: growing images and containers can fill /. A "
               "separate disk, logical volume or btrfs filesystem keeps them apart.")
            .arg(root));
}

void checkGrubDefault(HostFacts* facts)
{
    const KernelFacts& kernel = facts->kernel;
    if (kernel.running.isEmpty())
        return;
    for (const InstalledKernel& installed : kernel.installed) {
        if (!installed.isDefault || installed.isRunning || installed.version == kernel.running)
            continue;
        add(facts, FactsWarning::Info, "grub-default-not-running",
            Tr::tr("GRUB boots kernel %1 by default, but %2 is running: after the next reboot a different "
                   "kernel runs. Check grub.conf default= (or grub2-set-default) if that is not intended.")
                .arg(installed.version, kernel.running));
        return;
    }
}

} // namespace

bool kernelOlderThan(const QString& release, int major, int minor)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)\\.(\\d+)"));
    const QRegularExpressionMatch match = pattern.match(release);
    if (!match.hasMatch())
        return false;
    const int releaseMajor = match.captured(1).toInt();
    const int releaseMinor = match.captured(2).toInt();
    return releaseMajor < major || (releaseMajor == major && releaseMinor < minor);
}

void evaluate(HostFacts* facts)
{
    checkLoopback(facts);
    checkDeviceMapper(facts);
    checkThinPools(facts);
    checkKernelAge(facts);
    checkDaemon(facts);
    checkBtrfsSelinux(facts);
    checkReboot(facts);
    checkGrubDefault(facts);
    checkCgroups(facts);
    checkDataRoot(facts);
    // Worst first: the overview shows the top of the list.
    std::stable_sort(facts->warnings.begin(), facts->warnings.end(),
                     [](const FactsWarning& a, const FactsWarning& b) { return a.severity > b.severity; });
}

} // namespace Lotsen::FactsWarnings
