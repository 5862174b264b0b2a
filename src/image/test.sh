#!/usr/bin/env bash
# Proves the container image works, without a container engine: unpacks the docker-archive's layers into a root
# file system, checks the image configuration, starts the image's entrypoint in that root (chroot, private /proc and
# /dev) as the image's user, and talks to it over HTTP; runs the image's health check command there too.
#
#   src/image/test.sh [IMAGE_TAR]     default: builds target/iam-emulator-image.tar with ./mvnw -Pimage first
#
# Needs root (chroot, mounts in a private mount namespace), curl, jq (installed when missing), GNU tar, gzip.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ "$(id -u)" != 0 ]; then
  echo "SKIPPED image test: chroot and mounts need root"
  exit 0
fi

if [ $# -ge 1 ]; then
  image=$(realpath "$1")
else
  start=$SECONDS
  ./mvnw -B -q -Pimage -DskipTests package 
  echo "image built in $((SECONDS - start)) s"
  image=$PWD/target/iam-emulator-image.tar
fi
[ -f "$image" ] || { echo "FAIL: no image at $image"; exit 1; }
if ! command -v jq >/dev/null 2>&1; then
  apt-get install -y -qq jq >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq jq >/dev/null; }
fi

test_start=$SECONDS
passed=0
failed=0
work=$(mktemp -d /tmp/iam-image-test.XXXXXX)
root=$work/rootfs
pid=""

cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  # The mounts live in the started processes' own mount namespaces; never delete through one that is still there.
  if grep -q " $work/" /proc/mounts; then
    echo "not removing $work: something is still mounted there" >&2
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT

pass() { passed=$((passed + 1)); echo "ok   $*"; }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }
jqe() { jq -e "$@" >/dev/null; }
check() { # check DESCRIPTION COMMAND...
  local what=$1
  shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}
finish() {
  echo "image test took $((SECONDS - test_start)) s"
  echo "image: $passed passed, $failed failed"
  if [ "$failed" -eq 0 ]; then echo "PASS image test"; exit 0; fi
  echo "FAIL image test"
  exit 1
}

# --- the archive and its configuration ----------------------------------------------------------------------------
mkdir -p "$work/archive" "$root"
tar -xf "$image" -C "$work/archive"
manifest=$work/archive/manifest.json
config=$work/archive/$(jq -r '.[0].Config' "$manifest")
cfg() { jq -r "$1" "$config"; }

check "the manifest names the image iam-emulator:latest" \
  jqe '.[0].RepoTags | index("iam-emulator:latest") != null' "$manifest"
mapfile -t layers < <(jq -r '.[0].Layers[]' "$manifest")
mapfile -t diff_ids < <(cfg '.rootfs.diff_ids[]')
check "as many layers (${#layers[@]}) as diff_ids (${#diff_ids[@]})" [ "${#layers[@]}" -eq "${#diff_ids[@]}" ]
uncompressed=0
untar=(--warning=no-unknown-keyword)   # Jib's layers carry libarchive's creation time, unknown to GNU tar
for i in "${!layers[@]}"; do
  layer=$work/archive/${layers[$i]}
  digest=sha256:$(gzip -dcf "$layer" | sha256sum | cut -d' ' -f1)
  check "layer $((i + 1)) matches its diff_id" [ "$digest" = "${diff_ids[$i]:-}" ]
  uncompressed=$((uncompressed + $(gzip -dcf "$layer" | wc -c)))
  if gzip -dcf "$layer" | tar -t "${untar[@]}" | grep -q '\.wh\.'; then
    fail "layer $((i + 1)) has whiteouts, which this test does not apply"
  fi
  gzip -dcf "$layer" | tar -x "${untar[@]}" --numeric-owner -C "$root"
done
echo "     image: $(du -m "$image" | cut -f1) MiB as a tar, $((uncompressed / 1048576)) MiB of layers uncompressed"

