#include "DockerFactsParser.h"

#include <QFile>
#include <QTest>

using namespace Lotsen;

// Fixtures are facts-script output (marker format) for the Docker sections only: the 20.10, 28
// and not-installed/daemon-down/permission-denied ones were captured from real clients and a
// throwaway dockerd; the older ones are transcribed from Docker 1.7–18.09 hosts, in the form the
// facts script prints there (1.10: JSON version, no `info --format`, "{}" rows refused).
class TestDockerFactsParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void containers_data();
    void containers();
    void plainImages();
    void loopPoolSizes();
    void daemonOptions_data();
    void daemonOptions();
    void parseSize_data();
    void parseSize();
    void stateFromStatus_data();
    void stateFromStatus();
    void splitArguments_data();
    void splitArguments();
    void tableKeepsEmptyCells();
    void permissionDeniedProblem();
    void emptyJsonRows_data();
    void emptyJsonRows();
    void plainVersionWithEngineBlock();
    void daemonCommandLine_data();
    void daemonCommandLine();

private:
    static DockerFacts parseFixture(const QString& name, QStringList* problems = nullptr);
};

DockerFacts TestDockerFactsParser::parseFixture(const QString& name, QStringList* problems)
{
    QFile file(QStringLiteral(LOTSEN_SOURCE_DIR "/tests/unit/fixtures/facts/docker/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    DockerFacts docker;
    QStringList ignored;
    DockerFactsParser::parse(FactsScript::split(file.readAll()), &docker, problems ? problems : &ignored);
    return docker;
}

void TestDockerFactsParser::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("installed");
    QTest::addColumn<bool>("running");
    QTest::addColumn<QStringList>("versions"); // client, server, api
    QTest::addColumn<QStringList>("storage");  // driver, backing filesystem, data root
    QTest::addColumn<bool>("loop");
    QTest::addColumn<qint64>("dataUsed");
    QTest::addColumn<int>("images");
    QTest::addColumn<int>("containers");
    QTest::addColumn<QString>("optionsSource");
    QTest::addColumn<QStringList>("members");
    QTest::addColumn<int>("problems");

    const QString sysconfig = QStringLiteral("/etc/sysconfig/docker");
    const QString daemonJson = QStringLiteral("/etc/docker/daemon.json");
    const QString commandLine = QStringLiteral("command line");
    const QString root = QStringLiteral("/var/lib/docker");
    const QStringList v110 = {"1.10.3", "1.10.3", "1.22"};
    const QStringList v24 = {"24.0.7", "24.0.7", "1.43"};
    const QStringList overlay24 = {"overlay2", "extfs", "/srv/docker"};
    const QStringList none = {"", "", ""};
    const QString real2010 = QStringLiteral("20.10.24+dfsg1");

    QTest::newRow("1.10 devicemapper loop")
        << "docker-1.10-devicemapper-loop.txt" << true << true << v110
        << QStringList{"devicemapper", "ext4", root} << true << qint64(1821000000) << 4 << 3 << sysconfig
        << QStringList{"alice", "bob"} << 0;
    QTest::newRow("1.10 devicemapper thin pool")
        << "docker-1.10-devicemapper-thinpool.txt" << true << true << v110
        << QStringList{"devicemapper", "xfs", root} << false << qint64(42930000000) << 4 << 3 << sysconfig
        << QStringList{"admin"} << 0;
    QTest::newRow("1.10 btrfs") << "docker-1.10-btrfs.txt" << true << true << v110
                                << QStringList{"btrfs", "", root} << false << qint64(-1) << 0 << 0
                                << sysconfig << QStringList() << 0;
    QTest::newRow("1.10 aufs, options on the command line")
        << "docker-1.10-aufs.txt" << true << true << v110 << QStringList{"aufs", "extfs", root} << false
        << qint64(-1) << 4 << 3 << commandLine << QStringList{"ubuntu"} << 0;
    QTest::newRow("1.10 daemon down")
        << "docker-1.10-daemon-down.txt" << true << false << QStringList{"1.10.3", "", "1.22"} << none
        << false << qint64(-1) << 0 << 0 << sysconfig << QStringList{"alice"} << 0;
    QTest::newRow("1.7 flat version, loop")
        << "docker-1.7-devicemapper-loop.txt" << true << true << QStringList{"1.7.1", "1.7.1", "1.19"}
        << QStringList{"devicemapper", "extfs", ""} << true << qint64(102700000000) << 1 << 1 << ""
        << QStringList{"root"} << 0;
    QTest::newRow("1.13 EL7 overlay2")
        << "docker-1.13-overlay2-el7.txt" << true << true << QStringList{"1.13.1", "1.13.1", "1.26"}
        << QStringList{"overlay2", "xfs", root} << false << qint64(-1) << 2 << 2 << sysconfig << QStringList()
        << 0;
    QTest::newRow("18.09 direct-lvm")
        << "docker-18.09-devicemapper-direct-lvm.txt" << true << true
        << QStringList{"18.09.9", "18.09.9", "1.39"} << QStringList{"devicemapper", "xfs", root} << false
        << qint64(19920000) << 0 << 0 << daemonJson << QStringList{"deploy", "ops"} << 0;
    QTest::newRow("18.09 overlay2") << "docker-18.09-overlay2.txt" << true << true
                                    << QStringList{"18.09.9", "18.09.9", "1.39"}
                                    << QStringList{"overlay2", "extfs", "/srv/docker"} << false << qint64(-1)
                                    << 1 << 1 << daemonJson << QStringList{"ubuntu"} << 0;
    QTest::newRow("20.10 vfs (real)")
        << "docker-20.10-vfs.txt" << true << true << QStringList{real2010, real2010, "1.41"}
        << QStringList{"vfs", "", "/tmp/p2docker/root"} << false << qint64(-1) << 2 << 5 << commandLine
        << QStringList() << 0;
    QTest::newRow("28 client, 20.10 daemon (real)")
        << "docker-28-vfs.txt" << true << true << QStringList{"28.2.2", real2010, "1.41"}
        << QStringList{"vfs", "", "/tmp/p2docker/root"} << false << qint64(-1) << 2 << 5 << commandLine
        << QStringList() << 0;
    QTest::newRow("24 overlay2") << "docker-24-overlay2.txt" << true << true << v24 << overlay24 << false
                                 << qint64(-1) << 1 << 1 << daemonJson << QStringList{"sysadm"} << 0;
    QTest::newRow("20.10 daemon down (real)")
        << "docker-20.10-daemon-down.txt" << true << false << QStringList{real2010, "", "1.41"} << none
        << false << qint64(-1) << 0 << 0 << "" << QStringList() << 0;
    QTest::newRow("28 daemon down (real)")
        << "docker-28-daemon-down.txt" << true << false << QStringList{"28.2.2", "", "1.50"} << none << false
        << qint64(-1) << 0 << 0 << "" << QStringList() << 0;
    QTest::newRow("20.10 permission denied (real)")
        << "docker-20.10-permission-denied.txt" << true << false << QStringList{real2010, "", "1.41"} << none
        << false << qint64(-1) << 0 << 0 << commandLine << QStringList{"alice", "bob"} << 1;
    QTest::newRow("not installed (real)") << "docker-not-installed.txt" << false << false << none << none
                                          << false << qint64(-1) << 0 << 0 << "" << QStringList() << 0;
    QTest::newRow("truncated in docker ps") << "docker-24-truncated.txt" << true << true << v24 << overlay24
                                            << false << qint64(-1) << 1 << 1 << "" << QStringList() << 1;
    QTest::newRow("one broken ps line") << "docker-24-bad-line.txt" << true << true << v24 << overlay24
                                        << false << qint64(-1) << 1 << 2 << "" << QStringList() << 1;
    QTest::newRow("garbage") << "docker-garbage.txt" << false << false << none << none << false << qint64(-1)
                             << 0 << 0 << "" << QStringList() << 2;
}

void TestDockerFactsParser::fixtures()
{
    QFETCH(QString, file);
    QStringList problems;
    const DockerFacts docker = parseFixture(file, &problems);
    QTEST(docker.installed, "installed");
    QTEST(docker.daemonRunning, "running");
    QTEST(QStringList({docker.clientVersion, docker.serverVersion, docker.apiVersion}), "versions");
    QTEST(QStringList({docker.storageDriver, docker.backingFilesystem, docker.dataRoot}), "storage");
    QTEST(docker.loopbackDevicemapper, "loop");
    QTEST(docker.poolDataUsed, "dataUsed");
    QTEST(int(docker.images.size()), "images");
    QTEST(int(docker.containers.size()), "containers");
    QTEST(docker.optionsSource, "optionsSource");
    QTEST(docker.groupMembers, "members");
    QTEST(int(problems.size()), "problems");
}

void TestDockerFactsParser::containers_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("states");
    QTest::addColumn<QString>("firstPorts");

    QTest::newRow("1.10 plain") << "docker-1.10-devicemapper-loop.txt"
                                << QStringList{"web", "sad_turing", "app"}
                                << QStringList{"running", "exited", "created"}
                                << "443/tcp, 0.0.0.0:80->80/tcp";
    QTest::newRow("1.13 json without State")
        << "docker-1.13-overlay2-el7.txt" << QStringList{"web", "sleeper"} << QStringList{"running", "paused"}
        << "0.0.0.0:80->80/tcp";
    QTest::newRow("18.09 json without State, healthy")
        << "docker-18.09-overlay2.txt" << QStringList{"db"} << QStringList{"running"}
        << "127.0.0.1:5432->5432/tcp";
    QTest::newRow("20.10 json (real)")
        << "docker-20.10-vfs.txt" << QStringList{"ok", "done", "paused", "runner", "web"}
        << QStringList{"exited", "exited", "paused", "running", "created"} << "";
}

