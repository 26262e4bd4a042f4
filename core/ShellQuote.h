#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// The one place where Lotsen turns arguments into POSIX shell words. Everything sent to a remote
// shell goes through here (via CommandLine / Pipeline), so hostile input can never become syntax.
namespace Lotsen::Shell {

// One argument as a POSIX sh word: left bare when it consists only of [A-Za-z0-9_./:=@%+,-]
// and is not empty, otherwise wrapped in single quotes ('' for the empty string).
QByteArray quote(const QByteArray& argument);
// The same for text, encoded as UTF-8.
QByteArray quote(const QString& argument);
// Every argument quoted, separated by single spaces.
QByteArray join(const QStringList& arguments);

} // namespace Lotsen::Shell
