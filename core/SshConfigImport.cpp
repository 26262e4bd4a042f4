#include "SshConfigImport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <optional>
#include <utility>

namespace Lotsen {

namespace {

// OpenSSH's READCONF_MAX_DEPTH.
constexpr int maxIncludeDepth = 16;

struct ConfigLine
{
    QString keyword; // lowercase
    QStringList arguments;
};

using ConfigText = QList<ConfigLine>;

// Splits a value the way OpenSSH's argv_split does: whitespace-separated words, "double" and
// 'single' quotes, a backslash before a quote, a backslash or (unquoted) a space, and a word
// starting with # ends the line.
QStringList splitArguments(QStringView text)
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const QChar next = i + 1 < text.size() ? text[i + 1] : QChar();
        if (quote.isNull() && c.isSpace()) {
            if (inWord)
                words.append(std::exchange(word, {}));
            inWord = false;
            continue;
        }
        if (quote.isNull() && !inWord && c == u'#')
            break;
        inWord = true;
        if (c == u'\\' &&
            (next == u'"' || next == u'\'' || next == u'\\' || (quote.isNull() && next == u' ')))
            word += text[++i];
        else if (quote.isNull() && (c == u'"' || c == u'\''))
            quote = c;
        else if (c == quote)
            quote = QChar();
        else
            word += c;
    }
    if (inWord)
        words.append(word);
    return words;
}

// "Keyword value", "Keyword=value" and "Keyword = value".
std::optional<ConfigLine> parseLine(QStringView line)
{
    line = line.trimmed();
    if (line.isEmpty() || line.startsWith(u'#'))
        return std::nullopt;
    qsizetype end = 0;
    while (end < line.size() && !line[end].isSpace() && line[end] != u'=')
        ++end;
    QStringView rest = line.mid(end).trimmed();
    if (rest.startsWith(u'='))
        rest = rest.mid(1).trimmed();
    return ConfigLine{line.left(end).toString().toLower(), splitArguments(rest)};
}

ConfigText parseText(const QString& text)
{
    ConfigText lines;
    const QList<QStringView> rawLines = QStringView(text).split(u'\n');
    for (QStringView raw : rawLines) {
        if (std::optional<ConfigLine> line = parseLine(raw))
            lines.append(*line);
    }
    return lines;
}

// OpenSSH host patterns: * and ?, compared without regard to case.
bool wildcardMatch(QStringView pattern, QStringView text)
{
    if (pattern.isEmpty())
        return text.isEmpty();
    if (pattern.front() == u'*') {
        for (qsizetype skip = 0; skip <= text.size(); ++skip) {
            if (wildcardMatch(pattern.mid(1), text.mid(skip)))
                return true;
        }
        return false;
    }
    if (text.isEmpty())
        return false;
    const bool same = pattern.front() == u'?' || pattern.front().toLower() == text.front().toLower();
    return same && wildcardMatch(pattern.mid(1), text.mid(1));
}

bool hostLineMatches(const QStringList& patterns, const QString& alias)
{
    bool matched = false;
    for (const QString& pattern : patterns) {
        const bool negated = pattern.startsWith(u'!');
        if (wildcardMatch(negated ? QStringView(pattern).mid(1) : QStringView(pattern), alias)) {
            if (negated)
                return false; // a matching negation cancels the whole line
            matched = true;
        }
    }
    return matched;
}

bool isConcreteAlias(const QString& pattern)
{
    return !pattern.isEmpty() && !pattern.startsWith(u'!') && !pattern.contains(u'*') &&
           !pattern.contains(u'?');
}

QString expandHome(const QString& path)
{
    if (path == u'~')
        return QDir::homePath();
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

// The %-tokens that make sense without a connection: %h (the alias), %d (home), %%.
QString expandTokens(const QString& value, const QString& alias)
{
    QString result;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] != u'%' || i + 1 >= value.size()) {
            result += value[i];
            continue;
        }
        const QChar token = value[++i];
        if (token == u'h')
            result += alias;
        else if (token == u'd')
            result += QDir::homePath();
        else if (token == u'%')
            result += u'%';
        else
            result += u'%' + QString(token);
    }
    return result;
}

// Walks the configuration as `ssh ALIAS` would, following Includes.
class ConfigWalker
{
public:
    // topFile: the file the text came from, if any, so that it cannot include itself.
    ConfigWalker(QString baseDir, const QString& topFile)
        : m_baseDir(std::move(baseDir))
    {
        if (!topFile.isEmpty())
            m_includeStack.append(QFileInfo(topFile).canonicalFilePath());
    }

    void collectAliases(const ConfigText& lines, QStringList& aliases, int depth);
    void collectSettings(const ConfigText& lines, const QString& alias, QHash<QString, QString>& settings,
                         bool active, int depth);

private:
    QStringList includedFiles(const QStringList& patterns) const;
    ConfigText fileLines(const QString& path);
    bool enter(const QString& file, int depth);

