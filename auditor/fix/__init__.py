"""``auditor fix``: write the missing pieces an audit found into a working tree, never overwriting a file.

What it can write, and for which checks (:data:`FIXES`): a LICENSE with the full official text of a
license of the French list (the team chooses with ``--license``; without it the tool proposes the
ones compatible with the dependency licenses it found), a ``publiccode.yml`` built from the facts
(unknown fields marked, the validator run on it), CONTRIBUTING, SECURITY and CODE_OF_CONDUCT filled
with the project's names and contacts, a ``.env.example`` listing the settings the code reads, a
README (when there is none) or the missing README sections in a NEW file ``README.sections.md``
(the existing README is never touched), and an ``.auditor.yml`` skeleton.

Every unknown is marked ``À COMPLÉTER`` / ``TO COMPLETE``: a file left with its markers is reported
as a draft by the audit, never as a pass.
"""

from __future__ import annotations

import datetime as _dt
import gzip
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from auditor.fix import templates

LICENSE_CHECKS = ("licensing.license-file", "licensing.open-license", "licensing.authorized-fr")
README_SECTIONS_FILE = "README.sections.md"
COMMUNITY_FILES = {"contributing": "CONTRIBUTING.md", "security": "SECURITY.md", "code_of_conduct": "CODE_OF_CONDUCT.md"}
# licenses whose official text exists in French: written in French when --lang fr
FRENCH_TEXTS = ("CECILL-2.1", "CECILL-B", "CECILL-C", "etalab-2.0")


@dataclass
class Proposal:
    path: str
    text: str
    checks: list[str]
    kind: str
    notes: list[dict[str, str]] = field(default_factory=list)


@dataclass
class FixPlan:
    proposals: list[Proposal]
    skipped: list[dict[str, str]]  # {"path", "reason"}: would have been written, but the file exists
    license_proposals: list[dict[str, Any]]  # when no --license: the allowed licenses, compatible first
    report: dict[str, Any]


# -- what `auditor fix` can address, for the audit's action plan ------------------------------------

def fixable(result: dict[str, Any], facts: dict[str, Any]) -> list[str]:
    """The files ``auditor fix`` would write for this result (empty when it cannot help).

    A pure function of the result and the report's facts: the action plan shows it, and the fix
    command plans from the same answer.
    """
    if result.get("status") not in ("fail", "warn"):
        return []
    files = facts.get("files") or {}
    cid = result.get("id")
    if cid in LICENSE_CHECKS:
        return ["LICENSE"] if not (facts.get("license") or {}).get("files") else []
    if cid == "documentation.publiccode":
        return ["publiccode.yml"] if not files.get("publiccode") else []
    if cid == "documentation.community-files":
        return [name for kind, name in COMMUNITY_FILES.items() if kind in ((result.get("details") or {}).get("missing") or []) and not files.get(kind)]
    if cid == "reusability.configuration":
        details = result.get("details") or {}
        return [".env.example"] if not files.get("env_template") and not details.get("templates") and details.get("env_vars") else []
    if cid == "documentation.readme":
        return ["README.md"] if not files.get("readme") else []
    if cid == "documentation.readme-sections":
        if not files.get("readme"):
            return ["README.md"]
        return [README_SECTIONS_FILE] if (result.get("details") or {}).get("missing") else []
    return []


# -- license texts -------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _license_data() -> dict[str, Any]:
    raw = resources.files("auditor.licenses").joinpath("licenses.json.gz").read_bytes()
    return json.loads(gzip.decompress(raw))["licenses"]


def allowed_licenses() -> tuple[str, ...]:
    from auditor.checks.licensing.common import FR_SOFTWARE_PERMISSIVE, FR_SOFTWARE_RECIPROCAL

    return FR_SOFTWARE_PERMISSIVE + FR_SOFTWARE_RECIPROCAL + ("etalab-2.0",)


def license_text(lid: str, lang: str, year: int, holder: str | None) -> str:
    """The full official text (French for CeCILL and Etalab when ``lang`` is fr), placeholders of the
    short permissive texts filled with the year and the holder."""
    texts = (_license_data().get(lid) or {}).get("texts") or []
    if not texts:
        raise KeyError(lid)
    want = "fr" if lang == "fr" and lid in FRENCH_TEXTS else "en"
    if lid == "etalab-2.0":
        want = "fr"  # the French text is the official one; the English is a translation
    chosen = next((t for t in texts if t["lang"] == want), texts[0])
    text = chosen["text"].rstrip() + "\n"
    who = holder or templates.TODO[lang]
    if lid in ("MIT", "BSD-2-Clause", "BSD-3-Clause"):
        text = text.replace("<year>", str(year)).replace("<copyright holders>", who).replace("<owner>", who)
    return text


