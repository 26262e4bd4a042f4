#pragma once

#include "FactsScript.h"
#include "HostFacts.h"

namespace Lotsen {

// The kernel part of the facts: running and installed kernels, which one GRUB boots next (legacy
// grub.conf, GRUB2 grubenv/grub.cfg, grubby), the command line flags Docker cares about, the
// filesystems the kernel can mount, and whether a reboot is pending.
namespace KernelFactsParser {

struct GrubEntry
{
    QString title;
    QString version; // of the kernel it boots; empty for rescue and submenu entries
    bool topLevel = true;
};

KernelFacts parse(const QMap<QString, FactsScript::Section>& sections, QStringList* problems);

// `uname -nrm` → "6.1.0-18-amd64".
QString runningFromUname(const QByteArray& unameOutput);
// Numeric major.minor compare: isOlderThan("2.6.32-573.el6.x86_64", 3, 10) is true.
bool isOlderThan(const QString& kernelVersion, int major, int minor);
// The kernel version inside a GRUB title: "CentOS Linux (3.10.0-1160.el7.x86_64) 7 (Core)".
QString versionInText(const QString& text);

// /proc/cmdline → commandLine and the flags it carries (…OnCommandLine), read the way the kernel
// reads them. Says nothing about what is in effect.
void applyCommandLine(const QByteArray& cmdline, KernelFacts* kernel);
// What is in effect: /proc/cgroups, the cgroup v2 controllers, and the memsw/swap.max files found
// (the "memsw" section) → memoryCgroupEnabled, swapAccountEnabled.
void applyCgroups(const QByteArray& procCgroups, const QByteArray& cgroup2Controllers,
                  const QByteArray& swapFiles, KernelFacts* kernel);
void applyFilesystems(const QByteArray& procFilesystems, const QByteArray& fsModules, KernelFacts* kernel);

// grub.conf: its `title` entries in order; *defaultValue gets `default=` as written.
QList<GrubEntry> grubLegacyEntries(const QByteArray& grubConf, QString* defaultValue);
// `menuentry`/`submenu` lines grepped from grub.cfg.
QList<GrubEntry> grubMenuEntries(const QByteArray& grubMenu);
// saved_entry from a grubenv block; empty when unset.
QString savedEntry(const QByteArray& grubenv);
// rpm "NAME VERSION-RELEASE.ARCH" or dpkg "PACKAGE VERSION STATUS" lines → kernels.
QList<InstalledKernel> kernelPackages(const QByteArray& listing);
// `ls -1 /boot` → the versions of its vmlinuz-* files (rescue images left out).
QStringList bootKernels(const QByteArray& bootListing);

} // namespace KernelFactsParser
} // namespace Lotsen
