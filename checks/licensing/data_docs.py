"""``licensing.data-and-docs``: data sets and documentation meant for reuse state their license."""

from __future__ import annotations

import re
from collections import Counter

from auditor.checks.interface import Evidence, Result, T, check
from auditor.facts import FactError
from auditor.facts.doc_folders import code_written, prose_collections
from auditor.facts.doc_pages import community_page, no_document
from auditor.facts.docs import site_page_folder, site_pages
from auditor.facts.inventory import (DOCUMENT_EXT, PROSE_EXT, community_kind, is_doc_file, is_generated, is_load_test, is_lockfile, is_manifest,
                                     is_test, is_vendored)
from auditor.facts.project import decided_kind
from auditor.facts.slide_sources import SLIDE_DECK
from auditor.facts.tree import placeholder, tree_of
from auditor.facts.unity import unity_roots

from .common import restricted_text, restricting, STATE_DEFAULT, is_data_license
from .personal_first import personal_first

DATA_DIRS = {"data", "datasets", "dataset", "donnees", "données", "opendata", "open-data", "open_data", "referentiels", "référentiels",
             "raw_data", "raw-data", "rawdata",  # (an analysis' input tables: ofb/aspe/raw_data/*.csv)
             "input_data", "input-data", "geojson",  # (a scoring pipeline's copies of open data; a map's static/geojson/data.json)
             # a folder named after the data format it holds (a QGIS plugin's install/csv/ of a standard's value lists, copied from
             # the CNIG's StaR-Eau and loaded into the database it creates: data shipped inside the package)
             "csv", "tsv", "xlsx", "xls", "ods", "gpkg", "shp", "shapefile", "shapefiles", "parquet", "kml", "gpx", "topojson"}
DOC_DIRS = {"docs", "doc", "documentation"}
DATA_EXT = {"csv", "tsv", "geojson", "gpkg", "shp", "parquet", "xlsx", "ods", "sqlite", "ndjson", "jsonl", "kml", "gpx", "topojson",
            "ttl", "rdf", "nt", "jsonld",  # (linked data: RDF serialisations)
            "xls", "rds", "rda", "rdata"}  # (spreadsheets of the older format; R's saved data sets)
DOC_EXT = PROSE_EXT | DOCUMENT_EXT | {"txt", "html"}
# JSON is data too (copies of a city's open data: arbres.json, a GeoJSON saved as .json), in a data folder or when large; not a
# manifest or lockfile, a web app's or an API's description, nor translations or settings
_NOT_JSON_DATA = {"locales", "locale", "i18n", "l10n", "lang", "langs", "translations", "messages", "config", "conf", "settings", ".vscode",
                  "pagefind", "_pagefind"}
# a site generator's search index (MkDocs' search/search_index.json, Sphinx's searchindex.json, a Lunr or Fuse index): the site's own
# pages, indexed by the build, not data of the project's own
_SEARCH_INDEX = re.compile(r"^(?:search[-_]?index|lunr[-_]?index|index[-_]lunr|lunr|fuse[-_]?index)(?:[-_.][\w-]{1,40})?\.json$")


def _json_data(path: str) -> bool:
    low = path.lower()
    name = low.rsplit("/", 1)[-1]
    return name.endswith(".json") and not (is_manifest(path) or is_lockfile(path) or name in ("manifest.json", "tsconfig.json", "jsconfig.json")
                                           or name.startswith((".", "tsconfig")) or any(w in name for w in ("openapi", "swagger", "schema")) or bool(_SEARCH_INDEX.match(name)) or bool(STATE_DEFAULT.search(name))
                                           or set(low.split("/")[:-1]) & _NOT_JSON_DATA)


def _data_folder(path: str) -> str | None:
    """The path of the first data folder (:data:`DATA_DIRS`) above ``path``: stareau/install/csv for
    stareau/install/csv/StaR-Eau/x.csv, where its LICENSE would go."""
    segs = path.split("/")[:-1]
    return next(("/".join(segs[:i + 1]) for i, s in enumerate(segs) if s.lower() in DATA_DIRS), None)


