#include "HostTreeModel.h"

#include "Icons.h"

#include <QSet>

#include <algorithm>

namespace Lotsen {

HostTreeModel::HostTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

HostTreeModel::~HostTreeModel() = default;

void HostTreeModel::setHosts(const QList<Host>& hosts)
{
    beginResetModel();
    m_groups.clear();
    m_ungrouped.clear();
    m_entries.clear();
    for (const Host& host : hosts) {
        m_entries.insert(host.name, Entry{host, SessionState::Disconnected, {}});
        if (host.group.isEmpty()) {
            m_ungrouped.insert(sortedPosition(m_ungrouped, host.name), host.name);
            continue;
        }
        int row = groupRow(host.group);
        if (row < 0) {
            row = sortedGroupPosition(host.group);
            m_groups.insert(m_groups.begin() + row, std::make_unique<Group>(Group{host.group, {}}));
        }
        QStringList& names = m_groups[static_cast<size_t>(row)]->hosts;
        names.insert(sortedPosition(names, host.name), host.name);
    }
    endResetModel();
}

void HostTreeModel::addHost(const Host& host)
{
    if (m_entries.contains(host.name)) {
        updateHost(host.name, host);
        return;
    }
    insertHost(Entry{host, SessionState::Disconnected, {}});
}

void HostTreeModel::updateHost(const QString& oldName, const Host& host)
{
    const auto it = m_entries.find(oldName);
    if (it == m_entries.end()) {
        addHost(host);
        return;
    }
    if (oldName == host.name && it->host.group == host.group) {
        it->host = host;
        const QModelIndex first = indexOfHost(host.name, NameColumn);
        Q_EMIT dataChanged(first, first.siblingAtColumn(StateColumn));
        return;
    }
    Entry entry = *it;
    entry.host = host;
    takeHost(oldName);
    if (m_entries.contains(host.name))
        takeHost(host.name);
    insertHost(entry);
}

void HostTreeModel::removeHost(const QString& name)
{
    if (m_entries.contains(name))
        takeHost(name);
}

void HostTreeModel::setState(const QString& name, SessionState state, const QString& detail)
{
    const auto it = m_entries.find(name);
    if (it == m_entries.end() || (it->state == state && it->detail == detail))
        return;
    it->state = state;
    it->detail = detail;
    const QModelIndex first = indexOfHost(name, NameColumn);
    Q_EMIT dataChanged(first, first.siblingAtColumn(StateColumn));
    emitGroupStateChanged(it->host.group);
}

void HostTreeModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    const int top = rowCount();
    if (top > 0)
        Q_EMIT dataChanged(index(0, 0), index(top - 1, ColumnCount - 1));
    for (int row = 0; row < groupCount(); ++row) {
        const QModelIndex group = index(row, 0);
        const int children = rowCount(group);
        if (children > 0)
            Q_EMIT dataChanged(index(0, 0, group), index(children - 1, ColumnCount - 1, group));
    }
}

QList<Host> HostTreeModel::hosts() const
{
    QList<Host> result;
    result.reserve(m_entries.size());
    for (const auto& group : m_groups) {
        for (const QString& name : group->hosts)
            result.append(m_entries.value(name).host);
    }
    for (const QString& name : m_ungrouped)
        result.append(m_entries.value(name).host);
    return result;
}

std::optional<Host> HostTreeModel::host(const QString& name) const
{
    const auto it = m_entries.constFind(name);
    if (it == m_entries.constEnd())
        return std::nullopt;
    return it->host;
}

SessionState HostTreeModel::state(const QString& name) const
{
    return m_entries.value(name).state;
}

QStringList HostTreeModel::groupNames() const
{
    QStringList names;
    for (const auto& group : m_groups)
        names.append(group->name);
    return names;
}

int HostTreeModel::connectedCount() const
{
    return static_cast<int>(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const Entry& entry) {
        return entry.state == SessionState::Connected;
    }));
}

bool HostTreeModel::isGroup(const QModelIndex& index) const
{
    return index.isValid() && index.model() == this && !index.internalPointer() && index.row() < groupCount();
}

QString HostTreeModel::hostName(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (const auto* group = static_cast<const Group*>(index.internalPointer()))
        return group->hosts.value(index.row());
    if (index.row() >= groupCount())
        return m_ungrouped.value(index.row() - groupCount());
    return {};
}

