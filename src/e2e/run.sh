#!/usr/bin/env bash
# Browser test of Swagger UI: starts the built emulator, drives headless Chromium with Playwright, stops it.
# Installs Chromium (Debian package) and playwright-core (npm) when they are missing.
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x /usr/bin/chromium ]; then
  (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) \
    || { echo "SKIPPED browser test: Chromium could not be installed"; exit 0; }
fi
npm ci --no-audit --no-fund --silent

port=18765
jar=$(ls ../../target/iam-emulator-*-exec.jar | head -n 1)
java -jar "$jar" --server.port=$port --server.address=127.0.0.1 > target-emulator.log 2>&1 &
emulator=$!
trap 'kill $emulator 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/_emulator/health" >/dev/null && break
  sleep 1
done

EMULATOR_URL="http://127.0.0.1:$port" SCREENSHOT="${SCREENSHOT:-target-swagger-ui.png}" node --test
