#!/bin/bash
# Starts the built server (Release) on free loopback ports with a throw-away store, measures the workbench's first load
# (tests/perf/page-load.js), stops the server. Usage: bash tests/perf/page-load.sh [SERVER_DLL]
set -eu
cd "$(dirname "$0")/../.."
dll=${1:-src/ScoringKernel.Server/bin/Release/net10.0/ScoringKernel.Server.dll}
log=$(mktemp); data=$(mktemp -d)
dotnet "$dll" --urls http://127.0.0.1:0 --json-url http://127.0.0.1:0 --metrics-url none --store "sqlite:$data/rounds.db" > "$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$data" "$log"' EXIT
for _ in $(seq 1 600); do grep -q "addresses:" "$log" && break; sleep 0.1; done
# A server that warms its first answers up at start-up is measured once it says so (WARM_UP=0 for an older build).
if [ "${WARM_UP:-1}" = 1 ]; then for _ in $(seq 1 600); do grep -q "warmed up\|warm-up did not finish" "$log" && break; sleep 0.1; done; fi
json=$(grep "addresses:" "$log" | sed 's/.*, //')
node --experimental-websocket --no-warnings tests/perf/page-load.js "$json/?demo"
