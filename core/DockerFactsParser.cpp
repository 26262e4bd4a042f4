#include "DockerFactsParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <optional>

namespace Lotsen::DockerFactsParser {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Lotsen::DockerFactsParser)
};

using Sections = QMap<QString, FactsScript::Section>;

const FactsScript::Section* find(const Sections& sections, const QString& name)
{
    const auto it = sections.constFind(name);
    return it == sections.constEnd() ? nullptr : &it.value();
}

// The section that ran last of a JSON/plain pair: the plain twin runs only when JSON failed.
QString displayName(const QString& name)
{
    return name.endsWith(QLatin1String("-json")) ? name.chopped(5) : name;
}

bool isPermissionDenied(const QByteArray& text)
{
    // "Got permission denied while trying…" (≤ 19.03) and "permission denied while trying…" (20.10+).
    return text.contains("ermission denied while trying to connect to the Docker daemon");
}

void reportTruncated(const QString& name, QStringList* problems)
{
    problems->append(Tr::tr("%1: the output was cut short").arg(displayName(name)));
}

void reportUnreadable(const QString& name, QStringList* problems)
{
    problems->append(Tr::tr("%1: the output could not be read").arg(displayName(name)));
}

// Reads a complete JSON object; a failed command's output may still hold one (daemon down).
bool readObject(const FactsScript::Section& section, QJsonObject* object)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(section.out.trimmed(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    *object = document.object();
    return true;
}

// ---- docker version -------------------------------------------------------------------------

void applyVersionJson(const QJsonObject& root, DockerFacts* docker)
{
    const QJsonObject client = root.value(QLatin1String("Client")).toObject();
    docker->clientVersion = client.value(QLatin1String("Version")).toString();
    docker->apiVersion = client.value(QLatin1String("ApiVersion")).toString();
    const QJsonObject server = root.value(QLatin1String("Server")).toObject();
    if (server.isEmpty())
        return;
    docker->serverVersion = server.value(QLatin1String("Version")).toString();
    // The daemon's API version is what the host really speaks; the client may be newer.
    const QString serverApi = server.value(QLatin1String("ApiVersion")).toString();
    if (!serverApi.isEmpty())
        docker->apiVersion = serverApi;
}

// "API version:  1.41 (minimum version 1.12)" → "1.41".
QString firstWord(const QString& value)
{
    return value.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
}

// Docker 1.7/1.8 print "Client version: 1.7.1", "Server API version: 1.19" on one level.
void applyVersionFlatLine(const QString& key, const QString& value, DockerFacts* docker)
{
    if (key == QLatin1String("Client version"))
        docker->clientVersion = value;
    else if (key == QLatin1String("Server version"))
        docker->serverVersion = value;
    else if (key == QLatin1String("Server API version"))
        docker->apiVersion = firstWord(value);
    else if (key == QLatin1String("Client API version") && docker->apiVersion.isEmpty())
        docker->apiVersion = firstWord(value);
}

// 1.10+: "Client:" and "Server:" blocks (18.09+: "Server: Docker Engine - Community" with an
// "Engine:" sub-block, followed by containerd/runc blocks whose versions are not Docker's).
void applyVersionPlain(const QByteArray& text, DockerFacts* docker)
{
    enum
    {
        None,
        Client,
        Server
    } block = None;
    bool serverDone = false;
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray& raw : lines) {
        const QString line = QString::fromUtf8(raw);
        const int colon = line.indexOf(QLatin1Char(':'));
        if (colon < 0)
            continue;
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (!line.startsWith(QLatin1Char(' '))) {
            block = key == QLatin1String("Client") ? Client : key == QLatin1String("Server") ? Server : None;
            applyVersionFlatLine(key, value, docker);
            continue;
        }
        if (block == Client && key == QLatin1String("Version") && docker->clientVersion.isEmpty())
            docker->clientVersion = value;
        else if (block == Client && key == QLatin1String("API version") && docker->apiVersion.isEmpty())
            docker->apiVersion = firstWord(value);
        else if (block == Server && !serverDone && key == QLatin1String("Version"))
            docker->serverVersion = value;
        else if (block == Server && !serverDone && key == QLatin1String("API version")) {
            docker->apiVersion = firstWord(value);
            serverDone = true; // the engine's lines are done; containerd's "Version:" follows
        }
    }
}

