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

private:
    void retranslateUi();
    void updateSummary();

    FactsStore* m_store;
    OverviewModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_summary;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QTreeView* m_view;
};

} // namespace Lotsen
