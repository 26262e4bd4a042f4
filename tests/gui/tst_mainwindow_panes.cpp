// The main window's detail tabs: the Refresh action, the tabs following the host selection, and the
// panes retranslating when the language changes at runtime.

#include "MainWindow.h"
#include "SampleFacts.h"
#include "Translations.h"
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

QTEST_MAIN(TestMainWindowPanes)
#include "tst_mainwindow_panes.moc"
