"""What data-standards knows of where a project keeps its data: the database models read, a hosted back end it calls, a
database of the application's own (a SQLite file, tables its code creates); the Shapefiles it reads or writes; the files that
are the project's own (not a copied tool's)."""

from __future__ import annotations

import re

from auditor.checks.interface import Evidence, Result, T
from auditor.facts import FactError
from auditor.facts.code_signals import shapefile_uses
from auditor.facts.inventory import is_test, is_vendored


# The kinds whose data files may be only samples of what they process: a library (a dataviz component library's demo and
# documentation data), a command-line tool or a desktop program (the inputs of its examples)
SAMPLE_KINDS = ("library", "cli-tool", "desktop-application")
_SAMPLE_CLASSES = ("doc", "example", "test")
_SOURCE_DIRS = ("src", "lib", "source", "sources", "app")
_SAMPLE_DIRS = re.compile(r"(?:^|/)(?:docs?|documentation|examples?|exemples?|samples?|tests?|demo)/", re.I)


def demo_folders(tree) -> tuple[str, ...]:
    """The folders of a page showing the project (public/index.html of a library of web components, with its public/data/), not
    its sources' folder: in a library or a tool, the page is its demonstration, and what sits beside it is the demonstration's."""
    return tuple(sorted({e.dir + "/" for e in tree if e.name.lower() in ("index.html", "index.htm") and e.dir
                         and e.dir.split("/")[0].lower() not in _SOURCE_DIRS}))


def is_sample(path: str, folders: tuple[str, ...]) -> bool:
    """A file of the documentation (documentation/docs/data/ca-region.csv), of an example or a test, or beside a demonstration page
    (``folders``, from :func:`demo_folders`): a sample of what a library or a tool processes, not data of its own."""
    from auditor.facts.textscan import file_class

    if named_data_file(path):  # (a .txt of records named by its format is classed as text by its extension: its folder says)
        return path.startswith(folders) or bool(_SAMPLE_DIRS.search(path))
    return file_class(path) in _SAMPLE_CLASSES or path.startswith(folders)


def sample_files(kind: str | None, tree, paths: list[str]) -> list[str]:
    """Those of ``paths`` that are samples (:func:`is_sample`) of a library or a tool (none for another kind of project)."""
    if kind not in SAMPLE_KINDS:
        return []
    demos = demo_folders(tree)
    return [p for p in paths if is_sample(p, demos)]


def samples_words(samples: list[str]) -> tuple[str, str]:
    """The clause saying that the data files are samples (French, English), empty when there are none."""
    if not samples:
        return "", ""
    return (f" ; ses {len(samples)} fichier(s) de données sont des exemples de sa documentation ou de sa démonstration (par exemple {samples[0]})",
            f"; its {len(samples)} data file(s) are samples of its documentation or demonstration (for example {samples[0]})")


def own_tree(ctx, tree) -> list:
    """The tree's entries the inventory does not call copies (a copied tool's files, apache-ant-1.7.1/etc/*.xsl, are no format of
    the project's)."""
    copied = set(ctx.fact("copied_paths") or [])
    return [e for e in tree if e.path not in copied]


def supplier_record(path: str) -> bool:
    """A metadata record kept with the documents (documents/, notices/…: a data supplier's delivery, DOCUMENTS/…/METADONNEES/lot.xml):
    written in the supplier's format, not one the project writes (interoperability.data-standards)."""
    from auditor.facts.kind_documents import in_documents_folder

    return in_documents_folder(path)


def shapefile_format(sig: dict, formats: dict) -> list:
    """Shapefiles the code reads or writes (the open geographic format interoperability.geo counts too) and SLD styles it publishes:
    added to ``formats``, their evidence returned."""
    shp = shapefile_uses(sig)
    sld = [h for h in sig.get("format.sld-code", []) if h[3] == "code"]  # (SLD styles the code publishes: an OGC encoding, its schema public)
    ev = []
    if shp:
        formats["Shapefile"] = shp
        ev.append(Evidence(path=shp[0][0], line=shp[0][1], value="Shapefile", kind="found"))
    if sld:
        formats["OGC (SLD)"] = sld
        ev.append(Evidence(path=sld[0][0], line=sld[0][1], value="OGC (SLD)", kind="found"))
    return ev


