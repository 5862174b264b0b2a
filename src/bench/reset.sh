#!/usr/bin/env bash
# Reset and disposable-account latency (ResetTimer: POST /_emulator/reset, POST /_emulator/accounts, DELETE, and the
# reset after a write, at once and a second later), as a client sees it, and the emulator's CPU time per call, with
# the demo seed and with a generated seed of 100 users, on H2 and, when it answers, on the local PostgreSQL.
#
#   src/bench/reset.sh [JVM options...]
#
# Environment: JAVA (default: java on PATH), JAR (default: target/iam-emulator-*-exec.jar), PORT (18080),
# WARMUP (100 calls not counted), COUNT (500 calls timed), LATER (60 resets a second after a write, a second
# each). Only 127.0.0.1 is used.
# Build first: ./mvnw -q -DskipTests install && ./mvnw -q -f src/bench/pom.xml package
set -euo pipefail
cd "$(dirname "$0")/../.."

JAVA=${JAVA:-java}
JAR=${JAR:-$(ls target/iam-emulator-*-exec.jar | head -n 1)}
PORT=${PORT:-18080}
timer() { # with the emulator's pid: its CPU time per call too
  java -cp src/bench/target/benchmarks.jar org.iamemulator.bench.ResetTimer --port="$PORT" --pid="$pid" \
      --warmup="${WARMUP:-100}" --count="${COUNT:-500}" --later="${LATER:-60}"
}
SEED=src/bench/target/seed-100-users.yaml
LOG=$(mktemp)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -f "$LOG"' EXIT

serve() { # application arguments...
  if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then echo "port $PORT is taken: set PORT"; exit 1; fi
  # the 100-user seed holds more users than the default quota of 50
  "$JAVA" "${JVM_OPTIONS[@]}" -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 \
      --emulator.quotas.users=2000000 "$@" >"$LOG" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health"; do
    kill -0 "$pid" 2>/dev/null || { echo "the emulator exited:"; tail -n 30 "$LOG"; exit 1; }
    sleep 0.1
  done
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }

# 100 users with fixed ids, two tags each, a login 90 days back; every tenth with a password and an access key;
# a policy attached to the first ten, a group holding the first twenty
seed_100_users() {
  mkdir -p "$(dirname "$SEED")"
  {
    echo "users:"
    for i in $(seq 0 99); do
      printf '  - name: user-%03d\n    id: %032x\n    description: Seeded user %d\n' "$i" "$((i + 1))" "$i"
      printf '    tags:\n      - {tag_key: team, tag_value: team-%d}\n      - {tag_key: index, tag_value: "%d"}\n' \
          "$((i % 5))" "$i"
      printf '    logins:\n      - {at: -P90D, source_ip: 192.0.2.%d}\n' "$((i % 250 + 1))"
      if [ $((i % 10)) = 0 ]; then
        printf '    password: Seed-Passw0rd-%03d\n' "$i"
        printf '    access_keys:\n      - {access_key_id: SEEDUSERKEY%09d, secret_access_key: %s}\n' "$i" \
            "SeedUserSecret$(printf '%026d' "$i")"
      fi
      [ "$i" -lt 10 ] && printf '    policies: [ReadTeams]\n'
    done
    echo "policies:"
    echo "  - name: ReadTeams"
    echo '    document: {Version: "5.0", Statement: [{Effect: Allow, Action: ["iam:users:getUserV5"]}]}'
    echo "groups:"
    echo "  - name: first-twenty"
    echo "    members: [$(for i in $(seq 0 19); do printf 'user-%03d, ' "$i"; done | sed 's/, $//')]"
  } >"$SEED"
}

JVM_OPTIONS=("$@")
seed_100_users
echo "load: $(uptime)"

echo "== H2, demo seed"
serve
timer
stop

echo "== H2, 100-user seed"
serve --emulator.seed="$SEED"
timer
stop

if pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  PSQL="psql -h 127.0.0.1 -U postgres -q"
  $PSQL test -c "DROP DATABASE IF EXISTS iam_bench_reset" -c "CREATE DATABASE iam_bench_reset"
  echo "== PostgreSQL, 100-user seed"
  serve --spring.profiles.active=postgres --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/iam_bench_reset \
      --emulator.seed="$SEED"
  timer
  stop
  $PSQL test -c "DROP DATABASE IF EXISTS iam_bench_reset"
else
  echo "== PostgreSQL: SKIPPED (no PostgreSQL at 127.0.0.1:5432)"
fi
echo "load: $(uptime)"