void parseVersion(const Sections& sections, DockerFacts* docker, QStringList* problems)
{
    const FactsScript::Section* json = find(sections, QStringLiteral("docker-version-json"));
    const FactsScript::Section* plain = find(sections, QStringLiteral("docker-version"));
    QJsonObject root;
    if (json && readObject(*json, &root))
        applyVersionJson(root, docker);
    if (plain && docker->clientVersion.isEmpty())
        applyVersionPlain(plain->out, docker);
    const FactsScript::Section* last = plain ? plain : json;
    if (!last)
        return;
    docker->installed = last->exitCode != 127 && !docker->clientVersion.isEmpty();
    if (!last->complete)
        reportTruncated(QStringLiteral("docker-version"), problems);
    else if (last->exitCode == 0 && docker->clientVersion.isEmpty())
        reportUnreadable(QStringLiteral("docker-version"), problems);
}

// ---- docker info ----------------------------------------------------------------------------

void applyInfoJson(const QJsonObject& root, DockerFacts* docker)
{
    docker->storageDriver = root.value(QLatin1String("Driver")).toString();
    docker->dataRoot = root.value(QLatin1String("DockerRootDir")).toString();
    if (docker->serverVersion.isEmpty())
        docker->serverVersion = root.value(QLatin1String("ServerVersion")).toString();
    const QJsonArray status = root.value(QLatin1String("DriverStatus")).toArray();
    for (const QJsonValue& pair : status) {
        const QJsonArray items = pair.toArray();
        if (items.size() >= 2)
            docker->driverStatus.append({items.at(0).toString(), items.at(1).toString()});
    }
}

int indentOf(const QString& line)
{
    int i = 0;
    while (i < line.size() && line.at(i) == QLatin1Char(' '))
        ++i;
    return i;
}

// Plain `docker info`: "Storage Driver: x" followed by its status lines, indented one level deeper
// (20.10+ nests everything one level under "Server:"). Loop-device WARNING lines are skipped.
void applyInfoPlain(const QByteArray& text, DockerFacts* docker)
{
    int driverIndent = -1;
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray& raw : lines) {
        const QString line = QString::fromUtf8(raw);
        const int colon = line.indexOf(QLatin1Char(':'));
        const int indent = indentOf(line);
        if (driverIndent >= 0 && indent <= driverIndent)
            driverIndent = -1;
        if (colon < 0 || line.trimmed().startsWith(QLatin1String("WARNING")))
            continue;
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (driverIndent >= 0) {
            docker->driverStatus.append({key, value});
        } else if (key == QLatin1String("Storage Driver")) {
            docker->storageDriver = value;
            driverIndent = indent;
        } else if (key == QLatin1String("Docker Root Dir")) {
            docker->dataRoot = value;
        } else if (key == QLatin1String("Server Version") && docker->serverVersion.isEmpty()) {
            docker->serverVersion = value;
        }
    }
}

void applyDriverStatus(DockerFacts* docker)
{
    for (const auto& [key, value] : std::as_const(docker->driverStatus)) {
        if (key == QLatin1String("Backing Filesystem"))
            docker->backingFilesystem = value;
        else if (key == QLatin1String("Data Space Used"))
            docker->poolDataUsed = parseSize(value);
        else if (key == QLatin1String("Data Space Total"))
            docker->poolDataTotal = parseSize(value);
        else if (key == QLatin1String("Metadata Space Used"))
            docker->poolMetadataUsed = parseSize(value);
        else if (key == QLatin1String("Metadata Space Total"))
            docker->poolMetadataTotal = parseSize(value);
        // 1.7 only says "Data file: /dev/loop0"; later versions add "Data loop file: …".
        else if ((key == QLatin1String("Data loop file") && !value.isEmpty()) ||
                 (key == QLatin1String("Data file") && value.startsWith(QLatin1String("/dev/loop"))))
            docker->loopbackDevicemapper = true;
    }
}

