#include "OverviewPane.h"

#include "OverviewModel.h"
#include "PaneRoles.h"
#include "UsageBarDelegate.h"
#include "facts/FactsFormat.h"
#include "facts/FactsStore.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace Lotsen {

OverviewPane::OverviewPane(FactsStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new OverviewModel(store, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_summary(new QLabel)
    , m_stack(new QStackedWidget)
    , m_empty(new QLabel)
    , m_view(new QTreeView)
{
    setObjectName(QStringLiteral("overviewPane"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_summary->setObjectName(QStringLiteral("overviewSummaryLabel"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);

    m_empty->setObjectName(QStringLiteral("overviewEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_empty);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PaneRoles::SortRole);
    m_proxy->setDynamicSortFilter(true);
    m_view->setObjectName(QStringLiteral("overviewView"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new UsageBarDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(OverviewModel::WarningsColumn, Qt::DescendingOrder);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(OverviewModel::OsColumn, QHeaderView::Stretch);
    m_stack->addWidget(m_view);
    layout->addWidget(m_stack, 1);

    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT hostActivated(index.data(PaneRoles::HostRole).toString());
    });
    connect(m_store, &FactsStore::hostChanged, this, &OverviewPane::updateSummary);
    retranslateUi();
}

void OverviewPane::setHosts(const QStringList& hosts)
{
    m_model->setHosts(hosts);
    m_stack->setCurrentWidget(hosts.isEmpty() ? static_cast<QWidget*>(m_empty) : m_view);
    updateSummary();
    for (int column = 0; column < OverviewModel::ColumnCount; ++column) {
        if (column != OverviewModel::OsColumn)
            m_view->resizeColumnToContents(column);
    }
    m_view->setColumnWidth(OverviewModel::SpaceColumn,
                           std::max(m_view->columnWidth(OverviewModel::SpaceColumn), 120));
}

QString OverviewPane::summaryText() const
{
    return m_summary->text();
}

void OverviewPane::updateSummary()
{
    const QStringList& hosts = m_model->hosts();
    int withWarnings = 0;
    int failed = 0;
    for (const QString& host : hosts) {
        const HostFacts* facts = m_store->facts(host);
        withWarnings += facts && !facts->warnings.isEmpty() ? 1 : 0;
        failed += m_store->state(host) == FactsStore::State::Failed ? 1 : 0;
    }
    QString text = tr("%n host(s)", nullptr, static_cast<int>(hosts.size()));
    if (withWarnings > 0)
        text += QStringLiteral(" · ") + tr("%n with warnings", nullptr, withWarnings);
    if (failed > 0)
        text += QStringLiteral(" · ") + tr("%n failed to refresh", nullptr, failed);
    m_summary->setText(hosts.isEmpty() ? QString() : text);
}

void OverviewPane::retranslateUi()
{
    m_empty->setText(tr("Select hosts (or a group) in the list to compare them here."));
    m_model->retranslate();
    updateSummary();
}

void OverviewPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Lotsen