def propose_licenses(dep_licenses: list[str]) -> list[dict[str, Any]]:
    """Every allowed software license with its worst compatibility verdict against the dependencies'
    licenses: compatible ones first (permissive before reciprocal, in the French list's order)."""
    from auditor.licenses.compat import RANK, verdict

    out = []
    for i, lid in enumerate(allowed_licenses()):
        if lid == "etalab-2.0":
            continue  # for data and documents, not code
        worst, why, against = ("ok" if dep_licenses else "unchecked"), "", None
        for dep in dep_licenses:
            v, reason, _ = verdict([lid], dep)
            if v == "unknown":
                continue
            if worst == "unchecked" or RANK[v] < RANK[worst]:
                worst, why, against = v, reason, dep
        out.append({"id": lid, "verdict": worst, "reason": why, "against": against, "order": i})
    out.sort(key=lambda p: (-RANK.get(p["verdict"], 1), p["order"]))
    return out


def dependency_licenses(root: Path) -> list[str]:
    """The license expressions of the runtime dependencies pinned in npm and Composer lockfiles of the
    working tree (offline: other ecosystems' lockfiles carry none)."""
    from auditor.facts.dependency_licenses import composer_deps, npm_deps

    found: set[str] = set()
    for name, parse in (("package-lock.json", npm_deps), ("composer.lock", composer_deps)):
        path = root / name
        if not path.is_file() or path.is_symlink() or path.stat().st_size > 50_000_000:
            continue
        try:
            deps, _ = parse(path.read_text(encoding="utf-8", errors="replace"))
        except ValueError:
            continue
        found |= {str(d["license"]) for d in deps if d.get("license") and not d.get("dev")}
    return sorted(found)


# -- planning ------------------------------------------------------------------------------------

def _exists(root: Path, rel: str) -> bool:
    """A file at ``rel`` already exists in the working tree (same name in any case; a symlink counts)."""
    target = root / rel
    if target.exists() or target.is_symlink():
        return True
    parent = target.parent
    if not parent.is_dir():
        return False
    return any(p.name.lower() == target.name.lower() for p in parent.iterdir())


def _result(report: dict[str, Any], cid: str) -> dict[str, Any]:
    return next((r for r in report.get("results") or [] if r.get("id") == cid), {})


def _readme_title(facts: dict[str, Any]) -> str | None:
    """The README's own title (a level-1 heading in its first lines), which reads better than a slug."""
    return next((h.get("text") for h in (facts.get("readme") or {}).get("headings") or []
                 if isinstance(h, dict) and h.get("level") == 1 and h.get("line", 99) <= 5 and 2 <= len(str(h.get("text") or "")) <= 80), None)


def _issue_tracker(tgt: dict[str, Any]) -> str | None:
    web = tgt.get("web_url")
    if isinstance(web, str) and web.startswith("https://") and tgt.get("forge") in ("github", "gitlab"):
        return web.rstrip("/") + ("/issues" if tgt["forge"] == "github" else "/-/issues")
    return None


def _names(report: dict[str, Any]) -> dict[str, Any]:
    """The project's name, the organisation that carries it, a team contact and the issue tracker."""
    tgt = report.get("target") or {}
    facts = report.get("facts") or {}
    decl = ((facts.get("declarations") or {}).get("declared")) or {}
    name = (report.get("project") or {}).get("name") or _readme_title(facts) or tgt.get("name") or "projet"
    sponsor = decl.get("sponsor") or {}
    sponsor_type = (facts.get("project") or {}).get("sponsor_type")
    return {"name": str(name), "owner": sponsor.get("name") or None,
            "contact": next((m.get("email") for m in decl.get("maintainers") or [] if m.get("email")), None),
            "issues": _issue_tracker(tgt),
            "sponsor_type": (sponsor_type if sponsor_type not in (None, "unknown") else None) or sponsor.get("type")}


def _test_command(report: dict[str, Any]) -> str | None:
    if not ((report.get("facts") or {}).get("files") or {}).get("tests"):
        return None  # no test found: the command is the team's to write
    files = set(((report.get("facts") or {}).get("files") or {}).get("lockfiles") or [])
    langs = (report.get("facts") or {}).get("languages") or {}
    if "package-lock.json" in files or "yarn.lock" in files or "pnpm-lock.yaml" in files:
        return {"yarn.lock": "yarn test", "pnpm-lock.yaml": "pnpm test"}.get(next((f for f in ("yarn.lock", "pnpm-lock.yaml") if f in files), ""), "npm test")
    if "composer.lock" in files:
        return "composer test"
    if langs and max(langs, key=lambda k: langs[k]) == "Python":
        return "python -m pytest"
    return None


