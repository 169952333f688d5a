"""A UI template (an admin dashboard's or a site's theme: AdminLTE, Start Bootstrap's Freelancer…) copied whole, at the root or in a
folder, with the application the authority built inside it: the template's own files are not the project's.

A template is told by its own files: a package manifest (``bower.json``, ``package.json``, ``composer.json``) describing a template
(its keywords ``template``/``theme`` beside a word of an interface — admin, dashboard, bootstrap, responsive…; its description "Admin
dashboard and control panel template"; its home page on a template shop, startbootstrap.com/template-overviews/…) or, beside a
manifest, a README saying what it is ("AdminLTE -- is a fully responsive admin template", "Freelancer is a one page freelancer
portfolio theme for Bootstrap"). A template ships pages, stylesheets and scripts, never an application's server code: when the folder
(or the root) holding it also holds at least :data:`MIN_APP_FILES` server program files (PHP, Python, Java…) outside its library
shelves and not named after the template, an application was built inside the copied template, and only the template's own files are
the template's:

- its manifests (those naming it), its build script (``Gruntfile.js``, ``gulpfile.js``) and, in a folder, its top documents (README,
  LICENSE, changelog) — at the root these stay where the forge shows them, the README read as the template's text
  (:func:`template_readme`), but its change log, opening on the template's own version, is its history (:func:`template_changelog`);
- the folders its manifest's ``main`` names at the root (``dist/css/AdminLTE.css``, ``build/less/AdminLTE.less``) when they hold no
  server code;
- the files named after it (``freelancer.css``, ``freelancer.min.js``, ``AdminLTE.less``), and in a folder its demo's leftovers (a
  script no page loads, the server file only it calls: :func:`leftovers`);
- at the root, the libraries it ships on its shelf (``plugins/``), when most of the shelf's folders are told copied (:func:`shelf_files`).

A template's own repository (its name the repository's, or its owner this one's) and a template with no application inside stay what
they are. Bounded: the root's three manifests and README, or a folder's, read once (:data:`READ_BYTES`).
"""

from __future__ import annotations

import re

from auditor import safejson
from auditor.facts.copied_folders import MIN_SHELF_COPIES, shelf_paths  # noqa: F401 (MIN_SHELF_COPIES: its docstrings)
from auditor.facts.template_copies import _TEMPLATE_SHOPS
from auditor.lazyre import lazy_compile

MIN_APP_FILES = 3
READ_BYTES = 64 * 1024
TEMPLATE_MANIFESTS = ("bower.json", "package.json", "composer.json")
BUILD_SCRIPTS = {"gruntfile.js", "gulpfile.js", "gruntfile.coffee", "gulpfile.babel.js"}
SERVER_EXT = {"php", "py", "rb", "java", "kt", "cs", "jsp", "asp", "aspx", "go", "pl", "cfm"}
# the shelves a template keeps its libraries on (AdminLTE's plugins/, Start Bootstrap's vendor/): their PHP is the libraries' (PHPMailer)
SHELVES = {"plugins", "plugin", "vendor", "vendors", "lib", "libs", "bower_components", "node_modules", "components", "assets"}
_TEMPLATE_WORDS = {"template", "templates", "theme", "themes", "admin-template", "admin-theme", "dashboard-template", "bootstrap-template",
                   "bootstrap-theme", "html-template"}
_UI_WORDS = {"admin", "dashboard", "bootstrap", "responsive", "css", "html", "html5", "less", "sass", "scss", "ui", "back-end", "backend",
             "landing", "landing-page", "portfolio", "one-page", "onepage", "control-panel", "web", "website"}
_SAYS_TEMPLATE = lazy_compile(r"\b(?:admin|dashboard|control panel|back[- ]?end|landing[- ]page|one[- ]page|portfolio|bootstrap|html5?|"
                              r"css|ui|responsive|web ?site)\b[^.\n]{0,60}?\b(?:template|theme)s?\b", re.I)
# a README saying what the template is, in its first lines ("AdminLTE -- is a fully responsive admin template")
_IS_TEMPLATE = lazy_compile(r"\b(?:is|est)\s+(?:an?|une?)\s+[^.\n]{0,80}?\b(?:admin|dashboard|control panel|back[- ]?end|landing[- ]page|"
                            r"one[- ]page|portfolio|bootstrap|html5?|responsive|ui)\b[^.\n]{0,60}?\b(?:template|theme)\b", re.I)
