#!/usr/bin/env bash
# The project's virtualenv (.venv) with the pinned dependencies and the test extras.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
# Bytecode ahead of time: where PYTHONDONTWRITEBYTECODE is set, every `cchc` run would compile the package
# again (about 0.1 s); a stale file is only ignored, never used.
.venv/bin/python -m compileall -q cchc