def is_doc_asset(path: str) -> bool:
    """A document shipped with a copied library or an example (examples/, exemples/): not the project's publication."""
    return any(s in ("examples", "exemples", "example", "exemple", "samples") for s in path.lower().split("/")[:-1])


_LOGO = re.compile(r"^logos?(?:[\W_]|$)", re.I)
# a web front end's pictures folder (src/assets/images/…/délégations/ of stock photos and a partner's logo drawn as a PDF): its
# PDFs are picture assets the pages show, no published document (issue 12, s38 fp38 = Posoroko/site-public-mairie-poullaouen)
_IMAGE_DIRS = frozenset({"images", "image", "img", "imgs", "pictures", "photos", "icons", "illustrations"})


def _in_images(path: str) -> bool:
    return not _IMAGE_DIRS.isdisjoint(path.lower().split("/")[:-1])
# Inside a documentation folder, figures are documentation too (a data model's diagrams, screenshots of a guide)
FIGURE_EXT = {"png", "jpg", "jpeg", "svg", "gif", "webp"}
_SERVED_EXT = {"jsp", "jspx", "xhtml", "php", "asp", "aspx"}  # the pages a server renders
_APP_SOURCE_EXT = {"swift", "m", "mm", "kt", "java", "dart", "cs"}  # a mobile or desktop application's compiled source


