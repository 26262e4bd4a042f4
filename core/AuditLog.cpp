#include "AuditLog.h"

#include "PrivateDirectory.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>

#include <algorithm>

namespace Lotsen {

namespace {

const QByteArray redactedMark = QByteArrayLiteral("***");

// Longest first, so that a secret containing another one is replaced whole.
QList<QByteArray> usableSecrets(const QList<QByteArray>& secrets)
{
    QList<QByteArray> usable;
    for (const QByteArray& secret : secrets) {
        if (!secret.isEmpty())
            usable.append(secret);
    }
    std::sort(usable.begin(), usable.end(),
              [](const QByteArray& a, const QByteArray& b) { return a.size() > b.size(); });
    return usable;
}

bool isContinuationByte(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

// The last `limit` bytes of UTF-8 data, starting at a character boundary.
QByteArray utf8Tail(const QByteArray& data, qsizetype limit)
{
    qsizetype start = std::max<qsizetype>(0, data.size() - limit);
    while (start < data.size() && start > 0 && isContinuationByte(data[start]))
        ++start;
    return data.mid(start);
}

// Invalid UTF-8 turns into U+FFFD (three bytes) on decoding, so the text is cut again once it
// is valid to keep the promised limit.
QString excerpt(const QByteArray& output, bool& truncated)
{
    const QByteArray tail = utf8Tail(output, AuditLog::maxExcerptBytes);
    QByteArray valid = QString::fromUtf8(tail).toUtf8();
    truncated = tail.size() < output.size();
    if (valid.size() > AuditLog::maxExcerptBytes) {
        valid = utf8Tail(valid, AuditLog::maxExcerptBytes);
        truncated = true;
    }
    return QString::fromUtf8(valid);
}

QString safeFileName(const QString& host)
{
    QString name = host.isEmpty() ? QStringLiteral("unknown") : host;
    for (QChar& c : name) {
        const char16_t u = c.unicode();
        const bool safe = (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') ||
                          u == '.' || u == '_' || u == '-' || u == '@' || u == '+';
        if (!safe)
            c = u'_';
    }
    if (name.startsWith(u'.'))
        name[0] = u'_'; // no hidden files, no "." or ".."
    return name;
}

} // namespace

QString AuditLog::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QLatin1String("/lotsen/audit");
}

AuditLog::AuditLog(QString directory)
    : m_directory(std::move(directory))
{}

QString AuditLog::filePath(const QString& host) const
{
    return m_directory + u'/' + safeFileName(host) + QLatin1String(".jsonl");
}

QString AuditLog::redact(QString text, const QList<QByteArray>& secrets)
{
    for (const QByteArray& secret : usableSecrets(secrets))
        text.replace(QString::fromUtf8(secret), QString::fromLatin1(redactedMark));
    return text;
}

QByteArray AuditLog::redact(QByteArray data, const QList<QByteArray>& secrets)
{
    for (const QByteArray& secret : usableSecrets(secrets))
        data.replace(secret, redactedMark);
    return data;
}

QJsonObject AuditLog::toJson(const AuditEntry& entry, const QList<QByteArray>& secrets)
{
    const QDateTime time = entry.time.isValid() ? entry.time : QDateTime::currentDateTimeUtc();
    bool truncated = false;
    // Redact before cutting, so that half a secret at the cut cannot survive.
    const QString output = excerpt(redact(entry.output, secrets), truncated);
    return QJsonObject{
        {QLatin1String("time"), time.toUTC().toString(Qt::ISODateWithMs)},
        {QLatin1String("host"), entry.host},
        {QLatin1String("command"), redact(entry.command, secrets)},
        {QLatin1String("exitCode"), entry.exitCode},
        {QLatin1String("durationMs"), entry.durationMs},
        {QLatin1String("output"), output},
        {QLatin1String("outputTruncated"), truncated},
    };
}

Result<void> AuditLog::append(const AuditEntry& entry, const QList<QByteArray>& secrets) const
{
    if (!PrivateDirectory::ensure(m_directory))
        return Error{tr("Cannot create the audit log folder %1. Check that you may write there.")
                         .arg(QDir::toNativeSeparators(m_directory))};
    QFile file(filePath(entry.host));
    // Unbuffered: the whole line goes out in one write(), which O_APPEND keeps in one piece.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return Error{tr("Cannot write the audit log %1: %2.")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString())};
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error{tr("Cannot make the audit log %1 private: %2.")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString())};
    const QByteArray line = QJsonDocument(toJson(entry, secrets)).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(line) != line.size())
        return Error{tr("Cannot write the audit log %1: %2.")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString())};
    return success();
}

} // namespace Lotsen
