"""The GitHub Action's entry script (auditor.ci.github_action) run with a simulated runner.

Each test gives the script what a runner gives it: GITHUB_WORKSPACE (a real checkout, shallow
where it matters), GITHUB_STEP_SUMMARY and GITHUB_OUTPUT (temp files), an event payload, and the
action's inputs as GHA_AUDITOR_* variables; the REST API is a loopback server.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from auditor.ci import github_action
from auditor.ci.common import plan_audit
from auditor.reports import formats
from tests.gitrepo import git, make_repo

TOKEN = "ghs_T0kenThatMustNeverBePrinted0123456789"
HOSTILE_BRANCH = "feat/$(touch${IFS}pwned-branch)`touch${IFS}pwned-tick`;echo%0A'\"&&touch${IFS}pwned-and"
HOSTILE_TITLE = "Fix\n::set-output name=score::100\r\n::add-mask::%0A $(touch pwned-title) `touch pwned-title2`\n::error::owned"
KNOWN_COMMANDS = ("add-mask", "notice", "warning", "error", "group", "endgroup", "stop-commands")
needs_md = pytest.mark.skipif("md" not in formats(), reason="the Markdown renderer (md) is not installed yet; the summary falls back to a short table")
needs_sarif = pytest.mark.skipif("sarif" not in formats(), reason="the SARIF renderer is not installed yet; the action skips it with a warning")


# --- simulated runner ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def origin(tmp_path_factory):
    """A small candidate repository with history, on a branch whose name is a shell injection attempt."""
    root = tmp_path_factory.mktemp("origin")
    path = make_repo(root / "candidate", [
        {"files": {"README.md": "# Service de covoiturage\n\n" + "Ce service aide les collectivités. " * 30 + "\n", "LICENSE": "MIT License\n"},
         "date": "2025-03-01T10:00:00Z", "tag": "v1.0.0"},
        {"files": {"src/app.py": "print('ok')\n"}, "date": "2025-06-01T10:00:00Z"},
        {"files": {"src/app.py": "print('ok!')\n"}, "date": "2025-09-01T10:00:00Z", "author": ("Bob", "bob@example.org")},
    ])
    git(path, "checkout", "-q", "-b", HOSTILE_BRANCH)
    return path


def shallow_clone(origin: Path, dest: Path, branch: str = HOSTILE_BRANCH) -> Path:
    git(dest.parent, "clone", "-q", "--depth", "1", "--branch", branch, f"file://{origin}", str(dest))
    assert git(dest, "rev-parse", "--is-shallow-repository").strip() == "true"
    return dest


class Runner:
    """The files and variables of one simulated job step."""

    def __init__(self, tmp: Path, workspace: Path, cache: Path) -> None:
        self.tmp = tmp
        self.workspace = workspace
        self.cache = cache
        self.summary = tmp / "step_summary.md"
        self.output = tmp / "github_output"
        self.event = tmp / "event.json"
        for f in (self.summary, self.output):
            f.write_text("")
        (tmp / "runner_temp").mkdir(exist_ok=True)

    def env(self, event_name: str, payload: dict, **inputs: str) -> dict[str, str]:
        self.event.write_text(json.dumps(payload))
        env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "GHA_AUDITOR_", "RUNNER_"))}
        env.update({
            "GITHUB_ACTIONS": "true", "CI": "true", "GITHUB_WORKSPACE": str(self.workspace), "GITHUB_STEP_SUMMARY": str(self.summary),
            "GITHUB_OUTPUT": str(self.output), "GITHUB_EVENT_PATH": str(self.event), "GITHUB_EVENT_NAME": event_name,
            "GITHUB_REPOSITORY": "territoire/covoiturage", "GITHUB_SERVER_URL": "https://github.com", "GITHUB_RUN_ID": "4242",
            "GITHUB_API_URL": "http://127.0.0.1:9", "RUNNER_TEMP": str(self.tmp / "runner_temp"),
            "AUDITOR_CACHE_DIR": str(self.cache),
            "GHA_AUDITOR_LANG": "fr", "GHA_AUDITOR_FORMATS": "json html", "GHA_AUDITOR_SARIF": "false", "GHA_AUDITOR_TOKEN": TOKEN,
            "GHA_AUDITOR_COMMENT": "false", "GHA_AUDITOR_RULESET": "", "GHA_AUDITOR_FAIL_UNDER": "", "GHA_AUDITOR_MIN_LEVEL": "",
        })
        if event_name == "pull_request":
            env.update({"GITHUB_HEAD_REF": HOSTILE_BRANCH, "GITHUB_BASE_REF": "main", "GITHUB_REF": "refs/pull/7/merge"})
        else:
            env.update({"GITHUB_REF": f"refs/heads/{HOSTILE_BRANCH}", "GITHUB_REF_NAME": HOSTILE_BRANCH})
        env.update({f"GHA_AUDITOR_{k.upper()}": v for k, v in inputs.items()})
        return env

    def run(self, env: dict[str, str]) -> subprocess.CompletedProcess:
        """Run the step as action.yml does: ``python -I -m auditor.ci.github_action`` from the runner's temp folder."""
        return subprocess.run([sys.executable, "-I", "-m", "auditor.ci.github_action"], env=env, cwd=self.tmp / "runner_temp",
                              capture_output=True, text=True, timeout=120)

    def outputs(self) -> dict[str, str]:
        return parse_github_output(self.output.read_text())