void TestDockerFactsParser::containers()
{
    QFETCH(QString, file);
    const DockerFacts docker = parseFixture(file);
    QStringList names;
    QStringList states;
    for (const DockerContainer& container : docker.containers) {
        names.append(container.name);
        states.append(container.state);
        QVERIFY2(!container.id.isEmpty() && !container.image.isEmpty() && !container.status.isEmpty(),
                 qPrintable(container.name));
    }
    QTEST(names, "names");
    QTEST(states, "states");
    QTEST(docker.containers.value(0).ports, "firstPorts");
}

void TestDockerFactsParser::plainImages()
{
    const DockerFacts docker = parseFixture(QStringLiteral("docker-1.10-devicemapper-loop.txt"));
    QCOMPARE(docker.images.size(), 4);
    const DockerImage& none = docker.images.at(2);
    QCOMPARE(none.repository, QStringLiteral("<none>"));
    QCOMPARE(none.tag, QStringLiteral("<none>"));
    QCOMPARE(none.size, qint64(125100000));
    QCOMPARE(none.created, QStringLiteral("2 months ago"));
    const DockerImage& registry = docker.images.at(3);
    QCOMPARE(registry.repository, QStringLiteral("registry.example.se:5000/app/web"));
    QCOMPARE(registry.tag, QStringLiteral("2016-03"));
    QVERIFY(registry.id.startsWith(QLatin1String("sha256:9a0ed5c3")));

    const DockerFacts old = parseFixture(QStringLiteral("docker-1.7-devicemapper-loop.txt"));
    QCOMPARE(old.images.value(0).size, qint64(190600000)); // "VIRTUAL SIZE" column

    const DockerFacts json = parseFixture(QStringLiteral("docker-20.10-vfs.txt"));
    QCOMPARE(json.images.value(1).repository, QStringLiteral("<none>"));
    QCOMPARE(json.images.value(0).size, qint64(1980000));
    QCOMPARE(json.images.value(0).id,
             QStringLiteral("sha256:299e8da5e6a467921d121b864f88f3b80c49bd5920b9065bd095f5b2c04d6695"));
}