QStringList HostTreeModel::hostNames(const QModelIndexList& indexes) const
{
    QSet<QString> wanted;
    for (const QModelIndex& index : indexes) {
        if (isGroup(index)) {
            for (const QString& name : m_groups[static_cast<size_t>(index.row())]->hosts)
                wanted.insert(name);
        } else if (const QString name = hostName(index); !name.isEmpty()) {
            wanted.insert(name);
        }
    }
    QStringList result;
    for (const Host& host : hosts()) {
        if (wanted.contains(host.name))
            result.append(host.name);
    }
    return result;
}

QModelIndex HostTreeModel::indexOfHost(const QString& name, int column) const
{
    const auto it = m_entries.constFind(name);
    if (it == m_entries.constEnd())
        return {};
    if (it->host.group.isEmpty())
        return index(groupCount() + static_cast<int>(m_ungrouped.indexOf(name)), column);
    const QModelIndex group = indexOfGroup(it->host.group);
    const Group* entryGroup = m_groups[static_cast<size_t>(group.row())].get();
    return index(static_cast<int>(entryGroup->hosts.indexOf(name)), column, group);
}

QModelIndex HostTreeModel::indexOfGroup(const QString& group, int column) const
{
    const int row = groupRow(group);
    return row < 0 ? QModelIndex() : index(row, column);
}

QString HostTreeModel::stateText(SessionState state)
{
    switch (state) {
    case SessionState::Disconnected:
        return tr("Disconnected");
    case SessionState::Connecting:
        return tr("Connecting…");
    case SessionState::Connected:
        return tr("Connected");
    case SessionState::NeedsLogin:
        return tr("Needs login");
    case SessionState::KeyProblem:
        return tr("Host key problem");
    case SessionState::Unreachable:
        return tr("Unreachable");
    }
    return {};
}

bool HostTreeModel::naturalLess(const QString& a, const QString& b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            const qsizetype startA = i;
            const qsizetype startB = j;
            while (i < a.size() && a[i].isDigit())
                ++i;
            while (j < b.size() && b[j].isDigit())
                ++j;
            // Compare digit runs by value: strip leading zeros, then the longer run is larger.
            QStringView runA = QStringView(a).mid(startA, i - startA);
            QStringView runB = QStringView(b).mid(startB, j - startB);
            while (runA.size() > 1 && runA.front() == u'0')
                runA = runA.mid(1);
            while (runB.size() > 1 && runB.front() == u'0')
                runB = runB.mid(1);
            if (runA.size() != runB.size())
                return runA.size() < runB.size();
            if (const int order = runA.compare(runB); order != 0)
                return order < 0;
            continue;
        }
        const QChar ca = a[i].toCaseFolded();
        const QChar cb = b[j].toCaseFolded();
        if (ca != cb)
            return ca < cb;
        ++i;
        ++j;
    }
    if ((a.size() - i) != (b.size() - j))
        return (a.size() - i) < (b.size() - j);
    return a < b; // equal ignoring case and zeros: still a strict, stable order
}

QModelIndex HostTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < groupCount() + m_ungrouped.size() ? createIndex(row, column) : QModelIndex();
    if (!isGroup(parent) || parent.column() != 0)
        return {};
    Group* group = m_groups[static_cast<size_t>(parent.row())].get();
    return row < group->hosts.size() ? createIndex(row, column, group) : QModelIndex();
}

QModelIndex HostTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const auto* group = static_cast<const Group*>(child.internalPointer());
    return group ? createIndex(groupRow(group), 0) : QModelIndex();
}

int HostTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return groupCount() + static_cast<int>(m_ungrouped.size());
    if (parent.column() != 0 || !isGroup(parent))
        return 0;
    return static_cast<int>(m_groups[static_cast<size_t>(parent.row())]->hosts.size());
}

int HostTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant HostTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (isGroup(index))
        return groupData(*m_groups[static_cast<size_t>(index.row())], index.column(), role);
    const auto it = m_entries.constFind(hostName(index));
    return it == m_entries.constEnd() ? QVariant() : hostData(*it, index.column(), role);
}

QVariant HostTreeModel::groupData(const Group& group, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return group.name;
        if (column == StateColumn) {
            const auto connected =
                std::count_if(group.hosts.cbegin(), group.hosts.cend(), [this](const QString& n) {
                    return m_entries.value(n).state == SessionState::Connected;
                });
            return tr("%1 of %2 connected").arg(connected).arg(group.hosts.size());
        }
        return {};
    case Qt::DecorationRole:
        return column == NameColumn ? Icons::get(QStringLiteral("group")) : QVariant();
    case GroupNameRole:
        return group.name;
    case IsGroupRole:
        return true;
    default:
        return {};
    }
}

