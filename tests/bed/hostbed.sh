#!/usr/bin/env bash
# hostbed.sh — Docker hosts for Lotsen's tests: each one its own sshd, its own dockerd, its own /etc,
# /boot, /run, /var/log and a real filesystem on a loop device under /var/lib/docker.
#
#   hostbed.sh start DIR PROFILE[,PROFILE...] [--base-port P] [--owner PID] [--keep-keys]
#   hostbed.sh stop DIR
#   hostbed.sh ssh DIR I [SSH-ARGS...]      OpenSSH client as root on host I (by hand)
#   hostbed.sh enter DIR I [COMMAND...]     run COMMAND (default bash) inside host I's namespaces
#
# Profiles: debian12-btrfs, debian12-overlay2, debian12-vfs (this machine's Debian userland) and
# el6-btrfs, a labelled stand-in for CentOS 6.7 (tests/bed/el6: redhat-release, sysconfig, grub.conf,
# fake rpm/yum/chkconfig/service/authconfig that log every call to /var/log/lotsen-fake-tools.log).
#
# Host I listens on 127.0.0.(100+I), port BASE+I; only loopback is ever used. Each host is a mount +
# UTS namespace (unshare) in which per-host copies of /etc, /boot, /run, /var/log and /root are bind-mounted
# over the real ones and a 2 GiB sparse file on a loop device (btrfs or ext4) is mounted on
# /var/lib/docker; dockerd (--bridge=none, no iptables) and sshd run inside it, so whatever a test
# runs over SSH sees that host's files, engine and filesystem. Needs root. Everything lives under DIR
# except /var/lib/docker (created empty as a mount point if missing, then left) and the loop devices
# (detached by stop). DIR/bed.json describes the running bed; --owner PID stops it when PID dies.
# --keep-keys keeps the host and client keys in DIR/keys across starts (the demo: a key accepted
# once stays valid); without it every start makes new ones.
set -euo pipefail

readonly SSHD=/usr/sbin/sshd
readonly DOCKERD=/usr/sbin/dockerd
readonly DOCKER=/usr/bin/docker # the client that matches Debian's dockerd (20.10)
readonly FIRST_OCTET=100
readonly MAX_HOSTS=30
readonly DEFAULT_BASE_PORT=23220
readonly PORT_BLOCK=30
readonly PORT_BLOCKS=80
readonly DATA_SIZE=2G
readonly START_TIMEOUT=90
readonly LABEL='# Lotsen test bed: CentOS 6.7 stand-in'
SELF="$(readlink -f "${BASH_SOURCE[0]}")"
readonly SELF
BED_SRC="$(dirname "$SELF")"
readonly BED_SRC
RESERVATIONS="${TMPDIR:-/tmp}/lotsen-hostbed-$(id -u)"
readonly RESERVATIONS
KEEP_KEYS=false
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

die() {
    echo "hostbed: $*" >&2
    exit 1
}

usage() {
    sed -n '3,8p' "$SELF" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

json_str() {
    local s=$1
    s=${s//\\/\\\\}
    s=${s//\"/\\\"}
    printf '"%s"' "$s"
}

proc_field() { sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f$(($2 - 2)); }

alive() {
    local stat
    { read -r stat <"/proc/$1/stat"; } 2>/dev/null || return 1
    stat=${stat##*) }
    [[ -n $stat && ${stat:0:1} != Z && ${stat:0:1} != X ]]
}

port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

host_address() { echo "127.0.0.$((FIRST_OCTET + $1))"; }

load_state() {
    [[ -f $1/bed.env ]] || die "$1 is not a running bed (no bed.env)"
    # shellcheck source=/dev/null
    source "$1/bed.env"
}

check_index() {
    [[ $2 =~ ^[0-9]+$ && $2 -lt $1 ]] || die "no host $2 in this bed (it has $1)"
}

# PROFILE → "NAME DRIVER FS"
profile_info() {
    case $1 in
        el6-btrfs) echo "el6 btrfs btrfs" ;;
        debian12-btrfs) echo "debian12-btrfs btrfs btrfs" ;;
        debian12-overlay2) echo "debian12-overlay2 overlay2 ext4" ;;
        debian12-vfs) echo "debian12-vfs vfs ext4" ;;
        *) return 1 ;;
    esac
}

