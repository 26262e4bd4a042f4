#pragma once

#include "SessionTypes.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace Lotsen {

// Shows a host key the user has to judge. An unknown key is a question (Accept and remember /
// Reject); a changed key, or a key of another type than the recorded one, is refused outright and
// the dialog only explains what happened and how to remove the old entry if the change is expected.
// Fingerprints appear exactly as given, selectable, so they can be compared with ssh-keygen -l.
class HostKeyDialog : public QDialog
{
    Q_OBJECT
public:
    HostKeyDialog(const HostKeyInfo& info, const QString& howToFix, QWidget* parent = nullptr);

    const HostKeyInfo& info() const { return m_info; }
    bool isQuestion() const { return m_info.kind == HostKeyInfo::Unknown; }
    // The command that removes the recorded key: the ssh-keygen line of howToFix if the session gave
    // one, else built here from the key info.
    QString fixCommand() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();

    HostKeyInfo m_info;
    QString m_howToFix;
    QLabel* m_headline = nullptr;
    QLabel* m_explanation = nullptr;
    QLabel* m_hostCaption = nullptr;
    QLabel* m_host = nullptr;
    QLabel* m_keyTypeCaption = nullptr;
    QLabel* m_keyType = nullptr;
    QLabel* m_fingerprintCaption = nullptr;
    QLabel* m_fingerprint = nullptr;
    QLabel* m_oldFingerprintCaption = nullptr;
    QLabel* m_oldFingerprint = nullptr;
    QLabel* m_knownHostsCaption = nullptr;
    QLabel* m_knownHosts = nullptr;
    QLabel* m_fixExplanation = nullptr;
    QLabel* m_fixCommand = nullptr;
    QPushButton* m_copyFix = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_reject = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace Lotsen
