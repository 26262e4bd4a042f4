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
#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTranslator>
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

// The Swedish words for two container states, whatever translations/ holds.
class ContainerStateTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char*, const char* sourceText, const char* disambiguation, int) const override
    {
        if (qstrcmp(disambiguation, "container state") != 0)
            return {};
        if (qstrcmp(sourceText, "running") == 0)
            return QStringLiteral("körs");
        if (qstrcmp(sourceText, "exited") == 0)
            return QStringLiteral("avslutad");
        return {};
    }
};

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
    void kernelsPaneTellsCommandLineFromEffective();
    void dockerPaneShowsHostWithoutDocker();
    void paneShowsAgeErrorAndEmptyStates();
    void overviewSortsWarningsFirstAndByColumn();
    void overviewColumnsFitOnceFactsArrive();
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
    const QModelIndex state = containers.index(0, DockerContainersModel::StateColumn);
    QCOMPARE(state.data().toString(), QStringLiteral("running"));
    QCOMPARE(state.data(Qt::ToolTipRole).toString(), QStringLiteral("Docker reports: running"));

    // The state is a word of the UI's language, following a switch; Docker's own word stays in the tooltip.
    QSignalSpy changed(&containers, &QAbstractItemModel::dataChanged);
    ContainerStateTranslator swedish;
    QCoreApplication::installTranslator(&swedish);
    containers.retranslate();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(state.data().toString(), QStringLiteral("körs"));
    QCOMPARE(state.data(Qt::ToolTipRole).toString(), QStringLiteral("Docker reports: running"));
    QCOMPARE(FactsFormat::containerState(QStringLiteral("exited")), QStringLiteral("avslutad"));
    QCOMPARE(FactsFormat::containerState(QStringLiteral("zombie")),
             QStringLiteral("zombie")); // unknown: as is
    QCoreApplication::removeTranslator(&swedish);
    QCOMPARE(state.data().toString(), QStringLiteral("running"));

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
    QCOMPARE(btrfs.siblingAtColumn(DisksModel::UsageColumn).data().toString(),
             FactsFormat::percent(btrfsUse));
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
    // In effect: the memory cgroup, not swap accounting; the command line has only the first flag.
    const QString needs = pane.findChild<QLabel*>(QStringLiteral("dockerNeedsLabel"))->text();
    QVERIFY2(needs.startsWith(QStringLiteral("memory limits only, no swap limits (memory cgroup on, swap "
                                             "accounting off)\n")),
             qPrintable(needs));
    QVERIFY2(
        needs.endsWith(QStringLiteral("\ncommand line: has cgroup_enable=memory, lacks swapaccount=1 — add "
                                      "the missing ones in GRUB and reboot")),
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

void TestPanes::kernelsPaneTellsCommandLineFromEffective()
{
    // Debian 12: both in effect without either flag on the command line (the kernel's defaults).
    FactsStore store(nullptr);
    KernelsPane pane(&store);
    pane.setHost(QStringLiteral("deb"));
    store.recordFacts(QStringLiteral("deb"), SampleFacts::debian12());
    auto* label = pane.findChild<QLabel*>(QStringLiteral("dockerNeedsLabel"));
    QCOMPARE(label->text(), QStringLiteral("active (memory cgroup on, swap accounting on)\n"
                                           "command line: has neither cgroup_enable=memory nor swapaccount=1 "
                                           "— not needed, both are on without them"));
    QVERIFY(label->styleSheet().contains(FactsFormat::okColor().name()));

    // Both flags given but the kernel has no swap accounting: set, and still not in effect.
    HostFacts facts = SampleFacts::debian12();
    facts.kernel.commandLine += QStringLiteral(" cgroup_enable=memory swapaccount=1");
    facts.kernel.cgroupEnableMemoryOnCommandLine = true;
    facts.kernel.swapAccountOnCommandLine = true;
    facts.kernel.swapAccountEnabled = false;
    store.recordFacts(QStringLiteral("deb"), facts);
    QCOMPARE(label->text(), QStringLiteral("memory limits only, no swap limits (memory cgroup on, swap "
                                           "accounting off)\ncommand line: has cgroup_enable=memory and "
                                           "swapaccount=1 — but this kernel does not honour them"));
    QVERIFY(label->styleSheet().contains(FactsFormat::staleColor().name()));

    facts.kernel.commandLine.clear();
    facts.kernel.memoryCgroupEnabled = false;
    store.recordFacts(QStringLiteral("deb"), facts);
    QCOMPARE(label->text(), QStringLiteral("not active (memory cgroup off, swap accounting off)\n"
                                           "command line: not known"));
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

void TestPanes::overviewColumnsFitOnceFactsArrive()
{
    FactsStore store(nullptr);
    OverviewPane pane(&store);
    pane.resize(860, 400); // the overview's width in a 1400 px window
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const QStringList hosts = {QStringLiteral("demo-el6"), QStringLiteral("demo-debian12-overlay2")};
    pane.setHosts(hosts); // selected first, facts later: as when the hosts connect
    store.recordFacts(hosts[0], SampleFacts::el6());
    store.recordFacts(hosts[1], SampleFacts::debian12());
    QTreeView* view = pane.view();
    const QAbstractItemModel* model = view->model();
    const QAbstractItemView* asItemView = view; // QTreeView hides sizeHintForColumn
    // OS, kernel, Docker and driver read in full ("CentOS 6.7", not "CentO…"), and so do the host
    // names and ages; the usage bars and the warnings summary give way first, and nothing scrolls.
    for (const int column :
         {OverviewModel::HostColumn, OverviewModel::OsColumn, OverviewModel::KernelColumn,
          OverviewModel::DockerColumn, OverviewModel::DriverColumn, OverviewModel::AgeColumn}) {
        QTRY_VERIFY2(view->columnWidth(column) >= asItemView->sizeHintForColumn(column),
                     qPrintable(QStringLiteral("column %1: %2 < %3")
                                    .arg(column)
                                    .arg(view->columnWidth(column))
                                    .arg(asItemView->sizeHintForColumn(column))));
    }
    QVERIFY(view->columnWidth(OverviewModel::SpaceColumn) >= 80);
    const QFontMetrics metrics(view->font());
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString os = model->index(row, OverviewModel::OsColumn).data().toString();
        QVERIFY2(view->columnWidth(OverviewModel::OsColumn) > metrics.horizontalAdvance(os), qPrintable(os));
    }
    QVERIFY2(
        view->header()->length() <= view->viewport()->width(),
        qPrintable(QStringLiteral("%1 > %2").arg(view->header()->length()).arg(view->viewport()->width())));

    // With room to spare (a wider window), every column gets its full width again.
    pane.resize(1200, 400);
    QTRY_COMPARE(view->columnWidth(OverviewModel::SpaceColumn), 120);
    QVERIFY(view->columnWidth(OverviewModel::WarningsColumn) >=
            asItemView->sizeHintForColumn(OverviewModel::WarningsColumn));
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
