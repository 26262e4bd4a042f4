#include "KernelFactsParser.h"

#include "FactsSections.h"

#include <QRegularExpression>

namespace Lotsen::KernelFactsParser {
namespace {

using Sections = QMap<QString, FactsScript::Section>;

QStringList lines(const QByteArray& text)
{
    return QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// "/boot/vmlinuz-4.4.5-1.el6.elrepo.x86_64" → "4.4.5-1.el6.elrepo.x86_64"
QString versionOfImage(const QString& path)
{
    const QString file = path.section(QLatin1Char('/'), -1);
    if (!file.startsWith(QLatin1String("vmlinuz-")))
        return QString();
    const QString version = file.mid(8);
    return version.isEmpty() || !version.front().isDigit() || version.startsWith(QLatin1String("0-rescue"))
               ? QString()
               : version;
}

// The first quoted string of a GRUB2 menuentry line; both quote styles occur.
QString firstQuoted(const QString& line)
{
    static const QRegularExpression quoted(QStringLiteral(R"((['"])(.*?)\1)"));
    return quoted.match(line).captured(2);
}

InstalledKernel* findKernel(QList<InstalledKernel>* kernels, const QString& version)
{
    for (InstalledKernel& kernel : *kernels) {
        if (kernel.version == version)
            return &kernel;
    }
    return nullptr;
}

InstalledKernel* addKernel(QList<InstalledKernel>* kernels, const QString& version)
{
    if (InstalledKernel* known = findKernel(kernels, version))
        return known;
    InstalledKernel kernel;
    kernel.version = version;
    kernels->append(kernel);
    return &kernels->last();
}

// saved_entry is a title (EL7), an index, a menuentry id holding the version (Debian), or a
// BLS id ending in the version (EL8+): try them in that order.
QString resolveSavedEntry(const QString& saved, const QList<GrubEntry>& menu,
                          const QList<InstalledKernel>& kernels)
{
    for (const GrubEntry& entry : menu) {
        if (entry.title == saved && !entry.version.isEmpty())
            return entry.version;
    }
    bool isIndex = false;
    const int index = saved.toInt(&isIndex);
    if (isIndex) {
        QList<GrubEntry> topLevel;
        for (const GrubEntry& entry : menu) {
            if (entry.topLevel)
                topLevel.append(entry);
        }
        return topLevel.value(index).version;
    }
    QString best;
    for (const InstalledKernel& kernel : kernels) {
        if (saved.contains(kernel.version) && kernel.version.size() > best.size())
            best = kernel.version;
    }
    return best.isEmpty() ? versionInText(saved) : best;
}

QString firstVersion(const QList<GrubEntry>& entries)
{
    for (const GrubEntry& entry : entries) {
        if (!entry.version.isEmpty())
            return entry.version;
    }
    return QString();
}

// Fills bootloader, grubDefault, titles and isDefault. Returns nothing: what cannot be known
// (grub.cfg readable by root only) stays empty.
void applyBootloader(const Sections& sections, KernelFacts* kernel)
{
    using namespace FactsSections;
    QString defaultVersion;
    QList<GrubEntry> entries;
    if (ok(sections, QStringLiteral("grub-legacy"))) {
        kernel->bootloader = QStringLiteral("grub-legacy");
        entries = grubLegacyEntries(output(sections, QStringLiteral("grub-legacy")), &kernel->grubDefault);
        bool isIndex = false;
        const int index = kernel->grubDefault.toInt(&isIndex);
        if (isIndex)
            defaultVersion = entries.value(index).version;
    } else if (ok(sections, QStringLiteral("grubenv")) || ok(sections, QStringLiteral("grub-menu"))) {
        kernel->bootloader = QStringLiteral("grub2");
        entries = grubMenuEntries(output(sections, QStringLiteral("grub-menu")));
        kernel->grubDefault = savedEntry(output(sections, QStringLiteral("grubenv")));
        defaultVersion = kernel->grubDefault.isEmpty()
                             ? firstVersion(entries)
                             : resolveSavedEntry(kernel->grubDefault, entries, kernel->installed);
    }
    // grubby asks the bootloader itself, so it beats our reading of the configuration.
    const QString grubby =
        versionOfImage(QString::fromUtf8(output(sections, QStringLiteral("grubby")).trimmed()));
    if (!grubby.isEmpty())
        defaultVersion = grubby;
    for (const GrubEntry& entry : std::as_const(entries)) {
        if (entry.version.isEmpty())
            continue;
        InstalledKernel* installed = addKernel(&kernel->installed, entry.version);
        if (installed->title.isEmpty())
            installed->title = entry.title;
    }
    if (!defaultVersion.isEmpty())
        addKernel(&kernel->installed, defaultVersion)->isDefault = true;
}

void applyInstalled(const Sections& sections, KernelFacts* kernel)
{
    using namespace FactsSections;
    kernel->installed = kernelPackages(output(sections, QStringLiteral("kernel-packages")));
    applyBootloader(sections, kernel);
    const QStringList boot = bootKernels(output(sections, QStringLiteral("boot")));
    for (const QString& version : boot)
        addKernel(&kernel->installed, version);
    for (InstalledKernel& installed : kernel->installed)
        installed.isRunning = installed.version == kernel->running;
}

// The effective cgroup state; when the host could not tell it (output cut short, or from a script
// without those sections), the command line flags are the best guess there is.
void applyCgroupState(const Sections& sections, KernelFacts* kernel)
{
    using namespace FactsSections;
    applyCgroups(output(sections, QStringLiteral("cgroups")), output(sections, QStringLiteral("cgroup2")),
                 output(sections, QStringLiteral("memsw")), kernel);
    if (!ok(sections, QStringLiteral("cgroups")) && !ok(sections, QStringLiteral("cgroup2")))
        kernel->memoryCgroupEnabled = kernel->cgroupEnableMemoryOnCommandLine;
    if (!ok(sections, QStringLiteral("memsw")))
        kernel->swapAccountEnabled = kernel->swapAccountOnCommandLine;
}

} // namespace

QString runningFromUname(const QByteArray& unameOutput)
{
    const QStringList words = QString::fromUtf8(unameOutput).simplified().split(QLatin1Char(' '));
    return words.size() == 3 ? words.at(1) : QString();
}

bool isOlderThan(const QString& kernelVersion, int major, int minor)
{
    static const QRegularExpression numbers(QStringLiteral(R"(^(\d+)\.(\d+))"));
    const QRegularExpressionMatch match = numbers.match(kernelVersion);
    if (!match.hasMatch())
        return false; // unknown is not "too old": no warning without evidence
    const int actualMajor = match.captured(1).toInt();
    return actualMajor < major || (actualMajor == major && match.captured(2).toInt() < minor);
}

QString versionInText(const QString& text)
{
    // Kernel versions have a release part after a dash, which the distribution's own "7.9" lacks.
    static const QRegularExpression version(QStringLiteral(R"((?<![\w.])(\d+\.\d+[\d.]*-[^\s()'",]+))"));
    return version.match(text).captured(1);
}

