#!/usr/bin/env bash
# Serves the production build on a fresh embedded database for the end-to-end tests.
# Migrate and seed finish before the server opens the folder: PGlite allows one process per folder.
set -euo pipefail
port="${1:?port}"
export PGLITE_DIR="./data/e2e"
rm -rf "$PGLITE_DIR"
npm run --silent db:setup
exec node_modules/.bin/next start -p "$port"