def parse_github_output(text: str) -> dict[str, str]:
    """Read $GITHUB_OUTPUT back the way the runner does (``name=value`` and ``name<<DELIM`` blocks)."""
    out: dict[str, str] = {}
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line:
            i += 1
            continue
        if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
            name, delim = line.split("<<", 1)
            end = lines.index(delim, i + 1)  # ValueError: unterminated block
            out[name] = "\n".join(lines[i + 1:end])
            i = end + 1
        else:
            name, value = line.split("=", 1)
            out[name] = value
            i += 1
    return out


def workflow_commands(stdout: str) -> list[tuple[str, str]]:
    """The workflow commands the runner would execute, honouring ``::stop-commands::``."""
    cmds, stop = [], None
    for line in stdout.splitlines():
        if stop is not None:
            if line == f"::{stop}::":
                stop = None
            continue
        m = re.match(r"^::([A-Za-z-]+)(?: [^:]*)?::(.*)$", line)
        if m:
            if m.group(1) == "stop-commands":
                stop = m.group(2)
            cmds.append((m.group(1), m.group(2)))
    return cmds


@pytest.fixture(scope="module")
def shared_cache(tmp_path_factory):
    """One fact cache for the module's audits of the same commit, so only the first pays for the facts."""
    return tmp_path_factory.mktemp("auditor-cache")


@pytest.fixture
def runner(tmp_path, origin, shared_cache):
    return Runner(tmp_path, shallow_clone(origin, tmp_path / "workspace"), shared_cache)


# --- fake GitHub REST API -----------------------------------------------------------------------

class FakeGitHub:
    """Issue comments of one pull request: list (paginated, Link header), create, update."""

    def __init__(self, seed: int = 0, fail_writes: int | None = None) -> None:
        self.comments = [{"id": 1000 + i, "body": f"unrelated comment {i}", "user": {"login": "alice", "type": "User"}} for i in range(seed)]
        self.requests: list[tuple[str, str, str]] = []
        self.fail_writes = fail_writes
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _send(self, status, body=None, headers=None):
                data = json.dumps(body).encode() if body is not None else b""
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            def _record(self):
                fake.requests.append((self.command, self.path, self.headers.get("Authorization", "")))

            def do_GET(self):
                self._record()
                parts = urlsplit(self.path)
                m = re.fullmatch(r"/repos/territoire/covoiturage/issues/7/comments", parts.path)
                if not m:
                    return self._send(404, {"message": "Not Found"})
                q = parse_qs(parts.query)
                per_page, page = int(q.get("per_page", ["30"])[0]), int(q.get("page", ["1"])[0])
                chunk = fake.comments[(page - 1) * per_page: page * per_page]
                headers = {}
                if page * per_page < len(fake.comments):
                    headers["Link"] = f'<http://{self.headers["Host"]}{parts.path}?per_page={per_page}&page={page + 1}>; rel="next"'
                self._send(200, chunk, headers)

            def _body(self):
                return json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))) or b"{}")

            def do_POST(self):
                self._record()
                body = self._body()
                if fake.fail_writes:
                    return self._send(fake.fail_writes, {"message": "Resource not accessible by integration"})
                if self.path != "/repos/territoire/covoiturage/issues/7/comments":
                    return self._send(404, {"message": "Not Found"})
                c = {"id": 5000 + len(fake.comments), "body": body["body"], "user": {"login": "github-actions[bot]", "type": "Bot"}}
                fake.comments.append(c)
                self._send(201, c)

            def do_PATCH(self):
                self._record()
                body = self._body()
                m = re.fullmatch(r"/repos/territoire/covoiturage/issues/comments/(\d+)", self.path)
                target = [c for c in fake.comments if m and c["id"] == int(m.group(1))]
                if not target:
                    return self._send(404, {"message": "Not Found"})
                target[0]["body"] = body["body"]
                self._send(200, target[0])

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def ours(self) -> list[dict]:
        return [c for c in self.comments if c["body"].startswith(github_action.MARKER)]


