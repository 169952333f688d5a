"""Read the public sector's catalogue of repositories (code.gouv.fr) into one shape.

code.gouv.fr publishes repositories and organisations as JSON and CSV. Three generations of field
names are read:

- the current export (``codegouvfr-repositories.json``/``.csv``): ``id`` (the repository's web
  URL), ``full_name``, ``repo_name``, ``owner`` (the organisation's URL), ``description``,
  ``archived``, ``fork``, ``language``, ``license``, ``forks_count``, ``platform``, ``updated_at``;
- its compact form with one- or two-letter keys (``n``, ``fn``, ``o``, ``d``, ``a?``, ``f?``, ``l``,
  ``li``, ``f``, ``p``, ``u``);
- the earlier export (``repositories/json/all.json``): ``repository_url``, ``name``,
  ``organization_name``, ``platform``, ``is_fork``, ``is_archived``, ``last_update``,
  ``last_modification``, ``stars_count``, ``forks_count``, ``topics`` (comma-separated).

Forge API shapes (``html_url``, ``pushed_at``, ``stargazers_count``, ``topics`` as a list) are read
too. Organisations (``codegouvfr-organizations``: ``id``/``organization_url``, ``login``, ``name``,
``organization``, ``ministry``, ``website``, ``email``, ``location``, and an optional ``type``) give
each repository its organisation's name, territory and type.
"""

from __future__ import annotations

import csv
import fnmatch
import io
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from auditor.discover.relevance import _read_data
from auditor.discover.terms import Term, TermMatcher, normalise
from auditor.errors import UsageError

MAX_CATALOGUE_BYTES = 512 * 1024 * 1024
MAX_ENTRIES = 500_000

# field of Entry -> names it has in the catalogue's formats, first found wins
_FIELDS: dict[str, tuple[str, ...]] = {
    "url": ("repository_url", "html_url", "id", "url", "r"),
    "name": ("repo_name", "name", "n"),
    "full_name": ("full_name", "fn"),
    "owner": ("owner", "organization_url", "owner_url", "organisation_url", "o"),
    "organisation": ("organization_name", "organisation_nom", "organisation", "organization"),
    "description": ("description", "d"),
    "topics": ("topics", "keywords"),
    "language": ("language", "langage", "l"),
    "license": ("license", "licence", "li"),
    "archived": ("is_archived", "archived", "a?"),
    "fork": ("is_fork", "fork", "est_fork", "f?"),
    "updated": ("last_modification", "pushed_at", "updated_at", "last_update", "derniere_mise_a_jour", "u"),
    "forks": ("forks_count", "nombre_forks", "f"),
    "stars": ("stars_count", "stargazers_count", "star_count", "nombre_stars", "s"),
    "platform": ("platform", "plateforme", "p"),
    "org_type": ("type", "organisation_type", "organization_type", "org_type"),
}
_ORG_FIELDS: dict[str, tuple[str, ...]] = {
    "url": ("id", "organization_url", "organisation_url", "owner_url", "html_url", "url"),
    "login": ("login", "l"),
    "name": ("name", "n"),
    "organisation": ("organization", "organisation", "ps"),
    "ministry": ("ministry", "m"),
    "website": ("website", "h"),
    "email": ("email", "e"),
    "location": ("location", "a"),
    "type": ("type", "organisation_type", "organization_type", "org_type"),
}


@dataclass
class Entry:
    """One repository of the catalogue, as read (nothing fetched yet)."""

    url: str
    name: str
    owner: str = ""
    organisation: str = ""
    org_type: str = "unknown"
    territory: str = ""
    description: str = ""
    topics: list[str] = field(default_factory=list)
    language: str = ""
    license: str = ""
    archived: bool = False
    fork: bool = False
    updated: str = ""  # ISO date (YYYY-MM-DD) of the last change the catalogue knows
    forks: int = 0
    stars: int = 0
    platform: str = ""
    index: int = 0  # position in the catalogue (1-based), for messages

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _first(raw: dict[str, Any], names: tuple[str, ...]) -> Any:
    for n in names:
        v = raw.get(n)
        if v not in (None, ""):
            return v
    return None


