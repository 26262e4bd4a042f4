#pragma once

#include <QTreeView>

namespace Lotsen {

class HostTreeModel;

// The host list on the left: groups with their hosts, several selectable at once. Selecting a
// group stands for all of its hosts.
class HostTreeView : public QTreeView
{
    Q_OBJECT
public:
    explicit HostTreeView(HostTreeModel* model, QWidget* parent = nullptr);

    HostTreeModel* hostModel() const { return m_model; }
    // Selected hosts, groups expanded to their hosts, in tree order.
    QStringList selectedHostNames() const;
    // Selected host rows only (no groups).
    QStringList selectedHostRows() const;
    void selectHost(const QString& name);

Q_SIGNALS:
    void selectedHostsChanged(const QStringList& hosts);
    void hostActivated(const QString& host);

private:
    HostTreeModel* m_model;
};

} // namespace Lotsen
