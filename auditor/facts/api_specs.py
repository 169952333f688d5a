"""API descriptions and data schemas committed in the repository: the ``api_specs`` fact (OpenAPI,
Swagger and AsyncAPI documents read and checked) and the ``table_schemas`` fact (Table Schema and
Data Package files)."""

from __future__ import annotations

import re

import yaml

from auditor import safejson, safeyaml
from auditor.facts import FactError, fact
from auditor.facts.inventory import is_generated, is_vendored

MAX_SPEC_BYTES = 2 * 1024 * 1024
MAX_SPECS = 40
MAX_TABLE_SCHEMAS = 20
HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
SCHEMA_NAMES = ("schema.json", "datapackage.json", "tableschema.json")


def load_document(snap, path: str):
    """``(document, None)`` or ``(None, reason)`` for a JSON or YAML file of the snapshot (bounded loaders)."""
    text = snap.read_text(path, limit=MAX_SPEC_BYTES)
    if text is None:
        return None, "unreadable or larger than 2 MB"
    if path.rsplit(".", 1)[-1].lower() in ("js", "mjs", "cjs", "ts"):
        return js_module_spec(text), None
    try:
        if path.lower().endswith(".json"):
            return safejson.loads(text), None
        return safeyaml.load(text), None
    except (ValueError, yaml.YAMLError, safeyaml.UnsafeYAML) as exc:
        return None, f"{type(exc).__name__}: {str(exc).splitlines()[0][:160]}"


_JS_OBJECT = re.compile(r"(?:module\.exports\s*=|export\s+default|(?:const|let|var)\s+\w+\s*=)\s*(\{\s*(?:['\"]?v?\d[\w.-]*['\"]?\s*:\s*\{\s*)?"
                        r"['\"]?(?:openapi|swagger|asyncapi)['\"]?\s*:)")
_JS_KEY = re.compile(r"['\"]?(openapi|swagger|asyncapi)['\"]?\s*:\s*['\"`]([\d.]+)")
_JS_TITLE = re.compile(r"\btitle['\"]?\s*:\s*['\"`]([^'\"`\n]{1,200})")
_JS_OPERATION = re.compile(r"(?<![\w$])['\"]?(?:get|put|post|delete|patch|options|head|trace)['\"]?\s*:\s*[{\w$]")


def js_module_spec(text: str) -> dict | None:
    """The API description a JavaScript module exports as an object literal (``module.exports = { swagger: "2.0", … }``): read as a
    YAML flow mapping when it is plain data (unquoted keys, quotes, trailing commas), else its kind, version, title and operations
    counted in the text (the object holds code: variables, functions)."""
    m = _JS_OBJECT.search(text)
    if not m:
        return None
    start, end = m.start(1), text.rfind("}") + 1
    literal = re.sub(r"(?m)^[^\S\n]*//.*$", "", text[start:end])
    try:
        doc = safeyaml.load(literal)
        doc = next((v for v in doc.values() if parse_spec(v) is not None), doc) if isinstance(doc, dict) and parse_spec(doc) is None else doc
        if isinstance(doc, dict) and parse_spec(doc) is not None:  # (the description, or the first under its version's key: { v1: { … } })
            return doc
    except (ValueError, yaml.YAMLError, safeyaml.UnsafeYAML):
        pass
    key, title = _JS_KEY.search(literal), _JS_TITLE.search(literal)
    ops = len(_JS_OPERATION.findall(literal))
    paths = {f"/{i}": {"get": {}} for i in range(ops)}  # (the count only: the operations' paths are in code)
    return {key.group(1): key.group(2), "info": {"title": title.group(1) if title else None}, "paths": paths}


def _operations(kind: str, version: str, doc: dict, problems: list[str]) -> int:
    if kind == "asyncapi":
        chans = doc.get("channels") or {}
        return len(doc.get("operations") or {}) or (len(chans) if isinstance(chans, dict) else 0)
    paths = doc.get("paths")
    if paths is None and not (kind == "openapi" and version.startswith("3.1") and doc.get("webhooks")):
        problems.append("paths missing")
    ops = 0
    if isinstance(paths, dict):
        for item in paths.values():
            if isinstance(item, dict):
                ops += sum(1 for k in item if str(k).lower() in HTTP_METHODS)
    elif paths is not None:
        problems.append("paths is not a mapping")
    return ops


