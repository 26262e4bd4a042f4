#pragma once

#include <QByteArray>
#include <QString>

namespace Lotsen {

// What ssh-keygen -l says about a public key, computed from the key's wire blob
// (the base64 field of a known_hosts or .pub line, decoded).
struct SshKeyDescription
{
    QString type;        // "ED25519", "RSA", "ECDSA", "DSA" or the raw algorithm name
    int bits = 0;        // key size as ssh-keygen -l prints it
    QString fingerprint; // "SHA256:" + unpadded base64 of the blob's SHA-256

    // "256 SHA256:… (ED25519)" as ssh-keygen -l prints it, without the comment.
    QString toString() const;
};

SshKeyDescription describeSshKeyBlob(const QByteArray& blob);

} // namespace Lotsen
