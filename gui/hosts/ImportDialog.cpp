#include "ImportDialog.h"

#include "AnsibleInventoryImport.h"
#include "SshConfigImport.h"
#include "Validation.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Lotsen {

namespace {

enum PreviewColumn
{
    NameCol,
    AddressCol,
    UserCol,
    PortCol,
    GroupCol,
    TagsCol,
    NoteCol,
    ColCount
};
constexpr int HostIndexRole = Qt::UserRole + 1;

} // namespace

ImportDialog::ImportDialog(Source source, const QStringList& existingNames, QWidget* parent)
    : QDialog(parent)
    , m_source(source)
    , m_existingNames(existingNames)
{
    setObjectName(QStringLiteral("importDialog"));
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto* grid = new QGridLayout;
    m_fileLabel = new QLabel;
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("importPathEdit"));
    m_fileLabel->setBuddy(m_path);
    m_browse = new QPushButton;
    m_browse->setObjectName(QStringLiteral("importBrowseButton"));
    grid->addWidget(m_fileLabel, 0, 0);
    grid->addWidget(m_path, 0, 1);
    grid->addWidget(m_browse, 0, 2);
    m_groupLabel = new QLabel;
    m_group = new QLineEdit;
    m_group->setObjectName(QStringLiteral("importGroupEdit"));
    m_groupLabel->setBuddy(m_group);
    grid->addWidget(m_groupLabel, 1, 0);
    grid->addWidget(m_group, 1, 1, 1, 2);
    layout->addLayout(grid);

    m_preview = new QTreeWidget;
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setColumnCount(ColCount);
    m_preview->setRootIsDecorated(false);
    m_preview->setUniformRowHeights(true);
    m_preview->setAlternatingRowColors(true);
    m_preview->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->header()->setStretchLastSection(true);
    layout->addWidget(m_preview, 1);

    auto* selectRow = new QHBoxLayout;
    m_selectAll = new QPushButton;
    m_selectAll->setObjectName(QStringLiteral("importSelectAllButton"));
    m_selectNone = new QPushButton;
    m_selectNone->setObjectName(QStringLiteral("importSelectNoneButton"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    selectRow->addWidget(m_selectAll);
    selectRow->addWidget(m_selectNone);
    selectRow->addStretch();
    selectRow->addWidget(m_summary);
    layout->addLayout(selectRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_import = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(m_buttons);
    // Enter in the file field loads the file; it must not also import what just appeared.
    m_path->installEventFilter(this);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_path->text() != m_loadedPath)
            loadFile(m_path->text());
    });
    connect(m_group, &QLineEdit::textChanged, this, [this] { fillPreview(true); });
    connect(m_selectAll, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(m_selectNone, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    connect(m_preview, &QTreeWidget::itemChanged, this, &ImportDialog::updateSummary);
    resize(760, 480);
    retranslateUi();

    if (source == Source::SshConfig) {
        const QString userConfig = QDir::home().filePath(QStringLiteral(".ssh/config"));
        if (QFileInfo::exists(userConfig))
            loadFile(userConfig);
    } else if (QFileInfo::exists(QStringLiteral("/etc/ansible/hosts"))) {
        loadFile(QStringLiteral("/etc/ansible/hosts"));
    }
    updateSummary();
}

bool ImportDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_path && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            loadFile(m_path->text());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ImportDialog::loadFile(const QString& path)
{
    m_path->setText(path);
    m_loadedPath = path;
    m_hosts.clear();
    m_readError.clear();
    QFile file(path);
    // Both formats are small text files; reading one on the GUI thread is instant.
    if (path.isEmpty()) {
        // nothing chosen yet
    } else if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        m_readError = tr("Cannot read %1: %2").arg(path, file.errorString());
    } else if (m_source == Source::SshConfig) {
        m_hosts = SshConfigImport::parse(QString::fromUtf8(file.readAll()), QFileInfo(path).absolutePath());
    } else {
        m_hosts = AnsibleInventoryImport::parse(QString::fromUtf8(file.readAll()));
    }
    fillPreview(false);
}

QString ImportDialog::path() const
{
    return m_path->text();
}

QString ImportDialog::defaultGroup() const
{
    return m_group->text().trimmed();
}

QList<Host> ImportDialog::selectedHosts() const
{
    QList<Host> selected;
    for (int row = 0; row < m_preview->topLevelItemCount(); ++row) {
        const QTreeWidgetItem* item = m_preview->topLevelItem(row);
        if (item->checkState(NameCol) != Qt::Checked || !(item->flags() & Qt::ItemIsUserCheckable))
            continue;
        Host host = m_hosts.value(item->data(NameCol, HostIndexRole).toInt());
        if (host.group.isEmpty())
            host.group = defaultGroup();
        selected.append(host);
    }
    return selected;
}

int ImportDialog::previewCount() const
{
    return m_preview->topLevelItemCount();
}

