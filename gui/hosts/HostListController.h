#pragma once

#include "Host.h"
#include "HostStore.h"
#include "ImportDialog.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace Lotsen {

class HostTreeModel;
class SessionManager;

// The user's edits to the host list: add, edit, remove and import, each through its dialog
// (opened non-blocking), written to the HostStore file and mirrored into the host tree model.
// A host whose connection settings change loses its open connection.
class HostListController : public QObject
{
    Q_OBJECT
public:
    HostListController(const QString& storePath, HostTreeModel* model, SessionManager* sessions,
                       QWidget* dialogParent, QObject* parent = nullptr);

    // Reads the host file into the model. On failure the file is left alone and saving is refused
    // until the program restarts, so a file Lotsen cannot read is never overwritten.
    Result<void> load();
    const HostStore& store() const { return m_store; }

    void addHost(const QString& group = {});
    void editHost(const QString& name);
    void removeHosts(const QStringList& names);
    void importHosts(ImportDialog::Source source);
    // Adds the hosts, replacing those of the same name (an import, the demo hosts).
    void mergeHosts(const QList<Host>& hosts);

Q_SIGNALS:
    void message(const QString& text);
    void hostAdded(const QString& name);
    void hostsChanged();

private:
    // Writes the file; a failure is shown, and the change stays in memory for this run.
    void save();
    QStringList storeNames() const;
    void showError(const QString& title, const QString& text);
    void applyEdit(const QString& oldName, const Host& host);
    static bool connectionSettingsDiffer(const Host& a, const Host& b);

    HostStore m_store;
    QString m_loadError;
    HostTreeModel* m_model;
    SessionManager* m_sessions;
    QPointer<QWidget> m_dialogParent;
};

} // namespace Lotsen
