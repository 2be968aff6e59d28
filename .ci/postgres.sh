#!/usr/bin/env bash
# A local PostgreSQL for the store tests (test/store/postgres*.test.ts): installs Debian's server if
# it is missing, starts the default cluster on 127.0.0.1:5432, and creates the test role that the
# tests try first: postgres://carrier_test:carrier_test@127.0.0.1:5432/postgres (LOGIN CREATEDB;
# each test file creates its own database ca_test_<random> and drops it afterwards).
# Idempotent; runs as root (or through sudo); the only network it uses is Debian's apt.
set -euo pipefail

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || ! command -v pg_ctlcluster >/dev/null 2>&1; then
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
fi

# The newest installed server version, and its "main" cluster (the package creates it; make it if not).
version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if ! pg_lsclusters --no-header | awk '{print $1 " " $2}' | grep -qx "$version main"; then
  as_root pg_createcluster "$version" main >/dev/null
fi
if ! pg_lsclusters --no-header | awk -v v="$version" '$1 == v && $2 == "main" {print $4}' | grep -qx online; then
  as_root pg_ctlcluster "$version" main start
fi

port="$(pg_lsclusters --no-header | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')"
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$port" && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p "$port"

# The test role: password login over TCP (Debian's pg_hba.conf allows scram-sha-256 on 127.0.0.1).
as_root su postgres -c "psql -q -p $port -v ON_ERROR_STOP=1" <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'carrier_test') THEN
    CREATE ROLE carrier_test LOGIN CREATEDB PASSWORD 'carrier_test';
  ELSE
    ALTER ROLE carrier_test LOGIN CREATEDB PASSWORD 'carrier_test';
  END IF;
END
$$;
SQL

echo "PostgreSQL $version on 127.0.0.1:$port; tests use postgres://carrier_test:carrier_test@127.0.0.1:$port/postgres"
