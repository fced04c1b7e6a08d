#!/usr/bin/env bash
# The whole test suite from a fresh machine: install from the lockfile, build the pages,
# then typecheck, lint and run every test. `.ci/run` calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v chromium >/dev/null || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium)
npm ci --no-audit --no-fund
npm run build
npm run typecheck
npm run lint
npx jest --ci
