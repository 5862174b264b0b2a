#!/usr/bin/env bash
# Builds the base of the container image, without a Docker daemon or a registry: a Java runtime made by jlink from
# Debian's OpenJDK 17, the few shared libraries it needs taken out of Debian's packages, a non-root user and the
# image configuration (user, port, health check). Writes it as a docker-archive that Jib takes as its base
# (`tar://…`); the `image` Maven profile runs this script, then Jib adds the application on top.
#
#   src/image/build-runtime.sh OUT_DIR       -> OUT_DIR/runtime.tar (and OUT_DIR/rootfs, OUT_DIR/debs as work files)
#
# Needs: bash, GNU tar, sha256sum, apt-get and dpkg-deb (Debian), and Debian's openjdk-17-jdk-headless (its jmods),
# which is installed when missing and the script runs as root. IMAGE_JDK=<dir> takes another JDK with jmods.
set -euo pipefail
umask 022

out=${1:?usage: build-runtime.sh OUT_DIR}
mkdir -p "$out"
out=$(cd "$out" && pwd)
here=$(cd "$(dirname "$0")" && pwd)

# The modules the emulator uses: `jdeps --print-module-deps --ignore-missing-deps --multi-release 17` over the
# application and its libraries, plus jdk.crypto.ec (TLS with EC keys, e.g. to PostgreSQL). java.desktop is there
# for java.beans only (Spring); its native libraries for windows, fonts, sound and images are left out below.
modules=java.base,java.compiler,java.desktop,java.instrument,java.net.http,java.prefs,java.rmi,java.scripting
modules+=,java.security.jgss,java.sql.rowset,jdk.jfr,jdk.management,jdk.unsupported,jdk.crypto.ec
desktop_natives="libawt_xawt.so libfontmanager.so libjawt.so libjavajpeg.so libjsound.so liblcms.so libsplashscreen.so"

# Debian packages whose libraries the runtime loads (glibc, libstdc++, libgcc_s, zlib) and the C.UTF-8 locale.
packages="libc6 libc-bin libstdc++6 libgcc-s1 zlib1g"

uid=65532
# Every file gets this modification time, so that the same inputs give the same layer.
epoch=${SOURCE_DATE_EPOCH:-1}

log() { echo "[image] $*" >&2; }
as_root() { [ "$(id -u)" = 0 ]; }

arch=$(dpkg --print-architecture)
case "$arch" in
  amd64) triplet=x86_64-linux-gnu; loader=/lib64/ld-linux-x86-64.so.2 ;;
  arm64) triplet=aarch64-linux-gnu; loader=/lib/ld-linux-aarch64.so.1 ;;
  *) echo "unsupported architecture: $arch" >&2; exit 1 ;;
esac

# --- the JDK that jlink takes the modules from -------------------------------------------------------------------
jdk=${IMAGE_JDK:-/usr/lib/jvm/java-17-openjdk-$arch}
if [ ! -f "$jdk/jmods/java.base.jmod" ] && [ -z "${IMAGE_JDK:-}" ] && as_root; then
  log "installing openjdk-17-jdk-headless (jmods for jlink)"
  apt-get install -y -qq openjdk-17-jdk-headless >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null && apt-get install -y -qq openjdk-17-jdk-headless >/dev/null; }
fi
if [ ! -f "$jdk/jmods/java.base.jmod" ]; then
  echo "no jmods in $jdk: install Debian's openjdk-17-jdk-headless or set IMAGE_JDK to a JDK with jmods" >&2
  exit 1
fi

# --- Debian packages -----------------------------------------------------------------------------------------------
debs=$out/debs
mkdir -p "$debs"
download() {
  (cd "$debs" && apt-get download -qq -o APT::Sandbox::User="$(id -un)" "$@" >/dev/null 2>&1)
}
missing=""
for p in $packages; do
  ls "$debs/${p}_"*.deb >/dev/null 2>&1 || missing+=" $p"
done
if [ -n "$missing" ]; then
  log "downloading Debian packages:$missing"
  if ! download $missing; then
    as_root || { echo "apt-get download$missing failed (run apt-get update?)" >&2; exit 1; }
    apt-get update -qq >/dev/null
    download $missing
  fi
fi

# --- the root file system ------------------------------------------------------------------------------------------
rootfs=$out/rootfs
rm -rf "$rootfs" "$debs/x"
mkdir -p "$rootfs" "$debs/x"
for p in $packages; do
  dpkg-deb -x "$(ls "$debs/${p}_"*.deb | head -n 1)" "$debs/x/$p"
done

log "jlink from $jdk"
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$rootfs/opt/java"
for lib in $desktop_natives; do
  rm -f "$rootfs/opt/java/lib/$lib"
done

# Copies FILE (a path inside package PKG) to the same path in the image, as a regular file.
take() {
  local pkg=$1 file=$2
  mkdir -p "$rootfs/$(dirname "$file")"
  cp -L "$debs/x/$pkg/$file" "$rootfs/$file"
}
for lib in libc.so.6 libm.so.6 "$(basename "$loader")"; do
  take libc6 "lib/$triplet/$lib"
