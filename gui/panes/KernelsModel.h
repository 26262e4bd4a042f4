#pragma once

#include "HostFacts.h"

#include <QAbstractTableModel>

namespace Lotsen {

// The installed kernels of a host, one row each: the one GRUB boots next is bold with a
// "default" badge, the running one has a "running" badge.
class KernelsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        VersionColumn,
        MarksColumn,
        PackageColumn,
        TitleColumn,
        ColumnCount
    };

    explicit KernelsModel(QObject* parent = nullptr);

    void setKernels(const QList<InstalledKernel>& kernels);
    void clear();
    void retranslate();
    const QList<InstalledKernel>& kernels() const { return m_kernels; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList badges(const InstalledKernel& kernel) const;
    QVariantList badgeColors(const InstalledKernel& kernel) const;

    QList<InstalledKernel> m_kernels;
};

} // namespace Lotsen
