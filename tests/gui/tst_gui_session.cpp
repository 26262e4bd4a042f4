// End to end through the real widgets against real sshd processes from the test bed: select a
// group, connect, accept the unknown host keys in the dialog, run a command on both hosts and see
// each host's output and exit code; then a changed host key is refused with the fix shown.
// HOME, the XDG directories and the audit log are the test's own: nothing lands in the real
// ~/.local/share, and no key in the real ~/.ssh (or an agent) takes part in a login.

#include "HostStore.h"
#include "MainWindow.h"
#include "SshTestBed.h"
#include "TestEnv.h"
#include "dialogs/HostKeyDialog.h"
#include "dialogs/SecretDialog.h"
#include "hosts/HostTreeModel.h"
#include "hosts/HostTreeView.h"
#include "log/LogPane.h"
#include "run/HostOutputPanel.h"
#include "run/RunCommandWidget.h"
#include "sessions/SessionManager.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace Lotsen;
using Lotsen::Test::SshTestBed;

namespace {

constexpr int Timeout = 20000;

void clickAction(MainWindow& window, const char* actionName)
{
    auto* action = window.findChild<QAction*>(QString::fromLatin1(actionName));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QWidget* button = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"))->widgetForAction(action);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

void clickRow(HostTreeView* tree, const QModelIndex& index, Qt::KeyboardModifiers modifiers = {})
{
    tree->scrollTo(index);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, modifiers, tree->visualRect(index).center());
}

QString logText(const MainWindow& window)
{
    return window.logPane()->findChild<QPlainTextEdit*>(QStringLiteral("logView"))->toPlainText();
}

// The prompt on screen, failing with its text when it is a password question instead.
HostKeyDialog* waitForHostKeyDialog(SessionManager* sessions)
{
    QDialog* prompt = nullptr;
    if (!QTest::qWaitFor([&] { return (prompt = sessions->currentPrompt()) != nullptr; }, Timeout))
        return nullptr;
    if (auto* secret = qobject_cast<SecretDialog*>(prompt))
        qWarning("unexpected login prompt: %s", qPrintable(secret->request().prompt));
    return qobject_cast<HostKeyDialog*>(prompt);
}

} // namespace

class TestGuiSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void connectAcceptRunAndSeeOutput();
    void changedHostKeyIsRefused();

