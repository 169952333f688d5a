"""Runtime versions stated by version files (``.python-version``, ``.nvmrc``, ``.tool-versions``, ``go.mod``…), by a cloud
buildpack's settings (``GOOGLE_PYTHON_VERSION="3.10.x"`` in the workflow that builds the image) and by a Python project's bounded
``requires-python`` (``end_of_life``). Read as text, nothing is run."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

# a buildpack's runtime setting (Google Cloud's GOOGLE_PYTHON_VERSION / GOOGLE_NODEJS_VERSION / GOOGLE_RUNTIME_VERSION beside
# GOOGLE_RUNTIME, Paketo's BP_CPYTHON_VERSION / BP_NODE_VERSION), given to `pack build --env`, a workflow's env or project.toml
_BUILDPACK = lazy_compile(r"\b(GOOGLE_PYTHON_VERSION|GOOGLE_NODEJS_VERSION|BP_CPYTHON_VERSION|BP_NODE_VERSION)[\"']?[ \t]*[=:][ \t]*[\"']?v?(\d+(?:\.\d+)?)")
_PRODUCT = {"GOOGLE_PYTHON_VERSION": "python", "BP_CPYTHON_VERSION": "python", "GOOGLE_NODEJS_VERSION": "nodejs", "BP_NODE_VERSION": "nodejs"}
# requires-python bounded to one cycle (">=3.13,<3.14", "~=3.11.0", "==3.12.*"): the version the project runs on
_ONE_CYCLE = lazy_compile(r"^\s*>=\s*3\.(\d+)(?:\.\d+)?\s*,\s*<\s*3\.(\d+)\s*$|^\s*(?:~=\s*3\.(\d+)\.\d+|==\s*3\.(\d+)(?:\.\*)?)\s*$")


def _line(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def version_file_pins(low: str, text: str) -> list[tuple[str, str, int, str]]:
    """``(product, constraint, line, excerpt)`` a version file states (``low``: its lower-case name)."""
    first = text.strip().splitlines()[0].strip() if text.strip() else ""
    if low == ".python-version":
        return [("python", "==" + ".".join(first.split(".")[:2]), 1, first)] if re.match(r"^\d+\.\d+", first) else []
    if low == "runtime.txt":
        m = re.search(r"python-(\d+\.\d+)", text)
        return [("python", "==" + m.group(1), _line(text, m.start()), m.group(0))] if m else []
    if low in (".nvmrc", ".node-version"):
        return [("nodejs", "==" + first.lstrip("v").split(".")[0], 1, first)] if re.match(r"^v?\d+", first) else []
    if low == ".ruby-version":
        return [("ruby", "==" + ".".join(first.split(".")[:2]), 1, first)] if re.match(r"^\d+\.\d+", first) else []
    if low == ".tool-versions":
        return [({"golang": "go"}.get(m.group(1), m.group(1)), "==" + m.group(2), _line(text, m.start()), m.group(0))
                for m in re.finditer(r"^(python|nodejs|ruby|php|golang)\s+v?(\d+(?:\.\d+)?)", text, re.M)]
    if low == "go.mod":  # the language version the module is written for ("go 1.23.3")
        m = re.search(r"^go\s+(1\.\d+)(?:\.\d+)?\s*$", text, re.M)
        return [("go", "==" + m.group(1), _line(text, m.start()), m.group(0).strip())] if m else []
    return []


# A conda environment's dependency pinned to a version ("- python=3.12", "- django==3.2.1", "- python>=3.9", "- python 3.8"): conda's
# "=3.12" is the 3.12 cycle (3.12.*); a minimum or a range stays one (judged as such).
_CONDA_PIN = lazy_compile(r"^[ \t]*-[ \t]*([A-Za-z][\w.-]{0,60})(?:[ \t]*(==?|>=|<=|~=|>|<)[ \t]*|[ \t]+)(\d+(?:\.\d+){0,2})", re.M)


def conda_pins(text: str) -> list[tuple[str, str, int, str]]:
    """``(name, constraint, line, excerpt)`` of the dependencies a conda environment file (environment.yml) pins, ``name`` in lower case."""
    out = []
    for m in _CONDA_PIN.finditer(text):
        op = "==" if m.group(2) in (None, "=", "==") else m.group(2)
        version = ".".join(m.group(3).split(".")[:2]) if op == "==" else m.group(3)
        out.append((m.group(1).lower(), op + version, _line(text, m.start(1)), m.group(0).strip().lstrip("- ").strip()))
    return out[:40]


def buildpack_pins(text: str) -> list[tuple[str, str, int, str]]:
    """``(product, constraint, line, excerpt)`` of the runtimes a buildpack is told to install (``--env GOOGLE_PYTHON_VERSION="3.10.x"``)."""
    return [(_PRODUCT[m.group(1)], "==" + m.group(2), _line(text, m.start()), m.group(0)) for m in _BUILDPACK.finditer(text)][:5]


def requires_python(value) -> str | None:
    """The one Python cycle a ``requires-python`` allows (``>=3.13,<3.14`` → ``==3.13``), None for a minimum or a wider range."""
    m = _ONE_CYCLE.match(value) if isinstance(value, str) else None
    if not m:
        return None
    if m.group(1) is not None:
        return f"==3.{m.group(1)}" if int(m.group(2)) == int(m.group(1)) + 1 else None
    return f"==3.{m.group(3) or m.group(4)}"


# a QGIS plugin's manifest giving the QGIS it needs: qgisMinimumVersion=3.4
_QGIS_MINIMUM = lazy_compile(r"^qgisMinimumVersion[ \t]*[=:][ \t]*(\d+)", re.M | re.I)


# ... and the versions it loads in: up to qgisMaximumVersion, which QGIS sets to the minimum's major .99 when absent (a plugin for 2.0
# loads in QGIS 2 only; x.99 is the next major's development version); supportsQt6=True declares it ready for QGIS 4, the Qt 6 build
_QGIS_MIN_FULL = lazy_compile(r"^[ \t]*qgisMinimumVersion[ \t]*[=:][ \t]*(\d+)(?:\.(\d+))?", re.M | re.I)
_QGIS_MAX_FULL = lazy_compile(r"^[ \t]*qgisMaximumVersion[ \t]*[=:][ \t]*(\d+)(?:\.(\d+))?", re.M | re.I)
_QGIS_QT6 = lazy_compile(r"^[ \t]*supportsQt6[ \t]*[=:][ \t]*(?:true|yes|1)\b", re.M | re.I)


def qgis_plugin_range(text: str) -> tuple[str, int, str, bool, tuple[int, str, str] | None] | None:
    """``(constraint, position, excerpt, qgis2, upper)`` of the QGIS versions a plugin's ``metadata.txt`` loads in (``>=2.0,<3`` for
    ``qgisMinimumVersion=2.0`` alone), ``qgis2`` when they are all before QGIS 3 (whose plugins run on Python 2.7); None for a
    file that states no minimum (no plugin's manifest). ``upper``: ``(position, excerpt, what to raise)`` of the bound that stops
    the range, what to change when every version it allows is past its end (s44 fd44: qgisMaximumVersion=3.98, not the minimum):
    the ``qgisMaximumVersion`` line, or, a QGIS 3 plugin stating none, the minimum's line with ``supportsQt6=True`` to declare;
    None for a QGIS 2 plugin stating none (its minimum is what moves it to QGIS 3)."""
    low = _QGIS_MIN_FULL.search(text)
    if not low:
        return None
    high = _QGIS_MAX_FULL.search(text)
    major, minor = (int(high.group(1)), int(high.group(2) or 99)) if high else (int(low.group(1)), 99)
    if _QGIS_QT6.search(text):
        major, minor = max((major, minor), (4, 99))
    top = f"<{major + 1}" if minor >= 98 else f"<={major}.{minor}"
    if high:
        upper = (high.start(), high.group(0).strip(), "qgisMaximumVersion")
    else:
        upper = (low.start(), low.group(0).strip(), "supportsQt6=True") if major >= 3 else None
    return f">={low.group(1)}.{low.group(2) or 0},{top}", low.start(), low.group(0).strip(), major < 3, upper


def in_qgis3_plugin(read_text, paths, path: str) -> bool:
    """``path`` lies in a QGIS plugin's folder whose ``metadata.txt`` asks QGIS 3 or later: QGIS 3 embeds Python 3, so a Python 2
    statement there is a file the plugin does not run (s29 m21o4: Plugin Builder's old compile.py, `print "…"`, beside PyQt5 code)."""
    have = set(paths)
    folder = path.rpartition("/")[0]
    while True:
        manifest = (folder + "/" if folder else "") + "metadata.txt"
        if manifest in have:
            m = _QGIS_MINIMUM.search(read_text(manifest, limit=64 * 1024) or "")
            if m:
                return int(m.group(1)) >= 3
        if not folder:
            return False
        folder = folder.rpartition("/")[0]


# a database dump's header: the server it was taken from (pg_dump's "-- Dumped from database version 9.2.1", mysqldump's
# "-- Server version	5.7.26-log" or "10.3.23-MariaDB"; MariaDB before 11 shows MySQL clients its version behind the replication
# protocol's "5.5.5-" prefix, "5.5.5-10.1.41-MariaDB-0+deb9u1": MariaDB 10.1, not MySQL 5.5)
_PG_DUMPED = lazy_compile(r"^--[ \t]*Dumped from database version[ \t]+(\d+(?:\.\d+)?)", re.M)
_MYSQL_SERVER = lazy_compile(r"^--[ \t]*Server version[ \t:]+(?:5\.5\.5-(?=\d+\.\d+[\w.]*-MariaDB))?(\d+\.\d+)[\w.]*(-MariaDB)?", re.M | re.I)
MAX_DUMPS, MAX_DUMP_BYTES = 20, 8 * 1024 * 1024  # (a dump with its rows: several MB, of which the header only is read)


def dumped_databases(read_text, paths) -> list[tuple[str, str, str, int, str]]:
    """``(path, product, version, line, excerpt)`` of the database servers the SQL dumps a project ships were taken from: the
    schema a kit installs from its dump is that server's (s30 m22o3: a SPANC kit's install script dumped from PostgreSQL 9.2.1,
    with PostGIS 1.x constraints). The header is read in the first 4 KB."""
    out = []
    dumps = sorted((p for p in paths if p.lower().endswith(".sql")), key=lambda p: (p.count("/"), p))[:MAX_DUMPS]
    for p in dumps:
        head = (read_text(p, limit=MAX_DUMP_BYTES) or "")[:4096]
        if m := _PG_DUMPED.search(head):
            out.append((p, "postgresql", m.group(1), _line(head, m.start()), m.group(0).lstrip("- ").strip()))
        elif m := _MYSQL_SERVER.search(head):
            out.append((p, "mariadb" if m.group(2) else "mysql", m.group(1), _line(head, m.start()), m.group(0).lstrip("- ").strip()))
    return out


# a yarn.lock entry's first line ("next@latest:", '"next@^13.0.0", next@latest:', berry's '"next@npm:latest":') and its version line
_YARN_VERSION = lazy_compile(r"""^[ \t]+version:?[ \t]+["']?v?(\d+\.\d+(?:\.\d+)?)""")
_NPM_LOCKS = ("package-lock.json", "npm-shrinkwrap.json", "yarn.lock")


def locked_npm_version(read_text, files, manifest: str, dep: str, limit: int) -> tuple[str, int, str] | None:
    """``(version, line, lockfile)``: the version of ``dep`` the lockfile beside a package.json resolved (``"next":
    "latest"`` says nothing of the version in use, yarn.lock's ``next@latest: version "13.1.6"`` does). Read as text."""
    folder = manifest.rsplit("/", 1)[0] + "/" if "/" in manifest else ""
    for name in _NPM_LOCKS:
        path = folder + name
        if path not in files:
            continue
        text = read_text(path, limit=limit) or ""
        if name == "yarn.lock":
            lines = text.split("\n")
            for i, line in enumerate(lines):
                if line[:1] in (" ", "\t", "#", "") or not line.rstrip().endswith(":"):
                    continue
                if not any(s.strip().strip("\"'").startswith(dep + "@") for s in line.rstrip()[:-1].split(",")):
                    continue
                for j in range(i + 1, min(i + 8, len(lines))):
                    m = _YARN_VERSION.match(lines[j])
                    if m:
                        return m.group(1), j + 1, path
            return None
        from auditor import safejson  # noqa: PLC0415 - only when a package-lock.json is read
        try:
            data = safejson.loads(text)
        except ValueError:
            continue
        if not isinstance(data, dict):
            continue
        info = (data.get("packages") or {}).get("node_modules/" + dep) if isinstance(data.get("packages"), dict) else None
        if not isinstance(info, dict):
            info = (data.get("dependencies") or {}).get(dep) if isinstance(data.get("dependencies"), dict) else None
        version = info.get("version") if isinstance(info, dict) else None
        if isinstance(version, str) and re.match(r"^\d+\.\d+", version):
            pos = text.find(f'"node_modules/{dep}"')
            pos = pos if pos >= 0 else text.find(f'"{dep}"')
            return version, _line(text, max(pos, 0)), path
    return None
