#!/usr/bin/env bash
# sshbed.sh — a bed of real OpenSSH sshd processes on loopback addresses for Lotsen's tests.
#
#   sshbed.sh start DIR N [--base-port P] [--owner PID]
#   sshbed.sh stop DIR
#   sshbed.sh kill DIR I            SIGKILL host I's sshd and its sessions (host "dies")
#   sshbed.sh restart DIR I         start host I again with the same host keys
#   sshbed.sh rekey DIR I [--types "ed25519 rsa"]   new host key(s), then restart
#   sshbed.sh ssh DIR I [SSH-ARGS...]               OpenSSH client with the bed's key (by hand)
#
# Host I listens on 127.0.0.(10+I), port BASE+I. Nothing but loopback is ever used. Everything lives
# under DIR; when run as root, the users lotsentest/lotsennopw and /etc/sudoers.d/lotsen-bed are
# also created (idempotently) and left in place. DIR/bed.json describes the running bed.
# Without --base-port a free block of ports is chosen (beds may run in parallel, e.g. ctest -j2).
# With --owner PID a watchdog stops the bed when that process dies, so a crashed test leaks nothing.
set -euo pipefail

readonly SSHD=/usr/sbin/sshd
readonly FIRST_OCTET=10
readonly MAX_HOSTS=40
readonly DEFAULT_BASE_PORT=22220
readonly PORT_BLOCK=50
readonly PORT_BLOCKS=100
readonly PASSPHRASE='correct horse'
readonly PASSWORD_USER=lotsentest
readonly PASSWORD='lotsen-test-pw'
readonly NOPW_USER=lotsennopw
readonly SUDOERS_FILE=/etc/sudoers.d/lotsen-bed
readonly START_TIMEOUT=20
SELF="$(readlink -f "${BASH_SOURCE[0]}")"
readonly SELF
RESERVATIONS="${TMPDIR:-/tmp}/lotsen-sshbed-$(id -u)"
readonly RESERVATIONS

die() {
    echo "sshbed: $*" >&2
    exit 1
}

