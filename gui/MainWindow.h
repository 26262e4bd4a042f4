#pragma once

#include <QDeadlineTimer>
#include <QMainWindow>

#include <functional>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QToolBar;

namespace Lotsen {

class DemoHosts;
class DetailTabs;
class FactsStore;
class HostListController;
class HostTreeModel;
class HostTreeView;
class LogPane;
class RefreshIntervalMenu;
class RunCommandWidget;
class SessionManager;

// The application window, a thin shell: host tree on the left; on the right the detail tabs (the
// facts panes and the run box) above the session log; menus, toolbar and status bar wiring the
// actions to the parts that do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // configDir: where hosts.json and lotsen.ini live. Empty = $LOTSEN_CONFIG_DIR, else the
    // user's config directory (~/.config/lotsen).
    explicit MainWindow(const QString& configDir = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    static QString resolveConfigDir(const QString& configDir);
    const QString& configDir() const { return m_configDir; }

    HostTreeModel* hostModel() const { return m_model; }
    HostTreeView* hostTree() const { return m_tree; }
    HostListController* hostList() const { return m_hostList; }
    SessionManager* sessions() const { return m_sessions; }
    RunCommandWidget* runWidget() const { return m_run; }
    LogPane* logPane() const { return m_log; }
    FactsStore* factsStore() const { return m_facts; }
    DetailTabs* detailTabs() const { return m_tabs; }

    void switchLanguage(const QString& language); // "sv", "en"

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void startDemoHosts();
    void setDemoStarting(bool starting);
    void createCentralArea();
    QWidget* createEmptyHostsPage();
    void createActions();
    void connectParts();
    void onHostsChanged();
    void createMenus();
    void retranslateUi();
    void updateActions();
    void updateStatus();
    void restoreSettings();
    void saveSettings() const;
    QString settingsPath() const;
    QAction* makeAction(const char* objectName, const QString& icon = {});
    static QString userName(); // of the user Lotsen runs as
    // A status-bar message that follows a language switch while it is shown: text() is asked again.
    void showStatusMessage(std::function<QString()> text, int timeoutMs = 0);
    void retranslateStatusMessage();

    QString m_configDir;
    HostTreeModel* m_model = nullptr;
    HostTreeView* m_tree = nullptr;
    LogPane* m_log = nullptr;
    SessionManager* m_sessions = nullptr;
    HostListController* m_hostList = nullptr;
    RunCommandWidget* m_run = nullptr;
    FactsStore* m_facts = nullptr;
    DetailTabs* m_tabs = nullptr;
    RefreshIntervalMenu* m_intervalMenu = nullptr;
    QSplitter* m_mainSplitter = nullptr;
    QSplitter* m_rightSplitter = nullptr;
    QLabel* m_hostCount = nullptr;
    QStackedWidget* m_hostsStack = nullptr;
    QWidget* m_emptyPage = nullptr;
    QLabel* m_emptyHint = nullptr;
    QPushButton* m_emptyAdd = nullptr;
    QPushButton* m_emptyImport = nullptr;
    QLabel* m_demoNote = nullptr;
    QLabel* m_demoCommand = nullptr;
    QPushButton* m_emptyDemo = nullptr;
    DemoHosts* m_demo = nullptr;
    bool m_demoStarting = false;
    std::function<QString()> m_statusText;
    QString m_statusShown;
    QDeadlineTimer m_statusDeadline;
    QToolBar* m_toolBar = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_importMenu = nullptr;
    QMenu* m_hostsMenu = nullptr;
    QMenu* m_settingsMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QAction* m_connect = nullptr;
    QAction* m_disconnect = nullptr;
    QAction* m_refresh = nullptr;
    QAction* m_startDemo = nullptr;
    QAction* m_add = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_remove = nullptr;
    QAction* m_importSshConfig = nullptr;
    QAction* m_importAnsible = nullptr;
    QAction* m_importToolButton = nullptr;
    QAction* m_quit = nullptr;
    QActionGroup* m_languages = nullptr;
    QAction* m_swedish = nullptr;
    QAction* m_english = nullptr;
};

} // namespace Lotsen
