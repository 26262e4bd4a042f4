// Benchmark: a status refresh (OS, kernels, disks, Docker) of 1, 10 and 30 hosts with Lotsen,
// against Ansible's fact gathering (`ansible -m setup`) and a plain OpenSSH loop running the same
// script, on the same bed of 30 Docker hosts (tests/bed/hostbed.sh: each its own sshd, dockerd, /etc
// and loop-device disk) in the same run; cold (connect included) and warm. Prints figures.
//   lotsen_bench_status [--rounds N]

#include "BenchSupport.h"
#include "CommandLine.h"
#include "FactsCollector.h"
#include "FactsScript.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <cstdio>
#include <memory>

#include <sys/resource.h>
#include <unistd.h>

using namespace Lotsen;
using namespace Lotsen::Bench;

namespace {

double seconds(const QElapsedTimer& clock)
{
    return double(clock.nsecsElapsed()) / 1e9;
}

// Refreshes n hosts in parallel on the given sessions; returns seconds, or -1 if one failed.
double lotsenRefresh(std::vector<std::unique_ptr<HostSession>>& sessions)
{
    FactsCollector collector;
    QEventLoop loop;
    int pending = int(sessions.size());
    bool failed = false;
    QObject::connect(&collector, &FactsCollector::factsReady, &loop,
                     [&](const QString&, const HostFacts& facts) {
                         failed = failed || facts.kernel.running.isEmpty();
                         if (--pending == 0)
                             loop.quit();
                     });
    QObject::connect(&collector, &FactsCollector::refreshFailed, &loop,
                     [&](const QString&, const QString& error) {
                         std::fprintf(stderr, "lotsen: %s\n", qPrintable(error));
                         failed = true;
                         if (--pending == 0)
                             loop.quit();
                     });
    QElapsedTimer clock;
    clock.start();
    for (auto& session : sessions)
        collector.refresh(session.get());
    loop.exec();
    return failed ? -1 : seconds(clock);
}

// `true` on every session at once: Lotsen's fan-out alone, without the facts script's CPU.
double lotsenTrue(std::vector<std::unique_ptr<HostSession>>& sessions)
{
    QEventLoop loop;
    int pending = int(sessions.size());
    bool failed = false;
    std::vector<QMetaObject::Connection> connections;
    for (auto& session : sessions) {
        connections.push_back(QObject::connect(session.get(), &HostSession::commandFinished, &loop,
                                               [&](quint64, const CommandResult& result) {
                                                   failed = failed || !result.ok();
                                                   if (--pending == 0)
                                                       loop.quit();
                                               }));
    }
    QElapsedTimer clock;
    clock.start();
    CommandRequest request;
    request.shellLine = CommandLine(QStringLiteral("true")).toShell();
    for (auto& session : sessions)
        session->run(request);
    loop.exec();
    for (const auto& connection : connections)
        QObject::disconnect(connection);
    return failed ? -1 : seconds(clock);
}

std::vector<std::unique_ptr<HostSession>> sessionsFor(const DockerBed& bed, int n)
{
    std::vector<std::unique_ptr<HostSession>> sessions;
    for (int i = 0; i < n; ++i)
        sessions.push_back(
            std::make_unique<HostSession>(hostOf(bed.endpoint(i)), optionsFor(bed.endpoint(i))));
    return sessions;
}

// OpenSSH: the same script on n hosts at once; `extra` selects a ControlMaster for warm runs.
double opensshRefresh(const DockerBed& bed, int n, const QStringList& extra)
{
    const QString script = QString::fromUtf8(FactsScript::script());
    std::vector<std::unique_ptr<QProcess>> processes;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < n; ++i) {
        auto ssh = std::make_unique<QProcess>();
        ssh->setStandardOutputFile(QProcess::nullDevice());
        ssh->start(QStringLiteral("ssh"),
                   opensshArgs(bed.endpoint(i), extra) << QString::fromUtf8(
                       CommandLine(QStringLiteral("sh"), {QStringLiteral("-c"), script}).toShell()));
        processes.push_back(std::move(ssh));
    }
    bool ok = true;
    for (auto& ssh : processes)
        ok = ssh->waitForFinished(-1) && ssh->exitStatus() == QProcess::NormalExit && ok;
    return ok ? seconds(clock) : -1;
}

QStringList controlMaster(const QTemporaryDir& dir, int i)
{
    return {QStringLiteral("-o"), QStringLiteral("ControlPath=%1/cm%2").arg(dir.path()).arg(i)};
}

void startMasters(const DockerBed& bed, const QTemporaryDir& dir, int n)
{
    for (int i = 0; i < n; ++i) {
        QProcess master;
        master.start(QStringLiteral("ssh"), opensshArgs(bed.endpoint(i), controlMaster(dir, i))
                                                << QStringLiteral("-M") << QStringLiteral("-N")
                                                << QStringLiteral("-f"));
        master.waitForFinished(-1);
    }
}

