// The main window's detail tabs: the Refresh action, the tabs following the host selection, and the
// panes retranslating when the language changes at runtime; the empty host list's way to demo hosts.

#include "MainWindow.h"
#include "SampleFacts.h"
#include "Translations.h"
#include "demo/DemoHosts.h"
#include "facts/FactsStore.h"
#include "hosts/HostTreeModel.h"
#include "hosts/HostTreeView.h"
#include "panes/DetailTabs.h"
#include "panes/DisksPane.h"
#include "panes/OverviewModel.h"
#include "panes/OverviewPane.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTranslator>
#include <QTreeView>

using namespace Lotsen;

namespace {

class FakeTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char*, const char* sourceText, const char*, int) const override
    {
        const QString source = QString::fromUtf8(sourceText);
        if (source == QLatin1String("Disks"))
            return QStringLiteral("Diskar");
        if (source == QLatin1String("Device-mapper in kernel:"))
            return QStringLiteral("Device-mapper i kärnan:");
        if (source == QLatin1String("Storage driver"))
            return QStringLiteral("Lagringsdrivrutin");
        return {};
    }
};

Host host(const QString& name)
{
    Host h;
    h.name = name;
    h.address = QStringLiteral("127.0.0.9");
    return h;
}

} // namespace

class TestMainWindowPanes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refreshActionAndTabs();
    void panesRetranslate();
    void emptyListSaysHowToGetDemoHosts();
};

void TestMainWindowPanes::refreshActionAndTabs()
{
    QTemporaryDir dir;
    Translations::load(QStringLiteral("en"));
    MainWindow window(dir.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* refresh = window.findChild<QAction*>(QStringLiteral("actionRefresh"));
    QVERIFY(refresh);
    QCOMPARE(refresh->shortcut(), QKeySequence(QKeySequence::Refresh));
    QVERIFY(window.findChild<QToolBar*>(QStringLiteral("mainToolBar"))->actions().contains(refresh));
    QVERIFY(!refresh->isEnabled());
    auto* tabs = window.findChild<DetailTabs*>(QStringLiteral("detailTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 5);
    QCOMPARE(tabs->tabText(4), QStringLiteral("Run"));
    QVERIFY(window.findChild<QMenu*>(QStringLiteral("refreshIntervalMenu")));

    window.hostModel()->addHost(host(QStringLiteral("c6")));
    window.hostModel()->addHost(host(QStringLiteral("deb12")));
    window.factsStore()->recordFacts(QStringLiteral("c6"), SampleFacts::el6());
    window.hostTree()->selectHost(QStringLiteral("c6"));
    QVERIFY(refresh->isEnabled());
    QCOMPARE(tabs->currentWidget(), static_cast<QWidget*>(tabs->disks()));
    QVERIFY(tabs->disks()->isShowingContent());

    QItemSelectionModel* selection = window.hostTree()->selectionModel();
    selection->select(window.hostModel()->indexOfHost(QStringLiteral("deb12")),
                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(tabs->currentWidget(), static_cast<QWidget*>(tabs->overview()));
    QCOMPARE(tabs->overview()->model()->rowCount(), 2);
}

void TestMainWindowPanes::panesRetranslate()
{
    QTemporaryDir dir;
    Translations::load(QStringLiteral("en"));
    MainWindow window(dir.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* tabs = window.detailTabs();
    QCOMPARE(tabs->tabText(1), QStringLiteral("Disks"));
    FakeTranslator translator;
    QCoreApplication::installTranslator(&translator);
    QTRY_COMPARE(tabs->tabText(1), QStringLiteral("Diskar"));
    bool labelTranslated = false;
    for (QLabel* label : tabs->disks()->findChildren<QLabel*>())
        labelTranslated = labelTranslated || label->text() == QStringLiteral("Device-mapper i kärnan:");
    QVERIFY(labelTranslated);
    QCOMPARE(tabs->overview()->view()->model()->headerData(5, Qt::Horizontal).toString(),
             QStringLiteral("Lagringsdrivrutin"));
    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(tabs->tabText(1), QStringLiteral("Disks"));
}

void TestMainWindowPanes::emptyListSaysHowToGetDemoHosts()
{
    // Started as a normal user (as scripts/run.sh does under sudo): no button, but why and the command.
    QTemporaryDir dir;
    Translations::load(QStringLiteral("en"));
    DemoHosts::setRunningAsRootForTesting(false);
    auto restore = qScopeGuard([] { DemoHosts::setRunningAsRootForTesting(std::nullopt); });
    {
        MainWindow window(dir.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("hostsEmptyPage"))->isVisible());
        QVERIFY(!window.findChild<QPushButton*>(QStringLiteral("startDemoButton"))->isVisible());
        auto* note = window.findChild<QLabel*>(QStringLiteral("demoNoteLabel"));
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("need root")) &&
                     note->text().contains(QStringLiteral("start it as root")),
                 qPrintable(note->text()));
        auto* command = window.findChild<QLabel*>(QStringLiteral("demoCommandLabel"));
        QVERIFY(command->isVisible());
        QCOMPARE(command->text(), QStringLiteral("sudo ") + QCoreApplication::applicationFilePath());
        QVERIFY(command->textInteractionFlags() & Qt::TextSelectableByMouse); // to copy it
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("actionStartDemo"))->isEnabled());
    }

    // As root, no command to type: the button when the demo can run, else what is missing.
    DemoHosts::setRunningAsRootForTesting(true);
    MainWindow window(dir.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.findChild<QLabel*>(QStringLiteral("demoCommandLabel"))->isVisible());
    QString whyNot;
    const bool available = DemoHosts::available(&whyNot);
    QCOMPARE(window.findChild<QPushButton*>(QStringLiteral("startDemoButton"))->isVisible(), available);
    const QString note = window.findChild<QLabel*>(QStringLiteral("demoNoteLabel"))->text();
    QVERIFY2(available ? note.contains(QStringLiteral("They stop when Lotsen quits")) : note.contains(whyNot),
             qPrintable(note));
}

QTEST_MAIN(TestMainWindowPanes)
#include "tst_mainwindow_panes.moc"
