#include "WarningTopics.h"

#include <QHash>

namespace Lotsen::WarningTopics {

namespace {

enum Pane
{
    Disks = 1,
    Kernels = 2,
    Docker = 4,
    All = Disks | Kernels | Docker
};

// Which panes list a warning, by its stable code (core/FactsWarnings.cpp). A code missing here
// shows everywhere, so a new warning is never hidden.
int panesOf(const FactsWarning& warning)
{
    static const QHash<QString, int> panes{
        {QStringLiteral("loop-devicemapper"), Disks | Docker},
        {QStringLiteral("thin-pool-metadata-full"), Disks | Docker},
        {QStringLiteral("thin-pool-data-full"), Disks | Docker},
        {QStringLiteral("devicemapper-unavailable"), Disks | Kernels | Docker},
        {QStringLiteral("data-root-on-root-fs"), Disks | Docker},
        {QStringLiteral("btrfs-selinux"), Disks | Docker},
        {QStringLiteral("kernel-too-old"), Kernels | Docker},
        {QStringLiteral("reboot-pending"), Kernels},
        {QStringLiteral("grub-default-not-running"), Kernels},
        {QStringLiteral("memory-cgroup-disabled"), Kernels | Docker},
        {QStringLiteral("swap-accounting-disabled"), Kernels},
        {QStringLiteral("docker-not-running"), Docker},
    };
    return panes.value(warning.code, All);
}

} // namespace

bool isDisks(const FactsWarning& warning)
{
    return panesOf(warning) & Disks;
}

bool isKernels(const FactsWarning& warning)
{
    return panesOf(warning) & Kernels;
}

bool isDocker(const FactsWarning& warning)
{
    return panesOf(warning) & Docker;
}

} // namespace Lotsen::WarningTopics
