#include "RemoteWrapper.h"

#include "CommandLine.h"

#include <QRandomGenerator>

namespace Lotsen {
namespace {

QByteArray randomToken()
{
    const quint64 value = QRandomGenerator::system()->generate64();
    return QByteArray::number(value, 16).rightJustified(16, '0');
}

// Reads its process group from /proc (field 5 of stat), announces it behind the marker, then
// hands the command line to the user's login shell, as sshd itself would have (and bash, unlike
// dash, execs a lone command, so a command killed by a signal is reported as such).
const char* const AnnounceScript =
    "read -r _ _ _ _ g _ < /proc/$$/stat 2>/dev/null; "
    "printf '%s %s\\n' \"$1\" \"${g:-$$}\" >&2; exec \"${SHELL:-sh}\" -c \"$2\"";

} // namespace

RemoteWrapper::RemoteWrapper(bool sudo)
    : RemoteWrapper(sudo, "[lotsen-sudo-" + randomToken() + "]", "[lotsen-ready-" + randomToken() + "]")
{}

RemoteWrapper::RemoteWrapper(bool sudo, const QByteArray& promptMarker, const QByteArray& readyMarker)
    : m_sudo(sudo)
    , m_prompt(promptMarker)
    , m_readyMarker(readyMarker + ' ')
{}

QByteArray RemoteWrapper::wrap(const QByteArray& shellLine) const
{
    QStringList arguments{QStringLiteral("-c"), QString::fromLatin1(AnnounceScript), QStringLiteral("lotsen"),
                          QString::fromLatin1(m_readyMarker.chopped(1)), QString::fromUtf8(shellLine)};
    if (!m_sudo)
        return CommandLine(QStringLiteral("sh"), arguments).toShell();
    arguments.prepend(QStringLiteral("sh"));
    arguments = QStringList{QStringLiteral("-S"), QStringLiteral("-p"), QString::fromLatin1(m_prompt),
                            QStringLiteral("--")} +
                arguments;
    return CommandLine(QStringLiteral("sudo"), arguments).toShell();
}

QList<RemoteWrapper::Event> RemoteWrapper::feed(const QByteArray& chunk, QByteArray* passthrough)
{
    QList<Event> events;
    if (m_ready) {
        passthrough->append(chunk);
        return events;
    }
    m_buffer.append(chunk);
    for (;;) {
        const qsizetype prompt = m_sudo ? m_buffer.indexOf(m_prompt) : -1;
        const qsizetype ready = m_buffer.indexOf(m_readyMarker);
        const qsizetype readyEnd = ready >= 0 ? m_buffer.indexOf('\n', ready) : -1;
        if (prompt >= 0 && (ready < 0 || prompt < ready)) {
            m_held.append(m_buffer.left(prompt));
            m_buffer.remove(0, prompt + m_prompt.size());
            events.append(++m_prompts == 1 ? Event::PasswordWanted : Event::WrongPassword);
            continue;
        }
        if (readyEnd >= 0) {
            m_held.append(m_buffer.left(ready));
            m_processGroup =
                m_buffer.mid(ready + m_readyMarker.size(), readyEnd - ready - m_readyMarker.size())
                    .toLongLong();
            passthrough->append(m_buffer.mid(readyEnd + 1));
            m_buffer.clear();
            m_ready = true;
            events.append(Event::Ready);
        }
        return events;
    }
}

} // namespace Lotsen
