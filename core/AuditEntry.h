#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Lotsen {

// One command Lotsen ran on a host, as the audit log records it.
struct AuditEntry
{
    QDateTime time; // when it started; invalid = now
    QString host;   // Host::name
    QString command;
    int exitCode = -1;
    qint64 durationMs = 0;
    QByteArray output; // stdout and stderr as received; only an excerpt is kept
};

} // namespace Lotsen
