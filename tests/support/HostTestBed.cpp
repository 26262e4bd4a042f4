#include "HostTestBed.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <unistd.h>

namespace Lotsen::Test {

namespace {

constexpr int StartTimeoutMs = 180'000;
constexpr int StopTimeoutMs = 120'000;

} // namespace

HostTestBed::HostTestBed() = default;

HostTestBed::~HostTestBed()
{
    stop();
}

QString HostTestBed::scriptPath()
{
    return QStringLiteral(LOTSEN_HOSTBED_SCRIPT);
}

bool HostTestBed::canRun(QString* whyNot)
{
    QStringList missing;
    if (::geteuid() != 0)
        missing.append(QStringLiteral("root (mount namespaces, loop devices, dockerd)"));
    const QStringList files = {QStringLiteral("/usr/sbin/sshd"), QStringLiteral("/usr/sbin/dockerd"),
                               QStringLiteral("/usr/bin/docker"), QStringLiteral("/bin/busybox"),
                               QStringLiteral("/dev/loop-control")};
    for (const QString& file : files) {
        if (!QFileInfo::exists(file))
            missing.append(file);
    }
    const QStringList tools = {
        QStringLiteral("unshare"),    QStringLiteral("nsenter"),   QStringLiteral("losetup"),
        QStringLiteral("mkfs.btrfs"), QStringLiteral("mkfs.ext4"), QStringLiteral("containerd"),
        QStringLiteral("runc"),       QStringLiteral("ssh"),       QStringLiteral("ssh-keygen"),
        QStringLiteral("findmnt"),    QStringLiteral("flock"),     QStringLiteral("setsid"),
        QStringLiteral("bash")};
    const QStringList sbin = {QStringLiteral("/usr/local/sbin"), QStringLiteral("/usr/sbin"),
                              QStringLiteral("/sbin"), QStringLiteral("/usr/bin"), QStringLiteral("/bin")};
    for (const QString& tool : tools) {
        if (QStandardPaths::findExecutable(tool).isEmpty() &&
            QStandardPaths::findExecutable(tool, sbin).isEmpty())
            missing.append(tool);
    }
    if (!QFileInfo::exists(scriptPath()))
        missing.append(scriptPath());
    if (missing.isEmpty())
        return true;
    if (whyNot) {
        *whyNot = QStringLiteral("the Docker host bed needs: %1 (packages: docker.io btrfs-progs "
                                 "busybox-static openssh-server util-linux)")
                      .arg(missing.join(QStringLiteral(", ")));
    }
    return false;
}

bool HostTestBed::start(const QStringList& profiles, QString* error)
{
    stop();
    m_lastError.clear();
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/lotsen-hostbed-XXXXXX"));
    if (!m_dir->isValid()) {
        m_lastError = QStringLiteral("cannot make a temporary directory: %1").arg(m_dir->errorString());
    } else {
        if (qEnvironmentVariable("LOTSEN_KEEP_BED") == QLatin1String("1"))
            m_dir->setAutoRemove(false);
        const QStringList arguments = {QStringLiteral("start"), m_dir->path(),
                                       profiles.join(QLatin1Char(',')), QStringLiteral("--owner"),
                                       QString::number(QCoreApplication::applicationPid())};
        m_running = runScript(arguments, StartTimeoutMs);
        if (m_running && !load()) {
            const QString loadError = m_lastError;
            stop();
            m_lastError = loadError;
        }
    }
    if (!m_running && error)
        *error = m_lastError;
    return m_running;
}

bool HostTestBed::stop(QString* error)
{
    bool ok = true;
    if (m_running) {
        ok = runScript({QStringLiteral("stop"), m_dir->path()}, StopTimeoutMs);
        if (!ok)
            qWarning("HostTestBed: stop failed: %s", qPrintable(m_lastError));
        m_running = false;
    }
    m_hosts.clear();
    if (!ok && error)
        *error = m_lastError;
    return ok;
}

QString HostTestBed::dir() const
{
    return m_dir ? m_dir->path() : QString();
}

QStringList HostTestBed::sshArguments(int i) const
{
    const DockerBedHost h = host(i);
    return {QStringLiteral("-F"),
            QStringLiteral("/dev/null"),
            QStringLiteral("-o"),
            QStringLiteral("BatchMode=yes"),
            QStringLiteral("-o"),
            QStringLiteral("IdentitiesOnly=yes"),
            QStringLiteral("-o"),
            QStringLiteral("IdentityAgent=none"),
            QStringLiteral("-o"),
            QStringLiteral("StrictHostKeyChecking=yes"),
            QStringLiteral("-o"),
            QStringLiteral("UserKnownHostsFile=%1").arg(m_knownHosts),
            QStringLiteral("-o"),
            QStringLiteral("ConnectTimeout=20"),
            QStringLiteral("-i"),
            m_clientKey,
            QStringLiteral("-p"),
            QString::number(h.port),
            QStringLiteral("root@%1").arg(h.address)};
}

bool HostTestBed::runScript(const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    process.setProgram(QStringLiteral("bash"));
    process.setArguments(QStringList{scriptPath()} + arguments);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForStarted()) {
        m_lastError = QStringLiteral("cannot run bash: %1").arg(process.errorString());
        return false;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        m_lastError = QStringLiteral("%1 %2 timed out after %3 s")
                          .arg(scriptPath(), arguments.value(0))
                          .arg(timeoutMs / 1000);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_lastError = QStringLiteral("%1 %2 failed (exit %3): %4")
                          .arg(scriptPath(), arguments.join(QLatin1Char(' ')))
                          .arg(process.exitCode())
                          .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        return false;
    }
    return true;
}