@check(
    id="licensing.data-and-docs",
    family="licensing",
    effort="minutes",
    title=T("Les données et la documentation ont une licence adaptée", "Data and documentation have a suitable license"),
    rationale=T(
        "Les jeux de données et la documentation publiés par une administration sont des informations publiques : leur "
        "réutilisation se fait sous Licence Ouverte (etalab-2.0) ou ODbL (art. D323-2-1 du CRPA). Une licence logicielle "
        "s'y applique mal ; sans mention, une autre collectivité ne sait pas si elle peut reprendre un référentiel ou un guide.",
        "Data sets and documentation published by an administration are public information: their reuse goes under the Licence "
        "Ouverte (etalab-2.0) or the ODbL (CRPA art. D323-2-1). A software license fits them poorly; without a statement, another "
        "local government cannot tell whether it may reuse a reference data set or a guide.",
    ),
    remediation=T(
        "Indiquez la licence des données et de la documentation : un fichier LICENSE dans le dossier (data/, docs/) ou une phrase "
        "dans la section Licence du README, par exemple « La documentation et les données sont publiées sous Licence Ouverte 2.0 "
        "(etalab-2.0) » ; ODbL-1.0, CC-BY-4.0, CC-BY-SA-4.0 ou CC0-1.0 conviennent aussi. Avec REUSE, une annotation REUSE.toml par dossier.",
        "State the license of the data and documentation: a LICENSE file in the folder (data/, docs/) or a sentence in the README's "
        "License section, for instance \"Documentation and data are published under the Licence Ouverte 2.0 (etalab-2.0)\"; "
        "ODbL-1.0, CC-BY-4.0, CC-BY-SA-4.0 or CC0-1.0 fit too. With REUSE, one REUSE.toml annotation per folder.",
    ),
    params={"min_data_files": 3, "min_doc_files": 3},
)
def data_and_docs(ctx) -> Result:
    tree = [e for e in tree_of(ctx) if not placeholder(e)]  # (an empty file is a placeholder: no data, no document)
    lic = ctx.fact("license")
    try:  # documentation folders wherever they are (bdd/, api/ documents the README links to), as documentation.docs finds them
        doc_dirs, empty = [d for d in (ctx.fact("docs") or {}).get("docs_dirs") or [] if d], tuple(d + "/" for d in (ctx.fact("docs") or {}).get("empty_sites") or [])
    except FactError:
        doc_dirs, empty = [], ()
    try:  # a site a static site generator builds from prose pages (a Jekyll site of practical sheets) is documentation itself
        proj = ctx.fact("project") or {}
    except FactError:
        proj = {}
    doc_dirs = doc_dirs + [d for d in site_pages(proj, tree, (ctx.fact("inventory") or {}).get("copied_themes")) if d not in doc_dirs]
    # (and a collection of written pages, one folder per item: a design system's component pages packed as an assistant's skill)
    doc_dirs += [d for d in prose_collections([e for e in tree if not (is_vendored(e.path) or is_test(e.path))])
                 if not any(d == k or d.startswith(k + "/") for k in doc_dirs)]
    # (and the written guides the documentation check counts outside any documentation folder, when they are what the repository
    # holds: a report's Markdown pages under rapport/ with its figures, no more files of anything else — the documents are the product)
    doc_dirs += [d for d in _guide_folders(ctx, tree) if not any(d == k or d.startswith(k + "/") for k in doc_dirs)]
    copied = set(ctx.fact("copied_paths"))  # a library's release copied whole: its metadata, docs and licence are the library's
    sites = tuple((ctx.fact("inventory") or {}).get("sites") or [])  # (and a web app a bundler built into docs/ for GitHub Pages: no documentation)
    copied |= ({e.path for e in tree if e.path.startswith(sites)} if sites else set()) | set(ctx.fact("site_paths"))  # (or a script's copies: s48 ff48)
    # (a document inside a Unity project's Assets/ is something the game shows or an imported package's manual, as a WebGL page
    # template's PDF: the project's documentation lives beside the project, not among its assets)
    assets = tuple(root + "Assets/" for root in unity_roots([e.path for e in tree]))
    # (nor the documents the application wrote, named by their record's id: a billing's pdfs/25883.pdf invoices, see the inventory)
    copied |= set(ctx.fact("record_documents"))
    copied |= {e.path for e in tree if e.path.startswith(empty)} if empty else set()  # (an archetype's empty Maven site: no documentation)
    copied |= _code_written(ctx, tree)  # (nor the pages and text files the project's own code writes: its output, no documents)
    data_files, doc_files = _data_and_doc_files([e for e in tree if e.path not in copied and not (
        assets and e.path.startswith(assets) and (e.ext in DOCUMENT_EXT or e.ext in DOC_EXT))], doc_dirs, set(ctx.fact("data_paths")),
        web=decided_kind(proj) == "web-application")
    if decided_kind(proj) == "data-specification":  # the schemas it publishes are the documents: their license is the main one
        specs = [e["path"] for e in proj.get("kind_evidence") or []]
        main = lic.get("spdx") or lic.get("named")  # (CC-BY-SA named without version: any version is a data licence)
        if main and is_data_license(main):
            return Result.passed(T(f"Spécification de données publiée sous une licence de données et de documents : {main}.",
                                   f"Data specification published under a data and documents license: {main}."),
                                 [Evidence(path=p, value=main, kind="found") for p in specs[:3]])
        doc_files["."] = doc_files.get(".", 0) + len(specs) * ctx.params["min_doc_files"]
    # (slide decks written in R Markdown or Quarto, training material shown and published as pages: documents to license — s38 fn38)
    for p in [e["path"] for e in proj.get("kind_evidence") or [] if e.get("reason") == SLIDE_DECK and e.get("path") not in copied]:
        key = p.rsplit("/", 1)[0] if "/" in p else "."
        doc_files[key] = doc_files.get(key, 0) + 1
    # (a data file the README presents as the project's data, a dashboard's data.json of 99 kB "# Données" beside its methodology
    # report: the data set it publishes, one file or many, whatever its size)
    sizes = {e.path: e.size for e in tree}
    presented = [p for p, _line in (ctx.fact("data_license_text") or {}).get("data") or [] if p in sizes and p not in copied and (
        p.rsplit(".", 1)[-1].lower() in DATA_EXT or _json_data(p)) and not (is_vendored(p) or is_test(p) or is_generated(p))]
    for p in presented:
        if not (set(p.lower().split("/")[:-1]) & DATA_DIRS or sizes[p] > 100_000):  # (not counted above already)
            key = p.rsplit("/", 1)[0] if "/" in p else "."
            data_files[key] = data_files.get(key, 0) + 1
    has_data = sum(data_files.values()) >= ctx.params["min_data_files"] or bool(presented)
    has_docs = sum(doc_files.values()) >= ctx.params["min_doc_files"]
    if not has_data and not has_docs:
        few = sum(data_files.values()) + sum(doc_files.values())
        if few:  # a guide or two beside the code: too little to need a licence of its own
            res = Result.not_applicable(T(f"Trop peu de données ou de documentation à côté du code ({few} fichier(s)) pour appeler une licence propre.",
                                          f"Too little data or documentation beside the code ({few} file(s)) to call for a license of its own."))
            res.evidence += [Evidence(path=k if k != "." else None, value=v, kind="found") for k, v in sorted({**data_files, **doc_files}.items())[:5]]
            return res
        return Result.not_applicable(T("Ni jeu de données ni documentation à publier.", "No data set or documentation to publish."))
    stated = [e for e in _stated(ctx, tree, lic, set(data_files) | set(doc_files)) if e.path not in copied]
    # (the licence a document build's metadata states for the documents it writes: pandoc's `rights: …, CC BY-NC` in title.yml)
    rights = [r for r in ctx.fact("document_rights") or [] if r["path"] not in copied] if has_docs and not stated else []
    closed = [r for r in rights if r["reserved"] or any(re.search(r"-(?:NC|ND)\b", i) for i in r["ids"])]
    if closed:
        r = closed[0]
        what_fr, what_en = (f"sous {r['ids'][0]}", f"under {r['ids'][0]}") if r["ids"] else ("tous droits réservés", "all rights reserved")
        why_fr, why_en = (" (usage commercial ou modification interdits)", " (commercial use or changes forbidden)") if r["ids"] else ("", "")
        return Result.warn(T(f"La documentation est déclarée {what_fr} ({r['path']} l.{r['line']} : « {r['value']} ») : ce n'est pas une licence "
                             f"ouverte{why_fr} ; un autre territoire ne peut pas la réutiliser librement.",
                             f"The documentation is declared {what_en} ({r['path']} l.{r['line']}: \"{r['value']}\"): not an open license"
                             f"{why_en}; another territory cannot reuse it freely."),
                           [Evidence(path=x["path"], line=x["line"], value=x["value"], kind="finding") for x in closed[:3]] + ev_docs(doc_files),
                           score=3).advise(T(f"Publiez la documentation sous une licence ouverte (etalab-2.0 ou CC-BY-4.0) : changez ce champ "
                                             f"de {r['path']} et dites-le dans la section Licence du README.",
                                             f"Publish the documentation under an open license (etalab-2.0 or CC-BY-4.0): change this field of "
                                             f"{r['path']} and say so in the README's License section."))
    if not has_data:
        stated += [Evidence(path=r["path"], line=r["line"], value=r["ids"][0], kind="found") for r in rights if r["ids"]]
    what = []
    ev: list[Evidence] = []
    if has_data:
        what.append(("données", "data"))
        ev += [Evidence(path=k, value=v, note=T("fichiers de données", "data files")) for k, v in sorted(data_files.items())[:5]]
    if has_docs:
        what.append(("documentation", "documentation"))
        ev += [Evidence(path=k + "/", value=v, note=T("fichiers de documentation", "documentation files")) for k, v in sorted(doc_files.items())[:5]]
    fr_what = " et ".join(w[0] for w in what)
    fr_the = " et ".join({"données": "les données", "documentation": "la documentation"}.get(w[0], w[0]) for w in what)
    fr_own = " et ".join({"données": "aux données", "documentation": "à la documentation"}.get(w[0], w[0]) for w in what)
    en_what = " and ".join(w[1] for w in what)
    # a documentation folder's own licence file (docs/LICENSE) speaks for that folder only, not for the data beside it
    doc_only = [e for e in stated if e.path and "/" in e.path and e.path.split("/")[0] in {k.split("/")[0] for k in doc_files}
                and e.path.split("/")[0] not in {k.split("/")[0] for k in data_files}]
    if stated and has_data and has_docs and len(doc_only) == len(stated):
        code = lic.get("spdx") or lic.get("named") or "—"
        return Result.warn(T(f"Licence indiquée pour la documentation ({doc_only[0].path}), aucune pour les données : seule la licence du code "
                             f"({code}) s'applique à elles par défaut.",
                             f"License stated for the documentation ({doc_only[0].path}), none for the data: only the code license ({code}) "
                             "applies to them by default."), stated + ev, score=7)
    if stated:
        return Result.passed(T(f"Licence indiquée pour : {fr_what}.", f"License stated for: {en_what}."), stated + ev)
    folders = sorted(data_files)[:3] + sorted(doc_files)[:3]
    # (a LICENSE where the licence facts read one: a top folder's; a deeper folder's data are named in the README's sentence)
    shown = ", ".join(f.rstrip("/") + "/LICENSE" for f in folders if f != "." and "/" not in f.rstrip("/"))
    deep = [f for f in folders if "/" in f.rstrip("/")]
    fr_published = "sont publiées" if has_data else "est publiée"  # ("la documentation est publiée", "les données … sont publiées")
    todo = T(f"Dites sous quelle licence {fr_the} ({', '.join(deep)}) {fr_published}, par une phrase dans la section Licence du README : "
             "« Les données et la documentation sont publiées sous Licence Ouverte 2.0 (etalab-2.0) » (ou ODbL-1.0 pour une base de données dont les "
             "réutilisations doivent rester ouvertes).",
             f"State the license of the {en_what} ({', '.join(deep)}) with a sentence in the README's License section: \"The data and "
             "documentation are published under the Licence Ouverte 2.0 (etalab-2.0)\" (or ODbL-1.0 for a database whose reuses must stay open).") \
        if deep and not shown else T(f"Dites sous quelle licence {fr_the} {fr_published} : un fichier LICENSE dans chaque dossier ({shown}) avec le texte de la "
             "Licence Ouverte 2.0 (etalab-2.0, ou ODbL-1.0 pour une base de données dont les réutilisations doivent rester ouvertes), "
             "et une phrase dans la section Licence du README : « Les données et la documentation sont publiées sous Licence Ouverte 2.0 ».",
             f"State the license of the {en_what}: a LICENSE file in each folder ({shown}) with the text of the Licence Ouverte 2.0 "
             "(etalab-2.0, or ODbL-1.0 for a database whose reuses must stay open), and a sentence in the README's License section: "
             "\"The data and documentation are published under the Licence Ouverte 2.0\".") if shown else None
    todo = personal_first(ctx, todo)  # (never a list of people under an open licence: remove or anonymise it first, s44 fn44)
    text = ctx.fact("data_license_text") or {}
    reserved = text.get("reserved") or [] if has_data else []
    if reserved and (lic.get("spdx") or lic.get("named")):  # ("Données et identité visuelle : propriété de la commune": not open)
        code, readme = lic.get("spdx") or lic.get("named"), text.get("path") or "README.md"
        line, words = reserved[0]
        return Result.warn(T(f"Les données sont déclarées non ouvertes ({readme} l.{line} : « {words} ») : seul le code est sous licence ({code}) ; "
                             "un autre territoire ne peut pas les réutiliser librement.",
                             f"The data is stated as not open ({readme} l.{line}: \"{words}\"): only the code is licensed ({code}); another "
                             "territory cannot reuse it freely."),
                           ev + [Evidence(path=readme, line=ln, value=w, kind="finding") for ln, w in reserved], score=5).advise(todo)
    if lic.get("spdx") or lic.get("named") or lic.get("conflict"):
        code = lic.get("spdx") or lic.get("named")
        return Result.warn(T(f"Aucune licence propre {fr_own} : seule la licence du code ({code or 'contestée'}) s'applique par défaut.",
                             f"No license specific to the {en_what}: only the code license ({code or 'disputed'}) applies by default."),
                           ev + [_licence_chapter(ctx)], score=5).advise(todo)
    reserving = [f["path"] for f in lic.get("license_files") or [] if f.get("scope") == "root" and f.get("proprietary")]
    if lic.get("status") == "proprietary" and reserving:  # the terms at the root reserve every right (or restrict use), on the data and documents too
        return Result.fail(restricted_text(restricting(lic), f"{{}}, sur {fr_the} comme sur le code : aucune licence libre ne permet de les réutiliser.", f"{{}}, on the {en_what} as on the code: no open license allows reusing them.") if restricting(lic) else T(f"{reserving[0]} réserve tous les droits, sur {fr_the} comme sur le code : aucune licence ne permet de les réutiliser.",
                             f"{reserving[0]} reserves all rights, on the {en_what} as on the code: no license allows reusing them."),
                           ev + [Evidence(path=reserving[0], kind="finding")]).advise(todo)
    unread = [f["path"] for f in lic.get("license_files") or [] if f.get("scope") == "root" and not f.get("ids") and not f.get("proprietary")]
    if unread:  # a licence file the tool does not recognise (the Licence Ouverte 1.0, a modified text) may cover them
        return Result.inconclusive(T(f"Fichier de licence présent ({', '.join(unread)}) mais non reconnu : on ne peut pas dire s'il couvre "
                                     f"{fr_the}.", f"License file present ({', '.join(unread)}) but not recognised: whether it covers the "
                                     f"{en_what} cannot be told."), ev + [Evidence(path=p, kind="found") for p in unread])
    return Result.fail(T(f"Aucune licence pour {fr_the} (ni pour le code).", f"No license for the {en_what} (nor for the code)."), ev).advise(todo)