usage() {
    sed -n '3,9p' "$SELF" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

is_root() { [[ $(id -u) -eq 0 ]]; }

json_str() {
    local s=$1
    s=${s//\\/\\\\}
    s=${s//\"/\\\"}
    printf '"%s"' "$s"
}

json_list() {
    local out="" item
    for item in "$@"; do
        out+="${out:+,}$(json_str "$item")"
    done
    printf '[%s]' "$out"
}

# Field N (as numbered in proc(5)) of /proc/PID/stat; the name in field 2 may hold spaces.
proc_field() { sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f$(($2 - 2)); }

# A zombie counts as dead: pid 1 on some machines reaps late.
alive() {
    local stat
    { read -r stat <"/proc/$1/stat"; } 2>/dev/null || return 1
    stat=${stat##*) }
    [[ -n $stat && ${stat:0:1} != Z && ${stat:0:1} != X ]]
}

port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

host_address() { echo "127.0.0.$((FIRST_OCTET + $1))"; }

load_state() {
    local dir=$1
    [[ -f $dir/bed.env ]] || die "$dir is not a running bed (no bed.env)"
    # shellcheck source=/dev/null
    source "$dir/bed.env"
}

check_index() {
    [[ $2 =~ ^[0-9]+$ && $2 -lt $1 ]] || die "no host $2 in this bed (it has $1)"
}

# --- users, sudoers (root only) ---------------------------------------------------------------

ensure_user() {
    local user=$1
    if ! id "$user" >/dev/null 2>&1; then
        useradd --create-home --shell /bin/bash "$user"
    fi
    if [[ $(getent passwd "$user" | cut -d: -f7) != /bin/bash ]]; then
        usermod --shell /bin/bash "$user"
    fi
    local home
    home=$(getent passwd "$user" | cut -d: -f6)
    if [[ ! -d $home ]]; then
        mkdir -p "$home"
        chown "$user:" "$home"
    fi
}

ensure_system_setup() {
    [[ -f /etc/pam.d/sshd ]] || die "/etc/pam.d/sshd is missing (install openssh-server)"
    mkdir -p /run/sshd
    chmod 0755 /run/sshd
    ensure_user "$PASSWORD_USER"
    echo "$PASSWORD_USER:$PASSWORD" | chpasswd
    ensure_user "$NOPW_USER"
    # No password, but not locked ('!'), so no PAM/sshd path treats the account as disabled.
    usermod --password '*' "$NOPW_USER"
    local tmp
    tmp=$(mktemp)
    cat >"$tmp" <<EOF
# Written by Lotsen's tests/bed/sshbed.sh for its test users. Safe to delete.
Defaults:$PASSWORD_USER !lecture, timestamp_timeout=0
$PASSWORD_USER ALL=(ALL) ALL
$NOPW_USER ALL=(ALL) NOPASSWD: ALL
EOF
    if ! cmp -s "$tmp" "$SUDOERS_FILE" 2>/dev/null; then
        visudo -cqf "$tmp" >/dev/null || die "generated sudoers drop-in does not parse"
        install -m 0440 "$tmp" "$SUDOERS_FILE"
    fi
    rm -f "$tmp"
}

# --- keys ---------------------------------------------------------------------------------------

gen_key() { # TYPE FILE COMMENT [PASSPHRASE]
    local bits=()
    [[ $1 == rsa ]] && bits=(-b 2048) # type matters here, not strength
    rm -f "$2" "$2.pub"
    ssh-keygen -q -t "$1" "${bits[@]}" -N "${4:-}" -C "$3" -f "$2" </dev/null
}

gen_host_keys() { # DIR I
    local hostdir="$1/host$2" type
    rm -f "$hostdir"/ssh_host_*_key "$hostdir"/ssh_host_*_key.pub "$hostdir"/ssh_host_*_key.fp
    local types
    read -r -a types <"$hostdir/keytypes"
    for type in "${types[@]}"; do
        gen_key "$type" "$hostdir/ssh_host_${type}_key" "lotsen-bed-host$2"
        # Kept beside the key so that writing bed.json needs no ssh-keygen per host.
        ssh-keygen -lf "$hostdir/ssh_host_${type}_key.pub" | cut -d' ' -f2 >"$hostdir/ssh_host_${type}_key.fp"
    done
}

write_sshd_config() { # DIR I
    local dir=$1 i=$2 hostdir="$1/host$2" type
    {
        echo "# sshd for Lotsen's test bed, host$i"
        echo "ListenAddress $(host_address "$i"):$((BASE_PORT + i))"
        local types
        read -r -a types <"$hostdir/keytypes"
        for type in "${types[@]}"; do
            echo "HostKey $hostdir/ssh_host_${type}_key"
        done
        echo "PidFile $hostdir/sshd.pid"
        echo "AuthorizedKeysFile $dir/authorized_keys/%u"
        echo "PubkeyAuthentication yes"
        if [[ $ROOT == true ]]; then
            echo "UsePAM yes"
            echo "PasswordAuthentication yes"
            echo "KbdInteractiveAuthentication yes"
        else
            echo "UsePAM no"
            echo "PasswordAuthentication no"
            echo "KbdInteractiveAuthentication no"
        fi
        echo "PermitRootLogin yes"
        echo "StrictModes no"
        echo "MaxStartups 100:30:200"
        echo "MaxSessions $(cat "$hostdir/maxsessions" 2>/dev/null || echo 64)" # a test may write the file, then restart
        echo "MaxAuthTries 10"
        echo "LoginGraceTime 60"
        echo "LogLevel VERBOSE"
        echo "UseDNS no"
        echo "PrintMotd no"
        echo "X11Forwarding no"
        echo "AcceptEnv LANG LC_*"
        echo "Subsystem sftp internal-sftp"
    } >"$hostdir/sshd_config"
}

# --- processes ----------------------------------------------------------------------------------

descendants() { # PID: all transitive children, deepest last
    local kids kid
    kids=$(ps -o pid= --ppid "$1" 2>/dev/null || true)
    for kid in $kids; do
        echo "$kid"
        descendants "$kid"
    done
}

host_pid() { # DIR I → pid of the listener, or nothing
    local file pid
    # sshd writes sshd.pid once it listens; launch.pid ($! of setsid, which execs sshd) covers the
    # moment before that.
    for file in "$1/host$2/sshd.pid" "$1/host$2/launch.pid"; do
        [[ -s $file ]] || continue
        pid=$(<"$file")
        if [[ $pid =~ ^[0-9]+$ ]] && alive "$pid" && [[ /proc/$pid/exe -ef $SSHD ]]; then
            echo "$pid"
            return 0
        fi
    done
}

# SIGKILL a listener and every session under it. SIGSTOP first so it forks nothing new meanwhile.
kill_tree() {
    local pid=$1 all
    kill -STOP "$pid" 2>/dev/null || return 0
    all="$pid $(descendants "$pid" | tr '\n' ' ')"
    # shellcheck disable=SC2086
    kill -KILL $all 2>/dev/null || true
    local n
    for n in $(seq 100); do
        alive "$pid" || return 0
        sleep 0.02
    done
    echo "sshbed: pid $pid did not die" >&2
}

stop_host() { # DIR I
    local pid
    pid=$(host_pid "$1" "$2")
    [[ -z $pid ]] || kill_tree "$pid"
    rm -f "$1/host$2/sshd.pid" "$1/host$2/launch.pid"
}

launch_host() { # DIR I (does not wait)
    local hostdir="$1/host$2"
    rm -f "$hostdir/sshd.pid"
    # 9>&-: the port lock must not live on in sshd.
    if [[ $ROOT == true ]]; then
        # root's sessions get a home of their own, as on a fresh server: this machine's /root
        # start-up files (a .bashrc that runs a tool's init, ~100 processes) would otherwise run
        # before every command and be measured as the host's cost. unshare and sh exec, so $! is sshd.
        mkdir -p "$hostdir/root-home"
        chmod 0700 "$hostdir/root-home"
        unshare --mount --propagation private -- sh -c 'mount --bind "$1" /root && exec setsid "$2" -D -e -f "$3"' \
            sshbed-host "$hostdir/root-home" "$SSHD" "$hostdir/sshd_config" \
            </dev/null >>"$hostdir/sshd.log" 2>&1 9>&- &
    else
        setsid "$SSHD" -D -e -f "$hostdir/sshd_config" </dev/null >>"$hostdir/sshd.log" 2>&1 9>&- &
    fi
    echo $! >"$hostdir/launch.pid"
}

wait_hosts() { # DIR I... : until each port accepts and its pidfile exists
    local dir=$1
    shift
    local deadline=$((SECONDS + START_TIMEOUT)) i pending=("$@") left
    while ((${#pending[@]} > 0)); do
        left=()
        for i in "${pending[@]}"; do
            if [[ -s $dir/host$i/sshd.pid ]] && port_open "$(host_address "$i")" $((BASE_PORT + i)); then
                continue
            fi
            if ! alive "$(<"$dir/host$i/launch.pid")"; then
                echo "sshbed: sshd for host$i exited; its log:" >&2
                tail -n 20 "$dir/host$i/sshd.log" >&2
                return 1
            fi
            left+=("$i")
        done
        pending=("${left[@]+"${left[@]}"}")
        ((${#pending[@]} == 0)) && break
        if ((SECONDS >= deadline)); then
            echo "sshbed: hosts ${pending[*]} did not accept connections within ${START_TIMEOUT}s" >&2
            return 1
        fi
        sleep 0.05
    done
}

# --- ports --------------------------------------------------------------------------------------

block_free() { # BASE N
    local i
    for ((i = 0; i < $2; i++)); do
        ! port_open "$(host_address "$i")" $(($1 + i)) || return 1
    done
}

reservation_live() { # FILE: a bed that still exists holds it
    local owner
    owner=$(<"$1") || return 1
    [[ -f $owner/bed.env ]]
}

# Picks BASE_PORT under a lock and records the reservation; prints nothing.
reserve_ports() { # DIR N REQUESTED(empty = any)
    local dir=$1 n=$2 requested=$3 base k file
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
            if [[ -f $file ]] && reservation_live "$file"; then
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

# --- bed.json -----------------------------------------------------------------------------------

write_bed_json() { # DIR
    local dir=$1 i hosts="" keys fps types type pid user
    for ((i = 0; i < HOSTS; i++)); do
        keys=()
        fps=()
        read -r -a types <"$dir/host$i/keytypes"
        for type in "${types[@]}"; do
            keys+=("$dir/host$i/ssh_host_${type}_key")
            fps+=("$(<"$dir/host$i/ssh_host_${type}_key.fp")")
        done
        pid=$(host_pid "$dir" "$i")
        hosts+="${hosts:+,}
    {\"name\":\"host$i\",\"address\":\"$(host_address "$i")\",\"port\":$((BASE_PORT + i)),\"pid\":${pid:-0},"
        hosts+="\"hostKeys\":$(json_list "${keys[@]}"),\"fingerprints\":$(json_list "${fps[@]}")}"
    done
    user=$(id -un)
    cat >"$dir/bed.json.tmp" <<EOF
{
  "root": $ROOT,
  "dir": $(json_str "$dir"),
  "hosts": [$hosts
  ],
  "clientKey": $(json_str "$dir/client/id_ed25519"),
  "passphraseKey": $(json_str "$dir/client/id_ed25519_pass"),
  "passphrase": $(json_str "$PASSPHRASE"),
  "agentKey": $(json_str "$dir/client/id_agent"),
  "agentSocket": $(json_str "$dir/agent.sock"),
  "user": $(json_str "$user"),
  "passwordUser": $(json_str "$PASSWORD_USER"),
  "password": $(json_str "$PASSWORD"),
  "nopwUser": $(json_str "$NOPW_USER")
}
EOF
    mv "$dir/bed.json.tmp" "$dir/bed.json"
}

# --- commands -----------------------------------------------------------------------------------

start_agent() { # DIR
    local dir=$1 out
    rm -f "$dir/agent.sock"
    out=$(ssh-agent -s -a "$dir/agent.sock") || die "ssh-agent failed"
    [[ $out =~ SSH_AGENT_PID=([0-9]+) ]] || die "cannot read ssh-agent's pid from: $out"
    echo "${BASH_REMATCH[1]}" >"$dir/agent.pid"
    SSH_AUTH_SOCK="$dir/agent.sock" ssh-add -q "$dir/client/id_agent" </dev/null 2>/dev/null ||
        die "ssh-add into the bed's agent failed"
}

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
    ' sshbed-watchdog "$dir" "$owner" "$started" "$SELF" </dev/null >/dev/null 2>&1 9>&- &
    echo $! >"$dir/watchdog.pid"
}

cmd_start() {
    local dir="" n="" requested="" owner="" i
    while (($# > 0)); do
        case $1 in
            --base-port) requested=${2:?--base-port needs a value}; shift 2 ;;
            --owner) owner=${2:?--owner needs a pid}; shift 2 ;;
            -*) usage ;;
            *)
                if [[ -z $dir ]]; then dir=$1; elif [[ -z $n ]]; then n=$1; else usage; fi
                shift
                ;;
        esac
    done
    [[ -n $dir && -n $n ]] || usage
    [[ $n =~ ^[0-9]+$ && $n -ge 1 && $n -le $MAX_HOSTS ]] || die "N must be 1..$MAX_HOSTS"
    [[ -z $requested || $requested =~ ^[0-9]+$ ]] || die "bad --base-port $requested"
    [[ -x $SSHD ]] || die "$SSHD not found (install openssh-server)"
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd -P)
    [[ ! -f $dir/bed.env ]] || die "a bed is already running in $dir"

    HOSTS=$n
    if is_root; then ROOT=true; else ROOT=false; fi
    [[ $ROOT == false ]] || ensure_system_setup

    # Other users (lotsentest) must reach their authorized_keys file inside DIR.
    chmod 0711 "$dir"
    mkdir -p "$dir/client" "$dir/authorized_keys"
    chmod 0700 "$dir/client"
    chmod 0755 "$dir/authorized_keys"
    local jobs=() job
    gen_key ed25519 "$dir/client/id_ed25519" lotsen-bed-client &
    jobs+=($!)
    gen_key ed25519 "$dir/client/id_ed25519_pass" lotsen-bed-passphrase "$PASSPHRASE" &
    jobs+=($!)
    gen_key ed25519 "$dir/client/id_agent" lotsen-bed-agent &
    jobs+=($!)
    for ((i = 0; i < n; i++)); do
        mkdir -p "$dir/host$i"
        if [[ ! -f $dir/host$i/keytypes ]]; then
            # host0 also has an RSA key, for tests about a key of another type.
            if ((i == 0)); then echo "ed25519 rsa"; else echo ed25519; fi >"$dir/host$i/keytypes"
        fi
        gen_host_keys "$dir" "$i" &
        jobs+=($!)
    done
    for job in "${jobs[@]}"; do
        wait "$job" || die "ssh-keygen failed"
    done

    local users=("$(id -un)") user
    [[ $ROOT == false ]] || users+=("$PASSWORD_USER" "$NOPW_USER")
    for user in "${users[@]}"; do
        cat "$dir"/client/id_ed25519.pub "$dir"/client/id_ed25519_pass.pub "$dir"/client/id_agent.pub \
            >"$dir/authorized_keys/$user"
        chmod 0644 "$dir/authorized_keys/$user"
    done

    reserve_ports "$dir" "$n" "$requested"
    printf 'HOSTS=%d\nBASE_PORT=%d\nROOT=%s\n' "$n" "$BASE_PORT" "$ROOT" >"$dir/bed.env"
    for ((i = 0; i < n; i++)); do
        write_sshd_config "$dir" "$i"
        launch_host "$dir" "$i"
    done
    if ! wait_hosts "$dir" $(seq 0 $((n - 1))); then
        cmd_stop "$dir"
        die "start failed"
    fi
    exec 9>&- # ports are bound now: let other beds choose theirs
    start_agent "$dir" || { cmd_stop "$dir"; die "agent failed"; }
    [[ -z $owner ]] || start_watchdog "$dir" "$owner"
    write_bed_json "$dir"
    echo "$dir/bed.json"
}

cmd_stop() {
    local dir=${1:?usage: stop DIR} i pid
    load_state "$dir"
    local stoppers=()
    for ((i = 0; i < HOSTS; i++)); do
        stop_host "$dir" "$i" &
        stoppers+=($!)
    done
    for pid in "${stoppers[@]}"; do
        wait "$pid" || true
    done
    if [[ -s $dir/agent.pid ]]; then
        pid=$(<"$dir/agent.pid")
        # By its command line: ssh-agent is setgid, so /proc/PID/exe is unreadable to a non-root user.
        if [[ $(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) == *"$dir/agent.sock"* ]]; then
            kill "$pid" 2>/dev/null || true
        fi
        rm -f "$dir/agent.pid" "$dir/agent.sock"
    fi
    release_ports "$dir"
    rm -f "$dir/bed.env" # the watchdog sees this and exits
    if [[ -s $dir/watchdog.pid ]]; then
        pid=$(<"$dir/watchdog.pid")
        if [[ $pid != "$$" && $(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) == *sshbed-watchdog* ]]; then
            kill -KILL -- "-$pid" 2>/dev/null || true # its process group: the watchdog and its sleep
            local n
            for n in $(seq 100); do
                alive "$pid" || break
                sleep 0.02
            done
        fi
        rm -f "$dir/watchdog.pid"
    fi
}

cmd_kill() {
    local dir=${1:?usage: kill DIR I}
    load_state "$dir"
    check_index "$HOSTS" "${2:?usage: kill DIR I}"
    stop_host "$dir" "$2"
    write_bed_json "$dir"
}

cmd_restart() {
    local dir=${1:?usage: restart DIR I}
    load_state "$dir"
    check_index "$HOSTS" "${2:?usage: restart DIR I}"
    stop_host "$dir" "$2"
    write_sshd_config "$dir" "$2"
    launch_host "$dir" "$2"
    wait_hosts "$dir" "$2" || die "host$2 did not come back"
    write_bed_json "$dir"
}

cmd_rekey() {
    local dir=${1:?usage: rekey DIR I [--types LIST]} i=${2:?usage: rekey DIR I [--types LIST]}
    load_state "$dir"
    check_index "$HOSTS" "$i"
    if [[ ${3:-} == --types ]]; then
        local type
        for type in ${4:?--types needs a list such as \"ed25519 rsa\"}; do
            [[ $type =~ ^(ed25519|rsa|ecdsa)$ ]] || die "unknown key type $type"
        done
        echo "$4" >"$dir/host$i/keytypes"
    fi
    gen_host_keys "$dir" "$i"
    cmd_restart "$dir" "$i"
}

cmd_ssh() {
    local dir=${1:?usage: ssh DIR I [ARGS]} i=${2:?usage: ssh DIR I [ARGS]}
    load_state "$dir"
    check_index "$HOSTS" "$i"
    shift 2
    exec ssh -F /dev/null -o BatchMode=yes -o IdentitiesOnly=yes -o IdentityAgent=none \
        -o UserKnownHostsFile="$dir/client/known_hosts" -o StrictHostKeyChecking=accept-new \
        -i "$dir/client/id_ed25519" -p $((BASE_PORT + i)) "$(id -un)@$(host_address "$i")" "$@"
}

main() {
    (($# > 0)) || usage
    local cmd=$1
    shift
    case $cmd in
        start) cmd_start "$@" ;;
        stop) cmd_stop "$@" ;;
        kill) cmd_kill "$@" ;;
        restart) cmd_restart "$@" ;;
        rekey) cmd_rekey "$@" ;;
        ssh) cmd_ssh "$@" ;;
        -h | --help | help) usage ;;
        *) usage ;;
    esac
}

main "$@"