def no_database_model(ctx, kind: str | None = None) -> bool:
    """True when the personal-data fact read no database schema or model (False when it could not tell). For a library or a tool
    (``kind`` of SAMPLE_KINDS), what its documentation, examples or demonstration describe (a component's properties, whose tables
    Propriété | Type | Défaut read as a data dictionary's rows) and the SELECT queries it runs on the data it is given (alasql over
    the rows it fetched) are no model of its own. For every kind, TypeScript modules of types or of a session (:func:`type_module`)
    describe no database."""
    try:
        value = ctx.fact("personal_data")
    except FactError:  # unknown: the check judges as it did without this fact
        return False
    if not isinstance(value, dict):
        return False
    read = value.get("schemas") or []
    if value.get("schemas_read") and len(read) == value.get("schemas_read"):
        from auditor.facts.tree import tree_of

        demos = demo_folders(tree_of(ctx)) if kind in SAMPLE_KINDS else None
        return all(type_module(p, k) or (demos is not None and (k == "query" or is_sample(p, demos))) for p, k in read)
    return value.get("schemas_read") == 0


def selects_only(ctx, sig: dict) -> bool:
    """The only database schemas the personal-data fact read are SELECT queries of the code, and no code inserts rows (no
    ``data.sql-insert-in-code``): another system's tables looked up (a WMS relay finding the communes of a bounding box in the
    PostGIS it is pointed at), no data model of its own."""
    try:
        value = ctx.fact("personal_data")
    except FactError:
        return False
    read = (value or {}).get("schemas") or [] if isinstance(value, dict) else []
    return bool(read) and value.get("schemas_read") == len(read) and all(k == "query" for _, k in read) \
        and not [h for h in sig.get("data.sql-insert-in-code", []) if h[3] == "code"]


# TypeScript modules of types or of a session (types.ts, user.types.ts, services/session.ts), outside a folder of models, entities or
# migrations: the shapes of the records the code handles (another system's, a GLPI API's accounts a console shows) or the token of
# its users' sessions, no database of the project's own
# (or any module of a types folder, src/types/plages.ts: the interfaces of the answers of a CMS the site reads, written by quicktype
# from its JSON — no table of the project's own; issue 12, s45 fj45 = antocreadev/astro-tourisme.castagnicciacasinca.fr)
_TYPE_MODULE = re.compile(r"(?:^|/)(?:types?|[^/]+\.types?|[^/]*session[^/]*)\.ts$|(?:^|/)(?:types|@types|typings|interfaces)/(?:[^/]+/)?[^/]+\.ts$", re.I)
_MODEL_DIRS = re.compile(r"(?:^|/)(?:models?|entit(?:y|ies)|migrations?|schemas?|db|database|prisma)/", re.I)


def type_module(path: str, kind: str) -> bool:
    """A schema the personal-data fact read from a TypeScript module of types or of a session (not in a models folder)."""
    return kind == "code" and bool(_TYPE_MODULE.search(path)) and not _MODEL_DIRS.search(path)


def own_database(sig: dict, tree) -> list[list]:
    """Hits [path, line, name, class] of a database of the application's own: SQLite files committed (outside tool folders such
    as .vs/) and tables its code creates in SQL strings (a PHP page's CREATE TABLE IF NOT EXISTS "games")."""
    files = [[e.path, None, "SQLite", "data"] for e in tree if e.ext.lower() in ("sqlite", "sqlite3") and not is_vendored(e.path)
             and not is_test(e.path) and not any(seg.startswith(".") for seg in e.path.split("/")[:-1])]
    return sorted(files)[:3] + [h for h in sig.get("data.sql-in-code", []) if h[3] in ("code", "data")][:3]


