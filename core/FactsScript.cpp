#include "FactsScript.h"

#include <QList>

namespace Lotsen::FactsScript {
namespace {

const QByteArray Marker = "@@lotsen@@";

// name, command. A command whose name ends in "-json" has a plain-text twin without the suffix
// that runs only when the JSON form fails (old tools).
const char* const Commands[][2] = {
    {"uname", "uname -nrm"},
    {"os-release", "cat /etc/os-release"},
    {"redhat-release", "cat /etc/redhat-release"},
    {"cmdline", "cat /proc/cmdline"},
    {"filesystems", "cat /proc/filesystems"},
    {"fs-modules", "ls -1 /lib/modules/$(uname -r)/kernel/fs"},
    {"misc", "cat /proc/misc"},
    // Loadable on first use when not loaded yet. (/dev/mapper/control alone proves nothing:
    // libdevmapper creates the node itself, also where the kernel has no device-mapper.)
    {"dm-module", "m=/lib/modules/$(uname -r); grep -s -h -m1 -E '(^|/)dm-mod\\.ko' \"$m/modules.builtin\" "
                  "\"$m/modules.dep\""},
    {"cgroup2", "cat /sys/fs/cgroup/cgroup.controllers"},
    {"cgroups", "cat /proc/cgroups"},
    // EL6's cgconfig mounts the v1 hierarchies under /cgroup, later systems under /sys/fs/cgroup.
    {"memsw",
     "for f in /sys/fs/cgroup/memory/memory.memsw.limit_in_bytes /cgroup/memory/memory.memsw.limit_in_bytes "
     "/sys/fs/cgroup/*/memory.swap.max; do [ -e \"$f\" ] && echo \"$f\"; done; true"},
    {"lsblk-json", "lsblk -J -b -o NAME,KNAME,PATH,TYPE,SIZE,FSTYPE,MOUNTPOINT,LABEL,UUID"},
    {"lsblk", "lsblk -P -b -o NAME,KNAME,TYPE,SIZE,FSTYPE,MOUNTPOINT,LABEL,UUID"},
    {"df", "df -P -T -B1"},
    {"pvs-json", "pvs --reportformat json --units b --nosuffix -o pv_name,vg_name,pv_size,pv_free"},
    {"pvs", "pvs --noheadings --separator '|' --units b --nosuffix -o pv_name,vg_name,pv_size,pv_free"},
    {"vgs-json", "vgs --reportformat json --units b --nosuffix -o vg_name,vg_size,vg_free,pv_count,lv_count"},
    {"vgs",
     "vgs --noheadings --separator '|' --units b --nosuffix -o vg_name,vg_size,vg_free,pv_count,lv_count"},
    {"lvs-json", "lvs --reportformat json --units b --nosuffix "
                 "-o lv_name,vg_name,lv_attr,lv_size,pool_lv,segtype,data_percent,metadata_percent"},
    {"lvs", "lvs --noheadings --separator '|' --units b --nosuffix "
            "-o lv_name,vg_name,lv_attr,lv_size,pool_lv,segtype,data_percent,metadata_percent"},
    {"btrfs", "btrfs filesystem show --raw 2>/dev/null || btrfs filesystem show"},
    {"grub-legacy", "cat /boot/grub/grub.conf"},
    {"grubenv", "cat /boot/grub2/grubenv 2>/dev/null || cat /boot/grub/grubenv"},
    {"grub-menu", "grep -hE '^[[:space:]]*(menuentry|submenu) ' /boot/grub2/grub.cfg /boot/grub/grub.cfg"},
    {"grubby", "grubby --default-kernel"},
    {"sysconfig-kernel", "cat /etc/sysconfig/kernel"},
    {"kernel-packages", "rpm -q --qf '%{NAME} %{VERSION}-%{RELEASE}.%{ARCH}\\n' kernel kernel-ml kernel-lt "
                        "kernel-ml-aufs kernel-lt-aufs 2>/dev/null | grep -v 'not installed' || "
                        "dpkg-query -W -f '${Package} ${Version} ${Status}\\n' 'linux-image-*'"},
    {"boot", "ls -1 /boot"},
    {"reboot-required", "cat /var/run/reboot-required"},
    {"needs-restarting", "needs-restarting -r"},
    {"docker-version-json", "docker version --format '{{json .}}'"},
    {"docker-version", "docker version"},
    {"docker-info-json", "docker info --format '{{json .}}'"},
    {"docker-info", "docker info"},
    {"docker-images-json", "docker images --no-trunc --format '{{json .}}'"},
    {"docker-images", "docker images --no-trunc"},
    {"docker-ps-json", "docker ps -a --no-trunc --format '{{json .}}'"},
    {"docker-ps", "docker ps -a --no-trunc"},
    {"daemon-json", "cat /etc/docker/daemon.json"},
    {"sysconfig-docker", "cat /etc/sysconfig/docker"},
    // The daemon whose pid is in the default pidfile (Docker 1.x and current) is the one `docker`
    // talks to; several engines may run side by side. Builtins read the pidfile and check that the
    // pid is still a docker daemon ("(dockerd)", "(docker)" for `docker daemon`/`docker -d`,
    // "(dockerd-current)" on EL7); only otherwise ps lists them all. One process either way.
    {"dockerd-args", "p=; c=; { read -r p </var/run/docker.pid; [ -n \"$p\" ] || read -r p </run/docker.pid; "
                     "read -r p c </proc/\"$p\"/stat; } 2>/dev/null; case $c in '(docker'*) "
                     "tr '\\0' ' ' </proc/\"$p\"/cmdline;; *) ps -o args= -C dockerd -C docker;; esac"},
    {"docker-group", "getent group docker"},
    {"boot-id", "cat /proc/sys/kernel/random/boot_id"},
};

// Before 1.13, `{{json .}}` prints "{}" for each row of `docker images`/`docker ps` and exits 0
// (moby#26519, moby#30272). Failing then lets the plain twin run. The rows are held in $j (the
// script's function uses n, r and t) and printed only when they are real JSON.
const char* const JsonRowSections[] = {"docker-images-json", "docker-ps-json"};

QByteArray refuseEmptyJsonRows(const QByteArray& name, const QByteArray& command)
{
    const QByteArray tool = name.chopped(5).replace('-', ' ');
    return "j=$(" + command + ") && case $j in '{}'*) echo '" + tool +
           ": {{json .}} printed {} (Docker before 1.13)' >&2; false;; ?*) printf '%s\\n' \"$j\";; esac";
}

QByteArray commandOf(int index)
{
    const QByteArray name = Commands[index][0];
    const QByteArray command = Commands[index][1];
    for (const char* rows : JsonRowSections) {
        if (name == rows)
            return refuseEmptyJsonRows(name, command);
    }
    return command;
}

// Closes a section at its end marker. An exit code that is missing or not a number means the
// marker was cut short: the section stays incomplete rather than passing for exit code 0.
void finish(Section* section, const QByteArray& exitCode)
{
    bool isNumber = false;
    const int code = exitCode.toInt(&isNumber);
    if (!isNumber)
        return;
    section->exitCode = code;
    section->complete = true;
    // The printf before each marker adds one newline that is not the command's.
    if (section->out.endsWith('\n'))
        section->out.chop(1);
    if (section->err.endsWith('\n'))
        section->err.chop(1);
}

} // namespace

QByteArray script()
{
    // LC_ALL=C: parsers read English tool output. Each section: begin marker, stdout, stderr
    // marker, the start of stderr, end marker with the exit code. Stdout goes straight out and
    // stderr is read back only when there is some: the only processes a section starts are its
    // command's own, which matters when dozens of hosts share a machine's CPUs.
    QByteArray text = "LC_ALL=C; export LC_ALL; PATH=$PATH:/usr/sbin:/sbin; export PATH\n"
                      "t=$(mktemp -d 2>/dev/null || echo /tmp/lotsen.$$); mkdir -p \"$t\"\n"
                      "trap 'rm -rf \"$t\"' EXIT\n"
                      "s() { n=$1; printf '\\n" +
                      Marker +
                      " begin %s\\n' \"$n\"\n"
                      "  eval \"$2\" 2>\"$t/e\" </dev/null; r=$?\n"
                      "  printf '\\n" +
                      Marker +
                      " stderr %s\\n' \"$n\"; if [ -s \"$t/e\" ]; then head -c 2048 \"$t/e\"; fi\n"
                      "  printf '\\n" +
                      Marker + " end %s %d\\n' \"$n\" \"$r\"; return $r; }\n";
    const int count = int(sizeof Commands / sizeof Commands[0]);
    for (int i = 0; i < count; ++i) {
        const QByteArray name = Commands[i][0];
        // Single quotes inside commands are written as '\'' for the eval'd argument.
        QByteArray quoted = commandOf(i);
        quoted.replace('\'', "'\\''");
        if (name.endsWith("-json") && i + 1 < count && QByteArray(Commands[i + 1][0]) == name.chopped(5)) {
            QByteArray fallback = commandOf(i + 1);
            fallback.replace('\'', "'\\''");
            text += "s " + name + " '" + quoted + "' || s " + name.chopped(5) + " '" + fallback + "'\n";
            ++i;
        } else {
            text += "s " + name + " '" + quoted + "'\n";
        }
    }
    return text;
}

QMap<QString, Section> split(const QByteArray& output)
{
    QMap<QString, Section> sections;
    QString current;
    enum
    {
        Out,
        Err
    } part = Out;
    const QList<QByteArray> lines = output.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        if (line.startsWith(Marker + ' ')) {
            const QList<QByteArray> words = line.mid(Marker.size() + 1).split(' ');
            const QByteArray kind = words.value(0);
            const QString name = QString::fromLatin1(words.value(1));
            if (kind == "begin") {
                current = name;
                part = Out;
                sections[current] = Section();
            } else if (kind == "stderr" && name == current) {
                part = Err;
            } else if (kind == "end" && name == current) {
                // The last line has no newline only when the output was cut inside it ("end lvs 1"
                // may have been "end lvs 127"): such a marker leaves its section incomplete.
                const bool lineComplete = i + 1 < lines.size();
                finish(&sections[current], lineComplete ? words.value(2) : QByteArray());
                current.clear();
            }
            continue;
        }
        if (current.isEmpty())
            continue;
        QByteArray& target = part == Out ? sections[current].out : sections[current].err;
        target += line + '\n';
    }
    return sections;
}

} // namespace Lotsen::FactsScript
