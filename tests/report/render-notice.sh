#!/usr/bin/env bash
# Renders the assessment notice of the example figures to PNG with headless Chromium, for a look.
# Needs Debian's chromium (apt-get install chromium fonts-noto-cjk); not part of the test command.
# Usage: bash tests/report/render-notice.sh [FIGURES.json] [OUT.png]
set -euo pipefail
cd "$(dirname "$0")/../.."
figures=${1:-specs/examples/illustrative-2015.json}
png=${2:-out/notice.png}
mkdir -p "$(dirname "$png")"
html="$(dirname "$png")/notice.html"
dotnet run --project src/ScoringKernel.Cli -c Release -- report "$figures" --out "$html"
profile=$(mktemp -d)
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars \
  --window-size=1100,2400 --screenshot="$(realpath "$png")" "file://$(realpath "$html")"
rm -rf "$profile"
echo "wrote $png"
