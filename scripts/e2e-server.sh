#!/usr/bin/env bash
# Serves the production build on a fresh embedded database for the end-to-end tests.
# Migrate and seed finish before the server opens the folder: PGlite allows one process per folder.
set -euo pipefail
port="${1:?port}"
export PGLITE_DIR="./data/e2e-$port"
rm -rf "$PGLITE_DIR"
npm run --silent db:setup
# Through the same launcher as `npm start`: loopback only, so the development sign-in is offered.
PORT="$port" exec node_modules/.bin/tsx scripts/serve.ts start
