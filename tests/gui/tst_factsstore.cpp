// FactsStore: the states a host's facts go through, with a fake clock (no waiting).

#include "SampleFacts.h"
#include "facts/FactsStore.h"
#include "facts/RefreshIntervalMenu.h"

#include <QAction>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lotsen;

class TestFactsStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refreshingFreshStale();
    void errorInPlaceKeepsOldFacts();
    void forgetClears();
    void intervalZeroIsOff();
    void intervalMenuStoresSetting();
};

void TestFactsStore::refreshingFreshStale()
{
    FactsStore store(nullptr);
    QDateTime now(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
    store.setClock([&now] { return now; });
    store.setIntervalMinutes(1); // stale after 2 minutes
    const QString host = QStringLiteral("c6");
    QSignalSpy changed(&store, &FactsStore::hostChanged);

    QCOMPARE(store.state(host), FactsStore::State::NeverRefreshed);
    QVERIFY(!store.facts(host));
    QCOMPARE(store.ageSeconds(host), qint64(-1));

    store.recordStarted(host);
    QCOMPARE(store.state(host), FactsStore::State::Refreshing);
    store.recordFacts(host, SampleFacts::el6());
    QCOMPARE(store.state(host), FactsStore::State::Fresh);
    QVERIFY(store.facts(host));
    QCOMPARE(store.facts(host)->kernel.grubDefault, QStringLiteral("1"));
    QCOMPARE(store.ageSeconds(host), qint64(0));

    now = now.addSecs(119);
    QCOMPARE(store.state(host), FactsStore::State::Fresh);
    QCOMPARE(store.ageSeconds(host), qint64(119));
    now = now.addSecs(2);
    QCOMPARE(store.state(host), FactsStore::State::Stale);

    // A new refresh shows as refreshing while the old facts stay readable.
    store.recordStarted(host);
    QCOMPARE(store.state(host), FactsStore::State::Refreshing);
    QVERIFY(store.facts(host));
    store.recordFacts(host, SampleFacts::debian12());
    QCOMPARE(store.state(host), FactsStore::State::Fresh);
    QCOMPARE(store.facts(host)->os.id, QStringLiteral("debian"));
    QCOMPARE(changed.count(), 4);
    QCOMPARE(changed.first().first().toString(), host);
}

void TestFactsStore::errorInPlaceKeepsOldFacts()
{
    FactsStore store(nullptr);
    QDateTime now(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
    store.setClock([&now] { return now; });
    const QString host = QStringLiteral("web1");
    store.recordStarted(host);
    store.recordFailure(host, QStringLiteral("sh: docker: Permission denied"));
    QCOMPARE(store.state(host), FactsStore::State::Failed);
    QCOMPARE(store.error(host), QStringLiteral("sh: docker: Permission denied"));
    QVERIFY(!store.facts(host));

    store.recordFacts(host, SampleFacts::debian12());
    QCOMPARE(store.state(host), FactsStore::State::Fresh);
    QVERIFY(store.error(host).isEmpty());
    now = now.addSecs(30);
    store.recordStarted(host);
    store.recordFailure(host, QStringLiteral("Connection lost"));
    QCOMPARE(store.state(host), FactsStore::State::Failed);
    QVERIFY(store.facts(host)); // the last good facts stay, with their age
    QCOMPARE(store.ageSeconds(host), qint64(30));

    // A host without Docker is a fact, not a failure.
    store.recordFacts(host, SampleFacts::noDocker());
    QCOMPARE(store.state(host), FactsStore::State::Fresh);
    QVERIFY(!store.facts(host)->docker.installed);
}

void TestFactsStore::forgetClears()
{
    FactsStore store(nullptr);
    store.recordFacts(QStringLiteral("a"), SampleFacts::el6());
    QSignalSpy changed(&store, &FactsStore::hostChanged);
    store.forget(QStringLiteral("a"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(store.state(QStringLiteral("a")), FactsStore::State::NeverRefreshed);
    QVERIFY(!store.facts(QStringLiteral("a")));
}

void TestFactsStore::intervalZeroIsOff()
{
    FactsStore store(nullptr);
    QDateTime now(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
    store.setClock([&now] { return now; });
    store.setIntervalMinutes(0);
    QCOMPARE(store.intervalMinutes(), 0);
    // Without a periodic refresh, facts still go stale after twice the default interval.
    QCOMPARE(store.staleAfterSeconds(), qint64(2 * 60 * FactsStore::defaultIntervalMinutes));
    store.recordFacts(QStringLiteral("a"), SampleFacts::el6());
    now = now.addSecs(store.staleAfterSeconds() + 1);
    QCOMPARE(store.state(QStringLiteral("a")), FactsStore::State::Stale);
    store.refreshConnected(); // no sessions: nothing to do, nothing breaks
}

void TestFactsStore::intervalMenuStoresSetting()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("lotsen.ini"));
    {
        QSettings settings(ini, QSettings::IniFormat);
        settings.setValue(RefreshIntervalMenu::settingsKey(), 5);
    }
    FactsStore store(nullptr);
    RefreshIntervalMenu menu(&store, ini);
    QCOMPARE(store.intervalMinutes(), 5);
    auto* every5 = menu.findChild<QAction*>(QStringLiteral("actionRefreshEvery5"));
    QVERIFY(every5 && every5->isChecked());
    menu.findChild<QAction*>(QStringLiteral("actionRefreshEvery0"))->trigger();
    QCOMPARE(store.intervalMinutes(), 0);
    QCOMPARE(QSettings(ini, QSettings::IniFormat).value(RefreshIntervalMenu::settingsKey()).toInt(), 0);
}

QTEST_MAIN(TestFactsStore)
#include "tst_factsstore.moc"
