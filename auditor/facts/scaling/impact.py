"""``impact_indicators``: whether the project shows its impact: a statistics or impact page the
application serves (a ``/stats`` route, a ``stats`` page component), a public statistics link in
the README, an impact or indicators section in the README or the docs."""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.facts.files import readme_path
from auditor.facts.docs import POST, TEMPLATE_DOC
from auditor.facts.inventory import is_doc
from auditor.facts.scaling.common import project_files
from auditor.facts.textscan import hits
from auditor.lazyre import lazy_compile

# The heading is about the indicators ("Impact", "Nos statistiques", "Chiffres clés"), not a heading that mentions stats
# in passing ("Bar with dynamic stats", "Cumulative Impact of Optimizations").
TITLE = lazy_compile(r"^\W*(les |nos |our |the |l'|notre |mesurer (l'|son )?)?(impacts?|indicateurs? (?:d['’]impact|de suivi|cl[ée]s|d['’]usage|d['’]utilisation)|mesure d'impact|statistiques|statistics|stats|kpis?|chiffres[ -]cl[ée]s|"
                   r"empreinte (carbone|environnementale)|carbon footprint|[ée]conomies d'[ée]nergie|tonnes? (de |of )?co2|"
                   r"metrics of impact|impact metrics"
                   # (an indicators product lists the indicators it computes under a qualified heading — "Indicateurs
                   # retenus :" over a BAL quality dashboard's certification rate and duplicates, "Indicateurs agro-climatiques"
                   # of a climate viewer: the product's subject, not its own impact; only a bare "Indicateurs" stays)
                   r"|indicateurs?(?!\s+[^\W\d]))\b"
                   # (a statistical method a course teaches — "Statistiques descriptives", "STATISTIQUES ZONALES" of a geomatics
                   # course's pages — is no figure of the project's own use)
                   # (nor the statistics the tool computes for its user — "Statistiques générées" over a QGIS plugin's run summary,
                   # species found, imprecise observations: its output, not figures of its own use or effect)
                   r"(?!\s+(?:descriptives?|zonales?|spatiales?|inf[ée]rentielles?|(?:uni|bi|multi)vari[ée]es?|temporelles?"
                   r"|g[ée]n[ée]r[ée]e?s?|calcul[ée]e?s?|produite?s?|obtenue?s?|fournie?s?|affich[ée]e?s?|export[ée]e?s?|de sortie|en sortie"
                   r"|generated|computed|calculated|produced|output|returned|reported by)\b)", re.I)
# (the word is the whole folder or page name: "/impact-tools/data-joins/", Mapbox's tutorial a map was built from, is no statistics page)
STATS_LINK = lazy_compile(r"https?://[^\s)\]>\"']+/(stats|statistiques|statistics|impact|indicateurs|kpis?)(?![\w-])[^\s)\]>\"']*", re.I)
# A statistics office's publication pages (INSEE publishes every dataset and study under /fr/statistiques/, the ministry of
# ecology's SDES under statistiques.developpement-durable.gouv.fr, Eurostat): the data a project reads or compares (s23 m1, a
# métropole's SQL kit linking INSEE's BPE dataset page), never statistics of the project's own use
STATS_PUBLISHER = lazy_compile(r"https?://(?:[\w-]+\.)*(?:insee\.fr|statistiques\.developpement-durable\.gouv\.fr|ec\.europa\.eu/eurostat)(?:[/:?#]|$)", re.I)
STATS_SCRIPT = lazy_compile(r"(^|/)(stats|statistiques|statistics|impact|indicateurs|kpis?)\.php$", re.I)
PAGE = lazy_compile(r"(^|/)(pages|views|routes|app|templates|src/pages|src/views)/(.+/)?(stats|statistiques|statistics|impact|indicateurs|kpis?)"
                  r"(/index|/page)?\.(vue|tsx|jsx|ts|js|svelte|html|php|twig|py|md|mdx|astro)$"
                  # (or a module of an application named so, with its controllers or views: a CodeIgniter HMVC back office's
                  # modules/stats/controllers/Admin_stats.php, a game's usage statistics)
                  r"|(^|/)modules/(stats|statistiques|statistics|impact|indicateurs|kpis?)/(controllers|views)/[^/]+\.(php|twig|py|js|ts)$", re.I)
