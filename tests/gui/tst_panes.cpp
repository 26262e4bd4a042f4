// The facts panes and their models: model consistency while facts come and go, what each pane
// shows for the sample hosts, and the overview's sorting.

#include "SampleFacts.h"
#include "facts/FactsFormat.h"
#include "facts/FactsStore.h"
#include "panes/DetailTabs.h"
#include "panes/DisksModel.h"
#include "panes/DisksPane.h"
#include "panes/DockerContainersModel.h"
#include "panes/DockerImagesModel.h"
#include "panes/DockerPane.h"
#include "panes/KernelsModel.h"
#include "panes/KernelsPane.h"
#include "panes/OverviewModel.h"
#include "panes/OverviewPane.h"
#include "panes/PaneRoles.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

using namespace Lotsen;

namespace {

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QModelIndex findIn(const QAbstractItemModel* model, const QString& text, const QModelIndex& parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString() == text)
            return index;
        if (const QModelIndex found = findIn(model, text, index); found.isValid())
            return found;
    }
    return {};
}

QStringList column(const QAbstractItemModel* model, int col)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, col).data().toString());
    return values;
}

} // namespace

class TestPanes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void disksModelIsConsistent();
    void kernelsModelIsConsistent();
    void dockerModelsAreConsistent();
    void overviewModelIsConsistent();
    void disksPaneShowsLoopDeviceAndDockerRoot();
    void kernelsPaneMarksGrubDefault();
    void dockerPaneShowsHostWithoutDocker();
    void paneShowsAgeErrorAndEmptyStates();
    void overviewSortsWarningsFirstAndByColumn();
    void detailTabsFollowSelection();
};

void TestPanes::disksModelIsConsistent()
{
    DisksModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    model.setFacts(SampleFacts::el6().disks);
    QVERIFY(model.rowCount() >= 3); // block devices, LVM, btrfs
    model.setFacts(SampleFacts::debian12().disks);
    QCOMPARE(model.rowCount(), 1);
    model.retranslate();
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.setFacts(SampleFacts::el6().disks);
    // The thin pool sits under its volume group, with data and metadata bars.
    const QModelIndex pool = findIn(&model, QStringLiteral("docker-pool"));
    QVERIFY(pool.isValid());
    QCOMPARE(pool.parent().data().toString(), QStringLiteral("vg_docker"));
    QCOMPARE(pool.siblingAtColumn(DisksModel::UsageColumn).data(PaneRoles::UsageRole).toDouble(), 43.2);
    QCOMPARE(pool.siblingAtColumn(DisksModel::DetailsColumn).data(PaneRoles::UsageRole).toDouble(), 7.9);
    QVERIFY(pool.siblingAtColumn(DisksModel::DetailsColumn)
                .data()
                .toString()
                .contains(QStringLiteral("metadata")));
}

