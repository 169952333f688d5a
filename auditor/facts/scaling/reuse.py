"""``reuse_evidence``: signs that the project already runs elsewhere.

- ``publiccode.yml`` ``usedBy`` (the organisations that declare using it);
- public instances and deployments named in the README and the docs: links in a section titled
  like *Instances*, *Déploiements*, *Qui l'utilise ?*, *Used by*, or in a line that says so; a page titled with the plural
  noun (*<Project> Deployments Worldwide*) that lists linked places, its demonstrations and prototypes set apart;
- forks on the forge, by owner type (a public body's account, another organisation, a person),
  from the ``forge`` fact's ``forks`` section: *unavailable* offline with the reason, never zero.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from auditor import safeyaml
from auditor.facts import fact
from auditor.facts.files import readme_path
from auditor.facts.inventory import _readme_title as readme_title, is_doc
from auditor.facts.own_bundles import project_names
from auditor.facts.scaling.common import data_about, is_neutral_host, owner_key, owner_type, project_files
from auditor.facts.scaling.reuse_places import not_places
from auditor.facts.vendored import squeeze
from auditor.lazyre import lazy_compile

HEADING = lazy_compile(r"^\s{0,3}(#{1,6})\s*(.+?)\s*#*\s*$|^(.+)\n[=-]{3,}\s*$", re.M)
# A reuse section's whole title: "Instances", "Déploiements existants", "Qui utilise X ?", "Used by"…
# ("Recette et déploiement" or "Allowed seeds in production" are about something else).
REUSE_TITLE = lazy_compile(r"^\W*(?:(les |nos |our |known |public |main |principales? )?(instances|(d[ée]ploiements|deployments) (existants|actuels|connus|en production|"
                         r"in production|known)|qui (l'|nous |les? )?utilisen?t?|ils (l'|nous )?utilisent|"
                         r"utilis[ée]e?s? par|used by|who uses|"
                         r"(collectivit[ée]s|territoires|organisations|structures) (utilisatrices|partenaires|utilisateurs|qui l'utilisent))"
                         # "Users" alone titles a user guide ("Users list", "Utilisateurs et droits"): only said of who runs it.
                         r"|(nos|our|known|main|principaux) (utilisateurs|users)|(utilisateurs|users) (actuels|connus|current|known)"
                         r"|(groupe|club|communaut[ée]) (d'|des )?utilisat(eurs|rices)|users? (group|community)"
                         # "Exemples d'atlas en ligne utilisant GeoNature-atlas", "Sites using Lizmap" (not "Examples using the API")
                         r"|(exemples? |examples? |liste |list )?(d['’]|de |des |of )?(sites?|atlas|applications?|portails?|instances?|plateformes?|"
                         r"d[ée]ploiements?|websites?|platforms?|services?) (en ligne |online |web )?(utilisant|using|bas[ée]s? sur|propuls[ée]s? par|powered by)"
                         # "Exemples d'utilisation de GeoPaysages :" followed by the parks' sites
                         r"|(exemples?|examples?) (d['’]utilisations?|of use) (de|du|des|d['’]|of)\b)\b"
                         r"[^\n]{0,40}$"
                         # "Réutilisations" titles a list of reuses; "Reuse Document Across Entities" a design note.
                         r"|^\W*(les |nos |known )?(r[ée]utilisations?|reuses?|showcase|adopters)(\s+(par|by|du|de|of|des)\b[^\n]{0,40})?\W*$", re.I)
# "En production" titles a deployment how-to as often as a list of sites: it is a reuse section only when
# its text says where the project runs ("grâce aux 11 instances installées chez :").
PRODUCTION_TITLE = lazy_compile(r"^\W*(en production|in production|(mis|mise|mises) en (service|production)|running in production)\W*$", re.I)
PUBLIC_WORDS = lazy_compile(r"\b(villes?|m[ée]tropoles?|communes?|d[ée]partements?|r[ée]gions?|collectivit[ée]s?|agglom[ée]rations?|communaut[ée]s?|mairies?|"
                          r"conseil (d[ée]partemental|r[ée]gional)|minist[èe]re|pr[ée]fecture|syndicat|territoires?|city|council|municipality)\b", re.I)
# "déployé par défaut sur chaque serveur", "deployed by default" name nobody who runs the project; an "instance de démonstration" is the sponsor's own demo, and "l'instance de [`preprod`](…) … l'instance de [`prod`](…)" its own environments (a CI deploying each branch).
# a part of the software using it ("le système de routage utilisé par l'application React"): no body, its link the part's docs (s42 fi42)
_PARTS = r"applications?|app|client|front(?:-?end)?|back(?:-?end)?|modules?|scripts?|code|framework|interface|api|s[yi]st[èe]me?|programm?e?"
_PART = r"(?!\s+(?:l['’]\s?|le\s+|la\s+|les\s+|ce\s+|cette\s+)?(?:" + _PARTS + r"|serveur|composants?|biblioth[èe]ques?|librairies?|navigateurs?)\b)"
_PART_EN = r"(?!\s+(?:the\s+|this\s+|our\s+|your\s+)?(?:" + _PARTS + r"|server|components?|librar(?:y|ies)|browsers?)\b)"
REUSE_LINE = lazy_compile(r"\b(instances? (de|of|publique|public|en ligne|install[ée]es)(?![\s\[`'\"*_]*(?:d[ée]mo|test|recette|d[ée]v|pr[ée]-?prod|prod\b|production|staging|feature|int[ée]gration|qualif|sandbox))|d[ée]ploy[ée]e? (par|à|chez|sur)(?! (d[ée]faut|chaque|tous|toutes))|deployed (by|at|in)(?! (default|each|every|all))|(?<!plus )(?<!jamais )utilis[ée]e? par" + _PART + r"|(?<!longer )(?<!never )used by" + _PART_EN + r"|"
                        r"en production (à|chez|par|sur)|in production (at|by)|mis en (place|service) (par|à|chez)|r[ée]utilis[ée]e? par|adopt[ée] par|"
                        r"install[ée]e?s? (chez|par(?! d[ée]faut)|à(?! l['’]aide\b| partir\b))|installed (at|by(?! default))|h[ée]berg[ée]e?s? (chez|par))\b", re.I)
# A documentation page listing where the project runs, titled with the plural noun ("OpenTripPlanner Deployments Worldwide",
# "Déploiements", "Instances connues"): the page is a reuse section when it is a list of linked places (at least
# MIN_LISTED list items with a link, no command block); a deployment guide ("Deployment", "Deploying on Kubernetes", its
# commands in fenced blocks) is not.
DEPLOYMENTS_PAGE = lazy_compile(r"^\W*(?:[\w.’'-]+\s+){0,3}(?:deployments|d[ée]ploiements|instances)(?:\s+(?:worldwide|around the world|in the wild|"
                                r"dans le monde|en france|in france|en production|in production|known|connus|existants|actuels|publiques|public))?\W*$", re.I)
MIN_LISTED = 3
# a title about hosting one's own ("Instances auto-hébergées", "Self-hosted instances", "Sur vos propres instances")
SELF_HOSTED = lazy_compile(r"\bauto-?h[ée]berg|\bself-?host|\b(?:vos|your|votre)\s+(?:propres?\s+|own\s+)?(?:instances?|serveurs?|servers?)\b", re.I)
_ASSET_FILE = lazy_compile(r"\.(?:m?js|css|map|wasm)$", re.I)
# A section showing where the project is embedded ("Examples of Geotrek-widget's integration", "Exemples d'intégration", "Sites
# intégrant le widget"): a reuse section when it lists linked places like a deployments page (code examples of an integration,
# "Examples of integration with React" over fenced blocks, list none)
INTEGRATIONS_TITLE = lazy_compile(r"^\W*(?:(?:exemples?|examples?)\s+(?:d['’]\s*int[ée]grations?|of\s+(?:[\w.’'-]+\s+){0,2}integrations?)"
                                  r"|(?:sites?|websites?|portails?|portals?)\s+(?:int[ée]grant|integrating|embedding)\b)[^\n]{0,40}$", re.I)
# inside a reuse section, a part listing demonstrations, prototypes or tests: not places where the project runs
DEMO_TITLE = lazy_compile(r"\b(?:d[ée]mos?|d[ée]monstrations?|prototypes?|previews?|tests?|sandbox|bac à sable)\b", re.I)
_LINKED_ITEM = lazy_compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+\S[^\n]*?https?://")
_FENCE = lazy_compile(r"^\s*(?:```|~~~)")


def _listing_page(lines: list[str], start: int, level: int) -> bool:
    """The lines after the heading at ``start`` (0-based), up to the next heading of its level or above, list at least MIN_LISTED
    linked items and hold no command block."""
    listed = 0
    for line in lines[start + 1:]:
        m = re.match(r"^\s{0,3}(#{1,6})\s", line)
        if m and len(m.group(1)) <= level:
            break
        if _FENCE.match(line):
            return False
        listed += bool(_LINKED_ITEM.match(line))
    return listed >= MIN_LISTED


# reuse said as a wish or a possibility ("la collectivité souhaite que l'outil développé puisse être réutilisé par d'autres
# territoires" in a course's case study, "could be used by other cities"): a goal, not a place where the project runs
WISHED = lazy_compile(r"\b(?:souhait\w*|pui(?:sse|ssent)|pourr\w*|peu(?:t|vent)[- ]\w*\s*[êe]tre|vis\w* à|afin (?:de|qu)|"
                      r"destin[ée]e?s? à|could|can be|may be|might|should|would|so that|in order to|intended to)\b", re.I)
_CLAUSE_START = lazy_compile(r"[.!?;:](?:\s|$)")


def _wished(line: str, match) -> bool:
    """The reuse words come after a wish or a modal of possibility in their sentence."""
    start = max((m.end() for m in _CLAUSE_START.finditer(line, 0, match.start())), default=0)
    return bool(WISHED.search(line, start, match.start()))


LINK = lazy_compile(r"\[([^\]]{1,120})\]\((https?://[^)\s]+)\)|<(https?://[^>\s]+)>|(?<![(<\[\"'])(https?://[^\s)\]>\"'`]+)"
                  r"|`([^`<]{1,120}?)\s*<(https?://[^>\s]+)>`__?")  # reStructuredText: `PN du Mercantour <http://…>`_
SKIP_HOSTS = ("shields.io", "badge", "travis", "codecov", "github.com", "gitlab.com", "readthedocs", "npmjs", "pypi.org", "docker.com",
              "framagit.org", "sonarcloud", "coveralls", "creativecommons", "opensource.org", "gnu.org", "etalab.gouv.fr/licence")
MAX_DOCS = 60


def _links(text: str) -> list[tuple[str, str | None]]:
    out = []
    for m in LINK.finditer(text):
        url = m.group(2) or m.group(3) or m.group(4) or m.group(6)
        label = m.group(1) or m.group(5)
        out.append((url.rstrip(".,;:"), label))
    return out


# A link labelled as a company (the agency hosting the service, its developer) names who works on the project, not a place it
# runs: "confié l'hébergement et la maintenance à l'[agence WebSenso](https://…)" is no instance.
AGENCY_LABEL = lazy_compile(r"^\W*(?:l['’]\s?)?(?:agence|soci[ée]t[ée]|prestataire|entreprise|cabinet|h[ée]bergeur|agency|company|vendor|contractor)\b", re.I)
_SENTENCE_END = lazy_compile(r"[.!?](?:\s|$)")


# a link to a manual's page (docs.qgis.org/…/user_manual/plugins/plugins.html, a tool's readthedocs) or to a help forum's thread or
# question (an install guide's "si sudo n'est pas installé, voir https://…/forum/discussion/18063/…", Stack Overflow, Ask Ubuntu): how
# to do something with a tool, never a place the project runs
_MANUAL_LINK = lazy_compile(r"^https?://(?:docs?|documentation|manual|wiki|forums?)\.|/(?:user_manual|manual|docs?|documentation|"
                            r"wiki|forums?|discussions?|questions|threads?)/|^https?://(?:[\w-]+\.)*(?:stackoverflow\.com|stackexchange\.com|"
                            r"askubuntu\.com|serverfault\.com|superuser\.com)(?:[/:?#]|$)", re.I)


def _sentence_links(line: str, match) -> list[tuple[str, str | None]]:
    """The usable links of the sentence where the reuse words are (a paragraph is one line in Markdown): "… confié
    l'hébergement à l'[agence X](…). Elle synchronise plusieurs instances de Geotrek …" names no instance at the agency's
    site, which belongs to the sentence before."""
    start = max((m.end() for m in _SENTENCE_END.finditer(line, 0, match.start())), default=0)
    end = next((m.start() + 1 for m in _SENTENCE_END.finditer(line, match.end())), len(line))
    return [(u, lab) for u, lab in _links(line[start:end]) if _usable(u) and not AGENCY_LABEL.search(lab or "") and not _MANUAL_LINK.search(u)]


def _usable(url: str) -> bool:
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:
        return False
    # (a script's or a stylesheet's address, https://docs.getgrist.com/grist-plugin-api.js, is a file the code loads, no instance)
    return bool(host) and not is_neutral_host(host) and not any(s in url.lower() for s in SKIP_HOSTS) and not _ASSET_FILE.search(parts.path)


def _other_items_row(line: str, names: set[str] | frozenset[str]) -> bool:
    """A row of a table (``|6|[Mercator](…)|… utilisé par 15 centres hospitaliers 3 communes …|``, a benchmark of tools) that does
    not name the project (``names``: its squeezed names): its cells describe the item the row is about, not this project."""
    cells = line.strip()
    return cells.startswith("|") and cells.count("|") >= 3 and not any(n in squeeze(cells) for n in names)


def scan_document(path: str, text: str, names: set[str] | frozenset[str] = frozenset()) -> list[dict]:
    """Instances and deployments named in one Markdown/RST/text document; ``names``: the project's squeezed names (a table row
    outside a reuse section counts only when it names the project)."""
    found: list[dict] = []
    lines = text.splitlines()
    in_section = 0  # heading level of the current reuse section, 0 outside
    demos = 0  # heading level of a part of it listing demonstrations or prototypes, 0 outside
    pending = None  # a production section waiting for a line that says where the project runs: (level, line, title)
    for i, line in enumerate(lines, 1):
        m = re.match(r"^\s{0,3}(#{1,6})\s*(.+?)\s*#*\s*$", line)
        level, title = (len(m.group(1)), m.group(2)) if m else (None, None)
        if level is None and i < len(lines) and re.match(r"^\s*(=+|-+)\s*$", lines[i]) and line.strip():
            level, title = (1 if lines[i].strip().startswith("=") else 2), line.strip()
        if level is not None:
            pending = None
            bare = title.strip("*_`# ")
            if in_section and level <= in_section:
                in_section = 0
            if demos and level <= demos:
                demos = 0
            # (a chapter on running one's own instances, "Instances auto-hébergées", "Self-hosted instances": how to set it up, its
            # text a how-to with commands; a reuse section only when it lists linked places like a deployments page, s38 fo38)
            if (REUSE_TITLE.search(bare) and not (SELF_HOSTED.search(bare) and not _listing_page(lines, i - 1, level))) or (not in_section and m and (DEPLOYMENTS_PAGE.search(bare) or INTEGRATIONS_TITLE.search(bare))
                                            and _listing_page(lines, i - 1, level)):
                in_section = level
                found.append({"path": path, "line": i, "kind": "section", "value": title[:120]})
            elif in_section and DEMO_TITLE.search(bare):
                demos = level  # ("Prototypes, technical previews, and demos" under a page of deployments)
            elif PRODUCTION_TITLE.search(bare) and not in_section:
                pending = (level, i, title)
            continue
        if demos:
            continue
        if pending and REUSE_LINE.search(line):
            in_section = pending[0]
            found.append({"path": path, "line": pending[1], "kind": "section", "value": pending[2][:120]})
            pending = None
            continue
        links = [(u, lab) for u, lab in _links(line) if _usable(u) and not AGENCY_LABEL.search(lab or "")]
        if in_section:
            for u, lab in links:
                found.append({"path": path, "line": i, "kind": "instance", "value": u[:200], "label": (lab or "")[:80] or None})
            if not links and re.match(r"^\s*[-*+]\s+\S", line):
                value = line.strip(" -*+")[:120]
                found.append({"path": path, "line": i, "kind": "deployment", "value": value, "public": bool(PUBLIC_WORDS.search(value))})
        elif (rm := REUSE_LINE.search(line)) and not _wished(line, rm) and not _other_items_row(line, names) and ((links := _sentence_links(line, rm)) or PUBLIC_WORDS.search(not_places(line[rm.end(): rm.end() + 40]))):
            if links:
                for u, lab in links:
                    found.append({"path": path, "line": i, "kind": "instance", "value": u[:200], "label": (lab or "")[:80] or None})
            else:
                found.append({"path": path, "line": i, "kind": "deployment", "value": line.strip()[:160], "public": bool(PUBLIC_WORDS.search(line))})
    return found


# A site's content collection of the places the software runs (Nuxt Content's or Hugo's content/sites-partenaires/, one page per site:
# front matter "city: Brest", "link: https://brev.bapav.org/", a description "… ont profité de Cyclopolis pour …"): an entry is an
# instance when its link leads to another site and its page names the project (its README's title, its package's name); a partner's
# or a funder's page that does not name it shows no deployment of it.
COLLECTION_DIR = lazy_compile(r"(?:^|[-_])(?:sites?|instances?|d[ée]ploiements?|deployments?|r[ée]utilisations?|reuses?|showcase|adopters|"
                              r"used[-_]by|utilisateurs|users)(?:[-_]|$)", re.I)
_FRONT = lazy_compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_URL, _WORD = lazy_compile(r"https?://\S+"), lazy_compile(r"[\w-]+")
_LINK_KEYS = ("link", "url", "href", "website", "site", "lien")
# a README title or package name that is a common word names no project in a page ("site", "observatoire", "carte")
_GENERIC_NAMES = frozenset({"readme", "sites", "website", "projet", "project", "application", "demo", "documentation", "observatoire",
                            "plateforme", "platform", "carte", "portail", "accueil", "index", "private"})
MAX_ENTRIES = 60


def collection_instances(snap, paths: list[str], names: set[str]) -> list[dict]:
    """Instances listed by a content collection (see :data:`COLLECTION_DIR`): the Markdown pages of a folder so named whose front
    matter links to a site and whose words (its addresses aside) name one of ``names`` (squeezed project names of five characters or more)."""
    names = {n for n in names if len(n) >= 5 and n not in _GENERIC_NAMES}
    found: list[dict] = []
    for p in paths if names else []:
        parts = p.split("/")
        if len(parts) < 2 or not COLLECTION_DIR.search(parts[-2]) or not p.lower().endswith((".md", ".markdown", ".mdx")):
            continue
        text = snap.read_text(p, limit=64 * 1024) or ""
        m = _FRONT.match(text)
        try:
            front = safeyaml.load(m.group(1)) if m else None
        except Exception:  # noqa: BLE001 - a page whose front matter does not parse lists nothing
            front = None
        if not isinstance(front, dict):
            continue
        key, url = next(((k, v.strip()) for k in _LINK_KEYS for fk, v in front.items()
                         if str(fk).lower() == k and isinstance(v, str) and v.strip().startswith(("http://", "https://"))), (None, ""))
        # its words squeezed as the names are ("Vélopolis": "vlopolis"), not its addresses (an image kept on the upstream's site)
        words = {re.sub(r"[^a-z0-9]", "", w.lower()) for w in _WORD.findall(_URL.sub(" ", text))}
        if not url or not _usable(url) or not names & words:
            continue
        line = next((i for i, t in enumerate(text.splitlines(), 1) if t.lower().startswith(key + ":")), None)
        label = next((str(front[k]) for k in ("city", "ville", "title", "name", "nom") if isinstance(front.get(k), str)), None)
        found.append({"path": p, "line": line, "kind": "instance", "value": url[:200], "label": (label or "")[:80] or None})
        if len(found) >= MAX_ENTRIES:
            break
    return found


def _used_by(snap) -> tuple[str | None, list[str]]:
    for name in ("publiccode.yml", "publiccode.yaml"):
        if name not in snap.files:
            continue
        text = snap.read_text(name, limit=256 * 1024)
        try:
            pc = safeyaml.load(text) if text else None
        except Exception:  # noqa: BLE001 - an invalid file is the publiccode check's finding
            pc = None
        if isinstance(pc, dict):
            ub = pc.get("usedBy")
            if isinstance(ub, list):
                return name, [str(x)[:120] for x in ub if isinstance(x, (str, int)) and str(x).strip()][:50]
            return name, []
    return None, []


def classify_forks(forks: list[dict], owner: str) -> dict:
    out = {"public": [], "organisations": [], "individuals": 0}
    for f in forks:
        login = (f.get("owner") or "").strip()
        if not login or login.lower() == owner:
            continue
        t = owner_type(login, f.get("owner_type"))
        if t == "public":
            out["public"].append(f.get("full_name") or login)
        elif t == "organisation":
            out["organisations"].append(f.get("full_name") or login)
        else:
            out["individuals"] += 1
    out["public"] = sorted(set(out["public"]))[:30]
    out["organisations"] = sorted(set(out["organisations"]))[:30]
    return out


@fact("reuse_documents", version=14, public=False)
def reuse_documents(ctx) -> dict:
    """What the commit's own files say of reuse (publiccode.yml usedBy, instances and reusers named in
    the documentation): cached with the commit, so that a warm audit asks only the forge again."""
    snap = ctx.snapshot
    pc_path, used_by = _used_by(snap)
    docs = []
    rp = readme_path(snap)
    if rp:
        docs.append(rp)
    docs += [e.path for e in project_files(ctx) if e.path != rp and is_doc(e.path)
             and e.path.lower().endswith((".md", ".markdown", ".rst", ".txt", ".adoc"))][:MAX_DOCS]
    mentions: list[dict] = []
    names = project_names(snap, readme_title(snap), ())
    for p in docs:
        text = snap.read_text(p, limit=512 * 1024)
        if text:
            mentions.extend(scan_document(p, text, names))
    mentions.extend(collection_instances(snap, [e.path for e in project_files(ctx)], names))
    return {"publiccode": pc_path, "used_by": used_by, "mentions": mentions}


# the words that join the parts of a body's name ("Communauté de communes du Pays de …", "City of …"): the name runs on across them
_NAME_JOINS = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "et", "of", "the", "and", "&"})
_NAME_WORD = lazy_compile(r"[\w'’&-]+")


def _fold(text: str) -> str:
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


def named_body(value: str) -> str:
    """The proper name following the reuse words of a deployment sentence, folded ("used by Rennes Métropole to create…" and
    "utilisé par Rennes Métropole pour créer…" both give "rennes metropole"): its capitalised words, and the joining words between
    them (and the words naming a kind of body: "communes", "ville"), up to the first other word. Empty when no capitalised word
    follows ("utilisé par des collectivités")."""
    rm = REUSE_LINE.search(value)
    if not rm:
        return ""
    words: list[str] = []
    for w in _NAME_WORD.findall(value[rm.end(): rm.end() + 120])[:12]:
        bare = w.strip("'’")
        if not (bare[:1].isupper() or _fold(bare) in _NAME_JOINS or PUBLIC_WORDS.fullmatch(bare)):
            break
        words.append(bare)
    while words and _fold(words[-1]) in _NAME_JOINS:
        words.pop()
    while words and _fold(words[0]) in _NAME_JOINS:
        words.pop(0)
    return _fold(" ".join(words)) if any(w[:1].isupper() for w in words) else ""


def _own_and_twins(mentions: list[dict], sponsor: str) -> tuple[list[dict], list[str]]:
    """The mentions less the deployments naming the sponsor itself as the body that uses the project (the owner's own use is no
    reuse by another territory) and less the repeats of one deployment (the same body named by the README and by its translation);
    and the sponsor's own uses set aside."""
    kept, own, seen = [], [], set()
    for m in mentions:
        body = named_body(m["value"]) if m["kind"] == "deployment" else ""
        if body and sponsor and body == sponsor:
            own.append(m["value"])
            continue
        if body and body in seen:
            continue
        if body:
            seen.add(body)
        kept.append(m)
    return kept, own[:5]


