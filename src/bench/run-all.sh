#!/usr/bin/env bash
# Every figure of docs/benchmarks.md, in one go (about 15 minutes). Loads 127.0.0.1 only.
# Needs: the local PostgreSQL (trust auth), databases iam_bench_1k and iam_bench_1m are (re)created here.
# Build first: ./mvnw -q -DskipTests install && ./mvnw -q -f src/bench/pom.xml package
#
#   src/bench/run-all.sh dialects     only the cost of one read per dialect ("Dialect cost", about 4 minutes);
#                                     JAR=<another build's exec jar> to measure that one, PROFILE=1 adds a CPU
#                                     profile of each of the three reads; PORT (18080) to serve on another port
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=${JAR:-$(ls target/iam-emulator-*-exec.jar | head -n 1)}
PORT=${PORT:-18080}
GEN="java -cp src/bench/target/benchmarks.jar org.iamemulator.bench.LoadGenerator --port=$PORT --connections=64"
JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
PSQL="psql -h 127.0.0.1 -U postgres -q"
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null || true' EXIT

serve() { # env... -- runs the emulator on $PORT until stop (the seeded accounts hold more users than the quota of 50)
  env "$@" java -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 --emulator.quotas.users=2000000 \
      >/tmp/iam-bench-app.log 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health"; do
    kill -0 "$pid" 2>/dev/null || { echo "the emulator exited:"; tail -n 20 /tmp/iam-bench-app.log; exit 1; }
    sleep 0.2
  done
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }
fresh_db() { $PSQL test -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1"; }

# The same user read as root through each dialect: Huawei ShowUserV5, CTyun GetUser, Alibaba GetLoginProfile, at
# 8 connections, the three in turn for ROUNDS rounds so that other load on the machine hits all three alike; the
# ratios (Huawei's rate / the dialect's) are the relative CPU cost per request. PROFILE=1 then records each of the
# three alone with JFR and prints, per scenario, the frames found most often on the stack (inclusive).
dialect_cost() {
  serve JAVA_TOOL_OPTIONS="-XX:FlightRecorderOptions:stackdepth=256"
  local gen="java -cp src/bench/target/benchmarks.jar org.iamemulator.bench.LoadGenerator --port=$PORT --connections=8"
  $gen --warmup=10 --duration=5 --scenarios=2,7,8 >/dev/null     # JIT warm-up pass, discarded
  $gen --warmup=2 --duration=10 --scenarios=2,7,8 --rounds="${ROUNDS:-3}"
  if [ "${PROFILE:-0}" = 1 ]; then
    for scenario in 2 7 8; do
      jcmd "$pid" JFR.start name=s$scenario settings=profile >/dev/null
      $gen --warmup=0 --duration=15 --scenarios=$scenario | tail -n 1
      jcmd "$pid" JFR.stop name=s$scenario filename=/tmp/iam-bench-s$scenario.jfr >/dev/null
      jfr print --stack-depth 256 --events jdk.ExecutionSample /tmp/iam-bench-s$scenario.jfr \
          | awk '/jdk.ExecutionSample/ {n++; delete seen} /line:/ {sub(/^ +/, ""); sub(/ +line:.*/, "");
                if (!seen[$0]++) count[$0]++}
              END {for (f in count) printf "%6.1f%% %s\n", 100 * count[f] / n, f; print n " samples" > "/dev/stderr"}' \
          | sort -rn | grep -E 'org\.iamemulator|hibernate|jackson|Transaction|logback|URLDecoder|URLEncoder|Mac\.|MessageDigest|DateTimeFormatter|regex' \
          | head -n 30 || true
    done
  fi
  stop
}

if [ "${1:-}" = dialects ]; then
  echo "== dialect cost ($JAR)"
  dialect_cost
  exit 0
fi

echo "== H2 (in memory)"
serve EMULATOR_DEMO_DATA=true
$GEN --warmup=10 --duration=5 >/dev/null          # JIT warm-up pass, discarded
$GEN --warmup=5 --duration=15
stop

echo "== dialect cost (H2)"
dialect_cost

echo "== PostgreSQL, 1,000 users (targets: a random one of them)"
fresh_db iam_bench_1k
serve SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/iam_bench_1k
$PSQL iam_bench_1k -v count=1000 -f src/bench/seed-users.sql >/dev/null
$GEN --warmup=10 --duration=5 --targets=1000 >/dev/null
$GEN --warmup=5 --duration=15 --targets=1000
stop

echo "== PostgreSQL, 1,000,000 users"
if [ "${RESEED:-1}" = 1 ]; then
  fresh_db iam_bench_1m
  serve SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/iam_bench_1m
  $PSQL iam_bench_1m -v count=1000000 -f src/bench/seed-users.sql >/dev/null
  stop
fi
serve SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/iam_bench_1m
$GEN --warmup=10 --duration=5 --targets=1000 >/dev/null
echo "-- targets: a random one of the first 1,000"
$GEN --warmup=5 --duration=15 --targets=1000
echo "-- targets: a random one of all 1,000,000 (the working set exceeds the caches)"
$GEN --warmup=5 --duration=15 --targets=1000000 --scenarios=2,3,4,6
stop

