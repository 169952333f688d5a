"""What the CI entry points share: CLI arguments from settings, the report files, a shallow-clone probe."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditor.gitio import GitError, run_git

#: File name written for each built-in format, inside the output folder (a renderer from a plugin
#: writes ``readiness-report.<its extension>``).
FILENAMES = {
    "json": "readiness-report.json",
    "html": "readiness-report.html",
    "md": "readiness-report.md",
    "sarif": "readiness-report.sarif",
    "codequality": "gl-code-quality-report.json",
    "csv": "readiness-report.csv",
}


def split_list(text: str | None) -> list[str]:
    """``"json, html md"`` -> ``["json", "html", "md"]`` (commas and whitespace both separate)."""
    return [item for item in re.split(r"[\s,]+", (text or "").strip().lower()) if item]


def truthy(text: str | None) -> bool:
    return (text or "").strip().lower() in ("1", "true", "yes", "on")


@dataclass
class AuditPlan:
    """The CLI command to run and the files it will write."""

    argv: list[str]
    paths: dict[str, Path]
    skipped: list[str] = field(default_factory=list)  # formats this installed version cannot render


def plan_audit(target: str, out_dir: Path, formats: list[str], *, ruleset: str = "", lang: str = "", fail_under: str = "",
               min_level: str = "") -> AuditPlan:
    """Build ``auditor audit TARGET --format json -o … --write FMT:PATH …`` from CI settings.

    A relative ruleset path is read from ``target`` (the workspace). Empty settings are left out so the ruleset's own defaults apply. Values are passed as separate
    arguments (never through a shell); the CLI validates them and exits 2 on a bad one. A format
    this version cannot render (a renderer not installed) is skipped and reported in ``skipped``.
    """
    from auditor.reports import formats as available_formats
    from auditor.reports import registry

    available = set(available_formats())
    wanted = ["json"] + [f for f in dict.fromkeys(formats) if f not in ("json", "terminal")]
    paths: dict[str, Path] = {}
    skipped: list[str] = []
    for fmt in wanted:
        if fmt not in available:
            skipped.append(fmt)
            continue
        paths[fmt] = out_dir / FILENAMES.get(fmt, f"readiness-report.{registry()[fmt].extension}")
    argv = [sys.executable, "-I", "-m", "auditor", "audit", target, "--format", "json", "--output", str(paths["json"])]
    for fmt, path in paths.items():
        if fmt != "json":
            argv += ["--write", f"{fmt}:{path}"]
    ruleset = ruleset.strip()
    if ruleset and not Path(ruleset).is_absolute() and (ruleset.lower().endswith((".yml", ".yaml")) or "/" in ruleset):
        base = Path(target)
        if (base / ruleset).is_file():  # a ruleset file kept in the audited repository
            ruleset = str(base / ruleset)
    for opt, value in (("--ruleset", ruleset), ("--lang", lang), ("--fail-under", fail_under), ("--min-level", min_level)):
        if value and value.strip():
            argv += [opt, value.strip()]
    return AuditPlan(argv, paths, skipped)


def forge_env(env: dict[str, str], kind: str, server_url: str | None, api_url: str | None) -> dict[str, str]:
    """Declare a self-hosted forge (GitHub Enterprise, a GitLab not named ``gitlab.*``) and its API to the CLI."""
    from urllib.parse import urlsplit

    from auditor.forge import host_var

    host = (urlsplit(server_url or "").hostname or "").lower()
    if not host or host in ("github.com", "gitlab.com"):
        return {}
    var = "AUDITOR_GITHUB_HOSTS" if kind == "github" else "AUDITOR_GITLAB_HOSTS"
    out = {var: ",".join(h for h in (env.get(var, ""), host) if h)}
    if api_url:
        out[host_var("AUDITOR_API_", host)] = api_url.rstrip("/")
    return out


def load_json(path: Path | None) -> dict[str, Any] | None:
    if path is None:
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def headline(report: dict[str, Any]) -> dict[str, str]:
    """The values a pipeline may branch on: overall score, level id, the two jury criteria."""
    scores = report.get("scores") or {}
    criteria = scores.get("criteria") or {}

    def num(value: Any) -> str:
        return "" if value is None else f"{float(value):g}"

    return {
        "score": num(scores.get("overall")),
        "level": str((scores.get("level") or {}).get("id") or ""),
        "open-source": num((criteria.get("open_source") or {}).get("score")),
        "scaling": num((criteria.get("scaling") or {}).get("score")),
    }


def fallback_markdown(report: dict[str, Any], lang: str) -> str:
    """A few lines when the Markdown renderer is not installed: score, level, gate."""
    values = headline(report)
    level = (report.get("scores") or {}).get("level") or {}
    title = (level.get("title") or {}).get(lang) or values["level"] or "—"
    passed = (report.get("gate") or {}).get("passed", True)
    name = (report.get("target") or {}).get("name") or ""
    if lang == "en":
        rows = [f"## Readiness report — {md_escape(name)}", "", "| | |", "|---|---|", f"| Overall score | {values['score'] or '—'}/100 |",
                f"| Level | {md_escape(title)} |", f"| Open source | {values['open-source'] or '—'} |", f"| Scaling | {values['scaling'] or '—'} |",
                f"| Gate | {'passed' if passed else 'not met'} |"]
    else:
        rows = [f"## Rapport de maturité — {md_escape(name)}", "", "| | |", "|---|---|", f"| Score global | {values['score'] or '—'}/100 |",
                f"| Niveau | {md_escape(title)} |", f"| Open source | {values['open-source'] or '—'} |",
                f"| Passage à l'échelle | {values['scaling'] or '—'} |", f"| Seuil | {'atteint' if passed else 'non atteint'} |"]
    return "\n".join(rows) + "\n"


def md_escape(text: str) -> str:
    """Plain text inside Markdown: no HTML, no table breaks, no links, one line."""
    text = re.sub(r"[\r\n]+", " ", str(text))
    return re.sub(r"([\\`*_{}\[\]<>()#+!|~])", r"\\\1", text)


def is_shallow(workspace: Path) -> bool | None:
    """True/False for a git checkout, None when ``workspace`` is not one (or git cannot read it)."""
    try:
        out = run_git(None, "-C", str(workspace), "rev-parse", "--is-shallow-repository", timeout=30)
    except (GitError, OSError, subprocess.TimeoutExpired):
        return None
    return out.decode().strip() == "true"


def unshallow(workspace: Path, attempts: list[dict[str, str] | None]) -> str | None:
    """``git fetch --unshallow --tags origin``, once per environment in ``attempts`` until one works.

    git runs through :mod:`auditor.gitio` (hooks, fsmonitor and ``ext::`` disabled, never prompts).
    Returns None once the history is complete, else the last failure's one-line reason.
    """
    reason = "no attempt"
    for extra in attempts:
        try:
            run_git(None, "-C", str(workspace), "fetch", "--unshallow", "--tags", "--quiet", "--no-recurse-submodules", "origin",
                    timeout=600, env=extra)
        except (GitError, OSError, subprocess.TimeoutExpired) as exc:
            reason = getattr(exc, "summary", None) or type(exc).__name__
            continue
        if is_shallow(workspace) is False:
            return None
        reason = "still shallow after fetching"
    return reason