void applyCommandLine(const QByteArray& cmdline, KernelFacts* kernel)
{
    kernel->commandLine = QString::fromUtf8(cmdline).trimmed();
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    const QStringList words = kernel->commandLine.split(whitespace, Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (word == QLatin1String("--"))
            break; // the rest is for init, not for the kernel
        if (word.startsWith(QLatin1String("cgroup_enable=")) &&
            word.mid(14).split(QLatin1Char(',')).contains(QLatin1String("memory")))
            kernel->cgroupEnableMemoryOnCommandLine = true;
        else if (word.startsWith(QLatin1String("swapaccount=")))
            kernel->swapAccountOnCommandLine = word == QLatin1String("swapaccount=1");
    }
}

void applyCgroups(const QByteArray& procCgroups, const QByteArray& cgroup2Controllers,
                  const QByteArray& swapFiles, KernelFacts* kernel)
{
    // Many kernels have the memory controller on without cgroup_enable=memory; /proc/cgroups
    // ("memory  0  1  1": name, hierarchy, count, enabled) is what counts, and cgroup v2 lists the
    // controllers it has. Swap accounting shows as memory.memsw.* (v1) or memory.swap.max (v2) files.
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    for (const QString& line : lines(procCgroups)) {
        const QStringList fields = line.split(whitespace, Qt::SkipEmptyParts);
        if (fields.size() >= 4 && fields.at(0) == QLatin1String("memory") &&
            fields.at(3) == QLatin1String("1"))
            kernel->memoryCgroupEnabled = true;
    }
    if (QString::fromUtf8(cgroup2Controllers)
            .split(whitespace, Qt::SkipEmptyParts)
            .contains(QLatin1String("memory")))
        kernel->memoryCgroupEnabled = true;
    if (!swapFiles.trimmed().isEmpty())
        kernel->swapAccountEnabled = true;
}

void applyFilesystems(const QByteArray& procFilesystems, const QByteArray& fsModules, KernelFacts* kernel)
{
    // /proc/filesystems: "nodev\toverlay" or "\text4"; fs-modules: directory names ("overlayfs").
    QStringList names;
    for (const QString& line : lines(procFilesystems))
        names.append(line.section(QLatin1Char('\t'), -1).trimmed());
    for (const QString& line : lines(fsModules))
        names.append(line.trimmed());
    kernel->aufs = names.contains(QLatin1String("aufs"));
    kernel->overlay = names.contains(QLatin1String("overlay")) || names.contains(QLatin1String("overlayfs"));
    kernel->btrfs = names.contains(QLatin1String("btrfs"));
}

