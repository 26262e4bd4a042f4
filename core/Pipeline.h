#pragma once

#include "CommandLine.h"

#include <QList>

#include <initializer_list>

namespace Lotsen {

// Commands joined by pipes. Several stages run under `bash -o pipefail` (sh with pipefail where a
// host has no bash) so that a failing first stage (say `docker save`) fails the whole line instead
// of being hidden by the last stage.
class Pipeline
{
public:
    Pipeline() = default;
    Pipeline(std::initializer_list<CommandLine> stages);

    Pipeline& add(const CommandLine& stage);
    const QList<CommandLine>& stages() const { return m_stages; }
    bool isEmpty() const { return m_stages.isEmpty(); }

    // One stage: that stage's CommandLine::toShell(). Several stages: withPipefail() of
    // '<stage1> | <stage2> ...', the inner line quoted once more.
    QByteArray toShell() const;
    // "stage1 | stage2" as a person would type it; the pipefail wrapper is left out.
    QString toDisplay() const;

    // A line a person typed (pipes, redirections and all), run as typed but with pipefail.
    static QByteArray typedLine(const QString& line);
    // The one place that puts a shell line under pipefail: `bash -o pipefail -c '<line>'`, or where
    // the host has no bash, sh with `set -o pipefail` if that sh knows it (dash does not).
    static QByteArray withPipefail(const QByteArray& line);

private:
    QByteArray innerLine() const;

    QList<CommandLine> m_stages;
};

} // namespace Lotsen
