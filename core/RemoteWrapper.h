#pragma once

#include <QByteArray>
#include <QList>

namespace Lotsen {

// Wraps every remote command line so that, before it starts, it announces on stderr (behind a
// random marker) the process group it runs in; cancel can then end the whole group even where
// sshd refuses signal requests (root logins). With sudo, `sudo -S` runs without a terminal and
// its prompt is a second random marker: the password is sent only after that prompt shows up,
// and the command's stdin data only after the ready line, so the password can never reach the
// command's input, whether or not sudo asks.
class RemoteWrapper
{
public:
    enum class Event
    {
        PasswordWanted,
        WrongPassword,
        Ready
    };

    explicit RemoteWrapper(bool sudo); // fresh random markers
    RemoteWrapper(bool sudo, const QByteArray& promptMarker, const QByteArray& readyMarker);

    QByteArray wrap(const QByteArray& shellLine) const;

    // Feeds a chunk of the wrapped command's stderr. Returns what happened; text that belongs to
    // the command (everything after the ready line) is appended to *passthrough.
    QList<Event> feed(const QByteArray& chunk, QByteArray* passthrough);

    bool isReady() const { return m_ready; }
    bool usesSudo() const { return m_sudo; }
    // The command's process group on the host, once ready; 0 before.
    qint64 processGroup() const { return m_processGroup; }
    // What came before the ready line ("Sorry, try again.", "not in the sudoers file", a shell's
    // complaint), without the markers; shown when the command never started.
    QByteArray messagesBeforeStart() const { return (m_held + m_buffer).trimmed(); }

private:
    bool m_sudo;
    QByteArray m_prompt;
    QByteArray m_readyMarker;
    QByteArray m_buffer;
    QByteArray m_held;
    int m_prompts = 0;
    bool m_ready = false;
    qint64 m_processGroup = 0;
};

} // namespace Lotsen