QList<GrubEntry> grubLegacyEntries(const QByteArray& grubConf, QString* defaultValue)
{
    QList<GrubEntry> entries;
    static const QRegularExpression keyword(QStringLiteral(R"(^\s*(\w+)\s*[=\s]\s*(.*?)\s*$)"));
    for (const QString& line : lines(grubConf)) {
        const QRegularExpressionMatch match = keyword.match(line);
        if (!match.hasMatch() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const QString key = match.captured(1);
        const QString value = match.captured(2);
        if (key == QLatin1String("default") && entries.isEmpty()) {
            *defaultValue = value;
        } else if (key == QLatin1String("title")) {
            entries.append({value, versionInText(value), true});
        } else if (key == QLatin1String("kernel") && !entries.isEmpty()) {
            // The image path is what really boots; the title is only a label.
            const QString version = versionOfImage(value.section(QLatin1Char(' '), 0, 0));
            if (!version.isEmpty())
                entries.last().version = version;
        }
    }
    return entries;
}

QList<GrubEntry> grubMenuEntries(const QByteArray& grubMenu)
{
    QList<GrubEntry> entries;
    for (const QString& line : lines(grubMenu)) {
        const QString trimmed = line.trimmed();
        if (!trimmed.startsWith(QLatin1String("menuentry ")) &&
            !trimmed.startsWith(QLatin1String("submenu ")))
            continue;
        GrubEntry entry;
        entry.title = firstQuoted(trimmed);
        entry.topLevel = !line.front().isSpace();
        if (trimmed.startsWith(QLatin1String("menuentry ")))
            entry.version = versionInText(entry.title);
        entries.append(entry);
    }
    return entries;
}

QString savedEntry(const QByteArray& grubenv)
{
    for (const QString& line : lines(grubenv)) {
        if (line.startsWith(QLatin1String("saved_entry=")))
            return line.mid(12).trimmed();
    }
    return QString();
}

QList<InstalledKernel> kernelPackages(const QByteArray& listing)
{
    QList<InstalledKernel> kernels;
    for (const QString& line : lines(listing)) {
        const QStringList words = line.simplified().split(QLatin1Char(' '));
        if (words.size() < 2)
            continue;
        InstalledKernel kernel;
        kernel.package = words.at(0);
        if (kernel.package.startsWith(QLatin1String("linux-image-"))) {
            // dpkg: the version that boots is in the package name; meta packages
            // ("linux-image-amd64") and removed ones ("deinstall ok config-files") are skipped.
            if (!line.endsWith(QLatin1String("install ok installed")))
                continue;
            kernel.version = kernel.package.mid(12);
            if (kernel.version.startsWith(QLatin1String("unsigned-")))
                kernel.version = kernel.version.mid(9);
        } else {
            kernel.version = words.at(1);
        }
        if (!kernel.version.isEmpty() && kernel.version.front().isDigit() &&
            !findKernel(&kernels, kernel.version))
            kernels.append(kernel);
    }
    return kernels;
}

QStringList bootKernels(const QByteArray& bootListing)
{
    QStringList versions;
    for (const QString& line : lines(bootListing)) {
        const QString version = versionOfImage(line.trimmed());
        if (!version.isEmpty())
            versions.append(version);
    }
    return versions;
}

KernelFacts parse(const QMap<QString, FactsScript::Section>& sections, QStringList* problems)
{
    using namespace FactsSections;
    KernelFacts kernel;
    kernel.running = runningFromUname(output(sections, QStringLiteral("uname")));
    kernel.tooOldForDocker = isOlderThan(kernel.running, 3, 10);
    applyCommandLine(output(sections, QStringLiteral("cmdline")), &kernel);
    applyCgroupState(sections, &kernel);
    applyFilesystems(output(sections, QStringLiteral("filesystems")),
                     output(sections, QStringLiteral("fs-modules")), &kernel);
    applyInstalled(sections, &kernel);
    for (const QString& line : lines(output(sections, QStringLiteral("sysconfig-kernel")))) {
        if (line.startsWith(QLatin1String("DEFAULTKERNEL=")))
            kernel.defaultKernelPackage = line.mid(14).trimmed().remove(QLatin1Char('"'));
    }
    const FactsScript::Section restart = sections.value(QStringLiteral("needs-restarting"));
    kernel.rebootPending = ok(sections, QStringLiteral("reboot-required")) ||
                           (restart.complete && restart.exitCode == 1); // -r: 1 = reboot needed
    for (const char* name : {"cmdline", "filesystems", "fs-modules", "cgroup2", "grub-legacy", "grubenv",
                             "grubby", "sysconfig-kernel", "boot"})
        report(sections, QString::fromLatin1(name), problems);
    // Their exit codes are answers (no match, no packages of that kind, reboot needed), and
    // needs-restarting before yum-utils 1.1.30 (EL6) does not know -r: that is no problem either.
    for (const char* name : {"grub-menu", "kernel-packages", "reboot-required"})
        reportDeniedOrCut(sections, QString::fromLatin1(name), problems);
    return kernel;
}

} // namespace Lotsen::KernelFactsParser
