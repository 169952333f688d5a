"""People never read machine data: every check's evidence, rendered in every format for people (HTML,
Markdown, terminal, and the SARIF / Code Quality message texts), in French and English, from real git
repositories where checks pass, warn and fail.

The text people see (code spans, paths and links apart) must hold no JSON (``{``, ``[``, ``"key":``), no
internal id (a check id, a level id, a ``snake_case`` key), and no sentence in the other language (py3langid,
the identifier the project ships, on every phrase of five words or more; text quoted from the repository
« … » apart). Each check's result is also re-rendered as passing, warning and failing, so its evidence is
seen under every status whatever the fixture gave.
"""

from __future__ import annotations

import copy
import json
import re
from html.parser import HTMLParser

import pytest

from auditor.context import AuditConfig
from auditor.engine import AuditOptions, audit
from auditor.i18n import EVIDENCE_KEYS
from auditor.report import validate_report
from auditor.reports import render
from auditor.reports.evidence import humanize

HUMAN_FORMATS = ("html", "md", "terminal", "sarif", "codequality")
WORDS = ("Le service calcule les indicateurs de la transition écologique pour chaque commune du territoire. " * 3).strip()


def _poor():
    return [{"files": {
        "README.md": "# outil\n\nUn outil.\n",
        "app.py": "import requests\nPASSWORD = 'hunter2hunter2'\nVILLE = 'Besançon'\n\ndef run(x):\n    return x\n",
        "package.json": json.dumps({"name": "outil", "version": "1.0.0", "dependencies": {"leaflet": "^1.9.0"}}),
    }, "date": "2024-03-01T10:00:00Z"}]


def _medium():
    lock = {"name": "carte", "lockfileVersion": 3, "packages": {
        "": {"name": "carte", "dependencies": {"leaflet": "1.9.4", "agpl-lib": "1.0.0", "mystery": "2.0.0"}},
        "node_modules/leaflet": {"version": "1.9.4", "license": "BSD-2-Clause"},
        "node_modules/agpl-lib": {"version": "1.0.0", "license": "AGPL-3.0-only"},
        "node_modules/mystery": {"version": "2.0.0", "license": "SEE LICENSE IN LICENSE.md"}}}
    files = {
        "README.md": f"# Carte des îlots de fraîcheur\n\n{WORDS}\n\n## Installation\n\n```\nnpm ci\n```\n\n## Utilisation\n\n"
                     f"Lancez `npm start` puis ouvrez la page d'accueil.\n\n## Licence\n\nMIT\n",
        "LICENSE": "MIT License\n\nCopyright (c) 2024 Ville exemple\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\n",
        "package.json": json.dumps({"name": "carte", "version": "1.2.0", "license": "MIT",
                                    "dependencies": {"leaflet": "1.9.4", "agpl-lib": "1.0.0", "mystery": "2.0.0"}}),
        "package-lock.json": json.dumps(lock, indent=2),
        "requirements.txt": "django==4.2\ndjangorestframework==3.15\n",
        "src/carte.js": "// Affiche la carte des îlots de fraîcheur de la commune\n"
                        "export function carte(code) {\n  // charge les couches depuis le serveur de la ville\n"
                        "  return fetch('https://www.googletagmanager.com/gtag/js?id=' + code);\n}\n"
                        "export function legende() { return 1; }\n",
        "src/views.py": "# Vues de l'API : une par couche\nfrom rest_framework import viewsets\n\n\nclass Couches(viewsets.ViewSet):\n"
                        "    pass\n\n\ndef export(request):\n    return None\n",
        "settings.py": "import os\nDB = os.environ['DATABASE_URL']\nCLE = os.getenv('CARTE_API_KEY')\n",
        "Dockerfile": "FROM node:20\nCOPY . .\nRUN npm ci\n",
        "docs/guide.md": "# Guide\n\n" + WORDS + "\n",
        "docs/usage.md": "# Usage\n\n" + WORDS + "\n",
        "data/communes.csv": "code_insee,nom\n25056,Besançon\n",
        "templates/accessibilite.html": "<p>Accessibilité : partiellement conforme</p>\n",
    }
    return [{"files": files, "date": "2025-02-01T10:00:00Z", "author": ("Alice Martin", "alice@ville-exemple.fr")},
            {"files": {"src/carte.js": files["src/carte.js"] + "// fin\n"}, "date": "2025-06-01T10:00:00Z",
             "author": ("Bob Durand", "bob@exemple.org"), "tag": "v1.2.0"}]


