// ImportDialog: previews the hosts of an SSH config or Ansible inventory with checkboxes.

#include "hosts/ImportDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Lotsen;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text);
    return file.fileName();
}

QStringList names(const QList<Host>& hosts)
{
    QStringList result;
    for (const Host& host : hosts)
        result.append(host.name);
    return result;
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sshConfigPreview();
    void ansibleInventoryPreview();
    void unreadableFileSaysSo();
};

void TestImportDialog::sshConfigPreview()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("config"),
                                   "Host web1 web2\n  HostName 10.0.0.%h\n  User deploy\n"
                                   "Host db1\n  HostName db1.example.net\n  Port 2222\n"
                                   "Host *\n  ServerAliveInterval 30\n");
    ImportDialog dialog(ImportDialog::Source::SshConfig, {QStringLiteral("db1")});
    dialog.loadFile(path);
    auto* preview = dialog.findChild<QTreeWidget*>(QStringLiteral("importPreview"));
    QVERIFY(preview);
    QCOMPARE(dialog.previewCount(), 3);
    // db1 exists already: offered, but unchecked.
    QCOMPARE(names(dialog.selectedHosts()), (QStringList{QStringLiteral("web1"), QStringLiteral("web2")}));
    auto* importButton = dialog.findChild<QPushButton*>(QStringLiteral("importButton"));
    QVERIFY(importButton->isEnabled());

    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("importGroupEdit")),
                     QStringLiteral("imported"));
    for (const Host& host : dialog.selectedHosts())
        QCOMPARE(host.group, QStringLiteral("imported"));

    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("importSelectNoneButton")),
                      Qt::LeftButton);
    QVERIFY(dialog.selectedHosts().isEmpty());
    QVERIFY(!importButton->isEnabled());
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("importSelectAllButton")),
                      Qt::LeftButton);
    QCOMPARE(dialog.selectedHosts().size(), 3);
}

void TestImportDialog::ansibleInventoryPreview()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("inventory.ini"),
                                   "[web]\nweb[1:3].example.net ansible_user=deploy\n\n"
                                   "[db]\ndb1 ansible_host=10.0.0.5 ansible_port=2200\n");
    ImportDialog dialog(ImportDialog::Source::AnsibleInventory, {});
    dialog.loadFile(path);
    QCOMPARE(dialog.previewCount(), 4);
    const QList<Host> hosts = dialog.selectedHosts();
    QCOMPARE(hosts.size(), 4);
    for (const Host& host : hosts) {
        if (host.name == QLatin1String("db1")) {
            QCOMPARE(host.group, QStringLiteral("db"));
            QCOMPARE(host.port, 2200);
        } else {
            QCOMPARE(host.group, QStringLiteral("web"));
            QCOMPARE(host.user, QStringLiteral("deploy"));
        }
    }
    QVERIFY(
        dialog.findChild<QLabel*>(QStringLiteral("importSummaryLabel"))->text().contains(QLatin1Char('4')));
}

void TestImportDialog::unreadableFileSaysSo()
{
    ImportDialog dialog(ImportDialog::Source::AnsibleInventory, {});
    dialog.loadFile(QStringLiteral("/nonexistent/inventory"));
    QCOMPARE(dialog.previewCount(), 0);
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("importSummaryLabel"))
                ->text()
                .contains(QStringLiteral("/nonexistent/inventory")));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
