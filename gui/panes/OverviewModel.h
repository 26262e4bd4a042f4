#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace Lotsen {

class FactsStore;

// One row per selected host, side by side: OS, kernel, Docker version and driver, Docker's space
// use, warnings (count and worst) and the age of the facts. PaneRoles::SortRole gives each column
// a sort key that puts the worst first when sorted descending.
class OverviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        HostColumn,
        WarningsColumn,
        OsColumn,
        KernelColumn,
        DockerColumn,
        DriverColumn,
        SpaceColumn,
        AgeColumn,
        ColumnCount
    };

    explicit OverviewModel(FactsStore* store, QObject* parent = nullptr);

    void setHosts(const QStringList& hosts);
    const QStringList& hosts() const { return m_hosts; }
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const QString& host, int column) const;
    QVariant sortKey(const QString& host, int column) const;
    QVariant foreground(const QString& host, int column) const;
    QVariant toolTip(const QString& host, int column) const;
    double spacePercent(const QString& host) const;
    void hostChanged(const QString& host);

    FactsStore* m_store;
    QStringList m_hosts;
};

} // namespace Lotsen
