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
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

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
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setStretchLastSection(false); // fitColumns gives the last column the rest
    m_view->installEventFilter(this);
    m_stack->addWidget(m_view);
    layout->addWidget(m_stack, 1);

    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT hostActivated(index.data(PaneRoles::HostRole).toString());
    });
    connect(m_store, &FactsStore::hostChanged, this, &OverviewPane::updateSummary);
    connect(m_store, &FactsStore::hostChanged, this, [this](const QString& host) {
        if (m_model->hosts().contains(host))
            scheduleFitColumns();
    });
    retranslateUi();
}

void OverviewPane::setHosts(const QStringList& hosts)
{
    m_model->setHosts(hosts);
    m_stack->setCurrentWidget(hosts.isEmpty() ? static_cast<QWidget*>(m_empty) : m_view);
    updateSummary();
    fitColumns();
}

void OverviewPane::scheduleFitColumns()
{
    // Facts of many hosts arrive one after the other: one fit after the burst.
    if (m_fitPending)
        return;
    m_fitPending = true;
    QTimer::singleShot(0, this, [this] {
        m_fitPending = false;
        fitColumns();
    });
}

void OverviewPane::fitColumns()
{
    constexpr int last = OverviewModel::ColumnCount - 1;
    for (int column = 0; column <= last; ++column)
        m_view->resizeColumnToContents(column);
    m_view->setColumnWidth(OverviewModel::SpaceColumn,
                           std::max(m_view->columnWidth(OverviewModel::SpaceColumn), 120));

    // Too wide for the pane: OS, kernel and Docker keep their full texts; the columns whose full text
    // matters least give way first, down to what still reads (an elided warning keeps its colour and
    // tooltip; a header elides before its values do).
    const QAbstractItemView* view = m_view; // QTreeView makes sizeHintForColumn protected
    const QHeaderView* header = m_view->header();
    int excess = header->length() - m_view->viewport()->width();
    const std::pair<int, int> yielding[] = {
        {last, view->sizeHintForColumn(last)},
        // First only as far as their headers still read,
        {OverviewModel::SpaceColumn, header->sectionSizeHint(OverviewModel::SpaceColumn)},
        {OverviewModel::WarningsColumn, header->sectionSizeHint(OverviewModel::WarningsColumn)},
        // then further.
        {OverviewModel::SpaceColumn, 80},
        {OverviewModel::WarningsColumn, 70},
        {OverviewModel::DriverColumn, view->sizeHintForColumn(OverviewModel::DriverColumn)},
        {OverviewModel::HostColumn, 120},
    };
    for (const auto& [column, minimum] : yielding) {
        if (excess <= 0)
            break;
        const int give = std::clamp(m_view->columnWidth(column) - minimum, 0, excess);
        m_view->setColumnWidth(column, m_view->columnWidth(column) - give);
        excess -= give;
    }
    // Room to spare goes to the last column (Updated), so the rows reach across.
    if (excess < 0)
        m_view->setColumnWidth(last, m_view->columnWidth(last) - excess);
}

bool OverviewPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::Resize)
        scheduleFitColumns();
    return QWidget::eventFilter(watched, event);
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
    scheduleFitColumns(); // headers and texts change width with the language
}

void OverviewPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Lotsen