void parseInfo(const Sections& sections, DockerFacts* docker, QStringList* problems)
{
    const FactsScript::Section* json = find(sections, QStringLiteral("docker-info-json"));
    const FactsScript::Section* plain = find(sections, QStringLiteral("docker-info"));
    QJsonObject root;
    // With the daemon down, 20.10+ exits 0 with {"ServerErrors":[…]} and no daemon fields.
    if (json && readObject(*json, &root) && root.contains(QLatin1String("Driver")))
        applyInfoJson(root, docker);
    else if (plain && plain->exitCode == 0)
        applyInfoPlain(plain->out, docker);
    applyDriverStatus(docker);
    if (!docker->storageDriver.isEmpty())
        docker->daemonRunning = true;
    const FactsScript::Section* last = plain ? plain : json;
    if (last && !last->complete)
        reportTruncated(QStringLiteral("docker-info"), problems);
    else if (json && !plain && json->exitCode == 0 && root.isEmpty())
        reportUnreadable(QStringLiteral("docker-info"), problems);
}

// ---- docker images / docker ps --------------------------------------------------------------

// One JSON object per line. A line cut short (truncated output) or garbage is skipped.
QList<QJsonObject> jsonLines(const FactsScript::Section& section, int* unreadable)
{
    QList<QJsonObject> objects;
    const QList<QByteArray> lines = section.out.split('\n');
    for (const QByteArray& line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (document.isObject())
            objects.append(document.object());
        else
            ++*unreadable;
    }
    return objects;
}

QString str(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

DockerImage imageFromJson(const QJsonObject& object)
{
    DockerImage image;
    image.id = str(object, "ID");
    image.repository = str(object, "Repository");
    image.tag = str(object, "Tag");
    image.size = parseSize(str(object, "Size"));
    image.created = str(object, "CreatedSince");
    return image;
}

DockerContainer containerFromJson(const QJsonObject& object)
{
    DockerContainer container;
    container.id = str(object, "ID");
    container.name = str(object, "Names");
    container.image = str(object, "Image");
    container.status = str(object, "Status");
    container.ports = str(object, "Ports");
    // "State" arrived in 20.10's format fields; older versions only give the status text.
    container.state = str(object, "State");
    if (container.state.isEmpty())
        container.state = stateFromStatus(container.status);
    return container;
}

// Header names → cell index, for tables whose columns moved between versions.
int column(const QStringList& header, std::initializer_list<const char*> names)
{
    for (const char* name : names) {
        const int index = header.indexOf(QLatin1String(name));
        if (index >= 0)
            return index;
    }
    return -1;
}

DockerImage imageFromRow(const QStringList& header, const QStringList& row)
{
    DockerImage image;
    image.repository = row.value(column(header, {"REPOSITORY"}));
    image.tag = row.value(column(header, {"TAG"}));
    image.id = row.value(column(header, {"IMAGE ID"}));
    image.created = row.value(column(header, {"CREATED"}));
    image.size = parseSize(row.value(column(header, {"SIZE", "VIRTUAL SIZE"})));
    return image;
}

DockerContainer containerFromRow(const QStringList& header, const QStringList& row)
{
    DockerContainer container;
    container.id = row.value(column(header, {"CONTAINER ID"}));
    container.image = row.value(column(header, {"IMAGE"}));
    container.status = row.value(column(header, {"STATUS"}));
    container.ports = row.value(column(header, {"PORTS"}));
    container.name = row.value(column(header, {"NAMES"}));
    container.state = stateFromStatus(container.status);
    return container;
}

// Lists come from the JSON section, else from the plain twin; both only when the daemon answered.
template <typename Item>
QList<Item> parseList(const Sections& sections, const QString& jsonName, Item (*fromJson)(const QJsonObject&),
                      Item (*fromRow)(const QStringList&, const QStringList&), QStringList* problems)
{
    QList<Item> items;
    const FactsScript::Section* json = find(sections, jsonName);
    const FactsScript::Section* plain = find(sections, displayName(jsonName));
    const FactsScript::Section* used = plain ? plain : json;
    if (!used)
        return items;
    if (!used->complete)
        reportTruncated(jsonName, problems);
    if (used->exitCode != 0 && used->complete)
        return items;
    int unreadable = 0;
    // An item without an ID is no image or container: Docker before 1.13 prints "{}" for
    // `{{json .}}` (the script fails on that, so this is for anything else that slips through).
    const auto keep = [&items, &unreadable](const Item& item) {
        if (item.id.isEmpty())
            ++unreadable;
        else
            items.append(item);
    };
    if (used == json) {
        const QList<QJsonObject> objects = jsonLines(*json, &unreadable);
        for (const QJsonObject& object : objects)
            keep(fromJson(object));
    } else {
        const QList<QStringList> table = parseTable(plain->out);
        for (qsizetype i = 1; i < table.size(); ++i)
            keep(fromRow(table.first(), table.at(i)));
    }
    // A line cut off by truncation is already told about; anything else unreadable is garbage.
    if (unreadable > (used->complete ? 0 : 1))
        reportUnreadable(jsonName, problems);
    return items;
}

// ---- daemon configuration -------------------------------------------------------------------

// daemon.json keys whose list values become repeated singular flags.
QString flagName(const QString& key)
{
    static const QMap<QString, QString> plurals = {
        {QStringLiteral("storage-opts"), QStringLiteral("storage-opt")},
        {QStringLiteral("exec-opts"), QStringLiteral("exec-opt")},
        {QStringLiteral("log-opts"), QStringLiteral("log-opt")},
        {QStringLiteral("hosts"), QStringLiteral("host")},
        {QStringLiteral("insecure-registries"), QStringLiteral("insecure-registry")},
        {QStringLiteral("registry-mirrors"), QStringLiteral("registry-mirror")},
        {QStringLiteral("labels"), QStringLiteral("label")},
    };
    return QStringLiteral("--") + plurals.value(key, key);
}

QString scalarText(const QJsonValue& value)
{
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

// daemon.json as the equivalent dockerd flags, so that all option sources read alike.
QStringList flagsFromDaemonJson(const QJsonObject& root)
{
    QStringList flags;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString flag = flagName(it.key());
        const QJsonValue value = it.value();
        if (value.isBool() && value.toBool()) {
            flags.append(flag);
        } else if (value.isArray()) {
            const QJsonArray items = value.toArray();
            for (const QJsonValue& item : items)
                flags.append(flag + QLatin1Char('=') + scalarText(item));
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto sub = object.begin(); sub != object.end(); ++sub)
                flags.append(flag + QLatin1Char('=') + sub.key() + QLatin1Char('=') +
                             scalarText(sub.value()));
        } else {
            flags.append(flag + QLatin1Char('=') + scalarText(value));
        }
    }
    return flags;
}