user=$(cfg '.config.User // ""')
numeric_non_root() { [[ $1 =~ ^[0-9]+$ ]] && [ "$1" != 0 ]; }
check "runs as a numeric non-root user ($user)" numeric_non_root "${user%%:*}"
uid=${user%%:*}
gid=${user#*:}
[ "$gid" != "$user" ] || gid=$uid
check "listens on every interface (SERVER_ADDRESS=0.0.0.0), as a container must" \
  jqe '.config.Env | index("SERVER_ADDRESS=0.0.0.0") != null' "$config"
check "exposes 8080/tcp" jqe '.config.ExposedPorts | has("8080/tcp")' "$config"
check "has a health check in exec form with interval, timeout and retries" jqe '.config.Healthcheck
  | (.Test[0] == "CMD") and (.Interval > 0) and (.Timeout > 0) and (.Retries > 0)' "$config"
check "its entrypoint is java" [ "$(cfg '.config.Entrypoint[0]')" = java ]
absent() { for f in "$@"; do [ ! -e "$f" ] && [ ! -L "$f" ] || return 1; done; }
check "has no shell" absent "$root/bin/sh" "$root/usr/bin/sh" "$root/bin/bash"
check "everything in /opt and /app is readable by the user" \
  [ -z "$(find "$root/opt" "$root/app" ! -perm -o+r -print -quit)" ]

loader=$(cd "$root" && find lib64 lib -maxdepth 1 -name 'ld-linux-*.so.*' 2>/dev/null | head -n 1)
unresolved=""
while IFS= read -r elf; do
  if chroot "$root" "/$loader" --list "/${elf#"$root"/}" 2>&1 | grep -q 'not found'; then
    unresolved+=" ${elf#"$root"}"
  fi
done < <(find "$root/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \))
check "every native library of the runtime finds its libraries in the image${unresolved:+ (not:$unresolved)}" \
  [ -z "$unresolved" ]

# --- run it --------------------------------------------------------------------------------------------------------
# What a container engine provides: /proc, /dev, /etc/hosts; here in a private mount namespace per process.
mkdir -p "$root/proc" "$root/dev"
for node in null zero full random urandom; do : > "$root/dev/$node"; done
printf '127.0.0.1 localhost\n::1 localhost\n' > "$root/etc/hosts"

port=""
for candidate in $(shuf -i 20000-40000 -n 20); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[ -n "$port" ] || { fail "no free port"; finish; }

mapfile -t env < <(cfg '.config.Env[]')
env+=("SERVER_PORT=$port" "EMULATOR_STORE_PATH=/data/iam" "HOSTNAME=iam-emulator")
workdir=$(cfg '.config.WorkingDir // "/"')
unshare_bin=$(command -v unshare)
# in_image COMMAND...: runs COMMAND in the image's root as its user, with its environment and working directory.
# It replaces the calling (sub)shell, so that the caller's $! is the command's own process.
in_image() {
  exec env -i "${env[@]}" "$unshare_bin" --mount --propagation private -- "$BASH" -c '
    root=$1 uid=$2 gid=$3 workdir=$4 unshare_bin=$5
    shift 5
    mount -t proc proc "$root/proc"
    for node in null zero full random urandom; do mount --bind "/dev/$node" "$root/dev/$node"; done
    exec "$unshare_bin" --root="$root" --wd="$workdir" --setgid="$gid" --setuid="$uid" -- "$@"' \
    _ "$root" "$uid" "$gid" "$workdir" "$unshare_bin" "$@"
}

mapfile -t entrypoint < <(cfg '.config.Entrypoint[]')
mapfile -t healthcheck < <(cfg '(.config.Healthcheck.Test // ["CMD", "false"])[1:][]')
health_timeout=$(( $(cfg '.config.Healthcheck.Timeout // 5000000000') / 1000000000 ))
# health_check: runs the image's health check command as the engine would, bounded by its timeout.
health_check() {
  timeout "$health_timeout" bash -c "$(declare -f in_image); $(declare -p env root uid gid workdir unshare_bin)
    in_image \"\$@\"" _ "${healthcheck[@]}" > "$work/health.log" 2>&1
}
log=$work/emulator.log
in_image "${entrypoint[@]}" > "$log" 2>&1 &
pid=$!
base=http://127.0.0.1:$port

ready=""
started=$SECONDS
while [ $((SECONDS - started)) -lt 120 ] && kill -0 "$pid" 2>/dev/null; do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$base/actuator/health/readiness")" = 200 ]; then
    ready=yes
    break
  fi
  sleep 1
done
if [ -z "$ready" ]; then
  fail "the emulator did not become ready within 120 s; its log:"
  tail -n 40 "$log"
  finish
fi
pass "ready (readiness 200) after $((SECONDS - started)) s"

status=$(grep -E '^(Uid|Gid|Groups):' "/proc/$pid/status" | tr -s '\t ' ' ')
check "the emulator process runs as $uid:$gid with no other groups ($(echo "$status" | tr '\n' ';'))" \
  [ "$status" = "$(printf 'Uid: %s %s %s %s\nGid: %s %s %s %s\nGroups: ' "$uid" "$uid" "$uid" "$uid" "$gid" "$gid" "$gid" "$gid")" ]
check "its root is the image's root file system" [ "$(readlink "/proc/$pid/root")" = "$root" ]
check "its Java is the image's" [ "$(readlink "/proc/$pid/exe")" = "$root/opt/java/bin/java" ]

health_start=$SECONDS
if health_check; then
  pass "the health check command exits 0 ($((SECONDS - health_start)) s)"
else
  fail "the health check command failed: $(cat "$work/health.log")"
fi

body=$(curl -s --max-time 5 -w '\n%{http_code}' "$base/_emulator/health")
answers() { # answers STATUS JQ_FILTER: the last curl's status and body
  [ "${body##*$'\n'}" = "$1" ] && jqe "$2" <<< "${body%$'\n'*}"
}
check "GET /_emulator/health answers 200 UP" answers 200 '.status == "UP"'
body=$(curl -s --max-time 5 -w '\n%{http_code}' "$base/v5/users/a2518bb93d6f3182877d916651ee4f1b")
check "an unsigned ShowUserV5 answers 401 with an IAM error body" answers 401 '.error_code | type == "string"'
token=$(curl -s --max-time 10 -D - -o /dev/null "$base/v3/auth/tokens" -H 'Content-Type: application/json' \
  -d '{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"emulator",
      "password":"Emulator-Root-Passw0rd","domain":{"name":"emulator"}}}}}}' \
  | tr -d '\r' | awk -F': ' 'tolower($1) == "x-subject-token" {print $2}')
