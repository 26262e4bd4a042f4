#pragma once

#include "SessionTypes.h"

#include <QByteArray>
#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Lotsen {

// Asks for one secret a session needs: a login password, a key passphrase, a keyboard-interactive
// answer or a sudo password. Input is hidden unless the request says the answer may be echoed.
class SecretDialog : public QDialog
{
    Q_OBJECT
public:
    SecretDialog(const QString& hostName, const SecretRequest& request, QWidget* parent = nullptr);
    ~SecretDialog() override;

    const SecretRequest& request() const { return m_request; }
    // The typed answer; clears the field so the secret does not linger in the widget.
    QByteArray takeSecret();
    // Sudo only: whether the user wants the password kept (in memory) for this connection.
    bool rememberForSession() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QString m_hostName;
    SecretRequest m_request;
    QLabel* m_headline = nullptr;
    QLabel* m_instruction = nullptr;
    QLabel* m_prompt = nullptr;
    QLineEdit* m_secret = nullptr;
    QCheckBox* m_remember = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace Lotsen
