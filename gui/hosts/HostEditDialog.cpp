#include "HostEditDialog.h"

#include "Validation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Lotsen {

HostEditDialog::HostEditDialog(const Host& host, const QStringList& existingNames, const QStringList& groups,
                               QWidget* parent)
    : QDialog(parent)
    , m_originalName(host.name)
    , m_existingNames(existingNames)
{
    setObjectName(QStringLiteral("hostEditDialog"));
    buildUi(groups);
    m_name->setText(host.name);
    m_address->setText(host.address);
    m_user->setText(host.user);
    m_port->setValue(host.port);
    m_identity->setText(host.identityFile);
    m_proxyJump->setText(host.proxyJump);
    m_group->setCurrentText(host.group);
    m_tags->setText(host.tags.join(QStringLiteral(", ")));
    retranslateUi();
}

void HostEditDialog::buildUi(const QStringList& groups)
{
    auto* layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_nameError = addField(m_name, QStringLiteral("nameError"));
    m_address = new QLineEdit;
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_addressError = addField(m_address, QStringLiteral("addressError"));
    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_userError = addField(m_user, QStringLiteral("userError"));
    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(0, 65535);
    m_port->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_port->setMinimumWidth(140);
    m_portError = addField(m_port, QStringLiteral("portError"));

    auto* identityRow = new QWidget;
    auto* identityLayout = new QHBoxLayout(identityRow);
    identityLayout->setContentsMargins(0, 0, 0, 0);
    m_identity = new QLineEdit;
    m_identity->setObjectName(QStringLiteral("identityEdit"));
    identityLayout->addWidget(m_identity, 1);
    m_browse = new QPushButton;
    m_browse->setObjectName(QStringLiteral("identityBrowseButton"));
    connect(m_browse, &QPushButton::clicked, this, &HostEditDialog::browseIdentity);
    identityLayout->addWidget(m_browse);
    addField(identityRow, QString());

    m_proxyJump = new QLineEdit;
    m_proxyJump->setObjectName(QStringLiteral("proxyJumpEdit"));
    addField(m_proxyJump, QString());
    m_group = new QComboBox;
    m_group->setObjectName(QStringLiteral("groupCombo"));
    m_group->setEditable(true);
    m_group->setInsertPolicy(QComboBox::NoInsert);
    m_group->addItem(QString());
    m_group->addItems(groups);
    addField(m_group, QString());
    m_tags = new QLineEdit;
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    addField(m_tags, QString());

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorLabel"));
    showError(m_error, {});
    layout->addWidget(m_error);
    layout->addStretch();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &HostEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    // After a failed OK, errors follow the typing so the user sees when a field is right.
    for (QLineEdit* edit : {m_name, m_address, m_user, m_identity, m_proxyJump, m_tags}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (m_triedAccept)
                validate();
        });
    }
    connect(m_port, &QSpinBox::valueChanged, this, [this] {
        if (m_triedAccept)
            validate();
    });
    setMinimumWidth(600);
}

QLabel* HostEditDialog::addField(QWidget* field, const QString& errorObjectName)
{
    auto* caption = new QLabel;
    caption->setBuddy(field);
    m_captions.append(caption);
    if (errorObjectName.isEmpty()) {
        m_form->addRow(caption, field);
        return nullptr;
    }
    auto* box = new QWidget;
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->setSpacing(2);
    boxLayout->addWidget(field);
    auto* error = new QLabel;
    error->setObjectName(errorObjectName);
    showError(error, {});
    boxLayout->addWidget(error);
    m_form->addRow(caption, box);
    return error;
}

void HostEditDialog::showError(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #b02020;"));
    label->setVisible(!message.isEmpty());
}

Host HostEditDialog::host() const
{
    Host host;
    host.name = m_name->text().trimmed();
    host.address = m_address->text().trimmed();
    host.user = m_user->text().trimmed();
    host.port = m_port->value();
    host.identityFile = m_identity->text().trimmed();
    host.proxyJump = m_proxyJump->text().trimmed();
    host.group = m_group->currentText().trimmed();
    for (const QString& tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            host.tags.append(tag.trimmed());
    }
    return host;
}

