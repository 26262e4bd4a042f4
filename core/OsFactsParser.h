#pragma once

#include "FactsScript.h"
#include "HostFacts.h"

namespace Lotsen {

// The OS part of the facts: hostname and architecture from `uname -nrm`, distribution from
// /etc/os-release, or from /etc/redhat-release on EL6, which has no os-release.
namespace OsFactsParser {

OsFacts parse(const QMap<QString, FactsScript::Section>& sections, QStringList* problems);

// Pure pieces, each fills only what its source tells.
void applyUname(const QByteArray& unameOutput, OsFacts* os);
void applyOsRelease(const QByteArray& osRelease, OsFacts* os);
void applyRedhatRelease(const QByteArray& redhatRelease, OsFacts* os);

// "rhel", "centos", "rocky", … → "el"; "debian", "ubuntu", … → "debian"; else empty.
QString familyOf(const QString& id, const QString& idLike = QString());

} // namespace OsFactsParser
} // namespace Lotsen