QString ImportDialog::noteFor(const Host& host, bool* importable, bool* exists) const
{
    Host withGroup = host;
    if (withGroup.group.isEmpty())
        withGroup.group = defaultGroup();
    *exists = m_existingNames.contains(host.name);
    if (auto checked = Validation::validateHost(withGroup); !checked) {
        *importable = false;
        return checked.error();
    }
    *importable = true;
    return *exists ? tr("already configured; check to replace it") : QString();
}

void ImportDialog::fillPreview(bool keepChecks)
{
    const QSignalBlocker blocker(m_preview);
    QHash<int, Qt::CheckState> previous;
    for (int row = 0; keepChecks && row < m_preview->topLevelItemCount(); ++row) {
        const QTreeWidgetItem* item = m_preview->topLevelItem(row);
        if (item->flags() & Qt::ItemIsUserCheckable)
            previous.insert(item->data(NameCol, HostIndexRole).toInt(), item->checkState(NameCol));
    }
    m_preview->clear();
    for (qsizetype i = 0; i < m_hosts.size(); ++i) {
        const Host& host = m_hosts[i];
        bool importable = false;
        bool exists = false;
        const QString note = noteFor(host, &importable, &exists);
        auto* item = new QTreeWidgetItem(m_preview);
        item->setText(NameCol, host.name);
        item->setText(AddressCol, host.address);
        item->setText(UserCol, host.user);
        item->setText(PortCol, host.port > 0 ? QString::number(host.port) : QString());
        item->setText(GroupCol, host.group.isEmpty() ? defaultGroup() : host.group);
        item->setText(TagsCol, host.tags.join(QStringLiteral(", ")));
        item->setText(NoteCol, note);
        item->setToolTip(NoteCol, note);
        item->setData(NameCol, HostIndexRole, static_cast<int>(i));
        if (importable) {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(NameCol,
                                previous.value(static_cast<int>(i), exists ? Qt::Unchecked : Qt::Checked));
        } else {
            item->setFlags(Qt::ItemIsSelectable);
            item->setForeground(NoteCol, QColor(0xb0, 0x20, 0x20));
        }
    }
    updateSummary();
}

void ImportDialog::setAllChecked(bool checked)
{
    for (int row = 0; row < m_preview->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_preview->topLevelItem(row);
        if (item->flags() & Qt::ItemIsUserCheckable)
            item->setCheckState(NameCol, checked ? Qt::Checked : Qt::Unchecked);
    }
}

void ImportDialog::updateSummary()
{
    const auto selected = selectedHosts().size();
    if (!m_readError.isEmpty())
        m_summary->setText(m_readError);
    else if (m_path->text().isEmpty())
        m_summary->setText(tr("Choose a file to import from."));
    else if (m_hosts.isEmpty())
        m_summary->setText(tr("The file defines no hosts."));
    else
        m_summary->setText(
            tr("%1 of %n host(s) selected", nullptr, static_cast<int>(m_hosts.size())).arg(selected));
    m_import->setEnabled(selected > 0);
}

void ImportDialog::browse()
{
    auto* dialog =
        new QFileDialog(this, m_source == Source::SshConfig ? tr("Choose an SSH client configuration")
                                                            : tr("Choose an Ansible inventory (INI)"));
    dialog->setObjectName(QStringLiteral("importFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setFilter(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    const QFileInfo current(m_path->text());
    dialog->setDirectory(current.exists() ? current.absolutePath() : QDir::homePath());
    connect(dialog, &QFileDialog::fileSelected, this, &ImportDialog::loadFile);
    dialog->open();
}

void ImportDialog::retranslateUi()
{
    if (m_source == Source::SshConfig) {
        setWindowTitle(tr("Import hosts from SSH config"));
        m_intro->setText(
            tr("Every concrete Host alias becomes a host with the HostName, User, Port, IdentityFile "
               "and ProxyJump that ssh would use. Wildcard patterns and Match blocks are skipped."));
    } else {
        setWindowTitle(tr("Import hosts from an Ansible inventory"));
        m_intro->setText(
            tr("Hosts come with ansible_host, ansible_user, ansible_port and the private key file. "
               "A host's first group becomes its group; its other groups become tags. Only the INI "
               "format is understood."));
    }
    m_fileLabel->setText(tr("&File:"));
    m_browse->setText(tr("&Browse…"));
    m_groupLabel->setText(tr("G&roup for hosts without one:"));
    m_group->setPlaceholderText(tr("none"));
    m_preview->setHeaderLabels(
        {tr("Host"), tr("Address"), tr("User"), tr("Port"), tr("Group"), tr("Tags"), tr("Note")});
    m_selectAll->setText(tr("Select &all"));
    m_selectNone->setText(tr("Select &none"));
    m_import->setText(tr("&Import"));
    fillPreview(true);
}

void ImportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Lotsen
