#include "HostKeyDialog.h"

#include "CommandLine.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Lotsen {

namespace {

QLabel* makeValueLabel(const QString& objectName, bool monospace)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setTextFormat(Qt::PlainText);
    if (monospace)
        label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return label;
}

} // namespace

HostKeyDialog::HostKeyDialog(const HostKeyInfo& info, const QString& howToFix, QWidget* parent)
    : QDialog(parent)
    , m_info(info)
    , m_howToFix(howToFix)
{
    setObjectName(QStringLiteral("hostKeyDialog"));
    buildUi();
    retranslateUi();
}

QString HostKeyDialog::fixCommand() const
{
    // The session's advice is prose around the command; the dialog explains in its own words and
    // shows only the command, so it can be copied as it is.
    const QStringList lines = m_howToFix.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.trimmed().startsWith(QLatin1String("ssh-keygen ")))
            return line.trimmed();
    }
    const QString file = m_info.knownHostsFile.isEmpty()
                             ? QDir::home().filePath(QStringLiteral(".ssh/known_hosts"))
                             : m_info.knownHostsFile;
    return CommandLine(QStringLiteral("ssh-keygen"),
                       {QStringLiteral("-R"), m_info.host, QStringLiteral("-f"), file})
        .toDisplay();
}

void HostKeyDialog::buildUi()
{
    const bool question = isQuestion();
    auto* layout = new QVBoxLayout(this);

    auto* headlineRow = new QHBoxLayout;
    auto* icon = new QLabel;
    const auto standardIcon = question ? QStyle::SP_MessageBoxQuestion : QStyle::SP_MessageBoxCritical;
    icon->setPixmap(style()->standardIcon(standardIcon).pixmap(32, 32));
    icon->setAlignment(Qt::AlignTop);
    headlineRow->addWidget(icon);
    m_headline = new QLabel;
    m_headline->setObjectName(QStringLiteral("headlineLabel"));
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_headline->setFont(bold);
    headlineRow->addWidget(m_headline, 1);
    layout->addLayout(headlineRow);

    m_explanation = new QLabel;
    m_explanation->setObjectName(QStringLiteral("explanationLabel"));
    m_explanation->setWordWrap(true);
    layout->addWidget(m_explanation);

    auto* form = new QFormLayout;
    m_hostCaption = new QLabel;
    m_host = makeValueLabel(QStringLiteral("hostLabel"), true);
    m_host->setText(m_info.host);
    form->addRow(m_hostCaption, m_host);
    m_keyTypeCaption = new QLabel;
    m_keyType = makeValueLabel(QStringLiteral("keyTypeLabel"), false);
    form->addRow(m_keyTypeCaption, m_keyType);
    if (m_info.kind == HostKeyInfo::Changed) {
        m_oldFingerprintCaption = new QLabel;
        m_oldFingerprint = makeValueLabel(QStringLiteral("oldFingerprintLabel"), true);
        form->addRow(m_oldFingerprintCaption, m_oldFingerprint);
    }
    m_fingerprintCaption = new QLabel;
    m_fingerprint = makeValueLabel(QStringLiteral("fingerprintLabel"), true);
    m_fingerprint->setText(m_info.fingerprint);
    form->addRow(m_fingerprintCaption, m_fingerprint);
    m_knownHostsCaption = new QLabel;
    m_knownHosts = makeValueLabel(QStringLiteral("knownHostsLabel"), true);
    form->addRow(m_knownHostsCaption, m_knownHosts);
    layout->addLayout(form);

    if (!question) {
        m_fixExplanation = new QLabel;
        m_fixExplanation->setObjectName(QStringLiteral("fixExplanationLabel"));
        m_fixExplanation->setWordWrap(true);
        layout->addWidget(m_fixExplanation);
        auto* fixRow = new QHBoxLayout;
        m_fixCommand = makeValueLabel(QStringLiteral("fixCommandLabel"), true);
        m_fixCommand->setText(fixCommand());
        m_fixCommand->setFrameShape(QFrame::StyledPanel);
        m_fixCommand->setMargin(4);
        fixRow->addWidget(m_fixCommand, 1);
        m_copyFix = new QPushButton;
        m_copyFix->setObjectName(QStringLiteral("copyFixButton"));
        connect(m_copyFix, &QPushButton::clicked, this,
                [this] { QApplication::clipboard()->setText(m_fixCommand->text()); });
        fixRow->addWidget(m_copyFix);
        layout->addLayout(fixRow);
    }

    layout->addStretch();
    m_buttons = new QDialogButtonBox;
    if (question) {
        m_accept = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
        m_accept->setObjectName(QStringLiteral("acceptButton"));
        m_reject = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
        m_reject->setObjectName(QStringLiteral("rejectButton"));
        // A host key is accepted deliberately, never by pressing Enter out of habit.
        m_accept->setAutoDefault(false);
        m_reject->setDefault(true);
    } else {
        m_close = m_buttons->addButton(QDialogButtonBox::Close);
        m_close->setObjectName(QStringLiteral("closeButton"));
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);
}