# --- ports --------------------------------------------------------------------------------------

block_free() { # BASE N
    local i
    for ((i = 0; i < $2; i++)); do
        ! port_open "$(host_address "$i")" $(($1 + i)) || return 1
    done
}

reserve_ports() { # DIR N REQUESTED(empty = any); sets BASE_PORT, keeps the lock on fd 9
    local dir=$1 n=$2 requested=$3 base k file owner
    mkdir -p "$RESERVATIONS"
    exec 9>"$RESERVATIONS/lock"
    flock 9
    if [[ -n $requested ]]; then
        block_free "$requested" "$n" || die "ports $requested..$((requested + n - 1)) are in use"
        BASE_PORT=$requested
    else
        BASE_PORT=""
        for ((k = 0; k < PORT_BLOCKS; k++)); do
            base=$((DEFAULT_BASE_PORT + k * PORT_BLOCK))
            file="$RESERVATIONS/$base"
            if [[ -f $file ]] && owner=$(<"$file") && [[ -f $owner/bed.env ]]; then
                continue
            fi
            if block_free "$base" "$n"; then
                BASE_PORT=$base
                break
            fi
        done
        [[ -n $BASE_PORT ]] || die "no free block of $n ports from $DEFAULT_BASE_PORT on"
    fi
    echo "$dir" >"$RESERVATIONS/$BASE_PORT"
}

release_ports() { # DIR
    local file="$RESERVATIONS/$BASE_PORT"
    if [[ -f $file && $(<"$file") == "$1" ]]; then
        rm -f "$file"
    fi
}

# --- preparing a host (outside its namespace) ---------------------------------------------------

# A busybox root filesystem, as two tarballs with different content (so the image IDs differ).
make_image_tarballs() { # DIR
    local dir=$1 root="$1/images/rootfs" applet
    rm -rf "$dir/images"
    mkdir -p "$root/bin" "$root/etc" "$root/tmp" "$root/proc" "$root/sys" "$root/dev"
    cp /bin/busybox "$root/bin/busybox"
    for applet in $("$root/bin/busybox" --list); do
        [[ $applet == busybox ]] || ln -s busybox "$root/bin/$applet"
    done
    printf 'root:x:0:0:root:/root:/bin/sh\n' >"$root/etc/passwd"
    printf 'root:x:0:\n' >"$root/etc/group"
    echo "lotsen/busybox:1 (Lotsen test bed image, busybox from the bed machine)" >"$root/etc/lotsen-image"
    tar -C "$root" --numeric-owner -cf "$dir/images/busybox.tar" .
    echo "lotsen/tools:2 (Lotsen test bed image with tools)" >"$root/etc/lotsen-image"
    printf '#!/bin/sh\necho lotsen-tools 2\n' >"$root/bin/lotsen-tools"
    chmod 0755 "$root/bin/lotsen-tools"
    tar -C "$root" --numeric-owner -cf "$dir/images/tools.tar" .
    rm -rf "$root"
}

