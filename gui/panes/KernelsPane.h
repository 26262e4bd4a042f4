#pragma once

#include "HostPane.h"

class QLabel;
class QTreeView;

namespace Lotsen {

class KernelsModel;

// A host's kernels: the running one, what is installed and what GRUB boots next, the kernel
// command line Docker cares about, filesystem support, a pending reboot, and whether the kernel
// is too old for current Docker.
class KernelsPane : public HostPane
{
    Q_OBJECT
public:
    explicit KernelsPane(FactsStore* store, QWidget* parent = nullptr);

    KernelsModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }

protected:
    void showFacts(const HostFacts* facts) override;
    void retranslateContent() override;
    bool concerns(const FactsWarning& warning) const override;

private:
    // "active (memory cgroup on, swap accounting on)" and, on a second line, what the kernel command
    // line itself says about cgroup_enable=memory and swapaccount=1.
    static QString memoryLimitsText(const KernelFacts& kernel);

    enum Row
    {
        RunningRow,
        BootloaderRow,
        GrubDefaultRow,
        DefaultKernelRow,
        CommandLineRow,
        DockerNeedsRow,
        FilesystemsRow,
        RebootRow,
        RowCount
    };
    QLabel* m_labels[RowCount];
    QLabel* m_values[RowCount];
    KernelsModel* m_model;
    QTreeView* m_view;
    QLabel* m_installedTitle;
};

} // namespace Lotsen
