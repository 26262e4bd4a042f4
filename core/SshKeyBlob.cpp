#include "SshKeyBlob.h"

#include <QCryptographicHash>

namespace Lotsen {
namespace {

// Reads the SSH wire format's length-prefixed strings (RFC 4251 section 5).
class BlobReader
{
public:
    explicit BlobReader(const QByteArray& blob)
        : m_blob(blob)
    {}

    bool next(QByteArray* field)
    {
        if (m_pos + 4 > m_blob.size())
            return false;
        const auto* p = reinterpret_cast<const unsigned char*>(m_blob.constData() + m_pos);
        const qsizetype length = (qsizetype(p[0]) << 24) | (p[1] << 16) | (p[2] << 8) | p[3];
        if (length < 0 || m_pos + 4 + length > m_blob.size())
            return false;
        *field = m_blob.mid(m_pos + 4, length);
        m_pos += 4 + length;
        return true;
    }

private:
    const QByteArray& m_blob;
    qsizetype m_pos = 0;
};

int mpintBits(const QByteArray& mpint)
{
    qsizetype i = 0;
    while (i < mpint.size() && mpint.at(i) == 0)
        ++i;
    if (i == mpint.size())
        return 0;
    int bits = int(mpint.size() - i - 1) * 8;
    for (auto top = static_cast<unsigned char>(mpint.at(i)); top != 0; top >>= 1)
        ++bits;
    return bits;
}

} // namespace

QString SshKeyDescription::toString() const
{
    return QStringLiteral("%1 %2 (%3)").arg(bits).arg(fingerprint, type);
}

SshKeyDescription describeSshKeyBlob(const QByteArray& blob)
{
    SshKeyDescription description;
    const QByteArray digest = QCryptographicHash::hash(blob, QCryptographicHash::Sha256);
    description.fingerprint =
        QStringLiteral("SHA256:") + QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));

    BlobReader reader(blob);
    QByteArray algorithm;
    if (!reader.next(&algorithm))
        return description;
    description.type = QString::fromLatin1(algorithm);
    if (algorithm == "ssh-ed25519") {
        description.type = QStringLiteral("ED25519");
        description.bits = 256;
    } else if (algorithm == "ssh-rsa") {
        QByteArray exponent, modulus;
        description.type = QStringLiteral("RSA");
        if (reader.next(&exponent) && reader.next(&modulus))
            description.bits = mpintBits(modulus);
    } else if (algorithm == "ssh-dss") {
        QByteArray prime;
        description.type = QStringLiteral("DSA");
        if (reader.next(&prime))
            description.bits = mpintBits(prime);
    } else if (algorithm.startsWith("ecdsa-sha2-nistp")) {
        description.type = QStringLiteral("ECDSA");
        description.bits = algorithm.mid(16).toInt();
    }
    return description;
}

} // namespace Lotsen