def _publiccode(report: dict[str, Any], facts: dict[str, Any], lang: str, license_id: str | None) -> Proposal | None:
    """The audit's suggested publiccode.yml, with the licence chosen here, and what the validator says of it."""
    pc = _result(report, "documentation.publiccode")
    text = (pc.get("details") or {}).get("suggestion")
    if not (fixable(pc, facts) and text):
        return None
    if license_id and license_id != "etalab-2.0":
        text = re.sub(r'(?m)^  license: .*$', f'  license: "{license_id}"', text)
    from auditor.publiccode import validate

    check = validate(text)
    note = templates_note(lang, f"validateur : {len(check.errors)} erreur(s), {len(check.draft_lines)} ligne(s) à compléter",
                          f"validator: {len(check.errors)} error(s), {len(check.draft_lines)} line(s) to complete")
    return Proposal("publiccode.yml", text if text.endswith("\n") else text + "\n", ["documentation.publiccode"], "publiccode", [note])


def _community(report: dict[str, Any], facts: dict[str, Any], lang: str, names: dict[str, Any]) -> list[Proposal]:
    """CONTRIBUTING, SECURITY and CODE_OF_CONDUCT the audit found missing."""
    out = []
    for fname in fixable(_result(report, "documentation.community-files"), facts):
        kind = next(k for k, v in COMMUNITY_FILES.items() if v == fname)
        body = {"contributing": lambda: templates.contributing(names["name"], lang, names["contact"], names["issues"], _test_command(report)),
                "security": lambda: templates.security(names["name"], lang, names["contact"]),
                "code_of_conduct": lambda: templates.code_of_conduct(names["name"], lang, names["contact"])}[kind]()
        out.append(Proposal(fname, body, ["documentation.community-files"], kind))
    return out


def _env_example(report: dict[str, Any], facts: dict[str, Any], lang: str) -> Proposal | None:
    """An .env.example listing the settings the code reads and no template documents."""
    conf = _result(report, "reusability.configuration")
    if not fixable(conf, facts):
        return None
    seen: dict[str, str | None] = {}
    for ev in conf.get("evidence") or []:
        if ev.get("kind") == "finding" and isinstance(ev.get("value"), str) and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", ev["value"]):
            seen.setdefault(ev["value"], f"{ev['path']}:{ev['line']}" if ev.get("path") and ev.get("line") else ev.get("path"))
    for var in (conf.get("details") or {}).get("undocumented") or []:
        if isinstance(var, str) and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", var):
            seen.setdefault(var, None)
    return Proposal(".env.example", templates.env_example(lang, sorted(seen.items())), ["reusability.configuration"], "env_example") if seen else None


def _readme(report: dict[str, Any], facts: dict[str, Any], lang: str, names: dict[str, Any], license_id: str | None) -> Proposal | None:
    """A README, or the missing sections beside an existing README (which is never changed)."""
    readme_r, sections_r = _result(report, "documentation.readme"), _result(report, "documentation.readme-sections")
    if "README.md" in fixable(readme_r, facts) + fixable(sections_r, facts):
        return Proposal("README.md", templates.readme(names["name"], lang, list(templates.README_SECTIONS), names["owner"], license_id),
                        ["documentation.readme", "documentation.readme-sections"], "readme")
    if README_SECTIONS_FILE in fixable(sections_r, facts):
        missing = [s for s in (sections_r.get("details") or {}).get("missing") or [] if s in templates.README_SECTIONS]
        if missing:
            return Proposal(README_SECTIONS_FILE, templates.readme_sections(names["name"], lang, missing),
                            ["documentation.readme-sections"], "readme_sections",
                            [templates_note(lang, "le README existant n'est pas modifié : copiez ces rubriques dedans",
                                            "the existing README is not changed: copy these sections into it")])
    return None


