"""Entry point of the GitHub Action (``action.yml``): ``python -I -m auditor.ci.github_action``.

The action passes its inputs as ``GHA_AUDITOR_*`` environment variables (never through shell code);
this script turns them into an ``auditor audit $GITHUB_WORKSPACE`` command, then publishes what the
CLI wrote: the Markdown report in the job summary, the step outputs, and (when asked, on a pull
request) one comment that later runs update in place. Its exit code is the CLI's: 0 done, 1 gate not
met, 2 usage error, 3 nothing to audit, 4 internal error.

Values that come from the repository or the event (branch names, titles, report text) never reach a
shell, and reach the runner's workflow-command parser only escaped (:func:`escape_data`) or inside
a ``::stop-commands::`` block.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import subprocess
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from auditor.ci.common import AuditPlan, fallback_markdown, forge_env, headline, is_shallow, load_json, plan_audit, split_list, truthy, unshallow

MARKER = "<!-- readiness-auditor -->"
COMMENT_LIMIT = 65000  # GitHub refuses comment bodies over 65,536 characters
SUMMARY_LIMIT = 1000 * 1000  # a step's job summary is capped at 1 MiB
DEFAULT_FORMATS = "json html"
PR_EVENTS = ("pull_request", "pull_request_target")


# --- workflow commands -------------------------------------------------------------------------

def escape_data(text: str) -> str:
    """Escape a workflow command's message (GitHub's ``escapeData``: ``%``, ``\\r``, ``\\n``)."""
    return str(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def command(name: str, message: str = "") -> None:
    print(f"::{name}::{escape_data(message)}", flush=True)


def warning(message: str) -> None:
    command("warning", message)


def notice(message: str) -> None:
    command("notice", message)


def append_file(path: str | None, text: str) -> None:
    if path:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(text)


def set_outputs(path: str | None, values: Mapping[str, str]) -> None:
    """Append ``name<<DELIM`` … ``DELIM`` blocks to ``$GITHUB_OUTPUT`` (safe for any value, multiline included)."""
    if not path:
        return
    chunks = []
    for name, value in values.items():
        delim = f"ghadelimiter_{secrets.token_hex(16)}"
        while delim in value:  # cannot happen with 128 random bits, but a value must never close its block
            delim = f"ghadelimiter_{secrets.token_hex(16)}"
        chunks.append(f"{name}<<{delim}\n{value}\n{delim}\n")
    append_file(path, "".join(chunks))


# --- history ------------------------------------------------------------------------------------

def _token_env(token: str, server_url: str, base: Mapping[str, str]) -> dict[str, str]:
    """Git configuration that sends the token as an HTTP header, through the environment (not argv, not .git/config)."""
    header = base64.b64encode(f"x-access-token:{token}".encode()).decode()
    n = int(base.get("GIT_CONFIG_COUNT", "0") or 0)
    return {
        "GIT_CONFIG_COUNT": str(n + 1),
        f"GIT_CONFIG_KEY_{n}": f"http.{server_url.rstrip('/')}/.extraheader",
        f"GIT_CONFIG_VALUE_{n}": f"AUTHORIZATION: basic {header}",
    }


def deepen_history(workspace: Path, token: str, server_url: str, env: Mapping[str, str]) -> str | None:
    """Fetch the full history of a shallow checkout; return a note when it stays shallow.

    First with the credentials actions/checkout left (or none, for a public repository), then with
    ``token`` sent as a header. git runs with hooks, fsmonitor and ``ext::`` disabled
    (:mod:`auditor.gitio`), never prompts, and the token is never on a command line.
    """
    if not is_shallow(workspace):
        return None
    print("::group::Fetching the full history (shallow checkout)", flush=True)
    attempts: list[dict[str, str] | None] = [None]
    if token:
        attempts.append(_token_env(token, server_url, env))
    reason = unshallow(workspace, attempts)
    print("::endgroup::", flush=True)
    if reason is None:
        notice("Shallow checkout deepened: the full history was fetched for the maintenance checks.")
        return None
    warning(f"Could not fetch the full history ({reason}): maintenance checks need `fetch-depth: 0` in actions/checkout.")
    return ("> [!WARNING]\n> Clone superficiel : les contrôles de maintenance (historique, contributeurs, publications) ne sont pas "
            "mesurables. Ajoutez `fetch-depth: 0` à `actions/checkout`.  \n> Shallow checkout: maintenance checks (history, "
            "contributors, releases) cannot be measured. Add `fetch-depth: 0` to `actions/checkout`.\n\n")


# --- pull request comment -----------------------------------------------------------------------

def _request(method: str, url: str, token: str, body: dict[str, Any] | None = None) -> tuple[Any, Mapping[str, str]]:
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method, headers={
        "Accept": "application/vnd.github+json",
        "Authorization": f"Bearer {token}",
        "X-GitHub-Api-Version": "2022-11-28",
        "User-Agent": "readiness-auditor-action",
        **({"Content-Type": "application/json"} if data is not None else {}),
    })
    with urllib.request.urlopen(req, timeout=30) as resp:  # noqa: S310 - the API URL comes from the runner
        text = resp.read().decode("utf-8")
        return (json.loads(text) if text else None), resp.headers


def _next_link(headers: Mapping[str, str]) -> str | None:
    for part in (headers.get("Link") or "").split(","):
        url, _, rel = part.partition(";")
        if 'rel="next"' in rel:
            return url.strip().strip("<>")
    return None


def upsert_comment(api_url: str, repository: str, number: int, token: str, body: str) -> str:
    """Create the pull request comment, or update the one an earlier run created (found by :data:`MARKER`).

    Returns ``"created"`` or ``"updated"``; raises ``urllib.error.URLError`` on an API failure.
    """
    base = f"{api_url.rstrip('/')}/repos/{urllib.parse.quote(repository, safe='/')}"
    url: str | None = f"{base}/issues/{number}/comments?per_page=100"
    existing = None
    pages = 0
    while url and existing is None and pages < 30:
        comments, headers = _request("GET", url, token)
        pages += 1
        for c in comments or []:
            if isinstance(c, dict) and str(c.get("body") or "").lstrip().startswith(MARKER):
                existing = c
                break
        url = _next_link(headers)
    if existing is not None:
        _request("PATCH", f"{base}/issues/comments/{int(existing['id'])}", token, {"body": body})
        return "updated"
    _request("POST", f"{base}/issues/{number}/comments", token, {"body": body})
    return "created"


def comment_body(markdown: str, run_url: str | None) -> str:
    footer = f"\n\n---\n[Rapport complet / full report]({run_url})\n" if run_url else "\n"
    room = COMMENT_LIMIT - len(MARKER) - len(footer) - 64
    if len(markdown) > room:
        markdown = markdown[:room].rsplit("\n", 1)[0] + "\n\n… (tronqué / truncated)"
    return f"{MARKER}\n{markdown.rstrip()}{footer}"


def pull_request_number(event: Mapping[str, Any]) -> int | None:
    pr = event.get("pull_request") or {}
    number = pr.get("number") if isinstance(pr, dict) else None
    number = number if number is not None else event.get("number")
    return number if isinstance(number, int) and not isinstance(number, bool) else None


# --- main ---------------------------------------------------------------------------------------

def run_cli(plan: AuditPlan, env: Mapping[str, str], token: str, cwd: Path) -> int:
    """Run the CLI; its log goes between ``::stop-commands::`` markers, so no line of it is a workflow command."""
    child = {k: v for k, v in env.items() if not k.startswith("GHA_AUDITOR_")}
    if token:
        child["GITHUB_TOKEN"] = token
    child.update(forge_env(child, "github", env.get("GITHUB_SERVER_URL"), env.get("GITHUB_API_URL")))
    child.setdefault("NO_COLOR", "1")
    # A cache that lives as long as the job: a self-hosted runner's home outlives jobs, and facts
    # cached from an earlier shallow run of the same commit must not stand in for the full history.
    child.setdefault("AUDITOR_CACHE_DIR", str(cwd.parent / "readiness-auditor-cache"))
    stop = secrets.token_hex(16)
    print("::group::auditor audit", flush=True)
    print(f"::stop-commands::{stop}", flush=True)
    try:
        rc = subprocess.run(plan.argv, env=child, cwd=cwd, stdin=subprocess.DEVNULL, check=False).returncode
    finally:
        print(f"::{stop}::", flush=True)
        print("::endgroup::", flush=True)
    return rc


def _event(env: dict[str, str]) -> dict[str, Any]:
    """The event payload (GITHUB_EVENT_PATH), or {} with a warning when unreadable."""
    if not env.get("GITHUB_EVENT_PATH"):
        return {}
    try:
        loaded = json.loads(Path(env["GITHUB_EVENT_PATH"]).read_text(encoding="utf-8"))
        return loaded if isinstance(loaded, dict) else {}
    except (OSError, ValueError):
        warning("Could not read the event payload (GITHUB_EVENT_PATH).")
        return {}


def _summary(env: dict[str, str], plan, report: dict, lang: str, shallow_note: str | None) -> str:
    """The job summary (the Markdown report, truncated to GitHub's limit) is appended; the Markdown returned."""
    md_path = plan.paths.get("md")
    markdown = md_path.read_text(encoding="utf-8") if md_path and md_path.is_file() else fallback_markdown(report, lang)
    summary = (shallow_note or "") + markdown.rstrip() + "\n"
    if len(summary.encode("utf-8")) > SUMMARY_LIMIT:
        summary = summary.encode("utf-8")[:SUMMARY_LIMIT].decode("utf-8", "ignore").rsplit("\n", 1)[0] + "\n\n… (tronqué / truncated)\n"
    append_file(env.get("GITHUB_STEP_SUMMARY"), summary)
    return markdown


def _comment(env: dict[str, str], token: str, repository: str, server_url: str, pr_number: int | None, body: str) -> None:
    """Post or update the pull request comment when asked (GHA_AUDITOR_COMMENT)."""
    if pr_number is None:
        notice("comment: not a pull request event; no comment posted.")
        return
    if not token or not repository:
        warning("comment: no token or repository; no comment posted.")
        return
    run_url = f"{server_url.rstrip('/')}/{repository}/actions/runs/{env['GITHUB_RUN_ID']}" if env.get("GITHUB_RUN_ID") else None
    try:
        done = upsert_comment(env.get("GITHUB_API_URL") or "https://api.github.com", repository, pr_number, token,
                              comment_body(body, run_url))
        print(f"Pull request comment {done}.", flush=True)
    except (urllib.error.URLError, OSError, ValueError, KeyError, TypeError) as exc:
        status = getattr(exc, "code", None)
        hint = " (pull requests from forks get a read-only token; the job summary has the report)" if status in (401, 403, 404) else ""
        warning(f"comment: could not post the pull request comment: HTTP {status or type(exc).__name__}{hint}.")


def main(environ: Mapping[str, str] | None = None) -> int:
    env = dict(os.environ if environ is None else environ)
    token = env.get("GHA_AUDITOR_TOKEN", "").strip()
    if token:
        print(f"::add-mask::{escape_data(token)}", flush=True)
    workspace = Path(env.get("GITHUB_WORKSPACE") or os.getcwd()).resolve()
    out_dir = Path(env.get("RUNNER_TEMP") or tempfile.mkdtemp(prefix="readiness-")) / "readiness-auditor"
    out_dir.mkdir(parents=True, exist_ok=True)
    lang = env.get("GHA_AUDITOR_LANG", "").strip() or "fr"
    server_url = env.get("GITHUB_SERVER_URL") or "https://github.com"
    repository = env.get("GITHUB_REPOSITORY", "")
    event = _event(env)
    pr_number = pull_request_number(event) if env.get("GITHUB_EVENT_NAME", "") in PR_EVENTS else None
    if pr_number is not None:
        title = str((event.get("pull_request") or {}).get("title") or "")
        notice(f"Auditing pull request #{pr_number}: {title} ({env.get('GITHUB_HEAD_REF', '')} -> {env.get('GITHUB_BASE_REF', '')})")

    formats = split_list(env.get("GHA_AUDITOR_FORMATS") or DEFAULT_FORMATS)
    if truthy(env.get("GHA_AUDITOR_SARIF")):
        formats.append("sarif")
    plan = plan_audit(str(workspace), out_dir, formats + ["md"], ruleset=env.get("GHA_AUDITOR_RULESET", ""), lang=lang,
                      fail_under=env.get("GHA_AUDITOR_FAIL_UNDER", ""), min_level=env.get("GHA_AUDITOR_MIN_LEVEL", ""))
    for fmt in plan.skipped:
        warning(f"Format {fmt!r} is not available in this version of readiness-auditor: skipped.")

    for stale in plan.paths.values():  # an earlier run in the same job must not pass for this one
        stale.unlink(missing_ok=True)
    shallow_note = deepen_history(workspace, token, server_url, env)
    rc = run_cli(plan, env, token, out_dir)

    report = load_json(plan.paths["json"])
    if report is None:
        append_file(env.get("GITHUB_STEP_SUMMARY"), f"## readiness-auditor\n\nL'audit n'a pas abouti (code {rc}) ; voir le journal du job. / "
                                                     f"The audit did not complete (exit code {rc}); see the job log.\n")
        command("error", f"readiness-auditor failed with exit code {rc}; see the log above.")
        return rc or 4
    markdown = _summary(env, plan, report, lang, shallow_note)

    outputs = headline(report)
    outputs.update({
        "report-json": str(plan.paths["json"]),
        "report-html": str(plan.paths["html"]) if "html" in plan.paths else "",
        "sarif": str(plan.paths["sarif"]) if "sarif" in plan.paths else "",
    })
    set_outputs(env.get("GITHUB_OUTPUT"), outputs)

    if truthy(env.get("GHA_AUDITOR_COMMENT")):
        _comment(env, token, repository, server_url, pr_number, (shallow_note or "") + markdown)
    if rc == 1:
        reasons = (report.get("gate") or {}).get("reasons") or []
        command("error", "Readiness gate not met: " + "; ".join(f"{r.get('kind')} {r.get('actual')} < {r.get('needed')}" for r in reasons))
    return rc


if __name__ == "__main__":
    sys.exit(main())
