// HostKeyDialog: the fingerprint exactly as given, a question for unknown keys, a refusal with
// both fingerprints and the fix for changed ones.

#include "dialogs/HostKeyDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Lotsen;

namespace {

HostKeyInfo unknownKey()
{
    HostKeyInfo info;
    info.kind = HostKeyInfo::Unknown;
    info.host = QStringLiteral("[127.0.0.2]:2222");
    info.keyType = QStringLiteral("ED25519");
    info.bits = 256;
    info.fingerprint = QStringLiteral("SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s");
    info.knownHostsFile = QStringLiteral("/tmp/lotsen test/known_hosts");
    return info;
}

QString labelText(const QDialog& dialog, const char* name)
{
    auto* label = dialog.findChild<QLabel*>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QString::fromLatin1(name));
}

} // namespace

class TestHostKeyDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unknownKeyAsksAcceptOrReject();
    void acceptAndRejectFinishTheDialog();
    void changedKeyShowsBothFingerprintsAndTheFix();
    void otherKeyTypeIsRefused();
};

void TestHostKeyDialog::unknownKeyAsksAcceptOrReject()
{
    HostKeyDialog dialog(unknownKey(), {});
    dialog.show();
    QVERIFY(dialog.isQuestion());
    QCOMPARE(labelText(dialog, "fingerprintLabel"), unknownKey().fingerprint);
    QCOMPARE(labelText(dialog, "hostLabel"), QStringLiteral("[127.0.0.2]:2222"));
    QVERIFY(labelText(dialog, "keyTypeLabel").contains(QStringLiteral("ED25519")));
    QVERIFY(labelText(dialog, "keyTypeLabel").contains(QStringLiteral("256")));
    QCOMPARE(labelText(dialog, "knownHostsLabel"), QStringLiteral("/tmp/lotsen test/known_hosts"));
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("acceptButton")));
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("rejectButton")));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("closeButton")));
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("oldFingerprintLabel")));
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("fixCommandLabel")));
    // Enter must not accept a key by habit.
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("rejectButton"))->isDefault());
}

void TestHostKeyDialog::acceptAndRejectFinishTheDialog()
{
    for (const char* button : {"acceptButton", "rejectButton"}) {
        HostKeyDialog dialog(unknownKey(), {});
        QSignalSpy finished(&dialog, &QDialog::finished);
        dialog.open();
        QTest::mouseClick(dialog.findChild<QPushButton*>(QString::fromLatin1(button)), Qt::LeftButton);
        QCOMPARE(finished.count(), 1);
        const int expected = qstrcmp(button, "acceptButton") == 0 ? QDialog::Accepted : QDialog::Rejected;
        QCOMPARE(finished.first().first().toInt(), expected);
    }
}

void TestHostKeyDialog::changedKeyShowsBothFingerprintsAndTheFix()
{
    HostKeyInfo info = unknownKey();
    info.kind = HostKeyInfo::Changed;
    info.oldKeyType = QStringLiteral("ED25519");
    info.oldFingerprint = QStringLiteral("SHA256:0ldK3yF1ngerpr1ntAAAAAAAAAAAAAAAAAAAAAAAAAA");
    HostKeyDialog dialog(info, {});
    dialog.show();
    QVERIFY(!dialog.isQuestion());
    QCOMPARE(labelText(dialog, "fingerprintLabel"), info.fingerprint);
    QCOMPARE(labelText(dialog, "oldFingerprintLabel"), info.oldFingerprint);
    QCOMPARE(labelText(dialog, "fixCommandLabel"),
             QStringLiteral("ssh-keygen -R '[127.0.0.2]:2222' -f '/tmp/lotsen test/known_hosts'"));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("acceptButton")));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("rejectButton")));
    auto* close = dialog.findChild<QPushButton*>(QStringLiteral("closeButton"));
    QVERIFY(close);
    QSignalSpy finished(&dialog, &QDialog::finished);
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toInt(), int(QDialog::Rejected));

    // The session's own advice wins over the built one.
    HostKeyDialog advised(
        info, QStringLiteral("The key changed. Remove it with\n  ssh-keygen -R '[127.0.0.2]:2222' -f /x\nand "
                             "connect again."));
    QCOMPARE(labelText(advised, "fixCommandLabel"), QStringLiteral("ssh-keygen -R '[127.0.0.2]:2222' -f /x"));
}

void TestHostKeyDialog::otherKeyTypeIsRefused()
{
    HostKeyInfo info = unknownKey();
    info.kind = HostKeyInfo::OtherType;
    info.oldKeyType = QStringLiteral("RSA");
    HostKeyDialog dialog(info, {});
    QVERIFY(!dialog.isQuestion());
    QCOMPARE(labelText(dialog, "fingerprintLabel"), info.fingerprint);
    QVERIFY(labelText(dialog, "explanationLabel").contains(QStringLiteral("RSA")));
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("closeButton")));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("acceptButton")));
}

QTEST_MAIN(TestHostKeyDialog)
#include "tst_hostkeydialog.moc"
