#!/usr/bin/env bash
# npm test: every test — unit, component and end-to-end (real Chromium) — then one summary line
# "N passed, N failed" computed from the runners' JSON reports (also written to reports/summary.txt).
set -uo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
bash scripts/ensure-chromium.sh || exit 1
rm -rf reports && mkdir -p reports

npx vitest run --reporter=default --reporter=json --outputFile=reports/unit.json
unit=$?
npx vite build --logLevel warn || { echo "Xây dựng bản chạy thất bại: không chạy được kiểm thử đầu-cuối." >&2; exit 1; }
npx playwright test
e2e=$?

node scripts/test-summary.mjs reports/unit.json reports/e2e.json | tee reports/summary.txt
summary=${PIPESTATUS[0]}
[ "$unit" = 0 ] && [ "$e2e" = 0 ] && [ "$summary" = 0 ]
