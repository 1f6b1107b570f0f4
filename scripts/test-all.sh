#!/usr/bin/env bash
# `npm test`: every test. Integration (PGlite, and PostgreSQL when reachable; in CI it must be) in the background from
# the start; format → types → the production build in the background → lint → unit → end-to-end in Debian's Chromium
# against that build on a seeded PGlite, started as soon as the build is done while the integration tests finish.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n=== %s ===\n' "$1"; }

# The integration tests start first, in the background, and the production build as soon as the type check has passed
# (tsc reads .next/types, which the build writes); lint and unit tests run beside the build. The build is on the
# end-to-end tests' path and the integration tests take about as long as those: CI stays under 20 minutes on 2 cores
# only if neither waits for checks it does not need. The integration tests wait on databases more than on the CPU; the
# e2e server has its own embedded database and the e2e PostgreSQL checks make their own databases. Their output is kept
# and shown after; a failed check, build or suite fails the run.
step "Kiểm thử tích hợp (integration: PGlite + PostgreSQL) chạy nền"
build_log=$(mktemp)
integration_log=$(mktemp)
npx vitest run --project integration >"$integration_log" 2>&1 &
integration_pid=$!
build_pid=""
stop_background() { kill "$integration_pid" $build_pid 2>/dev/null || true; }
trap 'stop_background' ERR

step "Kiểm tra định dạng (Prettier)"
npx prettier --check . --log-level warn || { echo "Định dạng chưa đúng: chạy npx prettier --write ." >&2; stop_background; exit 1; }

step "Kiểm tra kiểu (tsc)"
npx tsc --noEmit

step "Biên dịch bản production (next build) chạy nền"
npx next build >"$build_log" 2>&1 &
build_pid=$!

step "Kiểm tra ranh giới tầng (ESLint)"
npx eslint app components lib --quiet

step "Kiểm thử đơn vị (unit)"
npx vitest run --project unit
trap - ERR

step "Kết quả biên dịch (next build)"
if ! wait "$build_pid"; then
  cat "$build_log"
  echo "next build thất bại." >&2
  kill "$integration_pid" 2>/dev/null || true
  exit 1
fi
tail -n 40 "$build_log"

step "Kiểm thử đầu-cuối (Playwright + Chromium), trong khi kiểm thử tích hợp chạy tiếp"
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Không tìm thấy Chromium tại ${CHROMIUM_PATH:-/usr/bin/chromium}. Cài bằng: apt-get install -y chromium" >&2
  kill "$integration_pid" 2>/dev/null || true
  exit 1
fi
e2e_status=0
e2e_log=$(mktemp)
npx playwright test 2>&1 | tee "$e2e_log" || e2e_status=$?

step "Kết quả kiểm thử tích hợp (integration: PGlite + PostgreSQL)"
integration_status=0
wait "$integration_pid" || integration_status=$?
cat "$integration_log"
if [ "$integration_status" -ne 0 ]; then
  echo "Kiểm thử tích hợp thất bại." >&2
  exit 1
fi
if [ "$e2e_status" -ne 0 ]; then
  # The integration log above pushes the e2e failures out of a CI log's tail: repeat them here, last.
  printf '\n=== Lỗi kiểm thử đầu-cuối (nhắc lại) ===\n'
  grep -v '^\[WebServer\]' "$e2e_log" | grep -A 30 -E '^ +[0-9]+\) \[chromium\]' | head -n 150 || true
  grep -v '^\[WebServer\]' "$e2e_log" | tail -n 25
  echo "Kiểm thử đầu-cuối thất bại." >&2
  exit "$e2e_status"
fi
