#pragma once

#include "HostPane.h"

class QFormLayout;
class QLabel;
class QSortFilterProxyModel;
class QTreeView;

namespace Lotsen {

class DockerContainersModel;
class DockerImagesModel;
class UsageBar;

// A host's Docker: versions, whether the daemon runs, storage driver and what backs it, data
// root, devicemapper pool space, the daemon's options and where they come from, the docker group,
// and tables of images and containers. A host without Docker is shown as such, not as an error.
class DockerPane : public HostPane
{
    Q_OBJECT
public:
    explicit DockerPane(FactsStore* store, QWidget* parent = nullptr);

    DockerImagesModel* imagesModel() const { return m_images; }
    DockerContainersModel* containersModel() const { return m_containers; }

protected:
    void showFacts(const HostFacts* facts) override;
    void retranslateContent() override;
    bool concerns(const FactsWarning& warning) const override;

private:
    enum Row
    {
        VersionRow,
        DaemonRow,
        DriverRow,
        DataRootRow,
        PoolDataRow,
        PoolMetadataRow,
        OptionsRow,
        GroupRow,
        RowCount
    };
    QTreeView* makeTable(const char* objectName, QSortFilterProxyModel* proxy);

    QFormLayout* m_form;
    QLabel* m_labels[RowCount];
    QWidget* m_fields[RowCount];
    UsageBar* m_poolData;
    UsageBar* m_poolMetadata;
    DockerImagesModel* m_images;
    DockerContainersModel* m_containers;
    QSortFilterProxyModel* m_imagesProxy;
    QSortFilterProxyModel* m_containersProxy;
    QTreeView* m_imagesView;
    QTreeView* m_containersView;
    QLabel* m_imagesTitle;
    QLabel* m_containersTitle;
};

} // namespace Lotsen
