#include "FactsFormat.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace Lotsen {

QString FactsFormat::bytes(qint64 bytes)
{
    if (bytes < 0)
        return QStringLiteral("—");
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString FactsFormat::percent(double value)
{
    return tr("%1 %").arg(QLocale().toString(value, 'f', 1));
}

double FactsFormat::usagePercent(qint64 used, qint64 total)
{
    if (used < 0 || total <= 0)
        return -1;
    return std::clamp(100.0 * static_cast<double>(used) / static_cast<double>(total), 0.0, 100.0);
}

QString FactsFormat::usage(qint64 used, qint64 total)
{
    if (used < 0)
        return QStringLiteral("—");
    if (total <= 0)
        return tr("%1 used").arg(bytes(used));
    return tr("%1 of %2 (%3)").arg(bytes(used), bytes(total), percent(usagePercent(used, total)));
}

QString FactsFormat::age(qint64 seconds)
{
    if (seconds < 0)
        return QString();
    if (seconds < 60)
        return tr("%n s ago", nullptr, static_cast<int>(seconds));
    if (seconds < 3600)
        return tr("%n min ago", nullptr, static_cast<int>(seconds / 60));
    if (seconds < 2 * 86400)
        return tr("%n h ago", nullptr, static_cast<int>(seconds / 3600));
    return tr("%n day(s) ago", nullptr, static_cast<int>(seconds / 86400));
}

QString FactsFormat::yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}

QString FactsFormat::check(bool ok, const QString& what)
{
    return (ok ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + what;
}

QString FactsFormat::severity(FactsWarning::Severity severity)
{
    switch (severity) {
    case FactsWarning::Info:
        return tr("info");
    case FactsWarning::Warning:
        return tr("warning");
    case FactsWarning::Critical:
        return tr("critical");
    }
    return QString();
}

QColor FactsFormat::severityColor(FactsWarning::Severity severity)
{
    switch (severity) {
    case FactsWarning::Info:
        return QColor(0x1c, 0x71, 0xd8);
    case FactsWarning::Warning:
        return staleColor();
    case FactsWarning::Critical:
        return errorColor();
    }
    return {};
}

QString FactsFormat::containerState(const QString& state)
{
    if (state == QLatin1String("running"))
        return tr("running", "container state");
    if (state == QLatin1String("exited"))
        return tr("exited", "container state");
    if (state == QLatin1String("created"))
        return tr("created", "container state");
    if (state == QLatin1String("paused"))
        return tr("paused", "container state");
    if (state == QLatin1String("restarting"))
        return tr("restarting", "container state");
    if (state == QLatin1String("removing"))
        return tr("being removed", "container state");
    if (state == QLatin1String("dead"))
        return tr("dead", "container state");
    return state;
}

QString FactsFormat::shortImageId(const QString& id)
{
    QString hex = id;
    if (const qsizetype colon = hex.indexOf(QLatin1Char(':')); colon >= 0)
        hex = hex.mid(colon + 1);
    return hex.left(12);
}

QString FactsFormat::shortOsName(const OsFacts& os)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("centos"), QStringLiteral("CentOS")},
        {QStringLiteral("rhel"), QStringLiteral("RHEL")},
        {QStringLiteral("rocky"), QStringLiteral("Rocky Linux")},
        {QStringLiteral("almalinux"), QStringLiteral("AlmaLinux")},
        {QStringLiteral("ol"), QStringLiteral("Oracle Linux")},
        {QStringLiteral("fedora"), QStringLiteral("Fedora")},
        {QStringLiteral("debian"), QStringLiteral("Debian")},
        {QStringLiteral("ubuntu"), QStringLiteral("Ubuntu")},
        {QStringLiteral("amzn"), QStringLiteral("Amazon Linux")},
        {QStringLiteral("sles"), QStringLiteral("SLES")},
    };
    QString name = names.value(os.id);
    if (name.isEmpty() && !os.id.isEmpty())
        name = os.id.left(1).toUpper() + os.id.mid(1);
    if (name.isEmpty())
        return os.prettyName;
    return os.version.isEmpty() ? name : name + QLatin1Char(' ') + os.version;
}

int FactsFormat::worstSeverity(const QList<FactsWarning>& warnings)
{
    int worst = -1;
    for (const FactsWarning& warning : warnings)
        worst = std::max(worst, static_cast<int>(warning.severity));
    return worst;
}

} // namespace Lotsen
