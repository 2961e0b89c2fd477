#!/usr/bin/env bash
# `npm test`: build, then every runner (unit, component, e2e). Ends with one line alone,
# "N passed, N failed", adding up every runner; exits non-zero on any failure.
# - A runner with no test files yet counts 0. A runner that crashes (non-zero exit without counted
#   failures, or no report) counts as 1 failure.
# - Skipped/todo tests count as failures: the project allows no skipped tests.
# - The build counts as one check. KEKS_SKIP_BUILD=1 reuses an existing dist/.
set -uo pipefail
cd "$(dirname "$0")/.."

# The component, end-to-end and example tests drive a real Chromium. Say so at once, with the fix,
# instead of failing minutes later in the first browser test.
chrome=${CHROME_PATH:-/usr/bin/chromium}
if [ ! -x "$chrome" ]; then
  echo "!! npm test needs Chromium at $chrome, which is missing." >&2
  echo "   Install it: sudo apt-get install chromium   (Debian/Ubuntu; other systems: install Chrome or Chromium)" >&2
  echo "   or point to one you have: CHROME_PATH=/path/to/chrome npm test" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

out=test-results
mkdir -p "$out"
passed=0
failed=0
notes=()

stage_start=$SECONDS
add() { # name passed failed  (time since the previous stage ended)
  passed=$((passed + $2))
  failed=$((failed + $3))
  notes+=("$1: $2 passed, $3 failed ($((SECONDS - stage_start))s)")
  stage_start=$SECONDS
}

has_files() { # dir pattern
  [ -d "$1" ] && [ -n "$(find "$1" -type f -name "$2" -print -quit)" ]
}

# 1. Build
if [ "${KEKS_SKIP_BUILD:-}" = 1 ]; then
  echo "== build: skipped (KEKS_SKIP_BUILD=1)"
  stage_start=$SECONDS
else
  echo "== build (rollup -c)"
  if npx rollup -c; then add build 1 0; else add build 0 1; fi
fi

# vitest runner: name, config args..., report file
run_vitest() {
  local name=$1 report=$2
  shift 2
  rm -f "$report"
  npx vitest run "$@" --passWithNoTests --reporter=default --reporter=json --outputFile.json="$report"
  local code=$?
  if [ ! -s "$report" ]; then
    add "$name" 0 1
    notes[-1]+=" - runner crashed, exit $code, no report"
    return
  fi
  local p f s
  read -r p f s < <(node scripts/vitest-counts.mjs "$report")
  if [ "$s" -gt 0 ]; then f=$((f + s)); echo "!! $name: $s skipped/todo test(s) count as failures"; fi
  if [ "$code" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  add "$name" "$p" "$f"
}

# 2. Unit tests (vitest + happy-dom)
echo "== unit (vitest)"
run_vitest unit "$out/unit.json"

# 2b. Node tests (vitest in node: the consent-records receiver on PGlite and PostgreSQL)
echo "== node (vitest -c vitest.node.config.ts)"
run_vitest node "$out/node.json" -c vitest.node.config.ts

# 3. Component tests (web-test-runner in Chromium)
echo "== component (web-test-runner)"
if has_files test/browser '*.test.ts'; then
  rm -f "$out/wtr.json"
  KEKS_WTR_COUNTS="$out/wtr.json" npx web-test-runner --config scripts/web-test-runner.ci.config.mjs --static-logging
  code=$?
  if [ -s "$out/wtr.json" ]; then
    read -r p f s < <(node -e 'const r=require(process.argv[1]);console.log(r.passed,r.failed,r.skipped)' "$PWD/$out/wtr.json")
    if [ "$s" -gt 0 ]; then f=$((f + s)); echo "!! component: $s skipped test(s) count as failures"; fi
    if [ "$code" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
    add component "$p" "$f"
  else
    add component 0 1
    notes[-1]+=" - runner crashed, exit $code, no report"
  fi
else
  echo "no component test files yet"
  add component 0 0
fi

# 4. End-to-end tests (vitest in node + playwright-core)
echo "== e2e (vitest -c vitest.e2e.config.ts)"
run_vitest e2e "$out/e2e.json" -c vitest.e2e.config.ts

echo
for n in "${notes[@]}"; do echo "  $n"; done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
