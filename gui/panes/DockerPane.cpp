#include "DockerPane.h"

#include "DockerContainersModel.h"
#include "DockerImagesModel.h"
#include "PaneRoles.h"
#include "UsageBar.h"
#include "WarningTopics.h"
#include "facts/FactsFormat.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace Lotsen {

DockerPane::DockerPane(FactsStore* store, QWidget* parent)
    : HostPane(store, parent)
    , m_form(new QFormLayout)
    , m_poolData(new UsageBar)
    , m_poolMetadata(new UsageBar)
    , m_images(new DockerImagesModel(this))
    , m_containers(new DockerContainersModel(this))
    , m_imagesProxy(new QSortFilterProxyModel(this))
    , m_containersProxy(new QSortFilterProxyModel(this))
    , m_imagesTitle(new QLabel)
    , m_containersTitle(new QLabel)
{
    setObjectName(QStringLiteral("dockerPane"));
    static const char* const names[RowCount] = {
        "dockerVersionLabel", "dockerDaemonLabel", "storageDriverLabel", "dataRootLabel",
        "poolDataBar",        "poolMetadataBar",   "daemonOptionsLabel", "dockerGroupLabel"};
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int row = 0; row < RowCount; ++row) {
        m_labels[row] = new QLabel;
        if (row == PoolDataRow || row == PoolMetadataRow) {
            UsageBar* bar = row == PoolDataRow ? m_poolData : m_poolMetadata;
            bar->setObjectName(QString::fromLatin1(names[row]));
            bar->setMaximumWidth(360);
            m_fields[row] = bar;
        } else {
            m_fields[row] = makeValueLabel(names[row]);
        }
        m_form->addRow(m_labels[row], m_fields[row]);
    }
    m_fields[OptionsRow]->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addLayout(m_form);

    m_imagesProxy->setSourceModel(m_images);
    m_containersProxy->setSourceModel(m_containers);
    m_imagesProxy->setSortRole(PaneRoles::SortRole);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    for (auto [title, view] :
         {std::pair{m_imagesTitle, makeTable("imagesView", m_imagesProxy)},
          std::pair{m_containersTitle, makeTable("containersView", m_containersProxy)}}) {
        auto* box = new QWidget;
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 6, 0, 0);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        boxLayout->addWidget(title);
        boxLayout->addWidget(view, 1);
        splitter->addWidget(box);
    }
    m_imagesView = splitter->widget(0)->findChild<QTreeView*>();
    m_containersView = splitter->widget(1)->findChild<QTreeView*>();
    layout->addWidget(splitter, 1);
    retranslateContent();
    setContent(content);
}

QTreeView* DockerPane::makeTable(const char* objectName, QSortFilterProxyModel* proxy)
{
    auto* view = new QTreeView;
    view->setObjectName(QString::fromLatin1(objectName));
    view->setModel(proxy);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(true);
    view->sortByColumn(0, Qt::AscendingOrder);
    view->header()->setStretchLastSection(true);
    return view;
}

void DockerPane::showFacts(const HostFacts* facts)
{
    if (!facts) {
        m_images->setImages({});
        m_containers->setContainers({});
        return;
    }
    const DockerFacts& docker = facts->docker;
    m_images->setImages(docker.images);
    m_containers->setContainers(docker.containers);
    if (!docker.installed) {
        showEmptyState(tr("Docker is not installed on this host."));
        return;
    }
    auto* version = static_cast<QLabel*>(m_fields[VersionRow]);
    const QString unknown = tr("unknown");
    version->setText(tr("client %1 · server %2 · API %3")
                         .arg(docker.clientVersion.isEmpty() ? unknown : docker.clientVersion,
                              docker.serverVersion.isEmpty() ? unknown : docker.serverVersion,
                              docker.apiVersion.isEmpty() ? unknown : docker.apiVersion));
    setColoredText(static_cast<QLabel*>(m_fields[DaemonRow]),
                   docker.daemonRunning ? tr("running") : tr("not running (or not reachable by this user)"),
                   docker.daemonRunning ? FactsFormat::okColor() : FactsFormat::errorColor());
    QString driver = docker.storageDriver.isEmpty() ? unknown : docker.storageDriver;
    if (!docker.backingFilesystem.isEmpty())
        driver = tr("%1 on %2").arg(driver, docker.backingFilesystem);
    if (docker.loopbackDevicemapper)
        driver += QStringLiteral(" — ") + tr("loop-backed: unacceptable for performance");
    setColoredText(static_cast<QLabel*>(m_fields[DriverRow]), driver,
                   docker.loopbackDevicemapper ? FactsFormat::errorColor() : QColor());
    static_cast<QLabel*>(m_fields[DataRootRow])
        ->setText(docker.dataRoot.isEmpty() ? unknown : docker.dataRoot);
    const bool pool = docker.poolDataTotal > 0 || docker.poolMetadataTotal > 0;
    m_form->setRowVisible(PoolDataRow, pool);
    m_form->setRowVisible(PoolMetadataRow, pool);
    m_poolData->setUsage(FactsFormat::usagePercent(docker.poolDataUsed, docker.poolDataTotal),
                         FactsFormat::usage(docker.poolDataUsed, docker.poolDataTotal));
    m_poolMetadata->setUsage(FactsFormat::usagePercent(docker.poolMetadataUsed, docker.poolMetadataTotal),
                             FactsFormat::usage(docker.poolMetadataUsed, docker.poolMetadataTotal));
    const QString options =
        docker.daemonOptions.isEmpty() ? tr("(defaults)") : docker.daemonOptions.join(QLatin1Char(' '));
    static_cast<QLabel*>(m_fields[OptionsRow])
        ->setText(docker.optionsSource.isEmpty()
                      ? options
                      : tr("%1\nfrom %2").arg(options, docker.optionsSourceText()));
    static_cast<QLabel*>(m_fields[GroupRow])
        ->setText(docker.groupMembers.isEmpty() ? tr("no members (only root may use Docker)")
                                                : docker.groupMembers.join(QStringLiteral(", ")));
    m_imagesTitle->setText(tr("Images (%1)").arg(docker.images.size()));
    m_containersTitle->setText(tr("Containers (%1)").arg(docker.containers.size()));
    for (QTreeView* view : {m_imagesView, m_containersView}) {
        for (int column = 0; column + 1 < view->model()->columnCount(); ++column)
            view->resizeColumnToContents(column);
    }
}

void DockerPane::retranslateContent()
{
    m_labels[VersionRow]->setText(tr("Version:"));
    m_labels[DaemonRow]->setText(tr("Daemon:"));
    m_labels[DriverRow]->setText(tr("Storage driver:"));
    m_labels[DataRootRow]->setText(tr("Data root:"));
    m_labels[PoolDataRow]->setText(tr("Pool data space:"));
    m_labels[PoolMetadataRow]->setText(tr("Pool metadata space:"));
    m_labels[OptionsRow]->setText(tr("Daemon options:"));
    m_labels[GroupRow]->setText(tr("docker group:"));
    m_imagesTitle->setText(tr("Images"));
    m_containersTitle->setText(tr("Containers"));
    m_images->retranslate();
    m_containers->retranslate();
}

bool DockerPane::concerns(const FactsWarning& warning) const
{
    return WarningTopics::isDocker(warning);
}

} // namespace Lotsen