def _bool(v: Any) -> bool:
    if isinstance(v, bool):
        return v
    return str(v or "").strip().lower() in ("true", "1", "yes", "oui", "vrai", "t")


def _int(v: Any) -> int:
    try:
        return max(0, int(float(v)))
    except (TypeError, ValueError):
        return 0


def _date(v: Any) -> str:
    if v in (None, ""):
        return ""
    if isinstance(v, (int, float)):  # milliseconds since the epoch in some exports
        from datetime import datetime, timezone

        seconds = v / 1000 if v > 10**11 else v
        try:
            return datetime.fromtimestamp(seconds, tz=timezone.utc).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return ""
    s = str(v).strip()
    return s[:10] if len(s) >= 10 and s[4] == "-" and s[7] == "-" else ""


def _topics(v: Any) -> list[str]:
    if isinstance(v, list):
        items = [str(x) for x in v]
    else:
        items = str(v or "").replace(";", ",").split(",")
    return sorted({t.strip() for t in items if t and t.strip()})


def _url(v: Any, raw: dict[str, Any]) -> str:
    url = str(v or "").strip()
    if not url:  # the compact export without ids: owner URL + name
        owner, name = str(_first(raw, _FIELDS["owner"]) or ""), str(_first(raw, _FIELDS["name"]) or "")
        if owner.startswith("https://") and name:
            url = owner.rstrip("/") + "/" + name
    return url.rstrip("/")


def _read(path: str | Path) -> tuple[str, str]:
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise UsageError(f"{p}: cannot read: {exc.strerror}") from None
    if size > MAX_CATALOGUE_BYTES:
        raise UsageError(f"{p}: {size} bytes, over the {MAX_CATALOGUE_BYTES} bytes a catalogue may have")
    try:
        text = p.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError(f"{p}: not UTF-8 text") from None
    except OSError as exc:
        raise UsageError(f"{p}: cannot read: {exc.strerror}") from None
    return text, p.suffix.lower()


def _records(text: str, suffix: str, source: str) -> list[dict[str, Any]]:
    stripped = text.lstrip()
    if suffix == ".json" or stripped.startswith(("[", "{")):
        from auditor import safejson

        try:
            data = safejson.loads(text)
        except (ValueError, RecursionError) as exc:
            raise UsageError(f"{source}: not valid JSON: {str(exc).splitlines()[0][:200]}") from None
        if isinstance(data, dict):  # {"repositories": [...]} or {"data": [...]}
            for key in ("repositories", "repos", "organizations", "organisations", "data", "items"):
                if isinstance(data.get(key), list):
                    data = data[key]
                    break
        if not isinstance(data, list):
            raise UsageError(f"{source}: expected a JSON list of records")
        return [r if isinstance(r, dict) else {} for r in data[:MAX_ENTRIES + 1]]
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[dict[str, Any]] = []
    try:
        for row in reader:
            rows.append({(k or "").strip(): v for k, v in row.items()})
            if len(rows) > MAX_ENTRIES:
                break
    except csv.Error as exc:
        raise UsageError(f"{source}: line {reader.line_num}: not valid CSV: {exc}") from None
    return rows


