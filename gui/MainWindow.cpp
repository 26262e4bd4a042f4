#include "MainWindow.h"

#include "HostStore.h"
#include "Icons.h"
#include "Translations.h"
#include "demo/DemoHosts.h"
#include "facts/FactsStore.h"
#include "facts/RefreshIntervalMenu.h"
#include "hosts/HostListController.h"
#include "hosts/HostTreeModel.h"
#include "hosts/HostTreeView.h"
#include "log/LogPane.h"
#include "panes/DetailTabs.h"
#include "run/RunCommandWidget.h"
#include "sessions/SessionManager.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <pwd.h>
#include <unistd.h>

namespace Lotsen {

MainWindow::MainWindow(const QString& configDir, QWidget* parent)
    : QMainWindow(parent)
    , m_configDir(resolveConfigDir(configDir))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::get(QStringLiteral("lotsen")));
    m_model = new HostTreeModel(this);
    m_tree = new HostTreeView(m_model);
    m_log = new LogPane;
    m_sessions = new SessionManager(m_model, m_log, this, this);
    m_hostList = new HostListController(QDir(m_configDir).filePath(QStringLiteral("hosts.json")), m_model,
                                        m_sessions, this, this);
    m_run = new RunCommandWidget(m_sessions);
    m_facts = new FactsStore(m_sessions, this);
    m_tabs = new DetailTabs(m_facts);
    m_tabs->addExtraTab(m_run);

    createCentralArea();
    m_hostCount = new QLabel;
    m_hostCount->setObjectName(QStringLiteral("hostCountLabel"));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(m_hostCount);
    createActions();
    createMenus();
    connectParts();

    if (Result<void> loaded = m_hostList->load(); !loaded) {
        m_log->appendEvent(QString(), loaded.error(), true);
        showStatusMessage([] { return tr("Could not read the host list"); });
    }
    onHostsChanged();
    restoreSettings();
    retranslateUi();
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Close the connections while the widgets that listen to them still exist.
    delete m_sessions;
}

QWidget* MainWindow::createEmptyHostsPage()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("hostsEmptyPage"));
    auto* layout = new QVBoxLayout(page);
    layout->addStretch();
    m_emptyHint = new QLabel;
    m_emptyHint->setObjectName(QStringLiteral("hostsEmptyLabel"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setMargin(16);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_emptyHint);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    m_emptyAdd = new QPushButton(Icons::get(QStringLiteral("host-add")), QString());
    m_emptyAdd->setObjectName(QStringLiteral("emptyAddHostButton"));
    buttons->addWidget(m_emptyAdd);
    m_emptyImport = new QPushButton(Icons::get(QStringLiteral("import")), QString());
    m_emptyImport->setObjectName(QStringLiteral("emptyImportButton"));
    buttons->addWidget(m_emptyImport);
    buttons->addStretch();
    layout->addLayout(buttons);

    // Run as root on a machine with the test bed's tools: offer the demo hosts. Otherwise say what
    // is missing; run as a normal user (as scripts/run.sh starts Lotsen), the exact command to get them.
    m_demoNote = new QLabel;
    m_demoNote->setObjectName(QStringLiteral("demoNoteLabel"));
    m_demoNote->setWordWrap(true);
    m_demoNote->setAlignment(Qt::AlignCenter);
    m_demoNote->setMargin(16);
    layout->addWidget(m_demoNote);
    m_demoCommand = new QLabel(DemoHosts::commandAsRoot());
    m_demoCommand->setObjectName(QStringLiteral("demoCommandLabel"));
    m_demoCommand->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_demoCommand->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_demoCommand->setWordWrap(true);
    m_demoCommand->setAlignment(Qt::AlignCenter);
    m_demoCommand->setVisible(!m_demoCommand->text().isEmpty());
    layout->addWidget(m_demoCommand);
    auto* demoRow = new QHBoxLayout;
    demoRow->addStretch();
    m_emptyDemo = new QPushButton(Icons::get(QStringLiteral("connect")), QString());
    m_emptyDemo->setObjectName(QStringLiteral("startDemoButton"));
    demoRow->addWidget(m_emptyDemo);
    demoRow->addStretch();
    layout->addLayout(demoRow);
    m_emptyDemo->setVisible(DemoHosts::available());
    layout->addStretch();
    return page;
}