QStringList parseDaemonJson(const Sections& sections, QStringList* problems)
{
    const FactsScript::Section* section = find(sections, QStringLiteral("daemon-json"));
    if (!section || section->exitCode != 0 || section->out.trimmed().isEmpty())
        return {};
    QJsonObject root;
    if (!readObject(*section, &root)) {
        // dockerd refuses to start with a broken daemon.json: worth telling.
        problems->append(Tr::tr("/etc/docker/daemon.json is not valid JSON; the Docker daemon will not start "
                                "with it"));
        return {};
    }
    return flagsFromDaemonJson(root);
}

// other_args="…" (EL6 docker-io) or OPTIONS='…' (EL7); the last assignment wins, as in sh.
QStringList parseSysconfig(const Sections& sections)
{
    const FactsScript::Section* section = find(sections, QStringLiteral("sysconfig-docker"));
    if (!section || section->exitCode != 0)
        return {};
    static const QRegularExpression assignment(
        QStringLiteral("^\\s*(?:export\\s+)?(other_args|OPTIONS)=(.*)$"));
    QStringList options;
    const QStringList lines = QString::fromUtf8(section->out).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QRegularExpressionMatch match = assignment.match(line);
        if (!match.hasMatch())
            continue;
        // The value is one sh word (usually quoted); its contents are the daemon's words.
        const QStringList value = splitArguments(match.captured(2));
        options = splitArguments(value.value(0));
    }
    return options;
}

