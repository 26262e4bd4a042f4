#include "Pipeline.h"

#include "ShellQuote.h"

namespace Lotsen {

Pipeline::Pipeline(std::initializer_list<CommandLine> stages)
    : m_stages(stages)
{}

Pipeline& Pipeline::add(const CommandLine& stage)
{
    m_stages.append(stage);
    return *this;
}

QByteArray Pipeline::innerLine() const
{
    QByteArrayList lines;
    lines.reserve(m_stages.size());
    for (const CommandLine& stage : m_stages)
        lines.append(stage.toShell());
    return lines.join(" | ");
}

QByteArray Pipeline::toShell() const
{
    if (m_stages.size() <= 1)
        return m_stages.isEmpty() ? QByteArray() : m_stages.first().toShell();
    return withPipefail(innerLine());
}

QByteArray Pipeline::typedLine(const QString& line)
{
    return withPipefail(line.toUtf8());
}

QByteArray Pipeline::withPipefail(const QByteArray& line)
{
    // An unknown option to `set` would end dash itself (a special builtin's error), so the
    // fallback tries it in a subshell first.
    return "if command -v bash >/dev/null 2>&1; then bash -o pipefail -c " + Shell::quote(line) +
           "; else sh -c " + Shell::quote("(set -o pipefail) 2>/dev/null && set -o pipefail; " + line) +
           "; fi";
}

QString Pipeline::toDisplay() const
{
    return QString::fromUtf8(innerLine());
}

} // namespace Lotsen