void MainWindow::createCentralArea()
{
    m_hostsStack = new QStackedWidget;
    m_hostsStack->setObjectName(QStringLiteral("hostsStack"));
    m_hostsStack->addWidget(m_tree);
    m_emptyPage = createEmptyHostsPage();
    m_hostsStack->addWidget(m_emptyPage);

    m_rightSplitter = new QSplitter(Qt::Vertical);
    m_rightSplitter->setObjectName(QStringLiteral("rightSplitter"));
    m_rightSplitter->addWidget(m_tabs);
    m_rightSplitter->addWidget(m_log);
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 2);
    m_mainSplitter = new QSplitter(Qt::Horizontal);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_hostsStack);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({510, 790});
    m_mainSplitter->setContentsMargins(6, 6, 6, 0);
    setCentralWidget(m_mainSplitter);
}

void MainWindow::connectParts()
{
    connect(m_emptyAdd, &QPushButton::clicked, m_add, &QAction::trigger);
    connect(m_emptyImport, &QPushButton::clicked, m_importSshConfig, &QAction::trigger);
    connect(m_emptyDemo, &QPushButton::clicked, m_startDemo, &QAction::trigger);
    connect(m_tree, &HostTreeView::selectedHostsChanged, this, [this](const QStringList& hosts) {
        m_run->setTargets(hosts);
        m_tabs->setSelectedHosts(hosts);
        updateActions();
    });
    connect(m_tree, &HostTreeView::hostActivated, this,
            [this](const QString& host) { m_sessions->connectHosts({host}); });
    connect(m_hostList, &HostListController::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_hostList, &HostListController::hostAdded, m_tree, &HostTreeView::selectHost);
    connect(m_hostList, &HostListController::hostsChanged, this, &MainWindow::onHostsChanged);
    connect(m_sessions, &SessionManager::stateChanged, this, &MainWindow::updateStatus);
}

void MainWindow::onHostsChanged()
{
    m_hostsStack->setCurrentWidget(m_model->hostCount() > 0 ? static_cast<QWidget*>(m_tree) : m_emptyPage);
    QStringList names;
    for (const Host& host : m_model->hosts())
        names.append(host.name);
    m_log->setHostNames(names);
    updateStatus();
    updateActions();
}