MAX_DOCS = 60
# A statistics endpoint of one kind of the records the application manages ("/api/v1/alerts/stats", "/sites/stats": the counts of
# the alerts and server rooms a supervision tool watches, by severity, by state): a dashboard feature of its domain, like the charts
# it draws from its data, not an indicator of the project's own use (s38 fh38 = RAYAN-DOB/Server-Supervision); "/api/stats",
# "/admin/stats" or "/usage/stats" stay the service's statistics
RECORD_STATS = lazy_compile(r"""^["'`](?:/[\w-]+)*/([\w-]+)/(?:stats|statistiques|statistics|kpis?)/?["'`]$""", re.I)
_SERVICE_SEGMENT = lazy_compile(r"^(?:api|apis|v\d{1,2}|rest|public|admin|administration|backoffice|back-office|bo|internal|app|dashboard|"
                                r"tableau-de-bord|usage|usages|utilisation|use|visits?|visites?|audience|frequentation|traffic|trafic|analytics|global|"
                                r"impact|overview|summary|all|general)$", re.I)


def record_stats(value: str) -> bool:
    """The route (its literal, quotes included) is the statistics of one kind of the application's records (:data:`RECORD_STATS`)."""
    m = RECORD_STATS.match(value.strip())
    return bool(m) and not _SERVICE_SEGMENT.match(m.group(1))


# (the same where the record's segment is written elsewhere: a Django application named after a record, events/, whose urls.py routes
# path('stats/', …) under the project's path("events/", include("events.urls")), and whose events/templates/events/stats.html draws
# the events' counts per month and sector — issue 12, s44 fi44 = gestionsiteccsa/MyCCSA); the project's own package (the folder
# holding settings.py, wsgi.py or asgi.py) and generically named applications (core, main, home, dashboard…) are the service's
_GENERIC_APP = lazy_compile(r"^(?:core|main|home|site|web|www|frontend|backend|common|base|pages|portal|portail|project|projet|"
                            r"stats|statistiques|statistics|kpis?|indicateurs|reporting|reports?|rapports?|src)$", re.I)
_PROJECT_MODULE = ("settings.py", "wsgi.py", "asgi.py")
_BARE_STATS = lazy_compile(r"""^(?:path|re_path|url)\(\s*["']\^?(?:stats|statistiques|statistics|kpis?)/?\$?["']|^["'`]/?(?:stats|statistiques|statistics|kpis?)/?["'`]$""", re.I)


def record_app(path: str, files) -> str | None:
    """The application folder (the first folder) of ``path`` when it is a Django-like application named after a record: it holds
    its views.py or urls.py, no settings.py/wsgi.py/asgi.py, and its name is neither a service segment nor a generic one."""
    app = path.split("/", 1)[0] if "/" in path else ""
    if not app or _SERVICE_SEGMENT.match(app) or _GENERIC_APP.match(app) or any(f"{app}/{m}" in files for m in _PROJECT_MODULE):
        return None
    return app if (f"{app}/views.py" in files or f"{app}/urls.py" in files) else None


def record_app_stats(path: str, value: str, files) -> bool:
    """A bare statistics route (path('stats/', …)) in the urls.py of an application named after a record (:func:`record_app`)."""
    return path.count("/") == 1 and path.endswith("/urls.py") and bool(_BARE_STATS.match(value.strip())) and record_app(path, files) is not None


def record_app_page(path: str, files) -> bool:
    """A statistics template inside an application named after a record (events/templates/events/stats.html)."""
    return "/templates/" in path and record_app(path, files) is not None and path.split("/", 1)[1].startswith("templates/")


# A user guide's chapter on a "Statistiques" component or chart type (its props table, "ce composant affiche…"), or on the charts
# the application draws from its data ("L'application permet d'afficher un à plusieurs graphiques, basés sur les données de la base"
# under "Statistiques globales.", how to set up a Lizmap module's Dataviz charts of observation counts): the documentation of a
# feature named like the indicators, not the project's own impact.
COMPONENT_DOC = lazy_compile(r"\b(composants?|components?|props|param[èe]tres?|parameters?|widget)\b|^\|\s*(nom|name|prop|propri[ée]t[ée])\s*\|\s*type\b"
                             r"|\b(?:permet(?:tent)? d['’](?:afficher|ajouter|cr[ée]er)|allows?(?: \w+)? to (?:display|show|add|create)|lets?(?: \w+)? (?:display|show|add|create))"
                             r"\b[^.\n]{0,80}\b(?:graphiques?|graphes?|diagrammes?|charts?|graphs?|dataviz)\b", re.I)


