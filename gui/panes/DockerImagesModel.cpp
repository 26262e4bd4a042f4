#include "DockerImagesModel.h"

#include "PaneRoles.h"
#include "facts/FactsFormat.h"

namespace Lotsen {

DockerImagesModel::DockerImagesModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void DockerImagesModel::setImages(const QList<DockerImage>& images)
{
    beginResetModel();
    m_images = images;
    endResetModel();
}

void DockerImagesModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int DockerImagesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_images.size());
}

int DockerImagesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DockerImagesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DockerImage& image = m_images.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case RepositoryColumn:
            return image.repository;
        case TagColumn:
            return image.tag;
        case IdColumn:
            return FactsFormat::shortImageId(image.id);
        case SizeColumn:
            return FactsFormat::bytes(image.size);
        case CreatedColumn:
            return image.created;
        }
    } else if (role == Qt::ToolTipRole && index.column() == IdColumn) {
        return image.id;
    } else if (role == PaneRoles::SortRole) {
        return index.column() == SizeColumn ? QVariant(image.size) : data(index, Qt::DisplayRole);
    } else if (role == Qt::TextAlignmentRole && index.column() == SizeColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant DockerImagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RepositoryColumn:
        return tr("Repository");
    case TagColumn:
        return tr("Tag");
    case IdColumn:
        return tr("Image ID");
    case SizeColumn:
        return tr("Size");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

} // namespace Lotsen
