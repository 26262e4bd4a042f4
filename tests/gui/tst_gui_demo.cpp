// End to end, as a newcomer meets Lotsen: run as root with no hosts, click "Start demo hosts",
// accept the three host keys, and the panes show what the hosts really have (the btrfs loop device
// behind Docker's data root, the el6 stand-in's GRUB default and DEFAULTKERNEL, the image IDs that
// `docker images` printed on each host); the overview lists all three; Refresh reads live data;
// a host that went away keeps its last facts and shows the error in place.
//
// Each pane is grabbed in English and Swedish; LOTSEN_SCREENSHOT_DIR=DIR (with QT_QPA_PLATFORM=xcb
// under Xvfb) keeps them as DIR/<pane>-<host>-<language>.png, for the README and for looking at.

#include "HostSession.h"
#include "HostTestBed.h"
#include "MainWindow.h"
#include "TestEnv.h"
#include "demo/DemoHosts.h"
#include "dialogs/HostKeyDialog.h"
#include "dialogs/SecretDialog.h"
#include "facts/FactsStore.h"
#include "hosts/HostTreeModel.h"
#include "hosts/HostTreeView.h"
#include "log/LogPane.h"
#include "panes/DetailTabs.h"
#include "panes/DisksModel.h"
#include "panes/DisksPane.h"
#include "panes/DockerImagesModel.h"
#include "panes/DockerPane.h"
#include "panes/KernelsModel.h"
#include "panes/KernelsPane.h"
#include "panes/OverviewModel.h"
#include "panes/OverviewPane.h"
#include "run/HostOutputPanel.h"
#include "run/RunCommandWidget.h"
#include "sessions/SessionManager.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace Lotsen;
using Lotsen::Test::DockerBedHost;
using Lotsen::Test::HostTestBed;

namespace {

constexpr int StartTimeout = 150000;
constexpr int Timeout = 30000;

void clickAction(MainWindow& window, const char* actionName)
{
    auto* action = window.findChild<QAction*>(QString::fromLatin1(actionName));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QWidget* button = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"))->widgetForAction(action);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

void selectRow(HostTreeView* tree, const QModelIndex& index)
{
    QVERIFY(index.isValid());
    tree->scrollTo(index);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
}

// Every display text of a tree model, depth first.
QStringList allTexts(const QAbstractItemModel* model, const QModelIndex& parent = {})
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column)
            texts.append(model->index(row, column, parent).data().toString());
        texts += allTexts(model, model->index(row, 0, parent));
    }
    return texts;
}

QString labelText(const QWidget* pane, const char* name)
{
    const auto* label = pane->findChild<QLabel*>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
}

// The tests after startDemoFromEmptyList work on its hosts. Without them that test has already
// failed (or, off CI, skipped for a missing prerequisite through LOTSEN_SKIP_OR_FAIL): skipping the
// rest reports nothing new, and is not itself a missing prerequisite CI should turn into a failure.
#define REQUIRE_DEMO_HOSTS()                                                                                 \
    do {                                                                                                     \
        if (m_hosts.isEmpty())                                                                               \
            QSKIP("no demo hosts: startDemoFromEmptyList failed or was skipped");                            \
    } while (false)

// How often the session log shows a facts refresh starting on a host.
int refreshesInLog(const MainWindow& window, const QString& host)
{
    const QString log =
        window.logPane()->findChild<QPlainTextEdit*>(QStringLiteral("logView"))->toPlainText();
    const QRegularExpression line(
        QStringLiteral("\\s%1\\s+\\$ \\(refresh facts").arg(QRegularExpression::escape(host)));
    int count = 0;
    for (QRegularExpressionMatchIterator it = line.globalMatch(log); it.hasNext(); it.next())
        ++count;
    return count;
}

QString demoName(const DockerBedHost& host)
{
    return QStringLiteral("demo-") + host.name;
}

} // namespace

class TestGuiDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void startDemoFromEmptyList();
    void el6PanesShowWhatTheHostHas();
    void btrfsDiskBehindDockerRoot();
    void overviewListsAllHosts();
    void refreshReadsLiveData();
    void screenshots();
    void lostHostKeepsFactsAndShowsError();
    void cleanupTestCase();