class OrgTypes:
    """The rules of ``orgtypes.yml``: an organisation's names and domains → its type.

    Names are tried in the order given (the organisation's own name first), each against every
    rule's ``names`` in the file's order; then the domains of its website, e-mail or forge; then, for
    the rules that have them, ``places`` (a city in "Université de Toulouse" does not make it a local
    authority, but an organisation known only as "Toulouse" is one)."""

    def __init__(self, path: str | Path | None = None) -> None:
        data, source = _read_data(path, "orgtypes.yml")
        self.version = str(data.get("version") or "?")
        self.titles: dict[str, dict[str, str]] = {}
        for k, v in (data.get("types") or {}).items():
            v = v if isinstance(v, dict) else {}
            self.titles[str(k)] = {"fr": str(v.get("fr") or k), "en": str(v.get("en") or v.get("fr") or k)}
        self.titles.setdefault("unknown", {"fr": "Inconnu", "en": "Unknown"})
        self._rules: list[tuple[str, TermMatcher, TermMatcher, list[str]]] = []
        for i, rule in enumerate(data.get("rules") or []):
            if not isinstance(rule, dict) or not rule.get("type"):
                raise UsageError(f"{source}: rules[{i}]: expected a mapping with a type")
            kind = str(rule["type"])
            self.titles.setdefault(kind, {"fr": kind, "en": kind})
            names = TermMatcher(Term(str(n), kind) for n in rule.get("names") or [])
            places = TermMatcher(Term(str(n), kind) for n in rule.get("places") or [])
            self._rules.append((kind, names, places, [str(d).lower() for d in rule.get("domains") or []]))

    def classify(self, names: list[str], hosts: list[str]) -> tuple[str, str | None]:
        """(type, why): the first rule that recognises a name, then a host, then a place."""
        norm = [normalise(n) for n in names if n]
        hosts = [h.lower().rstrip(".") for h in hosts if h]
        for n in norm:  # the head word of a name comes first: "Ministère … des collectivités" is the State
            hits = [(hit[0], order, kind, hit[1].text) for order, (kind, matcher, _, _) in enumerate(self._rules)
                    if (hit := matcher.first(n, normalised=True))]
            if hits:
                _, _, kind, why = min(hits)
                return kind, why
        for h in hosts:
            for kind, _, _, domains in self._rules:
                if any(fnmatch.fnmatchcase(h, d) for d in domains):
                    return kind, h
        for n in norm:
            for kind, _, places, _ in self._rules:
                hit = places.first(n, normalised=True)
                if hit:
                    return kind, hit[1].text
        return "unknown", None


def _host(url_or_mail: str) -> str:
    s = (url_or_mail or "").strip()
    if "@" in s and "://" not in s:
        return s.rsplit("@", 1)[1].lower()
    try:
        return (urlsplit(s if "://" in s else "https://" + s).hostname or "").lower()
    except ValueError:
        return ""


