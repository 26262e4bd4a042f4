// FactsStore: the states a host's facts go through, with a fake clock (no waiting); one refresh per
// connection, however often the connection reports itself up.

#include "FactsWarnings.h"
#include "HostSession.h"
#include "SampleFacts.h"
#include "facts/FactsStore.h"
#include "facts/RefreshIntervalMenu.h"
#include "hosts/HostTreeModel.h"
#include "sessions/SessionManager.h"

#include <QAction>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

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
    void oneRefreshPerConnect();
    void warningsFollowLanguage();
    void cleanupTestCase();
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

void TestFactsStore::oneRefreshPerConnect()
{
    // A loopback port nobody listens on: the refresh's own connection attempt fails at once.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    QTemporaryDir dir;
    HostTreeModel model;
    Host host;
    host.name = QStringLiteral("closed");
    host.address = QStringLiteral("127.0.0.1");
    host.port = port;
    host.user = QStringLiteral("nobody");
    model.addHost(host);
    SessionManager sessions(&model, nullptr, nullptr);
    SessionOptions options;
    options.knownHostsFile = dir.filePath(QStringLiteral("known_hosts"));
    options.sshConfigFile = QStringLiteral("none");
    options.useAgent = false;
    options.auditDirectory = QStringLiteral("none");
    options.connectTimeoutMs = 3000;
    sessions.setOptions(options);
    FactsStore store(&sessions);
    QSignalSpy changed(&store, &FactsStore::hostChanged);

    // "Connected" twice for one connection (or once for the connection a refresh opened itself):
    // the second finds the first refresh running and adds none.
    Q_EMIT sessions.stateChanged(host.name, SessionState::Connected, QString());
    QCOMPARE(store.state(host.name), FactsStore::State::Refreshing);
    Q_EMIT sessions.stateChanged(host.name, SessionState::Connected, QString());
    store.refresh({host.name}); // nor does Refresh (F5) while it runs
    QCOMPARE(changed.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(store.state(host.name), FactsStore::State::Failed, 15000);
    QCOMPARE(changed.count(), 2); // started, failed: nothing else ran

    // A new connection later refreshes again, once.
    changed.clear();
    Q_EMIT sessions.stateChanged(host.name, SessionState::Connected, QString());
    QCOMPARE(store.state(host.name), FactsStore::State::Refreshing);
    QTRY_COMPARE_WITH_TIMEOUT(store.state(host.name), FactsStore::State::Failed, 15000);
    QCOMPARE(changed.count(), 2);
}

namespace {

// Every warning in "Swedish", whatever translations/ holds.
class WarningTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char*, int) const override
    {
        if (qstrcmp(context, "Lotsen::FactsWarnings") != 0)
            return {};
        return QStringLiteral("SV: ") + QString::fromUtf8(sourceText);
    }
};

} // namespace

void TestFactsStore::warningsFollowLanguage()
{
    // Warnings are texts made when the facts arrive; a language switch makes them again.
    FactsStore store(nullptr);
    HostFacts facts = SampleFacts::el6();
    facts.warnings.clear();
    FactsWarnings::evaluate(&facts);
    QVERIFY(!facts.warnings.isEmpty());
    store.recordFacts(QStringLiteral("c6"), facts);
    QSignalSpy changed(&store, &FactsStore::hostChanged);
    WarningTranslator swedish;
    QCoreApplication::installTranslator(&swedish);
    store.retranslate();
    QCOMPARE(changed.count(), 1);
    const QList<FactsWarning>& warnings = store.facts(QStringLiteral("c6"))->warnings;
    QCOMPARE(warnings.size(), facts.warnings.size());
    for (int i = 0; i < warnings.size(); ++i) {
        QCOMPARE(warnings[i].code, facts.warnings[i].code);
        QCOMPARE(warnings[i].text, QStringLiteral("SV: ") + facts.warnings[i].text);
    }
    QCoreApplication::removeTranslator(&swedish);
    store.retranslate();
    QCOMPARE(store.facts(QStringLiteral("c6"))->warnings.first().text, facts.warnings.first().text);
}

void TestFactsStore::cleanupTestCase()
{
    HostSession::waitForWorkers();
}

QTEST_MAIN(TestFactsStore)
#include "tst_factsstore.moc"
