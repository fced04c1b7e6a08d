#!/usr/bin/env bash
# Sets up and runs the app on the local site from a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] && npm ls --depth=0 >/dev/null 2>&1 || npm ci --no-audit --no-fund
npm run build
exec npm start
