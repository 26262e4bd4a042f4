#pragma once

#include "SessionTypes.h"

#include <QCoreApplication>

namespace Lotsen {

// One short, translated line saying how a remote command ended ("exit 0", "killed by signal TERM").
class ResultSummary
{
    Q_DECLARE_TR_FUNCTIONS(Lotsen::ResultSummary)
public:
    static QString text(const CommandResult& result);
    static QString duration(qint64 ms);
};

} // namespace Lotsen
