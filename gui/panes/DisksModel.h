#pragma once

#include "HostFacts.h"

#include <QAbstractItemModel>

#include <vector>

namespace Lotsen {

// A host's storage as a tree: "Block devices" (the lsblk tree), "LVM" (volume groups with their
// physical and logical volumes, thin volumes under their pool) and "Btrfs filesystems". Usage
// columns carry PaneRoles::UsageRole for the bar delegate.
class DisksModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        SizeColumn,
        FilesystemColumn,
        MountColumn,
        UsageColumn,
        DetailsColumn,
        ColumnCount
    };

    explicit DisksModel(QObject* parent = nullptr);

    void setFacts(const DiskFacts& facts);
    void clear();
    void retranslate(); // texts are made in data(); tell the views to ask again
    // Indexes of section rows, for the view to span and expand them.
    bool isSection(const QModelIndex& index) const;
    QModelIndex findRow(const QString& name) const; // first row whose name column shows name

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    enum class Kind
    {
        DevicesSection,
        LvmSection,
        BtrfsSection,
        Device,
        VolumeGroup,
        PhysicalVolume,
        LogicalVolume,
        Btrfs
    };
    struct Node
    {
        Kind kind;
        const void* item = nullptr; // into m_facts, by kind
        int parent = -1;
        int row = 0;
        std::vector<int> children;
    };

    int addNode(Kind kind, const void* item, int parent);
    void addDevice(const BlockDevice& device, int parent);
    void build();
    QVariant text(const Node& node, int column) const;
    QVariant deviceText(const BlockDevice& device, int column) const;
    QVariant volumeGroupText(const LvmVolumeGroup& vg, int column) const;
    QVariant physicalVolumeText(const LvmPhysicalVolume& pv, int column) const;
    QVariant logicalVolumeText(const LvmLogicalVolume& lv, int column) const;
    QVariant btrfsText(const BtrfsFilesystem& btrfs, int column) const;
    QVariant usage(const Node& node, int column) const;
    bool holdsDockerRoot(const BlockDevice& device) const;

    DiskFacts m_facts;
    std::vector<Node> m_nodes;
    std::vector<int> m_top;
};

} // namespace Lotsen
