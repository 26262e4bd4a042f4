#include "IpAddress.h"

#include <QList>

#include <algorithm>

namespace Lotsen::IpAddress {

namespace {

bool isDecimalOctet(QStringView part)
{
    if (part.isEmpty() || part.size() > 3 || (part.size() > 1 && part.front() == u'0'))
        return false;
    for (QChar c : part) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return false;
    }
    return part.toInt() <= 255;
}

bool isHexGroup(QStringView group)
{
    if (group.isEmpty() || group.size() > 4)
        return false;
    for (QChar c : group) {
        const char16_t u = c.unicode();
        const bool hex = (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
        if (!hex)
            return false;
    }
    return true;
}

bool isZoneId(QStringView zone)
{
    if (zone.isEmpty())
        return false;
    for (QChar c : zone) {
        const char16_t u = c.unicode();
        const bool ok = (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') ||
                        u == '_' || u == '.' || u == '-';
        if (!ok)
            return false;
    }
    return true;
}

// Counts the 16-bit groups of one side of "::"; -1 when a group is malformed. Only the very last
// group of the address may be an embedded IPv4 address, worth two groups.
int countGroups(QStringView side, bool mayEndInIpv4)
{
    if (side.isEmpty())
        return 0;
    const QList<QStringView> groups = side.split(u':');
    int count = 0;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const bool last = i == groups.size() - 1;
        if (last && mayEndInIpv4 && groups[i].contains(u'.')) {
            if (!isIpv4(groups[i]))
                return -1;
            count += 2;
        } else if (isHexGroup(groups[i])) {
            ++count;
        } else {
            return -1;
        }
    }
    return count;
}

} // namespace

bool isIpv4(QStringView text)
{
    const QList<QStringView> parts = text.split(u'.');
    if (parts.size() != 4)
        return false;
    return std::all_of(parts.cbegin(), parts.cend(), isDecimalOctet);
}

bool isIpv6(QStringView text)
{
    const qsizetype percent = text.indexOf(u'%');
    if (percent >= 0) {
        if (!isZoneId(text.mid(percent + 1)))
            return false;
        text = text.left(percent);
    }
    const qsizetype gap = text.indexOf(u"::");
    if (gap < 0)
        return countGroups(text, true) == 8;
    if (text.indexOf(u"::", gap + 1) >= 0)
        return false;
    const QStringView tail = text.mid(gap + 2);
    const int head = countGroups(text.left(gap), false);
    const int rest = countGroups(tail, true);
    return head >= 0 && rest >= 0 && head + rest <= 7;
}

} // namespace Lotsen::IpAddress
