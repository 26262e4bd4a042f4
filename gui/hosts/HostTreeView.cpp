#include "HostTreeView.h"

#include "HostTreeModel.h"

#include <QHeaderView>

namespace Lotsen {

HostTreeView::HostTreeView(HostTreeModel* model, QWidget* parent)
    : QTreeView(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("hostTree"));
    setModel(model);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    setExpandsOnDoubleClick(true);
    // "root@127.0.0.100:22220": hosts on one network differ at the end, so keep both ends visible.
    setTextElideMode(Qt::ElideMiddle);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(HostTreeModel::NameColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(HostTreeModel::AddressColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(HostTreeModel::StateColumn, QHeaderView::ResizeToContents);

    // New groups show their hosts right away; a collapsed group is the user's choice.
    connect(model, &QAbstractItemModel::modelReset, this, &QTreeView::expandAll);
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex& parentIndex, int first, int last) {
                if (!parentIndex.isValid()) {
                    for (int row = first; row <= last; ++row)
                        expand(m_model->index(row, 0));
                }
            });
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { Q_EMIT selectedHostsChanged(selectedHostNames()); });
    connect(model, &QAbstractItemModel::rowsRemoved, this,
            [this] { Q_EMIT selectedHostsChanged(selectedHostNames()); });
    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        const QString host = m_model->hostName(index);
        if (!host.isEmpty())
            Q_EMIT hostActivated(host);
    });
    expandAll();
}

QStringList HostTreeView::selectedHostNames() const
{
    return m_model->hostNames(selectionModel()->selectedRows(HostTreeModel::NameColumn));
}

QStringList HostTreeView::selectedHostRows() const
{
    QStringList names;
    for (const QModelIndex& index : selectionModel()->selectedRows(HostTreeModel::NameColumn)) {
        if (const QString name = m_model->hostName(index); !name.isEmpty())
            names.append(name);
    }
    return names;
}

void HostTreeView::selectHost(const QString& name)
{
    const QModelIndex index = m_model->indexOfHost(name);
    if (!index.isValid())
        return;
    scrollTo(index);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace Lotsen
