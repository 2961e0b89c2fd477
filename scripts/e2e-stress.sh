#!/usr/bin/env bash
# `npm run test:e2e:stress [runs]`: the e2e suite N times in a row (default 3) while two CPU-hungry processes
# run beside it (stress-ng --cpu 2), to prove the tests wait on conditions, not on luck. Stops at the first
# failing run. Needs stress-ng (apt-get install stress-ng). Too slow for every CI run (about 15 minutes a run
# on 2 cores), so CI does not run it.
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
command -v stress-ng >/dev/null || { echo "stress-ng is missing: apt-get install -y stress-ng"; exit 1; }
npx rollup -c >/dev/null || exit 1
stress-ng --cpu 2 --timeout 4h >/dev/null 2>&1 &
stress=$!
trap 'kill "$stress" 2>/dev/null' EXIT
for i in $(seq 1 "$runs"); do
  echo "=== e2e run $i of $runs beside stress-ng --cpu 2"
  if ! npx vitest run -c vitest.e2e.config.ts; then
    echo "run $i failed"
    exit 1
  fi
done
echo "$runs runs green beside stress-ng --cpu 2"
