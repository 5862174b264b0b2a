#!/usr/bin/env bash
# CI's short form of the benchmarks: checks that every piece of src/bench/ works, not how fast anything is.
# Builds src/bench/, runs every load scenario briefly on H2 and on PostgreSQL (when it answers), the JMH suite for one
# short iteration, and the start-up/memory script once. Fails when a scenario answers something unexpected.
# Loads 127.0.0.1 only; needs the server installed in the local Maven repository (./mvnw -DskipTests install).
set -euo pipefail
cd "$(dirname "$0")/../.."
start=$SECONDS
./mvnw -B -q -f src/bench/pom.xml package
JAR=$(ls target/iam-emulator-*-exec.jar | head -n 1)
GEN="java -cp src/bench/target/benchmarks.jar org.iamemulator.bench.LoadGenerator --port=18081 --connections=4"
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null || true' EXIT

serve() { # application arguments... (the seeded accounts hold more users than the default quota of 50)
  java -Xmx256m -jar "$JAR" --server.port=18081 --server.address=127.0.0.1 --emulator.quotas.users=2000000 "$@" \
      >/tmp/iam-bench-smoke.log 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null http://127.0.0.1:18081/actuator/health && return 0
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  echo "the emulator did not start:"; tail -n 30 /tmp/iam-bench-smoke.log; exit 1
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }

echo "== load scenarios, H2"
serve
$GEN --warmup=1 --duration=1
stop

if pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  echo "== load scenarios, PostgreSQL (100 seeded users)"
  psql -h 127.0.0.1 -U postgres -q test -c "DROP DATABASE IF EXISTS iam_bench_smoke" -c "CREATE DATABASE iam_bench_smoke"
  serve --spring.profiles.active=postgres --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/iam_bench_smoke
  psql -h 127.0.0.1 -U postgres -q iam_bench_smoke -v count=100 -f src/bench/seed-users.sql >/dev/null
  $GEN --warmup=1 --duration=1 --targets=100
  stop
  psql -h 127.0.0.1 -U postgres -q test -c "DROP DATABASE IF EXISTS iam_bench_smoke"
else
  echo "== load scenarios, PostgreSQL: SKIPPED (no PostgreSQL at 127.0.0.1:5432)"
fi

echo "== JMH, one short iteration each"
java -jar src/bench/target/benchmarks.jar -wi 0 -i 1 -r 200ms -f 1 -foe true | grep -E "^Benchmark|avgt|thrpt"

echo "== start-up and memory"
PORT=18081 RUNS=1 LOAD_SECONDS=1 CONNECTIONS=4 src/bench/startup.sh -Xmx256m

echo "== the fast start from the jar's jvm-options.properties (first and cached run)"
PORT=18081 RUNS=1 LOAD_SECONDS=1 CONNECTIONS=4 src/bench/fast-start.sh

echo "== reset and disposable accounts"
PORT=18081 WARMUP=5 COUNT=20 LATER=3 src/bench/reset.sh
echo "bench smoke passed in $((SECONDS - start)) s"