// Where a daemon's flags start in its command line; -1 when it is no daemon (a client process).
qsizetype daemonFlagsStart(const QStringList& words)
{
    const QString program = words.value(0).section(QLatin1Char('/'), -1);
    // EL7's docker package names its daemon dockerd-current.
    if (program == QLatin1String("dockerd") || program == QLatin1String("dockerd-current"))
        return 1;
    // Before 1.12 the daemon was the client binary: "docker daemon …" (1.8+) or "docker -d …".
    const QString mode = words.value(1);
    const bool daemonMode =
        mode == QLatin1String("daemon") || mode == QLatin1String("-d") || mode == QLatin1String("--daemon");
    return program == QLatin1String("docker") && daemonMode ? 2 : -1;
}

} // namespace

std::optional<QStringList> daemonCommandLine(const QByteArray& dockerdArgs)
{
    // The script prints the pidfile's daemon alone, or else every dockerd/docker process: the
    // first daemon is the one to show either way.
    const QStringList lines = QString::fromUtf8(dockerdArgs).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QStringList words = splitArguments(line);
        const qsizetype start = daemonFlagsStart(words);
        if (start > 0)
            return words.mid(start);
    }
    return std::nullopt;
}

namespace {

// The running daemon's flags; nullopt when no daemon process runs.
std::optional<QStringList> parseDaemonCommandLine(const Sections& sections)
{
    const FactsScript::Section* section = find(sections, QStringLiteral("dockerd-args"));
    if (!section || section->exitCode != 0)
        return std::nullopt;
    return daemonCommandLine(section->out);
}

void parseOptions(const Sections& sections, DockerFacts* docker, QStringList* problems)
{
    const QStringList sysconfig = parseSysconfig(sections);
    const QStringList daemonJson = parseDaemonJson(sections, problems);
    QStringList sources;
    if (!sysconfig.isEmpty())
        sources.append(QStringLiteral("/etc/sysconfig/docker"));
    if (!daemonJson.isEmpty())
        sources.append(QStringLiteral("/etc/docker/daemon.json"));
    docker->daemonOptions = sysconfig + daemonJson;
    if (docker->daemonOptions.isEmpty()) {
        docker->daemonOptions = parseDaemonCommandLine(sections).value_or(QStringList());
        if (!docker->daemonOptions.isEmpty())
            sources.append(QLatin1String(DockerFacts::CommandLineSource));
    }
    docker->optionsSource = sources.join(QStringLiteral(", "));
}

void parseGroup(const Sections& sections, DockerFacts* docker)
{
    const FactsScript::Section* section = find(sections, QStringLiteral("docker-group"));
    if (!section || section->exitCode != 0)
        return;
    // docker:x:999:alice,bob
    const QString members = QString::fromUtf8(section->out.trimmed()).section(QLatin1Char(':'), 3);
    docker->groupMembers = members.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

// The daemon runs but refuses the login user: tell once, whichever command hit it first.
void checkPermission(const Sections& sections, DockerFacts* docker, QStringList* problems)
{
    for (auto it = sections.begin(); it != sections.end(); ++it) {
        if (!it.key().startsWith(QLatin1String("docker-")))
            continue;
        if (isPermissionDenied(it.value().err) || isPermissionDenied(it.value().out)) {
            docker->permissionDenied = true;
            problems->append(Tr::tr("Docker: the login user may not use the Docker daemon (permission denied "
                                    "on its socket); add the user to the docker group (usermod -aG docker "
                                    "USER, then log in again) or connect as root"));
            return;
        }
    }
}

// Before 17.x a refused socket read "Cannot connect to the Docker daemon", as if it were down;
// a daemon process that does not answer tells the two apart.
void checkSilentDaemon(const Sections& sections, DockerFacts* docker, QStringList* problems)
{
    if (!docker->installed || docker->daemonRunning || docker->permissionDenied)
        return;
    if (!parseDaemonCommandLine(sections))
        return;
    problems->append(Tr::tr("Docker: the daemon process runs but did not answer the login user; on older "
                            "Docker versions this usually means the user is not in the docker group"));
}

} // namespace

qint64 parseSize(QStringView text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([kKMGTP]?i?)B\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text.toString());
    if (!match.hasMatch())
        return -1;
    const double number = match.capturedView(1).toDouble();
    const QString unit = match.captured(2).toUpper();
    const bool binary = unit.endsWith(QLatin1Char('I'));
    const double base = binary ? 1024.0 : 1000.0;
    const int power = unit.isEmpty() ? 0 : int(QStringLiteral("KMGTP").indexOf(unit.at(0))) + 1;
    double bytes = number;
    for (int i = 0; i < power; ++i)
        bytes *= base;
    return qRound64(bytes);
}

