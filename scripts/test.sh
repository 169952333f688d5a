#!/usr/bin/env bash
# Install the project with its test extras in .venv, then run the whole test suite.
# Browser (Chromium) and PostgreSQL tests need Debian's chromium and postgresql packages: as root
# on Debian/Ubuntu this script installs them when missing (set AUDITOR_TEST_NO_APT=1 to skip);
# elsewhere those tests skip with the reason.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PY" -m venv .venv
# (again only when pyproject.toml or setup.py changed since the last install: 35 s saved on every later run)
stamp=$(cat pyproject.toml setup.py | sha256sum | cut -c1-16)
if [ "$(cat .venv/.test-install 2>/dev/null)" != "$stamp" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
  echo "$stamp" > .venv/.test-install
fi
if [ -z "${AUDITOR_TEST_NO_APT:-}" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  if ! command -v chromium >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium postgresql; } >/dev/null 2>&1 \
      || echo "note: could not install chromium/postgresql; browser and PostgreSQL tests will be skipped"
  fi
fi
# No arguments: the whole suite on every CPU (pytest-xdist; a file's tests stay in one worker, with its module fixtures;
# PYTEST_XDIST_AUTO_NUM_WORKERS=N sets how many). Arguments (a file, -k …): exactly those, in one process (add -n auto to spread them).
[ $# -gt 0 ] || set -- -n auto --dist loadfile
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
