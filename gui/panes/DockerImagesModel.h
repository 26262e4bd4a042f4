#pragma once

#include "HostFacts.h"

#include <QAbstractTableModel>

namespace Lotsen {

// A host's Docker images: repository, tag, short id, size, created.
class DockerImagesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RepositoryColumn,
        TagColumn,
        IdColumn,
        SizeColumn,
        CreatedColumn,
        ColumnCount
    };

    explicit DockerImagesModel(QObject* parent = nullptr);

    void setImages(const QList<DockerImage>& images);
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DockerImage> m_images;
};

} // namespace Lotsen
