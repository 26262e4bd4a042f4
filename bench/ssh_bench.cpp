// Benchmark: Lotsen's SSH engine against OpenSSH's client, on the same sshd test bed, in one run.
// Prints figures; asserts nothing. Run as root (the bed's sshd then behaves like a real host's).
//   lotsen_bench_ssh [--bytes N] [--hosts N] [--rounds N]

#include "BenchSupport.h"
#include "CommandLine.h"
#include "HostSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
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

// Both clients are timed the same way: from the first byte of the stream to its last, read in
// this process, so neither login nor session start-up is part of the figure.
struct StreamClock
{
    QElapsedTimer clock;
    qint64 received = 0;

    void add(qint64 bytes)
    {
        if (received == 0)
            clock.start();
        received += bytes;
    }
    double seconds(qint64 expected) const
    {
        return received == expected ? double(clock.nsecsElapsed()) / 1e9 : -1;
    }
};

// Streams `cat file` through one Lotsen session; returns seconds (or -1).
double lotsenStream(const Bed& bed, const QString& file, qint64 bytes)
{
    HostSession session(hostOf(bed.endpoint(0)), optionsFor(bed.endpoint(0)));
    QEventLoop loop;
    StreamClock stream;
    double seconds = -1;
    QObject::connect(&session, &HostSession::commandOutput, &loop,
                     [&](quint64, OutputChannel channel, const QByteArray& data) {
                         if (channel == OutputChannel::Stdout)
                             stream.add(data.size());
                     });
    QObject::connect(&session, &HostSession::commandFinished, &loop,
                     [&](quint64, const CommandResult& result) {
                         if (result.ok())
                             seconds = stream.seconds(bytes);
                         loop.quit();
                     });
    QObject::connect(&session, &HostSession::stateChanged, &loop,
                     [&](SessionState state, const QString& detail) {
                         if (state != SessionState::Connected && state != SessionState::Connecting)
                             std::fprintf(stderr, "lotsen: %s\n", qPrintable(detail)), loop.quit();
                     });
    CommandRequest request;
    request.shellLine = CommandLine(QStringLiteral("cat"), {file}).toShell();
    session.run(request);
    loop.exec();
    return seconds;
}

// The same stream through OpenSSH's `ssh host cat file`, read by this process as Lotsen's is.
double opensshStream(const Bed& bed, const QString& file, qint64 bytes, const QStringList& extra)
{
    QProcess ssh;
    QEventLoop loop;
    StreamClock stream;
    QObject::connect(&ssh, &QProcess::readyReadStandardOutput, &loop,
                     [&] { stream.add(ssh.readAllStandardOutput().size()); });
    QObject::connect(&ssh, &QProcess::finished, &loop, [&] {
        stream.add(ssh.readAllStandardOutput().size());
        loop.quit();
    });
    ssh.setStandardInputFile(QProcess::nullDevice());
    ssh.start(QStringLiteral("ssh"),
              opensshArgs(bed.endpoint(0), extra) + QStringList{QStringLiteral("cat"), file});
    loop.exec();
    return ssh.exitStatus() == QProcess::NormalExit && ssh.exitCode() == 0 ? stream.seconds(bytes) : -1;
}