def _rich():
    files = {
        "README.md": f"# Guichet\n\n{WORDS}\n\n## Installation\n\nVoir [docs/installation.md](docs/installation.md).\n\n"
                     f"## Utilisation\n\n{WORDS}\n\n## Configuration\n\nCopiez `.env.example`.\n\n## Déploiement\n\n{WORDS}\n\n"
                     f"## Contribuer\n\nVoir CONTRIBUTING.md.\n\n## Licence\n\nEUPL-1.2\n\n## Contact\n\nequipe@ville-exemple.fr\n",
        "LICENSE": "EUROPEAN UNION PUBLIC LICENCE v. 1.2\nEUPL © the European Union 2007, 2016\n",
        "LICENSES/EUPL-1.2.txt": "EUROPEAN UNION PUBLIC LICENCE v. 1.2\n",
        "REUSE.toml": 'version = 1\n\n[[annotations]]\npath = "**"\nSPDX-FileCopyrightText = "2025 Ville exemple"\nSPDX-License-Identifier = "EUPL-1.2"\n',
        "publiccode.yml": "publiccodeYmlVersion: '0.4'\nname: Guichet\nurl: https://git.example.org/guichet\n",
        "CONTRIBUTING.md": "# Contribuer\n\nLancez les tests avec `pytest`.\n",
        "SECURITY.md": "# Sécurité\n\nÉcrivez à securite@ville-exemple.fr\n",
        "CHANGELOG.md": "# Changelog\n\n## [1.0.0] - 2025-01-01\n### Added\n- début\n",
        "CODE_OF_CONDUCT.md": "# Code de conduite\n\nSoyez bienveillants.\n",
        ".env.example": "DATABASE_URL=\nGUICHET_SECRET=\n",
        "docs/installation.md": "# Installation\n\n" + WORDS + "\n",
        "docs/architecture.md": "# Architecture\n\n" + WORDS + "\n",
        "docs/deploiement.md": "# Déploiement\n\n" + WORDS + "\n",
        "openapi.yaml": "openapi: 3.0.0\ninfo: {title: Guichet, version: '1.0'}\npaths:\n  /projets:\n    get:\n      responses: {'200': {description: ok}}\n",
        "pyproject.toml": '[project]\nname = "guichet"\nversion = "1.0.0"\nlicense = "EUPL-1.2"\ndependencies = ["fastapi"]\n',
        "uv.lock": 'version = 1\n[[package]]\nname = "fastapi"\nversion = "0.110.0"\n',
        "guichet/app.py": '"""Le guichet : application web."""\nimport os\n\n\ndef demarrer():\n    """Démarre le service."""\n'
                          '    return os.environ.get("GUICHET_SECRET")\n',
        "tests/test_app.py": "from guichet.app import demarrer\n\n\ndef test_demarrer():\n    assert demarrer() is None\n",
        ".github/workflows/ci.yml": "on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n      - run: ruff check .\n",
        ".github/dependabot.yml": "version: 2\nupdates:\n  - package-ecosystem: pip\n    directory: /\n    schedule: {interval: weekly}\n",
    }
    commits = []
    people = [("Alice Martin", "alice@ville-exemple.fr"), ("Chloé Petit", "chloe@metropole-exemple.fr"),
              ("Bob Durand", "bob@departement-exemple.fr")]
    for i in range(9):
        commits.append({"files": files if i == 0 else {"guichet/app.py": files["guichet/app.py"] + f"# v{i}\n"},
                        "date": f"2025-{i + 2:02d}-10T10:00:00Z", "author": people[i % 3],
                        **({"tag": f"v1.{i}.0"} if i % 3 == 2 else {})})
    return commits


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    from tests.gitrepo import make_repo

    out = []
    base = tmp_path_factory.mktemp("people")
    for name, commits in (("poor", _poor()), ("medium", _medium()), ("rich", _rich())):
        path = make_repo(base / name, commits)
        opts = AuditOptions(cache_dir=base / "cache", offline=True, config=AuditConfig(cache_dir=base / "cache", offline=True, network=False))
        report = audit(str(path), opts)
        assert validate_report(report) == []
        out.append(report)
    return out