private:
    void showHost(const QString& name);
    void stopBed();
    int bedIndex(const QString& profile) const;
    bool bedCommand(int host, const QStringList& command, QByteArray* output = nullptr);

    QTemporaryDir m_dir;
    QString m_demoDir;
    QString m_group;
    std::unique_ptr<MainWindow> m_window;
    QList<DockerBedHost> m_hosts;
    bool m_bedStarted = false;
};

void TestGuiDemo::initTestCase()
{
    QString whyNot;
    if (!DemoHosts::available(&whyNot))
        LOTSEN_SKIP_OR_FAIL(QStringLiteral("the demo hosts cannot run here: %1").arg(whyNot));
    m_demoDir = m_dir.filePath(QStringLiteral("demo"));
    qputenv("LOTSEN_DEMO_DIR", m_demoDir.toLocal8Bit());
    m_window = std::make_unique<MainWindow>(m_dir.filePath(QStringLiteral("config")));
    SessionOptions options;
    options.knownHostsFile = m_dir.filePath(QStringLiteral("known_hosts"));
    options.sshConfigFile = QStringLiteral("none");
    options.useAgent = false;
    options.auditDirectory = QStringLiteral("none");
    m_window->sessions()->setOptions(options);
    m_window->resize(1400, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiDemo::startDemoFromEmptyList()
{
    MainWindow& window = *m_window;
    QCOMPARE(window.hostModel()->hostCount(), 0);
    auto* start = window.findChild<QPushButton*>(QStringLiteral("startDemoButton"));
    QVERIFY(start);
    QVERIFY2(start->isVisible(), "the empty host list does not offer the demo hosts");
    QTest::mouseClick(start, Qt::LeftButton);
    m_bedStarted = true;
    QVERIFY(!start->isEnabled()); // no second start while the first runs

    // The hosts connect on their own; each unknown key is asked once.
    QString error;
    QSet<QString> accepted;
    QElapsedTimer clock;
    clock.start();
    while (accepted.size() < 3 && clock.elapsed() < StartTimeout) {
        QDialog* prompt = nullptr;
        if (!QTest::qWaitFor([&] { return (prompt = window.sessions()->currentPrompt()) != nullptr; }, 500))
            continue;
        if (auto* secret = qobject_cast<SecretDialog*>(prompt))
            QFAIL(qPrintable(QStringLiteral("unexpected login prompt: ") + secret->request().prompt));
        auto* dialog = qobject_cast<HostKeyDialog*>(prompt);
        QVERIFY(dialog && dialog->isQuestion());
        if (m_hosts.isEmpty()) {
            QString key, knownHosts;
            QVERIFY2(HostTestBed::readDescription(m_demoDir + QStringLiteral("/bed.json"), &m_hosts, &key,
                                                  &knownHosts, &error),
                     qPrintable(error));
            QCOMPARE(m_hosts.size(), 3);
        }
        const QString fingerprint = dialog->findChild<QLabel*>(QStringLiteral("fingerprintLabel"))->text();
        bool known = false;
        for (const DockerBedHost& host : m_hosts) {
            if (dialog->info().host.contains(host.address)) {
                QCOMPARE(fingerprint, host.fingerprint);
                accepted.insert(host.name);
                known = true;
            }
        }
        QVERIFY2(known, qPrintable(dialog->info().host));
        QTRY_VERIFY(dialog->isVisible());
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("acceptButton")), Qt::LeftButton);
        QTRY_VERIFY(window.sessions()->currentPrompt() != dialog);
    }
    QCOMPARE(accepted.size(), 3);
    QCOMPARE(window.hostModel()->hostCount(), 3);
    QVERIFY(start->isEnabled());
    // The group is named in the language of the moment and keeps that name afterwards.
    m_group = DemoHosts::tr("Demo hosts");
    QVERIFY(window.hostModel()->indexOfGroup(m_group).isValid());

    // Connected hosts refresh on their own, once each.
    for (const DockerBedHost& host : m_hosts) {
        const QString name = demoName(host);
        QTRY_COMPARE_WITH_TIMEOUT(window.hostModel()->state(name), SessionState::Connected, Timeout);
        QTRY_VERIFY2_WITH_TIMEOUT(window.factsStore()->facts(name) != nullptr,
                                  qPrintable(name + QLatin1String(": ") + window.factsStore()->error(name)),
                                  Timeout);
        QCOMPARE(window.factsStore()->state(name), FactsStore::State::Fresh);
    }
    QTest::qWait(1500); // room for a second refresh to show up, were there one
    for (const DockerBedHost& host : m_hosts)
        QCOMPARE(refreshesInLog(window, demoName(host)), 1);
}

