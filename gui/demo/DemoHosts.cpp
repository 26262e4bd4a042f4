#include "DemoHosts.h"

#include "CommandLine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace Lotsen {

namespace {

QString logPath()
{
    return DemoHosts::directory() + QStringLiteral(".log");
}

std::optional<bool> rootForTesting;

bool processExists(qint64 pid)
{
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

} // namespace

DemoHosts::DemoHosts(QObject* parent)
    : QObject(parent)
    , m_poll(new QTimer(this))
{
    m_poll->setInterval(250);
    connect(m_poll, &QTimer::timeout, this, &DemoHosts::poll);
}

QString DemoHosts::scriptPath()
{
    return QStringLiteral(LOTSEN_SOURCE_DIR "/tests/bed/hostbed.sh");
}

QString DemoHosts::directory()
{
    const QString chosen = qEnvironmentVariable("LOTSEN_DEMO_DIR"); // tests run their own
    return chosen.isEmpty() ? QDir::tempPath() + QStringLiteral("/lotsen-demo-hosts") : chosen;
}

bool DemoHosts::available(QString* whyNot)
{
    auto fail = [whyNot](const QString& reason) {
        if (whyNot)
            *whyNot = reason;
        return false;
    };
    if (!runningAsRoot())
        return fail(tr("The demo hosts need root (they use loop devices and their own Docker engines)."));
    if (!QFileInfo(scriptPath()).isFile())
        return fail(tr("The demo script %1 is missing.").arg(scriptPath()));
    for (const char* tool : {"dockerd", "sshd", "unshare", "losetup", "mkfs.btrfs"}) {
        if (QStandardPaths::findExecutable(QLatin1String(tool),
                                           {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"),
                                            QStringLiteral("/sbin"), QStringLiteral("/bin")})
                .isEmpty())
            return fail(tr("The demo hosts need %1; install the packages with scripts/install-deps.sh.")
                            .arg(QLatin1String(tool)));
    }
    return true;
}

bool DemoHosts::runningAsRoot()
{
    return rootForTesting.value_or(::geteuid() == 0);
}

void DemoHosts::setRunningAsRootForTesting(std::optional<bool> root)
{
    rootForTesting = root;
}

QString DemoHosts::commandAsRoot()
{
    if (runningAsRoot())
        return {};
    return CommandLine(QStringLiteral("sudo"), {QCoreApplication::applicationFilePath()}).toDisplay();
}

void DemoHosts::start()
{
    if (isStarting())
        return;
    const QString dir = directory();
    if (QFile::exists(dir + QStringLiteral("/bed.env"))) {
        Q_EMIT failed(
            tr("Demo hosts are already running in %1 (from another Lotsen?). Quit that one, or stop "
               "them with: %2 stop %1")
                .arg(dir, scriptPath()));
        return;
    }
    QFile::remove(dir + QStringLiteral("/bed.json"));
    QProcess process;
    process.setProgram(QStringLiteral("bash"));
    process.setArguments({scriptPath(), QStringLiteral("start"), dir,
                          QStringLiteral("el6-btrfs,debian12-overlay2,debian12-vfs"),
                          QStringLiteral("--keep-keys"), QStringLiteral("--owner"),
                          QString::number(QCoreApplication::applicationPid())});
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(logPath());
    process.setStandardErrorFile(logPath(), QIODevice::Append);
    m_startedAt = QDateTime::currentDateTimeUtc();
    if (!process.startDetached(&m_pid) || m_pid <= 0) {
        m_pid = 0;
        Q_EMIT failed(tr("The demo script could not be started: %1").arg(process.errorString()));
        return;
    }
    m_poll->start();
}

void DemoHosts::poll()
{
    // The script writes bed.json last, once every host answers; it is detached, so its exit is
    // seen by polling.
    if (QFile::exists(directory() + QStringLiteral("/bed.json")) || !processExists(m_pid))
        finish();
}

QString DemoHosts::logTail() const
{
    QFile log(logPath());
    if (!log.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromLocal8Bit(log.readAll()).trimmed().split(QLatin1Char('\n'));
    return lines.mid(std::max<qsizetype>(0, lines.size() - 8)).join(QLatin1Char('\n'));
}

void DemoHosts::finish()
{
    m_poll->stop();
    m_pid = 0;
    QFile file(directory() + QStringLiteral("/bed.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        const QString tail = logTail();
        Q_EMIT failed(tr("The demo hosts did not start: %1").arg(tail.isEmpty() ? tr("no message") : tail));
        return;
    }
    const QJsonObject bed = QJsonDocument::fromJson(file.readAll()).object();
    QList<Host> hosts;
    for (const QJsonValue& value : bed.value(QStringLiteral("hosts")).toArray()) {
        const QJsonObject entry = value.toObject();
        Host host;
        host.name = QStringLiteral("demo-") + entry.value(QStringLiteral("name")).toString();
        host.address = entry.value(QStringLiteral("address")).toString();
        host.port = entry.value(QStringLiteral("port")).toInt();
        host.user = QStringLiteral("root");
        host.identityFile = bed.value(QStringLiteral("clientKey")).toString();
        host.group = tr("Demo hosts");
        host.tags = {entry.value(QStringLiteral("profile")).toString()};
        hosts.append(host);
    }
    if (hosts.isEmpty()) {
        Q_EMIT failed(tr("The demo hosts started but %1 lists none.").arg(file.fileName()));
        return;
    }
    Q_EMIT started(hosts);
}

} // namespace Lotsen