QString MainWindow::userName()
{
    if (const passwd* entry = ::getpwuid(::geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return QString::number(::geteuid());
}

QString MainWindow::resolveConfigDir(const QString& configDir)
{
    if (!configDir.isEmpty())
        return configDir;
    const QString fromEnvironment = qEnvironmentVariable("LOTSEN_CONFIG_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QFileInfo(HostStore::defaultPath()).absolutePath();
}

QAction* MainWindow::makeAction(const char* objectName, const QString& icon)
{
    auto* action = new QAction(this);
    action->setObjectName(QString::fromLatin1(objectName));
    if (!icon.isEmpty())
        action->setIcon(Icons::get(icon));
    return action;
}

void MainWindow::createActions()
{
    m_connect = makeAction("actionConnect", QStringLiteral("connect"));
    m_connect->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_connect, &QAction::triggered, this,
            [this] { m_sessions->connectHosts(m_tree->selectedHostNames()); });
    m_disconnect = makeAction("actionDisconnect", QStringLiteral("disconnect"));
    m_disconnect->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(m_disconnect, &QAction::triggered, this,
            [this] { m_sessions->disconnectHosts(m_tree->selectedHostNames()); });
    m_refresh = makeAction("actionRefresh", QStringLiteral("refresh"));
    if (m_refresh->icon().isNull())
        m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QAction::triggered, this, [this] { m_facts->refresh(m_tree->selectedHostNames()); });
    m_startDemo = makeAction("actionStartDemo");
    m_startDemo->setEnabled(DemoHosts::available());
    connect(m_startDemo, &QAction::triggered, this, &MainWindow::startDemoHosts);
    m_add = makeAction("actionAddHost", QStringLiteral("host-add"));
    m_add->setShortcut(QKeySequence::New);
    connect(m_add, &QAction::triggered, this, [this] {
        // Adding while a group is selected puts the new host in that group.
        const QModelIndex current = m_tree->currentIndex();
        m_hostList->addHost(m_tree->selectionModel()->isSelected(current)
                                ? m_model->data(current, HostTreeModel::GroupNameRole).toString()
                                : QString());
    });
    m_edit = makeAction("actionEditHost", QStringLiteral("host-edit"));
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_edit, &QAction::triggered, this, [this] {
        const QStringList hosts = m_tree->selectedHostRows();
        if (hosts.size() == 1)
            m_hostList->editHost(hosts.first());
    });
    m_remove = makeAction("actionRemoveHost", QStringLiteral("host-remove"));
    m_remove->setShortcut(QKeySequence::Delete);
    connect(m_remove, &QAction::triggered, this,
            [this] { m_hostList->removeHosts(m_tree->selectedHostNames()); });
    m_importSshConfig = makeAction("actionImportSshConfig");
    connect(m_importSshConfig, &QAction::triggered, this,
            [this] { m_hostList->importHosts(ImportDialog::Source::SshConfig); });
    m_importAnsible = makeAction("actionImportAnsible");
    connect(m_importAnsible, &QAction::triggered, this,
            [this] { m_hostList->importHosts(ImportDialog::Source::AnsibleInventory); });
    m_quit = makeAction("actionQuit");
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_languages = new QActionGroup(this);
    m_languages->setExclusive(true);
    // Language names are written in their own language, so they are deliberately not translated.
    m_swedish = makeAction("actionLanguageSv");
    m_swedish->setText(QStringLiteral("Svenska"));
    m_english = makeAction("actionLanguageEn");
    m_english->setText(QStringLiteral("English"));
    for (QAction* action : {m_swedish, m_english}) {
        action->setCheckable(true);
        m_languages->addAction(action);
    }
    connect(m_swedish, &QAction::triggered, this, [this] { switchLanguage(QStringLiteral("sv")); });
    connect(m_english, &QAction::triggered, this, [this] { switchLanguage(QStringLiteral("en")); });

    m_tree->addActions({m_connect, m_disconnect, m_refresh});
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_tree->addActions({separator, m_add, m_edit, m_remove});
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_importMenu = m_fileMenu->addMenu(Icons::get(QStringLiteral("import")), QString());
    m_importMenu->setObjectName(QStringLiteral("importMenu"));
    m_importMenu->addAction(m_importSshConfig);
    m_importMenu->addAction(m_importAnsible);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_hostsMenu = menuBar()->addMenu(QString());
    m_hostsMenu->setObjectName(QStringLiteral("hostsMenu"));
    m_hostsMenu->addActions({m_connect, m_disconnect, m_refresh});
    m_hostsMenu->addSeparator();
    m_hostsMenu->addActions({m_add, m_edit, m_remove});
    m_hostsMenu->addSeparator();
    m_hostsMenu->addAction(m_startDemo);

    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsMenu->setObjectName(QStringLiteral("settingsMenu"));
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions({m_swedish, m_english});
    m_intervalMenu = new RefreshIntervalMenu(m_facts, settingsPath(), m_settingsMenu);
    m_settingsMenu->addMenu(m_intervalMenu);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(24, 24));
    m_toolBar->addActions({m_connect, m_disconnect, m_refresh});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_add, m_edit, m_remove});
    m_toolBar->addSeparator();
    m_importToolButton = m_importMenu->menuAction();
    m_toolBar->addAction(m_importToolButton);
    if (auto* button = qobject_cast<QToolButton*>(m_toolBar->widgetForAction(m_importToolButton))) {
        button->setObjectName(QStringLiteral("importToolButton"));
        button->setPopupMode(QToolButton::InstantPopup);
    }
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Lotsen — Docker hosts over SSH"));
    m_fileMenu->setTitle(tr("&File"));
    m_importMenu->setTitle(tr("&Import"));
    m_hostsMenu->setTitle(tr("&Hosts"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));

    m_connect->setText(tr("&Connect"));
    m_connect->setToolTip(tr("Connect to the selected hosts (a group means all of its hosts)"));
    m_disconnect->setText(tr("&Disconnect"));
    m_disconnect->setToolTip(tr("Close the connections to the selected hosts"));
    m_refresh->setText(tr("Re&fresh"));
    m_refresh->setToolTip(tr("Read the disks, kernels and Docker of the selected hosts again (all at once)"));
    m_tabs->setTabText(m_tabs->indexOf(m_run), tr("Run"));
    m_add->setText(tr("&Add host…"));
    m_add->setToolTip(tr("Add a host to the list"));
    m_edit->setText(tr("&Edit host…"));
    m_edit->setToolTip(tr("Change the selected host's address, user, port or key"));
    m_remove->setText(tr("&Remove host"));
    m_remove->setToolTip(tr("Remove the selected hosts from the list (nothing changes on the hosts)"));
    m_importSshConfig->setText(tr("From &SSH config…"));
    m_importSshConfig->setToolTip(tr("Import the hosts defined in ~/.ssh/config"));
    m_importAnsible->setText(tr("From &Ansible inventory…"));
    m_importAnsible->setToolTip(tr("Import the hosts of an Ansible INI inventory file"));
    m_quit->setText(tr("&Quit"));
    m_emptyHint->setText(tr("No hosts yet.\n\nAdd one, or import your hosts from ~/.ssh/config or an Ansible "
                            "inventory (File ▸ Import)."));
    m_emptyAdd->setText(tr("Add host…"));
    m_emptyImport->setText(tr("Import from SSH config…"));
    QString whyNot;
    if (DemoHosts::available(&whyNot))
        m_demoNote->setText(
            tr("Or try Lotsen on demo hosts: three hosts on this machine, each with its own sshd, "
               "Docker engine and disk on a loopback address — a CentOS 6.7 stand-in on btrfs and "
               "Debian 12 on overlay2 and on vfs. They stop when Lotsen quits."));
    else if (!DemoHosts::runningAsRoot())
        m_demoNote->setText(
            tr("Or try Lotsen on demo hosts: three hosts on this machine, each with its own sshd, Docker "
               "engine and disk on a loopback address. They need root, and Lotsen runs as %1. To get "
               "them, quit Lotsen and start it as root:")
                .arg(userName()));
    else
        m_demoNote->setText(tr("Demo hosts cannot run here: %1").arg(whyNot));
    m_emptyDemo->setText(m_demoStarting ? tr("Starting the demo hosts…") : tr("Start demo hosts"));
    m_startDemo->setText(tr("Start &demo hosts"));
    m_startDemo->setToolTip(DemoHosts::available()
                                ? tr("Start three demo hosts on this machine (sshd and Docker on loopback "
                                     "addresses) and add them to the list")
                                : whyNot);
    m_model->retranslate();
    m_facts->retranslate();
    updateStatus();
    retranslateStatusMessage();
}

