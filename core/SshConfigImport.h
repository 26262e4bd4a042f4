#pragma once

#include "Host.h"

#include <QList>
#include <QString>

namespace Lotsen {

// Turns an OpenSSH client configuration (~/.ssh/config) into Host entries, one per concrete
// alias of each Host line, with the settings `ssh ALIAS` would use for HostName, User, Port,
// IdentityFile and ProxyJump (OpenSSH's rule: the first value obtained wins).
// Wildcard and negated patterns give no host of their own; Match blocks are skipped (except
// "Match all"); Include is followed, relative to baseDir, with wildcards in the file name part,
// at most 16 levels deep as in OpenSSH. Hosts are not validated here: HostStore::add does that.
class SshConfigImport
{
public:
    static QList<Host> parse(const QString& text, const QString& baseDir);
    // Reads the file; includes are resolved relative to the file's directory (~/.ssh for the
    // user's config). A file that cannot be read gives no hosts.
    static QList<Host> parseFile(const QString& path);
};

} // namespace Lotsen