double opensshWarm(const DockerBed& bed, const QTemporaryDir& dir, int n)
{
    // One ControlPath per host: run each host's ssh with its own master.
    const QString script = QString::fromUtf8(FactsScript::script());
    std::vector<std::unique_ptr<QProcess>> processes;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < n; ++i) {
        auto ssh = std::make_unique<QProcess>();
        ssh->setStandardOutputFile(QProcess::nullDevice());
        ssh->start(QStringLiteral("ssh"),
                   opensshArgs(bed.endpoint(i), controlMaster(dir, i)) << QString::fromUtf8(
                       CommandLine(QStringLiteral("sh"), {QStringLiteral("-c"), script}).toShell()));
        processes.push_back(std::move(ssh));
    }
    bool ok = true;
    for (auto& ssh : processes)
        ok = ssh->waitForFinished(-1) && ok;
    return ok ? seconds(clock) : -1;
}

QString writeInventory(const DockerBed& bed, int n)
{
    const QString path = bed.scratch.filePath(QStringLiteral("inventory-%1.ini").arg(n));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("[bed]\n");
    for (int i = 0; i < n; ++i) {
        const Endpoint host = bed.endpoint(i);
        file.write(QStringLiteral("%1 ansible_host=%2 ansible_port=%3\n")
                       .arg(host.name, host.address)
                       .arg(host.port)
                       .toUtf8());
    }
    file.write(QStringLiteral("[bed:vars]\nansible_user=%1\nansible_ssh_private_key_file=%2\n"
                              "ansible_python_interpreter=/usr/bin/python3\n")
                   .arg(bed.endpoint(0).user, bed.endpoint(0).clientKey)
                   .toUtf8());
    return path;
}

// ansible -m setup on n hosts with n forks; warm = OpenSSH ControlPersist kept from a previous run.
double ansibleSetup(const DockerBed& bed, int n, bool warm)
{
    QProcess ansible;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ANSIBLE_HOST_KEY_CHECKING"), QStringLiteral("False"));
    env.insert(QStringLiteral("ANSIBLE_SSH_CONTROL_PATH_DIR"),
               bed.scratch.filePath(QStringLiteral("ansible-cp")));
    env.insert(QStringLiteral("ANSIBLE_LOCAL_TEMP"), bed.scratch.filePath(QStringLiteral("ansible-tmp")));
    env.insert(QStringLiteral("ANSIBLE_SSH_ARGS"),
               (warm ? QStringLiteral("-o ControlMaster=auto -o ControlPersist=300s")
                     : QStringLiteral("-o ControlMaster=no")) +
                   QStringLiteral(" -o UserKnownHostsFile=") + bed.endpoint(0).knownHosts);
    ansible.setProcessEnvironment(env);
    ansible.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    ansible.start(QStringLiteral("ansible"),
                  {QStringLiteral("all"), QStringLiteral("-i"), writeInventory(bed, n), QStringLiteral("-m"),
                   QStringLiteral("setup"), QStringLiteral("-f"), QString::number(n)});
    ansible.waitForFinished(-1);
    if (ansible.exitCode() != 0) {
        std::fprintf(stderr, "ansible failed: %s\n", ansible.readAllStandardError().constData());
        return -1;
    }
    return seconds(clock);
}

} // namespace