def hosted_data(ctx) -> bool:
    """A proprietary data platform, cloud back end, forms or search service is called (scaling.vendor-lock-in's services): data lives there.
    Not the spreadsheets of a Google Apps Script application: they are its working storage, whether the code names one by its URL
    (docs.google.com/spreadsheets/d/…, said "Google Sheets") or opens it by its identifier (SpreadsheetApp.openById), the same
    application either way, judged like one keeping its records in a database of its own (the runtime lock-in is said elsewhere)."""
    services = (ctx.fact("vendor_lockin") or {}).get("services") or []
    apps_script = any(s.get("id") == "google-apps-script" for s in services)
    # (nor a service whose device APIs alone are used, Google Play services' location provider: nothing of the app's kept there)
    return any(s.get("category") in ("data-platform", "cloud-api", "forms", "search") and not (apps_script and s.get("id") == "google-forms")
               and not s.get("on_device") for s in services)


def no_format_words(data_files: list[str], formats: dict, ev: list) -> tuple[str, str]:
    """What the message says when no open format is read or written by the code: "none in the code", or, beside data files of
    the repository's own (data/poem.csv), how many and of which formats, with the first as evidence (appended to ``ev``)."""
    if not data_files:
        return "aucun dans le code", "none in the code"
    exts = ", ".join(sorted({p.rsplit(".", 1)[-1].upper() for p in data_files}))
    if not formats:
        ev.append(Evidence(path=data_files[0], value=exts, kind="found"))
    return (f"aucun lu ou écrit par le code ; {len(data_files)} fichier(s) de données ({exts}, par exemple {data_files[0]})",
            f"none read or written by the code; {len(data_files)} data file(s) ({exts}, for example {data_files[0]})")


# the open formats of data files, by their extension
_FILE_FORMATS = {"csv": "CSV", "geojson": "GeoJSON", "topojson": "TopoJSON", "ods": "ODS/tableur", "nc": "NetCDF", "parquet": "Parquet", "json": "JSON"}


# a format's name as a word of a text file's name (fiches_json_rhone_202109230112.txt: JSON records, one a line)
_NAMED_FORMAT = re.compile(r"(?:^|[_.\- ])(json|jsonl|ndjson|csv|geojson)(?=[_.\- ]|$)", re.I)


def named_data_file(path: str) -> str | None:
    """The format of a data file known by its name rather than its extension: JSON lines (.jsonl, .ndjson), or a .txt named by its
    format (fiches_json_metro_part1_202111261640.txt, JSON records exported from a database's views: merryspankersltd/fiches-sport,
    issue 12, s46 fb46); None otherwise. Read from the name alone: such files are judged even when the copy lacks their content."""
    name = path.rsplit("/", 1)[-1]
    stem, dot, ext = name.rpartition(".")
    if not dot:
        return None
    if ext.lower() in ("jsonl", "ndjson"):
        return "JSON"
    if ext.lower() == "txt" and (m := _NAMED_FORMAT.search(stem)):
        return {"csv": "CSV", "geojson": "GeoJSON"}.get(m.group(1).lower(), "JSON")
    return None


def files_formats(data_files: list[str], formats: dict) -> list:
    """Adds to ``formats`` the open formats of the data files committed that the code was not seen reading or writing (a Laravel
    application's storage/data/*.csv and *.geojson of communes and mayors, beside the JSON its controllers answer and a KML: the
    message named JSON and KML only; issue 12, s46 fb46 = WildCodeSchool/…-regionsud-identiteterritoire-back); returns the
    evidence of each format added, its first file in path order."""
    ev, by_format = [], {}
    for p in sorted(data_files):
        if name := named_data_file(p) or _FILE_FORMATS.get(p.rsplit(".", 1)[-1].lower() if "." in p.rsplit("/", 1)[-1] else ""):
            by_format.setdefault(name, []).append(p)
    for name, files in sorted(by_format.items()):
        if name not in formats:
            formats[name] = [[files[0], None, files[0], "data"]]
            ev.append(Evidence(path=files[0], value=f"{name} ({len(files)})", kind="found"))
    return ev


