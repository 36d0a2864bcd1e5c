#!/usr/bin/env bash
# npm start: installs what is missing, builds the app with the example plans of workflows/ and serves it.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
npx vite build --logLevel warn
echo "Rollout Studio: http://localhost:4173/"
exec npx vite preview --port 4173 --strictPort