void TestDockerFactsParser::loopPoolSizes()
{
    const DockerFacts docker = parseFixture(QStringLiteral("docker-1.10-devicemapper-loop.txt"));
    QCOMPARE(docker.poolDataTotal, qint64(107400000000));
    QCOMPARE(docker.poolMetadataUsed, qint64(2100000));
    QCOMPARE(docker.poolMetadataTotal, qint64(2147000000));
    // The loop WARNING inside the driver status is not a status line.
    for (const auto& [key, value] : docker.driverStatus)
        QVERIFY2(!key.startsWith(QLatin1String("WARNING")), qPrintable(key));
    QCOMPARE(docker.driverStatus.value(0).first, QStringLiteral("Pool Name"));

    const DockerFacts thin = parseFixture(QStringLiteral("docker-1.10-devicemapper-thinpool.txt"));
    QCOMPARE(thin.poolMetadataUsed, qint64(8389));
}

void TestDockerFactsParser::daemonOptions_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("options");

    QTest::newRow("other_args, runbook thin pool") << "docker-1.10-devicemapper-thinpool.txt"
                                                   << QStringList{"--selinux-enabled",
                                                                  "--storage-driver=devicemapper",
                                                                  "--storage-opt",
                                                                  "dm.fs=xfs",
                                                                  "--storage-opt",
                                                                  "dm.thinpooldev=/dev/vg_docker/lv_pool",
                                                                  "dm.use_deferred_removal=true"};
    QTest::newRow("other_args in single quotes")
        << "docker-1.10-btrfs.txt" << QStringList{"--selinux-enabled", "--storage-driver=btrfs"};
    QTest::newRow("EL7 OPTIONS") << "docker-1.13-overlay2-el7.txt"
                                 << QStringList{"--selinux-enabled", "--log-driver=journald",
                                                "--signature-verification=false"};
    QTest::newRow("daemon.json lists")
        << "docker-18.09-devicemapper-direct-lvm.txt"
        << QStringList{
               "--storage-driver=devicemapper", "--storage-opt=dm.thinpooldev=/dev/mapper/docker-thinpool",
               "--storage-opt=dm.use_deferred_removal=true", "--storage-opt=dm.use_deferred_deletion=true"};
    QTest::newRow("daemon.json objects and false")
        << "docker-18.09-overlay2.txt"
        << QStringList{"--data-root=/srv/docker", "--live-restore=false", "--log-opt=max-size=10m",
                       "--storage-driver=overlay2"};
    QTest::newRow("docker daemon command line, from the pidfile")
        << "docker-1.10-aufs.txt" << QStringList{"--storage-driver=aufs", "-H", "fd://"};
    QTest::newRow("dockerd command line (real)") << "docker-20.10-vfs.txt"
                                                 << QStringList{"--data-root",
                                                                "/tmp/p2docker/root",
                                                                "--exec-root",
                                                                "/tmp/p2docker/exec",
                                                                "--host",
                                                                "unix:///tmp/p2docker/docker.sock",
                                                                "--pidfile",
                                                                "/tmp/p2docker/pid",
                                                                "--bridge=none",
                                                                "--iptables=false",
                                                                "--ip-forward=false",
                                                                "--ip-masq=false",
                                                                "--storage-driver",
                                                                "vfs"};
}

