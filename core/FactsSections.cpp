#include "FactsSections.h"

#include <QCoreApplication>

namespace Lotsen::FactsSections {
namespace {

// The problems read as coming from FactsParser, which is what the user sees them as.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Lotsen::FactsParser)
};

// "lvs-json" failed means "lvs" failed, as far as the user is concerned.
QString displayName(const QString& name)
{
    return name.endsWith(QLatin1String("-json")) ? name.chopped(5) : name;
}

QString firstLine(const QByteArray& text)
{
    const QList<QByteArray> lines = text.trimmed().split('\n');
    for (const QByteArray& line : lines) {
        // LVM prints a harmless "WARNING: Running as a non-root user" before the real error.
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith("WARNING:"))
            return QString::fromUtf8(trimmed);
    }
    return QString::fromUtf8(text.trimmed());
}

} // namespace

Outcome outcome(const FactsScript::Section& section)
{
    if (!section.complete)
        return Outcome::Truncated;
    if (section.exitCode == 0)
        return Outcome::Ok;
    const QByteArray& err = section.err;
    if (err.contains("ermission denied") || err.contains("Operation not permitted"))
        return Outcome::PermissionDenied;
    if (section.exitCode == 127 || err.contains("not found") || err.contains("command not found"))
        return Outcome::NotInstalled;
    if (err.contains("No such file or directory"))
        return Outcome::NoFile;
    return Outcome::Failed;
}

Outcome outcome(const Sections& sections, const QString& name)
{
    const auto it = sections.constFind(name);
    return it == sections.constEnd() ? Outcome::Absent : outcome(*it);
}

bool ok(const Sections& sections, const QString& name)
{
    return outcome(sections, name) == Outcome::Ok;
}

QByteArray output(const Sections& sections, const QString& name)
{
    return ok(sections, name) ? sections.value(name).out : QByteArray();
}

bool usesPlainTwin(const Sections& sections, const QString& baseName)
{
    return sections.contains(baseName);
}

void report(const Sections& sections, const QString& name, QStringList* problems)
{
    const auto it = sections.constFind(name);
    if (it == sections.constEnd())
        return;
    const QString shown = displayName(name);
    switch (outcome(*it)) {
    case Outcome::PermissionDenied:
        problems->append(Tr::tr("%1: permission denied").arg(shown));
        break;
    case Outcome::Truncated:
        problems->append(Tr::tr("%1: output cut short").arg(shown));
        break;
    case Outcome::Failed:
        // A bare non-zero exit is how grep, needs-restarting and friends say "no" — not a failure.
        if (!it->err.trimmed().isEmpty())
            problems->append(Tr::tr("%1: failed: %2").arg(shown, firstLine(it->err)));
        break;
    case Outcome::Absent:
    case Outcome::Ok:
    case Outcome::NotInstalled:
    case Outcome::NoFile:
        break;
    }
}

void reportDeniedOrCut(const Sections& sections, const QString& name, QStringList* problems)
{
    if (outcome(sections, name) != Outcome::Failed)
        report(sections, name, problems);
}

void reportPair(const Sections& sections, const QString& baseName, QStringList* problems)
{
    report(sections, usesPlainTwin(sections, baseName) ? baseName : baseName + QLatin1String("-json"),
           problems);
}

void reportUnreadable(const QString& name, QStringList* problems)
{
    problems->append(Tr::tr("%1: unreadable output").arg(displayName(name)));
}

} // namespace Lotsen::FactsSections
