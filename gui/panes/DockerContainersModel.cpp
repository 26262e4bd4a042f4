#include "DockerContainersModel.h"

#include "facts/FactsFormat.h"

#include <QColor>

namespace Lotsen {

DockerContainersModel::DockerContainersModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void DockerContainersModel::setContainers(const QList<DockerContainer>& containers)
{
    beginResetModel();
    m_containers = containers;
    endResetModel();
}

void DockerContainersModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_containers.isEmpty())
        Q_EMIT dataChanged(index(0, StateColumn), index(rowCount() - 1, StateColumn));
}

int DockerContainersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_containers.size());
}

int DockerContainersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DockerContainersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DockerContainer& container = m_containers.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return container.name;
        case ImageColumn:
            return container.image;
        case StateColumn:
            return FactsFormat::containerState(container.state);
        case StatusColumn:
            return container.status;
        case PortsColumn:
            return container.ports;
        }
    } else if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        if (container.state == QLatin1String("running"))
            return FactsFormat::okColor();
        if (container.state == QLatin1String("dead") || container.state == QLatin1String("restarting"))
            return FactsFormat::errorColor();
    } else if (role == Qt::ToolTipRole && index.column() == NameColumn) {
        return container.id;
    } else if (role == Qt::ToolTipRole && index.column() == StateColumn && !container.state.isEmpty()) {
        return tr("Docker reports: %1").arg(container.state); // the word to look for in docker ps
    }
    return {};
}

QVariant DockerContainersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ImageColumn:
        return tr("Image");
    case StateColumn:
        return tr("State");
    case StatusColumn:
        return tr("Status");
    case PortsColumn:
        return tr("Ports");
    }
    return {};
}

} // namespace Lotsen
