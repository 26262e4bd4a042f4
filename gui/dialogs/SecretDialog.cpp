#include "SecretDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lotsen {

SecretDialog::SecretDialog(const QString& hostName, const SecretRequest& request, QWidget* parent)
    : QDialog(parent)
    , m_hostName(hostName)
    , m_request(request)
{
    setObjectName(QStringLiteral("secretDialog"));
    auto* layout = new QVBoxLayout(this);
    m_headline = new QLabel;
    m_headline->setObjectName(QStringLiteral("headlineLabel"));
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    layout->addWidget(m_headline);

    m_instruction = new QLabel(request.instruction);
    m_instruction->setObjectName(QStringLiteral("instructionLabel"));
    m_instruction->setWordWrap(true);
    m_instruction->setTextFormat(Qt::PlainText);
    m_instruction->setVisible(!request.instruction.isEmpty());
    layout->addWidget(m_instruction);

    m_prompt = new QLabel;
    m_prompt->setObjectName(QStringLiteral("promptLabel"));
    m_prompt->setWordWrap(true);
    m_prompt->setTextFormat(Qt::PlainText);
    layout->addWidget(m_prompt);

    m_secret = new QLineEdit;
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setEchoMode(request.echo ? QLineEdit::Normal : QLineEdit::Password);
    m_secret->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_prompt->setBuddy(m_secret);
    layout->addWidget(m_secret);

    if (request.kind == SecretKind::SudoPassword) {
        m_remember = new QCheckBox;
        m_remember->setObjectName(QStringLiteral("rememberCheck"));
        layout->addWidget(m_remember);
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    retranslateUi();
}

SecretDialog::~SecretDialog()
{
    m_secret->clear();
}

QByteArray SecretDialog::takeSecret()
{
    const QByteArray secret = m_secret->text().toUtf8();
    m_secret->clear();
    return secret;
}

bool SecretDialog::rememberForSession() const
{
    return m_remember && m_remember->isChecked();
}

void SecretDialog::retranslateUi()
{
    const QString who = m_request.title.isEmpty() ? m_hostName : m_request.title;
    QString headline;
    QString defaultPrompt;
    switch (m_request.kind) {
    case SecretKind::Password:
        setWindowTitle(tr("Password"));
        headline = tr("Log in to %1").arg(who);
        defaultPrompt = tr("Password:");
        break;
    case SecretKind::Passphrase:
        setWindowTitle(tr("Key passphrase"));
        headline = tr("Unlock the private key for %1").arg(who);
        defaultPrompt = tr("Passphrase:");
        break;
    case SecretKind::KeyboardInteractive:
        setWindowTitle(tr("Login question"));
        headline = tr("%1 asks:").arg(who);
        defaultPrompt = tr("Answer:");
        break;
    case SecretKind::SudoPassword:
        setWindowTitle(tr("sudo password"));
        headline = tr("sudo on %1 needs your password").arg(who);
        defaultPrompt = tr("Password:");
        break;
    }
    m_headline->setText(headline);
    m_prompt->setText(m_request.prompt.isEmpty() ? defaultPrompt : m_request.prompt);
    if (m_remember)
        m_remember->setText(tr("Remember until this connection closes (kept in memory only)"));
}

void SecretDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Lotsen