def ev_docs(doc_files: dict[str, int]) -> list[Evidence]:
    return [Evidence(path=k + "/", value=v, note=T("fichiers de documentation", "documentation files")) for k, v in sorted(doc_files.items())[:5]]


def _code_written(ctx, tree) -> set[str]:
    """The pages and text files the project's own code writes (:func:`code_written`): its output, no documents."""
    try:
        return code_written(ctx.fact("textscan"), [e.path for e in tree])
    except FactError:
        return set()


def _guide_folders(ctx, tree) -> list[str]:
    """The top folders of the written guides the docs fact found outside documentation folders (its code_guides: Markdown pages of
    1 KB or more, one to three folders down), when they are at least ``min_doc_files`` and at least as many as the repository's
    other files (not prose nor figures, not hidden, vendored, tests or generated): a repository of pages is documentation, a few
    method sheets beside a program's code are that program's notes (the too-little rule below judges them as before)."""
    try:
        guides = (ctx.fact("docs") or {}).get("code_guides") or []
    except FactError:
        return []
    if len(guides) < ctx.params["min_doc_files"]:
        return []
    others = sum(1 for e in tree if e.kind in ("file", "executable") and not (e.path.startswith(".") or "/." in e.path)
                 and e.ext not in DOC_EXT and e.ext not in FIGURE_EXT and community_kind(e.name) is None
                 and not (is_vendored(e.path) or is_test(e.path) or is_generated(e.path) or is_manifest(e.path) or is_lockfile(e.path)))
    return sorted({g.split("/", 1)[0] for g in guides}) if len(guides) >= others else []


