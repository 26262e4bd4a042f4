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
    return "bash -o pipefail -c " + Shell::quote(innerLine());
}

QString Pipeline::toDisplay() const
{
    return QString::fromUtf8(innerLine());
}

} // namespace Lotsen