void TestDockerFactsParser::daemonOptions()
{
    QFETCH(QString, file);
    QTEST(parseFixture(file).daemonOptions, "options");
}

void TestDockerFactsParser::parseSize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytes");

    QTest::newRow("1.10 GB") << "1.821 GB" << qint64(1821000000);
    QTest::newRow("1.10 total") << "107.4 GB" << qint64(107400000000);
    QTest::newRow("MB with space") << "2.1 MB" << qint64(2100000);
    QTest::newRow("kB") << "8.389 kB" << qint64(8389);
    QTest::newRow("no space") << "4.26MB" << qint64(4260000);
    QTest::newRow("integer GB") << "102GB" << qint64(102000000000);
    QTest::newRow("bytes") << "0B" << qint64(0);
    QTest::newRow("binary GiB") << "3.859 GiB" << qint64(4143569699);
    QTest::newRow("binary MiB") << "996.2 MiB" << qint64(1044591411);
    QTest::newRow("TB") << "1.2 TB" << qint64(1200000000000);
    QTest::newRow("N/A") << "N/A" << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
    QTest::newRow("with virtual") << "1.09kB (virtual 187MB)" << qint64(-1);
    QTest::newRow("no unit") << "12" << qint64(-1);
}

void TestDockerFactsParser::parseSize()
{
    QFETCH(QString, text);
    QTEST(DockerFactsParser::parseSize(text), "bytes");
}