def _data_and_doc_files(tree, doc_dirs: list[str] = (), scripted: set[str] = frozenset(), web: bool = False) -> tuple[dict[str, int], dict[str, int]]:
    """Data files by data folder (or by folder, for a large data file elsewhere) and documentation
    files by top folder (docs/, doc/…) or by documentation folder ``doc_dirs``, project files only. ``scripted``: the files the
    inventory calls data whatever their extension (a qgis2web map's layers/<layer>.js, GeoJSON in a variable), data by their folder."""
    data_files: dict[str, int] = {}
    doc_files: dict[str, int] = {}
    # (a logo drawn as a PDF among a web app's served images, public/Logo_service.pdf, is a picture: no folder of documents)
    published = sorted({e.path.rsplit("/", 1)[0] for e in tree if e.ext in DOCUMENT_EXT and "/" in e.path and not is_doc_asset(e.path)
                        and not _LOGO.search(e.path.rsplit("/", 1)[-1]) and not _in_images(e.path)
                        and is_doc_file(e.path)  # (a template the application fills, template/operation/*.odt, documents nothing)
                        and not (is_vendored(e.path) or is_test(e.path) or is_load_test(e.path) or is_generated(e.path))})
    # (a PDF among a web application's served files, application/webpages/edition.pdf beside the .jsp pages it serves: that
    # folder is the interface, its images and pages no documentation; only its documents count)
    served = {e.path.rsplit("/", 1)[0] for e in tree if "/" in e.path and e.ext in _SERVED_EXT}
    # (nor an application's source folder holding its code and a guide it bundles, iParapheur/ with RGAppDelegate.m and
    # i-Parapheur_mobile_import_certificats_v2.pdf: its icons and launch images are the app's; only its documents count)
    served |= {e.path.rsplit("/", 1)[0] for e in tree if "/" in e.path and e.ext in _APP_SOURCE_EXT}
    # (a web application's picture folder holding a document among more pictures, ressources/entrepreneurs/ with seven local
    # businesses' flyers as pictures and one as a PDF: the pictures the site shows, only its documents count; issue 12, s44 fk44)
    pictures = Counter(e.path.rsplit("/", 1)[0] for e in tree if web and "/" in e.path and e.ext in FIGURE_EXT)
    written = Counter(e.path.rsplit("/", 1)[0] for e in tree if web and "/" in e.path and e.ext in DOC_EXT)
    texts: set[str] = set()  # the documentation folders holding a text of their own
    for e in tree:
        p = e.path
        if is_vendored(p) or is_test(p) or is_load_test(p) or is_generated(p) or e.kind not in ("file", "executable"):
            continue  # (the office files a load test uploads, load-testing/data/word.docx: fixtures, no documents)
        segs = p.lower().split("/")
        top = segs[0] if len(segs) > 1 else ""
        if p in scripted:  # (a generated map's layers, GeoJSON wrapped in JavaScript: the map's data, wherever they sit)
            key = _data_folder(p) or e.dir or "."
            data_files[key] = data_files.get(key, 0) + 1
            continue
        in_data = top in DATA_DIRS or any(s in DATA_DIRS for s in segs[:-1])
        # (XML in a data folder is data too: a budget tool's data/CA/*.xml accounts and data/plansDeCompte/*.xml charts of accounts)
        if (e.ext in DATA_EXT or _json_data(p)) and (in_data or e.size > 100_000) or in_data and e.ext == "xml" and _json_data(p[:-3] + "json"):
            key = _data_folder(p) or e.dir or "."
            data_files[key] = data_files.get(key, 0) + 1
            continue
        if community_page(e.name):  # (docs/CONTRIBUTING.md, docs/SECURITY.md: community files, no documentation to license)
            continue
        if top in DOC_DIRS and (e.ext in DOC_EXT or e.ext in FIGURE_EXT):
            key = p.split("/")[0]
        elif p.startswith("src/site/") and (e.ext in DOC_EXT or e.ext in ("apt", "fml") or (e.ext == "xml" and "/xdoc/" in p)):
            key = "src/site"  # a Maven site's pages (APT, xdoc, Markdown): the project's manual
        elif (e.ext in DOC_EXT or e.ext in FIGURE_EXT) and (d := next((d for d in doc_dirs if p.startswith(d + "/")
                                                                     or (d == "." and "/" not in p and site_page_folder(p, e.ext) == ".")), None)):
            key = d
        elif (e.ext in DOC_EXT or e.ext in FIGURE_EXT) and (d := next((d for d in published if p.startswith(d + "/")), None)) \
                and (e.ext in DOCUMENT_EXT or not (served_asset(d, p) or d in served or pictures[e.dir] > written[e.dir])):
            key = d  # a folder of published documents (nomenclature/: the PDF, its HTML and figures)
        elif "/" not in p and _root_guide(e):  # a user guide, a manual, a help file at the root (CEREMA/DiagFeux, filino)
            key = "."
        else:
            continue
        doc_files[key] = doc_files.get(key, 0) + 1
        if e.ext not in FIGURE_EXT and not no_document(e) and community_kind(e.name) != "license":
            texts.add(key)
    # (pictures, empty files, a licence and release notes document nothing: a JCMS plugin's docs/ holding its icon, its preview,
    # an empty license.txt and an unfilled changelog.txt, as the plugin's descriptor packages them, is no documentation)
    return data_files, {d: n for d, n in doc_files.items() if d in texts}