done
mkdir -p "$rootfs$(dirname "$loader")"
[ -e "$rootfs$loader" ] || ln -s "/lib/$triplet/$(basename "$loader")" "$rootfs$loader"
take libstdc++6 "usr/lib/$triplet/libstdc++.so.6"
take libgcc-s1 "lib/$triplet/libgcc_s.so.1"
take zlib1g "lib/$triplet/libz.so.1"
mkdir -p "$rootfs/usr/lib/locale"
cp -r "$debs/x/libc-bin/usr/lib/locale/C.utf8" "$rootfs/usr/lib/locale/"

# Licences: Debian's copyright files of the packages taken from (following the gcc packages' shared doc folder).
for p in $packages; do
  doc=$debs/x/$p/usr/share/doc/$p
  if [ -L "$doc" ]; then
    base=$(basename "$(readlink "$doc")")
    ls "$debs/${base}_"*.deb >/dev/null 2>&1 || download "$base"
    [ -d "$debs/x/$base" ] || dpkg-deb -x "$(ls "$debs/${base}_"*.deb | head -n 1)" "$debs/x/$base"
    doc=$debs/x/$base/usr/share/doc/$base
  fi
  mkdir -p "$rootfs/usr/share/doc/$p"
  cp "$doc/copyright" "$rootfs/usr/share/doc/$p/copyright"
done
jdk_package=$(dpkg -S "$jdk/jmods/java.base.jmod" 2>/dev/null | cut -d: -f1 || true)
if [ -n "$jdk_package" ] && [ -f "/usr/share/doc/$jdk_package/copyright" ]; then
  mkdir -p "$rootfs/usr/share/doc/$jdk_package"
  cp -L "/usr/share/doc/$jdk_package/copyright" "$rootfs/usr/share/doc/$jdk_package/copyright"
fi

# Users, name lookup, and the writable places: /tmp, the user's home and /data (for a file store or seed files).
mkdir -p "$rootfs/etc" "$rootfs/tmp" "$rootfs/home/emulator" "$rootfs/data"
printf 'root:x:0:0:root:/root:/sbin/nologin\nemulator:x:%s:%s:IAM emulator:/home/emulator:/sbin/nologin\n' \
  "$uid" "$uid" > "$rootfs/etc/passwd"
printf 'root:x:0:\nemulator:x:%s:\n' "$uid" > "$rootfs/etc/group"
printf 'passwd: files\ngroup: files\nhosts: files dns\n' > "$rootfs/etc/nsswitch.conf"
chmod 1777 "$rootfs/tmp"
chmod 755 "$rootfs/home/emulator" "$rootfs/data"

# --- the layer and the docker-archive ------------------------------------------------------------------------------
work=$out/archive
rm -rf "$work"
mkdir -p "$work"
tar_opts=(--format=gnu --sort=name --mtime="@$epoch" --numeric-owner -C "$rootfs")
tar -cf "$work/layer.tar" "${tar_opts[@]}" --owner=0 --group=0 \
  --exclude=./home/emulator --exclude=./data .
tar -rf "$work/layer.tar" "${tar_opts[@]}" --owner="$uid" --group="$uid" ./home/emulator ./data
diff_id=sha256:$(sha256sum "$work/layer.tar" | cut -d' ' -f1)

created=$(date -u -d "@$epoch" +%Y-%m-%dT%H:%M:%SZ)
jdk_version=$(sed -n 's/^JAVA_VERSION="\(.*\)"$/\1/p' "$rootfs/opt/java/release")
[ -z "$jdk_package" ] || jdk_version+=" (Debian $jdk_package $(dpkg-query -W -f='${Version}' "$jdk_package"))"
# The health check runs the application's --probe (no shell, no curl in the image); the classpath is Jib's.
cat > "$work/config.json" <<EOF
{
  "architecture": "$arch",
  "os": "linux",
  "created": "$created",
  "config": {
    "User": "$uid:$uid",
    "ExposedPorts": {"8080/tcp": {}},
    "Env": [
      "PATH=/opt/java/bin:/usr/bin:/bin",
      "JAVA_HOME=/opt/java",
      "LANG=C.UTF-8"
    ],
    "WorkingDir": "/data",
    "Healthcheck": {
      "Test": ["CMD", "java", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx16m", "-Xss512k",
               "-cp", "@/app/jib-classpath-file", "org.iamemulator.IamEmulatorApplication", "--probe"],
      "Interval": 15000000000,
      "Timeout": 5000000000,
      "StartPeriod": 60000000000,
      "Retries": 3
    }
  },
  "rootfs": {"type": "layers", "diff_ids": ["$diff_id"]},
  "history": [
    {"created": "$created", "created_by": "src/image/build-runtime.sh",
     "comment": "jlink runtime of OpenJDK ${jdk_version}; glibc, libstdc++, libgcc, zlib from Debian packages"}
  ]
}
EOF
printf '[{"Config":"config.json","RepoTags":["iam-emulator-runtime:latest"],"Layers":["layer.tar"]}]\n' \
  > "$work/manifest.json"
tar -cf "$out/runtime.tar" --format=gnu --sort=name --mtime="@$epoch" --owner=0 --group=0 --numeric-owner \
  -C "$work" config.json manifest.json layer.tar
rm -rf "$work"
log "runtime: $(du -sh "$rootfs" | cut -f1) in $out/runtime.tar ($diff_id)"