def plan(root: Path, report: dict[str, Any], lang: str = "fr", license_id: str | None = None, only: list[str] | None = None,
         as_of: _dt.date | None = None) -> FixPlan:
    """What ``auditor fix`` would write into the working tree ``root`` for this audit report."""
    facts = report.get("facts") or {}
    names = _names(report)
    proposals: list[Proposal | None] = []
    license_proposals: list[dict[str, Any]] = []
    year = (as_of or _dt.date.fromisoformat(str(report["target"]["as_of"])[:10])).year

    def wants(*checks: str) -> bool:
        return not only or any(c in only for c in checks)

    # the chosen license goes into publiccode.yml and the README only with the LICENSE written here: a
    # project that already has one keeps its own (a second license would make the sources disagree)
    lic_results = [_result(report, c) for c in LICENSE_CHECKS]
    needs_license = any(fixable(r, facts) for r in lic_results if r)
    kept_license = None
    if license_id and (not needs_license or _exists(root, "LICENSE")):
        kept_license, license_id = license_id, None
    if wants(*LICENSE_CHECKS) and needs_license and not kept_license:
        if license_id:
            proposals.append(Proposal("LICENSE", license_text(license_id, lang, year, names["owner"]), list(LICENSE_CHECKS), "license",
                                      [templates_note(lang, f"texte officiel complet de la licence {license_id}", f"full official text of the {license_id} license")]))
        else:
            license_proposals = propose_licenses(dependency_licenses(root))
    if wants("documentation.publiccode"):
        proposals.append(_publiccode(report, facts, lang, license_id))
    if wants("documentation.community-files"):
        proposals += _community(report, facts, lang, names)
    if wants("reusability.configuration"):
        proposals.append(_env_example(report, facts, lang))
    if wants("documentation.readme", "documentation.readme-sections"):
        proposals.append(_readme(report, facts, lang, names, license_id))
    if wants("documentation.declarations") and not (facts.get("declarations") or {}).get("file"):
        proposals.append(Proposal(".auditor.yml", templates.auditor_yml(lang, names["sponsor_type"], names["owner"]), ["documentation.declarations"], "declarations"))
    kept, skipped = [], []
    if kept_license:
        skipped.append({"path": "LICENSE", "reason": "license-kept", "license": kept_license})
    for p in proposals:
        if p is None:
            continue
        if _exists(root, p.path):
            skipped.append({"path": p.path, "reason": "exists"})
        else:
            kept.append(p)
    return FixPlan(kept, skipped, license_proposals, report)


def templates_note(lang: str, fr: str, en: str) -> dict[str, str]:
    return {"fr": fr, "en": en}


def diff(proposals: list[Proposal]) -> str:
    """A patch that only adds files (``git apply`` reads it)."""
    out = []
    for p in proposals:
        lines = p.text.splitlines()
        out.append(f"diff --git a/{p.path} b/{p.path}\nnew file mode 100644\n--- /dev/null\n+++ b/{p.path}\n@@ -0,0 +1,{len(lines)} @@\n")
        out.append("".join(f"+{line}\n" for line in lines))
        if not p.text.endswith("\n"):
            out.append("\\ No newline at end of file\n")
    return "".join(out)


def write(root: Path, proposals: list[Proposal]) -> list[str]:
    """Create each file; a file that appeared meanwhile is left alone (never overwritten)."""
    written = []
    for p in proposals:
        target = root / p.path
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            with open(target, "x", encoding="utf-8", newline="\n") as fh:  # "x": fails if it exists
                fh.write(p.text)
        except FileExistsError:
            continue
        written.append(p.path)
    return written


def commit_on_branch(root: Path, branch: str, paths: list[str], message: str) -> str:
    """Create ``branch`` from HEAD in the working tree, switch to it and commit ``paths`` only.

    Hooks never run (``core.hooksPath=/dev/null``), nothing is signed, fsmonitor is off, nothing is
    pushed. Returns the new commit id."""
    import subprocess

    from auditor.errors import UsageError

    base = ["git", "-C", str(root), "-c", "core.hooksPath=/dev/null", "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false",
            "-c", "core.fsmonitor=false"]

    def git(*args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run([*base, *args], capture_output=True, text=True, timeout=60, check=check)

    if git("rev-parse", "--is-inside-work-tree", check=False).stdout.strip() != "true":
        raise UsageError(f"--branch: {root} is not a git working tree")
    if git("check-ref-format", "--branch", branch, check=False).returncode != 0:
        raise UsageError(f"--branch: {branch!r} is not a valid branch name")
    if git("rev-parse", "--verify", "--quiet", f"refs/heads/{branch}", check=False).returncode == 0:
        raise UsageError(f"--branch: a branch named {branch!r} already exists")
    ident = []
    if not git("config", "user.email", check=False).stdout.strip():
        ident = ["-c", "user.name=readiness-auditor", "-c", "user.email=readiness-auditor@localhost"]
    res = git("checkout", "-q", "-b", branch, check=False)
    if res.returncode != 0:
        raise UsageError(f"--branch: git checkout failed: {res.stderr.strip().splitlines()[-1] if res.stderr.strip() else res.returncode}")
    git("add", "--", *paths)
    res = subprocess.run([*base, *ident, "commit", "-q", "--no-verify", "-m", message, "--only", "--", *paths],
                         capture_output=True, text=True, timeout=60)
    if res.returncode != 0:
        raise UsageError(f"--branch: git commit failed: {res.stderr.strip().splitlines()[-1] if res.stderr.strip() else res.returncode}")
    return git("rev-parse", "HEAD").stdout.strip()