# A web application's served folder (src/main/webapp/, public/, static/) and the folders of its templates and interface assets
# (WEB-INF/templates/, jsp/, images/, css/): their HTML are pages and templates the server renders, their pictures the
# interface's icons, not documentation, whatever PDF sits beside them (a Lutece plugin's webapp/ with one tutorial list as PDF)
_SERVED_ROOTS = {"webapp", "webapps", "public", "static", "www", "wwwroot", "htdocs", "web"}
_APP_ASSET_DIRS = {"web-inf", "templates", "template", "jsp", "images", "img", "icons", "icon", "css", "js", "fonts", "skin", "assets", "static"}


def served_asset(folder: str, path: str) -> bool:
    """``path``, under a folder holding published documents, is a page, template or interface picture of a web application."""
    segs = [s.lower() for s in path.split("/")[:-1]]
    below = segs[len(folder.split("/")):]
    return bool(set(segs) & _SERVED_ROOTS) or bool(set(below) & _APP_ASSET_DIRS)


def _root_guide(e) -> bool:
    """A document at the root written for the project's users: an office document or PDF that documents (not a template), a
    compiled help file, a prose guide other than the README and the community files (install.md, Prise_Main_Rapide.md)."""
    if e.ext in DOCUMENT_EXT:
        return is_doc_file(e.path) and not is_doc_asset(e.path)
    return e.ext == "chm" or (e.ext in PROSE_EXT and community_kind(e.name) is None)


