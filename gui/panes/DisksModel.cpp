#include "DisksModel.h"

#include "PaneRoles.h"
#include "facts/FactsFormat.h"

#include <QFont>

namespace Lotsen {
namespace {

// A volume's share in use from its size and free space; -1 when either is unknown.
double usedPercent(qint64 size, qint64 free)
{
    return free >= 0 ? FactsFormat::usagePercent(size - free, size) : -1;
}

// The usage column's text: the percentage, or nothing when it is unknown.
QVariant percentText(double percent)
{
    return percent >= 0 ? QVariant(FactsFormat::percent(percent)) : QVariant();
}

} // namespace

DisksModel::DisksModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

void DisksModel::setFacts(const DiskFacts& facts)
{
    beginResetModel();
    m_facts = facts;
    build();
    endResetModel();
}

void DisksModel::clear()
{
    beginResetModel();
    m_facts = DiskFacts();
    m_nodes.clear();
    m_top.clear();
    endResetModel();
}

void DisksModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    Q_EMIT layoutAboutToBeChanged();
    Q_EMIT layoutChanged();
}

int DisksModel::addNode(Kind kind, const void* item, int parent)
{
    const int id = static_cast<int>(m_nodes.size());
    std::vector<int>& siblings = parent < 0 ? m_top : m_nodes[static_cast<size_t>(parent)].children;
    m_nodes.push_back(Node{kind, item, parent, static_cast<int>(siblings.size()), {}});
    siblings.push_back(id);
    return id;
}

void DisksModel::addDevice(const BlockDevice& device, int parent)
{
    const int id = addNode(Kind::Device, &device, parent);
    for (const BlockDevice& child : device.children)
        addDevice(child, id);
}

void DisksModel::build()
{
    m_nodes.clear();
    m_top.clear();
    m_nodes.reserve(64);
    const int devices = addNode(Kind::DevicesSection, nullptr, -1);
    for (const BlockDevice& device : m_facts.devices)
        addDevice(device, devices);
    if (!m_facts.vgs.isEmpty() || !m_facts.pvs.isEmpty() || !m_facts.lvs.isEmpty()) {
        const int lvm = addNode(Kind::LvmSection, nullptr, -1);
        for (const LvmVolumeGroup& vg : m_facts.vgs) {
            const int vgNode = addNode(Kind::VolumeGroup, &vg, lvm);
            for (const LvmPhysicalVolume& pv : m_facts.pvs) {
                if (pv.vg == vg.name)
                    addNode(Kind::PhysicalVolume, &pv, vgNode);
            }
            // Pools and plain volumes first, then each thin volume under its pool.
            QHash<QString, int> pools;
            for (const LvmLogicalVolume& lv : m_facts.lvs) {
                if (lv.vg == vg.name && lv.poolLv.isEmpty()) {
                    const int lvNode = addNode(Kind::LogicalVolume, &lv, vgNode);
                    if (lv.isThinPool())
                        pools.insert(lv.name, lvNode);
                }
            }
            for (const LvmLogicalVolume& lv : m_facts.lvs) {
                if (lv.vg == vg.name && !lv.poolLv.isEmpty())
                    addNode(Kind::LogicalVolume, &lv, pools.value(lv.poolLv, vgNode));
            }
        }
        for (const LvmPhysicalVolume& pv : m_facts.pvs) {
            bool inKnownVg = false;
            for (const LvmVolumeGroup& vg : m_facts.vgs)
                inKnownVg = inKnownVg || vg.name == pv.vg;
            if (!inKnownVg)
                addNode(Kind::PhysicalVolume, &pv, lvm);
        }
    }
    if (!m_facts.btrfs.isEmpty()) {
        const int btrfs = addNode(Kind::BtrfsSection, nullptr, -1);
        for (const BtrfsFilesystem& filesystem : m_facts.btrfs)
            addNode(Kind::Btrfs, &filesystem, btrfs);
    }
}

bool DisksModel::isSection(const QModelIndex& index) const
{
    return index.isValid() && !index.parent().isValid();
}