bool HostEditDialog::validate()
{
    const Host entered = host();
    QString nameProblem;
    if (auto checked = Validation::validateHostEntryName(entered.name); !checked)
        nameProblem = checked.error();
    else if (entered.name != m_originalName && m_existingNames.contains(entered.name))
        nameProblem = tr("There is already a host named “%1”. Host names must be unique.").arg(entered.name);
    showError(m_nameError, nameProblem);

    QString addressProblem;
    if (!entered.address.isEmpty()) {
        if (auto checked = Validation::validateHostName(entered.address); !checked)
            addressProblem = checked.error();
    }
    showError(m_addressError, addressProblem);

    QString userProblem;
    if (!entered.user.isEmpty()) {
        if (auto checked = Validation::validateUserName(entered.user); !checked)
            userProblem = checked.error();
    }
    showError(m_userError, userProblem);

    QString portProblem;
    if (entered.port != 0) {
        if (auto checked = Validation::validatePort(entered.port); !checked)
            portProblem = checked.error();
    }
    showError(m_portError, portProblem);

    const bool fieldsOk =
        nameProblem.isEmpty() && addressProblem.isEmpty() && userProblem.isEmpty() && portProblem.isEmpty();
    QString otherProblem;
    if (fieldsOk) {
        if (auto checked = Validation::validateHost(entered); !checked)
            otherProblem = checked.error();
    }
    showError(m_error, otherProblem);
    fitErrors();
    return fieldsOk && otherProblem.isEmpty();
}

void HostEditDialog::fitErrors()
{
    // Wrapped error texts need more height at the dialog's width; a dialog does not grow for
    // height-for-width contents by itself, and would clip them.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void HostEditDialog::accept()
{
    m_triedAccept = true;
    if (!validate()) {
        for (auto [error, field] : {std::pair<QLabel*, QWidget*>{m_nameError, m_name},
                                    {m_addressError, m_address},
                                    {m_userError, m_user},
                                    {m_portError, m_port}}) {
            if (!error->text().isEmpty()) {
                field->setFocus();
                break;
            }
        }
        return;
    }
    QDialog::accept();
}

void HostEditDialog::browseIdentity()
{
    auto* dialog = new QFileDialog(this, tr("Choose a private key"));
    dialog->setObjectName(QStringLiteral("identityFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setFilter(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    const QString current = m_identity->text();
    dialog->setDirectory(current.isEmpty() ? QDir::home().filePath(QStringLiteral(".ssh")) : current);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString& file) { m_identity->setText(file); });
    dialog->open();
}

void HostEditDialog::retranslateUi()
{
    setWindowTitle(isNewHost() ? tr("Add host") : tr("Edit host %1").arg(m_originalName));
    const QStringList captions = {tr("&Name:"),     tr("&Address:"),    tr("&User:"),  tr("&Port:"),
                                  tr("&Key file:"), tr("Proxy &jump:"), tr("&Group:"), tr("&Tags:")};
    for (qsizetype i = 0; i < captions.size() && i < m_captions.size(); ++i)
        m_captions[i]->setText(captions[i]);
    m_name->setPlaceholderText(tr("a unique label, e.g. web1 (may be an alias from ~/.ssh/config)"));
    m_address->setPlaceholderText(tr("DNS name or IP address; empty = use the name"));
    m_user->setPlaceholderText(tr("empty = from ~/.ssh/config, else your local user"));
    m_port->setSpecialValueText(tr("default (22)"));
    m_identity->setPlaceholderText(tr("empty = ssh-agent and the default keys"));
    m_browse->setText(tr("&Browse…"));
    m_proxyJump->setPlaceholderText(tr("[user@]jumphost[:port], empty = connect directly"));
    m_group->lineEdit()->setPlaceholderText(tr("no group"));
    m_tags->setPlaceholderText(tr("comma-separated, e.g. prod, docker"));
    if (m_triedAccept)
        validate();
}

void HostEditDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Lotsen
