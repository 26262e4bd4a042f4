#include "SessionRecorder.h"

namespace Lotsen::Test {

SessionRecorder::SessionRecorder(HostSession* session)
    : m_session(session)
{
    connect(session, &HostSession::stateChanged, this, [this](SessionState state, const QString& detail) {
        states.append(state);
        lastDetail = detail;
    });
    connect(session, &HostSession::hostKeyQuestion, this, [this](const HostKeyInfo& info) {
        hostKeyQuestions.append(info);
        if (acceptHostKey)
            m_session->answerHostKey(*acceptHostKey);
    });
    connect(session, &HostSession::hostKeyRefused, this, [this](const HostKeyInfo& info, const QString& fix) {
        refusedKeys.append(info);
        refusedHowToFix = fix;
    });
    connect(session, &HostSession::secretRequested, this, [this](const SecretRequest& request) {
        secretRequests.append(request);
        m_session->answerSecret(answerSecret ? answerSecret(request) : std::nullopt);
    });
    connect(session, &HostSession::commandOutput, this,
            [this](quint64 id, OutputChannel channel, const QByteArray& data) {
                if (channel == OutputChannel::Stderr) {
                    stderrOf[id] += data;
                    return;
                }
                stdoutBytes[id] += data.size();
                if (keepStdout)
                    stdoutOf[id] += data;
            });
    connect(session, &HostSession::commandFinished, this, [this](quint64 id, const CommandResult& result) {
        finished.append({id, result});
    });
}

bool SessionRecorder::isFinished(quint64 id) const
{
    for (const Finished& f : finished)
        if (f.id == id)
            return true;
    return false;
}

CommandResult SessionRecorder::resultOf(quint64 id) const
{
    for (const Finished& f : finished)
        if (f.id == id)
            return f.result;
    return {};
}

} // namespace Lotsen::Test
