#pragma once

#include "Host.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Lotsen {

// Adds or edits one host. Every field is checked with core's validation before the dialog accepts;
// problems are shown inline under the field they concern and the dialog stays open.
class HostEditDialog : public QDialog
{
    Q_OBJECT
public:
    // existingNames: names already taken (the edited host's own name is allowed); groups: offered
    // in the group box.
    HostEditDialog(const Host& host, const QStringList& existingNames, const QStringList& groups,
                   QWidget* parent = nullptr);

    bool isNewHost() const { return m_originalName.isEmpty(); }
    const QString& originalName() const { return m_originalName; }
    // The host as currently entered.
    Host host() const;
    // Checks the fields, shows what is wrong; true when the host can be saved.
    bool validate();

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi(const QStringList& groups);
    void retranslateUi();
    void browseIdentity();
    QLabel* addField(QWidget* field, const QString& errorObjectName);
    static void showError(QLabel* label, const QString& message);
    void fitErrors();

    QString m_originalName;
    QStringList m_existingNames;
    bool m_triedAccept = false;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_user = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_identity = nullptr;
    QPushButton* m_browse = nullptr;
    QLineEdit* m_proxyJump = nullptr;
    QComboBox* m_group = nullptr;
    QLineEdit* m_tags = nullptr;
    QLabel* m_nameError = nullptr;
    QLabel* m_addressError = nullptr;
    QLabel* m_userError = nullptr;
    QLabel* m_portError = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QList<QLabel*> m_captions;
};

} // namespace Lotsen
