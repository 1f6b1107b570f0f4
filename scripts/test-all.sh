#!/usr/bin/env bash
# `npm test`: every test. Types → unit → integration (PGlite, and PostgreSQL when reachable; in CI it must
# be) → production build → end-to-end in Debian's Chromium against that build on a seeded PGlite.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n=== %s ===\n' "$1"; }

step "Kiểm tra kiểu (tsc)"
npx tsc --noEmit

step "Kiểm tra ranh giới tầng (ESLint)"
npx eslint app components lib --quiet

step "Kiểm thử đơn vị (unit)"
npx vitest run --project unit

step "Kiểm thử tích hợp (integration: PGlite + PostgreSQL)"
npx vitest run --project integration

step "Biên dịch bản production (next build)"
npx next build

step "Kiểm thử đầu-cuối (Playwright + Chromium)"
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Không tìm thấy Chromium tại ${CHROMIUM_PATH:-/usr/bin/chromium}. Cài bằng: apt-get install -y chromium" >&2
  exit 1
fi
npx playwright test
