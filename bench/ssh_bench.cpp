// Benchmark: Lotsen's SSH engine against OpenSSH's client, on the same sshd test bed, in one run.
// Prints figures; asserts nothing. Run as root (the bed's sshd then behaves like a real host's).
//   lotsen_bench_ssh [--bytes N] [--hosts N] [--rounds N]

#include "BenchSupport.h"
#include "CommandLine.h"
#include "HostSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Lotsen;
using namespace Lotsen::Bench;

namespace {

// Streams `bytes` of /dev/zero through one Lotsen session; returns seconds (or -1).
double lotsenStream(const Bed& bed, qint64 bytes)
{
    HostSession session(hostOf(bed.bed.host(0), bed.bed.user()), optionsFor(bed));
    QEventLoop loop;
    qint64 received = 0;
    bool ok = false;
    QElapsedTimer clock;
    QObject::connect(&session, &HostSession::commandOutput, &loop,
                     [&](quint64, OutputChannel channel, const QByteArray& data) {
                         if (channel == OutputChannel::Stdout)
                             received += data.size();
                     });
    QObject::connect(&session, &HostSession::commandFinished, &loop,
                     [&](quint64, const CommandResult& result) {
                         ok = result.ok() && received == bytes;
                         loop.quit();
                     });
    QObject::connect(&session, &HostSession::stateChanged, &loop,
                     [&](SessionState state, const QString& detail) {
                         if (state == SessionState::Connected)
                             clock.start(); // throughput only: login is measured separately
                         else if (state != SessionState::Connecting)
                             std::fprintf(stderr, "lotsen: %s\n", qPrintable(detail)), loop.quit();
                     });
    CommandRequest request;
    request.shellLine = CommandLine(QStringLiteral("head"), {QStringLiteral("-c"), QString::number(bytes),
                                                             QStringLiteral("/dev/zero")})
                            .toShell();
    session.run(request);
    loop.exec();
    return ok ? double(clock.nsecsElapsed()) / 1e9 : -1;
}

double opensshStream(const Bed& bed, qint64 bytes, const QStringList& extra)
{
    // Time from a ready connection, like the Lotsen figure: a no-op login first, then the
    // stream, and subtract the no-op's time.
    auto timed = [&](const QStringList& command) {
        QProcess ssh;
        ssh.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer clock;
        clock.start();
        ssh.start(QStringLiteral("ssh"), opensshArgs(bed, bed.bed.host(0), extra) + command);
        ssh.waitForFinished(-1);
        return ssh.exitCode() == 0 ? double(clock.nsecsElapsed()) / 1e9 : -1;
    };
    const double login = timed({QStringLiteral("true")});
    const double total = timed(
        {QStringLiteral("head"), QStringLiteral("-c"), QString::number(bytes), QStringLiteral("/dev/zero")});
    return login < 0 || total < 0 ? -1 : total - login;
}

// Connects to n hosts at once, logs in and runs `true` on each; returns seconds until all are done.
double lotsenConnectExec(const Bed& bed, int n)
{
    std::vector<std::unique_ptr<HostSession>> sessions;
    QEventLoop loop;
    int done = 0, failed = 0;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < n; ++i) {
        auto session =
            std::make_unique<HostSession>(hostOf(bed.bed.host(i), bed.bed.user()), optionsFor(bed));
        QObject::connect(session.get(), &HostSession::commandFinished, &loop,
                         [&](quint64, const CommandResult& result) {
                             failed += result.ok() ? 0 : 1;
                             if (++done == n)
                                 loop.quit();
                         });
        CommandRequest request;
        request.shellLine = "true";
        session->run(request);
        sessions.push_back(std::move(session));
    }
    loop.exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    sessions.clear();
    HostSession::waitForWorkers();
    return failed ? -1 : seconds;
}

double opensshConnectExec(const Bed& bed, int n)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < n; ++i) {
        auto ssh = std::make_unique<QProcess>();
        ssh->start(QStringLiteral("ssh"),
                   opensshArgs(bed, bed.bed.host(i), {}) + QStringList{QStringLiteral("true")});
        processes.push_back(std::move(ssh));
    }
    bool ok = true;
    for (auto& ssh : processes)
        ok = ssh->waitForFinished(-1) && ssh->exitCode() == 0 && ok;
    return ok ? double(clock.nsecsElapsed()) / 1e9 : -1;
}

