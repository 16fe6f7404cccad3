#!/usr/bin/env bash
# Runs every test of the repository: the proto contract lint, the .NET suites, the Node.js client.
# Ends with one line "tests: N passed, M failed" summing every runner.
set -uo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
status=0

step() { echo; echo "== $*"; }

# --fast: the developers' lane — build, then the in-process suites that need no browser, spreadsheet program,
# database server or npm (Core, Words, Contracts: the kernel, the words, the wire and the files). CI runs it all.
if [ "${1:-}" = "--fast" ]; then
  step "dotnet build (Release, warnings are errors)"
  dotnet build ScoringKernel.sln -c Release -nologo -v q || status=1
  for project in Core Words Contracts; do
    step "dotnet test tests/ScoringKernel.$project.Tests"
    dotnet test "tests/ScoringKernel.$project.Tests" -c Release --no-build -nologo 2>&1 | tee -a "$log"
    [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
  done
  passed=0; failed=0
  while read -r f p; do passed=$((passed + p)); failed=$((failed + f)); done < <(
    sed -nE 's/.*(Passed|Failed)! +- +Failed: +([0-9]+), +Passed: +([0-9]+).*/\2 \3/p' "$log")
  rm -f "$log"
  [ "$passed" -gt 0 ] || { echo "no test ran"; status=1; }
  [ "$failed" -eq 0 ] || status=1
  echo
  echo "tests (fast lane): $passed passed, $failed failed"
  exit $status
fi

if [ -f tests/node-client/package.json ]; then
  step "npm ci (tests/node-client: @bufbuild/buf, @grpc/grpc-js, @grpc/proto-loader, @redocly/cli, yaml from the lockfile)"
  (cd tests/node-client && npm ci --no-audit --no-fund --loglevel=error) || status=1
  step "buf lint protos"
  (cd protos && ../tests/node-client/node_modules/.bin/buf lint) && echo "buf lint: clean" || { echo "buf lint: FAILED"; status=1; }
  if git rev-parse -q --verify "HEAD~1:protos/buf.yaml" >/dev/null 2>&1; then
    step "buf breaking protos against the previous commit's contract"
    tests/node-client/node_modules/.bin/buf breaking protos --against '.git#ref=HEAD~1,subdir=protos' && echo "buf breaking: none" || { echo "buf breaking: FAILED"; status=1; }
  fi
  if command -v systemd-analyze >/dev/null 2>&1; then
    step "systemd-analyze verify (the service unit in specs/docs/operations.md)"
    unit_dir=$(mktemp -d); awk '/^```ini/{f=1;next}/^```/{f=0}f' specs/docs/operations.md > "$unit_dir/scoringkernel.service"
    systemd-analyze verify "$unit_dir/scoringkernel.service" && echo "systemd-analyze verify: clean" || { echo "systemd-analyze verify: FAILED"; status=1; }
    rm -rf "$unit_dir"
  fi
  step "redocly lint specs/openapi.yaml (the HTTP/JSON API's OpenAPI document; rules in specs/redocly.yaml)"
  tests/node-client/node_modules/.bin/redocly lint specs/openapi.yaml --config specs/redocly.yaml && echo "redocly lint: clean" || { echo "redocly lint: FAILED"; status=1; }
fi

# The workbench's browser test drives Debian's chromium (no browser download); CJK fonts so the screenshots read.
if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  step "apt-get install chromium fonts-noto-cjk (for the workbench's browser test)"
  if [ "$(id -u)" -eq 0 ]; then
    (apt-get install -y -q --no-install-recommends chromium fonts-noto-cjk >/dev/null 2>&1 \
      || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q --no-install-recommends chromium fonts-noto-cjk >/dev/null; }) \
      && echo "installed: $(chromium --version 2>/dev/null)" || { echo "could not install chromium"; status=1; }
  else
    echo "chromium or fonts-noto-cjk missing and not root: install them (apt-get install chromium fonts-noto-cjk)"; status=1
  fi
fi

