#!/usr/bin/env bash
# Builds the installable Computefolio: a self-contained app image (a runtime linked with JavaFX, the
# app's jars, one launcher that opens the window without arguments and runs any command with them),
# an application class-data-sharing archive trained on a real start, and a .deb with a desktop entry
# and an icon. Run by the dist profile (mvn -B -Pdist package) after the jars are built; see ADR 40.
#
#   build-image.sh BUILD_DIR VERSION
#
# BUILD_DIR holds computefolio-VERSION.jar (the thin jar), dist/fx (the linux JavaFX jars) and
# dist/input (the other runtime jars), both copied there by maven-dependency-plugin.
set -euo pipefail

BUILD_DIR=$1
VERSION=$2
HERE=$(cd "$(dirname "$0")" && pwd)
DIST=$BUILD_DIR/dist
NAME=Computefolio
IMAGE=$DIST/image/$NAME
# jpackage wants a plain dotted version: 0.1.0-SNAPSHOT becomes 0.1.0.
APP_VERSION=${VERSION%%-*}
log() { printf '[dist] %s\n' "$*" >&2; }

for tool in jpackage; do
    command -v "$tool" > /dev/null || { echo "[dist] $tool is missing (it comes with the JDK 17)" >&2; exit 2; }
done

cp "$BUILD_DIR/computefolio-$VERSION.jar" "$DIST/input/"

# The modules the app uses (checked in shared/notes/toolchain.md): JavaFX from the linux jars on the
# module path, so it is linked into the runtime (on the class path alone the image says "JavaFX
# runtime components are missing"). The JDK's own CDS archive is generated too: a start whose app
# archive cannot be mapped still shares the JDK's classes.
MODULES=javafx.controls,javafx.swing,java.logging,java.management,java.naming,java.sql,jdk.jfr,jdk.unsupported.desktop,jdk.charsets
rm -rf "$DIST/image" "$DIST"/*.deb
log "app image"
jpackage --type app-image --dest "$DIST/image" --name "$NAME" --app-version "$APP_VERSION" \
    --vendor "Computefolio" --description "Register of AI compute contracts" \
    --icon "$HERE/computefolio.png" \
    --input "$DIST/input" --main-jar "computefolio-$VERSION.jar" --main-class com.computefolio.Launcher \
    --module-path "$DIST/fx" --add-modules "$MODULES" \
    --jlink-options "--strip-debug --no-header-files --no-man-pages --generate-cds-archive"

# sqlite-jdbc otherwise copies its native library out of its jar into /tmp on every start (and
# deletes it at exit): the image carries it extracted and points the driver at it.
NATIVE=$IMAGE/lib/app/native
mkdir -p "$NATIVE"
SQLITE_JAR=$(cd "$DIST/input" && pwd)/$(cd "$DIST/input" && ls sqlite-jdbc-*.jar)
(cd "$NATIVE" && jar xf "$SQLITE_JAR" org/sqlite/native/Linux/x86_64/libsqlitejdbc.so \
    && mv org/sqlite/native/Linux/x86_64/libsqlitejdbc.so . && rm -r org)
printf 'java-options=-Dorg.sqlite.lib.path=$APPDIR/native\njava-options=-Dorg.sqlite.lib.name=libsqlitejdbc.so\n' \
    >> "$IMAGE/lib/app/$NAME.cfg"

"$HERE/train-cds.sh" "$IMAGE"

if command -v dpkg-deb > /dev/null && command -v fakeroot > /dev/null; then
    log "deb"
    # Our own desktop entry (jpackage fills in the launcher and icon paths): resource-dir overrides.
    mkdir -p "$DIST/resources"
    cp "$HERE/Computefolio.desktop" "$DIST/resources/$NAME.desktop"
    # jpackage's own maintainer scripts plus the archive dumped where the package is installed.
    sed "s#INSTALL_DIR#/opt/computefolio#g" "$HERE/deb/postinst" > "$DIST/resources/postinst"
    sed "s#INSTALL_DIR#/opt/computefolio#g" "$HERE/deb/prerm" > "$DIST/resources/prerm"
    # gzip, not dpkg's default xz: several minutes less on two cores for a package a few MB larger.
    DPKG_DEB_COMPRESSOR_TYPE=gzip jpackage --type deb --dest "$DIST" --app-image "$IMAGE" --name "$NAME" --app-version "$APP_VERSION" \
        --vendor "Computefolio" --description "Register of AI compute contracts" \
        --icon "$HERE/computefolio.png" --resource-dir "$DIST/resources" \
        --linux-package-name computefolio --install-dir /opt --linux-shortcut --linux-menu-group "Office;Finance" \
        --linux-app-category misc --license-file "$HERE/../../LICENSE" \
        --linux-deb-maintainer "computefolio@invalid.example"
else
    log "no .deb: dpkg-deb and fakeroot are needed (Debian: apt-get install fakeroot dpkg)"
fi
log "class-data sharing: dumping the app image's archive"
"$IMAGE/lib/app/dump-cds.sh"
log "class-data sharing: $(du -h "$IMAGE/lib/app/computefolio.jsa" | cut -f1) archive"
log "done: $(ls -d "$IMAGE" "$DIST"/*.deb 2> /dev/null | tr '\n' ' ')"
