#!/usr/bin/env bash
# Installs dependencies, builds, and starts the Lotsen desktop program.
# Meant as `sudo ./scripts/run.sh` on a fresh Debian 12: the install needs root; the window then
# opens as the user who ran sudo, so settings and known hosts land in that user's home.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
build_dir=${LOTSEN_BUILD_DIR:-build}
bash scripts/build.sh "$build_dir"

program=$(realpath -m "$build_dir")/gui/lotsen
[[ -x $program ]] || { echo "run: $program was not built" >&2; exit 1; }

if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    echo "run: no DISPLAY: there is no screen to show the window on." >&2
    echo "run: on a machine without one, try: xvfb-run -a $program" >&2
    exit 1
fi

if [[ $(id -u) -eq 0 && -n ${SUDO_USER:-} && ${SUDO_USER} != root ]]; then
    session=()
    for name in DISPLAY XAUTHORITY WAYLAND_DISPLAY XDG_RUNTIME_DIR LANG LANGUAGE; do
        [[ -z ${!name:-} ]] || session+=("$name=${!name}")
    done
    exec sudo -u "$SUDO_USER" -- env "${session[@]}" "$program" "$@"
fi
exec "$program" "$@"