prepare_host() { # DIR I PROFILE
    local dir=$1 i=$2 profile=$3 h="$1/host$2" name driver fs
    read -r name driver fs <<<"$(profile_info "$profile")"
    rm -rf "$h"
    mkdir -p "$h/run" "$h/log" "$h/boot" "$h/root"
    printf 'NAME=%s\nPROFILE=%s\nDRIVER=%s\nFS=%s\n' "$name" "$profile" "$driver" "$fs" >"$h/host.env"

    local kept="$1/keys/host$2-$profile"
    if [[ $KEEP_KEYS == true && -f $kept/ssh_host_ed25519_key ]]; then
        cp "$kept/ssh_host_ed25519_key" "$kept/ssh_host_ed25519_key.pub" "$h/"
    else
        ssh-keygen -q -t ed25519 -N '' -C "root@lotsen-$name" -f "$h/ssh_host_ed25519_key" </dev/null
        if [[ $KEEP_KEYS == true ]]; then
            mkdir -p "$kept" && chmod 0700 "$1/keys" "$kept"
            cp "$h/ssh_host_ed25519_key" "$h/ssh_host_ed25519_key.pub" "$kept/"
        fi
    fi
    ssh-keygen -lf "$h/ssh_host_ed25519_key.pub" | cut -d' ' -f2 >"$h/fingerprint"

    # The host's own /etc: this machine's, with its own host key, hostname and machine-id.
    cp -a /etc "$h/etc"
    rm -f "$h"/etc/ssh/ssh_host_*
    cp "$h/ssh_host_ed25519_key" "$h/ssh_host_ed25519_key.pub" "$h/etc/ssh/"
    echo "lotsen-$name" >"$h/etc/hostname"
    printf '%s\tlotsen-%s\n' "$(host_address "$i")" "$name" >>"$h/etc/hosts"
    rm -f "$h/etc/machine-id"
    od -An -N16 -tx1 /dev/urandom | tr -d ' \n' >"$h/etc/machine-id"
    echo >>"$h/etc/machine-id"
    cp -a /boot/. "$h/boot/"
    cp -a /etc/skel/. "$h/root/"
    chmod 0700 "$h/root"
    : >"$h/log/lotsen-fake-tools.log"

    if [[ $profile == el6-* ]]; then
        rm -f "$h/etc/os-release" "$h/etc/debian_version" "$h/etc/lsb-release"
        cp -r "$BED_SRC/el6/etc/." "$h/etc/"
        cp -r "$BED_SRC/el6/boot/." "$h/boot/"
        local kernel
        for kernel in 4.4.5-1.el6.elrepo.x86_64 2.6.32-573.el6.x86_64 2.6.32-504.el6.x86_64; do
            : >"$h/boot/vmlinuz-$kernel"
            : >"$h/boot/initramfs-$kernel.img"
        done
        {
            echo "$LABEL"
            echo "# rpm, yum, chkconfig, service and authconfig are Lotsen's fakes (tests/bed/el6/bin)."
            echo "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
        } >"$h/etc/environment"
    fi

    # The Docker data filesystem: a sparse file, formatted here, attached to a loop device.
    truncate -s "$DATA_SIZE" "$h/data.img"
    if [[ $fs == btrfs ]]; then
        mkfs.btrfs -q --metadata dup --label dockerpool "$h/data.img" >/dev/null
    else
        mkfs.ext4 -q -F -L dockerdata "$h/data.img"
    fi
    local loop
    loop=$(flock "$RESERVATIONS/loop.lock" losetup -f --show "$h/data.img") || die "losetup failed for host$i"
    echo "$loop" >"$h/loopdev"

    {
        echo "# sshd for Lotsen's host bed, host$i ($profile)"
        echo "ListenAddress $(host_address "$i"):$((BASE_PORT + i))"
        echo "HostKey /etc/ssh/ssh_host_ed25519_key"
        echo "PidFile /run/sshd.pid"
        echo "AuthorizedKeysFile $dir/authorized_keys/%u"
        echo "PubkeyAuthentication yes"
        echo "PasswordAuthentication no"
        echo "KbdInteractiveAuthentication no"
        echo "UsePAM no"
        echo "PermitRootLogin yes"
        echo "StrictModes no"
        echo "MaxStartups 100:30:200"
        echo "MaxSessions 64"
        echo "LogLevel VERBOSE"
        echo "UseDNS no"
        echo "PrintMotd no"
        echo "X11Forwarding no"
        echo "AcceptEnv LANG LC_*"
        echo "Subsystem sftp internal-sftp"
        [[ $profile != el6-* ]] || echo "SetEnv PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
    } >"$h/sshd_config"
}

# --- inside a host's namespace (internal command _host) -----------------------------------------

