#pragma once

#include "AuditEntry.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Lotsen {

// Writes what Lotsen ran on each host to <directory>/<host>.jsonl, one JSON object per line:
// {"time","host","command","exitCode","durationMs","output","outputTruncated"}. Files are 0600
// in a 0700 folder, and every secret (passwords typed for sudo, ...) is replaced by *** first.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(Lotsen::AuditLog)

public:
    // At most this many bytes (UTF-8) of output are kept: the end, where errors usually are.
    static constexpr qsizetype maxExcerptBytes = 2048;

    // <GenericDataLocation>/lotsen/audit
    static QString defaultDirectory();

    explicit AuditLog(QString directory = defaultDirectory());

    const QString& directory() const { return m_directory; }
    // The file for a host; characters unsafe in file names become '_'.
    QString filePath(const QString& host) const;

    Result<void> append(const AuditEntry& entry, const QList<QByteArray>& secrets = {}) const;

    // The JSON line's object, secrets redacted, output cut to maxExcerptBytes.
    static QJsonObject toJson(const AuditEntry& entry, const QList<QByteArray>& secrets);
    // Every occurrence of every non-empty secret replaced by ***.
    static QString redact(QString text, const QList<QByteArray>& secrets);
    static QByteArray redact(QByteArray data, const QList<QByteArray>& secrets);

private:
    QString m_directory;
};

} // namespace Lotsen