echo "== JMH"
java -jar src/bench/target/benchmarks.jar -wi 2 -w 1s -i 3 -r 2s -f 1

echo "== start-up and memory, step by step"
# The jar (with Spring AOT's generated code, used only with -Dspring.aot.enabled=true), extracted for class-data
# sharing; the training runs stop once the context is refreshed (spring.context.exit=onRefresh) and write what the
# JVM loaded and linked.
rm -rf src/bench/target/extracted
java -Djarmode=tools -jar "$JAR" extract --destination src/bench/target/extracted >/dev/null
EXTRACTED=$(ls src/bench/target/extracted/*.jar | head -n 1)
SMALL="-Xss512k -XX:+UseSerialGC -XX:ReservedCodeCacheSize=48m -XX:TieredStopAtLevel=1"
java -XX:ArchiveClassesAtExit=src/bench/target/jdk17-plain.jsa -Dspring.context.exit=onRefresh \
    -jar "$EXTRACTED" --server.port=0 >/dev/null 2>&1 || true
java -XX:ArchiveClassesAtExit=src/bench/target/jdk17.jsa -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh \
    -jar "$EXTRACTED" --server.port=0 >/dev/null 2>&1 || true
step() { echo "-- $1"; shift; "$@"; }
step "1 JDK 17, executable jar, JVM defaults" env RUNS=3 LOAD_SECONDS=10 src/bench/startup.sh
step "2 + extracted jar" env JAR="$EXTRACTED" RUNS=3 LOAD_SECONDS=0 src/bench/startup.sh
step "3 + class-data sharing archive (AppCDS, from a training run)" env JAR="$EXTRACTED" RUNS=3 LOAD_SECONDS=0 \
    src/bench/startup.sh -XX:SharedArchiveFile=src/bench/target/jdk17-plain.jsa
step "4 + Spring AOT" env JAR="$EXTRACTED" RUNS=3 LOAD_SECONDS=0 \
    src/bench/startup.sh -XX:SharedArchiveFile=src/bench/target/jdk17.jsa -Dspring.aot.enabled=true
step "5 + C1 only, Serial GC, small stacks and code cache" env JAR="$EXTRACTED" RUNS=3 LOAD_SECONDS=10 \
    src/bench/startup.sh -XX:SharedArchiveFile=src/bench/target/jdk17.jsa -Dspring.aot.enabled=true $SMALL
step "6 same as 5, heap capped at 96 MiB and 2 malloc arenas" env MALLOC_ARENA_MAX=2 JAR="$EXTRACTED" RUNS=3 \
    LOAD_SECONDS=10 src/bench/startup.sh -XX:SharedArchiveFile=src/bench/target/jdk17.jsa -Dspring.aot.enabled=true $SMALL \
    -Xmx96m
step "lazy initialization on top of 5" env JAR="$EXTRACTED" RUNS=3 LOAD_SECONDS=0 src/bench/startup.sh \
    -XX:SharedArchiveFile=src/bench/target/jdk17.jsa -Dspring.aot.enabled=true $SMALL -Dspring.main.lazy-initialization=true
if [ -x "$JDK25" ]; then
  "$JDK25" -XX:AOTCacheOutput=src/bench/target/jdk25.aot -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh \
      -jar "$EXTRACTED" --server.port=0 >/dev/null 2>&1 || true
  step "7 JDK 25, executable jar, JVM defaults" env JAVA="$JDK25" RUNS=3 LOAD_SECONDS=0 src/bench/startup.sh
  step "8 JDK 25, extracted jar, AOT cache (JEP 483/514/515), Spring AOT, as 5" env JAVA="$JDK25" JAR="$EXTRACTED" \
      RUNS=3 LOAD_SECONDS=10 src/bench/startup.sh -XX:AOTCache=src/bench/target/jdk25.aot -Dspring.aot.enabled=true $SMALL
  step "9 same as 8, heap capped at 96 MiB and 2 malloc arenas" env MALLOC_ARENA_MAX=2 JAVA="$JDK25" \
      JAR="$EXTRACTED" RUNS=3 LOAD_SECONDS=10 src/bench/startup.sh -XX:AOTCache=src/bench/target/jdk25.aot \
      -Dspring.aot.enabled=true $SMALL -Xmx96m
fi

echo "== where the time and memory go (JDK 17 defaults, then 6)"
LOAD_SECONDS=10 src/bench/profile.sh
MALLOC_ARENA_MAX=2 JAR="$EXTRACTED" LOAD_SECONDS=10 src/bench/profile.sh -XX:SharedArchiveFile=src/bench/target/jdk17.jsa \
    -Dspring.aot.enabled=true $SMALL -Xmx96m

echo "== reset and disposable accounts (demo seed, 100-user seed; H2, PostgreSQL)"
src/bench/reset.sh

echo "== the fast start as launchers apply it (META-INF/iam-emulator/jvm-options.properties): JDK 17, then 25"
src/bench/fast-start.sh
if [ -x "$JDK25" ]; then JAVA="$JDK25" src/bench/fast-start.sh; fi
