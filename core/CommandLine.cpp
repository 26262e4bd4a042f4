#include "CommandLine.h"

#include "ShellQuote.h"

namespace Lotsen {

namespace {

// Words that sh treats as syntax in command position even though Shell::quote leaves them bare.
bool isReservedWord(const QString& word)
{
    static const QStringList reserved = {"if",   "then",   "else",     "elif",  "fi", "case",
                                         "esac", "for",    "while",    "until", "do", "done",
                                         "in",   "select", "function", "time"};
    return reserved.contains(word);
}

// In command position "A=b" would be an assignment and a reserved word would be syntax, so such a
// program name is quoted even though it would be a safe bare argument.
QByteArray quoteProgram(const QString& program)
{
    const QByteArray word = Shell::quote(program);
    const bool bare = !word.startsWith('\'');
    if (bare && (program.contains(u'=') || isReservedWord(program)))
        return '\'' + word + '\''; // a bare word holds no quote characters, so this is safe
    return word;
}

} // namespace

CommandLine::CommandLine(QString program, QStringList arguments)
    : m_program(std::move(program))
    , m_arguments(std::move(arguments))
{}

CommandLine& CommandLine::addArg(const QString& argument)
{
    m_arguments.append(argument);
    return *this;
}

CommandLine& CommandLine::addArgs(const QStringList& arguments)
{
    m_arguments.append(arguments);
    return *this;
}

QByteArray CommandLine::toShell() const
{
    if (isEmpty())
        return {};
    QByteArray line = quoteProgram(m_program);
    if (!m_arguments.isEmpty())
        line += ' ' + Shell::join(m_arguments);
    return line;
}

QString CommandLine::toDisplay() const
{
    return QString::fromUtf8(toShell());
}

} // namespace Lotsen