// One connected session, then `true` run one after another; returns the median per command.
double lotsenWarmExec(const Bed& bed, int commands)
{
    HostSession session(hostOf(bed.bed.host(0), bed.bed.user()), optionsFor(bed));
    std::vector<double> times;
    QEventLoop loop;
    QElapsedTimer clock;
    CommandRequest request;
    request.shellLine = "true";
    QObject::connect(&session, &HostSession::commandFinished, &loop,
                     [&](quint64, const CommandResult& result) {
                         if (!result.ok()) {
                             loop.quit();
                             return;
                         }
                         times.push_back(double(clock.nsecsElapsed()) / 1e9);
                         if (int(times.size()) > commands) {
                             loop.quit();
                             return;
                         }
                         clock.start();
                         session.run(request);
                     });
    clock.start();
    session.run(request); // the first one connects and is not counted
    loop.exec();
    if (int(times.size()) <= commands)
        return -1;
    times.erase(times.begin());
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// The same through an OpenSSH ControlMaster connection, OpenSSH's way of reusing a login.
double opensshWarmExec(const Bed& bed, int commands)
{
    QTemporaryDir dir;
    const QString control = dir.filePath(QStringLiteral("cm"));
    const QStringList master{QStringLiteral("-o"), QStringLiteral("ControlPath=") + control};
    QProcess start;
    start.start(
        QStringLiteral("ssh"),
        opensshArgs(bed, bed.bed.host(0),
                    master + QStringList{QStringLiteral("-M"), QStringLiteral("-N"), QStringLiteral("-f")}));
    start.waitForFinished(-1);
    std::vector<double> times;
    for (int i = 0; i < commands; ++i) {
        QProcess ssh;
        QElapsedTimer clock;
        clock.start();
        ssh.start(QStringLiteral("ssh"),
                  opensshArgs(bed, bed.bed.host(0), master) + QStringList{QStringLiteral("true")});
        ssh.waitForFinished(-1);
        if (ssh.exitCode() != 0)
            return -1;
        times.push_back(double(clock.nsecsElapsed()) / 1e9);
    }
    QProcess stop;
    stop.start(QStringLiteral("ssh"),
               opensshArgs(bed, bed.bed.host(0),
                           master + QStringList{QStringLiteral("-O"), QStringLiteral("exit")}));
    stop.waitForFinished(-1);
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // figures appear as they are measured, also in a file
    qint64 bytes = 1ll << 30;
    int hosts = 30, rounds = 3;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--bytes"))
            bytes = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--hosts"))
            hosts = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--rounds"))
            rounds = args[i + 1].toInt();
    }

    Bed bed;
    QString error;
    if (!bed.start(hosts, &error)) {
        std::fprintf(stderr, "cannot start the sshd test bed: %s\n", qPrintable(error));
        return 1;
    }

    const double mib = double(bytes) / (1 << 20);
    std::printf("Lotsen SSH benchmark: %d sshd hosts on loopback, %.0f MiB stream, median of %d rounds\n\n",
                hosts, mib, rounds);
    const double lotsen = medianOf(rounds, [&] { return lotsenStream(bed, bytes); });
    const double opensshDefault = medianOf(rounds, [&] { return opensshStream(bed, bytes, {}); });
    const double opensshGcm = medianOf(rounds, [&] {
        return opensshStream(bed, bytes, {QStringLiteral("-c"), QStringLiteral("aes128-gcm@openssh.com")});
    });
    std::printf("stdout throughput (after login)\n");
    std::printf("  lotsen                         %8.1f MiB/s\n", mib / lotsen);
    std::printf("  openssh ssh (default cipher)   %8.1f MiB/s\n", mib / opensshDefault);
    std::printf("  openssh ssh -c aes128-gcm      %8.1f MiB/s\n", mib / opensshGcm);
    std::printf("  ratio lotsen / openssh default %8.2f   (target >= 0.80)\n", opensshDefault / lotsen);
    std::printf("  ratio lotsen / openssh gcm     %8.2f\n\n", opensshGcm / lotsen);

    const double warmOurs = lotsenWarmExec(bed, 20);
    const double warmTheirs = opensshWarmExec(bed, 20);
    std::printf("exec `true` on a connection already logged in (median of 20)\n");
    std::printf("  lotsen %7.1f ms   openssh ControlMaster %7.1f ms   ratio %.2f\n\n", warmOurs * 1000,
                warmTheirs * 1000, warmTheirs / warmOurs);

    std::printf("connect + login + exec `true`\n");
    for (int n : {1, hosts}) {
        const double ours = medianOf(rounds, [&] { return lotsenConnectExec(bed, n); });
        const double theirs = medianOf(rounds, [&] { return opensshConnectExec(bed, n); });
        std::printf("  %2d host(s): lotsen %7.1f ms   openssh %7.1f ms   ratio %.2f\n", n, ours * 1000,
                    theirs * 1000, theirs / ours);
    }
    return 0;
}
