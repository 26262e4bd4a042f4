#pragma once

#include <QTabWidget>

namespace Lotsen {

class DisksPane;
class DockerPane;
class FactsStore;
class KernelsPane;
class OverviewPane;

// The right-hand tabs: Overview, Disks, Kernels, Docker, then whatever the window adds (the run
// box). One selected host shows its own panes; several show the Overview first.
class DetailTabs : public QTabWidget
{
    Q_OBJECT
public:
    explicit DetailTabs(FactsStore* store, QWidget* parent = nullptr);

    // The widget's tab title is set by its owner (it is retranslated there).
    void addExtraTab(QWidget* widget);
    void setSelectedHosts(const QStringList& hosts);
    // Shows one host's panes (from a double-click in the overview) without changing the selection.
    void showHost(const QString& host);

    OverviewPane* overview() const { return m_overview; }
    DisksPane* disks() const { return m_disks; }
    KernelsPane* kernels() const { return m_kernels; }
    DockerPane* docker() const { return m_docker; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    bool showsFacts() const; // one of the facts tabs is current

    OverviewPane* m_overview;
    DisksPane* m_disks;
    KernelsPane* m_kernels;
    DockerPane* m_docker;
};

} // namespace Lotsen
