#include "HostFacts.h"

#include <QCoreApplication>

#include <QJsonArray>

namespace Lotsen {
namespace {

// Sizes and percentages: -1 ("not known") becomes null, so scripts never mistake it for a value.
QJsonValue number(qint64 value)
{
    return value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(double(value));
}

QJsonValue percentage(double value)
{
    return value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject toJson(const OsFacts& os)
{
    return {{QStringLiteral("hostname"), os.hostname},     {QStringLiteral("id"), os.id},
            {QStringLiteral("family"), os.family},         {QStringLiteral("version"), os.version},
            {QStringLiteral("prettyName"), os.prettyName}, {QStringLiteral("arch"), os.arch}};
}

QJsonObject toJson(const InstalledKernel& kernel)
{
    return {{QStringLiteral("version"), kernel.version},
            {QStringLiteral("package"), kernel.package},
            {QStringLiteral("title"), kernel.title},
            {QStringLiteral("isDefault"), kernel.isDefault},
            {QStringLiteral("isRunning"), kernel.isRunning}};
}

QJsonObject toJson(const KernelFacts& kernel)
{
    QJsonArray installed;
    for (const InstalledKernel& item : kernel.installed)
        installed.append(toJson(item));
    return {{QStringLiteral("running"), kernel.running},
            {QStringLiteral("installed"), installed},
            {QStringLiteral("bootloader"), kernel.bootloader},
            {QStringLiteral("grubDefault"), kernel.grubDefault},
            {QStringLiteral("defaultKernelPackage"), kernel.defaultKernelPackage},
            {QStringLiteral("commandLine"), kernel.commandLine},
            {QStringLiteral("cgroupEnableMemoryOnCommandLine"), kernel.cgroupEnableMemoryOnCommandLine},
            {QStringLiteral("swapAccountOnCommandLine"), kernel.swapAccountOnCommandLine},
            {QStringLiteral("memoryCgroupEnabled"), kernel.memoryCgroupEnabled},
            {QStringLiteral("swapAccountEnabled"), kernel.swapAccountEnabled},
            {QStringLiteral("aufs"), kernel.aufs},
            {QStringLiteral("overlay"), kernel.overlay},
            {QStringLiteral("btrfs"), kernel.btrfs},
            {QStringLiteral("rebootPending"), kernel.rebootPending},
            {QStringLiteral("tooOldForDocker"), kernel.tooOldForDocker}};
}

QJsonObject toJson(const BlockDevice& device)
{
    QJsonArray children;
    for (const BlockDevice& child : device.children)
        children.append(toJson(child));
    return {{QStringLiteral("name"), device.name},
            {QStringLiteral("path"), device.path},
            {QStringLiteral("type"), device.type},
            {QStringLiteral("fsType"), device.fsType},
            {QStringLiteral("mountPoint"), device.mountPoint},
            {QStringLiteral("label"), device.label},
            {QStringLiteral("uuid"), device.uuid},
            {QStringLiteral("size"), number(device.size)},
            {QStringLiteral("fsSize"), number(device.fsSize)},
            {QStringLiteral("fsUsed"), number(device.fsUsed)},
            {QStringLiteral("children"), children}};
}

QJsonObject toJson(const LvmPhysicalVolume& pv)
{
    return {{QStringLiteral("name"), pv.name},
            {QStringLiteral("vg"), pv.vg},
            {QStringLiteral("size"), number(pv.size)},
            {QStringLiteral("free"), number(pv.free)}};
}

QJsonObject toJson(const LvmVolumeGroup& vg)
{
    return {{QStringLiteral("name"), vg.name},
            {QStringLiteral("size"), number(vg.size)},
            {QStringLiteral("free"), number(vg.free)},
            {QStringLiteral("pvCount"), vg.pvCount},
            {QStringLiteral("lvCount"), vg.lvCount}};
}

QJsonObject toJson(const LvmLogicalVolume& lv)
{
    return {{QStringLiteral("name"), lv.name},
            {QStringLiteral("vg"), lv.vg},
            {QStringLiteral("attr"), lv.attr},
            {QStringLiteral("poolLv"), lv.poolLv},
            {QStringLiteral("segType"), lv.segType},
            {QStringLiteral("thinPool"), lv.isThinPool()},
            {QStringLiteral("size"), number(lv.size)},
            {QStringLiteral("dataPercent"), percentage(lv.dataPercent)},
            {QStringLiteral("metadataPercent"), percentage(lv.metadataPercent)}};
}

QJsonObject toJson(const BtrfsFilesystem& filesystem)
{
    return {{QStringLiteral("label"), filesystem.label},
            {QStringLiteral("uuid"), filesystem.uuid},
            {QStringLiteral("used"), number(filesystem.used)},
            {QStringLiteral("size"), number(filesystem.size)},
            {QStringLiteral("devices"), QJsonArray::fromStringList(filesystem.devices)}};
}

// Declared here so that arrayOf() finds them: ADL does not look into this unnamed namespace.
QJsonObject toJson(const DockerImage& image);
QJsonObject toJson(const DockerContainer& container);
QJsonObject toJson(const FactsWarning& warning);

template <typename Item> QJsonArray arrayOf(const QList<Item>& items)
{
    QJsonArray array;
    for (const Item& item : items)
        array.append(toJson(item));
    return array;
}

QJsonObject toJson(const DiskFacts& disks)
{
    const QJsonObject dockerRoot = {{QStringLiteral("source"), disks.dockerRootSource},
                                    {QStringLiteral("fsType"), disks.dockerRootFsType},
                                    {QStringLiteral("mount"), disks.dockerRootMount},
                                    {QStringLiteral("size"), number(disks.dockerRootSize)},
                                    {QStringLiteral("used"), number(disks.dockerRootUsed)}};
    return {{QStringLiteral("devices"), arrayOf(disks.devices)},
            {QStringLiteral("pvs"), arrayOf(disks.pvs)},
            {QStringLiteral("vgs"), arrayOf(disks.vgs)},
            {QStringLiteral("lvs"), arrayOf(disks.lvs)},
            {QStringLiteral("btrfs"), arrayOf(disks.btrfs)},
            {QStringLiteral("lvmToolsPresent"), disks.lvmToolsPresent},
            {QStringLiteral("deviceMapperAvailable"), disks.deviceMapperAvailable},
            {QStringLiteral("dockerRoot"), dockerRoot}};
}

QJsonObject toJson(const DockerImage& image)
{
    return {{QStringLiteral("id"), image.id},
            {QStringLiteral("repository"), image.repository},
            {QStringLiteral("tag"), image.tag},
            {QStringLiteral("size"), number(image.size)},
            {QStringLiteral("created"), image.created}};
}

QJsonObject toJson(const DockerContainer& container)
{
    return {{QStringLiteral("id"), container.id},         {QStringLiteral("name"), container.name},
            {QStringLiteral("image"), container.image},   {QStringLiteral("state"), container.state},
            {QStringLiteral("status"), container.status}, {QStringLiteral("ports"), container.ports}};
}

QJsonArray driverStatusJson(const QList<QPair<QString, QString>>& status)
{
    QJsonArray array;
    for (const auto& [key, value] : status)
        array.append(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
    return array;
}

QJsonObject toJson(const DockerFacts& docker)
{
    return {{QStringLiteral("installed"), docker.installed},
            {QStringLiteral("daemonRunning"), docker.daemonRunning},
            {QStringLiteral("permissionDenied"), docker.permissionDenied},
            {QStringLiteral("clientVersion"), docker.clientVersion},
            {QStringLiteral("serverVersion"), docker.serverVersion},
            {QStringLiteral("apiVersion"), docker.apiVersion},
            {QStringLiteral("storageDriver"), docker.storageDriver},
            {QStringLiteral("backingFilesystem"), docker.backingFilesystem},
            {QStringLiteral("dataRoot"), docker.dataRoot},
            {QStringLiteral("driverStatus"), driverStatusJson(docker.driverStatus)},
            {QStringLiteral("poolDataUsed"), number(docker.poolDataUsed)},
            {QStringLiteral("poolDataTotal"), number(docker.poolDataTotal)},
            {QStringLiteral("poolMetadataUsed"), number(docker.poolMetadataUsed)},
            {QStringLiteral("poolMetadataTotal"), number(docker.poolMetadataTotal)},
            {QStringLiteral("loopbackDevicemapper"), docker.loopbackDevicemapper},
            {QStringLiteral("daemonOptions"), QJsonArray::fromStringList(docker.daemonOptions)},
            {QStringLiteral("optionsSource"), docker.optionsSource},
            {QStringLiteral("images"), arrayOf(docker.images)},
            {QStringLiteral("containers"), arrayOf(docker.containers)},
            {QStringLiteral("groupMembers"), QJsonArray::fromStringList(docker.groupMembers)}};
}

QString severityName(FactsWarning::Severity severity)
{
    switch (severity) {
    case FactsWarning::Info:
        return QStringLiteral("info");
    case FactsWarning::Warning:
        return QStringLiteral("warning");
    case FactsWarning::Critical:
        return QStringLiteral("critical");
    }
    return QStringLiteral("warning");
}

QJsonObject toJson(const FactsWarning& warning)
{
    return {{QStringLiteral("severity"), severityName(warning.severity)},
            {QStringLiteral("code"), warning.code},
            {QStringLiteral("text"), warning.text}};
}

} // namespace

QJsonObject HostFacts::toJson() const
{
    const QJsonValue collected = collectedAt.isValid() ? QJsonValue(collectedAt.toUTC().toString(Qt::ISODate))
                                                       : QJsonValue(QJsonValue::Null);
    return {{QStringLiteral("os"), Lotsen::toJson(os)},
            {QStringLiteral("kernel"), Lotsen::toJson(kernel)},
            {QStringLiteral("disks"), Lotsen::toJson(disks)},
            {QStringLiteral("docker"), Lotsen::toJson(docker)},
            {QStringLiteral("warnings"), arrayOf(warnings)},
            {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
            {QStringLiteral("collectedAt"), collected}};
}

QString DockerFacts::optionsSourceText() const
{
    QStringList sources = optionsSource.split(QStringLiteral(", "), Qt::SkipEmptyParts);
    for (QString& source : sources) {
        if (source == QLatin1String(CommandLineSource))
            source = QCoreApplication::translate("Lotsen::DockerFacts", "the daemon's command line");
    }
    return sources.join(QStringLiteral(", "));
}

} // namespace Lotsen
