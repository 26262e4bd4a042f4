#pragma once

#include <QMenu>

class QActionGroup;

namespace Lotsen {

class FactsStore;

// Settings ▸ "Refresh facts": how often connected hosts are refreshed (off, or every N minutes).
// Reads the choice from and writes it to the settings file next to the other settings.
class RefreshIntervalMenu : public QMenu
{
    Q_OBJECT
public:
    RefreshIntervalMenu(FactsStore* store, const QString& settingsPath, QWidget* parent = nullptr);

    static QString settingsKey() { return QStringLiteral("facts/refreshMinutes"); }
    static QList<int> choices() { return {0, 1, 5, 15, 30, 60}; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void choose(int minutes);

    FactsStore* m_store;
    QString m_settingsPath;
    QActionGroup* m_group;
};

} // namespace Lotsen
