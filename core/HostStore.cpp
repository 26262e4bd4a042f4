#include "HostStore.h"

#include "PrivateDirectory.h"
#include "Validation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace Lotsen {

namespace {

constexpr int formatVersion = 1;
constexpr auto ownerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

QString HostStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QLatin1String("/lotsen/hosts.json");
}

HostStore::HostStore(QString path)
    : m_path(std::move(path))
{}

Result<void> HostStore::load()
{
    QFile file(m_path);
    if (!file.exists()) {
        m_hosts.clear();
        return success();
    }
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the host list %1: %2.")
                         .arg(QDir::toNativeSeparators(m_path), file.errorString())};
    Result<QList<Host>> parsed = parse(file.readAll());
    if (!parsed)
        return Error{parsed.error()};
    m_hosts = std::move(parsed).value();
    return success();
}

Result<QList<Host>> HostStore::parse(const QByteArray& data) const
{
    const QString file = QDir::toNativeSeparators(m_path);
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !document.isObject())
        return Error{tr("The host list %1 is damaged (%2 at byte %3). It was left unchanged; fix or move it "
                        "away and start again.")
                         .arg(file, jsonError.errorString())
                         .arg(jsonError.offset)};
    const QJsonObject root = document.object();
    const int version = root.value(QLatin1String("version")).toInt(-1);
    if (version != formatVersion)
        return Error{tr("The host list %1 has format version %2, which this Lotsen does not understand. "
                        "It was left unchanged.")
                         .arg(file)
                         .arg(version)};
    HostStore checked(m_path);
    const QJsonArray entries = root.value(QLatin1String("hosts")).toArray();
    for (const QJsonValue& entry : entries) {
        if (auto added = checked.add(Host::fromJson(entry.toObject())); !added)
            return Error{tr("The host list %1 has an invalid entry: %2 It was left unchanged.")
                             .arg(file, added.error())};
    }
    return checked.m_hosts;
}

Result<void> HostStore::ensureDirectory() const
{
    const QString folder = QFileInfo(m_path).absolutePath();
    if (PrivateDirectory::ensure(folder))
        return success();
    return Error{tr("Cannot create the folder %1. Check that you may write there.")
                     .arg(QDir::toNativeSeparators(folder))};
}

Result<void> HostStore::save() const
{
    if (auto created = ensureDirectory(); !created)
        return created;
    QJsonArray entries;
    for (const Host& host : m_hosts)
        entries.append(host.toJson());
    const QJsonObject root{{QLatin1String("version"), formatVersion}, {QLatin1String("hosts"), entries}};

    QSaveFile file(m_path);
    const QString shownPath = QDir::toNativeSeparators(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write the host list %1: %2.").arg(shownPath, file.errorString())};
    // Set before commit so the file never exists under its real name with wider permissions.
    if (!file.setPermissions(ownerOnlyFile))
        return Error{tr("Cannot make the host list %1 private: %2.").arg(shownPath, file.errorString())};
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error{tr("Cannot write the host list %1: %2.").arg(shownPath, file.errorString())};
    return success();
}

qsizetype HostStore::indexOf(const QString& name) const
{
    for (qsizetype i = 0; i < m_hosts.size(); ++i) {
        if (m_hosts[i].name == name)
            return i;
    }
    return -1;
}

Result<void> HostStore::add(const Host& host)
{
    if (auto valid = Validation::validateHost(host); !valid)
        return valid;
    if (indexOf(host.name) >= 0)
        return Error{tr("A host called “%1” already exists. Choose another name.").arg(host.name)};
    m_hosts.append(host);
    return success();
}

Result<void> HostStore::update(const QString& name, const Host& host)
{
    const qsizetype index = indexOf(name);
    if (index < 0)
        return Error{tr("There is no host called “%1”.").arg(Validation::printable(name))};
    if (auto valid = Validation::validateHost(host); !valid)
        return valid;
    const qsizetype other = indexOf(host.name);
    if (other >= 0 && other != index)
        return Error{tr("A host called “%1” already exists. Choose another name.").arg(host.name)};
    m_hosts[index] = host;
    return success();
}

Result<void> HostStore::remove(const QString& name)
{
    const qsizetype index = indexOf(name);
    if (index < 0)
        return Error{tr("There is no host called “%1”.").arg(Validation::printable(name))};
    m_hosts.removeAt(index);
    return success();
}

std::optional<Host> HostStore::find(const QString& name) const
{
    const qsizetype index = indexOf(name);
    if (index < 0)
        return std::nullopt;
    return m_hosts[index];
}

QStringList HostStore::groups() const
{
    QStringList result;
    for (const Host& host : m_hosts) {
        if (!host.group.isEmpty() && !result.contains(host.group))
            result.append(host.group);
    }
    return result;
}

} // namespace Lotsen