void TestPanes::kernelsModelIsConsistent()
{
    KernelsModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    model.setKernels(SampleFacts::el6().kernel.installed);
    QCOMPARE(model.rowCount(), 3);
    model.setKernels(SampleFacts::debian12().kernel.installed);
    QCOMPARE(model.rowCount(), 2);
    model.retranslate();
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestPanes::dockerModelsAreConsistent()
{
    DockerImagesModel images;
    DockerContainersModel containers;
    QAbstractItemModelTester imagesTester(&images, Fatal);
    QAbstractItemModelTester containersTester(&containers, Fatal);
    images.setImages(SampleFacts::el6().docker.images);
    containers.setContainers(SampleFacts::el6().docker.containers);
    QCOMPARE(images.index(0, DockerImagesModel::IdColumn).data().toString(), QStringLiteral("4f8e1a0cd2a7"));
    QCOMPARE(containers.index(0, DockerContainersModel::StateColumn).data().toString(),
             QStringLiteral("running"));
    images.setImages(SampleFacts::debian12().docker.images);
    containers.setContainers({});
    images.retranslate();
    containers.retranslate();
    images.setImages({});
    QCOMPARE(images.rowCount(), 0);
}

void TestPanes::overviewModelIsConsistent()
{
    FactsStore store(nullptr);
    OverviewModel model(&store);
    QAbstractItemModelTester tester(&model, Fatal);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(PaneRoles::SortRole);
    proxy.sort(OverviewModel::WarningsColumn, Qt::DescendingOrder);
    QAbstractItemModelTester proxyTester(&proxy, Fatal);
    model.setHosts({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    store.recordFacts(QStringLiteral("a"), SampleFacts::el6());
    store.recordFacts(QStringLiteral("b"), SampleFacts::debian12());
    store.recordFacts(QStringLiteral("a"), SampleFacts::debian12()); // replaced
    store.recordFailure(QStringLiteral("c"), QStringLiteral("timeout"));
    Q_EMIT store.tick();
    model.retranslate();
    store.forget(QStringLiteral("b"));
    model.setHosts({});
    QCOMPARE(model.rowCount(), 0);
}

void TestPanes::disksPaneShowsLoopDeviceAndDockerRoot()
{
    FactsStore store(nullptr);
    DisksPane pane(&store);
    pane.resize(1000, 700);
    pane.setHost(QStringLiteral("c6"));
    store.recordFacts(QStringLiteral("c6"), SampleFacts::el6());
    QVERIFY(pane.isShowingContent());
    const QModelIndex loop = findIn(pane.model(), QStringLiteral("loop3"));
    QVERIFY(loop.isValid());
    QCOMPARE(loop.siblingAtColumn(DisksModel::FilesystemColumn).data().toString(), QStringLiteral("btrfs"));
    QCOMPARE(loop.siblingAtColumn(DisksModel::MountColumn).data().toString(),
             QStringLiteral("/var/lib/docker"));
    QCOMPARE(qRound(loop.siblingAtColumn(DisksModel::UsageColumn).data(PaneRoles::UsageRole).toDouble()), 32);
    QVERIFY(
        loop.siblingAtColumn(DisksModel::DetailsColumn).data().toString().contains(QStringLiteral("Docker")));
    QVERIFY(loop.data(Qt::FontRole).value<QFont>().bold());
    const QModelIndex btrfs = findIn(pane.model(), QStringLiteral("docker")); // the btrfs filesystem's label
    QVERIFY(btrfs.isValid());
    QCOMPARE(btrfs.siblingAtColumn(DisksModel::SizeColumn).data().toString(), FactsFormat::bytes(10LL << 30));
    const double btrfsUse =
        btrfs.siblingAtColumn(DisksModel::UsageColumn).data(PaneRoles::UsageRole).toDouble();
    QCOMPARE(qRound(btrfsUse), 32); // 3.2 of 10 GiB
    const QString root = pane.dockerRootText();
    QVERIFY2(root.contains(QStringLiteral("/dev/loop3")) && root.contains(QStringLiteral("btrfs")),
             qPrintable(root));
    auto* deviceMapper = pane.findChild<QLabel*>(QStringLiteral("deviceMapperLabel"));
    QCOMPARE(deviceMapper->text(), QStringLiteral("yes"));
    // Kernel warnings belong to the kernels pane, not here.
    QVERIFY(!pane.findChild<QLabel*>(QStringLiteral("paneWarningsLabel"))
                 ->text()
                 .contains(QStringLiteral("3.10")));

    store.recordFacts(QStringLiteral("c6"), SampleFacts::loopDevicemapper());
    QVERIFY(pane.findChild<QLabel*>(QStringLiteral("paneWarningsLabel"))
                ->text()
                .contains(QStringLiteral("loop files")));
}

void TestPanes::kernelsPaneMarksGrubDefault()
{
    FactsStore store(nullptr);
    KernelsPane pane(&store);
    pane.setHost(QStringLiteral("c6"));
    store.recordFacts(QStringLiteral("c6"), SampleFacts::el6());
    const KernelsModel* model = pane.model();
    QCOMPARE(model->rowCount(), 3);
    // grub.conf default=1 is the second entry; DEFAULTKERNEL=kernel; the running one is the third.
    const QModelIndex chosen = model->index(1, KernelsModel::VersionColumn);
    QCOMPARE(chosen.data().toString(), QStringLiteral("4.4.5-1.el6.elrepo.x86_64"));
    QVERIFY(chosen.data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(model->index(1, KernelsModel::MarksColumn).data(PaneRoles::BadgesRole).toStringList(),
             QStringList{QStringLiteral("default")});
    QVERIFY(!model->index(0, KernelsModel::VersionColumn).data(Qt::FontRole).isValid());
    QCOMPARE(model->index(2, KernelsModel::MarksColumn).data(PaneRoles::BadgesRole).toStringList(),
             QStringList{QStringLiteral("running")});
    QCOMPARE(pane.findChild<QLabel*>(QStringLiteral("bootloaderLabel"))->text(),
             QStringLiteral("GRUB legacy (grub.conf)"));
    QCOMPARE(pane.findChild<QLabel*>(QStringLiteral("grubDefaultLabel"))->text(),
             QStringLiteral("1 → 4.4.5-1.el6.elrepo.x86_64"));
    QCOMPARE(pane.findChild<QLabel*>(QStringLiteral("defaultKernelLabel"))->text(), QStringLiteral("kernel"));
    const QString needs = pane.findChild<QLabel*>(QStringLiteral("dockerNeedsLabel"))->text();
    QVERIFY2(needs.contains(QStringLiteral("✔ cgroup_enable=memory")) &&
                 needs.contains(QStringLiteral("✘ swapaccount=1")),
             qPrintable(needs));
    QVERIFY(pane.findChild<QLabel*>(QStringLiteral("runningKernelLabel"))
                ->text()
                .contains(QStringLiteral("too old")));
    QVERIFY(pane.findChild<QLabel*>(QStringLiteral("rebootPendingLabel"))
                ->text()
                .startsWith(QStringLiteral("yes")));
    QVERIFY(pane.findChild<QLabel*>(QStringLiteral("paneWarningsLabel"))
                ->text()
                .contains(QStringLiteral("3.10")));
}

void TestPanes::dockerPaneShowsHostWithoutDocker()
{
    FactsStore store(nullptr);
    DockerPane pane(&store);
    pane.setHost(QStringLiteral("deb"));
    store.recordFacts(QStringLiteral("deb"), SampleFacts::el6());
    QVERIFY(pane.isShowingContent());
    QCOMPARE(pane.imagesModel()->rowCount(), 3);
    QCOMPARE(pane.containersModel()->rowCount(), 2);
    QVERIFY(pane.findChild<QLabel*>(QStringLiteral("daemonOptionsLabel"))
                ->text()
                .contains(QStringLiteral("/etc/sysconfig/docker")));
    store.recordFacts(QStringLiteral("deb"), SampleFacts::noDocker());
    QVERIFY(!pane.isShowingContent());
    QCOMPARE(pane.emptyText(), QStringLiteral("Docker is not installed on this host."));
    QVERIFY(pane.errorText().isEmpty());
}

void TestPanes::paneShowsAgeErrorAndEmptyStates()
{
    FactsStore store(nullptr);
    QDateTime now(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
    store.setClock([&now] { return now; });
    store.setIntervalMinutes(1);
    DisksPane pane(&store);
    QVERIFY(pane.emptyText().contains(QStringLiteral("Select a host")));
    pane.setHost({}, true);
    QVERIFY(pane.emptyText().contains(QStringLiteral("Several hosts")));
    pane.setHost(QStringLiteral("h"));
    QCOMPARE(pane.emptyText(), QStringLiteral("Not refreshed yet — press Refresh (F5)."));
    store.recordStarted(QStringLiteral("h"));
    QCOMPARE(pane.ageText(), QStringLiteral("refreshing…"));
    store.recordFacts(QStringLiteral("h"), SampleFacts::debian12());
    now = now.addSecs(12);
    Q_EMIT store.tick();
    QCOMPARE(pane.ageText(), QStringLiteral("updated 12 s ago"));
    now = now.addSecs(300);
    Q_EMIT store.tick();
    QCOMPARE(pane.ageText(), QStringLiteral("stale: updated 5 min ago"));
    QVERIFY(pane.findChild<QLabel*>(QStringLiteral("paneAgeLabel"))
                ->styleSheet()
                .contains(QStringLiteral("#c06000")));
    store.recordFailure(QStringLiteral("h"), QStringLiteral("Connection refused"));
    QCOMPARE(pane.errorText(), QStringLiteral("The last refresh failed: Connection refused"));
    QVERIFY(pane.isShowingContent()); // the older facts stay visible below the error
}

void TestPanes::overviewSortsWarningsFirstAndByColumn()
{
    FactsStore store(nullptr);
    OverviewPane pane(&store);
    store.recordFacts(QStringLiteral("alpha"), SampleFacts::debian12());         // one info
    store.recordFacts(QStringLiteral("bravo"), SampleFacts::el6());              // critical + 2 warnings
    store.recordFacts(QStringLiteral("charlie"), SampleFacts::noDocker());       // none
    store.recordFacts(QStringLiteral("delta"), SampleFacts::loopDevicemapper()); // 2 critical
    pane.setHosts({QStringLiteral("alpha"), QStringLiteral("bravo"), QStringLiteral("charlie"),
                   QStringLiteral("delta")});
    const QAbstractItemModel* view = pane.view()->model();
    QCOMPARE(column(view, OverviewModel::HostColumn),
             (QStringList{QStringLiteral("bravo"), QStringLiteral("delta"), QStringLiteral("alpha"),
                          QStringLiteral("charlie")}));
    QCOMPARE(view->index(0, OverviewModel::WarningsColumn).data().toString(),
             QStringLiteral("3 (worst: critical)"));
    // The OS column is narrow: distribution and version; the full name is its tooltip.
    QCOMPARE(view->index(0, OverviewModel::OsColumn).data().toString(), QStringLiteral("CentOS 6.7"));
    QCOMPARE(view->index(0, OverviewModel::OsColumn).data(Qt::ToolTipRole).toString(),
             SampleFacts::el6().os.prettyName);
    // "%n host(s)" reads "4 hosts" once the English plural forms are translated.
    QVERIFY2(pane.summaryText().startsWith(QStringLiteral("4 host")) &&
                 pane.summaryText().endsWith(QStringLiteral(" · 3 with warnings")),
             qPrintable(pane.summaryText()));

    // A failed refresh goes to the top.
    store.recordFailure(QStringLiteral("charlie"), QStringLiteral("timeout"));
    QCOMPARE(view->index(0, OverviewModel::HostColumn).data().toString(), QStringLiteral("charlie"));

    pane.view()->sortByColumn(OverviewModel::HostColumn, Qt::AscendingOrder);
    QCOMPARE(column(view, OverviewModel::HostColumn),
             (QStringList{QStringLiteral("alpha"), QStringLiteral("bravo"), QStringLiteral("charlie"),
                          QStringLiteral("delta")}));
    pane.view()->sortByColumn(OverviewModel::SpaceColumn, Qt::DescendingOrder);
    QCOMPARE(view->index(0, OverviewModel::HostColumn).data().toString(),
             QStringLiteral("delta")); // pool 92 %
    QCOMPARE(view->index(0, OverviewModel::SpaceColumn).data().toString(), QStringLiteral("pool 92.0 %"));
    pane.view()->sortByColumn(OverviewModel::KernelColumn, Qt::AscendingOrder);
    QCOMPARE(view->index(0, OverviewModel::KernelColumn).data().toString(),
             QStringLiteral("2.6.32-573.22.1.el6.x86_64"));
}

void TestPanes::detailTabsFollowSelection()
{
    FactsStore store(nullptr);
    DetailTabs tabs(&store);
    auto* run = new QWidget;
    tabs.addExtraTab(run);
    QCOMPARE(tabs.objectName(), QStringLiteral("detailTabs"));
    QCOMPARE(tabs.count(), 5);
    tabs.setSelectedHosts({QStringLiteral("a"), QStringLiteral("b")});
    QCOMPARE(tabs.currentWidget(), tabs.overview());
    tabs.setSelectedHosts({QStringLiteral("a")});
    QCOMPARE(tabs.currentWidget(), static_cast<QWidget*>(tabs.disks()));
    QCOMPARE(tabs.kernels()->host(), QStringLiteral("a"));
    // While the run box is in front, selecting several hosts leaves it there.
    tabs.setCurrentWidget(run);
    tabs.setSelectedHosts({QStringLiteral("a"), QStringLiteral("b")});
    QCOMPARE(tabs.currentWidget(), run);
    QVERIFY(tabs.docker()->host().isEmpty());
    tabs.showHost(QStringLiteral("b"));
    QCOMPARE(tabs.currentWidget(), static_cast<QWidget*>(tabs.disks()));
    QCOMPARE(tabs.docker()->host(), QStringLiteral("b"));
}

QTEST_MAIN(TestPanes)
#include "tst_panes.moc"
