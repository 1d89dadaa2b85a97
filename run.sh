#!/usr/bin/env bash
# Start the CCHC web application with demo data on http://127.0.0.1:8000
#
#   ./run.sh                 set up .venv if needed, migrate (SQLite: var/cchc.sqlite3), import the
#                            seed plans from ../shared/seeds, create demo accounts, serve
#   PORT=8080 ./run.sh       another port
#   CCHC_DEMO_GOLD=../shared/gold ./run.sh
#                            fall back to the hand-made gold JSON for seeds the importer cannot parse
set -euo pipefail
cd "$(dirname "$0")"

PYTHON=${PYTHON:-python3}
PORT=${PORT:-8000}
SEEDS=${CCHC_SEEDS:-../shared/seeds}
STAMP=.venv/.cchc-installed

if [ ! -x .venv/bin/python ]; then
    echo "Tạo môi trường ảo .venv ..."
    "$PYTHON" -m venv .venv
fi
if [ ! -f "$STAMP" ] || [ pyproject.toml -nt "$STAMP" ] || ! .venv/bin/python -c "import cchc.web, django" 2>/dev/null; then
    echo "Cài đặt gói (pip install -e '.[test]') ..."
    mkdir -p var
    if ! .venv/bin/pip install --quiet -e '.[test]' > var/pip-install.log 2>&1; then
        cat var/pip-install.log >&2
        echo "Cài đặt thất bại (xem var/pip-install.log)." >&2
        exit 1
    fi
    touch "$STAMP"
fi

export DJANGO_SETTINGS_MODULE=cchc.web.settings
echo "Cập nhật cơ sở dữ liệu ..."
.venv/bin/cchc manage migrate --noinput --verbosity 0

demo_args=(--seeds "$SEEDS")
if [ -n "${CCHC_DEMO_GOLD:-}" ]; then
    demo_args+=(--gold "$CCHC_DEMO_GOLD")
fi
.venv/bin/cchc demo "${demo_args[@]}"

echo
exec .venv/bin/cchc serve --host 127.0.0.1 --port "$PORT" --no-migrate
