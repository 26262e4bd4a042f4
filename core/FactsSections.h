#pragma once

#include "FactsScript.h"

#include <QStringList>

namespace Lotsen {

// Shared by the facts parsers: whether a section of the facts script can be read, and the one
// wording of "this section could not be read" that ends up in HostFacts::problems.
namespace FactsSections {

using Sections = QMap<QString, FactsScript::Section>;

enum class Outcome
{
    Absent,           // the script never got to it
    Ok,               // complete, exit code 0
    NotInstalled,     // exit 127 / "command not found": nothing to report
    NoFile,           // "No such file or directory": nothing to report
    PermissionDenied, // worth reporting: the host has it, we may not read it
    Truncated,        // no end marker
    Failed,           // any other non-zero exit
};

Outcome outcome(const FactsScript::Section& section);
Outcome outcome(const Sections& sections, const QString& name);

// True when the section ran to completion with exit code 0.
bool ok(const Sections& sections, const QString& name);

// The output of `name` when ok(), else an empty array.
QByteArray output(const Sections& sections, const QString& name);

// For a command with a plain-text twin ("lvs-json" / "lvs"): the twin runs only when the JSON
// form failed, so its presence means "use the plain text".
bool usesPlainTwin(const Sections& sections, const QString& baseName);

// Appends a translated line to problems when the section failed for a reason worth telling
// (permission denied, cut short, a failure with a message); a missing tool or file is not one.
void report(const Sections& sections, const QString& name, QStringList* problems);

// For sections whose failure is itself an answer (no kernel packages, no reboot flag, no match):
// only permission denied and cut-short output are told.
void reportDeniedOrCut(const Sections& sections, const QString& name, QStringList* problems);

// report() for a JSON/plain pair: tells about the form that ran last.
void reportPair(const Sections& sections, const QString& baseName, QStringList* problems);

// For output that arrived but could not be understood (garbage JSON).
void reportUnreadable(const QString& name, QStringList* problems);

} // namespace FactsSections
} // namespace Lotsen
