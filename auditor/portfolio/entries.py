"""Portfolios: the list of projects a batch audits, from YAML or CSV (spreadsheet exports).

Each entry becomes a :class:`Project` (id, url, name, phase, territory, tags, contact, token_env); an
entry that cannot be used becomes a :class:`PortfolioError` with its line, and never stops the others.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from auditor import bounded, safeyaml
from auditor.errors import AuditorError, UsageError
from auditor.lazyre import lazy_compile
from auditor.target import parse_target, redact

PHASES = ("candidate", "investigation", "acceleration", "transfer")
PHASE_ALIASES = {
    "candidat": "candidate", "candidature": "candidate", "candidate": "candidate",
    "instruction": "investigation", "investigation": "investigation",
    "accélération": "acceleration", "acceleration": "acceleration",
    "transfert": "transfer", "transfer": "transfer", "essaimage": "transfer",
}
_ID = lazy_compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
_ENV = lazy_compile(r"^[A-Za-z_][A-Za-z0-9_]{0,127}$")
URL_COLUMNS = ("url", "repository", "repository_url", "repo", "depot", "dépôt", "depot_git", "code_source", "git")
NAME_COLUMNS = ("name", "nom", "project", "projet", "nom_du_projet", "title", "titre")
OTHER_COLUMNS = {
    "id": ("id", "identifiant", "project_id"),
    "phase": ("phase", "etape", "étape"),
    "territory": ("territory", "territoire", "collectivite", "collectivité"),
    "tags": ("tags", "thematiques", "thématiques", "themes", "thèmes"),
    "contact": ("contact", "email", "courriel"),
    "token_env": ("token_env", "token_variable", "token_var"),
    "sponsor_type": ("sponsor_type", "type_porteur", "type de porteur", "sponsor type"),
}


@dataclass
class Project:
    id: str
    name: str
    url: str
    line: int
    phase: str | None = None
    territory: str | None = None
    tags: list[str] = field(default_factory=list)
    contact: str | None = None
    token_env: str | None = None
    declarations: dict[str, Any] | None = None  # the keys of .auditor.yml (docs/declarations-and-fix.md)
    sponsor_type: str | None = None  # state, local-authority, opsn, association, company

    def public(self) -> dict[str, Any]:
        """What the manifest and exports may show (the token variable's name, never its value)."""
        return {"id": self.id, "name": self.name, "url": redact(self.url), "phase": self.phase, "territory": self.territory,
                "tags": list(self.tags), "contact": self.contact, "token_env": self.token_env, "line": self.line}


@dataclass
class PortfolioError:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


# --- portfolio --------------------------------------------------------------------------------

class _LineLoader(yaml.SafeLoader):
    pass


MAX_PORTFOLIO_YAML = 16_000_000  # bytes; nesting and aliases are bounded by safeyaml


def _mapping_with_line(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


def _slug(text: str) -> str:
    import unicodedata

    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    t = re.sub(r"[^A-Za-z0-9._-]+", "-", t).strip("-._").lower()
    return t[:80] or "project"


def _text(v: Any) -> str | None:
    if v is None:
        return None
    s = str(v).strip()
    return s or None


def _tags(v: Any) -> list[str]:
    if v is None:
        return []
    if isinstance(v, (list, tuple)):
        return [str(t).strip() for t in v if str(t).strip()]
    return [t.strip() for t in re.split(r"[,;|]", str(v)) if t.strip()]


def _without_lines(value: Any) -> Any:
    """A portfolio value without the loader's ``__line__`` marks (nested mappings carry them too)."""
    if isinstance(value, dict):
        return {k: _without_lines(v) for k, v in value.items() if k != "__line__"}
    if isinstance(value, list):
        return [_without_lines(v) for v in value]
    return value


def _collect(res: Project | PortfolioError, seen: set[str], projects: list[Project], errors: list[PortfolioError]) -> None:
    """One parsed entry into the projects (its id now taken) or the errors, for every portfolio format."""
    if isinstance(res, PortfolioError):
        errors.append(res)
    else:
        seen.add(res.id)
        projects.append(res)


def _project(raw: dict[str, Any], line: int, seen: set[str]) -> Project | PortfolioError:
    url = _text(raw.get("url") or raw.get("repository") or raw.get("repo"))
    if not url:
        return PortfolioError(line, "no repository URL (key 'repository' or 'url')")
    try:
        target = parse_target(url)
    except AuditorError as exc:
        return PortfolioError(line, f"not a repository: {redact(str(exc))}")
    name = _text(raw.get("name")) or target.name or redact(url)
    pid = _text(raw.get("id"))
    if pid is None:
        pid = _slug(name)
        base, n = pid, 2
        while pid in seen:
            pid, n = f"{base}-{n}", n + 1
    elif not _ID.match(pid):
        return PortfolioError(line, f"id {pid!r}: use letters, digits, '.', '_' or '-' (it names the report files)")
    if pid in seen:
        return PortfolioError(line, f"id {pid!r} is used by an earlier project")
    phase = _text(raw.get("phase"))
    if phase is not None:
        norm = PHASE_ALIASES.get(phase.lower())
        if norm is None:
            return PortfolioError(line, f"phase {phase!r}: expected one of {', '.join(PHASES)}")
        phase = norm
    token_env = _text(raw.get("token_env") or raw.get("token_variable"))
    if raw.get("token") is not None:
        return PortfolioError(line, "'token': give the name of an environment variable in 'token_env', never the token itself")
    if token_env is not None and not _ENV.match(token_env):
        return PortfolioError(line, "token_env: expected the name of an environment variable (letters, digits, '_')")
    declarations = _without_lines(raw.get("declarations"))
    if declarations is not None and not isinstance(declarations, dict):
        return PortfolioError(line, "declarations: expected a mapping with the keys of .auditor.yml")
    sponsor_raw = _text(raw.get("sponsor_type") or raw.get("type_porteur") or raw.get("sponsor-type"))
    sponsor = None
    if sponsor_raw is not None:
        from auditor.facts.project import SPONSOR_TYPES, normalise_sponsor

        sponsor = normalise_sponsor(sponsor_raw)
        if sponsor is None:
            return PortfolioError(line, f"sponsor_type {sponsor_raw!r}: expected one of {', '.join(SPONSOR_TYPES)}")
    return Project(id=pid, name=name, url=url, line=line, phase=phase, territory=_text(raw.get("territory") or raw.get("territoire")),
                   tags=_tags(raw.get("tags")), contact=_text(raw.get("contact")), token_env=token_env, declarations=declarations or None,
                   sponsor_type=sponsor)


def load_portfolio(path: str | Path, url_column: str | None = None, name_column: str | None = None
                   ) -> tuple[list[Project], list[PortfolioError]]:
    """Projects of a YAML or CSV portfolio, and the invalid entries (by line), which are skipped."""
    path = Path(path)
    data = bounded.read_bytes(path, what="portfolio")
    text = data.decode("utf-8-sig", errors="replace")
    if path.suffix.lower() in (".csv", ".tsv", ".txt") or url_column or name_column:
        return _load_csv(text, path, url_column, name_column)
    return _load_yaml(text, path)


def _load_yaml(text: str, path: Path) -> tuple[list[Project], list[PortfolioError]]:
    try:
        doc = safeyaml.load(text, _LineLoader, max_bytes=MAX_PORTFOLIO_YAML)
    except safeyaml.UnsafeYAML as exc:
        raise UsageError(f"{path}: refused: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise UsageError(f"{path}{where}: not valid YAML: {getattr(exc, 'problem', exc)}") from None
    items = doc.get("projects") if isinstance(doc, dict) else doc
    if not isinstance(items, list):
        raise UsageError(f"{path}: expected a list of projects (or a 'projects:' key holding one)")
    projects, errors, seen = [], [], set()
    lines = text.splitlines()
    for i, raw in enumerate(items):
        if not isinstance(raw, dict):
            line = _guess_item_line(lines, i)
            errors.append(PortfolioError(line, f"project #{i + 1} is not a mapping of keys"))
            continue
        line = raw.pop("__line__", 0)
        _collect(_project(raw, line, seen), seen, projects, errors)
    return projects, errors


def _guess_item_line(lines: list[str], index: int) -> int:
    n = -1
    for no, line in enumerate(lines, 1):
        if re.match(r"^\s*-\s", line) or line.strip() == "-":
            n += 1
            if n == index:
                return no
    return 0


def _pick(columns: list[str], wanted: str | None, candidates: tuple[str, ...], option: str) -> str | None:
    lower = {c.strip().lower(): c for c in columns}
    if wanted:
        if wanted in columns:
            return wanted
        if wanted.strip().lower() in lower:
            return lower[wanted.strip().lower()]
        raise UsageError(f"{option}: no column {wanted!r} (columns: {', '.join(columns)})")
    for c in candidates:
        if c in lower:
            return lower[c]
    return None


class _Spreadsheet(csv.excel):
    """What Excel and LibreOffice write: ``"`` quotes, doubled inside a field (``"Projet ""Vélo"", Lyon"``)."""

    doublequote = True
    quotechar = '"'
    skipinitialspace = False


def _csv_dialect(text: str) -> type[csv.Dialect]:
    """The standard dialect with the delimiter of the header line (``,``, ``;`` or tab), counted
    outside quoted fields: ``csv.Sniffer`` guesses quoting from the data and misreads doubled quotes."""
    line = text[:65536].split("\n", 1)[0]
    unquoted = re.sub(r'"(?:[^"]|"")*"', "", line)
    counts = {d: unquoted.count(d) for d in (",", ";", "\t")}
    delimiter = max(counts, key=lambda d: (counts[d], d == ","))
    return type("_Dialect", (_Spreadsheet,), {"delimiter": delimiter})


def _load_csv(text: str, path: Path, url_column: str | None, name_column: str | None) -> tuple[list[Project], list[PortfolioError]]:
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=_csv_dialect(text))
    columns = reader.fieldnames or []
    if not columns:
        raise UsageError(f"{path}: empty CSV file")
    ucol = _pick(columns, url_column, URL_COLUMNS, "--url-column")
    if ucol is None:
        raise UsageError(f"{path}: no repository URL column; name it with --url-column (columns: {', '.join(columns)})")
    ncol = _pick(columns, name_column, NAME_COLUMNS, "--name-column")
    others = {k: _pick(columns, None, v, k) for k, v in OTHER_COLUMNS.items()}
    projects, errors, seen = [], [], set()
    prev_end = 1
    for row in reader:
        line = prev_end + 1
        prev_end = reader.line_num
        if not any((v or "").strip() for k, v in row.items() if isinstance(v, str)):
            continue
        raw = {"url": row.get(ucol), "name": row.get(ncol) if ncol else None}
        for k, col in others.items():
            if col:
                raw[k] = row.get(col)
        _collect(_project(raw, line, seen), seen, projects, errors)
    return projects, errors