body=$(curl -s --max-time 5 -w '\n%{http_code}' -H "X-Auth-Token: $token" \
  "$base/v5/users/a2518bb93d6f3182877d916651ee4f1b")
check "password login, then ShowUserV5 with the token answers the demo user alice" \
  answers 200 '.user.user_name == "alice"'
body=$(curl -s --max-time 10 -w '\n%{http_code}' "$base/v3/api-docs")
check "the OpenAPI document is served" answers 200 '.paths | length > 0'
host_ip=$(hostname -I 2>/dev/null | tr ' ' '\n' | grep -E '^[0-9.]+$' | grep -v '^127\.' | head -n 1 || true)
if [ -n "$host_ip" ]; then
  check "answers on this host's address $host_ip too, not only on loopback" \
    [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://$host_ip:$port/_emulator/health")" = 200 ]
fi
check "warns at start-up that others can reach it with the development root keys and no control token" \
  grep -q "other hosts can reach it" "$log"
check "Swagger UI is served" [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$base/swagger-ui/index.html")" = 200 ]
check "the file store is written to /data as the user" \
  [ "$(stat -c %u "$root/data/iam.mv.db" 2>/dev/null)" = "$uid" ]

kill -TERM "$pid"
stopped=""
for _ in $(seq 1 40); do
  kill -0 "$pid" 2>/dev/null || { stopped=yes; break; }
  sleep 0.5
done
wait "$pid" 2>/dev/null || true
check "stops within 20 s of SIGTERM" [ -n "$stopped" ]

# After it stopped, the health check must fail: it really asks, rather than always answering 0.
if health_check; then
  fail "the health check command exits 0 with no emulator running"
elif grep -q "not ready" "$work/health.log"; then
  pass "the health check command exits non-zero with no emulator running ($(head -n 1 "$work/health.log"))"
else
  fail "the health check command failed for another reason: $(cat "$work/health.log")"
fi

[ -z "${IMAGE_TEST_LOG:-}" ] || cp "$log" "$IMAGE_TEST_LOG"
if [ "$failed" -ne 0 ]; then
  echo "--- the emulator's log"
  tail -n 40 "$log"
fi
finish