@pytest.fixture
def fake_github():
    servers = []

    def make(**kw):
        servers.append(FakeGitHub(**kw))
        return servers[-1]

    yield make
    for s in servers:
        s.close()


def pr_event(title: str = HOSTILE_TITLE) -> dict:
    return {"action": "synchronize", "number": 7, "pull_request": {
        "number": 7, "title": title, "head": {"ref": HOSTILE_BRANCH, "repo": {"full_name": "territoire/covoiturage"}},
        "base": {"ref": "main"}}}


def push_event() -> dict:
    return {"ref": f"refs/heads/{HOSTILE_BRANCH}", "head_commit": {"message": "$(touch pwned-msg)\n::error::x"}}


# --- tests --------------------------------------------------------------------------------------

def test_push_on_shallow_clone_deepens_history_and_sets_outputs(runner, fake_github):
    api = fake_github()
    env = runner.env("push", push_event(), comment="true")
    env["GITHUB_API_URL"] = api.url
    proc = runner.run(env)
    assert proc.returncode == 0, proc.stderr
    assert git(runner.workspace, "rev-parse", "--is-shallow-repository").strip() == "false"
    cmds = workflow_commands(proc.stdout)
    assert ("notice", "Shallow checkout deepened: the full history was fetched for the maintenance checks.") in cmds
    assert ("notice", "comment: not a pull request event; no comment posted.") in cmds and api.requests == []

    out = runner.outputs()
    assert set(out) == {"score", "level", "open-source", "scaling", "report-json", "report-html", "sarif"}
    report = json.loads(Path(out["report-json"]).read_text())
    assert report["target"]["shallow"] is False and report["target"]["has_history"] is True
    assert float(out["score"]) == pytest.approx(report["scores"]["overall"])
    assert out["level"] == report["scores"]["level"]["id"]
    assert float(out["open-source"]) == pytest.approx(report["scores"]["criteria"]["open_source"]["score"])
    assert float(out["scaling"]) == pytest.approx(report["scores"]["criteria"]["scaling"]["score"])
    assert out["sarif"] == ""
    if "html" in formats():
        assert Path(out["report-html"]).is_file() and Path(out["report-html"]).parent == Path(out["report-json"]).parent
    summary = runner.summary.read_text()
    assert summary.strip() and "fetch-depth: 0" not in summary
    if "md" in formats():  # the Markdown renderer's output is the job summary
        md = (Path(out["report-json"]).parent / "readiness-report.md").read_text()
        assert md.strip() and md.strip() in summary


