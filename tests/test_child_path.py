"""The pools' server processes (forkserver, resource tracker) are started with ``python -c``, which puts
the current folder first on their module path: run from inside an audited repository
(``cd candidate && auditor audit .``), a repository holding ``lizard.py``, ``pygments/`` or ``auditor/``
would have its code imported, that is run, by the auditor's own worker processes. Their environment
keeps the current folder out of the path (PYTHONSAFEPATH)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.gitrepo import make_repo


def run_from(folder, args: list[str], **env_extra: str) -> None:
    """``auditor <args>`` run from ``folder`` as the console script runs (its own folder first on the module path, not the
    current one), offline."""
    env = {k: v for k, v in os.environ.items() if k not in ("AUDITOR_WORKERS", "PYTHONSAFEPATH")}
    env.update(AUDITOR_OFFLINE_INDEX="1", RA_ARGS=json.dumps(args), **env_extra)
    code = "import json, os, sys\nfrom auditor.cli import main\nsys.argv = ['auditor', *json.loads(os.environ['RA_ARGS'])]\nmain()\n"
    proc = subprocess.run([sys.executable, "-c", "import sys; sys.path.pop(0); exec(sys.argv[1])", code], cwd=folder, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode in (0, 1), proc.stderr[-2000:]


def test_a_repository_run_from_cannot_plant_modules_in_the_worker_processes(tmp_path):
    marker = tmp_path / "ran"
    planted = f"open({str(marker)!r}, 'w').write('planted code ran')\n"
    files = {f"src/m{i}.py": f'"""Module {i}."""\n\n\ndef f{i}(x):\n    return x + {i}\n' + "# padding\n" * 600 for i in range(60)}
    files.update({"lizard.py": planted, "radon/__init__.py": planted, "pygments/__init__.py": planted,
                  "detect_secrets/__init__.py": planted, "multiprocessing/__init__.py": planted,
                  "README.md": "# Outil\n\nUn outil de la ville.\n"})
    repo = make_repo(tmp_path / "candidate", [{"files": files, "date": "2025-03-01T10:00:00Z"}])
    run_from(repo, ["audit", ".", "--offline", "--no-history", "--cache-dir", str(tmp_path / "cache"), "--format", "json",
                    "-o", str(tmp_path / "report.json")], AUDITOR_WORKERS="2")
    assert Path(tmp_path / "report.json").exists()
    assert not marker.exists(), "a module of the audited repository was imported by a worker process"


def test_lizard_is_imported_without_putting_the_current_folder_on_the_path(tmp_path):
    """lizard, when imported, puts the running script's folder first on sys.path: for ``python -c`` (a pool's
    server) that is the current folder."""
    code = ("import sys\nbefore = list(sys.path)\nfrom auditor.facts.code import load_lizard\nload_lizard()\n"
            "print(sys.path == before, 'lizard' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True).stdout.split()
    assert out == ["True", "True"]


def test_a_batch_run_from_inside_a_repository_forks_workers_that_import_nothing_of_it(tmp_path):
    """The batch's workers are forked from the coordinator (auditor.executors.fork_context): they inherit its module path, the
    console script's (no current folder), and import lizard, detect-secrets and the others from the installed packages."""
    marker = tmp_path / "ran"
    planted = f"open({str(marker)!r}, 'w').write('planted code ran')\n"
    files = {f"src/m{i}.py": f'"""Module {i}."""\n\n\ndef f{i}(x):\n    return x + {i}\n' for i in range(8)}
    files.update({"lizard.py": planted, "radon/__init__.py": planted, "pygments/__init__.py": planted,
                  "detect_secrets/__init__.py": planted, "README.md": "# Outil\n\nUn outil de la ville.\n"})
    repo = make_repo(tmp_path / "candidate", [{"files": files, "date": "2025-03-01T10:00:00Z"}])
    other = make_repo(tmp_path / "other", [{"files": {"README.md": "# Autre\n\nUn autre outil.\n", "app.py": "print(1)\n"},
                                            "date": "2025-03-01T10:00:00Z"}])
    (tmp_path / "portfolio.yml").write_text(f"projects:\n- {{id: a, repository: '{repo}'}}\n- {{id: b, repository: '{other}'}}\n")
    run_from(repo, ["batch", str(tmp_path / "portfolio.yml"), "-o", str(tmp_path / "out"), "--jobs", "2", "--offline", "--no-history",
                    "--quiet", "--cache-dir", str(tmp_path / "cache")])
    assert (tmp_path / "out" / "projects" / "a.json").exists() and (tmp_path / "out" / "projects" / "b.json").exists()
    assert not marker.exists(), "a module of the audited repository was imported by a batch worker"
