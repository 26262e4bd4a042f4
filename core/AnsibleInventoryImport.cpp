#include "AnsibleInventoryImport.h"

#include <QDir>
#include <QHash>

#include <utility>

namespace Lotsen {

namespace {

using Variables = QHash<QString, QString>;

// Ansible's implicit groups carry no meaning worth a group or tag in Lotsen.
const QString allGroup = QStringLiteral("all");
const QString ungroupedGroup = QStringLiteral("ungrouped");

// One range expansion may not produce more hosts than this, so that a typo such as
// web[1:99999999] cannot exhaust memory.
constexpr qsizetype maxExpandedHosts = 10000;

struct Inventory
{
    QStringList hostOrder;
    QHash<QString, Variables> hostVariables;
    QHash<QString, QStringList> hostGroups; // direct groups in order of appearance
    QHash<QString, Variables> groupVariables;
    QHash<QString, QStringList> groupParents; // child group -> parent groups
};

// Words as Python's shlex (posix mode) splits them: quotes, backslash escapes, # comments.
QStringList splitWords(QStringView line)
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quote.isNull() && c.isSpace()) {
            if (inWord)
                words.append(std::exchange(word, {}));
            inWord = false;
            continue;
        }
        if (quote.isNull() && c == u'#')
            break;
        inWord = true;
        if (c == u'\\' && quote != u'\'' && i + 1 < line.size())
            word += line[++i];
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

QStringList rangeValues(const QString& begin, const QString& end, int step)
{
    static const QString letters = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    QStringList values;
    if (begin.size() == 1 && end.size() == 1 && letters.contains(begin) && letters.contains(end)) {
        for (qsizetype i = letters.indexOf(begin); i >= 0 && i <= letters.indexOf(end); i += step)
            values.append(letters.at(i));
        return values;
    }
    bool beginOk = false;
    bool endOk = false;
    const qlonglong first = begin.isEmpty() ? 0 : begin.toLongLong(&beginOk);
    const qlonglong last = end.toLongLong(&endOk);
    if ((!beginOk && !begin.isEmpty()) || !endOk || last - first >= maxExpandedHosts * qlonglong(step))
        return {};
    // A leading zero asks for fixed width, as in Ansible: web[01:10] gives web01..web10.
    const int width = begin.size() > 1 && begin.startsWith(u'0') ? int(begin.size()) : 0;
    for (qlonglong i = first; i <= last; i += step)
        values.append(QStringLiteral("%1").arg(i, width, 10, QLatin1Char('0')));
    return values;
}

// Expands the first [begin:end[:step]] of a host pattern, then the rest recursively.
QStringList expandRanges(const QString& pattern)
{
    const qsizetype open = pattern.indexOf(u'[');
    const qsizetype close = pattern.indexOf(u']', open);
    if (open < 0 || close < 0)
        return {pattern};
    const QStringList parts = pattern.mid(open + 1, close - open - 1).split(u':');
    const int step = parts.size() == 3 ? parts[2].toInt() : 1;
    if (parts.size() < 2 || parts.size() > 3 || step <= 0)
        return {pattern};
    const QStringList values = rangeValues(parts[0], parts[1], step);
    if (values.isEmpty())
        return {pattern}; // left as written, so that validation reports it instead of it vanishing
    QStringList hosts;
    for (const QString& value : values) {
        hosts += expandRanges(pattern.left(open) + value + pattern.mid(close + 1));
        if (hosts.size() > maxExpandedHosts)
            return hosts.mid(0, maxExpandedHosts);
    }
    return hosts;
}

// "name:port" outside any [range]; IPv6 addresses have several colons and so no port here.
std::pair<QString, QString> splitPort(const QString& pattern)
{
    qsizetype colon = -1;
    int depth = 0;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        depth += pattern[i] == u'[' ? 1 : (pattern[i] == u']' ? -1 : 0);
        if (depth == 0 && pattern[i] == u':') {
            if (colon >= 0)
                return {pattern, {}};
            colon = i;
        }
    }
    if (colon < 0)
        return {pattern, {}};
    return {pattern.left(colon), pattern.mid(colon + 1)};
}

Variables parseAssignments(const QStringList& words)
{
    Variables variables;
    for (const QString& word : words) {
        const qsizetype equals = word.indexOf(u'=');
        if (equals > 0)
            variables.insert(word.left(equals), word.mid(equals + 1));
    }
    return variables;
}

void addHostLine(Inventory& inventory, const QString& group, QStringView line)
{
    const QStringList words = splitWords(line);
    if (words.isEmpty())
        return;
    const auto [pattern, port] = splitPort(words.first());
    Variables variables = parseAssignments(words.mid(1));
    if (!port.isEmpty())
        variables.insert(QStringLiteral("lotsen_port_from_name"), port);
    for (const QString& name : expandRanges(pattern)) {
        if (!inventory.hostOrder.contains(name))
            inventory.hostOrder.append(name);
        inventory.hostVariables[name].insert(variables); // a later line wins, as in Ansible
        QStringList& groups = inventory.hostGroups[name];
        if (!groups.contains(group))
            groups.append(group);
    }
}

