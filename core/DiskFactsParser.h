#pragma once

#include "FactsScript.h"
#include "HostFacts.h"

#include <optional>

namespace Lotsen {

// The disk part of the facts: the lsblk tree with df usage, LVM (PVs, VGs, LVs with thin pool
// fill levels), btrfs filesystems, device-mapper, and what holds Docker's data root. Reads the
// tools' JSON where the host has it and their plain text where it does not (CentOS 6/7).
namespace DiskFactsParser {

struct DfEntry
{
    QString source;
    QString fsType;
    QString mountPoint;
    qint64 size = -1;
    qint64 used = -1;
};

DiskFacts parse(const QMap<QString, FactsScript::Section>& sections, QStringList* problems);

// `lsblk -J -b`; nullopt when it is not lsblk JSON. Sizes may be numbers or strings.
std::optional<QList<BlockDevice>> parseLsblkJson(const QByteArray& json);
// `lsblk -P -b`: flat KEY="value" lines, nested by lsblk's depth-first order (see .cpp).
QList<BlockDevice> parseLsblkPairs(const QByteArray& text);
// `df -P -T -B1`.
QList<DfEntry> parseDf(const QByteArray& text);
// Sets fsSize/fsUsed of mounted devices, matched by mount point.
void applyDf(const QList<DfEntry>& df, QList<BlockDevice>* devices);

// pvs/vgs/lvs with --units b --nosuffix: JSON report or `|`-separated plain text.
std::optional<QList<LvmPhysicalVolume>> parsePvs(const QByteArray& text, bool json);
std::optional<QList<LvmVolumeGroup>> parseVgs(const QByteArray& text, bool json);
std::optional<QList<LvmLogicalVolume>> parseLvs(const QByteArray& text, bool json);

// `btrfs filesystem show`, with --raw (bytes) or without ("1.12GiB").
QList<BtrfsFilesystem> parseBtrfs(const QByteArray& text);
// "1202716672", "1.12GiB", "28.00KB" (old btrfs-progs: binary too) → bytes; -1 when unreadable.
qint64 parseSize(const QString& text);

// The df entry whose mount point holds `path` (longest match) fills dockerRoot*.
void applyDockerRootFromMounts(const QList<DfEntry>& df, const QString& path, DiskFacts* disks);

} // namespace DiskFactsParser
} // namespace Lotsen