void HostKeyDialog::retranslateUi()
{
    const QString keyType =
        m_info.bits > 0 ? tr("%1 (%2 bits)").arg(m_info.keyType).arg(m_info.bits) : m_info.keyType;
    m_keyType->setText(keyType);
    m_hostCaption->setText(tr("Host:"));
    m_keyTypeCaption->setText(tr("Key type:"));
    m_knownHostsCaption->setText(tr("Known hosts file:"));
    m_knownHosts->setText(m_info.knownHostsFile.isEmpty() ? tr("~/.ssh/known_hosts") : m_info.knownHostsFile);

    switch (m_info.kind) {
    case HostKeyInfo::Unknown:
        setWindowTitle(tr("Unknown host key"));
        m_headline->setText(tr("Lotsen has not connected to %1 before").arg(m_info.host));
        m_explanation->setText(
            tr("Lotsen cannot tell whether it is talking to the real host or to someone in between. Compare "
               "the fingerprint below with the host's own before you accept: on the host's console, run "
               "ssh-keygen -lf on its public host key (e.g. /etc/ssh/ssh_host_%1_key.pub). Accepting records "
               "the key in the known hosts file; later connections check against it.")
                .arg(m_info.keyType.toLower()));
        m_fingerprintCaption->setText(tr("Fingerprint:"));
        m_accept->setText(tr("&Accept and remember"));
        m_reject->setText(tr("&Reject"));
        break;
    case HostKeyInfo::Changed:
        setWindowTitle(tr("Host key changed"));
        m_headline->setText(tr("The host key of %1 has changed: connection refused").arg(m_info.host));
        m_explanation->setText(tr(
            "The host offered a different key from the one recorded in the known hosts file. Either the host "
            "was reinstalled or its keys were regenerated, or someone is intercepting the connection. "
            "Lotsen will not connect until the recorded key is removed."));
        m_oldFingerprintCaption->setText(tr("Recorded fingerprint:"));
        m_oldFingerprint->setText(m_info.oldFingerprint.isEmpty() ? tr("(could not be read)")
                                                                  : m_info.oldFingerprint);
        m_fingerprintCaption->setText(tr("Offered fingerprint:"));
        break;
    case HostKeyInfo::OtherType:
        setWindowTitle(tr("Unexpected host key type"));
        m_headline->setText(
            tr("%1 offered a different type of host key: connection refused").arg(m_info.host));
        m_explanation->setText(
            tr("The known hosts file records a %1 key for this host, but the host offered a %2 key. This can "
               "follow a server upgrade, but it can also mean someone is intercepting the connection.")
                .arg(m_info.oldKeyType.isEmpty() ? tr("different") : m_info.oldKeyType, m_info.keyType));
        m_fingerprintCaption->setText(tr("Offered fingerprint:"));
        break;
    }
    if (m_fixExplanation) {
        m_fixExplanation->setText(tr("If the host's administrator confirms that the key changed, remove the "
                                     "recorded key with this command and connect again:"));
        m_copyFix->setText(tr("&Copy"));
    }
}

void HostKeyDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Lotsen
