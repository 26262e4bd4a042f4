#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Lotsen {

// A command as program + argument list, never as a string: the only way to get a shell line out
// of it is toShell(), which quotes every word through Shell::quote.
class CommandLine
{
public:
    CommandLine() = default;
    explicit CommandLine(QString program, QStringList arguments = {});

    const QString& program() const { return m_program; }
    const QStringList& arguments() const { return m_arguments; }
    bool isEmpty() const { return m_program.isEmpty(); }

    CommandLine& addArg(const QString& argument);
    CommandLine& addArgs(const QStringList& arguments);

    // The command as one POSIX sh line, UTF-8; empty for an empty CommandLine.
    QByteArray toShell() const;
    // The same line as text, for logs and previews: what is shown is exactly what runs.
    QString toDisplay() const;

    bool operator==(const CommandLine&) const = default;

private:
    QString m_program;
    QStringList m_arguments;
};

} // namespace Lotsen
