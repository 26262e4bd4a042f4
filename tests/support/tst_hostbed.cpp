// Checks the Docker host bed (tests/bed/hostbed.sh) with OpenSSH's own client: every host answers as
// its own machine (its /etc, its dockerd and storage driver, its data filesystem, its images), and
// stop leaves no process, mount or loop device behind.

#include "HostTestBed.h"
#include "TestEnv.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QTest>

#include <unistd.h>

using Lotsen::Test::DockerBedHost;
using Lotsen::Test::HostTestBed;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted()) {
        result.err = process.errorString();
        return result;
    }
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

Run ssh(const HostTestBed& bed, int i, const QString& command)
{
    return run(QStringLiteral("ssh"), bed.sshArguments(i) + QStringList{command});
}

// "@name" lines split the output of one remote script into sections.
QMap<QString, QString> sections(const QString& output)
{
    QMap<QString, QString> result;
    QString current;
    const QStringList lines = output.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1Char('@'))) {
            current = line.mid(1);
            result[current];
        } else if (!current.isEmpty()) {
            result[current] += line + QLatin1Char('\n');
        }
    }
    for (auto it = result.begin(); it != result.end(); ++it)
        *it = it->trimmed();
    return result;
}

const char* const Probe = R"SH(
echo @hostname; hostname
echo @redhat; cat /etc/redhat-release 2>/dev/null
echo @osrelease; if [ -e /etc/os-release ]; then echo yes; else echo no; fi
echo @driver; docker info --format '{{.Driver}}'
echo @fs; findmnt -n -o FSTYPE,SOURCE -T /var/lib/docker
echo @images; docker images --no-trunc --format '{{.Repository}}:{{.Tag}} {{.ID}}'
echo @containers; docker ps -a --format '{{.Names}} {{.State}}'
echo @grub; sed -n 's/^default=//p' /boot/grub/grub.conf 2>/dev/null
echo @kernelpkg; sed -n 's/^DEFAULTKERNEL=//p' /etc/sysconfig/kernel 2>/dev/null
echo @rpm; rpm -q kernel kernel-ml lotsen-nosuch --qf '%{NAME} %{VERSION}-%{RELEASE}.%{ARCH}\n' 2>&1; echo "rc=$?"
echo @fakelog; cat /var/log/lotsen-fake-tools.log 2>/dev/null
)SH";

QString expectedDriver(const QString& profile)
{
    return profile.section(QLatin1Char('-'), 1);
}

QString expectedFs(const QString& profile)
{
    return profile.endsWith(QLatin1String("-btrfs")) ? QStringLiteral("btrfs") : QStringLiteral("ext4");
}

QString mountNamespace(qint64 pid)
{
    // "mnt:[4026531841]"; QFile::symLinkTarget would make a path of it.
    char target[64] = {};
    const QByteArray link = QStringLiteral("/proc/%1/ns/mnt").arg(pid).toLatin1();
    const ssize_t n = ::readlink(link.constData(), target, sizeof target - 1);
    return n > 0 ? QString::fromLatin1(target, n) : QString();
}

bool alive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const int paren = text.lastIndexOf(')');
    return paren > 0 && paren + 2 < text.size() && text.at(paren + 2) != 'Z' && text.at(paren + 2) != 'X';
}

// Live processes whose mount namespace is one of namespaces, or whose command line mentions dir.
// Processes of this bed: those named after its folder, and those whose own /run says they belong to
// one of its hosts (as the bed's stop finds them). Not by mount namespace: a stopped host's
// namespace inode is soon reused by a host of another bed starting meanwhile.
QStringList leftovers(const QString& dir)
{
    QStringList result;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString& entry : entries) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number || pid == QCoreApplication::applicationPid() || !alive(pid))
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        QString command;
        if (cmdline.open(QIODevice::ReadOnly))
            command = QString::fromLocal8Bit(cmdline.readAll()).replace(QChar(0), QLatin1Char(' '));
        QFile marker(QStringLiteral("/proc/%1/root/run/lotsen-bed-host").arg(pid));
        const bool marked =
            marker.open(QIODevice::ReadOnly) && marker.readAll().startsWith(dir.toLocal8Bit() + ' ');
        if (marked || command.contains(dir))
            result.append(QStringLiteral("%1 %2").arg(pid).arg(command));
    }
    return result;
}

} // namespace

