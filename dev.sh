#!/usr/bin/env bash
# The two commands of the README:
#   ./dev.sh run [curmap args]   set up if needed, then open the app
#   ./dev.sh test [pytest args]  set up if needed, then run every test
# Setup = the Debian packages Qt needs, a .venv with curmap and its test tools.
set -euo pipefail
cd "$(dirname "$0")"

PYTHON=${PYTHON:-python3}
VENV=.venv
# Qt's offscreen and xcb platforms, and a CJK font so 職能基準 renders.
QT_PACKAGES="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0 libxcb-image0
  libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 fonts-wqy-microhei"
# The tests also start a throwaway PostgreSQL server (tests/pg_server.py).
TEST_PACKAGES="postgresql"

say() { printf 'dev.sh: %s\n' "$*" >&2; }

debian_packages() {  # extra package names as arguments
    command -v dpkg-query >/dev/null 2>&1 || return 0  # not Debian: see README for your system
    local missing=() pkg
    for pkg in $QT_PACKAGES "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    if ! "$PYTHON" -c "import ensurepip, venv" >/dev/null 2>&1; then
        missing+=("python3-venv")
    fi
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
            say "please install these Debian packages, then run again: ${missing[*]}"; exit 1
        fi
    fi
    say "installing Debian packages: ${missing[*]}"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

python_env() {
    "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
        || { say "curmap needs Python 3.11 or newer ($PYTHON is $("$PYTHON" --version 2>&1))"; exit 1; }
    [ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
    local stamp="$VENV/.curmap-setup" want
    want=$(cat pyproject.toml | sha256sum | cut -d' ' -f1)
    if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
        say "installing curmap and its dependencies into $VENV"
        "$VENV/bin/python" -m pip install -q --upgrade pip
        "$VENV/bin/python" -m pip install -q -e ".[test]"
        echo "$want" > "$stamp"
    fi
}

cmd=${1:-run}
[ $# -gt 0 ] && shift
case "$cmd" in
    run)
        debian_packages
        python_env
        exec "$VENV/bin/curmap" "$@"
        ;;
    test)
        debian_packages $TEST_PACKAGES
        python_env
        export QT_QPA_PLATFORM=offscreen
        exec "$VENV/bin/python" -m pytest "$@"
        ;;
    *)
        say "usage: ./dev.sh run [curmap args] | ./dev.sh test [pytest args]"; exit 2
        ;;
esac