void TestGuiDemo::showHost(const QString& name)
{
    HostTreeModel* model = m_window->hostModel();
    selectRow(m_window->hostTree(), model->indexOfHost(name));
    QCOMPARE(m_window->hostTree()->selectedHostNames(), QStringList{name});
}

int TestGuiDemo::bedIndex(const QString& profile) const
{
    for (int i = 0; i < m_hosts.size(); ++i) {
        if (m_hosts[i].profile == profile)
            return i;
    }
    return -1;
}

bool TestGuiDemo::bedCommand(int host, const QStringList& command, QByteArray* output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral("bash"), QStringList{HostTestBed::scriptPath(), QStringLiteral("enter"),
                                                      m_demoDir, QString::number(host)} +
                                              command);
    if (!process.waitForFinished(Timeout) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return false;
    if (output)
        *output = process.readAllStandardOutput();
    return true;
}

void TestGuiDemo::el6PanesShowWhatTheHostHas()
{
    REQUIRE_DEMO_HOSTS();
    const int i = bedIndex(QStringLiteral("el6-btrfs"));
    QVERIFY(i >= 0);
    const DockerBedHost& bed = m_hosts[i];
    showHost(demoName(bed));
    DetailTabs* tabs = m_window->detailTabs();

    // Kernels: GRUB's default entry (default=1 in grub.conf) and DEFAULTKERNEL=kernel.
    KernelsPane* kernels = tabs->kernels();
    tabs->setCurrentWidget(kernels);
    QVERIFY(kernels->isShowingContent());
    QCOMPARE(bed.grubDefault, QStringLiteral("1"));
    QCOMPARE(bed.defaultKernel, QStringLiteral("kernel"));
    const QString grub = labelText(kernels, "grubDefaultLabel");
    QVERIFY2(grub.contains(QStringLiteral("2.6.32-573.el6.x86_64")), qPrintable(grub));
    const QString defaultKernel = labelText(kernels, "defaultKernelLabel");
    QVERIFY2(defaultKernel.contains(QStringLiteral("kernel")), qPrintable(defaultKernel));
    KernelsModel* kernelModel = kernels->model();
    int defaults = 0;
    for (int row = 0; row < kernelModel->rowCount(); ++row) {
        const QString version = kernelModel->index(row, KernelsModel::VersionColumn).data().toString();
        const QString marks = kernelModel->index(row, KernelsModel::MarksColumn).data().toString();
        if (!marks.isEmpty() && version.contains(QStringLiteral("2.6.32-573")))
            ++defaults;
    }
    QVERIFY2(defaults == 1, qPrintable(allTexts(kernelModel).join(QLatin1Char('|'))));
    QVERIFY(allTexts(kernelModel).join(QLatin1Char('|')).contains(QStringLiteral("4.4.5-1.el6.elrepo")));

    // Docker: the driver, and exactly the images `docker images` listed on that host.
    DockerPane* docker = tabs->docker();
    tabs->setCurrentWidget(docker);
    QVERIFY(docker->isShowingContent());
    const QString driver = labelText(docker, "storageDriverLabel");
    QVERIFY2(driver.contains(QStringLiteral("btrfs")), qPrintable(driver));
    QSet<QString> shown, real;
    for (int row = 0; row < docker->imagesModel()->rowCount(); ++row)
        shown.insert(
            docker->imagesModel()->index(row, DockerImagesModel::IdColumn).data(Qt::ToolTipRole).toString());
    for (const auto& image : bed.images)
        real.insert(image.second);
    QVERIFY(!real.isEmpty());
    QCOMPARE(shown, real);
}

