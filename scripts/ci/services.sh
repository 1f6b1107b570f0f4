#!/usr/bin/env bash
# Starts the services the storage, scan and replica tests use, on loopback only. Idempotent: a service that
# already answers is left alone, so .ci/run may call this on every run (a second call takes < 1 s).
#   s3rver (S3-compatible store)        127.0.0.1:${S3_PORT:-4569}, bucket kc-test, keys S3RVER/S3RVER
#   clamd with our own signature db     127.0.0.1:${CLAMD_PORT:-3310} (EICAR only; no signature download)
#   PostgreSQL streaming replica        127.0.0.1:${REPLICA_PORT:-5433} of the primary at 127.0.0.1:5432
# Needs: Debian packages clamav-daemon and postgresql-15 (or any version; the newest bin dir is used); root,
# or the postgres user for the replica part. State lives in ${KC_SERVICES_DIR:-/var/tmp/kc-services}.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
STATE=${KC_SERVICES_DIR:-/var/tmp/kc-services}
S3_PORT=${S3_PORT:-4569}
CLAMD_PORT=${CLAMD_PORT:-3310}
PRIMARY_PORT=${PRIMARY_PORT:-5432}
REPLICA_PORT=${REPLICA_PORT:-5433}
mkdir -p "$STATE"

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_for() { for _ in $(seq 1 "$2"); do listening "$1" && return 0; sleep 0.5; done; echo "services.sh: nothing answers on port $1" >&2; return 1; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# 1. S3-compatible store (the s3rver dev dependency; files under $STATE/s3).
if ! listening "$S3_PORT"; then
  mkdir -p "$STATE/s3"
  nohup node "$ROOT/node_modules/s3rver/bin/s3rver.js" -d "$STATE/s3" -a 127.0.0.1 -p "$S3_PORT" -s \
    --configure-bucket kc-test >"$STATE/s3rver.log" 2>&1 &
  echo $! >"$STATE/s3rver.pid"
fi

# 2. clamd with tests/fixtures/clamav/*.ndb|*.hdb (the EICAR test signature) as its whole database.
if command -v clamd >/dev/null && ! listening "$CLAMD_PORT"; then
  mkdir -p "$STATE/clamav-db"
  cp "$ROOT"/tests/fixtures/clamav/kc-test.* "$STATE/clamav-db/"
  cat >"$STATE/clamd.conf" <<EOF
DatabaseDirectory $STATE/clamav-db
TCPSocket $CLAMD_PORT
TCPAddr 127.0.0.1
LocalSocket $STATE/clamd.sock
Foreground yes
LogFile $STATE/clamd.log
StreamMaxLength 25M
MaxThreads 4
EOF
  [ "$(id -u)" = 0 ] && echo "User root" >>"$STATE/clamd.conf"
  nohup clamd --config-file="$STATE/clamd.conf" >"$STATE/clamd.out" 2>&1 &
  echo $! >"$STATE/clamd.pid"
fi

# 3. Streaming replica: pg_basebackup of the primary, started as a hot standby on REPLICA_PORT.
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -n "$PG_BIN" ] && ! listening "$REPLICA_PORT"; then
  # Replication connections match only pg_hba lines naming `replication`: allow them from loopback.
  HBA=$(psql -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -Atc "show hba_file")
  if ! grep -qE '^host\s+replication\s+all\s+127\.0\.0\.1/32\s+trust' "$HBA"; then
    echo "host replication all 127.0.0.1/32 trust" >>"$HBA"
    psql -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -qAtc "select pg_reload_conf()" >/dev/null
  fi
  REPLICA="$STATE/replica"
  # A stopped standby may be too far behind to catch up (WAL recycled since): take a fresh copy every time.
  {
    rm -rf "$REPLICA"; mkdir -p "$REPLICA"; chmod 700 "$REPLICA"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$REPLICA" "$STATE"
    as_postgres "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$REPLICA" -R -X stream -c fast
    # Debian keeps postgresql.conf and pg_hba.conf in /etc, so the copy has none: give it its own.
    cat >"$REPLICA/postgresql.conf" <<EOF
port = $REPLICA_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$REPLICA'
hot_standby = on
max_connections = 100
EOF
    printf 'local all all trust\nhost all all 127.0.0.1/32 trust\n' >"$REPLICA/pg_hba.conf"
    rm -f "$REPLICA/postmaster.pid"
    [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$REPLICA"
  }
  as_postgres "$PG_BIN/pg_ctl" -D "$REPLICA" -l "$STATE/replica.log" -w start >/dev/null
fi

wait_for "$S3_PORT" 40
if command -v clamd >/dev/null; then wait_for "$CLAMD_PORT" 120; fi
if [ -n "$PG_BIN" ]; then wait_for "$REPLICA_PORT" 40; fi
echo "services.sh: s3rver :$S3_PORT, clamd :$CLAMD_PORT, replica :$REPLICA_PORT ready"
