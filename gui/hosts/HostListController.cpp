#include "HostListController.h"

#include "HostEditDialog.h"
#include "HostTreeModel.h"
#include "sessions/SessionManager.h"

#include <QMessageBox>
#include <QPushButton>

namespace Lotsen {

HostListController::HostListController(const QString& storePath, HostTreeModel* model,
                                       SessionManager* sessions, QWidget* dialogParent, QObject* parent)
    : QObject(parent)
    , m_store(storePath)
    , m_model(model)
    , m_sessions(sessions)
    , m_dialogParent(dialogParent)
{}

Result<void> HostListController::load()
{
    Result<void> loaded = m_store.load();
    if (!loaded) {
        m_loadError = loaded.error();
        return loaded;
    }
    m_model->setHosts(m_store.hosts());
    Q_EMIT hostsChanged();
    return loaded;
}

void HostListController::addHost(const QString& group)
{
    Host draft;
    draft.group = group;
    auto* dialog = new HostEditDialog(draft, storeNames(), m_model->groupNames(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applyEdit({}, dialog->host()); });
    dialog->open();
}

void HostListController::editHost(const QString& name)
{
    const std::optional<Host> host = m_store.find(name);
    if (!host)
        return;
    auto* dialog = new HostEditDialog(*host, storeNames(), m_model->groupNames(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, name] { applyEdit(name, dialog->host()); });
    dialog->open();
}

void HostListController::applyEdit(const QString& oldName, const Host& host)
{
    const std::optional<Host> before = oldName.isEmpty() ? std::nullopt : m_store.find(oldName);
    Result<void> changed = oldName.isEmpty() ? m_store.add(host) : m_store.update(oldName, host);
    if (!changed) {
        showError(oldName.isEmpty() ? tr("Cannot add host") : tr("Cannot change host"), changed.error());
        return;
    }
    save();
    if (before && connectionSettingsDiffer(*before, host))
        m_sessions->forgetHost(oldName);
    if (oldName.isEmpty())
        m_model->addHost(host);
    else
        m_model->updateHost(oldName, host);
    Q_EMIT message(oldName.isEmpty() ? tr("Added %1").arg(host.name) : tr("Saved %1").arg(host.name));
    Q_EMIT hostsChanged();
    Q_EMIT hostAdded(host.name);
}

void HostListController::removeHosts(const QStringList& names)
{
    if (names.isEmpty())
        return;
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Remove hosts"),
                        tr("Remove %n host(s) from Lotsen's list?", nullptr, static_cast<int>(names.size())),
                        QMessageBox::Cancel, m_dialogParent);
    box->setObjectName(QStringLiteral("removeConfirmBox"));
    box->setInformativeText(tr("%1\n\nOpen connections to them are closed. Nothing changes on the hosts "
                               "themselves.")
                                .arg(names.join(QStringLiteral(", "))));
    QPushButton* remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("removeButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, names](QAbstractButton* clicked) {
        if (clicked != remove)
            return;
        for (const QString& name : names) {
            if (!m_store.remove(name))
                continue;
            m_sessions->forgetHost(name);
            m_model->removeHost(name);
        }
        save();
        Q_EMIT message(tr("Removed %n host(s)", nullptr, static_cast<int>(names.size())));
        Q_EMIT hostsChanged();
    });
    box->open();
}

void HostListController::importHosts(ImportDialog::Source source)
{
    auto* dialog = new ImportDialog(source, storeNames(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { mergeHosts(dialog->selectedHosts()); });
    dialog->open();
}

void HostListController::mergeHosts(const QList<Host>& hosts)
{
    int added = 0;
    int replaced = 0;
    QStringList problems;
    for (const Host& host : hosts) {
        const std::optional<Host> before = m_store.find(host.name);
        Result<void> changed = before ? m_store.update(host.name, host) : m_store.add(host);
        if (!changed) {
            problems.append(changed.error());
            continue;
        }
        if (before) {
            if (connectionSettingsDiffer(*before, host))
                m_sessions->forgetHost(host.name);
            m_model->updateHost(host.name, host);
            ++replaced;
        } else {
            m_model->addHost(host);
            ++added;
        }
    }
    save();
    Q_EMIT hostsChanged();
    Q_EMIT message(tr("Imported %1 new and %2 replaced host(s)").arg(added).arg(replaced));
    if (!problems.isEmpty())
        showError(tr("Some hosts were not imported"), problems.join(QLatin1Char('\n')));
}

void HostListController::save()
{
    Result<void> saved =
        m_loadError.isEmpty()
            ? m_store.save()
            : Result<void>(Error{tr("The host list was not saved, because %1 could not be read "
                                    "at start-up (%2). Fix or move the file and restart Lotsen; "
                                    "until then changes last only until you quit.")
                                     .arg(m_store.path(), m_loadError)});
    if (!saved)
        showError(tr("Host list not saved"), saved.error());
}

QStringList HostListController::storeNames() const
{
    QStringList names;
    for (const Host& host : m_store.hosts())
        names.append(host.name);
    return names;
}

void HostListController::showError(const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_dialogParent);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT message(title);
}

bool HostListController::connectionSettingsDiffer(const Host& a, const Host& b)
{
    return a.name != b.name || a.address != b.address || a.user != b.user || a.port != b.port ||
           a.identityFile != b.identityFile || a.proxyJump != b.proxyJump;
}

} // namespace Lotsen