def stub_document(kind: str, doc: dict) -> bool:
    """An OpenAPI or Swagger document whose ``paths`` is an empty mapping, no webhook beside it: a stub describing no operation (the
    API-first file a generator such as JHipster's writes, ``paths: {}``, for endpoint stubs to be added later; issue 12, s42 fk42 =
    GIP-RECIA/GLC). A path whose item holds no verb (a ``$ref``) still describes something; AsyncAPI documents are not judged."""
    return kind in ("openapi", "swagger") and isinstance(doc.get("paths"), dict) and not doc["paths"] and not doc.get("webhooks")


def empty_spec(snap, path: str) -> bool:
    """The file at ``path`` is an OpenAPI/Swagger stub (:func:`stub_document`): it documents no API."""
    doc, err = load_document(snap, path)
    return not err and isinstance(doc, dict) and bool((parse_spec(doc) or {}).get("empty"))


def parse_spec(doc) -> dict | None:
    """{'kind', 'version', 'operations', 'title', 'problems'} for an OpenAPI/Swagger/AsyncAPI document, else None."""
    if not isinstance(doc, dict):
        return None
    for kind in ("openapi", "swagger", "asyncapi"):
        if kind in doc:
            version = str(doc.get(kind))
            problems = []
            info = doc.get("info")
            if not isinstance(info, dict) or not info.get("title"):
                problems.append("info.title missing")
            ops = _operations(kind, version, doc, problems)
            if kind == "swagger" and not version.startswith("2"):
                problems.append(f"unknown swagger version {version}")
            if kind == "openapi" and not re.match(r"^3\.\d+(\.\d+)?", version):
                problems.append(f"unknown openapi version {version}")
            return {"kind": kind, "version": version, "operations": ops,
                    "title": (info or {}).get("title") if isinstance(info, dict) else None, "problems": problems} \
                | ({"empty": True} if stub_document(kind, doc) else {})
    return None


@fact("api_specs", version=4, public=False)
def api_specs(ctx) -> dict:
    """``documents``: for each candidate (the ``files`` fact's OpenAPI files and the textscan's
    specification hits, sorted, the first 40) either ``{"path", "error"}`` (unreadable, invalid
    YAML/JSON) or ``{"path", "spec"}`` (:func:`parse_spec`; files that are no API description are left out)."""
    scan = ctx.fact("textscan")
    if scan is None:
        raise FactError("textscan unavailable")
    candidates = set(ctx.fact("files").get("openapi") or [])
    for h in scan["signals"].get("spec.openapi", []):
        if not is_vendored(h[0]) and not is_generated(h[0]):
            candidates.add(h[0])
    documents = []
    for path in sorted(candidates)[:MAX_SPECS]:
        doc, err = load_document(ctx.snapshot, path)
        if err:
            documents.append({"path": path, "error": err})
            continue
        info = parse_spec(doc)
        if info is not None:
            documents.append({"path": path, "spec": info})
    return {"documents": documents}


# Frictionless' own address for its specifications, a Table Schema's or a Data Package's "$schema"
_FRICTIONLESS_SCHEMA = re.compile(r"frictionlessdata\.io/schemas/(?:table-schema|data-package|tabular-data-package|data-resource)\b", re.I)
# the field types of the Table Schema specification (a field without a type is a string)
TABLE_SCHEMA_TYPES = {"string", "number", "integer", "boolean", "object", "array", "date", "time", "datetime", "year", "yearmonth",
                      "duration", "geopoint", "geojson", "any"}
MAX_CONTENT_PROBES = 200  # JSON files read for their content, in path order
CONTENT_PROBE_BYTES = 512 * 1024


