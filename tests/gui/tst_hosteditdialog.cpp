// Adding, editing and removing hosts through the real main window and its dialogs, checked
// against what HostStore reads back from the file.

#include "HostStore.h"
#include "MainWindow.h"
#include "hosts/HostEditDialog.h"
#include "hosts/HostTreeModel.h"
#include "hosts/HostTreeView.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace Lotsen;

namespace {

template <typename T> T* visibleWindow(const QString& objectName)
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* typed = qobject_cast<T*>(widget);
            typed && widget->isVisible() && widget->objectName() == objectName)
            return typed;
    }
    return nullptr;
}

void clickAction(MainWindow& window, const char* actionName)
{
    auto* action = window.findChild<QAction*>(QString::fromLatin1(actionName));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    auto* toolBar = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    QWidget* button = toolBar ? toolBar->widgetForAction(action) : nullptr;
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

void typeInto(QWidget* parent, const char* objectName, const QString& text)
{
    auto* edit = parent->findChild<QLineEdit*>(QString::fromLatin1(objectName));
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

std::optional<Host> storedHost(const QString& dir, const QString& name)
{
    HostStore store(dir + QStringLiteral("/hosts.json"));
    if (!store.load())
        return std::nullopt;
    return store.find(name);
}

} // namespace

class TestHostEditDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addHostThroughTheDialog();
    void invalidNameShowsAnErrorAndAddsNothing();
    void duplicateNameIsRefused();
    void editAndRemove();
};

void TestHostEditDialog::addHostThroughTheDialog()
{
    QTemporaryDir dir;
    MainWindow window(dir.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    clickAction(window, "actionAddHost");
    HostEditDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleWindow<HostEditDialog>(QStringLiteral("hostEditDialog"))));
    typeInto(dialog, "nameEdit", QStringLiteral("web9"));
    typeInto(dialog, "addressEdit", QStringLiteral("10.1.2.3"));
    typeInto(dialog, "userEdit", QStringLiteral("deploy"));
    auto* group = dialog->findChild<QComboBox*>(QStringLiteral("groupCombo"));
    QVERIFY(group);
    QTest::keyClicks(group->lineEdit(), QStringLiteral("prod"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(!visibleWindow<HostEditDialog>(QStringLiteral("hostEditDialog")));

    const std::optional<Host> stored = storedHost(dir.path(), QStringLiteral("web9"));
    QVERIFY(stored);
    QCOMPARE(stored->address, QStringLiteral("10.1.2.3"));
    QCOMPARE(stored->user, QStringLiteral("deploy"));
    QCOMPARE(stored->group, QStringLiteral("prod"));
    QVERIFY(window.hostModel()->indexOfHost(QStringLiteral("web9")).isValid());
    QCOMPARE(window.hostTree()->selectedHostNames(), QStringList{QStringLiteral("web9")});
}

void TestHostEditDialog::invalidNameShowsAnErrorAndAddsNothing()
{
    QTemporaryDir dir;
    MainWindow window(dir.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    clickAction(window, "actionAddHost");
    HostEditDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleWindow<HostEditDialog>(QStringLiteral("hostEditDialog"))));
    typeInto(dialog, "nameEdit", QStringLiteral("bad name;rm"));
    auto* nameError = dialog->findChild<QLabel*>(QStringLiteral("nameError"));
    QVERIFY(nameError);
    QVERIFY(!nameError->isVisible());
    auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("okButton"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(nameError->isVisible());
    QVERIFY2(nameError->text().contains(QStringLiteral("bad name;rm")), qPrintable(nameError->text()));
    QVERIFY(!storedHost(dir.path(), QStringLiteral("bad name;rm")));
    QCOMPARE(window.hostModel()->hostCount(), 0);

    // The error follows the typing once OK was pressed, and a good name is accepted.
    typeInto(dialog, "nameEdit", QStringLiteral("good"));
    QVERIFY(!nameError->isVisible());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!visibleWindow<HostEditDialog>(QStringLiteral("hostEditDialog")));
    QVERIFY(storedHost(dir.path(), QStringLiteral("good")));
}

void TestHostEditDialog::duplicateNameIsRefused()
{
    QTemporaryDir dir;
    {
        HostStore store(dir.filePath(QStringLiteral("hosts.json")));
        Host host;
        host.name = QStringLiteral("web1");
        QVERIFY(store.add(host));
        QVERIFY(store.save());
    }
    MainWindow window(dir.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.hostModel()->hostCount(), 1);
    clickAction(window, "actionAddHost");
    HostEditDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleWindow<HostEditDialog>(QStringLiteral("hostEditDialog"))));
    typeInto(dialog, "nameEdit", QStringLiteral("web1"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(
        dialog->findChild<QLabel*>(QStringLiteral("nameError"))->text().contains(QStringLiteral("already")));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("cancelButton")), Qt::LeftButton);
    QTRY_VERIFY(!visibleWindow<HostEditDialog>(QStringLiteral("hostEditDialog")));
    QCOMPARE(window.hostModel()->hostCount(), 1);
}

void TestHostEditDialog::editAndRemove()
{
    QTemporaryDir dir;
    {
        HostStore store(dir.filePath(QStringLiteral("hosts.json")));
        Host host;
        host.name = QStringLiteral("web1");
        host.address = QStringLiteral("10.0.0.1");
        host.group = QStringLiteral("prod");
        QVERIFY(store.add(host));
        QVERIFY(store.save());
    }
    MainWindow window(dir.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.hostTree()->selectHost(QStringLiteral("web1"));
    clickAction(window, "actionEditHost");
    HostEditDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleWindow<HostEditDialog>(QStringLiteral("hostEditDialog"))));
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("addressEdit"))->text(),
             QStringLiteral("10.0.0.1"));
    typeInto(dialog, "addressEdit", QStringLiteral("10.0.0.99"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(!visibleWindow<HostEditDialog>(QStringLiteral("hostEditDialog")));
    QCOMPARE(storedHost(dir.path(), QStringLiteral("web1"))->address, QStringLiteral("10.0.0.99"));

    // Selecting the group stands for its hosts; removing asks first.
    const QModelIndex group = window.hostModel()->indexOfGroup(QStringLiteral("prod"));
    window.hostTree()->selectionModel()->select(group, QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
    QCOMPARE(window.hostTree()->selectedHostNames(), QStringList{QStringLiteral("web1")});
    clickAction(window, "actionRemoveHost");
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = visibleWindow<QMessageBox>(QStringLiteral("removeConfirmBox"))));
    QVERIFY(box->informativeText().contains(QStringLiteral("web1")));
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("removeButton")), Qt::LeftButton);
    QTRY_COMPARE(window.hostModel()->hostCount(), 0);
    QVERIFY(!storedHost(dir.path(), QStringLiteral("web1")));
}

QTEST_MAIN(TestHostEditDialog)
#include "tst_hosteditdialog.moc"
