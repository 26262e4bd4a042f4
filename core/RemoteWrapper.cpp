#include "RemoteWrapper.h"

#include "CommandLine.h"
#include "ShellQuote.h"

#include <QRandomGenerator>

namespace Lotsen {
namespace {

QByteArray randomToken()
{
    const quint64 value = QRandomGenerator::system()->generate64();
    return QByteArray::number(value, 16).rightJustified(16, '0');
}

// Reads the shell's process group from /proc (field 5 of stat) and announces it behind the
// marker; the command line then runs in that group. Without sudo this runs in the login shell
// sshd started, so no further shell (nor its start-up files) is added; under sudo a sh does it
// and hands the line to the target user's shell, which, like sshd's, execs a lone command.
QByteArray announce(const QByteArray& marker)
{
    return "read -r _ _ _ _ lotsen_pg _ < /proc/$$/stat 2>/dev/null; printf '%s %s\\n' " +
           Shell::quote(marker) + " \"${lotsen_pg:-$$}\" >&2; ";
}

const char* const SudoScript = "read -r _ _ _ _ g _ < /proc/$$/stat 2>/dev/null; "
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
    const QByteArray marker = m_readyMarker.chopped(1);
    if (!m_sudo)
        return announce(marker) + shellLine;
    return CommandLine(QStringLiteral("sudo"),
                       {QStringLiteral("-S"), QStringLiteral("-p"), QString::fromLatin1(m_prompt),
                        QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                        QString::fromLatin1(SudoScript), QStringLiteral("lotsen"),
                        QString::fromLatin1(marker), QString::fromUtf8(shellLine)})
        .toShell();
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
