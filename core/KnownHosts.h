#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Lotsen {

// Reads an OpenSSH known_hosts file: which keys it records for a host, hashed entries included.
// Used to show the recorded fingerprint next to the offered one when a host key has changed.
namespace KnownHosts {

// host as OpenSSH writes it: "name" for port 22, "[name]:port" otherwise.
QString hostField(const QString& address, int port);

// The key blobs (decoded from base64) recorded for host in the file's text, in file order.
// Marker lines (@revoked, @cert-authority) and negated patterns are left out.
QList<QByteArray> keysFor(const QByteArray& fileText, const QString& host);

} // namespace KnownHosts
} // namespace Lotsen