# a site's stylesheets showing its own feeds and sitemap in a browser (a Jekyll site's assets/xslt/rss.xslt, atom.xslt and
# _layouts/xml-style.xsl): they present pages and exchange no data, no sign of an XML format
FEED_STYLE = re.compile(r"(?:^|[-_.])(?:sitemap|rss|atom|feeds?|xml[-_]?style|pretty[-_]?(?:feed|sitemap))[-_.]", re.I)


def tool_without_data(kind: str | None, formats: dict, closed: list, samples: list[str], ev: list, details: dict,
                      what: tuple[str, str] | None = None) -> Result:
    """The verdict on a tool (a library, a command-line tool, a desktop program, a GIS kit's plugin) with no data, data model or
    schema of its own: the formats it reads or writes for its users (a QGIS plugin saving its user's layers as GeoJSON) are named, no
    schema is expected; the binary .xls it writes (closed: the format.xls hits) is a warning with what to write instead."""
    from auditor.facts.project import kind_label

    what_fr, what_en = what or {"cli-tool": ("Outil en ligne de commande", "A command-line tool"), "desktop-application": ("Application de bureau", "A desktop application"),
                        "library": ("Bibliothèque ou extension", "A library or plugin")}.get(kind) \
        or (f"Projet de type « {kind_label(kind, 'fr')} »", f"A {kind_label(kind, 'en')}")
    names = ", ".join(sorted(formats))
    if closed:
        return Result.warn(T(f"{what_fr} qui traite les données qu'on lui donne ({names or 'aucun format ouvert'}), sans donnée ni modèle de données "
                             f"à lui : pas de schéma attendu ; mais son code écrit un format fermé (Excel binaire .xls, {closed[0][0]}).",
                             f"{what_en} processing the data it is given ({names or 'no open format'}), with no data or data model of its own: "
                             f"no schema expected; but its code writes a closed format (binary Excel .xls, {closed[0][0]})."),
                           ev, score=5, samples=len(samples), closed_format=True, **details) \
            .advise(T(f"Écrivez les exports de {closed[0][0]} en ODS, XLSX ou CSV (formats ouverts) plutôt qu'en .xls binaire.",
                      f"Write the exports of {closed[0][0]} as ODS, XLSX or CSV (open formats) rather than binary .xls."))
    return Result.not_applicable(T(f"{what_fr} qui traite les données qu'on lui donne ({names or 'aucun format propre'}), "
                                   f"sans donnée ni modèle de données à lui{samples_words(samples)[0]} : pas de schéma attendu.",
                                   f"{what_en} processing the data it is given ({names or 'no format of its own'}), with no "
                                   f"data or data model of its own{samples_words(samples)[1]}: no schema expected."), samples=len(samples), **details)


# a data file that is a template to fill in: named so (user-import.example.csv, communes.template.csv) or in a folder of templates
TEMPLATE_DATA = re.compile(r"[._-](?:example|exemple|sample|template|tpl|mod[eè]le|gabarit)\.\w+$|(?:^|/)(?:templates?|gabarits?)/", re.I)


def template_files(data_files: list[str], formats: dict, ev: list, schema_seen: bool) -> list[str]:
    """The data files, when every one is a template to fill in (an Open WebUI kit's gabarits/user-import.example.csv, the header
    of the accounts its administrator imports) and no schema is anywhere (``schema_seen``): the import format of the platform the
    project feeds, no data it publishes (issue 12, s22). Their JSON format and evidence are taken out of ``formats`` and ``ev``.
    (A data specification's exemple-valide.csv beside its schema.json stays counted.)"""
    templates = [p for p in data_files if TEMPLATE_DATA.search(p)]
    if not templates or len(templates) < len(data_files) or schema_seen:
        return []
    if formats.get("JSON") and formats["JSON"][0][0] in templates:
        del formats["JSON"]
    ev[:] = [e for e in ev if e.path not in templates]
    return templates