class TestHostBed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hostsAnswerAsThemselves();
    void filesAreThePerHostCopies();
    void stopCleansUp();

private:
    HostTestBed m_bed;
    const QStringList m_profiles = {QStringLiteral("el6-btrfs"), QStringLiteral("debian12-overlay2"),
                                    QStringLiteral("debian12-vfs"), QStringLiteral("debian12-btrfs")};
};

void TestHostBed::initTestCase()
{
    QString whyNot;
    if (!HostTestBed::canRun(&whyNot))
        LOTSEN_SKIP_OR_FAIL(whyNot);
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(m_bed.start(m_profiles, &error), qPrintable(error));
    qInfo("host bed of %lld hosts up in %lld ms", qint64(m_profiles.size()), timer.elapsed());
    QCOMPARE(m_bed.hosts().size(), m_profiles.size());
}

void TestHostBed::hostsAnswerAsThemselves()
{
    QSet<QString> hostnames;
    QSet<QString> imageIds;
    for (int i = 0; i < m_bed.hosts().size(); ++i) {
        const DockerBedHost h = m_bed.host(i);
        const QByteArray where = QStringLiteral("host%1 (%2)").arg(i).arg(h.profile).toUtf8();
        QCOMPARE(h.profile, m_profiles.at(i));
        QCOMPARE(h.address, QStringLiteral("127.0.0.%1").arg(100 + i));
        QVERIFY2(h.fingerprint.startsWith(QLatin1String("SHA256:")), where);

        // StrictHostKeyChecking=yes against the bed's known_hosts: this is the host's own key.
        const Run r = ssh(m_bed, i, QString::fromLatin1(Probe));
        QVERIFY2(
            r.code == 0,
            qPrintable(
                QStringLiteral("%1: ssh exit %2: %3").arg(QString::fromUtf8(where)).arg(r.code).arg(r.err)));
        const QMap<QString, QString> s = sections(r.out);

        QCOMPARE(s.value(QStringLiteral("hostname")), h.hostname);
        hostnames.insert(s.value(QStringLiteral("hostname")));
        QCOMPARE(s.value(QStringLiteral("driver")), expectedDriver(h.profile));
        QCOMPARE(h.storageDriver, expectedDriver(h.profile));
        const QStringList fs = s.value(QStringLiteral("fs")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QCOMPARE(fs.value(0), expectedFs(h.profile));
        QCOMPARE(fs.value(1), h.loopDevice);
        QCOMPARE(h.dataFs, expectedFs(h.profile));

        // Image IDs in bed.json are what the host's daemon has.
        QStringList remoteImages =
            s.value(QStringLiteral("images")).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList bedImages;
        for (const auto& image : h.images) {
            bedImages.append(image.first + QLatin1Char(' ') + image.second);
            QVERIFY2(!imageIds.contains(image.second), "image IDs differ from host to host");
            imageIds.insert(image.second);
        }
        remoteImages.sort();
        bedImages.sort();
        QCOMPARE(remoteImages, bedImages);
        QCOMPARE(bedImages.size(), 2);
        QCOMPARE(h.containers, QStringList{QStringLiteral("demo")});
        QVERIFY2(s.value(QStringLiteral("containers")).startsWith(QLatin1String("demo ")), where);
        if (h.containerRunning)
            QCOMPARE(s.value(QStringLiteral("containers")), QStringLiteral("demo running"));
        else
            qWarning("%s: the demo container exists but does not run", where.constData());

        if (h.profile == QLatin1String("el6-btrfs")) {
            QCOMPARE(s.value(QStringLiteral("redhat")), QStringLiteral("CentOS release 6.7 (Final)"));
            QCOMPARE(s.value(QStringLiteral("osrelease")), QStringLiteral("no"));
            QCOMPARE(s.value(QStringLiteral("grub")), QStringLiteral("1"));
            QCOMPARE(h.grubDefault, QStringLiteral("1"));
            QCOMPARE(s.value(QStringLiteral("kernelpkg")), QStringLiteral("kernel"));
            QCOMPARE(h.defaultKernel, QStringLiteral("kernel"));
            QCOMPARE(s.value(QStringLiteral("rpm")), QStringLiteral("kernel 2.6.32-504.el6.x86_64\n"
                                                                    "kernel 2.6.32-573.el6.x86_64\n"
                                                                    "kernel-ml 4.4.5-1.el6.elrepo.x86_64\n"
                                                                    "package lotsen-nosuch is not installed\n"
                                                                    "rc=1"));
            QVERIFY2(s.value(QStringLiteral("fakelog"))
                         .contains(QLatin1String(" rpm -q kernel kernel-ml lotsen-nosuch")),
                     qPrintable(s.value(QStringLiteral("fakelog"))));
        } else {
            QCOMPARE(s.value(QStringLiteral("redhat")), QString());
            QCOMPARE(s.value(QStringLiteral("osrelease")), QStringLiteral("yes"));
            QCOMPARE(s.value(QStringLiteral("grub")), QString());
            QVERIFY2(s.value(QStringLiteral("rpm")).contains(QLatin1String("not found")), where);
            QCOMPARE(s.value(QStringLiteral("fakelog")), QString());
        }
    }
    QCOMPARE(hostnames.size(), m_bed.hosts().size());
}

void TestHostBed::filesAreThePerHostCopies()
{
    // A file written to /etc and /var/lib/docker on host 0 is on host 0 only, not on the machine.
    const QString marker = QStringLiteral("lotsen-hostbed-probe-%1").arg(QCoreApplication::applicationPid());
    const Run write = ssh(
        m_bed, 0,
        QStringLiteral("echo host0 > /etc/%1 && echo host0 > /var/lib/docker/%1 && cat /etc/%1").arg(marker));
    QVERIFY2(write.code == 0 && write.out.trimmed() == QLatin1String("host0"), qPrintable(write.err));
    QVERIFY(!QFile::exists(QStringLiteral("/etc/") + marker));
    QVERIFY(QFile::exists(m_bed.dir() + QStringLiteral("/host0/etc/") + marker));
    for (int i = 1; i < m_bed.hosts().size(); ++i) {
        const Run r =
            ssh(m_bed, i, QStringLiteral("ls /etc/%1 /var/lib/docker/%1 2>/dev/null | wc -l").arg(marker));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("0"));
    }
}