def _accounts(text: str, source: str) -> list[dict[str, Any]]:
    """code.gouv.fr's list of public organisations' accounts (``comptes-organismes-publics.yml``):
    ``<account or forge URL>: {service_of: [names…], pso_id: […]}``."""
    from auditor import safeyaml

    try:
        data = safeyaml.load(text)
    except Exception as exc:  # noqa: BLE001 - any parse failure is the user's file
        raise UsageError(f"{source}: not valid YAML: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from None
    if not isinstance(data, dict):
        raise UsageError(f"{source}: expected a mapping of account URLs")
    out = []
    for url, spec in data.items():
        spec = spec if isinstance(spec, dict) else {}
        names = [str(n) for n in (spec.get("service_of") or []) if n]
        out.append({"id": str(url), "name": names[0] if names else "", "organization": " / ".join(names[1:]),
                    "login": str(url).rstrip("/").rsplit("/", 1)[-1], "type": spec.get("type")})
    return out


def load_organisations(path: str | Path | None, rules: OrgTypes) -> dict[str, dict[str, Any]]:
    """Organisations keyed by their normalised URL (and by login), each with its type and why."""
    if not path:
        return {}
    text, suffix = _read(path)
    orgs: dict[str, dict[str, Any]] = {}
    if suffix in (".yml", ".yaml"):
        records = _accounts(text, str(path))
    else:
        records = _records(text, suffix, str(path))
    for raw in records:
        rec = {k: _first(raw, names) for k, names in _ORG_FIELDS.items()}
        url = str(rec["url"] or "").rstrip("/").lower()
        login = str(rec["login"] or "").lower()
        if not url and not login:
            continue
        names = [str(rec[k]) for k in ("name", "organisation", "login", "ministry") if rec[k]]
        if rec["type"]:
            kind, why = str(rec["type"]).strip().lower(), "type"
        else:
            kind, why = rules.classify(names, [_host(str(rec["website"] or "")), _host(str(rec["email"] or "")), _host(url)])
        org = {"name": str(rec["name"] or rec["organisation"] or rec["login"] or ""), "type": kind, "type_why": why,
               "territory": str(rec["location"] or rec["organisation"] or "")}
        if url:
            orgs[url] = org
        if login:
            orgs.setdefault("login:" + login, org)
    return orgs


def _org_of(orgs: dict[str, dict[str, Any]], url: str, owner: str) -> dict[str, Any]:
    """The organisation of a repository: its owner's URL, then the longest account or forge URL
    that the repository's URL starts with (``https://forge.example.fr`` covers all its groups)."""
    if not orgs:
        return {}
    found = orgs.get(owner.lower())
    if found:
        return found
    parts = url.lower().split("/")
    for n in range(len(parts) - 1, 2, -1):
        found = orgs.get("/".join(parts[:n]))
        if found:
            return found
    return orgs.get("login:" + owner.rsplit("/", 1)[-1].lower()) or {}


def load_catalogue(path: str | Path, organisations: str | Path | None = None, org_rules: OrgTypes | None = None) -> list[Entry]:
    """Every repository of the catalogue, in the catalogue's order; a record without a URL is skipped."""
    rules = org_rules or OrgTypes()
    orgs = load_organisations(organisations, rules)
    text, suffix = _read(path)
    records = _records(text, suffix, str(path))
    if len(records) > MAX_ENTRIES:
        raise UsageError(f"{path}: more than {MAX_ENTRIES} records")
    entries: list[Entry] = []
    seen: set[str] = set()
    for i, raw in enumerate(records, start=1):
        rec = {k: _first(raw, names) for k, names in _FIELDS.items()}
        url = _url(rec["url"], raw)
        if not url.startswith(("https://", "http://", "git://", "ssh://", "file://", "/")) or url.lower() in seen:
            continue
        seen.add(url.lower())
        name = str(rec["name"] or (str(rec["full_name"] or "").rsplit("/", 1)[-1]) or url.rsplit("/", 1)[-1])
        owner = str(rec["owner"] or "").rstrip("/")
        if not owner and url.startswith("http"):
            owner = url.rsplit("/", 1)[0]
        org = _org_of(orgs, url, owner)
        organisation = str(rec["organisation"] or org.get("name") or owner.rsplit("/", 1)[-1])
        if rec["org_type"]:
            org_type = str(rec["org_type"]).strip().lower()
        elif org:
            org_type = org["type"]
        else:
            org_type, _ = rules.classify([organisation, owner.rsplit("/", 1)[-1]], [])
        platform = str(rec["platform"] or _host(url))
        entries.append(Entry(
            url=url, name=name, owner=owner, organisation=organisation, org_type=org_type,
            territory=str(org.get("territory") or (organisation if org_type == "local_authority" else "")),
            description=str(rec["description"] or "")[:5000], topics=_topics(rec["topics"])[:100],
            language=str(rec["language"] or ""), license=str(rec["license"] or ""), archived=_bool(rec["archived"]),
            fork=_bool(rec["fork"]), updated=_date(rec["updated"]), forks=_int(rec["forks"]), stars=_int(rec["stars"]),
            platform=platform, index=i))
    return entries


def dump_json(entries: list[Entry]) -> str:
    """The catalogue in the earlier code.gouv.fr JSON shape (used by tests and benchmarks)."""
    return json.dumps([{
        "repository_url": e.url, "name": e.name, "organization_name": e.organisation, "platform": e.platform,
        "description": e.description, "is_fork": e.fork, "is_archived": e.archived, "last_modification": e.updated,
        "stars_count": e.stars, "forks_count": e.forks, "license": e.license, "language": e.language,
        "topics": ",".join(e.topics)} for e in entries], ensure_ascii=False, indent=1)
