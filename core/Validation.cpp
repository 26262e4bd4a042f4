#include "Validation.h"

#include "Host.h"
#include "HostTarget.h"
#include "ImageReference.h"
#include "IpAddress.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace Lotsen::Validation {

namespace {

struct ValidationTr
{
    Q_DECLARE_TR_FUNCTIONS(Lotsen::Validation)
};

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

// The first character outside the allowed set, if any. (Not a null QChar for "none": U+0000
// is itself a character an attacker may send.)
std::optional<QChar> firstCharNotIn(QStringView text, QStringView punctuation)
{
    for (QChar c : text) {
        if (!isAsciiAlnum(c) && !punctuation.contains(c))
            return c;
    }
    return std::nullopt;
}

bool hasControlCharacter(QStringView text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

// How a single offending character is named in a message; spaces and control characters are
// invisible when simply quoted.
QString describeChar(QChar c)
{
    if (c == u' ')
        return ValidationTr::tr("a space");
    if (!c.isPrint())
        return ValidationTr::tr("the invisible character U+%1")
            .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'));
    return ValidationTr::tr("“%1”").arg(c);
}

bool isAllDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(),
                                          [](QChar c) { return c.unicode() >= '0' && c.unicode() <= '9'; });
}

QString dnsLabelProblem(QStringView label)
{
    if (label.isEmpty())
        return ValidationTr::tr("it has an empty label between dots");
    if (label.size() > 63)
        return ValidationTr::tr("the label “%1” is longer than 63 characters")
            .arg(printable(label.toString()));
    if (label.startsWith(u'-') || label.endsWith(u'-'))
        return ValidationTr::tr("the label “%1” starts or ends with a hyphen").arg(label.toString());
    return {};
}

QString dnsNameProblem(QStringView name)
{
    if (name.size() > 253)
        return ValidationTr::tr("it is longer than 253 characters");
    if (name.startsWith(u'-'))
        return ValidationTr::tr("it starts with a hyphen");
    if (const std::optional<QChar> bad = firstCharNotIn(name, u".-"))
        return ValidationTr::tr("it contains %1").arg(describeChar(*bad));
    if (name.endsWith(u'.') && name.size() > 1)
        name.chop(1); // a fully qualified name may end in the root dot
    const QList<QStringView> labels = name.split(u'.');
    for (QStringView label : labels) {
        if (const QString problem = dnsLabelProblem(label); !problem.isEmpty())
            return problem;
    }
    // Resolvers read all-numeric names as (partial) IPv4 addresses, so refuse instead of guessing.
    if (isAllDigits(labels.last()))
        return ValidationTr::tr("it looks like an IPv4 address but is not one");
    return {};
}

QString hostNameProblem(QStringView address)
{
    if (address.startsWith(u'[') || address.endsWith(u']')) {
        const bool bracketed = address.size() > 2 && address.startsWith(u'[') && address.endsWith(u']');
        if (bracketed && IpAddress::isIpv6(address.mid(1, address.size() - 2)))
            return {};
        return ValidationTr::tr("only an IPv6 address may be written in brackets");
    }
    if (address.contains(u':'))
        return IpAddress::isIpv6(address) ? QString() : ValidationTr::tr("it is not a valid IPv6 address");
    if (IpAddress::isIpv4(address))
        return {};
    return dnsNameProblem(address);
}

Error invalid(const char* message, const QString& value, const QString& problem)
{
    return Error{ValidationTr::tr(message).arg(printable(value), problem)};
}

} // namespace

QString printable(const QString& value)
{
    constexpr qsizetype limit = 80;
    QString shown;
    for (QChar c : QStringView(value).left(limit)) {
        if (c == u'\n')
            shown += QLatin1String("\\n");
        else if (c == u'\t')
            shown += QLatin1String("\\t");
        else if (c == u'\r')
            shown += QLatin1String("\\r");
        else if (!c.isPrint() && c != u' ')
            shown += QStringLiteral("\\u%1").arg(QString::number(c.unicode(), 16).rightJustified(4, u'0'));
        else
            shown += c;
    }
    if (value.size() > limit)
        shown += QChar(0x2026); // horizontal ellipsis
    return shown;
}

