#include "HostTarget.h"

#include "Validation.h"

namespace Lotsen {

namespace {

Result<int> parsePort(const QString& text)
{
    bool isNumber = false;
    const int port = text.toInt(&isNumber);
    const bool digitsOnly = !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() >= '0' && c.unicode() <= '9';
    });
    if (!isNumber || !digitsOnly)
        return Error{HostTarget::tr("“%1” is not a port number. Use a number from 1 to 65535.")
                         .arg(Validation::printable(text))};
    if (auto checked = Validation::validatePort(port); !checked)
        return Error{checked.error()};
    return port;
}

// Splits "address[:port]" or "[address]:port" into the host's address and port.
Result<void> splitAddressAndPort(const QString& text, Host& host)
{
    QString portText;
    QString shownAddress = text; // as validated: brackets kept, so that only IPv6 may use them
    bool hasPort = false;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return Error{
                HostTarget::tr("“%1” has “[” without a closing “]”.").arg(Validation::printable(text))};
        host.address = text.mid(1, close - 1);
        shownAddress = text.left(close + 1);
        const QString after = text.mid(close + 1);
        hasPort = !after.isEmpty();
        if (hasPort && !after.startsWith(u':'))
            return Error{HostTarget::tr("“%1” has text after “]” that is not “:port”.")
                             .arg(Validation::printable(text))};
        portText = after.mid(1);
    } else if (text.count(u':') == 1) {
        // More than one colon without brackets can only be a bare IPv6 address, never address:port.
        hasPort = true;
        host.address = text.section(u':', 0, 0);
        shownAddress = host.address;
        portText = text.section(u':', 1);
    } else {
        host.address = text;
    }
    if (hasPort) {
        const Result<int> port = parsePort(portText);
        if (!port)
            return Error{port.error()};
        host.port = *port;
    }
    return Validation::validateHostName(shownAddress);
}

Result<Host> parsePlain(const QString& text)
{
    Host host;
    QString rest = text;
    const qsizetype at = rest.lastIndexOf(u'@');
    if (at >= 0) {
        host.user = rest.left(at);
        rest = rest.mid(at + 1);
        if (auto checked = Validation::validateUserName(host.user); !checked)
            return Error{checked.error()};
    }
    if (auto checked = splitAddressAndPort(rest, host); !checked)
        return Error{checked.error()};
    host.name = host.address;
    return host;
}

} // namespace

Result<Host> HostTarget::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error{tr("No host given. Use a configured host name, [user@]address[:port] or "
                        "ssh://user@address:port.")};
    QString plain = trimmed;
    if (plain.startsWith(QLatin1String("ssh://"), Qt::CaseInsensitive)) {
        plain = plain.mid(6);
        if (plain.endsWith(u'/'))
            plain.chop(1);
    } else if (plain.contains(QLatin1String("://"))) {
        return Error{tr("“%1” uses a scheme other than ssh://. Use [user@]address[:port] or "
                        "ssh://user@address:port.")
                         .arg(Validation::printable(trimmed))};
    }
    Result<Host> host = parsePlain(plain);
    if (host)
        return host;
    return Error{tr("“%1” is not a host target. %2").arg(Validation::printable(trimmed), host.error())};
}

} // namespace Lotsen
