#!/usr/bin/env bash
# Starts the app image's window on a virtual display (xvfb-run) and succeeds once a top-level window
# titled "Computefolio ..." is mapped and the process is still alive a few seconds later; the
# window is then closed with SIGTERM (the JVM exits through its shutdown, so lists and archives the
# JVM writes at exit are written). The image carries no headless platform (Monocle is a test
# library), hence a real X server.
#
#   window-smoke.sh LAUNCHER WORK_DIR [JAVA_TOOL_OPTIONS] [--inside]
set -euo pipefail

LAUNCHER=$1
WORK=$2
OPTIONS=${3:-}
TIMEOUT_S=${WINDOW_TIMEOUT_S:-120}
mkdir -p "$WORK"

if [[ "${4:-}" != --inside ]]; then
    exec xvfb-run -a -s "-screen 0 1400x900x24 -nolisten tcp" "$0" "$LAUNCHER" "$WORK" "$OPTIONS" --inside
fi

JAVA_TOOL_OPTIONS=$OPTIONS "$LAUNCHER" > "$WORK/window.out" 2> "$WORK/window.err" &
pid=$!
found=""
for _ in $(seq $((TIMEOUT_S * 4))); do
    kill -0 "$pid" 2> /dev/null || break
    title=$(xwininfo -root -tree 2> /dev/null | grep -o '"Computefolio [^"]*' | head -1 || true)
    if [[ -n "$title" ]]; then found=yes; break; fi
    sleep 0.25
done
if [[ -n "$found" ]]; then
    sleep 3 # the deals arrive from a worker after the first frame: let the start finish
fi
alive=no
kill -0 "$pid" 2> /dev/null && alive=yes
kill -TERM "$pid" 2> /dev/null || true
wait "$pid" 2> /dev/null || true
if [[ -z "$found" || $alive == no ]]; then
    echo "[dist] the window did not open (found: ${found:-no}, alive: $alive); its output:" >&2
    cat "$WORK/window.out" "$WORK/window.err" >&2
    exit 1
fi
echo "[dist] window opened: ${title#\"}" >&2