# A change log's entries name features ("Indicateur de progression", "Statistiques : export CSV"): what changed, not the
# project's impact; a progress or loading indicator is a widget of the interface.
CHANGELOG = lazy_compile(r"^(change[-_ ]?log|changes|history|historique|news|release[-_ ]?notes|releases|nouveaut[ée]s)(\.\w+)?$", re.I)
WIDGET = lazy_compile(r"\b(indicateurs? de (progression|chargement|progr[èe]s|saisie)|(progress|loading|busy) indicators?)\b", re.I)


# A user guide's chapter on one screen of the application ("## Le Dashboard", "Tableau de bord", "Écran d'accueil"): a KPI or
# indicators heading under it lists the counters that screen shows of the users' own records ("Projets actifs", "BC en attente"),
# not the project's impact (issue 12, s43 ff43 = ArnaudP17000/Budget-Manager-Pro-V5.1)
USER_GUIDE = lazy_compile(r"guide[\W_]*(?:de[\W_]+l[\W_]*)?utilisat|guide[\W_]*d[\W_]*utilisation|user[\W_]*guide|user[\W_]*manual|manuel|mode[\W_]*d[\W_]*emploi", re.I)
SCREEN = lazy_compile(r"\b(dashboard|tableau de bord|accueil|home ?page|home screen|[ée]cran|screen|onglet)\b", re.I)


def _in_a_screens_chapter(path: str, lines: list[str], i: int, level: int) -> bool:
    """The heading at ``lines[i - 1]`` (of ``level``) lies in a user guide (by its file name or its first title) under a heading of a
    higher level naming one of the application's screens (:data:`SCREEN`)."""
    first = next((ln for ln in lines[:20] if ln.lstrip().startswith("# ")), "")
    if not (USER_GUIDE.search(path.rsplit("/", 1)[-1]) or USER_GUIDE.search(first)):
        return False
    for line in reversed(lines[max(0, i - 400): i - 1]):
        m = re.match(r"^\s{0,3}(#{1,6})\s*(.+?)\s*#*\s*$", line)
        if m and len(m.group(1)) < level:
            if SCREEN.search(m.group(2)):
                return True
            level = len(m.group(1))
    return False


def _documents_a_component(section: list[str]) -> bool:
    body = []
    for line in section:
        if re.match(r"^\s{0,3}#{1,6}\s", line):
            break
        body.append(line)
    return any(COMPONENT_DOC.search(line) for line in body)


def _commands_only(section: list[str]) -> bool:
    """A section holding nothing but code blocks (a debugging note's "### Statistiques par région" over one jq command): how to
    count something, no figure shown."""
    fenced, inside = False, False
    for line in section:
        if not inside and re.match(r"^\s{0,3}#{1,6}\s", line):
            break
        if re.match(r"^\s{0,3}(```|~~~)", line):
            inside, fenced = not inside, True
        elif not inside and line.strip():
            return False
    return fenced


# the parts of the code base a section may count ("29 fichiers Python", "~7,200 lignes de code", "11 tables de base de données",
# "10 vues UI", "Architecture MVC complète"): the size of the code, no use, beneficiary or effect of the service
_CODE_SIZE = lazy_compile(r"\b(?:fichiers?|files?|lignes?(?: de code)?|lines?(?: of code)?|loc|sloc|tables?|classes?|fonctions?|functions?|"
                          r"m[ée]thodes?|methods?|modules?|vues?|views?|managers?|composants?|components?|tests?|commits?|"
                          r"d[ée]pendances?|dependencies|endpoints?|architecture|templates?|scripts?|mod[èe]les?|models?)\b", re.I)


def _code_size_only(section: list[str]) -> bool:
    """A section whose every line (at least two) counts a part of the code base (a README's "📊 Statistiques du Projet": files,
    lines of code, tables, views): the code's size, no indicator of the service's use or effects."""
    body = []
    for line in section:
        if re.match(r"^\s{0,3}#{1,6}\s", line):
            break
        if line.strip() and not re.match(r"^\s*(?:[-*_]{3,}|```|~~~)\s*$", line):
            body.append(line)
    return len(body) >= 2 and all(_CODE_SIZE.search(line) for line in body)