void TestGuiDemo::btrfsDiskBehindDockerRoot()
{
    REQUIRE_DEMO_HOSTS();
    const DockerBedHost& bed = m_hosts[bedIndex(QStringLiteral("el6-btrfs"))];
    QVERIFY(bed.loopDevice.startsWith(QStringLiteral("/dev/loop")));
    showHost(demoName(bed));
    DisksPane* disks = m_window->detailTabs()->disks();
    m_window->detailTabs()->setCurrentWidget(disks);
    QVERIFY(disks->isShowingContent());
    const QString root = disks->dockerRootText();
    QVERIFY2(root.contains(bed.loopDevice) && root.contains(QStringLiteral("btrfs")), qPrintable(root));
    const QString tree = allTexts(disks->model()).join(QLatin1Char('|'));
    QVERIFY2(tree.contains(bed.loopDevice.mid(5)), qPrintable(tree)); // "loop3"
    QVERIFY2(tree.contains(QStringLiteral("/var/lib/docker")), qPrintable(tree));

    // The overlay2 host's data root is ext4 on its own loop device.
    const DockerBedHost& overlay = m_hosts[bedIndex(QStringLiteral("debian12-overlay2"))];
    showHost(demoName(overlay));
    const QString overlayRoot = disks->dockerRootText();
    QVERIFY2(overlayRoot.contains(overlay.loopDevice) && overlayRoot.contains(QStringLiteral("ext4")),
             qPrintable(overlayRoot));
}

void TestGuiDemo::overviewListsAllHosts()
{
    REQUIRE_DEMO_HOSTS();
    MainWindow& window = *m_window;
    const QModelIndex group = window.hostModel()->indexOfGroup(m_group);
    selectRow(window.hostTree(), group);
    QCOMPARE(window.hostTree()->selectedHostNames().size(), 3);
    OverviewPane* overview = window.detailTabs()->overview();
    QCOMPARE(window.detailTabs()->currentWidget(), overview);
    OverviewModel* model = overview->model();
    QCOMPARE(model->rowCount(), 3);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString host = model->index(row, OverviewModel::HostColumn).data().toString();
        const QString driver = model->index(row, OverviewModel::DriverColumn).data().toString();
        bool found = false;
        for (const DockerBedHost& bed : m_hosts) {
            if (demoName(bed) == host) {
                QVERIFY2(driver.contains(bed.storageDriver), qPrintable(host + QLatin1String(": ") + driver));
                found = true;
            }
        }
        QVERIFY2(found, qPrintable(host));
    }
    // Sorting by the driver column orders the rows by driver name.
    overview->view()->sortByColumn(OverviewModel::DriverColumn, Qt::AscendingOrder);
    QStringList drivers;
    for (int row = 0; row < overview->proxy()->rowCount(); ++row)
        drivers.append(overview->proxy()->index(row, OverviewModel::DriverColumn).data().toString());
    QStringList sorted = drivers;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(drivers, sorted);
}

void TestGuiDemo::refreshReadsLiveData()
{
    REQUIRE_DEMO_HOSTS();
    const int i = bedIndex(QStringLiteral("debian12-vfs"));
    const DockerBedHost& bed = m_hosts[i];
    QVERIFY(!bed.images.isEmpty());
    // A new tag on the host, made behind Lotsen's back.
    QVERIFY(bedCommand(i, {QStringLiteral("docker"), QStringLiteral("tag"), bed.images.first().first,
                           QStringLiteral("lotsen/refreshed:live")}));
    showHost(demoName(bed));
    DockerPane* docker = m_window->detailTabs()->docker();
    m_window->detailTabs()->setCurrentWidget(docker);
    QVERIFY(!allTexts(docker->imagesModel()).contains(QStringLiteral("lotsen/refreshed")));
    clickAction(*m_window, "actionRefresh");
    QTRY_VERIFY_WITH_TIMEOUT(allTexts(docker->imagesModel()).contains(QStringLiteral("lotsen/refreshed")),
                             Timeout);
    QCOMPARE(m_window->factsStore()->state(demoName(bed)), FactsStore::State::Fresh);
    QVERIFY2(m_window->factsStore()->ageSeconds(demoName(bed)) <= 2,
             qPrintable(QString::number(m_window->factsStore()->ageSeconds(demoName(bed)))));
}

