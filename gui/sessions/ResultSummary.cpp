#include "ResultSummary.h"

namespace Lotsen {

QString ResultSummary::text(const CommandResult& result)
{
    if (!result.error.isEmpty())
        return tr("error: %1").arg(result.error);
    if (result.cancelled)
        return tr("cancelled");
    if (result.timedOut)
        return tr("timed out");
    if (!result.signal.isEmpty())
        return tr("killed by signal %1").arg(result.signal);
    return tr("exit %1").arg(result.exitCode);
}

QString ResultSummary::duration(qint64 ms)
{
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60000)
        return tr("%1 s").arg(QString::number(static_cast<double>(ms) / 1000.0, 'f', 1));
    return tr("%1 min %2 s").arg(ms / 60000).arg((ms % 60000) / 1000);
}

} // namespace Lotsen