double cpuSeconds(int who)
{
    rusage usage{};
    ::getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// CPU seconds the whole machine has been busy (all processes, all CPUs), from /proc/stat.
double machineBusySeconds()
{
    QFile stat(QStringLiteral("/proc/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields =
        stat.readLine().simplified().split(' '); // "cpu user nice system idle iowait …"
    double busy = 0;
    for (int i = 1; i < fields.size(); ++i) {
        if (i != 4 && i != 5) // idle, iowait
            busy += fields[i].toDouble();
    }
    return busy / double(::sysconf(_SC_CLK_TCK));
}

// CPU seconds (user + system, all its processes) the facts script costs on a bed host, run there
// directly (no SSH): what every host spends per refresh, on the same CPUs as all the others. The
// Docker engine's own work for the script's docker commands is not in it.
double scriptCpuSeconds(const DockerBed& bed)
{
    const double before = cpuSeconds(RUSAGE_CHILDREN);
    QProcess script;
    script.setStandardOutputFile(QProcess::nullDevice());
    script.setStandardErrorFile(QProcess::nullDevice());
    script.start(QStringLiteral("bash"), {Test::HostTestBed::scriptPath(), QStringLiteral("enter"),
                                          bed.bed.dir(), QStringLiteral("0"), QStringLiteral("sh"),
                                          QStringLiteral("-c"), QString::fromUtf8(FactsScript::script())});
    script.waitForFinished(-1);
    return cpuSeconds(RUSAGE_CHILDREN) - before;
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // figures appear as they are measured, also in a file
    int rounds = 3;
    const QStringList args = app.arguments();
    if (args.size() == 3 && args[1] == QLatin1String("--rounds"))
        rounds = args[2].toInt();
    const bool haveAnsible = !QStandardPaths::findExecutable(QStringLiteral("ansible")).isEmpty();

    // The demo's three kinds of host, in turn: a CentOS 6.7 stand-in on btrfs, Debian 12 on
    // overlay2 and on vfs.
    QStringList profiles;
    for (int i = 0; i < 30; ++i)
        profiles << QStringList{QStringLiteral("el6-btrfs"), QStringLiteral("debian12-overlay2"),
                                QStringLiteral("debian12-vfs")}
                        .at(i % 3);
    DockerBed bed;
    QString error;
    if (!bed.start(profiles, &error)) {
        std::fprintf(stderr, "cannot start the Docker host bed: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("Lotsen status benchmark: 30 Docker hosts on loopback (el6-btrfs, debian12-overlay2, "
                "debian12-vfs in turn),\nfacts script of %lld bytes, median of %d rounds\n",
                qint64(FactsScript::script().size()), rounds);
    std::printf("(seconds until every host's facts are in; ansible = `ansible all -m setup -f N`)\n\n");
    std::printf("hosts  mode   lotsen    openssh   ansible   ansible/lotsen\n");
    double warmOne = -1, warmThirty = -1, clientCpuThirty = -1, busyThirty = -1, trueOne = -1,
           trueThirty = -1;
    for (int n : {1, 10, 30}) {
        const double coldLotsen = medianOf(rounds, [&] {
            auto sessions = sessionsFor(bed, n);
            const double s = lotsenRefresh(sessions);
            sessions.clear();
            HostSession::waitForWorkers();
            return s;
        });
        const double coldSsh = medianOf(rounds, [&] { return opensshRefresh(bed, n, {}); });
        const double coldAnsible =
            haveAnsible ? medianOf(rounds, [&] { return ansibleSetup(bed, n, false); }) : -1;
        std::printf("%5d  cold  %7.3f   %7.3f   %7.3f   %6.1fx\n", n, coldLotsen, coldSsh, coldAnsible,
                    coldAnsible / coldLotsen);

        auto sessions = sessionsFor(bed, n);
        lotsenRefresh(sessions); // connects; not counted
        const double cpuBefore = cpuSeconds(RUSAGE_SELF);
        const double busyBefore = machineBusySeconds();
        const double warmLotsen = medianOf(rounds, [&] { return lotsenRefresh(sessions); });
        if (n == 30) {
            clientCpuThirty = (cpuSeconds(RUSAGE_SELF) - cpuBefore) / rounds;
            busyThirty = (machineBusySeconds() - busyBefore) / rounds;
        }
        if (n == 1 || n == 30)
            (n == 1 ? trueOne : trueThirty) = medianOf(rounds, [&] { return lotsenTrue(sessions); });
        sessions.clear();
        HostSession::waitForWorkers();
        QTemporaryDir masters;
        startMasters(bed, masters, n);
        const double warmSsh = medianOf(rounds, [&] { return opensshWarm(bed, masters, n); });
        for (int i = 0; i < n; ++i) {
            QProcess stop;
            stop.start(QStringLiteral("ssh"), opensshArgs(bed.endpoint(i), controlMaster(masters, i))
                                                  << QStringLiteral("-O") << QStringLiteral("exit"));
            stop.waitForFinished(-1);
        }
        double warmAnsible = -1;
        if (haveAnsible) {
            ansibleSetup(bed, n, true); // opens the ControlPersist connections; not counted
            warmAnsible = medianOf(rounds, [&] { return ansibleSetup(bed, n, true); });
        }
        std::printf("%5d  warm  %7.3f   %7.3f   %7.3f   %6.1fx\n", n, warmLotsen, warmSsh, warmAnsible,
                    warmAnsible / warmLotsen);
        if (n == 1)
            warmOne = warmLotsen;
        if (n == 30)
            warmThirty = warmLotsen;
    }
    std::printf("\n30 hosts warm / 1 host warm (lotsen): %.2f   (target <= 2)\n", warmThirty / warmOne);
    // The bed's hosts are processes on this machine: 30 sshd sessions and facts scripts share its
    // CPUs, which real hosts would not. How long the machine was busy bounds the time from below.
    const int cpus = std::max(1, QThread::idealThreadCount());
    const double floorThirty = std::max(warmOne, busyThirty / cpus);
    std::printf(
        "facts script: %.3f CPU s per host; during a 30-host warm refresh the machine was busy for "
        "%.2f CPU s (sshd sessions, scripts, Lotsen),\n  so on %d CPUs it cannot take less than %.2f s\n",
        medianOf(5, [&] { return scriptCpuSeconds(bed); }), busyThirty, cpus, floorThirty);
    std::printf("30 hosts warm / that floor (lotsen): %.2f; Lotsen's own CPU for a 30-host refresh: %.3f s\n",
                warmThirty / floorThirty, clientCpuThirty);
    std::printf("`true` instead of the script, warm: 1 host %.3f s, 30 hosts %.3f s, ratio %.2f "
                "(an sshd session alone costs the bed CPU)\n",
                trueOne, trueThirty, trueThirty / trueOne);
    return 0;
}
