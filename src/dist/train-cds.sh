#!/usr/bin/env bash
# Makes the app image's class-data-sharing archive from real starts of that image, so the classes a
# start loads are mapped from one file instead of being read from the jars, parsed and verified.
#
#   train-cds.sh IMAGE_DIR
#
# One dynamic archive (-XX:ArchiveClassesAtExit) records a single run, but the launcher serves both
# the command line and the window: so every run here writes the list of classes it loaded
# (-XX:DumpLoadedClassList) and the lists are merged into lib/app/computefolio.classlist, from which
# lib/app/dump-cds.sh dumps one static archive with the launcher's class path (the build for the
# app image, the .deb's postinst where it is installed). The runs: --version, a first start
# that creates a database from the curated data, a chart and a report, and the window under Xvfb
# (skipped with a warning where xvfb-run is missing: the archive then serves the command line only).
# The launcher maps the archive through -XX:SharedArchiveFile in its .cfg.
set -euo pipefail

IMAGE=$1
APP=$IMAGE/lib/app
NAME=$(basename "$IMAGE")
LAUNCHER=$IMAGE/bin/$NAME
CFG=$APP/$NAME.cfg
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
log() { printf '[dist] %s\n' "$*" >&2; }

# A profile of its own: the training must not touch the user's database or preferences.
export COMPUTEFOLIO_DB=$WORK/train.db
PROFILE=(-Duser.home="$WORK/home" -Djava.util.prefs.userRoot="$WORK/prefs")
mkdir -p "$WORK/home" "$WORK/lists"
run=0
# train ARGS... : one run of the launcher writing its loaded classes to a list of its own
train() {
    run=$((run + 1))
    JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$WORK/lists/$run.classlist ${PROFILE[*]}" \
        "$LAUNCHER" "$@" > "$WORK/run-$run.out" 2> "$WORK/run-$run.err" \
        || { log "training run '$*' failed:"; cat "$WORK/run-$run.err" >&2; exit 1; }
}

log "class-data sharing: training runs"
train --version
train summary
train chart --format svg --granularity quarter -o "$WORK/chart.svg"
train report -o "$WORK/report.pdf"
if command -v xvfb-run > /dev/null; then
    "$(dirname "$0")/window-smoke.sh" "$LAUNCHER" "$WORK/window" \
        "-XX:DumpLoadedClassList=$WORK/lists/window.classlist ${PROFILE[*]}"
else
    log "xvfb-run is missing: the archive is trained on the command line only (Debian: apt-get install xvfb)"
fi

# Hidden classes (lambdas' proxies) are listed as @lambda-proxy lines the dump understands; a class
# named twice is archived once.
awk '!seen[$0]++' "$WORK"/lists/*.classlist > "$APP/computefolio.classlist"
log "class-data sharing: $(grep -vc '^@' "$APP/computefolio.classlist") classes listed"
cp "$(dirname "$0")/dump-cds.sh" "$APP/dump-cds.sh"
# -Xshare:auto: a start whose archive cannot be mapped (moved, or not dumped yet) runs without it,
# and says nothing about it.
printf 'java-options=-XX:SharedArchiveFile=$APPDIR/computefolio.jsa\njava-options=-Xshare:auto\njava-options=-Xlog:cds=off\njava-options=-Xlog:cds+dynamic=off\n' >> "$CFG"