void MainWindow::startDemoHosts()
{
    if (m_demoStarting)
        return;
    if (!m_demo) {
        m_demo = new DemoHosts(this);
        connect(m_demo, &DemoHosts::started, this, [this](const QList<Host>& hosts) {
            setDemoStarting(false);
            m_hostList->mergeHosts(hosts);
            QStringList names;
            for (const Host& host : hosts)
                names.append(host.name);
            const QString list = names.join(QStringLiteral(", "));
            m_log->appendEvent(QString(), tr("Demo hosts started: %1").arg(list), false);
            showStatusMessage([list] { return tr("Demo hosts started: %1").arg(list); }, 8000);
            m_sessions->connectHosts(names);
        });
        connect(m_demo, &DemoHosts::failed, this, [this](const QString& error) {
            setDemoStarting(false);
            m_log->appendEvent(QString(), error, true);
            QMessageBox* box =
                new QMessageBox(QMessageBox::Warning, tr("Demo hosts"), error, QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
    }
    setDemoStarting(true);
    m_demo->start();
}

void MainWindow::setDemoStarting(bool starting)
{
    m_demoStarting = starting;
    m_startDemo->setEnabled(!starting && DemoHosts::available());
    m_emptyDemo->setEnabled(!starting);
    m_emptyDemo->setText(starting ? tr("Starting the demo hosts…") : tr("Start demo hosts"));
    if (starting)
        showStatusMessage([] { return tr("Starting the demo hosts (about ten seconds)…"); });
    else
        statusBar()->clearMessage();
}

void MainWindow::switchLanguage(const QString& language)
{
    // Translations::load installs the new translators; Qt then sends every widget a LanguageChange
    // event, and each one re-reads its own texts (changeEvent → retranslateUi).
    if (!Translations::load(language) && language != QLatin1String("en"))
        showStatusMessage(
            [language] { return tr("No translation for “%1” is installed; showing English.").arg(language); },
            8000);
    const bool swedish = Translations::current() == QLatin1String("sv");
    m_swedish->setChecked(swedish);
    m_english->setChecked(!swedish);
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.setValue(QStringLiteral("language"), language);
}

void MainWindow::showStatusMessage(std::function<QString()> text, int timeoutMs)
{
    m_statusText = std::move(text);
    m_statusShown = m_statusText();
    m_statusDeadline = timeoutMs > 0 ? QDeadlineTimer(timeoutMs) : QDeadlineTimer(QDeadlineTimer::Forever);
    statusBar()->showMessage(m_statusShown, timeoutMs);
}

void MainWindow::retranslateStatusMessage()
{
    // Only while our message is still the one shown: it may have timed out or been replaced.
    if (!m_statusText || m_statusShown.isEmpty() || statusBar()->currentMessage() != m_statusShown)
        return;
    const qint64 left =
        m_statusDeadline.isForever() ? 0 : std::max<qint64>(1, m_statusDeadline.remainingTime());
    m_statusShown = m_statusText();
    statusBar()->showMessage(m_statusShown, static_cast<int>(left));
}

void MainWindow::updateActions()
{
    const QStringList selected = m_tree->selectedHostNames();
    m_connect->setEnabled(!selected.isEmpty());
    m_disconnect->setEnabled(!selected.isEmpty());
    m_refresh->setEnabled(!selected.isEmpty());
    m_edit->setEnabled(m_tree->selectedHostRows().size() == 1);
    m_remove->setEnabled(!selected.isEmpty());
}

void MainWindow::updateStatus()
{
    m_hostCount->setText(tr("%n host(s)", nullptr, m_model->hostCount()) + QStringLiteral(" · ") +
                         tr("%n connected", nullptr, m_model->connectedCount()));
}

QString MainWindow::settingsPath() const
{
    return QDir(m_configDir).filePath(QStringLiteral("lotsen.ini"));
}

void MainWindow::restoreSettings()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    m_mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_rightSplitter->restoreState(settings.value(QStringLiteral("window/rightSplitter")).toByteArray());
    const QString language = settings.value(QStringLiteral("language")).toString();
    if (!language.isEmpty() && language != Translations::current())
        Translations::load(language);
    const bool swedish = Translations::current() == QLatin1String("sv");
    m_swedish->setChecked(swedish);
    m_english->setChecked(!swedish);
}

void MainWindow::saveSettings() const
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/rightSplitter"), m_rightSplitter->saveState());
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace Lotsen