def test_pull_request_comment_is_created_once_then_updated_in_place(runner, fake_github):
    api = fake_github(seed=130)  # our comment lands on the second page of the list
    env = runner.env("pull_request", pr_event("Add a licence"), comment="true", sarif="true")
    env["GITHUB_API_URL"] = api.url
    first = runner.run(env)
    assert first.returncode == 0, first.stderr
    assert len(api.ours()) == 1
    body = api.ours()[0]["body"]
    assert body.startswith("<!-- readiness-auditor -->\n") and "https://github.com/territoire/covoiturage/actions/runs/4242" in body

    second = runner.run(env)
    assert second.returncode == 0, second.stderr
    assert len(api.ours()) == 1 and len(api.comments) == 131
    methods = [m for m, _, _ in api.requests]
    assert methods.count("POST") == 1 and methods.count("PATCH") == 1
    assert all(auth == f"Bearer {TOKEN}" for _, _, auth in api.requests)
    assert any("page=2" in path for m, path, _ in api.requests if m == "GET")
    if "sarif" in formats():
        sarif = json.loads(Path(runner.outputs()["sarif"]).read_text())
        assert sarif.get("version") == "2.1.0"


@needs_sarif
def test_sarif_output_names_the_sarif_file(runner):
    proc = runner.run(runner.env("push", push_event(), sarif="true", formats="json"))
    assert proc.returncode == 0, proc.stderr
    out = runner.outputs()
    assert out["sarif"].endswith(".sarif") and Path(out["sarif"]).is_file() and out["report-html"] == ""


def test_comment_refused_by_the_api_is_a_warning_and_the_gate_sets_the_exit_code(runner, fake_github):
    api = fake_github(fail_writes=403)
    env = runner.env("pull_request", pr_event("Fork PR"), comment="true", fail_under="99.5")
    env["GITHUB_API_URL"] = api.url
    proc = runner.run(env)
    assert proc.returncode == 1, proc.stderr  # the gate, not the comment
    cmds = workflow_commands(proc.stdout)
    assert any(name == "warning" and "403" in msg for name, msg in cmds)
    assert any(name == "error" and "gate not met" in msg for name, msg in cmds)
    assert api.comments == [] and runner.outputs()["score"]


def test_usage_error_is_exit_2_with_a_plain_summary(runner):
    proc = runner.run(runner.env("push", push_event(), min_level="no-such-level"))
    assert proc.returncode == 2
    assert "exit code 2" in runner.summary.read_text()
    assert runner.outputs() == {}


def test_hostile_branch_name_and_pr_title_are_harmless(runner, fake_github, tmp_path):
    api = fake_github()
    env = runner.env("pull_request", pr_event(), comment="true")
    env["GITHUB_API_URL"] = api.url
    proc = runner.run(env)
    assert proc.returncode == 0, proc.stderr
    # Nothing was executed: no file created anywhere the step could reach.
    assert not list(tmp_path.rglob("pwned*")) and not list(Path.cwd().glob("pwned*")), "a hostile value was executed"
    # The runner would execute only the script's own commands; the title is one escaped notice.
    cmds = workflow_commands(proc.stdout)
    assert {name for name, _ in cmds} <= set(KNOWN_COMMANDS)
    assert [msg for name, msg in cmds if name == "add-mask"] == [TOKEN]
    notices = [msg for name, msg in cmds if name == "notice" and "pull request #7" in msg]
    assert len(notices) == 1 and "%0A::set-output" in notices[0] and "%250A" in notices[0] and HOSTILE_BRANCH.replace("%", "%25") in notices[0]
    assert not any(name == "error" for name, _ in cmds)
    # Outputs hold the measured values, not the injected ones; the comment was posted.
    out = runner.outputs()
    assert set(out) == {"score", "level", "open-source", "scaling", "report-json", "report-html", "sarif"}
    assert out["score"] != "100" and re.fullmatch(r"\d+(\.\d+)?", out["score"])
    assert len(api.ours()) == 1