Result<void> validateHostName(const QString& address)
{
    if (address.isEmpty())
        return Error{ValidationTr::tr("The host address is empty. Enter a DNS name, an IPv4 address "
                                      "or an IPv6 address.")};
    const QString problem = hostNameProblem(address);
    if (problem.isEmpty())
        return success();
    return invalid(QT_TRANSLATE_NOOP("Lotsen::Validation",
                                     "“%1” is not a valid host address: %2. Use a DNS name (dot-separated "
                                     "labels of letters, digits and hyphens, at most 63 characters each, "
                                     "no hyphen at either end), an IPv4 address such as 192.0.2.10 or an "
                                     "IPv6 address such as 2001:db8::10."),
                   address, problem);
}

Result<void> validateHostEntryName(const QString& name)
{
    if (name.isEmpty())
        return Error{ValidationTr::tr("The host name is empty. Give the host a name.")};
    // Letters of any script are fine: a name is for people. Punctuation that shells or ssh treat
    // specially is not, since a name without an address is dialled as an ~/.ssh/config alias.
    const auto bad = std::find_if(name.cbegin(), name.cend(), [](QChar c) {
        return !c.isLetterOrNumber() && !QStringView(u"._-+@:%").contains(c);
    });
    QString problem;
    if (name.size() > 253)
        problem = ValidationTr::tr("it is longer than 253 characters");
    else if (name.startsWith(u'-'))
        problem = ValidationTr::tr("it starts with a hyphen");
    else if (bad != name.cend())
        problem = ValidationTr::tr("it contains %1").arg(describeChar(*bad));
    if (problem.isEmpty())
        return success();
    return invalid(
        QT_TRANSLATE_NOOP("Lotsen::Validation",
                          "“%1” is not a valid host name: %2. Use letters, digits and . _ - + @ : %, "
                          "at most 253 characters, not starting with a hyphen."),
        name, problem);
}

Result<void> validateUserName(const QString& user)
{
    static const QRegularExpression grammar(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z_][A-Za-z0-9_.-]*\\$?")));
    if (user.isEmpty())
        return Error{ValidationTr::tr("The user name is empty. Enter the name of the account to log in as.")};
    QString problem;
    if (user.size() > 32)
        problem = ValidationTr::tr("it is longer than 32 characters");
    else if (user.startsWith(u'-'))
        problem = ValidationTr::tr("it starts with a hyphen");
    else if (const std::optional<QChar> bad = firstCharNotIn(user, u"_.-$"))
        problem = ValidationTr::tr("it contains %1").arg(describeChar(*bad));
    else if (!grammar.match(user).hasMatch())
        problem = ValidationTr::tr("it must start with a letter or _ and may have $ only at the end");
    if (problem.isEmpty())
        return success();
    return invalid(
        QT_TRANSLATE_NOOP("Lotsen::Validation",
                          "“%1” is not a valid user name: %2. A user name starts with a letter or _, "
                          "continues with letters, digits, _ . or -, may end in $ and has at most "
                          "32 characters."),
        user, problem);
}

Result<void> validatePort(int port)
{
    if (port >= 1 && port <= 65535)
        return success();
    return Error{ValidationTr::tr("Port %1 is not valid. Use a port number from 1 to 65535.").arg(port)};
}

Result<void> validateDevicePath(const QString& path)
{
    QString problem;
    const QStringView rest = QStringView(path).mid(5);
    if (!path.startsWith(QLatin1String("/dev/")) || rest.isEmpty())
        problem = ValidationTr::tr("it does not start with /dev/ followed by a device name");
    else if (path.size() > 255)
        problem = ValidationTr::tr("it is longer than 255 characters");
    else if (const std::optional<QChar> bad = firstCharNotIn(rest, u"/_.:-"))
        problem = ValidationTr::tr("it contains %1").arg(describeChar(*bad));
    else if (path.endsWith(u'/'))
        problem = ValidationTr::tr("it ends with a slash");
    else if (path.contains(QLatin1String("..")))
        problem = ValidationTr::tr("it contains “..”");
    else if (rest.split(u'/').contains(QStringView(u".")) || path.contains(QLatin1String("//")))
        problem = ValidationTr::tr("it has an empty or “.” path component");
    if (problem.isEmpty())
        return success();
    return invalid(QT_TRANSLATE_NOOP("Lotsen::Validation",
                                     "“%1” is not a valid device path: %2. Use /dev/ followed by letters, "
                                     "digits and / _ . : -, for example /dev/sdb or /dev/disk/by-id/…"),
                   path, problem);
}