void TestGuiDemo::screenshots()
{
    // Always taken (both languages, with live facts); kept where LOTSEN_SCREENSHOT_DIR says.
    QString dir = qEnvironmentVariable("LOTSEN_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = m_dir.filePath(QStringLiteral("screenshots"));
    REQUIRE_DEMO_HOSTS();
    QDir().mkpath(dir);
    DetailTabs* tabs = m_window->detailTabs();
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("sv")}) {
        m_window->switchLanguage(language);
        for (const QString& profile : {QStringLiteral("el6-btrfs"), QStringLiteral("debian12-overlay2")}) {
            const DockerBedHost& bed = m_hosts[bedIndex(profile)];
            showHost(demoName(bed));
            for (QWidget* pane :
                 std::initializer_list<QWidget*>{tabs->disks(), tabs->kernels(), tabs->docker()}) {
                tabs->setCurrentWidget(pane);
                QTest::qWait(200);
                const QString file =
                    QStringLiteral("%1/%2-%3-%4.png").arg(dir, pane->objectName(), bed.name, language);
                QVERIFY(m_window->grab().save(file));
            }
        }
        selectRow(m_window->hostTree(), m_window->hostModel()->indexOfGroup(m_group));
        QTest::qWait(200);
        QVERIFY(m_window->grab().save(QStringLiteral("%1/overview-%2.png").arg(dir, language)));

        // One command on all three hosts, side by side.
        RunCommandWidget* run = m_window->runWidget();
        tabs->setCurrentWidget(run);
        auto* edit = run->findChild<QLineEdit*>(QStringLiteral("runCommandEdit"));
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("docker ps --format '{{.Names}}: {{.Image}}, {{.Status}}'; "
                                              "df -h /var/lib/docker | tail -n 1"));
        QTest::mouseClick(run->findChild<QPushButton*>(QStringLiteral("runButton")), Qt::LeftButton);
        for (const DockerBedHost& bed : m_hosts) {
            QTRY_VERIFY_WITH_TIMEOUT(run->panel(demoName(bed)) && run->panel(demoName(bed))->isFinished(),
                                     Timeout);
            QVERIFY2(run->panel(demoName(bed))->outputText().contains(QStringLiteral("demo: lotsen/busybox")),
                     qPrintable(run->panel(demoName(bed))->outputText()));
        }
        QTRY_VERIFY(!run->isRunning());
        QVERIFY(m_window->grab().save(QStringLiteral("%1/run-%2.png").arg(dir, language)));
    }
    m_window->switchLanguage(QStringLiteral("en"));
}

void TestGuiDemo::lostHostKeepsFactsAndShowsError()
{
    REQUIRE_DEMO_HOSTS();
    const DockerBedHost& bed = m_hosts[bedIndex(QStringLiteral("el6-btrfs"))];
    const QString name = demoName(bed);
    showHost(name);
    stopBed();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->hostModel()->state(name) != SessionState::Connected, Timeout);
    clickAction(*m_window, "actionRefresh");
    QTRY_COMPARE_WITH_TIMEOUT(m_window->factsStore()->state(name), FactsStore::State::Failed, Timeout);
    DisksPane* disks = m_window->detailTabs()->disks();
    QVERIFY2(!disks->errorText().isEmpty(), "no error shown in the pane");
    QVERIFY(disks->isShowingContent()); // the last facts stay
    QVERIFY(m_window->factsStore()->facts(name) != nullptr);
}

void TestGuiDemo::stopBed()
{
    if (!m_bedStarted)
        return;
    m_bedStarted = false;
    QProcess stop;
    stop.start(QStringLiteral("bash"), {HostTestBed::scriptPath(), QStringLiteral("stop"), m_demoDir});
    QVERIFY(stop.waitForFinished(120000));
    QCOMPARE(stop.exitCode(), 0);
}

void TestGuiDemo::cleanupTestCase()
{
    m_window.reset();
    HostSession::waitForWorkers();
    if (m_bedStarted) {
        // Let a start still running finish (the script removes bed.env when it fails), then stop.
        const QString dir = m_demoDir;
        const bool settled = QTest::qWaitFor(
            [&] {
                return QFile::exists(dir + QStringLiteral("/bed.json")) ||
                       !QFile::exists(dir + QStringLiteral("/bed.env"));
            },
            StartTimeout);
        if (!settled)
            qWarning("the demo start did not finish; stopping what it made");
        if (QFile::exists(dir + QStringLiteral("/bed.env")))
            stopBed();
    }
}

QTEST_MAIN(TestGuiDemo)
#include "tst_gui_demo.moc"
