// SecretDialog: hidden input unless the request allows echo; the secret is handed over once.

#include "dialogs/SecretDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace Lotsen;

class TestSecretDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passwordIsHidden();
    void keyboardInteractiveMayEcho();
    void sudoOffersToRemember();
};

void TestSecretDialog::passwordIsHidden()
{
    SecretRequest request;
    request.kind = SecretKind::Password;
    request.title = QStringLiteral("root@127.0.0.2");
    request.prompt = QStringLiteral("root@127.0.0.2's password:");
    SecretDialog dialog(QStringLiteral("db1"), request);
    auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("secretEdit"));
    QVERIFY(edit);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("promptLabel"))->text(), request.prompt);
    QVERIFY(!dialog.findChild<QCheckBox*>(QStringLiteral("rememberCheck")));
    QTest::keyClicks(edit, QStringLiteral("hunter2"));
    QCOMPARE(dialog.takeSecret(), QByteArray("hunter2"));
    QVERIFY(edit->text().isEmpty());
    edit->setText(QStringLiteral("lösen"));
    QCOMPARE(dialog.takeSecret(), QStringLiteral("lösen").toUtf8()); // UTF-8, as ssh sends it
}

void TestSecretDialog::keyboardInteractiveMayEcho()
{
    SecretRequest request;
    request.kind = SecretKind::KeyboardInteractive;
    request.instruction = QStringLiteral("Enter the code from your token");
    request.prompt = QStringLiteral("Code: ");
    request.echo = true;
    SecretDialog dialog(QStringLiteral("db1"), request);
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("secretEdit"))->echoMode(), QLineEdit::Normal);
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("instructionLabel"))->text(), request.instruction);
}

void TestSecretDialog::sudoOffersToRemember()
{
    SecretRequest request;
    request.kind = SecretKind::SudoPassword;
    SecretDialog dialog(QStringLiteral("db1"), request);
    auto* remember = dialog.findChild<QCheckBox*>(QStringLiteral("rememberCheck"));
    QVERIFY(remember);
    QVERIFY(!dialog.rememberForSession());
    remember->setChecked(true);
    QVERIFY(dialog.rememberForSession());
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("secretEdit"))->echoMode(), QLineEdit::Password);
}

QTEST_MAIN(TestSecretDialog)
#include "tst_secretdialog.moc"
