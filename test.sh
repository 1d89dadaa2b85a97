#!/usr/bin/env bash
# Run the whole test suite: on SQLite, then again on a real PostgreSQL server.
# Installs what the tests need first (system packages through apt-get, Python packages in .venv).
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/install-system-deps.sh
bash scripts/install-python-deps.sh
export PYTHONDONTWRITEBYTECODE=1
echo "== Bộ kiểm thử trên SQLite =="
.venv/bin/python -m pytest -q "$@"
# The database-backed suites run a second time against PostgreSQL.
db_suites=()
for d in tests/web tests/reporting; do [ -d "$d" ] && db_suites+=("$d"); done
if [ ${#db_suites[@]} -gt 0 ]; then
  echo "== Bộ kiểm thử cơ sở dữ liệu trên PostgreSQL =="
  bash scripts/with-postgres.sh .venv/bin/python -m pytest -q "${db_suites[@]}"
fi
