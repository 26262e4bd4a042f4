#include "DisksPane.h"

#include "DisksModel.h"
#include "UsageBar.h"
#include "UsageBarDelegate.h"
#include "WarningTopics.h"
#include "facts/FactsFormat.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Lotsen {

DisksPane::DisksPane(FactsStore* store, QWidget* parent)
    : HostPane(store, parent)
    , m_model(new DisksModel(this))
    , m_view(new QTreeView)
    , m_rootLabel(new QLabel)
    , m_rootValue(makeValueLabel("dockerRootLabel"))
    , m_spaceLabel(new QLabel)
    , m_space(new UsageBar)
    , m_dmLabel(new QLabel)
    , m_dmValue(makeValueLabel("deviceMapperLabel"))
    , m_lvmLabel(new QLabel)
    , m_lvmValue(makeValueLabel("lvmToolsLabel"))
{
    setObjectName(QStringLiteral("disksPane"));
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_rootLabel, m_rootValue);
    m_space->setObjectName(QStringLiteral("dockerRootUsage"));
    m_space->setMaximumWidth(360);
    form->addRow(m_spaceLabel, m_space);
    form->addRow(m_dmLabel, m_dmValue);
    form->addRow(m_lvmLabel, m_lvmValue);
    layout->addLayout(form);

    m_view->setObjectName(QStringLiteral("disksView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new UsageBarDelegate(m_view));
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    layout->addWidget(m_view, 1);
    retranslateContent();
    setContent(content);
}

QString DisksPane::dockerRootText() const
{
    return m_rootValue->text();
}

void DisksPane::showFacts(const HostFacts* facts)
{
    if (!facts) {
        m_model->clear();
        m_facts = DiskFacts();
        return;
    }
    m_facts = facts->disks;
    m_dataRoot = facts->docker.dataRoot;
    m_model->setFacts(facts->disks);
    m_view->expandAll();
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_view->setFirstColumnSpanned(row, {}, true);
    // Wide enough for the names and numbers; the details column takes the rest.
    for (int column = 0; column < DisksModel::DetailsColumn; ++column)
        m_view->resizeColumnToContents(column);
    m_view->setColumnWidth(DisksModel::NameColumn,
                           std::max(m_view->columnWidth(DisksModel::NameColumn), 160));
    m_view->setColumnWidth(DisksModel::UsageColumn,
                           std::max(m_view->columnWidth(DisksModel::UsageColumn), 130));

    const DiskFacts& disks = facts->disks;
    const QString dataRoot = m_dataRoot.isEmpty() ? QStringLiteral("/var/lib/docker") : m_dataRoot;
    if (disks.dockerRootSource.isEmpty() && disks.dockerRootMount.isEmpty()) {
        m_rootValue->setText(tr("%1 — not found on this host").arg(dataRoot));
    } else {
        m_rootValue->setText(
            tr("%1 on %2 (%3), mounted at %4")
                .arg(dataRoot, disks.dockerRootSource,
                     disks.dockerRootFsType.isEmpty() ? tr("unknown filesystem") : disks.dockerRootFsType,
                     disks.dockerRootMount));
    }
    m_space->setUsage(FactsFormat::usagePercent(disks.dockerRootUsed, disks.dockerRootSize),
                      FactsFormat::usage(disks.dockerRootUsed, disks.dockerRootSize));
    setColoredText(m_dmValue,
                   disks.deviceMapperAvailable ? tr("yes")
                                               : tr("no — the devicemapper storage driver cannot work"),
                   disks.deviceMapperAvailable ? QColor() : FactsFormat::staleColor());
    m_lvmValue->setText(disks.lvmToolsPresent ? tr("installed") : tr("not installed"));
}

void DisksPane::retranslateContent()
{
    m_rootLabel->setText(tr("Docker data root:"));
    m_spaceLabel->setText(tr("Space there:"));
    m_dmLabel->setText(tr("Device-mapper in kernel:"));
    m_lvmLabel->setText(tr("LVM tools:"));
    m_model->retranslate();
}

bool DisksPane::concerns(const FactsWarning& warning) const
{
    return WarningTopics::isDisks(warning);
}

} // namespace Lotsen
