#include "Host.h"

#include "IpAddress.h"

#include <QJsonArray>

namespace Lotsen {

namespace {

// Keys of the JSON form; the host file and lotsenctl --json share them.
constexpr QLatin1String nameKey("name");
constexpr QLatin1String addressKey("address");
constexpr QLatin1String userKey("user");
constexpr QLatin1String portKey("port");
constexpr QLatin1String identityFileKey("identityFile");
constexpr QLatin1String proxyJumpKey("proxyJump");
constexpr QLatin1String groupKey("group");
constexpr QLatin1String tagsKey("tags");

void insertIfSet(QJsonObject& object, QLatin1String key, const QString& value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

} // namespace

QString Host::displayTarget() const
{
    QString target = effectiveAddress();
    // "::1:22" would be ambiguous, so an IPv6 address gets brackets when a port follows.
    if (port != 0 && IpAddress::isIpv6(target))
        target = u'[' + target + u']';
    if (!user.isEmpty())
        target = user + u'@' + target;
    if (port != 0)
        target += u':' + QString::number(port);
    return target;
}

QJsonObject Host::toJson() const
{
    QJsonObject object;
    object.insert(nameKey, name);
    insertIfSet(object, addressKey, address);
    insertIfSet(object, userKey, user);
    if (port != 0)
        object.insert(portKey, port);
    insertIfSet(object, identityFileKey, identityFile);
    insertIfSet(object, proxyJumpKey, proxyJump);
    insertIfSet(object, groupKey, group);
    if (!tags.isEmpty())
        object.insert(tagsKey, QJsonArray::fromStringList(tags));
    return object;
}

Host Host::fromJson(const QJsonObject& object)
{
    Host host;
    host.name = object.value(nameKey).toString();
    host.address = object.value(addressKey).toString();
    host.user = object.value(userKey).toString();
    host.port = object.value(portKey).toInt(0);
    host.identityFile = object.value(identityFileKey).toString();
    host.proxyJump = object.value(proxyJumpKey).toString();
    host.group = object.value(groupKey).toString();
    const QJsonArray tags = object.value(tagsKey).toArray();
    for (const QJsonValue& tag : tags)
        host.tags.append(tag.toString());
    return host;
}

} // namespace Lotsen
