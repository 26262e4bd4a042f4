#include "KernelsPane.h"

#include "KernelsModel.h"
#include "UsageBarDelegate.h"
#include "WarningTopics.h"
#include "facts/FactsFormat.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Lotsen {

KernelsPane::KernelsPane(FactsStore* store, QWidget* parent)
    : HostPane(store, parent)
    , m_model(new KernelsModel(this))
    , m_view(new QTreeView)
    , m_installedTitle(new QLabel)
{
    setObjectName(QStringLiteral("kernelsPane"));
    static const char* const names[RowCount] = {"runningKernelLabel", "bootloaderLabel",   "grubDefaultLabel",
                                                "defaultKernelLabel", "commandLineLabel",  "dockerNeedsLabel",
                                                "filesystemsLabel",   "rebootPendingLabel"};
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int row = 0; row < RowCount; ++row) {
        m_labels[row] = new QLabel;
        m_values[row] = makeValueLabel(names[row]);
        form->addRow(m_labels[row], m_values[row]);
    }
    m_values[CommandLineRow]->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addLayout(form);

    QFont bold = m_installedTitle->font();
    bold.setBold(true);
    m_installedTitle->setFont(bold);
    layout->addSpacing(6);
    layout->addWidget(m_installedTitle);
    m_view->setObjectName(QStringLiteral("kernelsView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new UsageBarDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    retranslateContent();
    setContent(content);
}

void KernelsPane::showFacts(const HostFacts* facts)
{
    if (!facts) {
        m_model->clear();
        return;
    }
    const KernelFacts& kernel = facts->kernel;
    m_model->setKernels(kernel.installed);
    for (int column = 0; column < KernelsModel::TitleColumn; ++column)
        m_view->resizeColumnToContents(column);

    const QString running = kernel.running.isEmpty() ? tr("unknown") : kernel.running;
    setColoredText(m_values[RunningRow],
                   kernel.tooOldForDocker
                       ? tr("%1 — too old for current Docker (3.10 or newer needed)").arg(running)
                       : running,
                   kernel.tooOldForDocker ? FactsFormat::errorColor() : QColor());
    QString bootloader = tr("unknown");
    if (kernel.bootloader == QLatin1String("grub-legacy"))
        bootloader = tr("GRUB legacy (grub.conf)");
    else if (kernel.bootloader == QLatin1String("grub2"))
        bootloader = tr("GRUB 2");
    else if (!kernel.bootloader.isEmpty())
        bootloader = kernel.bootloader;
    m_values[BootloaderRow]->setText(bootloader);
    QString grubDefault = kernel.grubDefault.isEmpty() ? QStringLiteral("—") : kernel.grubDefault;
    for (const InstalledKernel& installed : kernel.installed) {
        if (installed.isDefault)
            grubDefault = tr("%1 → %2").arg(grubDefault, installed.version);
    }
    m_values[GrubDefaultRow]->setText(grubDefault);
    m_values[DefaultKernelRow]->setText(kernel.defaultKernelPackage.isEmpty() ? QStringLiteral("—")
                                                                              : kernel.defaultKernelPackage);
    m_values[CommandLineRow]->setText(kernel.commandLine.isEmpty() ? QStringLiteral("—")
                                                                   : kernel.commandLine);
    const bool cgroupsOk = kernel.memoryCgroupEnabled && kernel.swapAccountEnabled;
    setColoredText(m_values[DockerNeedsRow], memoryLimitsText(kernel),
                   cgroupsOk ? FactsFormat::okColor() : FactsFormat::staleColor());
    m_values[FilesystemsRow]->setText(
        FactsFormat::check(kernel.aufs, QStringLiteral("aufs")) + QStringLiteral("    ") +
        FactsFormat::check(kernel.overlay, QStringLiteral("overlay")) + QStringLiteral("    ") +
        FactsFormat::check(kernel.btrfs, QStringLiteral("btrfs")));
    setColoredText(m_values[RebootRow],
                   kernel.rebootPending ? tr("yes — a newer kernel or library waits for a reboot") : tr("no"),
                   kernel.rebootPending ? FactsFormat::staleColor() : QColor());
}

QString KernelsPane::memoryLimitsText(const KernelFacts& kernel)
{
    // What is in effect decides whether `docker run --memory` works; what the command line says
    // is what GRUB would have to change. Many kernels have both on without any flag.
    const QString memory = kernel.memoryCgroupEnabled ? tr("memory cgroup on") : tr("memory cgroup off");
    const QString swap = kernel.swapAccountEnabled ? tr("swap accounting on") : tr("swap accounting off");
    QString effective;
    if (kernel.memoryCgroupEnabled && kernel.swapAccountEnabled)
        effective = tr("active (%1, %2)").arg(memory, swap);
    else if (kernel.memoryCgroupEnabled)
        effective = tr("memory limits only, no swap limits (%1, %2)").arg(memory, swap);
    else
        effective = tr("not active (%1, %2)").arg(memory, swap);

    const bool memoryFlag = kernel.cgroupEnableMemoryOnCommandLine;
    const bool swapFlag = kernel.swapAccountOnCommandLine;
    QString commandLine;
    if (kernel.commandLine.isEmpty())
        commandLine = tr("command line: not known");
    else if (memoryFlag && swapFlag)
        commandLine = tr("command line: has cgroup_enable=memory and swapaccount=1");
    else if (memoryFlag)
        commandLine = tr("command line: has cgroup_enable=memory, lacks swapaccount=1");
    else if (swapFlag)
        commandLine = tr("command line: has swapaccount=1, lacks cgroup_enable=memory");
    else
        commandLine = tr("command line: has neither cgroup_enable=memory nor swapaccount=1");

    const bool effectiveAll = kernel.memoryCgroupEnabled && kernel.swapAccountEnabled;
    const bool flagsAll = memoryFlag && swapFlag;
    QString advice;
    if (kernel.commandLine.isEmpty() || (effectiveAll && flagsAll))
        advice.clear(); // nothing to compare, or nothing to say
    else if (effectiveAll)
        advice = tr("not needed, both are on without them");
    else if (!flagsAll)
        advice = tr("add the missing ones in GRUB and reboot");
    else
        advice = tr("but this kernel does not honour them");
    if (!advice.isEmpty())
        commandLine += QStringLiteral(" — ") + advice;
    return effective + QLatin1Char('\n') + commandLine;
}

void KernelsPane::retranslateContent()
{
    m_labels[RunningRow]->setText(tr("Running kernel:"));
    m_labels[BootloaderRow]->setText(tr("Boot loader:"));
    m_labels[GrubDefaultRow]->setText(tr("GRUB default:"));
    m_labels[DefaultKernelRow]->setText(tr("DEFAULTKERNEL:"));
    m_labels[CommandLineRow]->setText(tr("Command line:"));
    m_labels[DockerNeedsRow]->setText(tr("Memory limits for Docker:"));
    m_labels[FilesystemsRow]->setText(tr("Filesystems:"));
    m_labels[RebootRow]->setText(tr("Reboot pending:"));
    m_installedTitle->setText(tr("Installed kernels"));
    m_model->retranslate();
}

bool KernelsPane::concerns(const FactsWarning& warning) const
{
    return WarningTopics::isKernels(warning);
}

} // namespace Lotsen
