// Switching the language at runtime retranslates the main window without a restart.

#include "MainWindow.h"
#include "Translations.h"
#include "hosts/HostTreeModel.h"
#include "log/LogPane.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Lotsen;

namespace {

// Stands in for a .qm file, so the retranslation mechanism is tested whatever translations/ holds.
class FakeTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char*, const char* sourceText, const char*, int) const override
    {
        const QString source = QString::fromUtf8(sourceText);
        if (source == QLatin1String("&Connect"))
            return QStringLiteral("&Anslut");
        if (source == QLatin1String("&Hosts"))
            return QStringLiteral("&Värdar");
        if (source == QLatin1String("Session log"))
            return QStringLiteral("Sessionslogg");
        if (source == QLatin1String("Could not read the host list"))
            return QStringLiteral("Kunde inte läsa värdlistan");
        return {};
    }
};

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyPartRetranslatesOnLanguageChange();
    void switchesMenusAndBack();
    void statusMessageFollowsLanguage();
};

void TestLanguage::everyPartRetranslatesOnLanguageChange()
{
    QTemporaryDir dir;
    Translations::load(QStringLiteral("en"));
    MainWindow window(dir.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* connectAction = window.findChild<QAction*>(QStringLiteral("actionConnect"));
    QCOMPARE(connectAction->text(), QStringLiteral("&Connect"));
    FakeTranslator translator;
    QCoreApplication::installTranslator(&translator);
    QTRY_COMPARE(connectAction->text(), QStringLiteral("&Anslut"));
    QCOMPARE(window.findChild<QMenu*>(QStringLiteral("hostsMenu"))->title(), QStringLiteral("&Värdar"));
    bool logTitleTranslated = false;
    for (QLabel* label : window.logPane()->findChildren<QLabel*>())
        logTitleTranslated = logTitleTranslated || label->text() == QLatin1String("Sessionslogg");
    QVERIFY(logTitleTranslated);
    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(connectAction->text(), QStringLiteral("&Connect"));
}

void TestLanguage::switchesMenusAndBack()
{
    QTemporaryDir dir;
    Translations::load(QStringLiteral("en"));
    MainWindow window(dir.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* connectAction = window.findChild<QAction*>(QStringLiteral("actionConnect"));
    auto* hostsMenu = window.findChild<QMenu*>(QStringLiteral("hostsMenu"));
    auto* swedish = window.findChild<QAction*>(QStringLiteral("actionLanguageSv"));
    auto* english = window.findChild<QAction*>(QStringLiteral("actionLanguageEn"));
    QVERIFY(connectAction && hostsMenu && swedish && english);
    QCOMPARE(connectAction->text(), QStringLiteral("&Connect"));
    QCOMPARE(hostsMenu->title(), QStringLiteral("&Hosts"));
    QVERIFY(english->isChecked());

    // Through the menu, as a user would do it.
    auto* languageMenu = window.findChild<QMenu*>(QStringLiteral("languageMenu"));
    QVERIFY(languageMenu);
    QVERIFY(languageMenu->actions().contains(swedish));
    swedish->trigger();
    QVERIFY2(Translations::current() == QLatin1String("sv"),
             "the Swedish translation did not load: is translations/lotsen_sv.ts translated and built?");
    QTRY_VERIFY2(connectAction->text() != QLatin1String("&Connect"),
                 "“&Connect” is not translated in translations/lotsen_sv.ts yet");
    QVERIFY(swedish->isChecked());
    QVERIFY(window.hostModel()->headerData(HostTreeModel::NameColumn, Qt::Horizontal).toString() !=
            QLatin1String("Host"));
    QCOMPARE(QSettings(dir.filePath(QStringLiteral("lotsen.ini")), QSettings::IniFormat)
                 .value(QStringLiteral("language"))
                 .toString(),
             QStringLiteral("sv"));

    english->trigger();
    QTRY_COMPARE(connectAction->text(), QStringLiteral("&Connect"));
    QCOMPARE(hostsMenu->title(), QStringLiteral("&Hosts"));
    QVERIFY(english->isChecked());
}

void TestLanguage::statusMessageFollowsLanguage()
{
    // A message shown before the switch is not left behind in the old language.
    QTemporaryDir dir;
    QFile hosts(dir.filePath(QStringLiteral("hosts.json")));
    QVERIFY(hosts.open(QIODevice::WriteOnly));
    hosts.write("{ not json");
    hosts.close();
    Translations::load(QStringLiteral("en"));
    MainWindow window(dir.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* statusBar = window.findChild<QStatusBar*>(QStringLiteral("statusBar"));
    QVERIFY(statusBar);
    QCOMPARE(statusBar->currentMessage(), QStringLiteral("Could not read the host list"));
    FakeTranslator translator;
    QCoreApplication::installTranslator(&translator);
    QTRY_COMPARE(statusBar->currentMessage(), QStringLiteral("Kunde inte läsa värdlistan"));
    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(statusBar->currentMessage(), QStringLiteral("Could not read the host list"));

    // One that has been replaced stays replaced.
    statusBar->showMessage(QStringLiteral("something else"));
    QCoreApplication::installTranslator(&translator);
    QTRY_COMPARE(window.findChild<QAction*>(QStringLiteral("actionConnect"))->text(),
                 QStringLiteral("&Anslut"));
    QCOMPARE(statusBar->currentMessage(), QStringLiteral("something else"));
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
