#pragma once

#include "Host.h"

#include <QList>
#include <QString>

namespace Lotsen {

// Turns an Ansible INI inventory into Host entries.
// - The first group a host appears in becomes Host::group; its other groups, and the parents of
//   all its groups through [parent:children], become tags.
// - ansible_host, ansible_user, ansible_port and ansible_ssh_private_key_file (and the old
//   ansible_ssh_host/_user/_port names) come from the host line, else from the nearest group's
//   [group:vars], else from [all:vars]. "name:port" on the host line sets the port as well.
// - Ranges such as web[01:03].example.com or db-[a:c] are expanded (at most 10000 hosts each).
// YAML inventories are not understood. Hosts are not validated here: HostStore::add does that.
class AnsibleInventoryImport
{
public:
    static QList<Host> parse(const QString& iniText);
};

} // namespace Lotsen
