#pragma once

#include "HostFacts.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace Lotsen {

// Turns fact values into the short texts and colours the panes show: sizes, ages, yes/no,
// severities. One place, so every pane says "12 s ago" and "3.2 GiB" the same way.
class FactsFormat
{
    Q_DECLARE_TR_FUNCTIONS(FactsFormat)
public:
    static QString bytes(qint64 bytes);                    // "3.2 GiB"; "—" when unknown
    static QString percent(double value);                  // "45.0 %"
    static QString usage(qint64 used, qint64 total);       // "3.2 GiB of 10 GiB (32 %)"
    static double usagePercent(qint64 used, qint64 total); // -1 when unknown
    static QString age(qint64 seconds);                    // "12 s ago", "5 min ago"
    static QString yesNo(bool value);
    static QString check(bool ok, const QString& what); // "✔ what" / "✘ what"
    static QString severity(FactsWarning::Severity severity);
    static QColor severityColor(FactsWarning::Severity severity);
    static QColor staleColor() { return QColor(0xc0, 0x60, 0x00); }
    static QColor errorColor() { return QColor(0xc0, 0x1c, 0x28); }
    static QColor okColor() { return QColor(0x1d, 0x7a, 0x35); }
    // Docker's container state ("running", "exited", …) in the UI's language; unknown ones as given.
    static QString containerState(const QString& state);
    static QString shortImageId(const QString& id); // 12 hex digits, without "sha256:"
    // "CentOS 6.7", "Debian 12": the distribution and its version, narrow enough for a column.
    static QString shortOsName(const OsFacts& os);
    // The worst severity among the warnings, -1 when there are none.
    static int worstSeverity(const QList<FactsWarning>& warnings);
};

} // namespace Lotsen