# An impact heading qualified by a subject other than the project's own effects ("L'Impact Culturel Global" of a page on internet
# memes in a trainee's documentation site, "Impact historique" of a course's chapter): the impact of what the page talks about. It
# counts when its section gives a figure (an indicator is measured); the effects a project reports on (environmental, social,
# economic, territorial, carbon…) or the project's own ("Impact du projet") count as a bare "Impact" does (issue 12, s45 ff45 =
# Tristan14123/cpgeom_doc).
QUALIFIED_IMPACT = lazy_compile(r"^\W*(?:les |nos |our |the |l['’]|notre )?impacts?\s+(?!(?:et|and|&|de|du|des|d['’]|sur|on|of|for|pour)\b)"
                                r"(?!(?:environnement|[ée]cologi|environment|ecologic|carbone?|climat|climate|social|soci[ée]ta|societal|"
                                r"[ée]conomi|economic|territori|local|budg[ée]t|financi|financial|[ée]nerg|energ|num[ée]rique|digital|"
                                r"attendu|expected|mesur|measured|estim|r[ée]el|actual|cl[ée]|key|positi|global\b)\w*)[^\W\d_]", re.I)
_FIGURE = lazy_compile(r"\d")


def _section(lines: list[str], i: int, level: int, limit: int = 60) -> list[str]:
    """The lines under the heading at ``lines[i - 1]`` up to the next heading of its level or a higher one (at most ``limit``)."""
    out = []
    for line in lines[i: i + limit]:
        m = re.match(r"^\s{0,3}(#{1,6})\s", line)
        if m and len(m.group(1)) <= level:
            break
        out.append(line)
    return out


def _unmeasured_subject(heading: str, lines: list[str], i: int, level: int) -> bool:
    """An impact heading qualified by another subject (:data:`QUALIFIED_IMPACT`) whose section gives no figure."""
    return bool(QUALIFIED_IMPACT.search(heading)) and not any(_FIGURE.search(ln) for ln in _section(lines, i, level))


# A path literal keyed to a label in a table of links ("put(\"/statistics\", stringEncode(\"Statistiques\"))" among twenty other
# applications of a portal, each mapped to its display name; {"/stats": "Statistiques", …}): the table names pages, serving none of
# them (issue 12, s47 fe47 = OPEN-ENT-NG/support-pivot's map of the portal's applications). A route the project serves is declared
# to its router (get(…), path(…), @GetMapping…), which this shape never is.
_LABELLED_PATH = lazy_compile(r"""^\s*(?:[\w.]*\bput\s*\(\s*|Map\.entry\s*\(\s*|[{\[]\s*)?["'`]/[^"'`\s]*["'`]\s*(?:,|:|=>)\s*\S""")
_TABLE_ROWS, _TABLE_SPAN = 3, 4


def link_table_row(lines: list[str], ln: int) -> bool:
    """Line ``ln`` (1-based) maps a path to a label and :data:`_TABLE_ROWS` lines or more within :data:`_TABLE_SPAN` of it do the same
    with other paths: a table of links, not a route (:data:`_LABELLED_PATH`)."""
    if not 0 < ln <= len(lines) or not _LABELLED_PATH.match(lines[ln - 1]):
        return False
    near = lines[max(0, ln - 1 - _TABLE_SPAN): ln - 1] + lines[ln: ln + _TABLE_SPAN]
    return sum(1 for line in near if _LABELLED_PATH.match(line)) >= _TABLE_ROWS


# A heading that is the name of one of the repository's folders, a compound written as one word ("### Statistics-presences" over
# the settings block of the statistics-presences/ module, in a "## Configuration" chapter listing each module's conf.json): the
# chapter on that part of the code, not figures of the project's use or effects (issue 12, s47 fe47 = OPEN-ENT-NG/presences). A
# bare "## Statistiques" stays a heading on the figures, whatever folder shares its name.
def _names_a_folder(heading: str, folders: set[str]) -> bool:
    word = heading.strip("*_` ").lower()
    return bool(re.fullmatch(r"[^\W_]+(?:[-_.][^\W_]+)+", word)) and word in folders