QModelIndex DisksModel::findRow(const QString& name) const
{
    for (size_t id = 0; id < m_nodes.size(); ++id) {
        const QModelIndex candidate = createIndex(m_nodes[id].row, NameColumn, static_cast<quintptr>(id));
        if (data(candidate).toString() == name)
            return candidate;
    }
    return {};
}

QModelIndex DisksModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const std::vector<int>& siblings =
        parent.isValid() ? m_nodes[static_cast<size_t>(parent.internalId())].children : m_top;
    return createIndex(row, column, static_cast<quintptr>(siblings[static_cast<size_t>(row)]));
}

QModelIndex DisksModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const int parentId = m_nodes[static_cast<size_t>(child.internalId())].parent;
    if (parentId < 0)
        return {};
    return createIndex(m_nodes[static_cast<size_t>(parentId)].row, 0, static_cast<quintptr>(parentId));
}

int DisksModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_top.size());
    if (parent.column() != 0)
        return 0;
    return static_cast<int>(m_nodes[static_cast<size_t>(parent.internalId())].children.size());
}

int DisksModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool DisksModel::holdsDockerRoot(const BlockDevice& device) const
{
    if (m_facts.dockerRootSource.isEmpty() && m_facts.dockerRootMount.isEmpty())
        return false;
    return (!device.path.isEmpty() && device.path == m_facts.dockerRootSource) ||
           (!device.mountPoint.isEmpty() && device.mountPoint == m_facts.dockerRootMount &&
            device.children.isEmpty());
}

QVariant DisksModel::text(const Node& node, int column) const
{
    switch (node.kind) {
    case Kind::DevicesSection:
        return column == NameColumn ? tr("Block devices") : QVariant();
    case Kind::LvmSection:
        return column == NameColumn ? tr("LVM") : QVariant();
    case Kind::BtrfsSection:
        return column == NameColumn ? tr("Btrfs filesystems") : QVariant();
    case Kind::Device:
        return deviceText(*static_cast<const BlockDevice*>(node.item), column);
    case Kind::VolumeGroup:
        return volumeGroupText(*static_cast<const LvmVolumeGroup*>(node.item), column);
    case Kind::PhysicalVolume:
        return physicalVolumeText(*static_cast<const LvmPhysicalVolume*>(node.item), column);
    case Kind::LogicalVolume:
        return logicalVolumeText(*static_cast<const LvmLogicalVolume*>(node.item), column);
    case Kind::Btrfs:
        return btrfsText(*static_cast<const BtrfsFilesystem*>(node.item), column);
    }
    return {};
}

QVariant DisksModel::deviceText(const BlockDevice& device, int column) const
{
    switch (column) {
    case NameColumn:
        return device.name;
    case TypeColumn:
        return device.type;
    case SizeColumn:
        return FactsFormat::bytes(device.size);
    case FilesystemColumn:
        return device.fsType;
    case MountColumn:
        return device.mountPoint;
    case UsageColumn:
        return percentText(FactsFormat::usagePercent(device.fsUsed, device.fsSize));
    case DetailsColumn: {
        QStringList details;
        if (holdsDockerRoot(device))
            details.append(tr("holds Docker's data"));
        if (device.fsUsed >= 0)
            details.append(FactsFormat::usage(device.fsUsed, device.fsSize));
        if (!device.label.isEmpty())
            details.append(tr("label %1").arg(device.label));
        return details.join(QStringLiteral(" · "));
    }
    }
    return {};
}

QVariant DisksModel::volumeGroupText(const LvmVolumeGroup& vg, int column) const
{
    switch (column) {
    case NameColumn:
        return vg.name;
    case TypeColumn:
        return tr("volume group");
    case SizeColumn:
        return FactsFormat::bytes(vg.size);
    case UsageColumn:
        return percentText(usedPercent(vg.size, vg.free));
    case DetailsColumn:
        return tr("%1 free · %n physical volume(s)", nullptr, vg.pvCount).arg(FactsFormat::bytes(vg.free)) +
               QStringLiteral(" · ") + tr("%n logical volume(s)", nullptr, vg.lvCount);
    }
    return {};
}

