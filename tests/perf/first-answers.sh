#!/bin/bash
# Process start → listening → warmed up → first Assess, then five warm ones, over HTTP/JSON on loopback; then `scoring
# assess` on the example, wall time, three runs. A server that warms its first answers up at start-up logs "warmed up";
# for one that does not (an older build), set WARM_UP=0 and the first Assess follows listening.
# Usage: bash tests/perf/first-answers.sh SERVER_COMMAND... -- CLI_COMMAND...
# e.g. bash tests/perf/first-answers.sh dotnet src/ScoringKernel.Server/bin/Release/net10.0/ScoringKernel.Server.dll -- dotnet src/ScoringKernel.Cli/bin/Release/net10.0/scoring.dll
set -u
cd "$(dirname "$0")/../.."
server=(); while [ $# -gt 0 ] && [ "$1" != "--" ]; do server+=("$1"); shift; done; shift; cli=("$@")
example=specs/examples/illustrative-2015.json
log=$(mktemp); data=$(mktemp -d)
ms() { echo $(( $(date +%s%N) / 1000000 )); }
t0=$(ms)
"${server[@]}" --urls http://127.0.0.1:0 --json-url http://127.0.0.1:0 --metrics-url none --store "sqlite:$data/rounds.db" > "$log" 2>&1 &
pid=$!
until grep -q "addresses:" "$log"; do sleep 0.01; done
t1=$(ms)
if [ "${WARM_UP:-1}" = 1 ]; then until grep -q "warmed up\|warm-up did not finish" "$log"; do sleep 0.01; done; fi
tw=$(ms)
warmed=$(grep -o 'warmed up[^(]*([0-9]* ms)' "$log" || echo "no warm-up")
json=$(grep "addresses:" "$log" | sed 's/.*, //')
assess() { curl -s -o /dev/null -w '%{time_total}' -X POST "$json/v1/assess" -H 'content-type: application/json' --data-binary @$example; }
first=$(assess); t2=$(ms)
warm=(); for _ in 1 2 3 4 5; do warm+=("$(assess)"); done
kill $pid; wait $pid 2>/dev/null; rm -rf "$data" "$log"
echo "server: start → listening $((t1 - t0)) ms; → ready $((tw - t0)) ms ($warmed); first Assess $(awk "BEGIN{print $first*1000}") ms (start → answered $((t2 - t0)) ms); warm Assess: $(for w in "${warm[@]}"; do awk "BEGIN{printf \"%d \", $w*1000}"; done)ms"
for _ in 1 2 3; do s=$(ms); "${cli[@]}" assess $example > /dev/null; echo "scoring assess: $(( $(ms) - s )) ms wall"; done