bool HostTestBed::load()
{
    return readDescription(m_dir->filePath(QStringLiteral("bed.json")), &m_hosts, &m_clientKey, &m_knownHosts,
                           &m_lastError);
}

bool HostTestBed::readDescription(const QString& bedJson, QList<DockerBedHost>* hostsOut, QString* clientKey,
                                  QString* knownHosts, QString* error)
{
    QFile file(bedJson);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("%1 is not valid JSON: %2").arg(file.fileName(), parseError.errorString());
        return false;
    }
    const QJsonObject bed = document.object();
    hostsOut->clear();
    const QJsonArray hosts = bed.value(QLatin1String("hosts")).toArray();
    for (const QJsonValue& value : hosts) {
        const QJsonObject o = value.toObject();
        DockerBedHost h;
        h.name = o.value(QLatin1String("name")).toString();
        h.profile = o.value(QLatin1String("profile")).toString();
        h.address = o.value(QLatin1String("address")).toString();
        h.port = o.value(QLatin1String("port")).toInt();
        h.pid = o.value(QLatin1String("pid")).toInteger();
        h.dockerPid = o.value(QLatin1String("dockerPid")).toInteger();
        h.hostname = o.value(QLatin1String("hostname")).toString();
        h.storageDriver = o.value(QLatin1String("storageDriver")).toString();
        h.loopDevice = o.value(QLatin1String("loopDevice")).toString();
        h.dataFs = o.value(QLatin1String("dataFs")).toString();
        h.fingerprint = o.value(QLatin1String("fingerprint")).toString();
        h.grubDefault = o.value(QLatin1String("grubDefault")).toString();
        h.defaultKernel = o.value(QLatin1String("defaultKernel")).toString();
        const QJsonArray images = o.value(QLatin1String("images")).toArray();
        for (const QJsonValue& image : images) {
            const QJsonObject io = image.toObject();
            h.images.append(
                {io.value(QLatin1String("ref")).toString(), io.value(QLatin1String("id")).toString()});
        }
        const QJsonArray containers = o.value(QLatin1String("containers")).toArray();
        for (const QJsonValue& container : containers)
            h.containers.append(container.toString());
        h.containerRunning = o.value(QLatin1String("containerRunning")).toBool();
        hostsOut->append(h);
    }
    *clientKey = bed.value(QLatin1String("clientKey")).toString();
    *knownHosts = bed.value(QLatin1String("knownHosts")).toString();
    if (hostsOut->isEmpty()) {
        *error = QStringLiteral("%1 lists no hosts").arg(file.fileName());
        return false;
    }
    return true;
}

} // namespace Lotsen::Test