def _sponsor_name(ctx) -> str:
    """The sponsor's proper name, folded, from the project fact's evidence ("github.com/owner: Rennes Métropole"); empty when none."""
    said = (ctx.fact("project") or {}).get("sponsor_evidence") or ""
    return _fold(said.rsplit(": ", 1)[-1].strip()) if ": " in said else ""


@fact("reuse_evidence", version=8, cache="none")
def reuse_evidence(ctx) -> dict:
    found = ctx.fact("reuse_documents")
    pc_path, used_by = found["publiccode"], list(found["used_by"])
    mentions, own_use = _own_and_twins([dict(m) for m in found["mentions"]], _sponsor_name(ctx))
    # What the project declares in .auditor.yml (instances, reusers): stated in the repository, shown as declared.
    declared = (ctx.fact("declarations") or {}).get("declared") or {}
    decl_file = (ctx.fact("declarations") or {}).get("file") or ".auditor.yml"
    for inst in declared.get("instances") or []:
        if isinstance(inst, dict) and inst.get("url"):
            mentions.append({"path": decl_file, "line": None, "kind": "instance", "value": str(inst["url"])[:200],
                             "label": str(inst.get("territory") or inst.get("operator") or "")[:80] or None, "declared": True})
    for reuser in declared.get("reusers") or []:
        if isinstance(reuser, dict) and reuser.get("name") and str(reuser["name"]) not in used_by:
            used_by.append(str(reuser["name"])[:120])
    forge = ctx.fact("forge")
    if forge.get("available") and "forks" in forge:
        fk = forge["forks"]
        forks = {"available": True, "total": fk.get("total"), "listed": len(fk.get("listed") or []),
                 **classify_forks(fk.get("listed") or [], owner_key(ctx))}
    elif forge.get("available"):
        forks = {"available": False, "reason": (forge.get("partial") or {}).get("forks") or
                 {"fr": "la forge n'a pas donné la liste des forks", "en": "the forge did not list the forks"}}
    else:
        forks = {"available": False, "reason": forge.get("reason")}
    return {"used_by": used_by, "publiccode": pc_path, "mentions": mentions[:40], "mentions_total": len(mentions), "own_use": own_use,
            "instances": sorted({m["value"] for m in mentions if m["kind"] == "instance"})[:30],
            "forks": forks, "data": data_about("organisations.yml")}
