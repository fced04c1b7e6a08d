#!/usr/bin/env bash
# The whole test suite from a fresh machine: install from the lockfile, build the pages,
# then typecheck, lint and run every test. `.ci/run` calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci --no-audit --no-fund
npm run build
npm run typecheck
npm run lint
npx jest --ci