QVariant HostTreeModel::hostData(const Entry& entry, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return entry.host.name;
        if (column == AddressColumn)
            return entry.host.displayTarget();
        return stateText(entry.state);
    case Qt::DecorationRole:
        return column == NameColumn ? Icons::forState(entry.state) : QVariant();
    case Qt::ToolTipRole:
        return entry.detail.isEmpty()
                   ? QStringLiteral("%1 — %2").arg(entry.host.displayTarget(), stateText(entry.state))
                   : QStringLiteral("%1 — %2: %3")
                         .arg(entry.host.displayTarget(), stateText(entry.state), entry.detail);
    case HostNameRole:
        return entry.host.name;
    case GroupNameRole:
        return entry.host.group;
    case IsGroupRole:
        return false;
    case StateRole:
        return QVariant::fromValue(entry.state);
    default:
        return {};
    }
}

QVariant HostTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Host");
    case AddressColumn:
        return tr("Address");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

Qt::ItemFlags HostTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!isGroup(index))
        result |= Qt::ItemNeverHasChildren;
    return result;
}

int HostTreeModel::groupRow(const Group* group) const
{
    for (size_t row = 0; row < m_groups.size(); ++row) {
        if (m_groups[row].get() == group)
            return static_cast<int>(row);
    }
    return -1;
}

int HostTreeModel::groupRow(const QString& name) const
{
    for (size_t row = 0; row < m_groups.size(); ++row) {
        if (m_groups[row]->name == name)
            return static_cast<int>(row);
    }
    return -1;
}

int HostTreeModel::sortedPosition(const QStringList& names, const QString& name) const
{
    const auto it = std::lower_bound(names.cbegin(), names.cend(), name, naturalLess);
    return static_cast<int>(it - names.cbegin());
}

int HostTreeModel::sortedGroupPosition(const QString& name) const
{
    const auto it = std::lower_bound(
        m_groups.cbegin(), m_groups.cend(), name,
        [](const std::unique_ptr<Group>& group, const QString& n) { return naturalLess(group->name, n); });
    return static_cast<int>(it - m_groups.cbegin());
}

void HostTreeModel::insertHost(const Entry& entry)
{
    const QString& name = entry.host.name;
    const QString& groupName = entry.host.group;
    if (groupName.isEmpty()) {
        const int pos = sortedPosition(m_ungrouped, name);
        beginInsertRows({}, groupCount() + pos, groupCount() + pos);
        m_entries.insert(name, entry);
        m_ungrouped.insert(pos, name);
        endInsertRows();
        return;
    }
    int row = groupRow(groupName);
    if (row < 0) {
        row = sortedGroupPosition(groupName);
        beginInsertRows({}, row, row);
        m_entries.insert(name, entry);
        m_groups.insert(m_groups.begin() + row, std::make_unique<Group>(Group{groupName, {name}}));
        endInsertRows();
        return;
    }
    Group* group = m_groups[static_cast<size_t>(row)].get();
    const int pos = sortedPosition(group->hosts, name);
    beginInsertRows(index(row, 0), pos, pos);
    m_entries.insert(name, entry);
    group->hosts.insert(pos, name);
    endInsertRows();
    emitGroupStateChanged(groupName);
}

void HostTreeModel::takeHost(const QString& name)
{
    const QString groupName = m_entries.value(name).host.group;
    if (groupName.isEmpty()) {
        const int pos = static_cast<int>(m_ungrouped.indexOf(name));
        beginRemoveRows({}, groupCount() + pos, groupCount() + pos);
        m_ungrouped.removeAt(pos);
        m_entries.remove(name);
        endRemoveRows();
        return;
    }
    const int row = groupRow(groupName);
    Group* group = m_groups[static_cast<size_t>(row)].get();
    if (group->hosts.size() == 1) {
        beginRemoveRows({}, row, row);
        m_groups.erase(m_groups.begin() + row);
        m_entries.remove(name);
        endRemoveRows();
        return;
    }
    const int pos = static_cast<int>(group->hosts.indexOf(name));
    beginRemoveRows(index(row, 0), pos, pos);
    group->hosts.removeAt(pos);
    m_entries.remove(name);
    endRemoveRows();
    emitGroupStateChanged(groupName);
}

void HostTreeModel::emitGroupStateChanged(const QString& group)
{
    if (group.isEmpty())
        return;
    const QModelIndex index = indexOfGroup(group, StateColumn);
    if (index.isValid())
        Q_EMIT dataChanged(index, index);
}

} // namespace Lotsen
