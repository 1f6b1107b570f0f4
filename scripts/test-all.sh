#!/usr/bin/env bash
# `npm test`: every test. Types → unit → integration (PGlite, and PostgreSQL when reachable; in CI it must
# be) → production build → end-to-end in Debian's Chromium against that build on a seeded PGlite.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n=== %s ===\n' "$1"; }

step "Kiểm tra định dạng (Prettier)"
npx prettier --check . --log-level warn || { echo "Định dạng chưa đúng: chạy npx prettier --write ." >&2; exit 1; }

step "Kiểm tra kiểu (tsc)"
npx tsc --noEmit

step "Kiểm tra ranh giới tầng (ESLint)"
npx eslint app components lib --quiet

step "Kiểm thử đơn vị (unit)"
npx vitest run --project unit

# The production build runs beside the integration tests (they wait on databases more than on the CPU): CI stays
# under 20 minutes on 2 cores. Its output is kept and shown after; a failed build fails the run.
step "Biên dịch bản production (next build, chạy song song với kiểm thử tích hợp)"
build_log=$(mktemp)
npx next build >"$build_log" 2>&1 &
build_pid=$!

step "Kiểm thử tích hợp (integration: PGlite + PostgreSQL)"
if ! npx vitest run --project integration; then
  kill "$build_pid" 2>/dev/null || true
  exit 1
fi

step "Kết quả biên dịch (next build)"
if ! wait "$build_pid"; then
  cat "$build_log"
  echo "next build thất bại." >&2
  exit 1
fi
tail -n 40 "$build_log"

step "Kiểm thử đầu-cuối (Playwright + Chromium)"
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Không tìm thấy Chromium tại ${CHROMIUM_PATH:-/usr/bin/chromium}. Cài bằng: apt-get install -y chromium" >&2
  exit 1
fi
npx playwright test