    QString m_baseDir;
    QHash<QString, ConfigText> m_files;
    QStringList m_includeStack; // files being read right now, to stop include cycles
};

QStringList ConfigWalker::includedFiles(const QStringList& patterns) const
{
    QStringList files;
    for (const QString& pattern : patterns) {
        QString path = expandHome(pattern);
        if (QDir::isRelativePath(path))
            path = m_baseDir + u'/' + path;
        const QFileInfo info(path);
        if (!info.fileName().contains(u'*') && !info.fileName().contains(u'?')) {
            files.append(path);
            continue;
        }
        const QDir directory = info.dir();
        const QStringList names = directory.entryList({info.fileName()}, QDir::Files, QDir::Name);
        for (const QString& name : names)
            files.append(directory.filePath(name));
    }
    return files;
}

ConfigText ConfigWalker::fileLines(const QString& path)
{
    auto cached = m_files.constFind(path);
    if (cached != m_files.cend())
        return *cached;
    QFile file(path);
    QString text;
    if (file.open(QIODevice::ReadOnly))
        text = QString::fromUtf8(file.readAll());
    return *m_files.insert(path, parseText(text));
}

// A file already being read would include itself forever; OpenSSH stops that with its depth
// limit, which can still mean exponential work when a wildcard Include matches the includer.
bool ConfigWalker::enter(const QString& file, int depth)
{
    const QString canonical = QFileInfo(file).canonicalFilePath();
    if (depth >= maxIncludeDepth || canonical.isEmpty() || m_includeStack.contains(canonical))
        return false;
    m_includeStack.append(canonical);
    return true;
}

void ConfigWalker::collectAliases(const ConfigText& lines, QStringList& aliases, int depth)
{
    for (const ConfigLine& line : lines) {
        if (line.keyword == QLatin1String("host")) {
            for (const QString& pattern : line.arguments) {
                if (isConcreteAlias(pattern) && !aliases.contains(pattern))
                    aliases.append(pattern);
            }
        } else if (line.keyword == QLatin1String("include")) {
            for (const QString& file : includedFiles(line.arguments)) {
                if (!enter(file, depth))
                    continue;
                collectAliases(fileLines(file), aliases, depth + 1);
                m_includeStack.removeLast();
            }
        }
    }
}

void ConfigWalker::collectSettings(const ConfigText& lines, const QString& alias,
                                   QHash<QString, QString>& settings, bool active, int depth)
{
    for (const ConfigLine& line : lines) {
        if (line.keyword == QLatin1String("host")) {
            active = hostLineMatches(line.arguments, alias);
        } else if (line.keyword == QLatin1String("match")) {
            active = line.arguments == QStringList{QStringLiteral("all")};
        } else if (!active) {
            continue;
        } else if (line.keyword == QLatin1String("include")) {
            // An included file starts in the including block's state and cannot change it.
            for (const QString& file : includedFiles(line.arguments)) {
                if (!enter(file, depth))
                    continue;
                collectSettings(fileLines(file), alias, settings, true, depth + 1);
                m_includeStack.removeLast();
            }
        } else if (!line.arguments.isEmpty() && !settings.contains(line.keyword)) {
            settings.insert(line.keyword, line.arguments.first());
        }
    }
}

Host hostFromSettings(const QString& alias, const QHash<QString, QString>& settings)
{
    Host host;
    host.name = alias;
    host.address = expandTokens(settings.value(QStringLiteral("hostname")), alias);
    host.user = settings.value(QStringLiteral("user"));
    host.port = settings.value(QStringLiteral("port")).toInt();
    host.identityFile = expandHome(expandTokens(settings.value(QStringLiteral("identityfile")), alias));
    host.proxyJump = settings.value(QStringLiteral("proxyjump"));
    if (host.proxyJump.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        host.proxyJump.clear();
    return host;
}

QList<Host> parseConfig(const QString& text, const QString& baseDir, const QString& topFile)
{
    ConfigWalker walker(baseDir, topFile);
    const ConfigText lines = parseText(text);
    QStringList aliases;
    walker.collectAliases(lines, aliases, 0);
    QList<Host> hosts;
    for (const QString& alias : std::as_const(aliases)) {
        QHash<QString, QString> settings;
        walker.collectSettings(lines, alias, settings, true, 0);
        hosts.append(hostFromSettings(alias, settings));
    }
    return hosts;
}

} // namespace

QList<Host> SshConfigImport::parse(const QString& text, const QString& baseDir)
{
    return parseConfig(text, baseDir, {});
}

QList<Host> SshConfigImport::parseFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parseConfig(QString::fromUtf8(file.readAll()), QFileInfo(path).absolutePath(), path);
}

} // namespace Lotsen
