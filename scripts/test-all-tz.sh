#!/usr/bin/env bash
# Runs the whole suite under three time zones: results must not depend on TZ.
set -euo pipefail
for tz in UTC Asia/Ho_Chi_Minh America/New_York; do
  echo "== TZ=$tz =="
  TZ="$tz" npx vitest run "$@"
done
