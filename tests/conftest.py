"""Shared fixtures: isolated home, cache and git configuration; a repository builder; a loopback git server."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest

from tests import snapshot_guard
from tests.gitrepo import make_folder, make_repo  # noqa: F401 (re-exported for tests)

snapshot_guard.install()


@pytest.fixture(autouse=True)
def _snapshots_closed():
    """Every git snapshot a test opens is closed when it ends, with its ``git cat-file`` process (see tests/snapshot_guard.py):
    helpers such as ctx_for hand out a context whose snapshot the test keeps using."""
    start = len(snapshot_guard.OPENED)
    yield
    snapshot_guard.close_since(start)


def pytest_sessionfinish(session, exitstatus):
    """A snapshot left open by a module or session fixture, or a ``git cat-file`` process still alive, fails the run."""
    left = snapshot_guard.close_since(0)
    alive = snapshot_guard.live_cat_files()
    if left or alive:
        import sys

        print(f"\nsnapshot guard: {len(left)} test(s) or fixture(s) left a git snapshot open ({', '.join(left[:10])}); "
              f"{len(alive)} git cat-file process(es) still alive at the end of the run", file=sys.stderr)
        if session.exitstatus == 0:
            session.exitstatus = 1


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path_factory, monkeypatch):
    """No test writes to the real home or reads the developer's git config or tokens."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(home / "gitconfig"))
    (home / "gitconfig").write_text("[user]\n\tname = Test\n\temail = test@example.org\n[protocol \"file\"]\n\tallow = always\n")
    for var in ("GITHUB_TOKEN", "GH_TOKEN", "GITLAB_TOKEN", "AUDITOR_RULESET", "AUDITOR_LANG", "AUDITOR_DEBUG", "NO_COLOR", "FORCE_COLOR", "CI",
                "GITHUB_ACTIONS", "GITLAB_CI"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("AUDITOR_OFFLINE_INDEX", "1")  # never query package indexes from tests
    yield


@pytest.fixture
def repo(tmp_path):
    """A factory: ``repo(commits, name="r")`` builds a real git repository in tmp_path."""
    def factory(commits, name="r", **kw):
        return make_repo(tmp_path / name, commits, **kw)
    return factory


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def git_server(tmp_path):
    """A ``git daemon`` on loopback serving bare copies of repositories: ``url = git_server.serve(path, "group/sub/name")``."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    base = tmp_path / "served"
    base.mkdir()
    port = _free_port()
    proc = subprocess.Popen(["git", "daemon", "--reuseaddr", "--export-all", f"--base-path={base}", "--listen=127.0.0.1",
                             f"--port={port}", "--informative-errors", str(base)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 10
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.05)

    class Server:
        url_base = f"git://127.0.0.1:{port}"

        def serve(self, src: Path, rel: str) -> str:
            dest = base / (rel if rel.endswith(".git") else rel + ".git")
            dest.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(["git", "clone", "-q", "--bare", str(src), str(dest)], check=True)
            return f"{self.url_base}/{rel}"

        def stop(self) -> None:
            proc.terminate()
            proc.wait(timeout=5)

    server = Server()
    yield server
    if proc.poll() is None:
        proc.terminate()
        proc.wait(timeout=5)


@pytest.fixture
def silent_server():
    """A loopback TCP server that accepts connections and never answers (for time-outs)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    port = sock.getsockname()[1]
    yield f"git://127.0.0.1:{port}/never/answers"
    sock.close()


@pytest.fixture(autouse=True)
def _every_report_matches_the_schema(monkeypatch):
    """Every report any test produces is validated against the shipped JSON Schema."""
    from auditor import engine
    from auditor.report import validate_report

    original = engine.build_report

    def checked(*args, **kwargs):
        report = original(*args, **kwargs)
        errors = validate_report(report)
        assert not errors, f"report does not match its schema: {errors[:3]}"
        return report

    monkeypatch.setattr(engine, "build_report", checked)
    yield