# A workbook saved by a real spreadsheet program: the workbook test converts through LibreOffice Calc.
if ! command -v soffice >/dev/null 2>&1; then
  step "apt-get install libreoffice-calc (for the workbook round trip through a real spreadsheet program)"
  if [ "$(id -u)" -eq 0 ]; then
    (apt-get install -y -q --no-install-recommends libreoffice-calc >/dev/null 2>&1 \
      || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q --no-install-recommends libreoffice-calc >/dev/null; }) \
      && echo "installed: $(soffice --version 2>/dev/null | head -1)" || { echo "could not install libreoffice-calc"; status=1; }
  else
    echo "LibreOffice (soffice) missing and not root: install it (apt-get install libreoffice-calc)"; status=1
  fi
fi

# A workbook saved with a password by LibreOffice itself: its UNO API from Debian's python3 (python3-uno).
if ! /usr/bin/python3 -c "import uno" >/dev/null 2>&1; then
  step "apt-get install python3-uno (LibreOffice saves a workbook with a password for the workbook tests)"
  if [ "$(id -u)" -eq 0 ]; then
    (apt-get install -y -q --no-install-recommends python3-uno >/dev/null 2>&1 \
      || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q --no-install-recommends python3-uno >/dev/null; }) \
      && echo "installed: python3-uno" || { echo "could not install python3-uno"; status=1; }
  else
    echo "python3-uno missing and not root: install it (apt-get install python3-uno)"; status=1
  fi
fi

# The output tests convert the notice (.docx) with LibreOffice Writer and count and render PDF pages with poppler.
if ! dpkg -s libreoffice-writer >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1; then
  step "apt-get install libreoffice-writer poppler-utils (the notice .docx to PDF; pdfinfo, pdftoppm, pdftotext)"
  if [ "$(id -u)" -eq 0 ]; then
    (apt-get install -y -q --no-install-recommends libreoffice-writer poppler-utils >/dev/null 2>&1 \
      || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q --no-install-recommends libreoffice-writer poppler-utils >/dev/null; }) \
      && echo "installed: libreoffice-writer, $(pdftoppm -v 2>&1 | head -1)" || { echo "could not install libreoffice-writer poppler-utils"; status=1; }
  else
    echo "libreoffice-writer or poppler-utils missing and not root: install them (apt-get install libreoffice-writer poppler-utils)"; status=1
  fi
fi

# The event store's tests start their own PostgreSQL server (initdb, pg_ctl as the postgres user) on loopback.
if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  step "apt-get install postgresql (for the event store's PostgreSQL tests)"
  if [ "$(id -u)" -eq 0 ]; then
    (apt-get install -y -q --no-install-recommends postgresql >/dev/null 2>&1 \
      || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q --no-install-recommends postgresql >/dev/null; }) \
      && echo "installed: $(ls -d /usr/lib/postgresql/*/bin | tail -1)" || { echo "could not install postgresql"; status=1; }
  else
    echo "PostgreSQL (initdb) missing and not root: install it (apt-get install postgresql)"; status=1
  fi
fi

step "dotnet build (Release, warnings are errors)"
dotnet build ScoringKernel.sln -c Release -nologo -v q || status=1

step "dotnet test"
dotnet test ScoringKernel.sln -c Release --no-build -nologo 2>&1 | tee -a "$log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1

if [ -f tests/node-client/package.json ]; then
  step "node --test (a client from another stack, against the real server on loopback)"
  (cd tests/node-client && node --test) 2>&1 | tee -a "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
fi

passed=0; failed=0
while read -r f p; do passed=$((passed + p)); failed=$((failed + f)); done < <(
  sed -nE 's/.*(Passed|Failed)! +- +Failed: +([0-9]+), +Passed: +([0-9]+).*/\2 \3/p' "$log")
node_pass=$(sed -nE 's/^(ℹ|#) pass ([0-9]+)$/\2/p' "$log" | tail -1); node_fail=$(sed -nE 's/^(ℹ|#) fail ([0-9]+)$/\2/p' "$log" | tail -1)
passed=$((passed + ${node_pass:-0})); failed=$((failed + ${node_fail:-0}))
rm -f "$log"
[ "$passed" -gt 0 ] || { echo "no test ran"; status=1; }
[ "$failed" -eq 0 ] || status=1
echo
echo "tests: $passed passed, $failed failed"
exit $status