def table_schema_by_content(doc) -> bool:
    """A JSON document that is a Table Schema or Data Package whatever its file's name (bal_schema_v1.5.json): its "$schema" is
    Frictionless' Table Schema or Data Package address, or it holds a list of ``fields`` each an object with a ``name`` whose
    ``type``, when given, is one of the specification's (:data:`TABLE_SCHEMA_TYPES`), one at least typed. Not an Avro record
    (``"type": "record"``, its types int, long…), not a GeoJSON or an Esri feature set (``features``, esriFieldType…), not a
    manifest's list of names."""
    if not isinstance(doc, dict):
        return False
    if isinstance(doc.get("$schema"), str) and _FRICTIONLESS_SCHEMA.search(doc["$schema"]):
        return isinstance(doc.get("fields"), list) or isinstance(doc.get("resources"), list)
    fields = doc.get("fields")
    if not isinstance(fields, list) or not fields or "features" in doc or doc.get("type") in ("record", "Feature", "FeatureCollection"):
        return False
    if not all(isinstance(f, dict) and isinstance(f.get("name"), str) for f in fields):
        return False
    types = [f.get("type") for f in fields if "type" in f]
    return bool(types) and all(isinstance(t, str) and t.lower() in TABLE_SCHEMA_TYPES for t in types)


@fact("table_schemas", version=2, public=False)
def table_schemas(ctx) -> list[str]:
    """Table Schema and Data Package files (``schema.json``, ``*.schema.json``, ``datapackage.json``
    holding ``fields`` or ``resources``; and any other JSON file that is one by its content, :func:`table_schema_by_content`:
    issue 12, s39 fh39 = aitf-sig-topo/voies-adresses' schemas/v1.5/bal_schema_v1.5.json), the first 20 in the tree's order.
    Bounded: :data:`MAX_CONTENT_PROBES` other JSON files of at most :data:`CONTENT_PROBE_BYTES`, in path order."""
    found = []
    probes = 0
    entries = sorted(ctx.snapshot.files.values(), key=lambda e: e.path)
    ctx.snapshot.prefetch([e.path for e in entries if e.name.lower().endswith(".json") and e.kind == "file" and not is_vendored(e.path)
                           and e.size <= CONTENT_PROBE_BYTES][:MAX_CONTENT_PROBES + MAX_TABLE_SCHEMAS], CONTENT_PROBE_BYTES)
    for e in entries:
        name = e.name.lower()
        if is_vendored(e.path):
            continue
        if name in SCHEMA_NAMES or name.endswith(".schema.json"):
            doc, _ = load_document(ctx.snapshot, e.path)
            if isinstance(doc, dict) and (isinstance(doc.get("fields"), list) or isinstance(doc.get("resources"), list)):
                found.append(e.path)
        elif name.endswith(".json") and e.kind == "file" and not is_generated(e.path) and e.size <= CONTENT_PROBE_BYTES and probes < MAX_CONTENT_PROBES:
            probes += 1
            text = ctx.snapshot.read_text(e.path, limit=CONTENT_PROBE_BYTES) or ""
            if '"fields"' in text:
                try:
                    doc = safejson.loads(text)
                except ValueError:
                    doc = None
                if table_schema_by_content(doc):
                    found.append(e.path)
        if len(found) >= MAX_TABLE_SCHEMAS:
            break
    return found


# A field of a Table Schema that places a row on the map: its type (geopoint, geojson) or its name (CEREMA/schema-aire-livraison:
# LATITUDE, LONGITUDE, GEOM_WKT)
_GEO_FIELD = re.compile(r"^(lat|lon|lng|latitude|longitude|long|geom|geometry|geometrie|g[ée]om[ée]trie|the_geom|wkt|geom_wkt|wkb|"
                        r"coordonnees|coordinates|geo_point(_2d)?|geo_shape|x_l93|y_l93|x_wgs84|y_wgs84)$", re.I)


