#include "SshTestBed.h"

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

namespace Lotsen::Test {

namespace {

constexpr int StartTimeoutMs = 120'000;
constexpr int HostTimeoutMs = 60'000;

QStringList toStringList(const QJsonValue& value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array)
        list.append(item.toString());
    return list;
}

} // namespace

SshTestBed::SshTestBed() = default;

SshTestBed::~SshTestBed()
{
    stop();
}

QString SshTestBed::scriptPath()
{
    return QStringLiteral(LOTSEN_BED_SCRIPT);
}

bool SshTestBed::canRun(QString* whyNot)
{
    QStringList missing;
    if (!QFileInfo(QStringLiteral("/usr/sbin/sshd")).isExecutable())
        missing.append(QStringLiteral("/usr/sbin/sshd (package openssh-server)"));
    const QStringList tools = {QStringLiteral("ssh-keygen"), QStringLiteral("ssh-agent"),
                               QStringLiteral("ssh-add"),    QStringLiteral("bash"),
                               QStringLiteral("flock"),      QStringLiteral("setsid")};
    for (const QString& tool : tools) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            missing.append(tool);
    }
    if (!QFileInfo::exists(scriptPath()))
        missing.append(scriptPath());
    if (missing.isEmpty())
        return true;
    if (whyNot)
        *whyNot = QStringLiteral("the SSH test bed needs: %1").arg(missing.join(QStringLiteral(", ")));
    return false;
}

bool SshTestBed::start(int hosts, QString* error)
{
    stop();
    m_lastError.clear();
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/lotsen-bed-XXXXXX"));
    if (!m_dir->isValid()) {
        m_lastError = QStringLiteral("cannot make a temporary directory: %1").arg(m_dir->errorString());
    } else {
        if (qEnvironmentVariable("LOTSEN_KEEP_BED") == QLatin1String("1"))
            m_dir->setAutoRemove(false);
        const QStringList arguments = {QStringLiteral("start"), m_dir->path(), QString::number(hosts),
                                       QStringLiteral("--owner"),
                                       QString::number(QCoreApplication::applicationPid())};
        m_running = runScript(arguments, StartTimeoutMs);
        if (m_running && !load()) {
            stop();
        }
    }
    if (!m_running && error)
        *error = m_lastError;
    return m_running;
}

void SshTestBed::stop()
{
    if (m_running) {
        if (!runScript({QStringLiteral("stop"), m_dir->path()}, HostTimeoutMs))
            qWarning("SshTestBed: stop failed: %s", qPrintable(m_lastError));
        m_running = false;
    }
    m_hosts.clear();
}

bool SshTestBed::rekey(int i, const QStringList& keyTypes)
{
    if (keyTypes.isEmpty())
        return hostCommand("rekey", i);
    return hostCommand("rekey", i, {QStringLiteral("--types"), keyTypes.join(QLatin1Char(' '))});
}

bool SshTestBed::kill(int i)
{
    return hostCommand("kill", i);
}

bool SshTestBed::restart(int i)
{
    return hostCommand("restart", i);
}

QString SshTestBed::knownHostsLine(int i, const QString& keyType) const
{
    const BedHost h = host(i);
    const QString suffix = QStringLiteral("/ssh_host_%1_key").arg(keyType);
    for (const QString& key : h.hostKeys) {
        if (!key.endsWith(suffix))
            continue;
        QFile pub(key + QStringLiteral(".pub"));
        if (!pub.open(QIODevice::ReadOnly))
            return {};
        // "ssh-ed25519 AAAA… comment": keep the type and the key, drop the comment.
        const QStringList fields =
            QString::fromUtf8(pub.readAll()).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.size() < 2)
            return {};
        return QStringLiteral("[%1]:%2 %3 %4").arg(h.address).arg(h.port).arg(fields.at(0), fields.at(1));
    }
    return {};
}

QString SshTestBed::sshdLog(int i) const
{
    QFile log(QStringLiteral("%1/host%2/sshd.log").arg(dir()).arg(i));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(log.readAll());
}

QString SshTestBed::dir() const
{
    return m_dir ? m_dir->path() : QString();
}

bool SshTestBed::runScript(const QStringList& arguments, int timeoutMs)
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

bool SshTestBed::hostCommand(const char* command, int i, const QStringList& extra)
{
    m_lastError.clear();
    if (!m_running) {
        m_lastError = QStringLiteral("the bed is not running");
        return false;
    }
    const QStringList arguments =
        QStringList{QString::fromLatin1(command), m_dir->path(), QString::number(i)} + extra;
    return runScript(arguments, HostTimeoutMs) && load();
}

bool SshTestBed::load()
{
    QFile file(m_dir->filePath(QStringLiteral("bed.json")));
    if (!file.open(QIODevice::ReadOnly)) {
        m_lastError = QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        m_lastError =
            QStringLiteral("%1 is not valid JSON: %2").arg(file.fileName(), parseError.errorString());
        return false;
    }
    const QJsonObject bed = document.object();
    m_root = bed.value(QLatin1String("root")).toBool();
    m_hosts.clear();
    const QJsonArray hosts = bed.value(QLatin1String("hosts")).toArray();
    for (const QJsonValue& value : hosts) {
        const QJsonObject object = value.toObject();
        BedHost h;
        h.name = object.value(QLatin1String("name")).toString();
        h.address = object.value(QLatin1String("address")).toString();
        h.port = object.value(QLatin1String("port")).toInt();
        h.pid = object.value(QLatin1String("pid")).toInteger();
        h.hostKeys = toStringList(object.value(QLatin1String("hostKeys")));
        h.fingerprints = toStringList(object.value(QLatin1String("fingerprints")));
        m_hosts.append(h);
    }
    m_clientKey = bed.value(QLatin1String("clientKey")).toString();
    m_passphraseKey = bed.value(QLatin1String("passphraseKey")).toString();
    m_passphrase = bed.value(QLatin1String("passphrase")).toString();
    m_agentKey = bed.value(QLatin1String("agentKey")).toString();
    m_agentSocket = bed.value(QLatin1String("agentSocket")).toString();
    m_user = bed.value(QLatin1String("user")).toString();
    m_passwordUser = bed.value(QLatin1String("passwordUser")).toString();
    m_password = bed.value(QLatin1String("password")).toString();
    m_nopwUser = bed.value(QLatin1String("nopwUser")).toString();
    return true;
}

} // namespace Lotsen::Test
