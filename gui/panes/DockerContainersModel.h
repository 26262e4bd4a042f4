#pragma once

#include "HostFacts.h"

#include <QAbstractTableModel>

namespace Lotsen {

// A host's Docker containers: name, image, state (coloured), status, ports.
class DockerContainersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ImageColumn,
        StateColumn,
        StatusColumn,
        PortsColumn,
        ColumnCount
    };

    explicit DockerContainersModel(QObject* parent = nullptr);

    void setContainers(const QList<DockerContainer>& containers);
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DockerContainer> m_containers;
};

} // namespace Lotsen