def templates_only(templates: list[str], details: dict) -> Result:
    """No data published: the only data files are templates to fill in, and the code reads or writes no open format."""
    shown = ", ".join(templates[:3])
    return Result.not_applicable(T(f"Aucune donnée publiée : le seul fichier de données est un gabarit à remplir ({shown}), le format d'import "
                                   "d'un autre outil ; ni format ouvert lu ou écrit par le code, ni schéma : pas de schéma de données attendu.",
                                   f"No data published: the only data file is a template to fill in ({shown}), another tool's import format; "
                                   "no open format read or written by the code, no schema: no data schema expected."),
                                 [Evidence(path=p, value="template", kind="found") for p in templates[:3]], templates=len(templates), **details)


# programs that fetch data: a pipeline calling them works on data of its own (the national files it downloads), not on data it is given
_DOWNLOADERS = frozenset({"wget", "curl", "lftp", "aria2c"})


def gdal_formats(sig: dict, formats: dict) -> tuple[list, set[str]]:
    """The formats GDAL/OGR command lines read and write (``gdal_translate -of COG``, ``ogr2ogr -f GPKG``, ``gdalwarp … out.tif``:
    the format.gdal hits), added to ``formats`` by name; their evidence (one per format) and the names added."""
    from auditor.facts.format_signals import gdal_format

    ev, names = [], set()
    for h in sig.get("format.gdal", []):
        name = gdal_format(h[2]) if h[3] in ("code", "template", "config", "other") else None
        if not name:
            continue
        if name not in formats:
            ev.append(Evidence(path=h[0], line=h[1], value=name, kind="found"))
        names.add(name)
        formats.setdefault(name, []).append(h)
    return ev, names


def gdal_chain(ctx, formats: dict, gdal_names: set[str]) -> bool:
    """A command-line tool whose only formats are those its GDAL/OGR command lines read and write, and whose scripts download
    nothing: a chain processing the geodata it is given (a métropole's orthophotographs cut and written as COG), whatever data of
    its own a scheduled or downloading pipeline would hold."""
    if not formats or not set(formats) <= gdal_names:
        return False
    try:
        programs = set((ctx.fact("pipeline_programs") or {}).get("programs") or [])
    except FactError:
        return False
    return not programs & _DOWNLOADERS


_SCRIPT_EXT = (".sh", ".bash", ".bat", ".cmd", ".ps1")


def example_scripts(formats: dict) -> list[str]:
    """The scripts holding every hit of ``formats`` when they all are shell or batch scripts (a documentation site's tutorial scripts,
    docs/ariege.sh and its copy in the built site/), else []."""
    paths = sorted({h[0] for hs in formats.values() for h in hs})
    return paths if paths and all(p.lower().endswith(_SCRIPT_EXT) for p in paths) else []


def doc_scripts_result(formats: dict, scripts: list[str], details: dict) -> Result:
    """Not applicable: a static site whose only formats are those its example scripts read or write (see :func:`example_scripts`)."""
    names, shown = ", ".join(sorted(formats)), ", ".join(scripts[:3]) + ("…" if len(scripts) > 3 else "")
    return Result.not_applicable(T(f"Site statique dont seuls les scripts d'exemple ({shown}) lisent ou écrivent des formats ({names}), sur les "
                                   "données qu'ils téléchargent ou qu'on leur donne, sans fichier de données ni modèle de données à lui : rien "
                                   "n'est publié pour d'autres ; pas de schéma attendu.",
                                   f"A static site whose only formats are those its example scripts ({shown}) read or write ({names}), over "
                                   "the data they download or are given, with no data file nor data model of its own: nothing is published "
                                   "for others; no schema expected."),
                                 [Evidence(path=hs[0][0], line=hs[0][1], value=n, kind="found") for n, hs in sorted(formats.items())][:3],
                                 example_scripts=len(scripts), **details)


