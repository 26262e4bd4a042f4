#include "RefreshIntervalMenu.h"

#include "FactsStore.h"

#include <QActionGroup>
#include <QEvent>
#include <QSettings>

namespace Lotsen {

RefreshIntervalMenu::RefreshIntervalMenu(FactsStore* store, const QString& settingsPath, QWidget* parent)
    : QMenu(parent)
    , m_store(store)
    , m_settingsPath(settingsPath)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("refreshIntervalMenu"));
    m_group->setExclusive(true);
    for (int minutes : choices()) {
        QAction* action = addAction(QString());
        action->setObjectName(QStringLiteral("actionRefreshEvery%1").arg(minutes));
        action->setCheckable(true);
        action->setData(minutes);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, minutes] { choose(minutes); });
    }
    const QSettings settings(m_settingsPath, QSettings::IniFormat);
    bool ok = false;
    const int stored = settings.value(settingsKey()).toInt(&ok);
    m_store->setIntervalMinutes(ok ? stored : FactsStore::defaultIntervalMinutes);
    for (QAction* action : m_group->actions())
        action->setChecked(action->data().toInt() == m_store->intervalMinutes());
    retranslateUi();
}

void RefreshIntervalMenu::choose(int minutes)
{
    m_store->setIntervalMinutes(minutes);
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    settings.setValue(settingsKey(), minutes);
}

void RefreshIntervalMenu::retranslateUi()
{
    setTitle(tr("&Refresh facts"));
    setToolTip(tr("How often the disks, kernels and Docker of connected hosts are read again"));
    for (QAction* action : m_group->actions()) {
        const int minutes = action->data().toInt();
        action->setText(minutes == 0 ? tr("Only when asked (F5)")
                                     : tr("Every %n minute(s)", nullptr, minutes));
    }
}

void RefreshIntervalMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

} // namespace Lotsen
