#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Lotsen {

// One configured host: where it is, who logs in, and how the user files it (group, tags).
// Never holds a password.
struct Host
{
    QString name;         // unique display name; also the ~/.ssh/config alias when imported from there
    QString address;      // DNS name, IPv4 or IPv6 address; empty = use name through ~/.ssh/config
    QString user;         // empty = ~/.ssh/config or the local user
    int port = 0;         // 0 = ~/.ssh/config or 22
    QString identityFile; // empty = agent / ~/.ssh/config / default keys
    QString proxyJump;    // [user@]host[:port], empty = none
    QString group;        // one level of grouping in the host tree; empty = ungrouped
    QStringList tags;

    // The address to dial: address, else name.
    QString effectiveAddress() const { return address.isEmpty() ? name : address; }
    // "user@address:port" for display and logs.
    QString displayTarget() const;

    QJsonObject toJson() const;
    static Host fromJson(const QJsonObject& object);

    bool operator==(const Host&) const = default;
};

} // namespace Lotsen
