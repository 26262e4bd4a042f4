#pragma once

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTreeView;

namespace Lotsen {

class FactsStore;
class OverviewModel;

// Several hosts side by side, one row each, the ones with warnings first; any column sorts.
// Double-clicking a row asks to show that host's own panes.
class OverviewPane : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPane(FactsStore* store, QWidget* parent = nullptr);

    void setHosts(const QStringList& hosts);
    OverviewModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTreeView* view() const { return m_view; }
    QString summaryText() const;

Q_SIGNALS:
    void hostActivated(const QString& host);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void updateSummary();
    // Every column as wide as its texts (the usage bars a little wider), so OS, kernel and Docker
    // versions read in full; run when rows or their facts change, not on every tick.
    void fitColumns();
    void scheduleFitColumns();

    FactsStore* m_store;
    OverviewModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_summary;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QTreeView* m_view;
    bool m_fitPending = false;
};

} // namespace Lotsen