def _stated(ctx, tree, lic: dict, folders: set[str]) -> list[Evidence]:
    """Where a data or documentation licence is stated: licence files (a data licence, or a folder's
    own licence), manifests and publiccode.yml, a README sentence about data, REUSE annotations."""
    stated: list[Evidence] = []
    for f in lic.get("license_files") or []:
        if any(is_data_license(i) for i in (f.get("ids") or []) + (f.get("bundled") or [])):
            stated.append(Evidence(path=f["path"], value=f.get("expression"), kind="found"))
        elif f.get("scope") == "folder" and f.get("ids") and any(f["path"].startswith(k + "/") for k in folders if k != "."):
            stated.append(Evidence(path=f["path"], value=f.get("expression"), kind="found"))
    text = ctx.fact("data_license_text")
    for s in lic.get("sources") or []:
        if not any(is_data_license(i) for i in s.get("ids") or []):
            continue
        if s["kind"] in ("manifest", "publiccode") or (s["kind"] == "readme" and [s["path"], s.get("line")] in text["sources"]):
            stated.append(Evidence(path=s["path"], line=s.get("line"), value=s.get("value"), kind="found"))
    paths = {e.path for e in tree}
    reuse_used = set(((ctx.fact("reuse") or {}).get("licenses_used") or {}) if ("REUSE.toml" in paths or any(p.startswith("LICENSES/") for p in paths)) else ())
    if any(is_data_license(i) for i in reuse_used):
        stated.append(Evidence(path="REUSE.toml" if "REUSE.toml" in paths else "LICENSES/", value=sorted(i for i in reuse_used if is_data_license(i)),
                               kind="found"))
    if text["readme"] and not stated:
        stated += [Evidence(path=text.get("path") or "README.md", line=line, value=lid, kind="found") for lid, line in text["names"] if is_data_license(lid)]
    return stated


def _licence_chapter(ctx) -> Evidence:
    """Where the README would say the licence of the data and documentation: its licence chapter, to complete, in the README the audit
    read (README.rst, README.txt… not always a README.md, s36 e36); without one, the chapter to add (or the README, when there is none)."""
    try:
        readme = ctx.fact("readme") or {}
    except FactError:
        readme = {}
    path = readme.get("path")
    if not path:
        return Evidence(path="README.md", kind="missing", note=T("README à créer, avec une section Licence", "README to create, with a License section"))
    line = next((d["line"] for d in readme.get("section_details") or [] if d.get("name") == "license"), None)
    if line is None:
        return Evidence(path=path, kind="missing", note=T("section Licence à ajouter", "License section to add"))
    return Evidence(path=path, line=line, kind="missing", note=T("section Licence à compléter", "License section to complete"))
