#include "ShellQuote.h"

#include <algorithm>

namespace Lotsen::Shell {

namespace {

bool isSafeByte(char c)
{
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
        return true;
    static constexpr QByteArrayView safePunctuation = "_./:=@%+,-";
    return safePunctuation.contains(c);
}

bool needsQuotes(const QByteArray& argument)
{
    if (argument.isEmpty())
        return true;
    return !std::all_of(argument.cbegin(), argument.cend(), isSafeByte);
}

} // namespace

QByteArray quote(const QByteArray& argument)
{
    if (!needsQuotes(argument))
        return argument;
    // Inside single quotes nothing is special except the closing quote itself, which is written
    // as: end quote, escaped quote, reopen quote.
    QByteArray quoted = argument;
    quoted.replace('\'', "'\\''");
    return '\'' + quoted + '\'';
}

QByteArray quote(const QString& argument)
{
    return quote(argument.toUtf8());
}

QByteArray join(const QStringList& arguments)
{
    QByteArrayList words;
    words.reserve(arguments.size());
    for (const QString& argument : arguments)
        words.append(quote(argument));
    return words.join(' ');
}

} // namespace Lotsen::Shell