def supplier_load(ctx, sig: dict, formats: dict) -> list:
    """The data.db-load hits of a pipeline that downloads (wget, curl…) and loads into its user's database what it downloaded, every
    format it reads or writes being a step of the scripts that load (the web service's GeoJSON, a GeoPackage merged on the way: igeofr/
    mapillary2pg's ``ogr2ogr -f PostgreSQL``); [] otherwise. Its tables are the supplier's data in the supplier's model."""
    loads = sorted(h for h in sig.get("data.db-load", []) if h[3] == "code")
    if not loads or not formats:
        return []
    try:
        programs = set((ctx.fact("pipeline_programs") or {}).get("programs") or [])
    except FactError:
        return []
    loaders = {h[0] for h in loads}
    if not programs & _DOWNLOADERS or not all(h[0] in loaders for hs in formats.values() for h in hs):
        return []
    return loads


def supplier_model(kind: str | None, formats: dict, loads: list, details: dict) -> Result:
    """Not applicable: a pipeline loading another producer's data into its user's database as delivered (see :func:`supplier_load`)."""
    names, (path, line) = ", ".join(sorted(formats)), loads[0][:2]
    where = f"{path}:{line}" if line else path
    return Result.not_applicable(T(f"Chaîne de traitement qui télécharge les données d'un autre producteur ({names}) et les charge telles quelles "
                                   f"dans la base de son utilisateur ({where}), sans fichier de données ni modèle de table à elle : le modèle "
                                   "est celui du producteur, et rien n'est publié pour d'autres ; pas de schéma attendu.",
                                   f"A pipeline downloading another producer's data ({names}) and loading it as delivered into its user's "
                                   f"database ({where}), with no data file nor table model of its own: the model is the producer's, and nothing "
                                   "is published for others; no schema expected."),
                                 [Evidence(path=path, line=line, value=loads[0][2][:60], kind="found")], supplier_model=True, **details)


# An OpenStreetMap import's mapping or style committed by a map-style kit (imposm's imposm3-mapping.json, osm2pgsql's default.style or
# its flex .lua, openstreetmap-carto.style): the kit's database is OpenStreetMap's data loaded through it, whose model (its tags)
# OpenStreetMap publishes; the tables the kit's SQL adds or simplifies afterwards derive from it
_OSM_IMPORT = re.compile(r"(?:^|/)(?:[^/]*(?:imposm|osm2pgsql)[^/]*\.(?:json|ya?ml|style|lua)|(?:imposm|osm2pgsql)[^/]*/[^/]+\.(?:json|ya?ml|style|lua)|"
                         r"openstreetmap-carto\.(?:style|lua))$", re.I)


def osm_import_files(tree) -> list[str]:
    """The OpenStreetMap import mappings or styles of the repository (its own files, sorted)."""
    return sorted(e.path for e in tree if _OSM_IMPORT.search(e.path) and not is_vendored(e.path) and not is_test(e.path))[:5]


def osm_kit(kind: str | None, mappings: list[str], ev: list, details: dict) -> Result:
    """The verdict on a map-style kit over OpenStreetMap data its import mapping loads: no data of its own, no schema expected."""
    from auditor.facts.project import kind_label

    return Result.not_applicable(T(f"Projet de type « {kind_label(kind, 'fr')} » qui met en forme les données d'OpenStreetMap chargées par "
                                   f"{mappings[0]} : leur modèle est celui d'OpenStreetMap, publié ; ni donnée ni modèle de données à lui, pas de "
                                   "schéma attendu.",
                                   f"A {kind_label(kind, 'en')} styling OpenStreetMap data loaded through {mappings[0]}: their model is "
                                   "OpenStreetMap's, published; no data or data model of its own, no schema expected."),
                                 ev, osm_import=mappings, **details)