// A sparse file of `bytes` zeros: `cat` reads it from the page cache, never from the disk.
QString streamFile(const Bed& bed, qint64 bytes)
{
    const QString path = bed.scratch.filePath(QStringLiteral("stream.bin"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.resize(bytes))
        return {};
    return path;
}

// "12.3" or "failed" for a figure that could not be measured.
QByteArray figure(double value, const char* format = "%8.1f")
{
    if (value < 0)
        return QByteArray("  failed");
    char text[32];
    std::snprintf(text, sizeof text, format, value);
    return QByteArray(text);
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
        auto session = std::make_unique<HostSession>(hostOf(bed.endpoint(i)), optionsFor(bed.endpoint(i)));
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
                   opensshArgs(bed.endpoint(i), {}) + QStringList{QStringLiteral("true")});
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
    HostSession session(hostOf(bed.endpoint(0)), optionsFor(bed.endpoint(0)));
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
    start.start(QStringLiteral("ssh"),
                opensshArgs(bed.endpoint(0), master + QStringList{QStringLiteral("-M"), QStringLiteral("-N"),
                                                                  QStringLiteral("-f")}));
    start.waitForFinished(-1);
    std::vector<double> times;
    for (int i = 0; i < commands; ++i) {
        QProcess ssh;
        QElapsedTimer clock;
        clock.start();
        ssh.start(QStringLiteral("ssh"),
                  opensshArgs(bed.endpoint(0), master) + QStringList{QStringLiteral("true")});
        ssh.waitForFinished(-1);
        if (ssh.exitCode() != 0)
            return -1;
        times.push_back(double(clock.nsecsElapsed()) / 1e9);
    }
    QProcess stop;
    stop.start(
        QStringLiteral("ssh"),
        opensshArgs(bed.endpoint(0), master + QStringList{QStringLiteral("-O"), QStringLiteral("exit")}));
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
    const QString file = streamFile(bed, bytes);
    if (file.isEmpty()) {
        std::fprintf(stderr, "cannot make the %lld-byte stream file\n", bytes);
        return 1;
    }
    std::printf(
        "Lotsen SSH benchmark: %d sshd hosts on loopback, `cat` of a %.0f MiB file, median of %d rounds\n\n",
        hosts, mib, rounds);
    const QStringList gcm{QStringLiteral("-c"), QStringLiteral("aes128-gcm@openssh.com")};
    const double lotsen = medianOf(rounds, [&] { return lotsenStream(bed, file, bytes); });
    const double opensshDefault = medianOf(rounds, [&] { return opensshStream(bed, file, bytes, {}); });
    const double opensshGcm = medianOf(rounds, [&] { return opensshStream(bed, file, bytes, gcm); });
    auto rate = [&](double seconds) {
        return seconds < 0 ? -1 : mib / seconds;
    };
    auto ratio = [](double theirs, double ours) {
        return theirs < 0 || ours < 0 ? -1 : theirs / ours;
    };
    std::printf("stdout throughput, first byte to last (both read by this process)\n");
    std::printf("  lotsen (aes128-gcm)            %s MiB/s\n", figure(rate(lotsen)).constData());
    std::printf("  openssh ssh (default cipher)   %s MiB/s\n", figure(rate(opensshDefault)).constData());
    std::printf("  openssh ssh -c aes128-gcm      %s MiB/s\n", figure(rate(opensshGcm)).constData());
    std::printf("  ratio lotsen / openssh default %s   (target >= 0.80)\n",
                figure(ratio(opensshDefault, lotsen), "%8.2f").constData());
    std::printf("  ratio lotsen / openssh gcm     %s   (same cipher)\n\n",
                figure(ratio(opensshGcm, lotsen), "%8.2f").constData());

    const double warmOurs = lotsenWarmExec(bed, 20);
    const double warmTheirs = opensshWarmExec(bed, 20);
    std::printf("exec `true` on a connection already logged in (median of 20)\n");
    std::printf("  lotsen %s ms   openssh ControlMaster %s ms   ratio %s\n\n",
                figure(warmOurs < 0 ? -1 : warmOurs * 1000, "%7.1f").constData(),
                figure(warmTheirs < 0 ? -1 : warmTheirs * 1000, "%7.1f").constData(),
                figure(warmTheirs < 0 || warmOurs < 0 ? -1 : warmTheirs / warmOurs, "%.2f").constData());

    std::printf("connect + login + exec `true`\n");
    for (int n : {1, hosts}) {
        const double ours = medianOf(rounds, [&] { return lotsenConnectExec(bed, n); });
        const double theirs = medianOf(rounds, [&] { return opensshConnectExec(bed, n); });
        std::printf("  %2d host(s): lotsen %s ms   openssh %s ms   ratio %s\n", n,
                    figure(ours < 0 ? -1 : ours * 1000, "%7.1f").constData(),
                    figure(theirs < 0 ? -1 : theirs * 1000, "%7.1f").constData(),
                    figure(theirs < 0 || ours < 0 ? -1 : theirs / ours, "%.2f").constData());
    }
    return 0;
}
