#pragma once

#include "Host.h"
#include "SessionTypes.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace Lotsen {

// The configured hosts as a two-level tree: groups at the top (sorted), each with its hosts as
// children, followed by the hosts that have no group. Columns: name, address, connection state.
// Hosts are keyed by their unique name; the model holds a copy of each and its current state.
class HostTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        AddressColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        HostNameRole = Qt::UserRole + 1,
        GroupNameRole,
        IsGroupRole,
        StateRole
    };

    explicit HostTreeModel(QObject* parent = nullptr);
    ~HostTreeModel() override;

    void setHosts(const QList<Host>& hosts);
    void addHost(const Host& host); // replaces an existing host of the same name
    void updateHost(const QString& oldName, const Host& host);
    void removeHost(const QString& name);
    void setState(const QString& name, SessionState state, const QString& detail = {});
    // Re-reads translated texts (header, state names) after a language switch.
    void retranslate();

    QList<Host> hosts() const; // in tree order
    std::optional<Host> host(const QString& name) const;
    SessionState state(const QString& name) const;
    QStringList groupNames() const;
    int hostCount() const { return static_cast<int>(m_entries.size()); }
    int connectedCount() const;

    bool isGroup(const QModelIndex& index) const;
    QString hostName(const QModelIndex& index) const; // empty for a group
    // The hosts the given indexes stand for: a group means all of its hosts. No duplicates, tree order.
    QStringList hostNames(const QModelIndexList& indexes) const;
    QModelIndex indexOfHost(const QString& name, int column = NameColumn) const;
    QModelIndex indexOfGroup(const QString& group, int column = NameColumn) const;

    static QString stateText(SessionState state);
    // "web2" before "web10", case ignored first: how people expect host names to sort, whatever
    // the locale (QCollator's numeric mode does nothing in the C locale).
    static bool naturalLess(const QString& a, const QString& b);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Entry
    {
        Host host;
        SessionState state = SessionState::Disconnected;
        QString detail;
    };
    struct Group
    {
        QString name;
        QStringList hosts; // sorted
    };

    int groupCount() const { return static_cast<int>(m_groups.size()); }
    int groupRow(const Group* group) const;
    int groupRow(const QString& name) const;
    int sortedPosition(const QStringList& names, const QString& name) const;
    int sortedGroupPosition(const QString& name) const;
    void insertHost(const Entry& entry);
    void takeHost(const QString& name);
    QVariant groupData(const Group& group, int column, int role) const;
    QVariant hostData(const Entry& entry, int column, int role) const;
    void emitGroupStateChanged(const QString& group);

    std::vector<std::unique_ptr<Group>> m_groups; // sorted by name
    QStringList m_ungrouped;                      // sorted
    QHash<QString, Entry> m_entries;
};

} // namespace Lotsen
