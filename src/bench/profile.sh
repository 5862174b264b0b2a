#!/usr/bin/env bash
# Where start-up time and resident memory go, for one JVM configuration: the start-up phases from the emulator's
# own log timestamps, the JVM's native memory tracking (idle and after load), and GC pauses under load.
#
#   src/bench/profile.sh [JVM options...]
#
# Environment: JAVA (default: java on PATH), JAR, PORT (18080), LOAD_SECONDS (10), CONNECTIONS (64).
# Only 127.0.0.1 is used. Build first: ./mvnw -q -DskipTests install && ./mvnw -q -f src/bench/pom.xml package
set -euo pipefail
cd "$(dirname "$0")/../.."

JAVA=${JAVA:-java}
JAR=${JAR:-$(ls target/iam-emulator-*-exec.jar | head -n 1)}
PORT=${PORT:-18080}
LOAD_SECONDS=${LOAD_SECONDS:-10}
CONNECTIONS=${CONNECTIONS:-64}
JCMD=$(dirname "$(readlink -f "$(command -v "$JAVA")")")/jcmd
WORK=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$WORK"' EXIT

begin=$(date +%s%N)
"$JAVA" -XX:NativeMemoryTracking=summary -Xlog:gc:file="$WORK/gc.log" "$@" -jar "$JAR" --server.port="$PORT" \
    --server.address=127.0.0.1 >"$WORK/app.log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health"; do sleep 0.005; done
first200=$(( ($(date +%s%N) - begin) / 1000000 ))

ms() { date -d "$1" +%s%3N; }
at() { # the log timestamp of the first line matching the pattern, in ms since the launch
  local line
  line=$(grep -m1 -E "$1" "$WORK/app.log" | cut -c1-23 || true)
  [ -n "$line" ] && echo $(( $(ms "$line") - begin / 1000000 )) || echo "?"
}
echo "== start-up phases (ms since launch; first 200 at ${first200} ms)"
printf '%-58s %6s\n' "JVM up, Spring Boot starting (class loading, logging)" "$(at 'Starting IamEmulatorApplication')"
printf '%-58s %6s\n' "bean definitions read (component scan, auto-configuration)" "$(at 'Bootstrapping Spring Data JPA')"
printf '%-58s %6s\n' "Tomcat initialized" "$(at 'Tomcat initialized')"
printf '%-58s %6s\n' "database pool started" "$(at 'HikariPool-1 - Start completed')"
printf '%-58s %6s\n' "Flyway migrations applied" "$(at 'Successfully applied|Schema .* is up to date')"
printf '%-58s %6s\n' "Hibernate started" "$(at 'Initialized JPA EntityManagerFactory')"
printf '%-58s %6s\n' "port open, context started" "$(at 'Tomcat started on port')"
printf '%-58s %6s\n' "Spring Boot's own figure" "$(grep -o 'Started IamEmulatorApplication in [0-9.]* seconds.*' "$WORK/app.log" | head -n 1)"
echo "classes loaded: $("$JCMD" "$pid" PerfCounter.print | awk -F= '/java.cls.loadedClasses/ {print $2}')"

sleep 5
nmt() {
  echo "RSS $(( $(awk '/^VmRSS/ {print $2}' "/proc/$pid/status") / 1024 )) MiB; NMT committed by category (MiB):"
  "$JCMD" "$pid" VM.native_memory summary scale=MB | grep -E '^-? *[A-Z][A-Za-z ]+ \(reserved=' \
      | sed -E 's/^-? *([A-Za-z ]+) \(reserved=[0-9]+MB, committed=([0-9]+)MB.*/  \1: \2/' | awk 'NF' | paste -sd' '
}
echo "== memory, idle"
nmt

if [ "$LOAD_SECONDS" -gt 0 ] && [ -f src/bench/target/benchmarks.jar ]; then
  : >"$WORK/gc.before"
  pauses_before=$(grep -c 'Pause' "$WORK/gc.log" || true)
  "$JAVA" -cp src/bench/target/benchmarks.jar org.iamemulator.bench.LoadGenerator --port="$PORT" \
      --connections="$CONNECTIONS" --warmup=2 --duration="$LOAD_SECONDS" --scenarios=3
  echo "== memory, after ${LOAD_SECONDS} s of load"
  nmt
  echo "== GC under load"
  tail -n +"$((pauses_before + 1))" "$WORK/gc.log" | grep 'Pause' | awk '{ms=$NF; sub(/ms/,"",ms); n++; t+=ms; if (ms>m) m=ms}
      END {printf "  %d pauses, %.0f ms in total, longest %.1f ms\n", n, t, m}'
fi