host_main() { # DIR I — runs as the namespace's first process, ends as its sshd
    local dir=$1 i=$2 h="$1/host$2"
    # shellcheck source=/dev/null
    source "$h/host.env"
    mount --bind "$h/etc" /etc
    mount --bind "$h/boot" /boot
    mount --bind "$h/run" /run
    # Who this namespace belongs to, for stop (see pids_in_ns).
    echo "$1 $2" >/run/lotsen-bed-host
    mount --bind "$h/log" /var/log
    mount --bind "$h/root" /root
    mount "$(<"$h/loopdev")" /var/lib/docker
    if [[ $PROFILE == el6-* ]]; then
        mount --bind "$BED_SRC/el6/bin" /usr/local/bin
        mount -o remount,bind,ro /usr/local/bin
    fi
    hostname "lotsen-$NAME"
    mkdir -p /run/sshd /run/lock
    chmod 0755 /run/sshd

    setsid "$DOCKERD" --data-root /var/lib/docker --exec-root /run/docker-exec \
        --host unix:///var/run/docker.sock --pidfile /run/docker.pid --storage-driver "$DRIVER" \
        --bridge=none --iptables=false --ip6tables=false --ip-forward=false --ip-masq=false \
        </dev/null >>"$h/dockerd.log" 2>&1 &
    local dockerd=$! n
    for ((n = 0; n < 600; n++)); do
        "$DOCKER" version >/dev/null 2>&1 && break
        alive "$dockerd" || { echo "dockerd exited; see $h/dockerd.log" >&2; exit 1; }
        sleep 0.1
    done
    "$DOCKER" version >/dev/null || { echo "dockerd did not answer within 60 s" >&2; exit 1; }

    "$DOCKER" import -m "Lotsen test bed" - lotsen/busybox:1 <"$dir/images/busybox.tar" >/dev/null
    "$DOCKER" import -m "Lotsen test bed" - lotsen/tools:2 <"$dir/images/tools.tar" >/dev/null
    "$DOCKER" create --network none --name demo lotsen/busybox:1 sleep 1000 >"$h/container.ids"
    local running=false
    if "$DOCKER" start demo >"$h/start.log" 2>&1 &&
        [[ $("$DOCKER" inspect -f '{{.State.Running}}' demo) == true ]]; then
        running=true
    fi
    "$DOCKER" images --no-trunc --format '{{.Repository}}:{{.Tag}} {{.ID}}' | sort >"$h/images"
    {
        echo "DOCKER_PID=$dockerd"
        echo "STORAGE_DRIVER=$("$DOCKER" info --format '{{.Driver}}')"
        echo "DATA_FS=$(findmnt -no FSTYPE -T /var/lib/docker)"
        echo "CONTAINER_RUNNING=$running"
    } >"$h/ready.tmp"
    mv "$h/ready.tmp" "$h/ready"
    # sshd takes over this process: its pid is the one start recorded.
    exec "$SSHD" -D -e -f "$h/sshd_config" 2>>"$h/sshd.log"
}

# --- processes ----------------------------------------------------------------------------------

ns_of() { readlink "/proc/$1/ns/mnt" 2>/dev/null; }