QVariant DisksModel::physicalVolumeText(const LvmPhysicalVolume& pv, int column) const
{
    switch (column) {
    case NameColumn:
        return pv.name;
    case TypeColumn:
        return tr("physical volume");
    case SizeColumn:
        return FactsFormat::bytes(pv.size);
    case UsageColumn:
        return percentText(usedPercent(pv.size, pv.free));
    case DetailsColumn:
        return pv.vg.isEmpty() ? tr("not in a volume group") : tr("%1 free").arg(FactsFormat::bytes(pv.free));
    }
    return {};
}

QVariant DisksModel::logicalVolumeText(const LvmLogicalVolume& lv, int column) const
{
    switch (column) {
    case NameColumn:
        return lv.name;
    case TypeColumn:
        return lv.isThinPool() ? tr("thin pool") : !lv.segType.isEmpty() ? lv.segType : tr("logical volume");
    case SizeColumn:
        return FactsFormat::bytes(lv.size);
    case UsageColumn:
        return lv.dataPercent >= 0 ? tr("data %1").arg(FactsFormat::percent(lv.dataPercent)) : QVariant();
    case DetailsColumn:
        if (lv.isThinPool() && lv.metadataPercent >= 0)
            return tr("metadata %1").arg(FactsFormat::percent(lv.metadataPercent));
        return lv.attr;
    }
    return {};
}

QVariant DisksModel::btrfsText(const BtrfsFilesystem& btrfs, int column) const
{
    switch (column) {
    case NameColumn:
        return btrfs.label.isEmpty() ? btrfs.uuid : btrfs.label;
    case TypeColumn:
        return tr("btrfs filesystem");
    case FilesystemColumn:
        return QStringLiteral("btrfs");
    case SizeColumn:
        return FactsFormat::bytes(btrfs.size);
    case UsageColumn:
        return percentText(FactsFormat::usagePercent(btrfs.used, btrfs.size));
    case DetailsColumn:
        return tr("%1 used on %2")
            .arg(FactsFormat::usage(btrfs.used, btrfs.size), btrfs.devices.join(QStringLiteral(", ")));
    }
    return {};
}

QVariant DisksModel::usage(const Node& node, int column) const
{
    double percent = -1;
    if (node.kind == Kind::Device && column == UsageColumn) {
        const auto* device = static_cast<const BlockDevice*>(node.item);
        percent = FactsFormat::usagePercent(device->fsUsed, device->fsSize);
    } else if (node.kind == Kind::VolumeGroup && column == UsageColumn) {
        const auto* vg = static_cast<const LvmVolumeGroup*>(node.item);
        percent = usedPercent(vg->size, vg->free);
    } else if (node.kind == Kind::PhysicalVolume && column == UsageColumn) {
        const auto* pv = static_cast<const LvmPhysicalVolume*>(node.item);
        percent = usedPercent(pv->size, pv->free);
    } else if (node.kind == Kind::Btrfs && column == UsageColumn) {
        const auto* btrfs = static_cast<const BtrfsFilesystem*>(node.item);
        percent = FactsFormat::usagePercent(btrfs->used, btrfs->size);
    } else if (node.kind == Kind::LogicalVolume) {
        const auto* lv = static_cast<const LvmLogicalVolume*>(node.item);
        if (column == UsageColumn)
            percent = lv->dataPercent;
        else if (column == DetailsColumn && lv->isThinPool())
            percent = lv->metadataPercent;
    }
    return percent >= 0 ? QVariant(percent) : QVariant();
}

QVariant DisksModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node& node = m_nodes[static_cast<size_t>(index.internalId())];
    switch (role) {
    case Qt::DisplayRole:
        return text(node, index.column());
    case Qt::ToolTipRole:
        if (index.column() == DetailsColumn || index.column() == NameColumn)
            return text(node, DetailsColumn);
        return {};
    case PaneRoles::UsageRole:
        return usage(node, index.column());
    case Qt::FontRole: {
        const bool section = node.parent < 0;
        const bool dockerRoot =
            node.kind == Kind::Device && holdsDockerRoot(*static_cast<const BlockDevice*>(node.item));
        if (!section && !dockerRoot)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant DisksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case SizeColumn:
        return tr("Size");
    case FilesystemColumn:
        return tr("Filesystem");
    case MountColumn:
        return tr("Mount point");
    case UsageColumn:
        return tr("Used");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

} // namespace Lotsen