void TestDockerFactsParser::stateFromStatus_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("state");

    QTest::newRow("up") << "Up 2 hours"
                        << "running";
    QTest::newRow("up healthy") << "Up 2 weeks (healthy)"
                                << "running";
    QTest::newRow("paused") << "Up 6 seconds (Paused)"
                            << "paused";
    QTest::newRow("exited") << "Exited (0) 2 days ago"
                            << "exited";
    QTest::newRow("killed") << "Exited (137) 2 weeks ago"
                            << "exited";
    QTest::newRow("created") << "Created"
                             << "created";
    QTest::newRow("restarting") << "Restarting (1) 5 seconds ago"
                                << "restarting";
    QTest::newRow("dead") << "Dead"
                          << "dead";
    QTest::newRow("removal") << "Removal In Progress"
                             << "removing";
    QTest::newRow("unknown") << "Something new"
                             << "";
}

void TestDockerFactsParser::stateFromStatus()
{
    QFETCH(QString, status);
    QTEST(DockerFactsParser::stateFromStatus(status), "state");
}

void TestDockerFactsParser::splitArguments_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");

    QTest::newRow("plain") << "--a  --b=c" << QStringList{"--a", "--b=c"};
    QTest::newRow("double quotes") << "\"--x --y\" z" << QStringList{"--x --y", "z"};
    QTest::newRow("single quotes") << "'a \"b\"'" << QStringList{"a \"b\""};
    QTest::newRow("joined quotes") << "--label=\"a b\"" << QStringList{"--label=a b"};
    QTest::newRow("escaped space") << "a\\ b c" << QStringList{"a b", "c"};
    QTest::newRow("escaped quote in double") << "\"a\\\"b\"" << QStringList{"a\"b"};
    QTest::newRow("empty quoted") << "'' x" << QStringList{"", "x"};
    QTest::newRow("nothing") << "   " << QStringList();
    QTest::newRow("unterminated") << "\"abc" << QStringList{"abc"};
}

void TestDockerFactsParser::splitArguments()
{
    QFETCH(QString, text);
    QTEST(DockerFactsParser::splitArguments(text), "words");
}

void TestDockerFactsParser::tableKeepsEmptyCells()
{
    const QByteArray text = "CONTAINER ID   IMAGE     STATUS    PORTS     NAMES\n"
                            "abc            busybox   Created             x\n"
                            "def            nginx     Up 1 s    80/tcp    y\n";
    const QList<QStringList> table = DockerFactsParser::parseTable(text);
    QCOMPARE(table.size(), 3);
    QCOMPARE(table.at(0), (QStringList{"CONTAINER ID", "IMAGE", "STATUS", "PORTS", "NAMES"}));
    QCOMPARE(table.at(1), (QStringList{"abc", "busybox", "Created", "", "x"}));
    QCOMPARE(table.at(2), (QStringList{"def", "nginx", "Up 1 s", "80/tcp", "y"}));
}