@fact("table_schema_geo", version=2)
def table_schema_geo(ctx) -> list[dict]:
    """The geographic fields of the Table Schemas and Data Packages found (``table_schemas``): ``[{"path", "fields"}]``, a field
    being ``"NAME (type)"``; a data specification's map is in its fields, not in code."""
    out = []
    for path in ctx.fact("table_schemas") or []:
        doc, _ = load_document(ctx.snapshot, path)
        tables = [doc] if isinstance(doc, dict) and isinstance(doc.get("fields"), list) else \
            [r.get("schema") for r in (doc.get("resources") or []) if isinstance(r, dict)] if isinstance(doc, dict) else []
        fields = [f for t in tables if isinstance(t, dict) and isinstance(t.get("fields"), list) for f in t["fields"] if isinstance(f, dict)]
        # (a coordinate field whose description names the legal reference system, "x: système de projection légal en vigueur",
        # "Lambert 93": a position in the national system — s39 fh39, the Base Adresse Locale's x, y)
        legal = [f for f in fields if isinstance(f.get("description"), str) and _LEGAL_WORDS.search(f["description"][:500])]
        geo = [f"{f.get('name')} ({f.get('type', 'string')})" for f in fields
               if str(f.get("type", "")).lower() in ("geopoint", "geojson") or _GEO_FIELD.match(str(f.get("name", ""))) or f in legal]
        if geo:
            out.append({"path": path, "fields": geo[:10]} | ({"legal_crs": [f"{f.get('name')}: {f['description'][:120]}" for f in legal[:4]]}
                                                             if legal else {}))
    return out


# a field's description naming France's legal reference system in words or by code (Lambert 93, RGF93, the CC zones, EPSG:2154,
# "système de projection légal")
_LEGAL_WORDS = re.compile(r"\bsyst[èe]me\s+(?:de\s+(?:projection|r[ée]f[ée]rence|coordonn[ée]es)\s+)?l[ée]gal|\blambert[\s-]*93\b|\brgf[\s-]*93\b|"
                          r"\bcc\s?(?:4[2-9]|50)\b|\bepsg\s*:\s*(?:2154|39(?:4[2-9]|50))\b", re.I)


@fact("jaxrs_resources", version=1, public=False)
def jaxrs_resource_files(ctx) -> list[str]:
    """The Java files declaring JAX-RS resources (a ``@Path`` and an HTTP verb; not tests, not copies; the first 300 Java files
    in path order): what tells a JAX-RS API artifact a server uses from one a client only borrows constants from."""
    from auditor.facts.kind_markers import jaxrs_resources

    return jaxrs_resources(ctx, [e for e in ctx.snapshot.files.values() if e.kind in ("file", "executable")])


# A data specification's documentation stating, as "key: value", the exchange format of its objects or their geometry (a Table
# Schema describes attributes only, it has no geometry type: "- format : geopackage", "- type d'objet : multipolygon" in the README
# of a département's protected-areas exchange format)
_DECLARED_GEO = re.compile(
    r"^[ \t>*+-]*(?:\*\*|__)?[ \t]*(format(?:[ \t]+d['’][ée]change)?|type[ \t]+d['’]objets?|type[ \t]+de[ \t]+g[ée]om[ée]trie|g[ée]om[ée]trie|"
    r"geometry(?:[ \t]+type)?)[ \t]*(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__|`)?[ \t]*(geopackage|gpkg|shapefile|shp|geojson|gml|kml|"
    r"(?:multi[ -]?)?(?:polygone?s?|points?|linestrings?|lignes?|polylignes?))[ \t]*(?=[,;.()]|$)", re.I | re.M)


@fact("spec_geo_declared", version=1)
def spec_geo_declared(ctx) -> list[dict]:
    """What a repository holding Table Schemas (``table_schemas``) declares of its objects' geographic encoding in its README (at
    the root and beside each schema): ``[{"path", "line", "key", "value"}]``, the first 5 — the specification's geography when its
    fields cannot carry it."""
    schemas = ctx.fact("table_schemas") or []
    if not schemas:
        return []
    folders = sorted({""} | {p.rsplit("/", 1)[0] + "/" if "/" in p else "" for p in schemas})
    readmes = [e.path for e in sorted(ctx.snapshot.files.values(), key=lambda x: x.path) if re.match(r"readme(\.\w+)?$", e.name, re.I)
               and (e.path[: len(e.path) - len(e.name)] in folders)][:5]
    out = []
    for path in readmes:
        text = ctx.snapshot.read_text(path, limit=256 * 1024) or ""
        for m in _DECLARED_GEO.finditer(text):
            out.append({"path": path, "line": text.count("\n", 0, m.start()) + 1, "key": m.group(1), "value": m.group(2)})
    return out[:5]
