#include "OsFactsParser.h"

#include "FactsSections.h"

#include <QRegularExpression>

namespace Lotsen::OsFactsParser {
namespace {

// os-release values may be quoted with " or ' and use shell escapes (\" \\ \$ \`).
QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && (value.front() == QLatin1Char('"') || value.front() == QLatin1Char('\'')) &&
        value.back() == value.front()) {
        value = value.mid(1, value.size() - 2);
        static const QRegularExpression escape(QStringLiteral(R"(\\([\\"$`]))"));
        value.replace(escape, QStringLiteral("\\1"));
    }
    return value;
}

QMap<QString, QString> keyValues(const QByteArray& text)
{
    QMap<QString, QString> values;
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (line.trimmed().startsWith(QLatin1Char('#')) || equals <= 0)
            continue;
        values.insert(line.left(equals).trimmed(), unquote(line.mid(equals + 1)));
    }
    return values;
}

// The product names EL clones print in /etc/redhat-release, to os-release IDs.
QString idFromProductName(const QString& product)
{
    static const QList<QPair<QString, QString>> known = {
        {QStringLiteral("centos"), QStringLiteral("centos")},
        {QStringLiteral("red hat"), QStringLiteral("rhel")},
        {QStringLiteral("rocky"), QStringLiteral("rocky")},
        {QStringLiteral("almalinux"), QStringLiteral("almalinux")},
        {QStringLiteral("scientific"), QStringLiteral("scientific")},
        {QStringLiteral("oracle"), QStringLiteral("ol")},
        {QStringLiteral("cloudlinux"), QStringLiteral("cloudlinux")},
        {QStringLiteral("fedora"), QStringLiteral("fedora")},
    };
    const QString lower = product.toLower();
    for (const auto& [prefix, id] : known) {
        if (lower.startsWith(prefix))
            return id;
    }
    return QString();
}

} // namespace

QString familyOf(const QString& id, const QString& idLike)
{
    static const QStringList el = {QStringLiteral("rhel"),       QStringLiteral("centos"),
                                   QStringLiteral("rocky"),      QStringLiteral("almalinux"),
                                   QStringLiteral("scientific"), QStringLiteral("ol"),
                                   QStringLiteral("cloudlinux")};
    static const QStringList debian = {QStringLiteral("debian"), QStringLiteral("ubuntu"),
                                       QStringLiteral("raspbian"), QStringLiteral("linuxmint")};
    const QStringList likes = idLike.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (el.contains(id) || likes.contains(QLatin1String("rhel")) || likes.contains(QLatin1String("centos")))
        return QStringLiteral("el");
    if (debian.contains(id) || likes.contains(QLatin1String("debian")) ||
        likes.contains(QLatin1String("ubuntu")))
        return QStringLiteral("debian");
    return QString();
}

void applyUname(const QByteArray& unameOutput, OsFacts* os)
{
    // `uname -nrm`: nodename, release, machine.
    const QStringList words = QString::fromUtf8(unameOutput).simplified().split(QLatin1Char(' '));
    if (words.size() != 3)
        return;
    os->hostname = words.at(0);
    os->arch = words.at(2);
}

void applyOsRelease(const QByteArray& osRelease, OsFacts* os)
{
    const QMap<QString, QString> values = keyValues(osRelease);
    if (values.isEmpty())
        return;
    os->id = values.value(QStringLiteral("ID")).toLower();
    os->version = values.value(QStringLiteral("VERSION_ID"));
    os->prettyName = values.value(QStringLiteral("PRETTY_NAME"), values.value(QStringLiteral("NAME")));
    os->family = familyOf(os->id, values.value(QStringLiteral("ID_LIKE")));
}

void applyRedhatRelease(const QByteArray& redhatRelease, OsFacts* os)
{
    // "CentOS release 6.7 (Final)", "CentOS Linux release 7.9.2009 (Core)",
    // "Rocky Linux release 9.3 (Blue Onyx)", "Red Hat Enterprise Linux Server release 6.10 (Santiago)"
    static const QRegularExpression line(QStringLiteral(R"(^(.+?) release (\d[\w.]*))"));
    const QString text = QString::fromUtf8(redhatRelease).trimmed().section(QLatin1Char('\n'), 0, 0);
    const QRegularExpressionMatch match = line.match(text);
    if (!match.hasMatch())
        return;
    const QString version = match.captured(2);
    if (os->id.isEmpty()) {
        os->id = idFromProductName(match.captured(1));
        os->family = familyOf(os->id);
        os->version = version;
        os->prettyName = text;
    } else if (version.startsWith(os->version + QLatin1Char('.'))) {
        // CentOS 7's os-release says "7"; redhat-release knows "7.9.2009".
        os->version = version;
    }
}

OsFacts parse(const QMap<QString, FactsScript::Section>& sections, QStringList* problems)
{
    using namespace FactsSections;
    OsFacts os;
    applyUname(output(sections, QStringLiteral("uname")), &os);
    applyOsRelease(output(sections, QStringLiteral("os-release")), &os);
    applyRedhatRelease(output(sections, QStringLiteral("redhat-release")), &os);
    for (const char* name : {"uname", "os-release", "redhat-release"})
        report(sections, QString::fromLatin1(name), problems);
    return os;
}

} // namespace Lotsen::OsFactsParser
