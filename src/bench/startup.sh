#!/usr/bin/env bash
# Start-up time (process launch to the first 200 from /actuator/health, and the CPU time used by then) and resident
# memory (idle, and the peak while bench's load generator runs ShowUserV5 as an IAM user), for one JVM configuration.
#
#   src/bench/startup.sh [JVM options...]
#
# Environment: JAVA (default: java on PATH), JAR (default: target/iam-emulator-*-exec.jar), PORT (18080),
# RUNS (start-ups to time, default 5; the median is reported), LOAD_SECONDS (15; 0 skips the load phase),
# CONNECTIONS (64), APP_ARGS (extra --name=value application arguments, e.g. --spring.profiles.active=postgres).
# Only 127.0.0.1 is used. Build first: ./mvnw -q -DskipTests install && ./mvnw -q -f src/bench/pom.xml package
set -euo pipefail
cd "$(dirname "$0")/../.."

JAVA=${JAVA:-java}
JAR=${JAR:-$(ls target/iam-emulator-*-exec.jar | head -n 1)}
PORT=${PORT:-18080}
RUNS=${RUNS:-5}
LOAD_SECONDS=${LOAD_SECONDS:-15}
CONNECTIONS=${CONNECTIONS:-64}
BENCH_JAR=src/bench/target/benchmarks.jar
LOG=$(mktemp)
pid=

cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
  rm -f "$LOG"
}
trap cleanup EXIT

rss_kib() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }
# user + sys CPU time of the process so far, in ms (fields 14 and 15 of /proc/<pid>/stat, after the command's name)
cpu_ms() { awk -v tick="$(getconf CLK_TCK)" '{sub(/.*\) /, ""); print int(($12 + $13) * 1000 / tick)}' "/proc/$1/stat"; }

start() {
  local begin
  begin=$(date +%s%N)
  # shellcheck disable=SC2086
  "$JAVA" "$@" -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 ${APP_ARGS:-} >"$LOG" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health"; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "the emulator exited:"; tail -n 30 "$LOG"; exit 1; fi
    sleep 0.005
  done
  elapsed=$(( ($(date +%s%N) - begin) / 1000000 ))
  cpu=$(cpu_ms "$pid")
}

stop() {
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
}

times=()
cpus=()
for i in $(seq 1 "$RUNS"); do
  start "$@"
  times+=("$elapsed")
  cpus+=("$cpu")
  if [ "$i" -lt "$RUNS" ]; then stop; fi
done
median_of() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
median=$(median_of "${times[@]}")
median_cpu=$(median_of "${cpus[@]}")
spring=$(grep -o 'Started IamEmulatorApplication in [0-9.]* seconds' "$LOG" | tail -n 1 || true)
echo "start-up to first 200: median ${median} ms (runs: ${times[*]} ms); CPU (user+sys) by then: median \
${median_cpu} ms (runs: ${cpus[*]} ms); load $(cut -d' ' -f1-3 /proc/loadavg); ${spring:-}"

sleep 5
echo "RSS idle (5 s after start): $(( $(rss_kib "$pid") / 1024 )) MiB"

if [ "$LOAD_SECONDS" -gt 0 ] && [ -f "$BENCH_JAR" ]; then
  peak=0
  "$JAVA" -cp "$BENCH_JAR" org.iamemulator.bench.LoadGenerator --port="$PORT" --connections="$CONNECTIONS" \
      --warmup=2 --duration="$LOAD_SECONDS" --scenarios=3 &
  load=$!
  while kill -0 "$load" 2>/dev/null; do
    now=$(rss_kib "$pid"); [ "$now" -gt "$peak" ] && peak=$now
    sleep 0.5
  done
  wait "$load"
  echo "RSS peak under load ($CONNECTIONS connections): $(( peak / 1024 )) MiB"
fi
