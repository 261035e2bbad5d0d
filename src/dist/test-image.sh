#!/usr/bin/env bash
# The dist profile's verify step: starts the built app image as a user would and checks what the
# installers promise. --version, a command on a new user's database (created from the curated data),
# the class-data-sharing archive really mapped, the window on a virtual display, and the .deb's
# desktop entry and icon.
#
#   test-image.sh BUILD_DIR
set -uo pipefail

DIST=$1/dist
LAUNCHER=$DIST/image/Computefolio/bin/Computefolio
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
failures=0
check() { # check NAME CONDITION-RESULT(0/1) DETAIL
    if [[ $2 == 0 ]]; then echo "[dist-test] ok: $1"; else echo "[dist-test] FAILED: $1: $3" >&2; failures=$((failures + 1)); fi
}
PROFILE="-Duser.home=$WORK/home -Djava.util.prefs.userRoot=$WORK/prefs"
mkdir -p "$WORK/home"
export COMPUTEFOLIO_DB=$WORK/new-user.db

out=$(JAVA_TOOL_OPTIONS=$PROFILE "$LAUNCHER" --version 2> "$WORK/version.err") || true
[[ $out == computefolio\ [0-9]* ]]; check "--version names the app and its version" $? "got '$out' $(cat "$WORK/version.err")"

JAVA_TOOL_OPTIONS=$PROFILE "$LAUNCHER" summary > "$WORK/summary.out" 2> "$WORK/summary.err"; rc=$?
[[ $rc == 0 && -s $COMPUTEFOLIO_DB ]] && grep -qi 'openai' "$WORK/summary.out"
check "summary on a new user's database (made from the curated data)" $? "exit $rc: $(head -5 "$WORK/summary.err")"

# Classes that come from the archive are logged with "source: shared objects file".
JAVA_TOOL_OPTIONS="$PROFILE -Xlog:class+load=info:file=$WORK/classes.log" "$LAUNCHER" summary > /dev/null 2>&1 || true
shared=$(grep -c 'shared objects file' "$WORK/classes.log" || true)
picocli=$(grep -c 'picocli.*shared objects file' "$WORK/classes.log" || true)
[[ $picocli -gt 0 ]]; check "the app's class-data-sharing archive is mapped ($shared classes shared, $picocli of picocli)" $? "none of the app's classes came from the archive"

if command -v xvfb-run > /dev/null; then
    "$(dirname "$0")/window-smoke.sh" "$LAUNCHER" "$WORK/window" "$PROFILE"
    check "the window opens" $? "see above"
else
    echo "[dist-test] FAILED: xvfb-run is missing, the window cannot be checked (Debian: apt-get install xvfb xauth x11-utils)" >&2
    failures=$((failures + 1))
fi

deb=$(ls "$DIST"/*.deb 2> /dev/null | head -1 || true)
if [[ -n $deb ]]; then
    dpkg-deb -c "$deb" > "$WORK/deb.txt"
    grep -q 'Computefolio\.desktop$' "$WORK/deb.txt" && grep -q 'Computefolio\.png$' "$WORK/deb.txt" \
        && grep -q 'computefolio\.classlist$' "$WORK/deb.txt" && grep -q 'dump-cds\.sh$' "$WORK/deb.txt" \
        && dpkg-deb -I "$deb" postinst | grep -q 'dump-cds.sh'
    check "the .deb holds the desktop entry, the icon, the class list and dumps the archive on install" $? "$(grep -E 'desktop|png|classlist|dump' "$WORK/deb.txt")"
else
    check "a .deb was built" 1 "none in $DIST (dpkg-deb and fakeroot are needed)"
fi
echo "[dist-test] $((4 + 1 - failures)) passed, $failures failed"
[[ $failures == 0 ]]