private:
    std::unique_ptr<SshTestBed> m_bed;
    QTemporaryDir m_dir;
    QString m_auditDir;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiSession::initTestCase()
{
    LOTSEN_REQUIRE_SSHD();
    m_bed = std::make_unique<SshTestBed>();
    QString error;
    if (!m_bed->start(2, &error))
        LOTSEN_SKIP_OR_FAIL(QStringLiteral("the SSH test bed did not start: %1").arg(error));

    // As BedFixture does: a private HOME (no default keys from the real ~/.ssh), no agent, and the
    // XDG directories inside it, where AuditLog's default would otherwise put the logs.
    const QString home = m_dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home));
    qputenv("HOME", home.toUtf8());
    qputenv("XDG_DATA_HOME", (home + QStringLiteral("/.local/share")).toUtf8());
    qputenv("XDG_CONFIG_HOME", (home + QStringLiteral("/.config")).toUtf8());
    qputenv("XDG_CACHE_HOME", (home + QStringLiteral("/.cache")).toUtf8());
    qunsetenv("SSH_AUTH_SOCK");
    m_auditDir = m_dir.filePath(QStringLiteral("audit"));

    HostStore store(m_dir.filePath(QStringLiteral("hosts.json")));
    for (const auto& bedHost : m_bed->hosts()) {
        Host host;
        host.name = bedHost.name;
        host.address = bedHost.address;
        host.port = bedHost.port;
        host.user = m_bed->user();
        host.identityFile = m_bed->clientKey();
        host.group = QStringLiteral("bed");
        QVERIFY2(store.add(host), qPrintable(host.name));
    }
    QVERIFY(store.save());

    m_window = std::make_unique<MainWindow>(m_dir.path());
    SessionOptions options;
    options.knownHostsFile = m_dir.filePath(QStringLiteral("known_hosts"));
    options.sshConfigFile = QStringLiteral("none");
    options.useAgent = false;
    options.auditDirectory = m_auditDir;
    m_window->sessions()->setOptions(options);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiSession::connectAcceptRunAndSeeOutput()
{
    MainWindow& window = *m_window;
    HostTreeModel* model = window.hostModel();
    const QStringList hosts = {m_bed->host(0).name, m_bed->host(1).name};

    clickRow(window.hostTree(), model->indexOfGroup(QStringLiteral("bed")));
    QCOMPARE(window.hostTree()->selectedHostNames(), hosts);
    clickAction(window, "actionConnect");

    // Two unknown keys, asked one after the other.
    QStringList asked;
    for (int i = 0; i < 2; ++i) {
        HostKeyDialog* dialog = waitForHostKeyDialog(window.sessions());
        QVERIFY2(dialog, "no host-key question appeared");
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->isQuestion());
        const QString fingerprint = dialog->findChild<QLabel*>(QStringLiteral("fingerprintLabel"))->text();
        int bedIndex = -1;
        for (int b = 0; b < 2; ++b) {
            if (dialog->info().host.contains(m_bed->host(b).address))
                bedIndex = b;
        }
        QVERIFY2(bedIndex >= 0, qPrintable(dialog->info().host));
        QVERIFY2(m_bed->host(bedIndex).fingerprints.contains(fingerprint), qPrintable(fingerprint));
        asked.append(m_bed->host(bedIndex).name);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("acceptButton")), Qt::LeftButton);
    }
    asked.sort();
    QCOMPARE(asked, hosts);
    for (const QString& host : hosts)
        QTRY_COMPARE_WITH_TIMEOUT(model->state(host), SessionState::Connected, Timeout);
    QFile knownHosts(m_dir.filePath(QStringLiteral("known_hosts")));
    QVERIFY(knownHosts.open(QIODevice::ReadOnly));
    const QByteArray recorded = knownHosts.readAll();
    for (int b = 0; b < 2; ++b)
        QVERIFY2(recorded.contains(m_bed->host(b).address.toUtf8()), recorded.constData());

    auto* edit = window.findChild<QLineEdit*>(QStringLiteral("runCommandEdit"));
    QVERIFY(edit);
    QTest::keyClicks(
        edit, QStringLiteral("echo \"lotsen-$((6*7)) $SSH_CONNECTION\"; echo 'to stderr' >&2; exit 3"));
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("runButton")), Qt::LeftButton);
    QVERIFY(window.runWidget()->isRunning() || window.runWidget()->panel(hosts.first()));
    for (int b = 0; b < 2; ++b) {
        const QString host = m_bed->host(b).name;
        HostOutputPanel* panel = window.runWidget()->panel(host);
        QVERIFY(panel);
        QCOMPARE(panel->objectName(), QStringLiteral("outputPanel_") + host);
        QTRY_VERIFY2_WITH_TIMEOUT(panel->isFinished(),
                                  qPrintable(panel->headerText() + QLatin1Char('\n') + logText(window)),
                                  Timeout);
        const QString output = panel->outputText();
        QVERIFY2(output.contains(QStringLiteral("lotsen-42")), qPrintable(output));
        // $SSH_CONNECTION names the server side: each column shows its own host's output.
        QVERIFY2(
            output.contains(m_bed->host(b).address + QLatin1Char(' ') + QString::number(m_bed->host(b).port)),
            qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("to stderr")), qPrintable(output));
        QVERIFY2(panel->headerText().contains(QStringLiteral("exit 3")), qPrintable(panel->headerText()));
    }
    QTRY_VERIFY(!window.runWidget()->isRunning());
    QVERIFY(window.findChild<QPushButton*>(QStringLiteral("runButton"))->isEnabled());
    const QString log = logText(window);
    QVERIFY2(log.contains(QStringLiteral("echo \"lotsen-$((6*7))")), qPrintable(log));
    // Each host's audit log is in the test's own directory.
    for (const QString& host : hosts) {
        QFile audit(QStringLiteral("%1/%2.jsonl").arg(m_auditDir, host));
        QTRY_VERIFY2(audit.exists(), qPrintable(audit.fileName()));
        QVERIFY(audit.open(QIODevice::ReadOnly));
        QVERIFY2(audit.readAll().contains("lotsen-"), qPrintable(audit.fileName()));
    }

    clickAction(window, "actionDisconnect");
    for (const QString& host : hosts)
        QTRY_COMPARE_WITH_TIMEOUT(model->state(host), SessionState::Disconnected, Timeout);
}

void TestGuiSession::changedHostKeyIsRefused()
{
    MainWindow& window = *m_window;
    HostTreeModel* model = window.hostModel();
    const QString host = m_bed->host(0).name;
    QVERIFY(m_bed->rekey(0));
    const QString newFingerprint = m_bed->host(0).fingerprints.value(0);

    clickRow(window.hostTree(), model->indexOfHost(host));
    QCOMPARE(window.hostTree()->selectedHostNames(), QStringList{host});
    clickAction(window, "actionConnect");
    HostKeyDialog* dialog = waitForHostKeyDialog(window.sessions());
    QVERIFY2(dialog, "no host-key dialog appeared");
    QVERIFY(!dialog->isQuestion());
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("acceptButton")));
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("fingerprintLabel"))->text(), newFingerprint);
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("oldFingerprintLabel")));
    const QString fix = dialog->findChild<QLabel*>(QStringLiteral("fixCommandLabel"))->text();
    QVERIFY2(fix.startsWith(QStringLiteral("ssh-keygen -R ")), qPrintable(fix));
    QVERIFY2(fix.contains(m_bed->host(0).address), qPrintable(fix));
    QTRY_COMPARE_WITH_TIMEOUT(model->state(host), SessionState::KeyProblem, Timeout);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("closeButton")), Qt::LeftButton);
    QTRY_VERIFY(!window.sessions()->currentPrompt());
}

QTEST_MAIN(TestGuiSession)
#include "tst_gui_session.moc"