void TestDockerFactsParser::permissionDeniedProblem()
{
    QStringList problems;
    const DockerFacts docker = parseFixture(QStringLiteral("docker-20.10-permission-denied.txt"), &problems);
    QVERIFY(docker.permissionDenied);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QLatin1String("docker group")), qPrintable(problems.first()));

    // Before 17.x a refused socket said "Cannot connect": a daemon process that does not answer tells.
    FactsScript::Section version;
    version.out = "Client:\n Version:      1.10.3\n API version:  1.22\n";
    version.err = "Cannot connect to the Docker daemon. Is the docker daemon running on this host?";
    version.exitCode = 1;
    version.complete = true;
    FactsScript::Section process;
    process.out = "/usr/bin/docker daemon --selinux-enabled";
    process.exitCode = 0;
    process.complete = true;
    DockerFacts old;
    problems.clear();
    DockerFactsParser::parse(
        {{QStringLiteral("docker-version"), version}, {QStringLiteral("dockerd-args"), process}}, &old,
        &problems);
    QVERIFY(old.installed);
    QVERIFY(!old.daemonRunning);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QLatin1String("docker group")), qPrintable(problems.first()));
}

static FactsScript::Section answered(const QByteArray& out, int exitCode = 0, const QByteArray& err = {})
{
    FactsScript::Section section;
    section.out = out;
    section.err = err;
    section.exitCode = exitCode;
    section.complete = true;
    return section;
}

static const QByteArray Version110 =
    R"({"Client":{"Version":"1.10.3","ApiVersion":"1.22","GitCommit":"20f81dd","GoVersion":"go1.5.3",)"
    R"("Os":"linux","Arch":"amd64","BuildTime":"Thu Mar 10 21:49:11 2016"},"Server":{"Version":"1.10.3",)"
    R"("ApiVersion":"1.22","GitCommit":"20f81dd","GoVersion":"go1.5.3","Os":"linux","Arch":"amd64",)"
    R"("KernelVersion":"3.13.0-85-generic","BuildTime":"Thu Mar 10 21:49:11 2016"}})";

// Docker before 1.13 prints "{}" for each row of `{{json .}}` and exits 0. The script refuses
// that (see FactsScript), but whatever JSON object has no ID is no image or container.
void TestDockerFactsParser::emptyJsonRows_data()
{
    QTest::addColumn<QByteArray>("images");
    QTest::addColumn<QByteArray>("containers");
    QTest::addColumn<int>("imageCount");
    QTest::addColumn<int>("containerCount");
    QTest::addColumn<QStringList>("problems");

    const QByteArray image =
        R"({"ID":"sha256:47bcc53f74dc","Repository":"busybox","Tag":"latest","Size":"1.113 MB"})";
    const QByteArray container =
        R"({"ID":"4f8a2c4b1e9d","Names":"web","Image":"nginx","Status":"Up 2 hours"})";
    const QString images = QStringLiteral("docker-images: the output could not be read");
    const QString containers = QStringLiteral("docker-ps: the output could not be read");
    QTest::newRow("only {}") << QByteArray("{}\n{}\n") << QByteArray("{}\n") << 0 << 0
                             << QStringList{images, containers};
    QTest::newRow("no ID among good rows") << image + "\n{\"Repository\":\"x\"}\n"
                                           << container + "\n"
                                           << 1 << 1 << QStringList{images};
    QTest::newRow("good rows") << image + "\n" << container + "\n" << 1 << 1 << QStringList();
}

