#pragma once

// Hand-built HostFacts for the pane tests and screenshots: an EL6 host as the seed describes it
// (btrfs for Docker on /dev/loop3, three kernels with GRUB default=1, Docker 1.10), a Debian 12
// host with overlay2, and a host with loop-backed devicemapper.

#include "HostFacts.h"

namespace Lotsen::SampleFacts {

constexpr qint64 GiB = 1024LL * 1024 * 1024;
constexpr qint64 MiB = 1024LL * 1024;

inline BlockDevice device(const QString& name, const QString& type, qint64 size, const QString& fs = {},
                          const QString& mount = {}, qint64 fsSize = -1, qint64 fsUsed = -1)
{
    BlockDevice d;
    d.name = name;
    d.path =
        QStringLiteral("/dev/") + (type == QLatin1String("lvm") ? QStringLiteral("mapper/") + name : name);
    d.type = type;
    d.size = size;
    d.fsType = fs;
    d.mountPoint = mount;
    d.fsSize = fsSize;
    d.fsUsed = fsUsed;
    return d;
}

inline InstalledKernel kernel(const QString& version, const QString& package, bool isDefault, bool running)
{
    InstalledKernel k;
    k.version = version;
    k.package = package;
    k.title = QStringLiteral("CentOS (%1)").arg(version);
    k.isDefault = isDefault;
    k.isRunning = running;
    return k;
}

inline FactsWarning warning(FactsWarning::Severity severity, const QString& code, const QString& text)
{
    FactsWarning w;
    w.severity = severity;
    w.code = code;
    w.text = text;
    return w;
}

inline HostFacts el6()
{
    HostFacts f;
    f.os = {QStringLiteral("c6.example.net"),
            QStringLiteral("centos"),
            QStringLiteral("el"),
            QStringLiteral("6.7"),
            QStringLiteral("CentOS release 6.7 (Final)"),
            QStringLiteral("x86_64")};

    KernelFacts& k = f.kernel;
    k.running = QStringLiteral("2.6.32-573.22.1.el6.x86_64");
    k.installed = {
        kernel(QStringLiteral("4.9.0-1.el6.elrepo.x86_64"), QStringLiteral("kernel-ml"), false, false),
        kernel(QStringLiteral("4.4.5-1.el6.elrepo.x86_64"), QStringLiteral("kernel-ml"), true, false),
        kernel(QStringLiteral("2.6.32-573.22.1.el6.x86_64"), QStringLiteral("kernel"), false, true)};
    k.bootloader = QStringLiteral("grub-legacy");
    k.grubDefault = QStringLiteral("1");
    k.defaultKernelPackage = QStringLiteral("kernel");
    k.commandLine = QStringLiteral("ro root=/dev/mapper/vg_c6-lv_root rd_NO_LUKS LANG=en_US.UTF-8 "
                                   "rd_LVM_LV=vg_c6/lv_root rhgb quiet cgroup_enable=memory");
    k.cgroupEnableMemoryOnCommandLine = true;
    k.memoryCgroupEnabled = true;
    k.swapAccountEnabled = false;
    k.btrfs = true;
    k.rebootPending = true;
    k.tooOldForDocker = true;

    DiskFacts& d = f.disks;
    BlockDevice sda = device(QStringLiteral("sda"), QStringLiteral("disk"), 20 * GiB);
    sda.children = {device(QStringLiteral("sda1"), QStringLiteral("part"), 500 * MiB, QStringLiteral("ext4"),
                           QStringLiteral("/boot"), 485 * MiB, 120 * MiB),
                    device(QStringLiteral("sda2"), QStringLiteral("part"), 19 * GiB + 500 * MiB,
                           QStringLiteral("LVM2_member"))};
    sda.children[1].children = {
        device(QStringLiteral("vg_c6-lv_root"), QStringLiteral("lvm"), 17 * GiB, QStringLiteral("ext4"),
               QStringLiteral("/"), 17 * GiB, 14 * GiB + 300 * MiB),
        device(QStringLiteral("vg_c6-lv_swap"), QStringLiteral("lvm"), 2 * GiB, QStringLiteral("swap"))};
    BlockDevice sdb =
        device(QStringLiteral("sdb"), QStringLiteral("disk"), 100 * GiB, QStringLiteral("LVM2_member"));
    BlockDevice loop3 =
        device(QStringLiteral("loop3"), QStringLiteral("loop"), 10 * GiB, QStringLiteral("btrfs"),
               QStringLiteral("/var/lib/docker"), 10 * GiB, 3 * GiB + 200 * MiB);
    loop3.label = QStringLiteral("docker");
    d.devices = {sda, sdb, loop3};
    d.pvs = {{QStringLiteral("/dev/sda2"), QStringLiteral("vg_c6"), 19 * GiB + 500 * MiB, 0},
             {QStringLiteral("/dev/sdb"), QStringLiteral("vg_docker"), 100 * GiB, 4 * GiB}};
    d.vgs = {{QStringLiteral("vg_c6"), 19 * GiB + 500 * MiB, 0, 1, 2},
             {QStringLiteral("vg_docker"), 100 * GiB, 4 * GiB, 1, 1}};
    LvmLogicalVolume pool;
    pool.name = QStringLiteral("docker-pool");
    pool.vg = QStringLiteral("vg_docker");
    pool.attr = QStringLiteral("twi-a-t---");
    pool.segType = QStringLiteral("thin-pool");
    pool.size = 95 * GiB;
    pool.dataPercent = 43.2;
    pool.metadataPercent = 7.9;
    LvmLogicalVolume root;
    root.name = QStringLiteral("lv_root");
    root.vg = QStringLiteral("vg_c6");
    root.attr = QStringLiteral("-wi-ao----");
    root.segType = QStringLiteral("linear");
    root.size = 17 * GiB;
    LvmLogicalVolume swap = root;
    swap.name = QStringLiteral("lv_swap");
    swap.size = 2 * GiB;
    d.lvs = {root, swap, pool};
    d.btrfs = {{QStringLiteral("docker"),
                QStringLiteral("0b6f6a3e-9d1f-4c5e-8d0e-3c1f5b0f7a21"),
                3 * GiB + 200 * MiB,
                {QStringLiteral("/dev/loop3")},
                10 * GiB}};
    d.lvmToolsPresent = true;
    d.deviceMapperAvailable = true;
    d.dockerRootSource = QStringLiteral("/dev/loop3");
    d.dockerRootFsType = QStringLiteral("btrfs");
    d.dockerRootMount = QStringLiteral("/var/lib/docker");
    d.dockerRootSize = 10 * GiB;
    d.dockerRootUsed = 3 * GiB + 200 * MiB;

    DockerFacts& o = f.docker;
    o.installed = true;
    o.daemonRunning = true;
    o.clientVersion = QStringLiteral("1.10.3");
    o.serverVersion = QStringLiteral("1.10.3");
    o.apiVersion = QStringLiteral("1.22");
    o.storageDriver = QStringLiteral("btrfs");
    o.backingFilesystem = QStringLiteral("btrfs");
    o.dataRoot = QStringLiteral("/var/lib/docker");
    o.daemonOptions = {QStringLiteral("--selinux-enabled"), QStringLiteral("-s"), QStringLiteral("btrfs")};
    o.optionsSource = QStringLiteral("/etc/sysconfig/docker");
    o.images = {{QStringLiteral("sha256:4f8e1a0cd2a7b5ed9f2c3f31b0c5e6a1d2f3a4b5c6d7e8f90112233445566778"),
                 QStringLiteral("rancher/server"), QStringLiteral("v1.0.0"), 812 * MiB,
                 QStringLiteral("9 weeks ago")},
                {QStringLiteral("sha256:d0a31e3494fe6cc2b1b7c0aa9de5c3a1b2c3d4e5f60718293a4b5c6d7e8f9012"),
                 QStringLiteral("centos"), QStringLiteral("6"), 194 * MiB, QStringLiteral("3 months ago")},
                {QStringLiteral("sha256:47bcc53f74dc8a5b0c1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5e6f70819"),
                 QStringLiteral("busybox"), QStringLiteral("latest"), 1 * MiB + 100 * 1024,
                 QStringLiteral("4 months ago")}};
    o.containers = {{QStringLiteral("7d3c1a2b9e8f"), QStringLiteral("rancher-server"),
                     QStringLiteral("rancher/server:v1.0.0"), QStringLiteral("running"),
                     QStringLiteral("Up 3 days"), QStringLiteral("0.0.0.0:8080->8080/tcp")},
                    {QStringLiteral("a91b2c3d4e5f"), QStringLiteral("smoke-test"), QStringLiteral("busybox"),
                     QStringLiteral("exited"), QStringLiteral("Exited (0) 2 days ago"), QString()}};
    o.groupMembers = {QStringLiteral("deploy"), QStringLiteral("anna")};

    f.warnings = {
        warning(FactsWarning::Critical, QStringLiteral("kernel-too-old"),
                QStringLiteral("The running kernel 2.6.32 is older than 3.10: current Docker will not run.")),
        warning(FactsWarning::Warning, QStringLiteral("grub-default-not-running"),
                QStringLiteral("GRUB boots 4.4.5-1.el6.elrepo.x86_64 next, not the running kernel.")),
        warning(FactsWarning::Warning, QStringLiteral("swap-accounting-disabled"),
                QStringLiteral("swapaccount=1 is missing from the kernel command line."))};
    f.collectedAt = QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
    return f;
}

inline HostFacts debian12()
{
    HostFacts f;
    f.os = {QStringLiteral("deb12"),
            QStringLiteral("debian"),
            QStringLiteral("debian"),
            QStringLiteral("12"),
            QStringLiteral("Debian GNU/Linux 12 (bookworm)"),
            QStringLiteral("x86_64")};
    KernelFacts& k = f.kernel;
    k.running = QStringLiteral("6.1.0-18-amd64");
    InstalledKernel current = kernel(k.running, QStringLiteral("linux-image-6.1.0-18-amd64"), true, true);
    current.title = QStringLiteral("Debian GNU/Linux");
    InstalledKernel older =
        kernel(QStringLiteral("6.1.0-17-amd64"), QStringLiteral("linux-image-6.1.0-17-amd64"), false, false);
    older.title = QStringLiteral("Debian GNU/Linux, with Linux 6.1.0-17-amd64");
    k.installed = {current, older};
    k.bootloader = QStringLiteral("grub2");
    k.grubDefault = QStringLiteral("0");
    k.commandLine = QStringLiteral("BOOT_IMAGE=/boot/vmlinuz-6.1.0-18-amd64 root=UUID=3f1c… ro quiet");
    k.memoryCgroupEnabled = true;
    k.swapAccountEnabled = true;
    k.overlay = true;
    k.btrfs = true;

    DiskFacts& d = f.disks;
    BlockDevice vda = device(QStringLiteral("vda"), QStringLiteral("disk"), 64 * GiB);
    vda.children = {device(QStringLiteral("vda1"), QStringLiteral("part"), 63 * GiB, QStringLiteral("ext4"),
                           QStringLiteral("/"), 62 * GiB, 51 * GiB),
                    device(QStringLiteral("vda5"), QStringLiteral("part"), 1 * GiB, QStringLiteral("swap"))};
    d.devices = {vda};
    d.deviceMapperAvailable = true;
    d.lvmToolsPresent = false;
    d.dockerRootSource = QStringLiteral("/dev/vda1");
    d.dockerRootFsType = QStringLiteral("ext4");
    d.dockerRootMount = QStringLiteral("/");
    d.dockerRootSize = 62 * GiB;
    d.dockerRootUsed = 51 * GiB;

    DockerFacts& o = f.docker;
    o.installed = true;
    o.daemonRunning = true;
    o.clientVersion = QStringLiteral("20.10.24+dfsg1");
    o.serverVersion = QStringLiteral("20.10.24+dfsg1");
    o.apiVersion = QStringLiteral("1.41");
    o.storageDriver = QStringLiteral("overlay2");
    o.backingFilesystem = QStringLiteral("extfs");
    o.dataRoot = QStringLiteral("/var/lib/docker");
    o.optionsSource = QStringLiteral("/etc/docker/daemon.json");
    o.daemonOptions = {QStringLiteral("--log-driver=journald")};
    o.images = {{QStringLiteral("sha256:9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b"),
                 QStringLiteral("debian"), QStringLiteral("bookworm-slim"), 74 * MiB,
                 QStringLiteral("2 weeks ago")}};
    o.groupMembers = {QStringLiteral("deploy")};
    f.warnings = {warning(FactsWarning::Info, QStringLiteral("data-root-on-root-fs"),
                          QStringLiteral("Docker's data shares the root filesystem."))};
    return f;
}

inline HostFacts loopDevicemapper()
{
    HostFacts f = debian12();
    f.os.hostname = QStringLiteral("ci-runner");
    f.os.id = QStringLiteral("centos");
    f.os.family = QStringLiteral("el");
    f.os.version = QStringLiteral("7");
    f.os.prettyName = QStringLiteral("CentOS Linux 7 (Core)");
    f.kernel.running = QStringLiteral("3.10.0-1160.el7.x86_64");
    f.docker.clientVersion = f.docker.serverVersion = QStringLiteral("1.13.1");
    f.docker.storageDriver = QStringLiteral("devicemapper");
    f.docker.backingFilesystem = QStringLiteral("xfs");
    f.docker.loopbackDevicemapper = true;
    f.docker.poolDataUsed = 92 * GiB;
    f.docker.poolDataTotal = 100 * GiB;
    f.docker.poolMetadataUsed = 600 * MiB;
    f.docker.poolMetadataTotal = 2 * GiB;
    f.docker.optionsSource = QStringLiteral("/etc/sysconfig/docker");
    f.warnings = {warning(FactsWarning::Critical, QStringLiteral("loop-devicemapper"),
                          QStringLiteral("devicemapper runs on loop files: unacceptable for performance.")),
                  warning(FactsWarning::Critical, QStringLiteral("thin-pool-data-full"),
                          QStringLiteral("The thin pool's data space is 92 % full."))};
    return f;
}

inline HostFacts noDocker()
{
    HostFacts f = debian12();
    f.docker = DockerFacts();
    f.warnings.clear();
    return f;
}

} // namespace Lotsen::SampleFacts