# The processes of host I's namespace NS. A namespace's inode is reused once it is gone, possibly
# by a host of another bed starting meanwhile: a process counts only if its /run (the host's own)
# names this bed and host.
pids_in_ns() { # NS DIR I
    local p owner
    for p in /proc/[0-9]*; do
        p=${p#/proc/}
        [[ $p != "$$" && $(ns_of "$p") == "$1" ]] || continue
        owner=$(cat "/proc/$p/root/run/lotsen-bed-host" 2>/dev/null) || continue
        [[ $owner == "$2 $3" ]] && echo "$p"
    done
    return 0
}

launch_host() { # DIR I
    local h="$1/host$2"
    setsid unshare --mount --uts --propagation private -- bash "$SELF" _host "$1" "$2" \
        </dev/null >>"$h/setup.log" 2>&1 9>&- &
    echo $! >"$h/launch.pid"
}

wait_hosts() { # DIR N
    local dir=$1 n=$2 deadline=$((SECONDS + START_TIMEOUT)) i pid done_all
    while true; do
        done_all=true
        for ((i = 0; i < n; i++)); do
            [[ -f $dir/host$i/ready ]] && port_open "$(host_address "$i")" $((BASE_PORT + i)) && continue
            done_all=false
            pid=$(<"$dir/host$i/launch.pid")
            if ! alive "$pid"; then
                echo "hostbed: host$i did not come up; its setup log:" >&2
                tail -n 20 "$dir/host$i/setup.log" >&2
                [[ ! -f $dir/host$i/dockerd.log ]] || tail -n 5 "$dir/host$i/dockerd.log" >&2
                return 1
            fi
        done
        [[ $done_all == false ]] || return 0
        ((SECONDS < deadline)) || { echo "hostbed: hosts not up within ${START_TIMEOUT}s" >&2; return 1; }
        sleep 0.1
    done
}

kill_container_cgroups() { # H: every process left in the cgroups of this host's containers
    local h=$1 id cg p
    [[ -s $h/container.ids ]] || return 0
    while read -r id; do
        [[ $id =~ ^[0-9a-f]{64}$ ]] || continue
        for cg in /sys/fs/cgroup/*/docker/"$id" /sys/fs/cgroup/docker/"$id" /sys/fs/cgroup/system.slice/docker-"$id".scope; do
            [[ -f $cg/cgroup.procs ]] || continue
            while read -r p; do kill -KILL "$p" 2>/dev/null || true; done <"$cg/cgroup.procs"
        done
        sleep 0.1
        for cg in /sys/fs/cgroup/*/docker/"$id" /sys/fs/cgroup/docker/"$id"; do
            if [[ -d $cg ]]; then rmdir "$cg" 2>/dev/null || true; fi
        done
    done <"$h/container.ids"
}

stop_host() { # DIR I
    local dir=$1 i=$2 h="$1/host$2" ns="" pid first dpid n real
    [[ -s $h/mntns ]] && ns=$(<"$h/mntns")
    real=$(cd "$dir" && pwd -P) # as start wrote it into the host's /run
    if [[ -n $ns ]]; then
        first=$(pids_in_ns "$ns" "$real" "$i")
        first=${first%%$'\n'*}
        if [[ -n $first ]]; then
            # Politely first: stop containers, then dockerd (which stops its containerd).
            nsenter -t "$first" -m -- timeout 20 "$DOCKER" kill demo >/dev/null 2>&1 || true
            dpid=$(sed -n 's/^DOCKER_PID=//p' "$h/ready" 2>/dev/null || true)
            if [[ -n $dpid ]] && [[ $(ns_of "$dpid") == "$ns" ]]; then
                kill -TERM "$dpid" 2>/dev/null || true
                for ((n = 0; n < 150; n++)); do
                    alive "$dpid" || break
                    sleep 0.1
                done
            fi
        fi
        # Then everything still in the namespace: sshd (and its sessions), containerd, shims.
        for ((n = 0; n < 50; n++)); do
            local left
            left=$(pids_in_ns "$ns" "$real" "$i" | tr '\n' ' ')
            [[ -n ${left// /} ]] || break
            # shellcheck disable=SC2086
            kill -STOP $left 2>/dev/null || true
            # shellcheck disable=SC2086
            kill -KILL $left 2>/dev/null || true
            sleep 0.1
        done
    fi
    pid=$(cat "$h/launch.pid" 2>/dev/null || true)
    if [[ -n $pid ]] && alive "$pid" && [[ $(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) == *"$h/sshd_config"* || $(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) == *"_host $dir $i"* ]]; then
        kill -KILL "$pid" 2>/dev/null || true
    fi
    kill_container_cgroups "$h"
    # The namespace is gone with its last process, and its mounts with it: free the loop device.
    local loop
    loop=$(cat "$h/loopdev" 2>/dev/null || true)
    if [[ -n $loop ]] && [[ $(losetup -nO BACK-FILE "$loop" 2>/dev/null) == "$h/data.img"* ]]; then
        for ((n = 0; n < 100; n++)); do
            btrfs device scan --forget "$loop" >/dev/null 2>&1 || true
            losetup -d "$loop" 2>/dev/null || true
            [[ $(losetup -nO BACK-FILE "$loop" 2>/dev/null) == "$h/data.img"* ]] || break
            sleep 0.1
        done
        if [[ $(losetup -nO BACK-FILE "$loop" 2>/dev/null) == "$h/data.img"* ]]; then
            echo "hostbed: $loop (host$i) is still attached" >&2
        fi
    fi
    rm -f "$h/launch.pid" "$h/mntns" "$h/ready" "$h/loopdev" "$h/data.img"
}

# --- bed.json -----------------------------------------------------------------------------------

write_bed_json() { # DIR
    local dir=$1 i hosts="" h ref id images running grub_default default_kernel
    for ((i = 0; i < HOSTS; i++)); do
        h="$dir/host$i"
        local NAME PROFILE DRIVER DOCKER_PID STORAGE_DRIVER DATA_FS CONTAINER_RUNNING
        # shellcheck source=/dev/null
        source "$h/host.env"
        # shellcheck source=/dev/null
        source "$h/ready"
        images=""
        while read -r ref id; do
            images+="${images:+,}{\"ref\":$(json_str "$ref"),\"id\":$(json_str "$id")}"
        done <"$h/images"
        grub_default=$(sed -n 's/^default=//p' "$h/boot/grub/grub.conf" 2>/dev/null | head -n 1 || true)
        default_kernel=$(sed -n 's/^DEFAULTKERNEL=//p' "$h/etc/sysconfig/kernel" 2>/dev/null | head -n 1 || true)
        running=$CONTAINER_RUNNING
        hosts+="${hosts:+,}
    {\"name\":$(json_str "$NAME"),\"profile\":$(json_str "$PROFILE"),\"hostname\":$(json_str "lotsen-$NAME"),"
        hosts+="\"address\":\"$(host_address "$i")\",\"port\":$((BASE_PORT + i)),\"pid\":$(<"$h/launch.pid"),"
        hosts+="\"dockerPid\":$DOCKER_PID,\"storageDriver\":$(json_str "$STORAGE_DRIVER"),"
        hosts+="\"loopDevice\":$(json_str "$(<"$h/loopdev")"),\"dataFs\":$(json_str "$DATA_FS"),"
        hosts+="\"fingerprint\":$(json_str "$(<"$h/fingerprint")"),\"hostKey\":$(json_str "$h/ssh_host_ed25519_key"),"
        hosts+="\"images\":[$images],\"containers\":[\"demo\"],\"containerRunning\":$running,"
        hosts+="\"grubDefault\":$(json_str "$grub_default"),\"defaultKernel\":$(json_str "$default_kernel"),"
        hosts+="\"dir\":$(json_str "$h")}"
    done
    cat >"$dir/bed.json.tmp" <<EOF
{
  "dir": $(json_str "$dir"),
  "hosts": [$hosts
  ],
  "clientKey": $(json_str "$dir/client/id_ed25519"),
  "knownHosts": $(json_str "$dir/known_hosts"),
  "user": "root"
}
EOF
    mv "$dir/bed.json.tmp" "$dir/bed.json"
}

# --- commands -----------------------------------------------------------------------------------

start_watchdog() { # DIR OWNER
    local dir=$1 owner=$2 started
    started=$(proc_field "$owner" 22)
    [[ -n $started ]] || die "--owner $owner: no such process"
    # shellcheck disable=SC2016 # the script's own arguments, expanded by the inner bash
    setsid bash -c '
        owner_alive() {
            local f
            f=$(sed "s/.*) //" "/proc/$1/stat" 2>/dev/null) || return 1
            read -r -a f <<<"$f"
            [[ ${f[0]} != Z && ${f[19]} == "$2" ]]
        }
        while [[ -f $1/bed.env ]] && owner_alive "$2" "$3"; do
            sleep 1
        done
        [[ -f $1/bed.env ]] && exec bash "$4" stop "$1"
    ' hostbed-watchdog "$dir" "$owner" "$started" "$SELF" </dev/null >/dev/null 2>&1 9>&- &
    echo $! >"$dir/watchdog.pid"
}

cmd_start() {
    local dir="" profiles="" requested="" owner="" i
    while (($# > 0)); do
        case $1 in
            --base-port) requested=${2:?--base-port needs a value}; shift 2 ;;
            --owner) owner=${2:?--owner needs a pid}; shift 2 ;;
            --keep-keys) KEEP_KEYS=true; shift ;;
            -*) usage ;;
            *)
                if [[ -z $dir ]]; then dir=$1; elif [[ -z $profiles ]]; then profiles=$1; else usage; fi
                shift
                ;;
        esac
    done
    [[ -n $dir && -n $profiles ]] || usage
    [[ $(id -u) -eq 0 ]] || die "needs root (mount namespaces, loop devices, dockerd)"
    local list=() profile tool
    IFS=, read -r -a list <<<"$profiles"
    ((${#list[@]} >= 1 && ${#list[@]} <= MAX_HOSTS)) || die "1..$MAX_HOSTS profiles, please"
    for profile in "${list[@]}"; do
        profile_info "$profile" >/dev/null || die "unknown profile $profile (debian12-btrfs, debian12-overlay2, debian12-vfs, el6-btrfs)"
    done
    [[ -z $requested || $requested =~ ^[0-9]+$ ]] || die "bad --base-port $requested"
    for tool in "$SSHD" "$DOCKERD" "$DOCKER" /bin/busybox; do
        [[ -x $tool ]] || die "$tool not found (packages openssh-server docker.io busybox-static)"
    done
    for tool in unshare nsenter losetup mkfs.btrfs mkfs.ext4 ssh-keygen flock setsid findmnt containerd runc; do
        command -v "$tool" >/dev/null || die "$tool not found"
    done
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd -P)
    case $dir/ in
        /etc/* | /run/* | /boot/* | /var/log/* | /var/lib/docker/* | /usr/local/bin/*)
            die "DIR must not be under a path the hosts mount over ($dir)" ;;
    esac
    [[ ! -f $dir/bed.env ]] || die "a bed is already running in $dir"
    mkdir -p /var/lib/docker # the mount point (Debian's docker.io would make it too)

    chmod 0711 "$dir"
    rm -rf "$dir/client" "$dir/authorized_keys"
    mkdir -p "$dir/client" "$dir/authorized_keys"
    chmod 0700 "$dir/client"
    if [[ $KEEP_KEYS == true && -f $dir/keys/client/id_ed25519 ]]; then
        cp "$dir/keys/client/id_ed25519" "$dir/keys/client/id_ed25519.pub" "$dir/client/"
    else
        ssh-keygen -q -t ed25519 -N '' -C lotsen-hostbed-client -f "$dir/client/id_ed25519" </dev/null
        if [[ $KEEP_KEYS == true ]]; then
            mkdir -p "$dir/keys/client" && chmod 0700 "$dir/keys" "$dir/keys/client"
            cp "$dir/client/id_ed25519" "$dir/client/id_ed25519.pub" "$dir/keys/client/"
        fi
    fi
    cp "$dir/client/id_ed25519.pub" "$dir/authorized_keys/root"
    make_image_tarballs "$dir"

    HOSTS=${#list[@]}
    reserve_ports "$dir" "$HOSTS" "$requested"
    printf 'HOSTS=%d\nBASE_PORT=%d\nPROFILES=%s\n' "$HOSTS" "$BASE_PORT" "$profiles" >"$dir/bed.env"
    local prep=() job failed=false
    for ((i = 0; i < HOSTS; i++)); do
        prepare_host "$dir" "$i" "${list[$i]}" >"$dir/prepare$i.log" 2>&1 &
        prep+=($!)
    done
    for job in "${prep[@]}"; do
        wait "$job" || failed=true
    done
    if [[ $failed == true ]]; then
        cat "$dir"/prepare*.log >&2
        cmd_stop "$dir"
        die "preparing the hosts failed"
    fi
    rm -f "$dir"/prepare*.log
    for ((i = 0; i < HOSTS; i++)); do
        launch_host "$dir" "$i"
    done
    # The namespace exists once unshare has exec'd bash; record it so stop finds every process in it.
    local n pid ns
    for ((i = 0; i < HOSTS; i++)); do
        pid=$(<"$dir/host$i/launch.pid")
        for ((n = 0; n < 100; n++)); do
            ns=$(ns_of "$pid" || true)
            if [[ -n $ns && $ns != "$(ns_of $$)" ]]; then
                echo "$ns" >"$dir/host$i/mntns"
                break
            fi
            alive "$pid" || break
            sleep 0.02
        done
    done
    if ! wait_hosts "$dir" "$HOSTS"; then
        cmd_stop "$dir"
        die "start failed"
    fi
    exec 9>&- # ports are bound now
    : >"$dir/known_hosts"
    for ((i = 0; i < HOSTS; i++)); do
        printf '[%s]:%d %s\n' "$(host_address "$i")" $((BASE_PORT + i)) \
            "$(cut -d' ' -f1,2 "$dir/host$i/ssh_host_ed25519_key.pub")" >>"$dir/known_hosts"
    done
    if [[ -n $owner ]] && ! alive "$owner"; then
        cmd_stop "$dir"
        die "--owner $owner exited while the hosts started; they were stopped again"
    fi
    [[ -z $owner ]] || start_watchdog "$dir" "$owner"
    write_bed_json "$dir"
    echo "$dir/bed.json"
}

cmd_stop() {
    local dir=${1:?usage: stop DIR} i pid
    load_state "$dir"
    local stoppers=()
    for ((i = 0; i < HOSTS; i++)); do
        [[ -d $dir/host$i ]] || continue
        stop_host "$dir" "$i" &
        stoppers+=($!)
    done
    for pid in "${stoppers[@]}"; do
        wait "$pid" || true
    done
    release_ports "$dir"
    rm -f "$dir/bed.env" # the watchdog sees this and exits
    if [[ -s $dir/watchdog.pid ]]; then
        pid=$(<"$dir/watchdog.pid")
        if [[ $pid != "$$" && $(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) == *hostbed-watchdog* ]]; then
            kill -KILL -- "-$pid" 2>/dev/null || true
        fi
        rm -f "$dir/watchdog.pid"
    fi
}

cmd_ssh() {
    local dir=${1:?usage: ssh DIR I [ARGS]} i=${2:?usage: ssh DIR I [ARGS]}
    load_state "$dir"
    check_index "$HOSTS" "$i"
    shift 2
    exec ssh -F /dev/null -o BatchMode=yes -o IdentitiesOnly=yes -o IdentityAgent=none \
        -o UserKnownHostsFile="$dir/known_hosts" -o StrictHostKeyChecking=yes \
        -i "$dir/client/id_ed25519" -p $((BASE_PORT + i)) "root@$(host_address "$i")" "$@"
}

cmd_enter() {
    local dir=${1:?usage: enter DIR I [COMMAND]} i=${2:?usage: enter DIR I [COMMAND]} pid
    load_state "$dir"
    check_index "$HOSTS" "$i"
    shift 2
    pid=$(<"$dir/host$i/launch.pid")
    (($# > 0)) || set -- bash
    exec nsenter -t "$pid" -m -u -- "$@"
}

main() {
    (($# > 0)) || usage
    local cmd=$1
    shift
    case $cmd in
        start) cmd_start "$@" ;;
        stop) cmd_stop "$@" ;;
        ssh) cmd_ssh "$@" ;;
        enter) cmd_enter "$@" ;;
        _host) host_main "$@" ;;
        -h | --help | help) usage ;;
        *) usage ;;
    esac
}

main "$@"
