#!/usr/bin/env bash
# The fast start as a launcher applies it from the jar's META-INF/iam-emulator/jvm-options.properties: the extracted
# jar, the recommended options and environment, the class-data archive of this jar and JDK. Start-up to the first 200
# on the first run (no archive yet: it is written when that run exits) and on cached runs, RSS idle and under load
# (both by src/bench/startup.sh).
#
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java src/bench/fast-start.sh
#
# Environment: JAVA, JAR, PORT as for startup.sh; RUNS (cached start-ups to time, default 3), LOAD_SECONDS (10).
set -euo pipefail
cd "$(dirname "$0")/../.."

JAVA=${JAVA:-java}
JAR=${JAR:-$(ls target/iam-emulator-*-exec.jar | head -n 1)}
WORK=src/bench/target/fast-start

# the properties file's value of key $1, continuation lines joined
value() {
  unzip -p "$JAR" META-INF/iam-emulator/jvm-options.properties | sed -e ':a' -e '/\\$/N; s/\\\n *//; ta' \
      | awk -v key="$1" 'index($0, key "=") == 1 {print substr($0, length(key) + 2)}'
}
setting() { "$JAVA" -XshowSettings:properties -version 2>&1 | awk -F' = ' -v name="$1" '$1 ~ "^ *" name "$" {print $2}'; }

hash=$(sha256sum "$JAR" | cut -c1-16)
app="$WORK/app-$hash"
[ -d "$app" ] || "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$app" >/dev/null
feature=$(setting java.specification.version)
n=17
for candidate in 19 25; do [ "$feature" -ge "$candidate" ] && n=$candidate; done
version=$(basename "$JAR" | sed 's/^iam-emulator-//; s/-exec\.jar$//')
archive="$PWD/$WORK/cache/iam-emulator-$version-$hash-$(setting java.vm.version)"
mkdir -p "$WORK/cache"
rm -f "$archive".*

for pair in $(value environment); do export "${pair?}"; done
read -ra options <<<"$(value options)"
read -ra create <<<"$(value "archive.create.$n" | sed "s|{archive}|$archive|g")"
read -ra use <<<"$(value "archive.use.$n" | sed "s|{archive}|$archive|g")"
export JAVA JAR="$app/$(basename "$JAR")"
echo "JDK $(setting java.vm.version); load: $(uptime)"
echo "options: ${options[*]}; environment: $(value environment)"
echo "== first run: ${create[*]}"
RUNS=1 LOAD_SECONDS=0 src/bench/startup.sh "${options[@]}" "${create[@]}"
ls -l "$archive".* | awk '{print "archive written: " $5 / 1048576 " MiB"}'
echo "== cached runs: ${use[*]}"
RUNS=${RUNS:-3} LOAD_SECONDS=${LOAD_SECONDS:-10} src/bench/startup.sh "${options[@]}" "${use[@]}"
echo "load: $(uptime)"