def test_unreachable_history_is_explained_and_the_token_never_printed(runner, fake_github):
    api = fake_github()
    env = runner.env("pull_request", pr_event("A title"), comment="true")
    env["GITHUB_API_URL"] = api.url
    git(runner.workspace, "remote", "set-url", "origin", str(runner.tmp / "gone.git"))  # both fetch attempts fail (the second with the token)
    proc = runner.run(env)
    assert proc.returncode == 0, proc.stderr
    summary = runner.summary.read_text()
    assert "fetch-depth: 0" in summary
    assert any(name == "warning" and "fetch-depth: 0" in msg for name, msg in workflow_commands(proc.stdout))
    assert json.loads(Path(runner.outputs()["report-json"]).read_text())["target"]["shallow"] is True
    assert "fetch-depth: 0" in api.ours()[0]["body"]
    # The token: masked first, then nowhere.
    assert proc.stdout.splitlines()[0] == f"::add-mask::{TOKEN}"
    assert proc.stdout.count(TOKEN) == 1 and TOKEN not in proc.stderr
    for f in (runner.summary, runner.output, *Path(env["RUNNER_TEMP"]).rglob("*.*")):
        if f.is_file():
            assert TOKEN not in f.read_text(errors="replace"), f
    assert TOKEN not in api.ours()[0]["body"]
    assert TOKEN not in (runner.workspace / ".git" / "config").read_text()


def test_missing_renderer_is_skipped_with_a_warning(runner, monkeypatch, capsys):
    monkeypatch.setattr("auditor.reports.formats", lambda: ["json", "terminal"])
    env = runner.env("push", push_event(), formats="json html", sarif="true")
    rc = github_action.main(env)
    assert rc == 0
    cmds = workflow_commands(capsys.readouterr().out)
    assert ("warning", "Format 'sarif' is not available in this version of readiness-auditor: skipped.") in cmds
    out = runner.outputs()
    assert out["sarif"] == "" and out["report-html"] == "" and out["score"]
    assert "Score global" in runner.summary.read_text()  # the short fallback table


# --- units --------------------------------------------------------------------------------------

def test_escape_data_follows_the_runner():
    assert github_action.escape_data("a%b\r\nc::d") == "a%25b%0D%0Ac::d"


def test_set_outputs_is_multiline_safe(tmp_path):
    path = tmp_path / "out"
    path.write_text("")
    values = {"a": "one\ntwo\nghadelimiter_x", "b": "", "c": "x=y<<z"}
    github_action.set_outputs(str(path), values)
    assert parse_github_output(path.read_text()) == values


def test_token_goes_to_git_through_the_environment():
    env = github_action._token_env("s3cret", "https://github.com/", {"GIT_CONFIG_COUNT": "1"})
    assert env["GIT_CONFIG_COUNT"] == "2" and env["GIT_CONFIG_KEY_1"] == "http.https://github.com/.extraheader"
    assert env["GIT_CONFIG_VALUE_1"].startswith("AUTHORIZATION: basic ") and "s3cret" not in env["GIT_CONFIG_VALUE_1"]


def test_plan_passes_values_as_separate_arguments(tmp_path):
    (tmp_path / "ci").mkdir()
    (tmp_path / "ci" / "rules.yml").write_text("id: x\n")
    plan = plan_audit(str(tmp_path), tmp_path / "out", ["html", "nope"], ruleset="ci/rules.yml", lang="en", fail_under=" 60 ", min_level="$(id)")
    assert plan.argv[plan.argv.index("--ruleset") + 1] == str(tmp_path / "ci" / "rules.yml")
    assert plan.argv[plan.argv.index("--min-level") + 1] == "$(id)"
    assert plan.argv[plan.argv.index("--fail-under") + 1] == "60"
    assert "nope" in plan.skipped and "json" in plan.paths


def test_pull_request_number():
    assert github_action.pull_request_number({"pull_request": {"number": 3}}) == 3
    assert github_action.pull_request_number({"number": 4}) == 4
    assert github_action.pull_request_number({"pull_request": {"number": "3; rm"}}) is None


def test_self_hosted_forge_is_declared_to_the_cli():
    from auditor.ci.common import forge_env

    assert forge_env({}, "github", "https://github.com", "https://api.github.com") == {}
    assert forge_env({"AUDITOR_GITHUB_HOSTS": "a.example"}, "github", "https://ghe.region.fr", "https://ghe.region.fr/api/v3/") == {
        "AUDITOR_GITHUB_HOSTS": "a.example,ghe.region.fr", "AUDITOR_API_GHE_REGION_FR": "https://ghe.region.fr/api/v3"}
    assert forge_env({}, "gitlab", "https://forge.grenoble.fr", None) == {"AUDITOR_GITLAB_HOSTS": "forge.grenoble.fr"}
