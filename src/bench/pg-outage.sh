#!/usr/bin/env bash
# The long form of the store-outage test, with the real database: an emulator on PostgreSQL under a write-and-list
# load while the PostgreSQL cluster is stopped (fast shutdown) and started again. Prints, per second, what the
# clients were answered and the slowest answer; fails if anything other than 200, 201 or 503 IAM.0006 came back, or
# if an acknowledged user is missing afterwards. Stops the local cluster: run it on a machine of your own.
#
#   src/bench/pg-outage.sh            (DOWN_AT=10 UP_AT=25 SECONDS_TOTAL=40)
#
# Build first: ./mvnw -q -DskipTests install && ./mvnw -q -f src/bench/pom.xml package
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=$(ls target/iam-emulator-*-exec.jar | head -n 1)
VERSION=$(ls /etc/postgresql | sort -V | tail -n 1)
DOWN_AT=${DOWN_AT:-10}
UP_AT=${UP_AT:-25}
SECONDS_TOTAL=${SECONDS_TOTAL:-40}
pid=
cleanup() {
  pg_ctlcluster --skip-systemctl-redirect "$VERSION" main start 2>/dev/null || true
  [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
}
trap cleanup EXIT

psql -h 127.0.0.1 -U postgres -q test -c "DROP DATABASE IF EXISTS iam_outage" -c "CREATE DATABASE iam_outage"
# the probe's writers create more users than the default quota of 50
java -jar "$JAR" --server.port=18082 --server.address=127.0.0.1 --spring.profiles.active=postgres \
    --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/iam_outage --emulator.quotas.users=2000000 \
    >/tmp/iam-outage.log 2>&1 &
pid=$!
until curl -sf -o /dev/null http://127.0.0.1:18082/actuator/health; do sleep 0.2; done

java -cp src/bench/target/benchmarks.jar org.iamemulator.bench.OutageProbe --port=18082 --seconds="$SECONDS_TOTAL" &
probe=$!
sleep "$DOWN_AT"
echo "t=${DOWN_AT} s: stopping PostgreSQL $VERSION"
pg_ctlcluster --skip-systemctl-redirect "$VERSION" main stop -m fast
sleep $((UP_AT - DOWN_AT))
echo "t=${UP_AT} s: starting PostgreSQL $VERSION"
pg_ctlcluster --skip-systemctl-redirect "$VERSION" main start
wait "$probe"
echo "emulator log: $(grep -c ' WARN ' /tmp/iam-outage.log) warnings, $(grep -c ' ERROR ' /tmp/iam-outage.log) errors"