_SHOP = lazy_compile(r"\b" + _TEMPLATE_SHOPS + r"|\balmsaeedstudio\.com\b|\badminlte\.io\b|\bcoreui\.io\b|\btemplate-overviews\b", re.I)
_FORGE_OWNER = lazy_compile(r"\b(?:github\.com|gitlab\.com|bitbucket\.org)[/:]([A-Za-z0-9][\w.-]{0,60})/", re.I)
_README = lazy_compile(r"^readme(?:\.\w+)?$", re.I)
# a content manager's theme, whose PHP templates are the theme's own (a host's extension, not an application built inside it)
_CMS = {"wordpress", "wordpress-theme", "drupal", "drupal-theme", "joomla", "prestashop", "magento", "spip", "typo3", "moodle", "shopify",
        "ghost", "october", "octobercms", "craftcms", "concrete5", "dolibarr", "glpi", "nextcloud"}
_CMS_SAID = lazy_compile(r"\b(?:wordpress|drupal|joomla|prestashop|magento|spip|typo3|moodle|shopify|october ?cms|craft ?cms|concrete5|dolibarr|"
                         r"glpi|nextcloud)\b", re.I)
_TOP_DOC = lazy_compile(r"^(?:readme|licen[cs]e|copying|contributing|changelog|changes|history|authors|credits|notice)(?:[-_.][\w.-]*)?$", re.I)


def key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", (text or "").lower())


def _doc(text: str) -> dict | None:
    try:
        doc = safejson.loads(text or "")
    except ValueError:
        return None
    return doc if isinstance(doc, dict) and isinstance(doc.get("name"), str) and doc["name"].strip() else None


def _said(doc: dict) -> tuple[set[str], str, str]:
    """A manifest's keywords (lower case), description and title, and the addresses it gives (homepage, repository, support…)."""
    words = {w.strip().lower() for w in doc.get("keywords") or [] if isinstance(w, str)} if isinstance(doc.get("keywords"), list) else set()
    text = " ".join(v for v in (doc.get("description"), doc.get("title")) if isinstance(v, str))
    urls = []
    for field in ("homepage", "repository", "bugs", "support", "url"):
        value = doc.get(field)
        values = value.values() if isinstance(value, dict) else [value]
        urls += [v for v in values if isinstance(v, str)]
    return words, text, " ".join(urls)


def template_manifest(text: str, readme: str = "") -> dict | None:
    """``{"name", "title", "owner"}`` when a manifest's text (package.json, bower.json, composer.json) describes a UI template: by its
    keywords, its description, its home page on a template shop, or (``readme``: the README beside it) the README's opening saying it
    is a template. A content manager's theme (WordPress, Drupal…, by a keyword, its description or its README's opening) is a host's
    theme, no copied template. None otherwise."""
    doc = _doc(text)
    if doc is None:
        return None
    words, said, urls = _said(doc)
    if words & _CMS or _CMS_SAID.search(said) or (readme and _CMS_SAID.search(readme[:600])):
        return None  # a content manager's theme (WordPress, Drupal…): its PHP templates are the theme's, a host's extension
    told = bool(words & _TEMPLATE_WORDS and words & _UI_WORDS) or bool(_SAYS_TEMPLATE.search(said)) or bool(_SHOP.search(urls))
    if not told and readme:
        told = bool(_IS_TEMPLATE.search(readme[:3000]))
    if not told:
        return None
    name = doc["name"].strip().rsplit("/", 1)[-1]
    title = doc.get("title") if isinstance(doc.get("title"), str) and doc["title"].strip() else name
    owner = _FORGE_OWNER.search(urls)
    return {"name": name, "title": title.strip()[:60], "owner": owner.group(1) if owner else None, "urls": bool(urls)}


def _server_code(path: str, folder: str, name_key: str) -> bool:
    """A server program file under ``folder`` ("" or "a/b/"), outside its library shelves and not named after the template."""
    rest = path[len(folder):]
    segs = rest.split("/")
    if "." not in segs[-1] or segs[-1].rsplit(".", 1)[-1].lower() not in SERVER_EXT:
        return False
    if any(s.lower() in SHELVES for s in segs[:-1]):
        return False
    return not (name_key and key(segs[-1].split(".", 1)[0]) == name_key)


def application_files(items: list, folder: str, name_key: str) -> int:
    """How many server program files of the project (not vendored, not build output) sit under ``folder`` (see :func:`_server_code`)."""
    return sum(1 for i in items if i.path.startswith(folder) and i.category not in ("vendored", "build", "generated")
               and _server_code(i.path, folder, name_key))


def named_after(path: str, name_key: str) -> bool:
    """A file named after the template (``freelancer.min.css``, ``AdminLTE.less``)."""
    stem = path.rsplit("/", 1)[-1].split(".", 1)[0]
    return len(name_key) >= 4 and key(stem) == name_key