def _status_variants(report):
    """The report, then copies where every conclusive check passes, warns, fails (evidence unchanged)."""
    yield report
    for status, score in (("pass", 10.0), ("warn", 5.0), ("fail", 0.0)):
        r = copy.deepcopy(report)
        for res in r["results"]:
            if res["status"] in ("pass", "warn", "fail"):
                res["status"], res["score"] = status, score
        yield r


class _Text(HTMLParser):
    """Visible text of an HTML page, code and styles apart."""

    SKIP = {"style", "script", "code", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1
        elif tag in ("p", "li", "div", "td", "th", "h1", "h2", "h3", "h4", "summary", "dt", "dd", "br", "tr", "span"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def _html_text(html: str) -> str:
    p = _Text()
    p.feed(html)
    return "".join(p.parts)


def _md_text(text: str) -> str:
    from markdown_it import MarkdownIt

    return _html_text(MarkdownIt("commonmark").render(text))


def _visible(report, fmt, lang) -> str:
    out = render(report, fmt, lang)
    if fmt == "html":
        return _html_text(out)
    if fmt == "md":
        return _md_text(out)
    if fmt == "terminal":
        return out
    data = json.loads(out)
    if fmt == "sarif":
        return "\n".join(r["message"]["text"] for run in data["runs"] for r in run["results"])
    return "\n".join(i["description"] for i in data)


def _without_paths(text: str, report) -> str:
    """Paths, addresses and repository quotes out of the text: they are data people read as such."""
    paths = set()
    for r in report["results"]:
        for e in r.get("evidence") or []:
            if e.get("path"):
                paths.add(e["path"])
    tgt = report.get("target") or {}
    paths |= {x for x in (tgt.get("input"), tgt.get("web_url"), tgt.get("clone_url")) if x}
    for p in sorted(paths, key=len, reverse=True):
        text = text.replace(p, " ")
    text = re.sub(r"https?://\S+", " ", text)
    text = re.sub(r"«[^»]*»|“[^”]*”|\"[^\"\n]*\"", " ", text)
    return text


def _ids(report) -> set[str]:
    ids = {r["id"] for r in report["results"]}
    ids |= {lv["id"] for lv in report.get("levels") or [] if lv["id"] not in ("commun", "ferme", "publie")}  # French words as well
    return ids


_IDENTIFIER = None


def _language(text: str) -> tuple[str, float]:
    global _IDENTIFIER
    if _IDENTIFIER is None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        _IDENTIFIER = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        _IDENTIFIER.set_languages(["fr", "en"])
    return _IDENTIFIER.classify(text)


def _phrases(text: str):
    for line in text.split("\n"):
        for piece in re.split(r" — |\s[;·]\s|\.\s|\u00a0;\s|\(|\)|:\s", line):
            words = re.findall(r"(?<![\w-])[a-zà-ÿ'’]{3,}(?![\w-])", piece)  # lower-case words: names and tools apart
            if len(words) >= 4:
                yield piece.strip()


def _problems(text: str, report, lang: str) -> list[str]:
    bad = []
    plain = _without_paths(text, report)
    for ch in ("{", "[", '":'):
        for m in re.finditer(re.escape(ch), plain):
            bad.append(f"machine data {ch!r}: …{plain[max(0, m.start() - 60): m.start() + 60]!r}")
    for cid in _ids(report):
        if re.search(rf"(?<![\w/.-]){re.escape(cid)}(?![\w-])", plain):
            bad.append(f"internal id {cid!r}")
    for m in re.finditer(r"(?<![\w./-])[a-z]+_[a-z0-9_]+(?![\w./-])", plain):
        bad.append(f"internal key {m.group(0)!r}: …{plain[max(0, m.start() - 40): m.end() + 40]!r}")
    other = "en" if lang == "fr" else "fr"
    for phrase in _phrases(plain):
        guess, prob = _language(phrase)
        if guess == other and prob > 0.95:
            bad.append(f"{other} phrase in a {lang} report: {phrase!r}")
    return bad


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("fmt", HUMAN_FORMATS)
def test_evidence_reads_as_sentences(reports, fmt, lang):
    problems: list[str] = []
    for report in reports:
        for variant in _status_variants(report):
            problems += _problems(_visible(variant, fmt, lang), variant, lang)
    problems = sorted(set(problems))
    assert not problems, f"{len(problems)} problem(s) in {fmt}/{lang}:\n" + "\n".join(problems[:40])


def test_the_fixtures_make_checks_pass_warn_and_fail(reports):
    """The three repositories give every status somewhere, and most checks more than one."""
    seen: dict[str, set[str]] = {}
    for report in reports:
        for r in report["results"]:
            seen.setdefault(r["id"], set()).add(r["status"])
    statuses = set().union(*seen.values())
    assert {"pass", "warn", "fail"} <= statuses
    varied = [cid for cid, s in seen.items() if len(s & {"pass", "warn", "fail"}) >= 2]
    assert len(varied) >= len(seen) // 3, seen


def test_every_key_a_check_records_has_a_label(reports):
    keys = set()

    def walk(v):
        if isinstance(v, dict):
            if set(v) <= {"fr", "en"}:
                return
            for k, x in v.items():
                keys.add(k)
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)
    for report in reports:
        for r in report["results"]:
            for e in r.get("evidence") or []:
                walk(e.get("value"))
    from auditor.i18n import LANGUAGE_NAMES

    missing = sorted(keys - set(EVIDENCE_KEYS) - set(LANGUAGE_NAMES))
    assert not missing, ", ".join(missing)


@pytest.mark.parametrize("value, fr, en", [
    ({"missing": ["license", "copyright"]}, "manque\u00a0: licence, copyright", "missing: license, copyright"),
    ("maven: this file carries no license data", "maven\u00a0: ce fichier ne dit rien des licences", "maven: this file carries no license data"),
    ("Basic Auth Credentials", "identifiants dans une adresse", "credentials in an address"),
    ({"fr": 0.8, "en": 0.2}, "français 80\u00a0%, anglais 20\u00a0%", "French 80%, English 20%"),
    ("Licence Etalab 2.0](https://www.etalab.gouv.fr/licence-ouverte).", "«\u00a0Licence Etalab 2.0\u00a0»", "“Licence Etalab 2.0”"),
    ({"closure_ratio": 0.5, "archived": False}, "taux de clôture\u00a0: 50\u00a0%\u00a0; archivé\u00a0: non", "closure ratio: 50%; archived: no"),
    ({"organisations": [{"domain": "beta.gouv.fr", "public": True, "commits": 198}]},
     "organisations\u00a0: beta.gouv.fr (organisme public\u00a0: oui, commits\u00a0: 198)", "organisations: beta.gouv.fr (public body: yes, commits: 198)"),
    (1234.5, "1\u202f234,5", "1,234.5"),
])
def test_humanize(value, fr, en):
    assert humanize(value, "fr") == fr
    assert humanize(value, "en") == en
