#!/usr/bin/env bash
# Results must not depend on TZ. The whole suite runs under Asia/Ho_Chi_Minh; the suites where
# a zone could leak in (core, readers, CLI, the Sheets zone tests and the unit tests of both hosts)
# run again under UTC and America/New_York. The browser and LibreOffice suites take most of the
# time and get their dates from core, so they run once: CI has 90 minutes on 2 cores.
set -euo pipefail
echo "== TZ=Asia/Ho_Chi_Minh (whole suite) =="
TZ=Asia/Ho_Chi_Minh npx vitest run "$@"
for tz in UTC America/New_York; do
  echo "== TZ=$tz =="
  TZ="$tz" npx vitest run core readers cli test/gas-timezone.test.ts test/samples.test.ts test/report-hand-dataset.test.ts test/rules-vendor-rows.test.ts test/check-stream.test.ts test/pane-state.test.ts test/pane-controller.test.ts "$@"
done