@fact("impact_indicators", version=20)
def impact_indicators(ctx) -> dict:
    snap = ctx.snapshot
    files = snap.files
    routes = [{"path": p, "line": ln, "value": x} for p, ln, x, _c in hits(ctx, "scaling.stats_route")
              if not record_stats(x) and not record_app_stats(p, x, files)]
    tables: dict[str, list[str]] = {}  # (the files holding a hit, read once: a route keyed to a label in a table of links is none)
    for r in routes[:20]:
        if r["path"] not in tables:
            tables[r["path"]] = (snap.read_text(r["path"], limit=512 * 1024) or "").splitlines()
    routes = [r for r in routes[:20] if not (isinstance(r["line"], int) and link_table_row(tables[r["path"]], r["line"]))][:10]
    folders = {seg.lower() for p in files for seg in p.split("/")[:-1]}
    own = project_files(ctx)
    pages = [e.path for e in own if PAGE.search(e.path) and not record_app_page(e.path, files)][:10]
    # a PHP script named so that writes an HTML page wherever it sits (a park's GeoNature scripts: pnrnm/stats.php, counts per source)
    pages += sorted({h[0] for h in hits(ctx, "ui.php-page") if STATS_SCRIPT.search(h[0]) and h[0] not in pages})[:10 - len(pages)]
    docs = []
    rp = readme_path(snap)
    # (a site's dated article is what it publishes: "Statistiques d'activité" of a PostgreSQL settings article is no indicator)
    candidates = ([rp] if rp else []) + [e.path for e in own if e.path != rp and is_doc(e.path) and not TEMPLATE_DOC.search(e.name.rsplit(".", 1)[0])
                                                and not POST.search(e.path) and not CHANGELOG.search(e.name)
                                                and e.path.lower().endswith((".md", ".rst", ".txt", ".adoc"))][:MAX_DOCS]  # (a model to copy: no figure)
    links = []
    for p in candidates:
        text = snap.read_text(p, limit=512 * 1024) or ""
        lines = text.splitlines()
        first, fenced = True, False
        for i, line in enumerate(lines, 1):
            # (a comment in a fenced code block, "# Les statistiques peuvent se calculer par axe" above numpy's mean(axis=0), is no heading)
            if re.match(r"^\s{0,3}(```|~~~)", line):
                fenced = not fenced
            m = None if fenced else re.match(r"^\s{0,3}#{1,6}\s*(.+?)\s*#*\s*$", line)
            # (the README's title, its first heading of level 1, names the product: "# Statistiques ENT - fréquentation du
            # portail" is a statistics dashboard, not a section on the project's impact)
            title = bool(m) and first and p == rp and line.lstrip().startswith("# ")
            first = first and not m
            if m and not title and TITLE.search(m.group(1).strip("*_` ")) and not re.search(r"\b(badge|github|npm)\b", m.group(1), re.I) \
                    and not WIDGET.search(m.group(1)) and not _documents_a_component(lines[i: i + 15]) \
                    and not _commands_only(lines[i: i + 200]) and not _code_size_only(lines[i: i + 40]) and not _in_a_screens_chapter(p, lines, i, len(re.match(r"#*", line.lstrip()).group(0))) \
                    and not _unmeasured_subject(m.group(1).strip("*_` "), lines, i, len(re.match(r"#*", line.lstrip()).group(0))) \
                    and not _names_a_folder(m.group(1), folders):
                docs.append({"path": p, "line": i, "value": m.group(1)[:120]})
            for lm in STATS_LINK.finditer(line):
                if "github.com" not in lm.group(0) and "gitlab" not in lm.group(0) and not STATS_PUBLISHER.match(lm.group(0)):
                    links.append({"path": p, "line": i, "value": lm.group(0)[:160]})
    declared = ((ctx.fact("declarations") or {}).get("declared") or {}).get("links") or {}
    if declared.get("impact"):
        links.append({"path": (ctx.fact("declarations") or {}).get("file") or ".auditor.yml", "line": None,
                      "value": str(declared["impact"])[:160], "declared": True})
    return {"routes": routes, "pages": pages, "sections": docs[:10], "links": links[:10],
            "found": bool(routes or pages or docs or links)}
