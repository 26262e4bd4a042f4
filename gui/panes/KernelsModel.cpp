#include "KernelsModel.h"

#include "PaneRoles.h"

#include <QColor>
#include <QFont>

namespace Lotsen {

namespace {
const QColor defaultColor(0x1c, 0x71, 0xd8);
const QColor runningColor(0x26, 0x8a, 0x3c);
} // namespace

KernelsModel::KernelsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void KernelsModel::setKernels(const QList<InstalledKernel>& kernels)
{
    beginResetModel();
    m_kernels = kernels;
    endResetModel();
}

void KernelsModel::clear()
{
    setKernels({});
}

void KernelsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_kernels.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int KernelsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_kernels.size());
}

int KernelsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList KernelsModel::badges(const InstalledKernel& kernel) const
{
    QStringList list;
    if (kernel.isDefault)
        list.append(tr("default"));
    if (kernel.isRunning)
        list.append(tr("running"));
    return list;
}

QVariantList KernelsModel::badgeColors(const InstalledKernel& kernel) const
{
    QVariantList list;
    if (kernel.isDefault)
        list.append(defaultColor);
    if (kernel.isRunning)
        list.append(runningColor);
    return list;
}

QVariant KernelsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InstalledKernel& kernel = m_kernels.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case VersionColumn:
            return kernel.version;
        case MarksColumn:
            return badges(kernel).join(QStringLiteral(", "));
        case PackageColumn:
            return kernel.package;
        case TitleColumn:
            return kernel.title;
        }
        return {};
    case Qt::FontRole:
        if (kernel.isDefault) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (kernel.isDefault)
            return tr("GRUB boots this kernel next");
        return {};
    case PaneRoles::BadgesRole:
        if (index.column() == MarksColumn && (kernel.isDefault || kernel.isRunning))
            return badges(kernel);
        return {};
    case PaneRoles::BadgeColorsRole:
        if (index.column() == MarksColumn)
            return badgeColors(kernel);
        return {};
    default:
        return {};
    }
}

QVariant KernelsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VersionColumn:
        return tr("Kernel");
    case MarksColumn:
        return tr("Status");
    case PackageColumn:
        return tr("Package");
    case TitleColumn:
        return tr("Boot menu entry");
    }
    return {};
}

} // namespace Lotsen
