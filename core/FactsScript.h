#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace Lotsen {

// The one remote script a refresh runs (one round trip per host) and the splitting of its
// output into sections. Each section is one command; its stdout, the start of its stderr and its
// exit code come back behind markers, so a missing tool or a denied permission spoils only
// its own section. Section names are listed in FactsScript.cpp next to their commands.
namespace FactsScript {

struct Section
{
    QByteArray out;
    QByteArray err; // the first 2 KB of stderr
    int exitCode = -1;
    bool complete = false; // the end marker arrived (false = truncated output)
};

// POSIX sh, for CentOS 6 to current Debian; run with `sh -c`.
QByteArray script();

// Sections by name, in the order they came.
QMap<QString, Section> split(const QByteArray& output);

} // namespace FactsScript
} // namespace Lotsen