void TestHostBed::stopCleansUp()
{
    const QString dir = m_bed.dir();
    QSet<QString> namespaces;
    QList<qint64> pids;
    QStringList loops;
    for (const DockerBedHost& h : m_bed.hosts()) {
        QVERIFY(alive(h.pid));
        QVERIFY(alive(h.dockerPid));
        const QString ns = mountNamespace(h.pid);
        QVERIFY2(!ns.isEmpty() && ns != mountNamespace(QCoreApplication::applicationPid()),
                 "each host is a mount namespace of its own");
        QCOMPARE(mountNamespace(h.dockerPid), ns);
        namespaces.insert(ns);
        pids << h.pid << h.dockerPid;
        loops.append(h.loopDevice);
    }
    QCOMPARE(namespaces.size(), m_bed.hosts().size());
    QVERIFY(run(QStringLiteral("losetup"), {QStringLiteral("-a")}).out.contains(dir));

    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY2(m_bed.stop(&error), qPrintable(error));
    qInfo("host bed stopped in %lld ms", timer.elapsed());

    for (qint64 pid : pids)
        QVERIFY2(!alive(pid), qPrintable(QStringLiteral("pid %1 survived stop").arg(pid)));
    const QStringList left = leftovers(dir);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
    const Run losetup = run(QStringLiteral("losetup"), {QStringLiteral("-a")});
    QVERIFY2(!losetup.out.contains(dir), qPrintable(losetup.out));
    const Run findmnt = run(QStringLiteral("findmnt"),
                            {QStringLiteral("-rn"), QStringLiteral("-o"), QStringLiteral("SOURCE,TARGET")});
    for (const QString& loop : loops)
        QVERIFY2(!findmnt.out.contains(loop + QLatin1Char(' ')), qPrintable(findmnt.out));
    QVERIFY2(!findmnt.out.contains(dir), qPrintable(findmnt.out));
}

QTEST_GUILESS_MAIN(TestHostBed)
#include "tst_hostbed.moc"