def _read(snap, path: str) -> str:
    return snap.read_text(path, limit=READ_BYTES) or ""


def root_template(snap, items: list, names: list[str], owner: str | None = None) -> dict | None:
    """The UI template copied at the root with an application built inside it (see the module's docstring): ``{"name", "title",
    "path", "line", "files", "folders"}`` (``files``: its own files, to be made vendored; ``folders``: those its ``main`` names), or None. ``names``: this repository's names; ``owner``:
    its forge owner when known."""
    top = {i.path: i for i in items if "/" not in i.path}
    readme = next((p for p in sorted(top) if _README.match(p)), None)
    readme_text = _read(snap, readme) if readme else ""
    own = {k for k in (key(n) for n in names if n) if len(k) >= 3}
    found, texts = None, {}
    for name in TEMPLATE_MANIFESTS:
        if name in top and top[name].category == "manifest":
            texts[name] = _read(snap, name)
            found = found or ((name, t) if (t := template_manifest(texts[name], readme_text)) and t["urls"] else None)
    if found is None:
        return None
    path, info = found
    name_key = key(info["name"])
    if len(name_key) < 3 or any(name_key in k or k in name_key for k in own) or (owner and info["owner"] and key(owner) == key(info["owner"])):
        return None  # the template's own repository, or a fork keeping its name
    if application_files(items, "", name_key) < MIN_APP_FILES:
        return None  # the template alone (or a theme of the authority's): no application inside it
    keys = {name_key, key(info["title"])}
    manifests = {path}
    mains: set[str] = set()
    for name, text in texts.items():
        doc = _doc(text)
        if doc is None or not (name == path or key(doc["name"].rsplit("/", 1)[-1]) in keys):
            continue  # (a manifest of the application's own, beside the template's)
        manifests.add(name)
        main = doc.get("main")
        mains.update(m.lstrip("./") for m in ([main] if isinstance(main, str) else main if isinstance(main, list) else []) if isinstance(m, str))
    files = set(manifests)
    if "package.json" in manifests:
        files.update(p for p in top if p.lower() in BUILD_SCRIPTS)
    folders = {m.split("/", 1)[0] + "/" for m in mains if "/" in m}
    folders = {f for f in folders if not any(i.path.startswith(f) and _server_code(i.path, f, name_key) for i in items)}
    files.update(i.path for i in items if i.path.startswith(tuple(folders)) and i.category not in ("vendored", "build"))
    files.update(i.path for i in items if named_after(i.path, name_key) and i.category not in ("vendored", "build"))
    files.update(shelf_files(items))
    files.update(template_changelog(snap, top, [texts[m] for m in sorted(manifests)]))
    line = next((n for n, ln in enumerate(texts[path].split("\n"), 1) if re.match(r'\s*"name"\s*:', ln)), None)
    return {"name": info["name"], "title": info["title"], "path": path, "line": line, "files": sorted(files), "folders": sorted(folders)}


_CHANGELOG = lazy_compile(r"^(?:change[-_ ]?log|changes|history|news)(?:\.(?:md|markdown|txt|rst))?$", re.I)
_RELEASE = lazy_compile(r"^[^\S\n]*(?:#+[^\S\n]*|[-*][^\S\n]*)?\[?v?(\d+\.\d+(?:\.\d+)?)\b", re.M)


def template_changelog(snap, top: dict, manifests: list[str]) -> set[str]:
    """The root change log that came with the template: its first release heading is the version of the template's manifest
    (AdminLTE's ``changelog`` opening on "v2.3.0:" beside its package.json's ``"version": "2.3.0"``; ``manifests``: the texts of the
    template's manifests), the template's history, not the project's. A change log opening on another version, or template manifests
    with no version, keep it the project's."""
    versions = {d["version"].strip().lstrip("v") for d in (_doc(t) or {} for t in manifests) if isinstance(d.get("version"), str)}
    out = set()
    for path in sorted(top):
        if versions and _CHANGELOG.match(path):
            first = _RELEASE.search(_read(snap, path)[:4096])
            if first and first.group(1) in versions:
                out.add(path)
    return out


def shelf_files(items: list) -> set[str]:
    """The files of the template's library shelves at the root (AdminLTE's ``plugins/``) not yet told copied: a shelf of which at
    least :data:`MIN_SHELF_COPIES` subfolders hold a copied library (by name, banner, licence or release), more than those holding
    code of no copy, holds libraries only — the libraries the template ships (``plugins/datatables/`` with its examples and Readme.md
    beside the copied ``media/js/jquery.dataTables.js``, ``plugins/knob/jquery.knob.js`` without a banner). The shelf's own top
    files stay where they are."""
    subs: dict[str, dict[str, list]] = {}
    for i in items:
        segs = i.path.split("/")
        if len(segs) >= 3 and segs[0].lower() in SHELVES:
            subs.setdefault(segs[0], {}).setdefault(segs[1], []).append(i)
    return shelf_paths(subs)


