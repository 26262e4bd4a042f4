#include "KnownHosts.h"

#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace Lotsen::KnownHosts {
namespace {

// "|1|salt|hash": HMAC-SHA1 of the host under the salt, both base64.
bool hashedMatch(const QByteArray& pattern, const QByteArray& host)
{
    const QList<QByteArray> parts = pattern.split('|');
    if (parts.size() != 4 || parts.at(1) != "1")
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2));
    const QByteArray expected = QByteArray::fromBase64(parts.at(3));
    return QMessageAuthenticationCode::hash(host, salt, QCryptographicHash::Sha1) == expected;
}

bool patternMatch(const QByteArray& pattern, const QByteArray& host)
{
    if (pattern.startsWith("|1|"))
        return hashedMatch(pattern, host);
    if (!pattern.contains('*') && !pattern.contains('?'))
        return pattern.compare(host, Qt::CaseInsensitive) == 0;
    const QString wildcard = QRegularExpression::wildcardToRegularExpression(
        QString::fromUtf8(pattern), QRegularExpression::UnanchoredWildcardConversion);
    const QRegularExpression re(QRegularExpression::anchoredPattern(wildcard),
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(QString::fromUtf8(host)).hasMatch();
}

} // namespace

QString hostField(const QString& address, int port)
{
    return port == 22 || port <= 0 ? address : QStringLiteral("[%1]:%2").arg(address).arg(port);
}

QList<QByteArray> keysFor(const QByteArray& fileText, const QString& host)
{
    const QByteArray wanted = host.toUtf8();
    QList<QByteArray> keys;
    for (const QByteArray& rawLine : fileText.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#') || line.startsWith('@'))
            continue;
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 3)
            continue;
        bool matched = false;
        bool negated = false;
        for (const QByteArray& pattern : fields.at(0).split(',')) {
            if (pattern.startsWith('!'))
                negated = negated || patternMatch(pattern.mid(1), wanted);
            else
                matched = matched || patternMatch(pattern, wanted);
        }
        if (matched && !negated)
            keys.append(QByteArray::fromBase64(fields.at(2)));
    }
    return keys;
}

} // namespace Lotsen::KnownHosts
