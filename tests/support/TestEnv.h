#pragma once

// Skips that CI turns into failures. A test that needs root, the SSH test bed or Docker calls
// LOTSEN_SKIP_OR_FAIL: on a laptop the test is skipped with the reason; with LOTSEN_REQUIRE_ALL=1
// (scripts/test.sh sets it when CI=true) it fails, so CI can't pass by skipping.

#include "SshTestBed.h"

#include <QByteArray>
#include <QString>
#include <QTest>

#include <unistd.h>

namespace Lotsen::Test {

inline bool requireAll()
{
    return qEnvironmentVariable("LOTSEN_REQUIRE_ALL") == QLatin1String("1");
}

inline QByteArray skipReason(const char* reason)
{
    return QByteArray(reason);
}

inline QByteArray skipReason(const QByteArray& reason)
{
    return reason;
}

inline QByteArray skipReason(const QString& reason)
{
    return reason.toUtf8();
}

} // namespace Lotsen::Test

#define LOTSEN_SKIP_OR_FAIL(reason)                                                                          \
    do {                                                                                                     \
        const QByteArray lotsenSkipReason_ = ::Lotsen::Test::skipReason(reason);                             \
        if (::Lotsen::Test::requireAll())                                                                    \
            QFAIL((lotsenSkipReason_ + " (LOTSEN_REQUIRE_ALL=1 makes this a failure)").constData());         \
        QSKIP(lotsenSkipReason_.constData());                                                                \
    } while (false)

#define LOTSEN_REQUIRE_ROOT()                                                                                \
    do {                                                                                                     \
        if (::geteuid() != 0)                                                                                \
            LOTSEN_SKIP_OR_FAIL("needs root (users, sudo and password logins on the test bed)");             \
    } while (false)

#define LOTSEN_REQUIRE_SSHD()                                                                                \
    do {                                                                                                     \
        QString lotsenWhyNot_;                                                                               \
        if (!::Lotsen::Test::SshTestBed::canRun(&lotsenWhyNot_))                                             \
            LOTSEN_SKIP_OR_FAIL(lotsenWhyNot_);                                                              \
    } while (false)