def template_shell(folder: str, tops: dict[str, str], manifests: dict[str, str], readme: str, items: list, snap=None) -> set[str] | None:
    """The template's own files when the copied package at ``folder`` ("a/b", its top files ``tops``: name -> path, its manifests'
    texts ``manifests``, its README's text ``readme``) is a UI template with an application built inside it, else None; with
    ``snap``, its demo's leftovers too (:func:`leftovers`)."""
    info = next((t for t in (template_manifest(text, readme) for text in manifests.values()) if t), None)
    if info is None:
        return None
    name_key = key(info["name"])
    prefix = folder + "/"
    if application_files(items, prefix, name_key) < MIN_APP_FILES:
        return None
    own = {p for n, p in tops.items() if n in manifests or _TOP_DOC.match(n) or n.lower() in BUILD_SCRIPTS}
    own |= {i.path for i in items if i.path.startswith(prefix) and named_after(i.path, name_key)}
    return own | (leftovers(snap, prefix, items) if snap is not None else set())


MAX_LEFTOVER_READS = 200
_READ_EXT = ("php", "inc", "html", "htm", "js")


def leftovers(snap, prefix: str, items: list) -> set[str]:
    """The template's demo left in the folder ``prefix`` (a/b/) unused: its scripts that no page or script of the folder loads by
    name (Freelancer's js/contact_me.js), and the server files that only those scripts call (its mail/contact_me.php, whose
    'yourname@yourdomain.com' no one fills): the template's, not the application's. The application's pages, loaded by no one,
    and what they call stay its own. At most :data:`MAX_LEFTOVER_READS` files of the folder read, in path order."""
    paths = [i.path for i in items if i.path.startswith(prefix) and i.category not in ("vendored", "build", "generated")
             and i.path.rsplit(".", 1)[-1].lower() in _READ_EXT][:MAX_LEFTOVER_READS]
    texts = {p: _read(snap, p) for p in paths}
    base = {p: p.rsplit("/", 1)[-1] for p in paths}

    def callers(path: str) -> list[str]:
        return [q for q, t in texts.items() if q != path and base[path] in t]

    unloaded = {p for p in paths if p.endswith(".js") and not callers(p)}
    served = {p for p in paths if p.rsplit(".", 1)[-1].lower() in ("php", "inc") and (c := callers(p)) and all(q in unloaded for q in c)}
    return unloaded | served


def template_readme(text: str, names: list[str]) -> int | None:
    """The line where a README opens on one of the copied template's ``names`` — its title's first or last word ("# AdminLTE", "# Start
    Bootstrap - Freelancer") or the sentence opening it ("**AdminLTE** -- is a fully responsive admin template") — when its opening
    also says the subject is a template ("… is a fully responsive admin template"): the template's README, copied with it. None
    otherwise (a team's README naming the template it was built on says what the team built)."""
    keys = [k for k in (key(n) for n in names) if len(k) >= 4]
    if not keys or not _IS_TEMPLATE.search(text[:3000]):
        return None
    seen = 0
    for n, line in enumerate(text.split("\n")[:60], 1):
        stripped = line.strip()
        if not stripped or re.fullmatch(r"[=\-#*_~`>| ]+", stripped) or stripped.startswith(("[![", "![", "<img", "<p", "</", "<!--")):
            continue
        seen += 1
        words = [key(w) for w in re.sub(r"\]\([^)]*\)|\([^)]*\)", " ", stripped).split()]
        words = [w for w in words if w]
        if words and (words[0] in keys or (stripped.startswith("#") or seen == 1) and words[-1] in keys):
            return n
        if seen >= 3:
            return None
    return None


def copied_readme(text: str, names: tuple[str, ...]) -> dict | None:
    """``{framework: <template's name>, line, sentences, whole}`` when the README is the one of a UI template copied at the root with
    the application built inside it (``names``: the template's, :mod:`auditor.facts.ui_templates`): it opens on the template's name
    and says it is a template ("**AdminLTE** -- is a fully responsive admin template"). Its chapters, install and description are
    the template's."""
    line = template_readme(text, list(names)) if names and text else None
    return {"framework": names[0], "line": line, "sentences": 0, "whole": True} if line else None
