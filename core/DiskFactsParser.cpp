#include "DiskFactsParser.h"

#include "FactsSections.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace Lotsen::DiskFactsParser {
namespace {

using Row = QMap<QString, QString>;
using Sections = QMap<QString, FactsScript::Section>;

QStringList lines(const QByteArray& text)
{
    return QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// lsblk JSON: util-linux 2.27–2.32 prints every value as a string, later ones numbers and null.
QString jsonText(const QJsonValue& value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

qint64 jsonSize(const QJsonValue& value)
{
    if (value.isDouble())
        return value.toInteger(-1);
    bool ok = false;
    const qint64 size = value.toString().toLongLong(&ok);
    return ok ? size : -1;
}

BlockDevice deviceFromJson(const QJsonObject& object)
{
    BlockDevice device;
    device.name = jsonText(object.value(QLatin1String("name")));
    device.path = jsonText(object.value(QLatin1String("path")));
    if (device.path.isEmpty() && !device.name.isEmpty())
        device.path = QLatin1String("/dev/") + jsonText(object.value(QLatin1String("kname")));
    device.type = jsonText(object.value(QLatin1String("type")));
    device.fsType = jsonText(object.value(QLatin1String("fstype")));
    device.mountPoint = jsonText(object.value(QLatin1String("mountpoint")));
    device.label = jsonText(object.value(QLatin1String("label")));
    device.uuid = jsonText(object.value(QLatin1String("uuid")));
    device.size = jsonSize(object.value(QLatin1String("size")));
    const QJsonArray children = object.value(QLatin1String("children")).toArray();
    for (const QJsonValue& child : children)
        device.children.append(deviceFromJson(child.toObject()));
    return device;
}

// lsblk -P escapes unsafe bytes (spaces, quotes) as \xHH.
QString unescapeLsblk(const QString& value)
{
    static const QRegularExpression escape(QStringLiteral(R"(\\x([0-9a-fA-F]{2}))"));
    QString result;
    qsizetype last = 0;
    for (auto it = escape.globalMatch(value); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += value.mid(last, match.capturedStart() - last);
        result += QChar(match.captured(1).toUShort(nullptr, 16));
        last = match.capturedEnd();
    }
    return result + value.mid(last);
}

BlockDevice deviceFromPairs(const QString& line)
{
    static const QRegularExpression pair(QStringLiteral(R"re(([\w:%-]+)="([^"]*)")re"));
    Row values;
    for (auto it = pair.globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        values.insert(match.captured(1), unescapeLsblk(match.captured(2)));
    }
    BlockDevice device;
    device.name = values.value(QStringLiteral("NAME"));
    // util-linux before 2.20 names mapped devices "vg-lv (dm-0)".
    if (device.name.endsWith(QLatin1Char(')')) && device.name.contains(QLatin1String(" (")))
        device.name = device.name.section(QLatin1String(" ("), 0, 0);
    device.type = values.value(QStringLiteral("TYPE"));
    device.fsType = values.value(QStringLiteral("FSTYPE"));
    device.mountPoint = values.value(QStringLiteral("MOUNTPOINT"));
    device.label = values.value(QStringLiteral("LABEL"));
    device.uuid = values.value(QStringLiteral("UUID"));
    bool ok = false;
    device.size = values.value(QStringLiteral("SIZE")).toLongLong(&ok);
    if (!ok)
        device.size = -1;
    // No PATH column before util-linux 2.33: device-mapper names live under /dev/mapper.
    const bool mapped = device.type == QLatin1String("lvm") || device.type == QLatin1String("crypt") ||
                        device.type == QLatin1String("mpath") || device.type == QLatin1String("dm");
    device.path = (mapped ? QLatin1String("/dev/mapper/") : QLatin1String("/dev/")) + device.name;
    return device;
}

bool isTopLevelType(const QString& type)
{
    return type == QLatin1String("disk") || type == QLatin1String("loop") || type == QLatin1String("rom");
}

void applyDfTo(const QMap<QString, DfEntry>& byMount, BlockDevice* device)
{
    const auto it = byMount.constFind(device->mountPoint);
    if (!device->mountPoint.isEmpty() && it != byMount.constEnd()) {
        device->fsSize = it->size;
        device->fsUsed = it->used;
        // lsblk reads FSTYPE from udev or blkid, which containers and chroots often lack; df knows
        // the type of what is mounted.
        if (device->fsType.isEmpty())
            device->fsType = it->fsType;
    }
    for (BlockDevice& child : device->children)
        applyDfTo(byMount, &child);
}

// LVM prints its report as {"report":[{"<kind>":[{field: "value", …}]}]}; warnings may precede it.
std::optional<QList<Row>> jsonRows(const QByteArray& text, const QString& kind)
{
    const qsizetype start = text.indexOf('{');
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(start < 0 ? text : text.mid(start), &error);
    const QJsonValue report = document.object().value(QLatin1String("report"));
    if (error.error != QJsonParseError::NoError || !report.isArray())
        return std::nullopt;
    QList<Row> rows;
    const QJsonArray reports = report.toArray();
    for (const QJsonValue& part : reports) {
        const QJsonArray items = part.toObject().value(kind).toArray();
        for (const QJsonValue& item : items) {
            Row row;
            const QJsonObject object = item.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                row.insert(it.key(), jsonText(it.value()));
            rows.append(row);
        }
    }
    return rows;
}

// --noheadings --separator '|': "  /dev/sdb|vg_docker|10733223936|0", fields in asked order.
QList<Row> plainRows(const QByteArray& text, const QStringList& fields)
{
    QList<Row> rows;
    for (const QString& line : lines(text)) {
        const QStringList values = line.trimmed().split(QLatin1Char('|'));
        if (values.size() != fields.size())
            continue; // a warning line, not a row
        Row row;
        for (int i = 0; i < fields.size(); ++i)
            row.insert(fields.at(i), values.at(i).trimmed());
        rows.append(row);
    }
    return rows;
}

std::optional<QList<Row>> lvmRows(const QByteArray& text, bool json, const QString& kind,
                                  const QStringList& fields)
{
    return json ? jsonRows(text, kind) : plainRows(text, fields);
}

qint64 lvmSize(const QString& text)
{
    bool ok = false;
    const qint64 size = QString(text).remove(QLatin1Char('B')).toLongLong(&ok);
    return ok ? size : -1;
}

double lvmPercent(const QString& text)
{
    bool ok = false;
    const double percent = text.toDouble(&ok);
    return ok ? percent : -1;
}

// The tool that answered: the plain twin ran only when the JSON form failed.
QString lvmSection(const Sections& sections, const QString& base)
{
    return FactsSections::usesPlainTwin(sections, base) ? base : base + QLatin1String("-json");
}

void parseBlockDevices(const Sections& sections, DiskFacts* disks, QStringList* problems)
{
    using namespace FactsSections;
    if (usesPlainTwin(sections, QStringLiteral("lsblk"))) {
        disks->devices = parseLsblkPairs(output(sections, QStringLiteral("lsblk")));
    } else if (ok(sections, QStringLiteral("lsblk-json"))) {
        const auto devices = parseLsblkJson(output(sections, QStringLiteral("lsblk-json")));
        if (devices)
            disks->devices = *devices;
        else
            reportUnreadable(QStringLiteral("lsblk-json"), problems);
    }
    applyDf(parseDf(output(sections, QStringLiteral("df"))), &disks->devices);
}

// One of pvs/vgs/lvs: the answering form is parsed, unreadable JSON becomes a problem.
template <typename T, typename Parser>
void parseLvmSection(const Sections& sections, const QString& base, Parser parser, QList<T>* target,
                     QStringList* problems)
{
    const QString name = lvmSection(sections, base);
    if (!FactsSections::ok(sections, name))
        return;
    const auto parsed = parser(FactsSections::output(sections, name), name.endsWith(QLatin1String("-json")));
    if (parsed)
        *target = *parsed;
    else
        FactsSections::reportUnreadable(name, problems);
}

void parseLvm(const Sections& sections, DiskFacts* disks, QStringList* problems)
{
    const QString pvs = lvmSection(sections, QStringLiteral("pvs"));
    disks->lvmToolsPresent = sections.contains(pvs) &&
                             FactsSections::outcome(sections, pvs) != FactsSections::Outcome::NotInstalled;
    parseLvmSection(sections, QStringLiteral("pvs"), parsePvs, &disks->pvs, problems);
    parseLvmSection(sections, QStringLiteral("vgs"), parseVgs, &disks->vgs, problems);
    parseLvmSection(sections, QStringLiteral("lvs"), parseLvs, &disks->lvs, problems);
}

// Loaded (it registers as a misc device), or built as a module the kernel loads on first use.
// Output of older scripts has "mapper-control" (ls of the node) instead, which counts only where
// /proc/misc could not be read.
bool deviceMapperAvailable(const Sections& sections)
{
    using namespace FactsSections;
    for (const QString& line : lines(output(sections, QStringLiteral("misc")))) {
        if (line.simplified().section(QLatin1Char(' '), 1) == QLatin1String("device-mapper"))
            return true;
    }
    if (ok(sections, QStringLiteral("dm-module")) &&
        !output(sections, QStringLiteral("dm-module")).trimmed().isEmpty())
        return true;
    return !ok(sections, QStringLiteral("misc")) && ok(sections, QStringLiteral("mapper-control"));
}

} // namespace

std::optional<QList<BlockDevice>> parseLsblkJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    const QJsonValue devices = document.object().value(QLatin1String("blockdevices"));
    if (error.error != QJsonParseError::NoError || !devices.isArray())
        return std::nullopt;
    QList<BlockDevice> result;
    const QJsonArray array = devices.toArray();
    for (const QJsonValue& device : array)
        result.append(deviceFromJson(device.toObject()));
    return result;
}

QList<BlockDevice> parseLsblkPairs(const QByteArray& text)
{
    // -P has no parent column (PKNAME needs util-linux 2.19+ and we do not ask for it), but lsblk
    // prints depth first: a partition follows its disk, a mapped device follows what holds it.
    // So partitions go under the disk before them, other devices under the partition or disk
    // before them — two levels at most, which is what an admin reads anyway.
    QList<BlockDevice> devices;
    for (const QString& line : lines(text)) {
        const BlockDevice device = deviceFromPairs(line);
        if (device.name.isEmpty())
            continue;
        BlockDevice* disk = devices.isEmpty() ? nullptr : &devices.last();
        if (isTopLevelType(device.type) || !disk) {
            devices.append(device);
        } else if (device.type == QLatin1String("part") || disk->children.isEmpty() ||
                   disk->children.last().type != QLatin1String("part")) {
            disk->children.append(device);
        } else {
            disk->children.last().children.append(device);
        }
    }
    return devices;
}

QList<DfEntry> parseDf(const QByteArray& text)
{
    QList<DfEntry> entries;
    for (const QString& line : lines(text)) {
        const QStringList fields = line.simplified().split(QLatin1Char(' '));
        if (fields.size() < 7 || fields.at(0) == QLatin1String("Filesystem"))
            continue;
        DfEntry entry;
        entry.source = fields.at(0);
        entry.fsType = fields.at(1);
        bool sizeOk = false;
        bool usedOk = false;
        entry.size = fields.at(2).toLongLong(&sizeOk);
        entry.used = fields.at(3).toLongLong(&usedOk);
        if (!sizeOk || !usedOk)
            continue;
        // The mount point is the rest of the line and may hold spaces.
        entry.mountPoint = line.section(QLatin1Char(' '), 6, -1, QString::SectionSkipEmpty);
        entries.append(entry);
    }
    return entries;
}

void applyDf(const QList<DfEntry>& df, QList<BlockDevice>* devices)
{
    QMap<QString, DfEntry> byMount;
    for (const DfEntry& entry : df)
        byMount.insert(entry.mountPoint, entry);
    for (BlockDevice& device : *devices)
        applyDfTo(byMount, &device);
}

std::optional<QList<LvmPhysicalVolume>> parsePvs(const QByteArray& text, bool json)
{
    const QStringList fields = {QStringLiteral("pv_name"), QStringLiteral("vg_name"),
                                QStringLiteral("pv_size"), QStringLiteral("pv_free")};
    const auto rows = lvmRows(text, json, QStringLiteral("pv"), fields);
    if (!rows)
        return std::nullopt;
    QList<LvmPhysicalVolume> pvs;
    for (const Row& row : *rows)
        pvs.append({row.value(fields[0]), row.value(fields[1]), lvmSize(row.value(fields[2])),
                    lvmSize(row.value(fields[3]))});
    return pvs;
}

std::optional<QList<LvmVolumeGroup>> parseVgs(const QByteArray& text, bool json)
{
    const QStringList fields = {QStringLiteral("vg_name"), QStringLiteral("vg_size"),
                                QStringLiteral("vg_free"), QStringLiteral("pv_count"),
                                QStringLiteral("lv_count")};
    const auto rows = lvmRows(text, json, QStringLiteral("vg"), fields);
    if (!rows)
        return std::nullopt;
    QList<LvmVolumeGroup> vgs;
    for (const Row& row : *rows)
        vgs.append({row.value(fields[0]), lvmSize(row.value(fields[1])), lvmSize(row.value(fields[2])),
                    row.value(fields[3]).toInt(), row.value(fields[4]).toInt()});
    return vgs;
}

std::optional<QList<LvmLogicalVolume>> parseLvs(const QByteArray& text, bool json)
{
    const QStringList fields = {QStringLiteral("lv_name"),      QStringLiteral("vg_name"),
                                QStringLiteral("lv_attr"),      QStringLiteral("lv_size"),
                                QStringLiteral("pool_lv"),      QStringLiteral("segtype"),
                                QStringLiteral("data_percent"), QStringLiteral("metadata_percent")};
    const auto rows = lvmRows(text, json, QStringLiteral("lv"), fields);
    if (!rows)
        return std::nullopt;
    QList<LvmLogicalVolume> lvs;
    for (const Row& row : *rows) {
        LvmLogicalVolume lv;
        lv.name = row.value(fields[0]);
        lv.vg = row.value(fields[1]);
        lv.attr = row.value(fields[2]);
        lv.size = lvmSize(row.value(fields[3]));
        lv.poolLv = row.value(fields[4]);
        lv.segType = row.value(fields[5]);
        lv.dataPercent = lvmPercent(row.value(fields[6]));
        lv.metadataPercent = lvmPercent(row.value(fields[7]));
        lvs.append(lv);
    }
    return lvs;
}

qint64 parseSize(const QString& text)
{
    static const QRegularExpression size(QStringLiteral(R"(^(\d+(?:\.\d+)?)\s*([KMGTPE]?)i?B?$)"));
    const QRegularExpressionMatch match = size.match(text.trimmed());
    if (!match.hasMatch())
        return -1;
    const qsizetype power = QStringLiteral("KMGTPE").indexOf(match.captured(2)) + 1;
    const double bytes =
        match.captured(1).toDouble() * std::pow(1024.0, match.captured(2).isEmpty() ? 0 : power);
    return qint64(std::llround(bytes));
}

QList<BtrfsFilesystem> parseBtrfs(const QByteArray& text)
{
    static const QRegularExpression header(QStringLiteral(R"(^Label:\s+(?:'(.*)'|none)\s+uuid:\s+(\S+))"));
    static const QRegularExpression used(QStringLiteral(R"(FS bytes used\s+(\S+))"));
    static const QRegularExpression device(
        QStringLiteral(R"(^\s*devid\s+\d+\s+size\s+(\S+)\s.*\spath\s+(\S+))"));
    QList<BtrfsFilesystem> filesystems;
    for (const QString& line : lines(text)) {
        if (const auto match = header.match(line); match.hasMatch()) {
            filesystems.append({match.captured(1), match.captured(2), -1, {}});
        } else if (filesystems.isEmpty()) {
            continue;
        } else if (const auto usedMatch = used.match(line); usedMatch.hasMatch()) {
            filesystems.last().used = parseSize(usedMatch.captured(1));
        } else if (const auto deviceMatch = device.match(line); deviceMatch.hasMatch()) {
            BtrfsFilesystem& filesystem = filesystems.last();
            filesystem.devices.append(deviceMatch.captured(2));
            const qint64 size = parseSize(deviceMatch.captured(1));
            if (size >= 0)
                filesystem.size = std::max<qint64>(filesystem.size, 0) + size;
        }
    }
    return filesystems;
}

void applyDockerRootFromMounts(const QList<DfEntry>& df, const QString& path, DiskFacts* disks)
{
    const DfEntry* best = nullptr;
    for (const DfEntry& entry : df) {
        const bool holds = path == entry.mountPoint || entry.mountPoint == QLatin1String("/") ||
                           path.startsWith(entry.mountPoint + QLatin1Char('/'));
        if (holds && (!best || entry.mountPoint.size() > best->mountPoint.size()))
            best = &entry;
    }
    if (!best)
        return;
    disks->dockerRootSource = best->source;
    disks->dockerRootFsType = best->fsType;
    disks->dockerRootMount = best->mountPoint;
    disks->dockerRootSize = best->size;
    disks->dockerRootUsed = best->used;
}

DiskFacts parse(const QMap<QString, FactsScript::Section>& sections, QStringList* problems)
{
    using namespace FactsSections;
    DiskFacts disks;
    parseBlockDevices(sections, &disks, problems);
    parseLvm(sections, &disks, problems);
    disks.btrfs = parseBtrfs(output(sections, QStringLiteral("btrfs")));
    disks.deviceMapperAvailable = deviceMapperAvailable(sections);
    for (const char* name : {"lsblk", "pvs", "vgs", "lvs"})
        reportPair(sections, QString::fromLatin1(name), problems);
    for (const char* name : {"df", "btrfs", "misc", "mapper-control", "dm-module"})
        report(sections, QString::fromLatin1(name), problems);
    return disks;
}

} // namespace Lotsen::DiskFactsParser
