#include "OverviewModel.h"

#include "PaneRoles.h"
#include "facts/FactsFormat.h"
#include "facts/FactsStore.h"

#include <QFont>

namespace Lotsen {

OverviewModel::OverviewModel(FactsStore* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(m_store, &FactsStore::hostChanged, this, &OverviewModel::hostChanged);
    connect(m_store, &FactsStore::tick, this, [this] {
        if (!m_hosts.isEmpty())
            Q_EMIT dataChanged(index(0, AgeColumn), index(rowCount() - 1, AgeColumn));
    });
}

void OverviewModel::setHosts(const QStringList& hosts)
{
    beginResetModel();
    m_hosts = hosts;
    endResetModel();
}

void OverviewModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_hosts.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void OverviewModel::hostChanged(const QString& host)
{
    const int row = static_cast<int>(m_hosts.indexOf(host));
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int OverviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hosts.size());
}

int OverviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

double OverviewModel::spacePercent(const QString& host) const
{
    const HostFacts* facts = m_store->facts(host);
    if (!facts)
        return -1;
    const DockerFacts& docker = facts->docker;
    if (docker.poolDataTotal > 0)
        return FactsFormat::usagePercent(docker.poolDataUsed, docker.poolDataTotal);
    return FactsFormat::usagePercent(facts->disks.dockerRootUsed, facts->disks.dockerRootSize);
}

QVariant OverviewModel::display(const QString& host, int column) const
{
    const HostFacts* facts = m_store->facts(host);
    const FactsStore::State state = m_store->state(host);
    if (column == HostColumn)
        return host;
    if (column == AgeColumn) {
        switch (state) {
        case FactsStore::State::NeverRefreshed:
            return tr("never");
        case FactsStore::State::Refreshing:
            return tr("refreshing…");
        case FactsStore::State::Stale:
            return tr("stale, %1").arg(FactsFormat::age(m_store->ageSeconds(host)));
        case FactsStore::State::Failed:
            return tr("failed");
        case FactsStore::State::Fresh:
            return FactsFormat::age(m_store->ageSeconds(host));
        }
    }
    if (column == WarningsColumn) {
        if (state == FactsStore::State::Failed)
            return tr("refresh failed");
        if (!facts)
            return tr("not refreshed yet");
        const int worst = FactsFormat::worstSeverity(facts->warnings);
        if (worst < 0)
            return tr("none");
        return tr("%n (worst: %1)", nullptr, static_cast<int>(facts->warnings.size()))
            .arg(FactsFormat::severity(static_cast<FactsWarning::Severity>(worst)));
    }
    if (!facts)
        return {};
    switch (column) {
    case OsColumn:
        return FactsFormat::shortOsName(facts->os);
    case KernelColumn:
        return facts->kernel.running;
    case DockerColumn:
        if (!facts->docker.installed)
            return tr("not installed");
        return facts->docker.serverVersion.isEmpty() ? facts->docker.clientVersion
                                                     : facts->docker.serverVersion;
    case DriverColumn:
        return facts->docker.storageDriver;
    case SpaceColumn: {
        const double percent = spacePercent(host);
        if (percent < 0)
            return {};
        return facts->docker.poolDataTotal > 0 ? tr("pool %1").arg(FactsFormat::percent(percent))
                                               : FactsFormat::percent(percent);
    }
    }
    return {};
}

QVariant OverviewModel::sortKey(const QString& host, int column) const
{
    const HostFacts* facts = m_store->facts(host);
    switch (column) {
    case WarningsColumn: {
        // Failed refreshes first, then by worst severity, then by how many.
        if (m_store->state(host) == FactsStore::State::Failed)
            return 10000;
        if (!facts)
            return -1;
        const int worst = FactsFormat::worstSeverity(facts->warnings);
        return worst < 0 ? 0 : (worst + 1) * 1000 + static_cast<int>(facts->warnings.size());
    }
    case SpaceColumn:
        return spacePercent(host);
    case AgeColumn:
        return m_store->ageSeconds(host);
    default:
        return display(host, column);
    }
}

QVariant OverviewModel::foreground(const QString& host, int column) const
{
    const FactsStore::State state = m_store->state(host);
    if (column == AgeColumn && state == FactsStore::State::Stale)
        return FactsFormat::staleColor();
    if ((column == AgeColumn || column == WarningsColumn) && state == FactsStore::State::Failed)
        return FactsFormat::errorColor();
    if (column == WarningsColumn) {
        const HostFacts* facts = m_store->facts(host);
        const int worst = facts ? FactsFormat::worstSeverity(facts->warnings) : -1;
        if (worst >= 0)
            return FactsFormat::severityColor(static_cast<FactsWarning::Severity>(worst));
    }
    if (column == KernelColumn) {
        const HostFacts* facts = m_store->facts(host);
        if (facts && facts->kernel.tooOldForDocker)
            return FactsFormat::errorColor();
    }
    return {};
}

QVariant OverviewModel::toolTip(const QString& host, int column) const
{
    if (column == WarningsColumn) {
        if (m_store->state(host) == FactsStore::State::Failed)
            return m_store->error(host);
        const HostFacts* facts = m_store->facts(host);
        if (!facts)
            return {};
        QStringList lines;
        for (const FactsWarning& warning : facts->warnings)
            lines.append(QStringLiteral("%1: %2").arg(FactsFormat::severity(warning.severity), warning.text));
        return lines.join(QLatin1Char('\n'));
    }
    if (column == OsColumn) {
        const HostFacts* facts = m_store->facts(host);
        return facts ? QVariant(facts->os.prettyName) : QVariant();
    }
    if (column == SpaceColumn)
        return tr("Devicemapper pool data use, or the use of the filesystem that holds Docker's data root");
    return {};
}

QVariant OverviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString& host = m_hosts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(host, index.column());
    case PaneRoles::SortRole:
        return sortKey(host, index.column());
    case PaneRoles::HostRole:
        return host;
    case PaneRoles::UsageRole: {
        const double percent = index.column() == SpaceColumn ? spacePercent(host) : -1;
        return percent >= 0 ? QVariant(percent) : QVariant();
    }
    case Qt::ForegroundRole:
        return foreground(host, index.column());
    case Qt::ToolTipRole:
        return toolTip(host, index.column());
    case Qt::FontRole:
        if (index.column() == HostColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant OverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)
        return headerData(section, orientation, Qt::DisplayRole); // for a header elided in a narrow pane
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HostColumn:
        return tr("Host");
    case WarningsColumn:
        return tr("Warnings");
    case OsColumn:
        return tr("OS");
    case KernelColumn:
        return tr("Kernel");
    case DockerColumn:
        return tr("Docker");
    case DriverColumn:
        return tr("Storage driver");
    case SpaceColumn:
        return tr("Docker space");
    case AgeColumn:
        return tr("Updated");
    }
    return {};
}

} // namespace Lotsen