QString stateFromStatus(const QString& status)
{
    if (status.startsWith(QLatin1String("Up")))
        return status.contains(QLatin1String("(Paused)")) ? QStringLiteral("paused")
                                                          : QStringLiteral("running");
    if (status.startsWith(QLatin1String("Exited")))
        return QStringLiteral("exited");
    if (status.startsWith(QLatin1String("Created")))
        return QStringLiteral("created");
    if (status.startsWith(QLatin1String("Restarting")))
        return QStringLiteral("restarting");
    if (status.startsWith(QLatin1String("Removal")))
        return QStringLiteral("removing");
    if (status.startsWith(QLatin1String("Dead")))
        return QStringLiteral("dead");
    return QString();
}

QStringList splitArguments(const QString& text)
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else if (c == QLatin1Char('\\') && quote == QLatin1Char('"') && i + 1 < text.size())
                word += text.at(++i);
            else
                word += c;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            inWord = true;
        } else if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            word += text.at(++i);
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words.append(word);
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words.append(word);
    return words;
}

namespace {

// Column starts: where a header name begins after 2+ spaces ("CONTAINER ID" is one name).
QList<qsizetype> columnStarts(const QString& header)
{
    QList<qsizetype> starts;
    qsizetype spaces = 2;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header.at(i) == QLatin1Char(' ')) {
            ++spaces;
            continue;
        }
        if (spaces >= 2)
            starts.append(i);
        spaces = 0;
    }
    return starts;
}

// Tabwriter aligns every row to the header, so cells are cut at the header's offsets; this also
// keeps empty cells (no PORTS) in place, which splitting at 2+ spaces would lose.
QStringList cutRow(const QString& line, const QList<qsizetype>& starts)
{
    QStringList cells;
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const qsizetype end = i + 1 < starts.size() ? starts.at(i + 1) : line.size();
        cells.append(line.mid(starts.at(i), end - starts.at(i)).trimmed());
    }
    return cells;
}

} // namespace

QList<QStringList> parseTable(const QByteArray& text)
{
    QList<QStringList> table;
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    QList<qsizetype> starts;
    for (const QString& line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        if (starts.isEmpty())
            starts = columnStarts(line);
        table.append(cutRow(line, starts));
    }
    return table;
}

QString configuredStorageDriver(const DockerFacts& docker)
{
    if (!docker.storageDriver.isEmpty())
        return docker.storageDriver;
    const QStringList& options = docker.daemonOptions;
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QString& option = options.at(i);
        if (option.startsWith(QLatin1String("--storage-driver=")) || option.startsWith(QLatin1String("-s=")))
            return option.section(QLatin1Char('='), 1);
        if ((option == QLatin1String("--storage-driver") || option == QLatin1String("-s")) &&
            i + 1 < options.size())
            return options.at(i + 1);
    }
    return QString();
}

void parse(const QMap<QString, FactsScript::Section>& sections, DockerFacts* docker, QStringList* problems)
{
    parseVersion(sections, docker, problems);
    checkPermission(sections, docker, problems);
    if (docker->installed) {
        parseInfo(sections, docker, problems);
        docker->daemonRunning = docker->daemonRunning || !docker->serverVersion.isEmpty();
        docker->images = parseList<DockerImage>(sections, QStringLiteral("docker-images-json"), imageFromJson,
                                                imageFromRow, problems);
        docker->containers = parseList<DockerContainer>(sections, QStringLiteral("docker-ps-json"),
                                                        containerFromJson, containerFromRow, problems);
    }
    parseOptions(sections, docker, problems);
    parseGroup(sections, docker);
    checkSilentDaemon(sections, docker, problems);
}

} // namespace Lotsen::DockerFactsParser
