#pragma once

#include <QString>

// Folders that hold the user's hosts and audit logs are for the user alone.
namespace Lotsen::PrivateDirectory {

// Creates path and any missing parents with mode 0700, as the XDG base directory spec asks for
// directories an application creates. Existing directories keep their permissions.
// Returns whether path exists as a directory afterwards.
bool ensure(const QString& path);

} // namespace Lotsen::PrivateDirectory
