#!/usr/bin/env bash
# Installs everything Lotsen needs to build, test and run on Debian 12. Idempotent: when every
# package is already installed it does nothing (LOTSEN_FORCE_APT=1 runs apt-get anyway).
set -euo pipefail

if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root (sudo is not installed)" >&2; exit 1; }
    exec sudo -- bash "$0" "$@"
fi

BUILD_PACKAGES=(
    build-essential cmake ninja-build pkg-config git clang-format
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
    libssh-dev
)
# The SSH test bed (tests/bed/sshbed.sh) and GUI tests/screenshots under Xvfb.
TEST_PACKAGES=(
    openssh-server openssh-client sudo util-linux procps iproute2
    xvfb xauth x11-utils imagemagick fonts-dejavu-core
)
# Docker engines and storage for the Docker/storage tests (tests/bed/hostbed.sh), plus ansible.
DOCKER_PACKAGES=(docker.io btrfs-progs lvm2 busybox-static ansible)

PACKAGES=("${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}" "${DOCKER_PACKAGES[@]}")

installed() {
    [[ $(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null) == installed ]]
}

missing=()
for package in "${PACKAGES[@]}"; do
    installed "$package" || missing+=("$package")
done
if [[ ${#missing[@]} -eq 0 && ${LOTSEN_FORCE_APT:-0} != 1 ]]; then
    echo "install-deps: all ${#PACKAGES[@]} packages are installed"
    exit 0
fi

# The machine's own sshd must not start because we installed it: the tests run their own on
# loopback. Only when openssh-server is new here; an existing sshd may be how people reach this machine.
had_sshd=false
installed openssh-server && had_sshd=true
policy=/usr/sbin/policy-rc.d
own_policy=false
if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\n# Lotsen install-deps.sh: no services start during this install.\nexit 101\n' >"$policy"
    chmod 0755 "$policy"
    own_policy=true
fi
cleanup() {
    if [[ $own_policy == true ]]; then rm -f "$policy"; fi
}
trap cleanup EXIT

echo "install-deps: installing ${missing[*]:-(forced)}"
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends "${PACKAGES[@]}"

if [[ $had_sshd == false ]]; then
    if [[ -d /run/systemd/system ]]; then
        systemctl disable --now ssh.service ssh.socket >/dev/null 2>&1 || true
    else
        systemctl disable ssh.service >/dev/null 2>&1 || update-rc.d ssh disable >/dev/null 2>&1 || true
    fi
fi
echo "install-deps: done"
