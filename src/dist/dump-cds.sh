#!/bin/sh
# Shipped in the app image (lib/app): dumps the class-data-sharing archive computefolio.jsa from the
# class list made at build time (computefolio.classlist), with the launcher's own class path, in
# the folder the image is in now. JDK 17 maps an archive only where its jars were when it was made,
# so the .deb runs this after installing (postinst) and the build runs it for the app image.
set -e
APP=$(cd "$(dirname "$0")" && pwd)
CFG=$(ls "$APP"/*.cfg | head -1)
# The launcher's class path, in the .cfg's order with $APPDIR expanded, as the launcher passes it.
CP=$(sed -n 's/^app\.classpath=//p' "$CFG" | sed "s#\$APPDIR#$APP#g" | paste -sd: -)
rm -f "$APP/computefolio.jsa"
"$APP/../runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$APP/computefolio.classlist" \
    -XX:SharedArchiveFile="$APP/computefolio.jsa" -cp "$CP" -version > /dev/null 2>&1 || true
# A start whose archive is missing or stale runs without it: -Xshare:auto in the .cfg.
[ -s "$APP/computefolio.jsa" ]
