#pragma once

#include "HostSession.h"

#include <QList>
#include <QMap>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace Lotsen::Test {

// Records what a HostSession says and answers its prompts the way a test tells it to.
class SessionRecorder : public QObject
{
    Q_OBJECT
public:
    struct Finished
    {
        quint64 id;
        CommandResult result;
    };

    explicit SessionRecorder(HostSession* session);

    // Answers for prompts; unset = cancel.
    std::optional<bool> acceptHostKey;
    std::function<std::optional<QByteArray>(const SecretRequest&)> answerSecret;

    QList<SessionState> states;
    QString lastDetail;
    QList<HostKeyInfo> hostKeyQuestions;
    QList<HostKeyInfo> refusedKeys;
    QString refusedHowToFix;
    QList<SecretRequest> secretRequests;
    QMap<quint64, QByteArray> stdoutOf;
    QMap<quint64, QByteArray> stderrOf;
    QMap<quint64, qint64> stdoutBytes; // counted, for streams too big to keep
    QList<Finished> finished;
    bool keepStdout = true;

    bool isFinished(quint64 id) const;
    CommandResult resultOf(quint64 id) const;
    bool reached(SessionState state) const { return states.contains(state); }

private:
    HostSession* m_session;
};

} // namespace Lotsen::Test