void TestDockerFactsParser::emptyJsonRows()
{
    QFETCH(QByteArray, images);
    QFETCH(QByteArray, containers);
    DockerFacts docker;
    QStringList problems;
    DockerFactsParser::parse({{QStringLiteral("docker-version-json"), answered(Version110)},
                              {QStringLiteral("docker-images-json"), answered(images)},
                              {QStringLiteral("docker-ps-json"), answered(containers)}},
                             &docker, &problems);
    QTEST(int(docker.images.size()), "imageCount");
    QTEST(int(docker.containers.size()), "containerCount");
    for (const DockerImage& image : std::as_const(docker.images))
        QVERIFY(!image.id.isEmpty());
    for (const DockerContainer& container : std::as_const(docker.containers))
        QVERIFY(!container.id.isEmpty());
    QTEST(problems, "problems");
}

// 18.09+ hosts answer `docker version --format` in JSON; the plain layout with its "Engine:"
// sub-block and the containerd/runc blocks after it is still read when only it is there.
void TestDockerFactsParser::plainVersionWithEngineBlock()
{
    const QByteArray plain = "Client:\n"
                             " Version:           18.09.9\n"
                             " API version:       1.39\n"
                             "\n"
                             "Server: Docker Engine - Community\n"
                             " Engine:\n"
                             "  Version:          18.09.9\n"
                             "  API version:      1.39 (minimum version 1.12)\n"
                             " containerd:\n"
                             "  Version:          1.2.10\n";
    DockerFacts docker;
    QStringList problems;
    DockerFactsParser::parse({{QStringLiteral("docker-version-json"), answered("", 1, "unreadable")},
                              {QStringLiteral("docker-version"), answered(plain)}},
                             &docker, &problems);
    QCOMPARE(QStringList({docker.clientVersion, docker.serverVersion, docker.apiVersion}),
             QStringList({"18.09.9", "18.09.9", "1.39"}));
    QVERIFY(docker.daemonRunning);
}

// "dockerd-args" is the pidfile's daemon alone (tr of /proc/PID/cmdline: a trailing space, no
// newline) or, without a pidfile, every dockerd/docker process ps lists.
void TestDockerFactsParser::daemonCommandLine_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("found");

    QTest::newRow("pidfile, dockerd") << QByteArray("/usr/bin/dockerd -H fd:// --data-root /srv/docker ")
                                      << QStringList{"-H", "fd://", "--data-root", "/srv/docker"} << true;
    QTest::newRow("pidfile, docker daemon (1.8-1.11)")
        << QByteArray("/usr/bin/docker daemon --selinux-enabled ") << QStringList{"--selinux-enabled"}
        << true;
    QTest::newRow("pidfile, docker -d (1.7)") << QByteArray("/usr/bin/docker -d ") << QStringList() << true;
    QTest::newRow("pidfile, EL7 dockerd-current")
        << QByteArray("/usr/bin/dockerd-current --selinux-enabled --storage-driver overlay2 ")
        << QStringList{"--selinux-enabled", "--storage-driver", "overlay2"} << true;
    QTest::newRow("ps, client processes skipped")
        << QByteArray("docker ps -a --no-trunc\n/usr/bin/docker daemon --storage-driver=aufs -H fd://")
        << QStringList{"--storage-driver=aufs", "-H", "fd://"} << true;
    QTest::newRow("ps, several engines: the first")
        << QByteArray("dockerd --data-root /tmp/a/root --pidfile /tmp/a/pid\n"
                      "dockerd --data-root /tmp/b/root --pidfile /tmp/b/pid")
        << QStringList{"--data-root", "/tmp/a/root", "--pidfile", "/tmp/a/pid"} << true;
    QTest::newRow("ps, clients only")
        << QByteArray("docker ps -a\ndocker logs -f web") << QStringList() << false;
    QTest::newRow("nothing") << QByteArray() << QStringList() << false;
}

void TestDockerFactsParser::daemonCommandLine()
{
    QFETCH(QByteArray, output);
    const std::optional<QStringList> options = DockerFactsParser::daemonCommandLine(output);
    QTEST(options.has_value(), "found");
    QTEST(options.value_or(QStringList()), "options");
}

QTEST_GUILESS_MAIN(TestDockerFactsParser)
#include "TestDockerFactsParser.moc"
