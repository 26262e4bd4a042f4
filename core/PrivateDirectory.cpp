#include "PrivateDirectory.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace Lotsen::PrivateDirectory {

bool ensure(const QString& path)
{
    constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    QStringList missing;
    QFileInfo info(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    while (!info.exists() && !info.isRoot()) {
        missing.prepend(info.fileName());
        info.setFile(info.absolutePath());
    }
    QDir directory(info.absoluteFilePath());
    for (const QString& name : std::as_const(missing)) {
        // QDir::mkdir with permissions creates the folder private from the start; no chmod race.
        // Another thread (each host's worker writes its own audit log) may create it first.
        const bool made = directory.mkdir(name, ownerOnly) || QFileInfo(directory.filePath(name)).isDir();
        if (!made || !directory.cd(name))
            return false;
    }
    return QFileInfo(path).isDir();
}

} // namespace Lotsen::PrivateDirectory