// "key=value", "key = value", value optionally quoted.
void addGroupVariable(Inventory& inventory, const QString& group, QStringView line)
{
    const qsizetype equals = line.indexOf(u'=');
    if (equals <= 0)
        return;
    const QString key = line.left(equals).trimmed().toString();
    const QStringList value = splitWords(line.mid(equals + 1));
    inventory.groupVariables[group].insert(key, value.join(u' '));
}

void addChild(Inventory& inventory, const QString& parent, QStringView line)
{
    const QStringList words = splitWords(line);
    if (words.isEmpty())
        return;
    QStringList& parents = inventory.groupParents[words.first()];
    if (!parents.contains(parent))
        parents.append(parent);
}

enum class SectionKind
{
    Hosts,
    Vars,
    Children
};

struct Section
{
    QString group = ungroupedGroup;
    SectionKind kind = SectionKind::Hosts;
};

Section parseSectionHeader(QStringView header)
{
    const QString inner = header.mid(1, header.size() - 2).trimmed().toString();
    const qsizetype colon = inner.indexOf(u':');
    const QString suffix = colon < 0 ? QString() : inner.mid(colon + 1);
    if (suffix == QLatin1String("vars"))
        return {inner.left(colon), SectionKind::Vars};
    if (suffix == QLatin1String("children"))
        return {inner.left(colon), SectionKind::Children};
    return {inner, SectionKind::Hosts};
}

Inventory parseInventory(const QString& text)
{
    Inventory inventory;
    Section section;
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    for (QStringView rawLine : lines) {
        const QStringView line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']'))
            section = parseSectionHeader(line);
        else if (section.kind == SectionKind::Hosts)
            addHostLine(inventory, section.group, line);
        else if (section.kind == SectionKind::Vars)
            addGroupVariable(inventory, section.group, line);
        else
            addChild(inventory, section.group, line);
    }
    return inventory;
}

// The host's direct groups, then their ancestors nearest first, then "all": the order in which
// variables are looked up, a child group's value beating its parent's.
QStringList groupChain(const Inventory& inventory, const QString& host)
{
    QStringList chain = inventory.hostGroups.value(host);
    for (qsizetype i = 0; i < chain.size(); ++i) {
        for (const QString& parent : inventory.groupParents.value(chain[i])) {
            if (!chain.contains(parent))
                chain.append(parent);
        }
    }
    if (!chain.contains(allGroup))
        chain.append(allGroup);
    return chain;
}

QString lookup(const Inventory& inventory, const QString& host, const QStringList& chain,
               const QStringList& keys)
{
    const Variables hostVariables = inventory.hostVariables.value(host);
    for (const QString& key : keys) {
        if (hostVariables.contains(key))
            return hostVariables.value(key);
    }
    for (const QString& group : chain) {
        const Variables variables = inventory.groupVariables.value(group);
        for (const QString& key : keys) {
            if (variables.contains(key))
                return variables.value(key);
        }
    }
    return {};
}

QString expandHome(const QString& path)
{
    if (path == u'~' || path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

Host makeHost(const Inventory& inventory, const QString& name)
{
    const QStringList chain = groupChain(inventory, name);
    const auto value = [&](const QStringList& keys) {
        return lookup(inventory, name, chain, keys);
    };
    Host host;
    host.name = name;
    host.address = value({QStringLiteral("ansible_host"), QStringLiteral("ansible_ssh_host")});
    host.user = value({QStringLiteral("ansible_user"), QStringLiteral("ansible_ssh_user")});
    host.port = value({QStringLiteral("ansible_port"), QStringLiteral("ansible_ssh_port"),
                       QStringLiteral("lotsen_port_from_name")})
                    .toInt();
    host.identityFile = expandHome(
        value({QStringLiteral("ansible_ssh_private_key_file"), QStringLiteral("ansible_private_key_file")}));
    for (const QString& group : chain) {
        if (group == allGroup || group == ungroupedGroup)
            continue;
        if (host.group.isEmpty())
            host.group = group;
        else
            host.tags.append(group);
    }
    return host;
}

} // namespace

QList<Host> AnsibleInventoryImport::parse(const QString& iniText)
{
    const Inventory inventory = parseInventory(iniText);
    QList<Host> hosts;
    hosts.reserve(inventory.hostOrder.size());
    for (const QString& name : inventory.hostOrder)
        hosts.append(makeHost(inventory, name));
    return hosts;
}

} // namespace Lotsen