Result<void> validateVolumeGroupName(const QString& name)
{
    QString problem;
    if (name.isEmpty())
        return Error{ValidationTr::tr("The volume group name is empty. Enter a name such as vg_docker.")};
    if (name.size() > 127)
        problem = ValidationTr::tr("it is longer than 127 characters");
    else if (name.startsWith(u'-'))
        problem = ValidationTr::tr("it starts with a hyphen");
    else if (name == QLatin1String(".") || name == QLatin1String(".."))
        problem = ValidationTr::tr("“.” and “..” are reserved");
    else if (const std::optional<QChar> bad = firstCharNotIn(name, u"+_.-"))
        problem = ValidationTr::tr("it contains %1").arg(describeChar(*bad));
    if (problem.isEmpty())
        return success();
    return invalid(QT_TRANSLATE_NOOP("Lotsen::Validation",
                                     "“%1” is not a valid volume group name: %2. Use at most 127 letters, "
                                     "digits and + _ . -, not starting with a hyphen."),
                   name, problem);
}

Result<void> validateImageReference(const QString& reference)
{
    const Result<ImageReference> parsed = ImageReference::parse(reference);
    if (!parsed)
        return Error{parsed.error()};
    return success();
}

namespace {

// message: a QT_TRANSLATE_NOOP'd sentence naming the field, with %1 for the value.
Result<void> validateFreeText(const QString& text, const char* message)
{
    if (!hasControlCharacter(text))
        return success();
    return Error{ValidationTr::tr(message).arg(printable(text))};
}

} // namespace

// ProxyJump is a comma-separated list of [user@]host[:port] hops; each becomes part of an ssh
// command line, so each must pass the same checks as a target typed by the user.
Result<void> validateProxyJump(const QString& proxyJump)
{
    const QStringList hops = proxyJump.split(u',');
    for (const QString& hop : hops) {
        const Result<Host> parsed = HostTarget::parse(hop);
        if (!parsed)
            return Error{
                ValidationTr::tr("The jump host “%1” is not valid. %2").arg(printable(hop), parsed.error())};
    }
    return success();
}

namespace {

Result<void> validateOptionalFields(const Host& host)
{
    if (!host.address.isEmpty())
        if (auto checked = validateHostName(host.address); !checked)
            return checked;
    if (!host.user.isEmpty())
        if (auto checked = validateUserName(host.user); !checked)
            return checked;
    if (host.port != 0)
        if (auto checked = validatePort(host.port); !checked)
            return checked;
    if (!host.proxyJump.isEmpty())
        if (auto checked = validateProxyJump(host.proxyJump); !checked)
            return checked;
    return success();
}

} // namespace

Result<void> validateHost(const Host& host)
{
    if (auto checked = validateHostEntryName(host.name); !checked)
        return checked;
    if (auto checked = validateOptionalFields(host); !checked)
        return checked;
    if (auto checked = validateFreeText(
            host.identityFile,
            QT_TRANSLATE_NOOP(
                "Lotsen::Validation",
                "The key file “%1” contains a control character such as a line break. Remove it."));
        !checked)
        return checked;
    if (auto checked = validateFreeText(
            host.group, QT_TRANSLATE_NOOP(
                            "Lotsen::Validation",
                            "The group “%1” contains a control character such as a line break. Remove it."));
        !checked)
        return checked;
    for (const QString& tag : host.tags) {
        if (auto checked = validateFreeText(
                tag, QT_TRANSLATE_NOOP(
                         "Lotsen::Validation",
                         "The tag “%1” contains a control character such as a line break. Remove it."));
            !checked)
            return checked;
    }
    return success();
}

} // namespace Lotsen::Validation
