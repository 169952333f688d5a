"""Test-coverage data a test run writes, committed as files wherever they sit (the folders ``coverage/``, ``htmlcov/`` and nyc's
``.nyc_output/`` are build folders already: :data:`auditor.facts.inventory.GENERATED_DIRS`): written by the tools at each run, never
by people, so build output (issue 12, s36 t36 = hefarian/rennes_metropole_effectifs_scolaires: ``.coverage`` and ``coverage.json``
of a local ``pytest --cov`` run committed at the root beside the sources, the build-output check said nothing was committed).

Each is known by its name and by the tool's own format in its first bytes (read as data, nothing is run), so that a file of the
project's own under such a name stays what it is (a mobile network's ``coverage.json`` in GeoJSON, a ``coverage.xml`` of
another schema):

- coverage.py's data file ``.coverage`` (and the parallel runs' ``.coverage.<host>.<pid>.<random>``): an SQLite database since
  coverage.py 5 (``SQLite format 3``), before it a text opening on ``!coverage.py: This is a private format``;
- coverage.py's ``coverage json`` report (``{"meta": {"format": 3, "version": "7.13.1", …}, "files": …``) and Istanbul/nyc/Jest's
  JSON reports (``coverage-final.json``'s ``statementMap``, ``coverage-summary.json``'s ``"total": {"lines": …``);
- the XML reports of coverage.py and Cobertura (``coverage.xml``, ``cobertura.xml``, ``cobertura-coverage.xml``: a ``<coverage``
  root), PHPUnit's Clover (``clover.xml``) and JaCoCo (``jacoco.xml``: ``-//JACOCO//DTD``, ``<report``; ``jacoco.exec``, its
  binary data, by name);
- lcov's tracefile (``lcov.info``, ``*.lcov``: lines ``TN:``/``SF:``).

Never a tool's configuration (``.coveragerc``, ``codecov.yml``, ``.nycrc``, ``jest.config.js``): those are written by people.
Bounded: the names decide which files are read; at most :data:`MAX_PROBES` heads of :data:`HEAD_BYTES` bytes.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

MAX_PROBES = 50
HEAD_BYTES = 2048

# coverage.py's data file and its parallel-mode copies (.coverage.myhost.1234.XaBcDe); not a configuration named after it
_COVERAGE_PY_DATA = lazy_compile(r"^\.coverage(?:\.[\w.-]+)?$")
_CONFIG_SUFFIX = (".rc", ".toml", ".ini", ".cfg", ".yml", ".yaml", ".json", ".js", ".conf", ".example", ".sample", ".dist")
_JSON_REPORTS = {"coverage.json", "coverage-final.json", "coverage-summary.json"}
_XML_REPORTS = {"coverage.xml", "cobertura.xml", "cobertura-coverage.xml", "clover.xml", "jacoco.xml"}
_JSON_SHAPE = lazy_compile(r'^\s*\{\s*"meta"\s*:\s*\{[^{}]{0,400}"(?:format|version|timestamp)"'  # coverage.py's report
                           r'|"statementMap"\s*:|"total"\s*:\s*\{\s*"(?:lines|statements)"\s*:')  # Istanbul's
_XML_SHAPE = lazy_compile(r"<coverage\b[^>]{0,400}(?:line-rate|lines-valid|generated|clover)|-//JACOCO//DTD|<report\s+name=", re.I)
_LCOV_SHAPE = lazy_compile(r"^(?:TN|SF):", re.M)


def _candidate(name: str) -> str | None:
    """Which format a file of this name would be written in, or None."""
    low = name.lower()
    if _COVERAGE_PY_DATA.match(name) and not low.endswith(_CONFIG_SUFFIX):
        return "coverage.py"
    if low in _JSON_REPORTS:
        return "json"
    if low in _XML_REPORTS:
        return "xml"
    if low == "lcov.info" or (low.endswith(".lcov") and len(low) > 5):
        return "lcov"
    if low == "jacoco.exec":
        return "jacoco"
    return None


def is_coverage_name(path: str) -> bool:
    """Named as a test-coverage data file or report (the format is not checked here: :func:`coverage_outputs` does)."""
    return _candidate(path.rsplit("/", 1)[-1]) is not None


def is_coverage_path(path: str) -> bool:
    """A test-coverage file by its name or its folder (nyc's .nyc_output/, coverage.py's htmlcov/): for the messages."""
    return is_coverage_name(path) or any(seg in (".nyc_output", "htmlcov") for seg in path.split("/")[:-1])


def coverage_outputs(snap, items: list) -> dict[str, str]:
    """``{path: "build"}`` for the test-coverage data and reports (see the module's docstring); a copied library's stay its own."""
    out: dict[str, str] = {}
    probes = 0
    for i in sorted(items, key=lambda i: i.path):
        if i.category in ("vendored", "build"):
            continue
        kind = _candidate(i.path.rsplit("/", 1)[-1])
        if kind is None:
            continue
        if probes >= MAX_PROBES:
            break
        probes += 1
        data = snap.read_bytes(i.path) or b""
        head = data[:HEAD_BYTES]
        if kind == "coverage.py":
            # (the bare name is coverage.py's own: read by name when its bytes are not, over the snapshot's cap)
            ok = (not data and i.path.rsplit("/", 1)[-1] == ".coverage") or head.startswith((b"SQLite format 3\x00", b"!coverage.py")) or (head.lstrip().startswith(b"{") and b'"lines"' in head)
        elif kind == "jacoco":
            ok = bool(head)  # (JaCoCo's execution data: binary, its name is its format's)
        else:
            text = head.decode("utf-8", "replace")
            ok = bool((_JSON_SHAPE if kind == "json" else _XML_SHAPE if kind == "xml" else _LCOV_SHAPE).search(text))
        if ok:
            out[i.path] = "build"
    return out
