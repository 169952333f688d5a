"""The wheel ships every check family, renderer, template, ruleset and schema, and they import
from an installed copy (not from the source tree)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _source_files(folder: str, pkg: str) -> set[str]:
    out = set()
    for p in (ROOT / folder).rglob("*"):
        if p.is_file() and "__pycache__" not in p.parts and p.suffix in (".py", ".j2", ".yml", ".json", ".html", ".css", ".gz", ".txt"):
            out.add(f"{pkg}/{p.relative_to(ROOT / folder).as_posix()}")
    return out


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
                          capture_output=True, text=True, timeout=300)
    if proc.returncode != 0:
        pytest.fail(f"wheel build failed: {proc.stderr[-2000:]}")
    return next(out.glob("readiness_auditor-*.whl"))


def test_wheel_contains_every_subpackage_and_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = _source_files("checks", "auditor/checks") | _source_files("reports", "auditor/reports") | _source_files("rulesets", "auditor/rulesets")
    expected |= {n for n in _source_files("auditor", "auditor")}
    missing = sorted(expected - names)
    assert not missing, f"missing from the wheel: {missing[:20]}"
    assert not any(n.startswith(("checks/", "reports/", "rulesets/", "tests/")) for n in names)
    assert "auditor/licenses/licenses-index.bin" in names  # built with the package (setup.py)
    assert "auditor/langid-model.bin" in names


def test_installed_wheel_imports_every_check_and_template(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q", "--target", str(target), str(wheel)], check=True, timeout=300)
    code = r"""
import importlib, pkgutil, sys, pathlib
import auditor, auditor.checks, auditor.reports
assert auditor.__file__.startswith(sys.argv[1]), auditor.__file__
for pkg in (auditor.checks, auditor.reports):
    for mod in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
        importlib.import_module(mod.name)
from auditor.checks import load_checks
specs = load_checks()
assert specs and all(s.source.startswith("auditor.") for s in specs.values())
from importlib import resources
templates = [p.name for p in resources.files("auditor.reports").joinpath("templates").iterdir()] if resources.files("auditor.reports").joinpath("templates").is_dir() else []
import jinja2
if any(n.endswith(".j2") for n in templates):
    env = jinja2.Environment(loader=jinja2.PackageLoader("auditor.reports", "templates"))
    for name in templates:
        if name.endswith(".j2"):
            env.get_template(name)
from auditor.ruleset import builtin_rulesets, load_ruleset
for rid in builtin_rulesets():
    load_ruleset(rid, known_checks=set(specs))
from auditor.report import report_schema
assert report_schema()["title"]
from auditor.licenses import matcher
assert matcher.INDEX_FILE.is_relative_to(sys.argv[1]) and matcher.load_shipped_index() is not None  # shipped and fresh
from auditor import langmodel
assert langmodel.MODEL_FILE.is_relative_to(sys.argv[1]) and langmodel._from_shipped(langmodel.CANDIDATE_LANGUAGES) is not None
import checks  # noqa  (must NOT exist as a top-level package)
"""
    env = dict(os.environ, PYTHONPATH=str(target))
    proc = subprocess.run([sys.executable, "-c", code, str(target)], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)
    assert "ModuleNotFoundError: No module named 'checks'" in proc.stderr, proc.stderr[-3000:]


def test_the_data_generators_load_without_the_auditor_package(tmp_path):
    """setup.py builds the licence index and the language model by loading their modules from their files, before the
    auditor package is installed (pip's isolated build): those modules must import the standard library only (and
    py3langid), never ``auditor.*``. The wheel test above builds inside this environment, where ``auditor`` is
    importable, so it cannot see such an import."""
    import re

    generators = re.findall(r'\("(auditor/[\w/]+\.py)", "(\w+)"', (ROOT / "setup.py").read_text())
    assert generators, "setup.py's GENERATED list not found"
    for source, writer in generators:
        code = ("import importlib.util, sys\n"
                f"spec = importlib.util.spec_from_file_location('_gen', {str(ROOT / source)!r})\n"
                "m = sys.modules['_gen'] = importlib.util.module_from_spec(spec)\n"
                "spec.loader.exec_module(m)\n"
                f"assert callable(getattr(m, {writer!r}))\n")
        # -S: no site-packages (no editable install of the auditor); py3langid is found through PYTHONPATH only
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p.endswith("site-packages")), PYTHONNOUSERSITE="1")
        proc = subprocess.run([sys.executable, "-S", "-c", "import sys; sys.path = [p for p in sys.path if '__editable__' not in p]\n" + code],
                              cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, f"{source}: {proc.stderr[-1500:]}"
