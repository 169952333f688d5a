"""More shapes of the ``personal_data`` fact: the columns a query selects (with the column behind each alias) and Swift models.

A query selecting ``u_creator.lower_user_name AS createur`` from a ``JOIN app_user u_creator`` exports user names: the alias says
what the column is used for (a ticket's author), the column what it holds. Both are read, the column in the table its qualifier
names (``app_user``).

An iOS application's model classes or structures (``DansMaRue/Model/User.swift``: ``var firstName: String?``, ``let email:
String``) are read like the other languages' models: the stored properties of a top-level ``class`` or ``struct``. And the XML
models: Hibernate mappings, Cayenne DataMaps, JCMS content types.
"""

from __future__ import annotations

import json
import re

from auditor.facts.scaling.personal_code import _ALIAS, _FROM, _GLUE, MAX_STATEMENT_CHARS, MAX_STATEMENTS, SELECT, _top_level_items
from auditor.facts.scaling.personal_maps import COLUMN_MAP, FIELD_MAP, PARAMETER_LIST, SHEET_API, column_map_fields, field_map_fields, parameter_list_fields, sheet_names, sheet_row_fields  # noqa: F401 (re-exported)
from auditor.facts.scaling.query_owners import NOT_ALIAS as _NOT_ALIAS, owners as _owners
from auditor.lazyre import lazy_compile

# a table and its alias in a statement's FROM and JOIN clauses (app_user u1, jiraissue AS i)
_SOURCE = lazy_compile(r"""\b(?:from|join)\s+[`"\[]?([\w.]+)[`"\]]?(?:\s+(?:as\s+)?([A-Za-z_]\w*))?""", re.I)
# a plain column under an alias: u_creator.lower_user_name AS createur
_CONCAT = lazy_compile(r"^(.+?(?:\|\||\+|\bconcat\s*\().+?)\s+as\s+\S+$", re.I)  # (Prénom + ' ' + Nom as Nom: the columns it joins)
_ALIASED_COLUMN = lazy_compile(r"""^(?:[`"\[]?([A-Za-z_]\w*)[`"\]]?\.)?[`"\[]?([A-Za-z_]\w*)[`"\]]?\s+as\s+[`"\[]?\w+[`"\]]?$""", re.I)


def _sources(piece: str) -> dict[str, str]:
    """``{alias: table}`` of the tables a statement reads (the table's own name too)."""
    out: dict[str, str] = {}
    for m in _SOURCE.finditer(piece):
        table = m.group(1).rsplit(".", 1)[-1]
        out.setdefault(table.lower(), table)
        if m.group(2) and m.group(2).lower() not in _NOT_ALIAS:
            out.setdefault(m.group(2).lower(), table)
    return out


# the keys a query publishes its columns under, PostgreSQL's json_build_object('nom', nom, 'prenom', prenom, 'tel', tel) (a
# dashboard's sql/exploitant.sql building the GeoJSON of a farmers' directory): each quoted key of a pair names the field it holds
_JSON_OBJECT = lazy_compile(r"\bjsonb?_build_object\s*\(", re.I)
_JSON_KEY = lazy_compile(r"""^\s*'([A-Za-z_]\w{0,60})'\s*$""")


def _json_keys(item: str) -> list[str]:
    """The quoted keys of the key/value pairs of the json_build_object calls in a selected ``item`` (nested ones too; 40 calls at most)."""
    out: list[str] = []
    for m in list(_JSON_OBJECT.finditer(item))[:40]:
        depth, end = 1, m.end()
        while end < len(item) and depth:
            depth += {"(": 1, ")": -1}.get(item[end], 0)
            end += 1
        args = _top_level_items(item[m.end(): end - 1])
        out += [k.group(1) for a in args[0::2] if (k := _JSON_KEY.match(a))]
    return out


def selected_fields(text: str, max_lines: int = 60, max_chars: int = MAX_STATEMENT_CHARS) -> list[tuple[str, str, int]]:
    """``(table, column, line)`` of the columns (or their aliases) that queries written in the code's strings select, the table
    being the first one after FROM; bounded in statements and characters (a SQL file's view may select 200 columns, one a line).
    A plain column selected under an alias is given too, in the table its qualifier names, and the keys of the JSON objects an
    item builds (json_build_object('nom', nom, …)), in the first table."""
    out: list[tuple[str, str, int]] = []
    for n, m in enumerate(SELECT.finditer(text)):
        if n >= MAX_STATEMENTS:
            break
        piece = _GLUE.sub("", text[m.end(): m.end() + max_chars])
        frm = _FROM.search(piece)
        if not frm or ";" in piece[: frm.start()] or piece[: frm.start()].count("\n") > max_lines:
            continue
        items = _top_level_items(piece[: frm.start()])
        table = frm.group(1).rsplit(".", 1)[-1]
        end = piece.find(";", frm.start())
        sources = _sources(piece[frm.start(): end if end >= 0 else len(piece)])
        owner_of = _owners(piece[frm.start(): end if end >= 0 else len(piece)], sources, table)
        line = text.count("\n", 0, m.start()) + 1
        cursor = m.end()
        for item in items[:max_lines]:
            here = text.find(item.strip(), cursor) if item.strip() else -1
            cursor = here + len(item.strip()) if here >= 0 else cursor
            name = _ALIAS.search(item.strip())
            if name and (col := name.group(1) or name.group(2)):
                at = text.find(col, m.end())
                out.append((owner_of(item.strip()), col, text.count("\n", 0, at) + 1 if at >= 0 else line))
            for key in _json_keys(item):  # (the keys of the JSON it builds: json_build_object('prenom', prenom, …))
                at = text.find(f"'{key}'", m.end())
                out.append((table, key, text.count("\n", 0, at) + 1 if at >= 0 else line))
            if cat := _CONCAT.match(item.strip()):  # (a name built from its parts: each column joined is selected, s42 fj42 = ISPF/Truc)
                # (qualified too, in the table its qualifier names: users.lastname || ' ' || users.firstname AS utilisateur; s44 fd44)
                out += [(sources.get(q.lower(), table) if q else table, c, text.count("\n", 0, here) + 1 if here >= 0 else line)
                        for q, c in re.findall(r"(?<![\w'.])(?:([A-Za-z_]\w*)\.)?([^\W\d]\w*)(?![\w'(.])", re.sub(r"'[^']*'", "", cat.group(1)))]
            source = _ALIASED_COLUMN.match(item.strip())
            if source and source.group(2).lower() != (col if name else "").lower():
                at = here if here >= 0 else text.find(source.group(2), m.end())
                owner = sources.get((source.group(1) or "").lower(), table)
                out.append((owner, source.group(2), text.count("\n", 0, at) + 1 if at >= 0 else line))
    return out


# -- Swift models ----------------------------------------------------------------------------------------------------------
_SWIFT_TYPE = lazy_compile(r"^(?:(?:public|internal|open|final|fileprivate)\s+){0,2}(?:class|struct)\s+([A-Za-z_]\w*)")
_SWIFT_PROPERTY = lazy_compile(r"^(?: {2,4}|\t)(?:@\w+\s+)?(?:(?:public|private|internal|fileprivate|open)(?:\(set\))?\s+)?"
                               r"(?:(?:weak|lazy|dynamic)\s+)?(?:var|let)\s+([A-Za-z_]\w*)\s*:")


def swift_fields(text: str) -> list[tuple[str, str, int]]:
    """``(type, property, line)`` of the stored properties of a Swift file's top-level classes and structures (not static ones)."""
    out: list[tuple[str, str, int]] = []
    table = ""
    for i, line in enumerate(text.splitlines(), 1):
        if len(line) > 400:
            continue
        t = _SWIFT_TYPE.match(line)
        if t:
            table = t.group(1)
            continue
        if line[:1] not in (" ", "\t") and line.strip() and not line.startswith(("//", "}", "@", "import")):
            table = "" if line.startswith(("extension", "enum", "protocol", "func")) else table
        f = _SWIFT_PROPERTY.match(line) if table else None
        if f:
            out.append((table, f.group(1), i))
    return out[:400]


# A Hibernate mapping (<class name="fr.cg44.Assmat" table="ASSMAT"> … <property name="telPrincipal" column="TEL"/>), a Cayenne
# DataMap (<obj-entity name="Personne"> … <obj-attribute name="dateNaissance"/>, <db-entity>/<db-attribute>) or a JCMS
# content type (<type name="CandidatureForm" …> … <field name="mail" editor="email" …>): the class and its fields.
XML_MODEL = lazy_compile(r"""<(?:class|joined-subclass|subclass|union-subclass|obj-entity|db-entity)\b[^>]*?\bname\s*=\s*["'](?:[\w$]+\.)*([\w$]+)["']|<type\s+name\s*=\s*["'](\w+)["']""")
XML_FIELD = lazy_compile(r"""<(?:property|id|field|element|key-property|many-to-one|obj-attribute|db-attribute)\b[^>]*?\b(?:name|column)\s*=\s*["'](\w+)["']""")
XML_COLUMN = lazy_compile(r"""\bcolumn\s*=\s*["'](\w+)["']""")


def xml_fields(text: str) -> list[tuple[str, str, int]]:
    """The fields of the classes or content types an XML model declares (an XML file of another kind declares none)."""
    out, table = [], ""
    for i, line in enumerate(text.splitlines(), 1):
        if len(line) > 2000:
            continue
        m = XML_MODEL.search(line)
        if m:
            table = m.group(1) or m.group(2)
        if not table:
            continue
        for f in XML_FIELD.finditer(line):
            out.append((table, f.group(1), i))
            col = XML_COLUMN.search(f.group(0) + line[f.end():f.end() + 200].split(">", 1)[0])
            if col and col.group(1) != f.group(1):
                out.append((table, col.group(1), i))  # the column holds it too (TEL_PRINCIPAL for telPrincipal)
    return out


# -- Alfresco content models -----------------------------------------------------------------------------------------------
# An Alfresco content model (<model xmlns="http://www.alfresco.org/model/dictionary/1.0">: an extension's types and aspects, each
# property named prefix:localName with its <title>): the metadata the repository keeps on each document, a data model (an HR
# extension's ModPId:agtPrenom titled "Prénom de l'agent"; issue 12, s37 fi37 = DevPAMGit/dossier-numerique-agent)
ALFRESCO_MODEL = lazy_compile(r"""<model\b[^>]{0,300}?\bxmlns\s*=\s*["']http://www\.alfresco\.org/model/dictionary/""")
_ALF_CLASS = lazy_compile(r"""<(?:type|aspect)\s+name\s*=\s*["'](?:[\w-]+:)?(\w+)["']""")
_ALF_PROPERTY = lazy_compile(r"""<property\s+name\s*=\s*["'](?:[\w-]+:)?(\w+)["']""")
_ALF_TITLE = lazy_compile(r"<title>\s*([^<\n]{1,200}?)\s*</title>")


def alfresco_fields(text: str) -> tuple[list[tuple[str, str, int]], dict]:
    """``(type or aspect, property, line)`` of an Alfresco content model's properties, and their titles read as descriptions
    ({(type, property): (title, line)}); nothing for another XML file."""
    if not ALFRESCO_MODEL.search(text[:4096]):
        return [], {}
    out, labels, table, prop = [], {}, "", None
    for i, line in enumerate(text.splitlines(), 1):
        if len(line) > 2000:
            continue
        if m := _ALF_CLASS.search(line):
            table, prop = m.group(1), None
        elif (m := _ALF_PROPERTY.search(line)) and table:
            prop = (table, m.group(1))
            out.append((table, m.group(1), i))
        elif prop and (t := _ALF_TITLE.search(line)) and prop not in labels:
            labels[prop] = (t.group(1), i)
        if "</property>" in line:
            prop = None
    return out[:500], labels


# -- CKAN scheming schemas -------------------------------------------------------------------------------------------------
# A ckanext-scheming schema (scheming_version, dataset_fields, resource_fields; an organisation's or a group's fields) is the data
# model of a CKAN portal's records: each field_name a field, each repeating_subfields a table of its own, named by its field
# (a dataset's contact_point: name, email, phone).
_ORGANISATION_CLASS = lazy_compile(r"(?i)(?:^|:)organi[sz]ation$")
_ORGANISATION_LABEL = lazy_compile(r"(?i)^(?:organi[sz]ations?|organismes?)\b")


def _organisation_field(node: dict) -> bool:
    """A group of subfields describing an organisation: its RDF class says so (dct:publisher -> foaf:Organization), or its label
    (prov:agent labelled "Organisation"); an organisation's e-mail and phone are no person's."""
    path = node.get("rdf_path")
    classes = [str(x) for x in path] if isinstance(path, list) else [str(path)] if path else []
    label = node.get("label")
    labels = [str(v) for v in label.values()] if isinstance(label, dict) else [str(label)] if label else []
    return any(_ORGANISATION_CLASS.search(c) for c in classes[1:]) or any(_ORGANISATION_LABEL.match(x.strip()) for x in labels)


def scheming_fields(text: str, json_text: bool = False) -> tuple[list[tuple[str, str, int]], set[str]]:
    """``(table, field, line)`` of a ckanext-scheming schema's fields, and the tables that describe an organisation (an
    organisation's or a group's schema, a subfield group of class foaf:Organization). Nothing for another YAML or JSON file."""
    from auditor import safejson, safeyaml

    try:  # (read as CKAN reads it: a key written twice keeps its last value)
        doc = safejson.loads(text) if json_text else safeyaml.load(text)
    except Exception:  # noqa: BLE001 - a broken file describes no model
        return [], set()
    if not isinstance(doc, dict) or not ("scheming_version" in doc or isinstance(doc.get("dataset_fields"), list)
                                         or isinstance(doc.get("resource_fields"), list)):
        return [], set()
    starts = [text.count("\n", 0, m.start()) + 1 for m in re.finditer(r"""["']?field_name["']?\s*:\s*["']?([\w.-]+)""", text)]
    names = [m.group(1) for m in re.finditer(r"""["']?field_name["']?\s*:\s*["']?([\w.-]+)""", text)]
    out: list[tuple[str, str, int]] = []
    orgs: set[str] = set()

    def line_of(name: str, after: int) -> int:
        """The line of the field's declaration at or after its group's (a group shared by an alias, *contact_fields: the first)."""
        at = [ln for ln, n in zip(starts, names) if n == name]
        return next((ln for ln in at if ln >= after), at[0] if at else after or 1)

    seen: dict[int, dict[str, int]] = {}  # (a group written once and named again by an alias: its lines are the first's)

    def walk(items, table: str, after: int, organisation: bool, depth: int) -> None:
        if not isinstance(items, list) or len(out) > 500 or depth > 6:
            return
        known = seen.setdefault(id(items), {})
        for node in items[:300]:
            if not isinstance(node, dict) or not isinstance(node.get("field_name"), str):
                continue
            name = node["field_name"]
            line = known.setdefault(name, line_of(name, after))
            out.append((table, name, line))
            if organisation:
                orgs.add(table)
            subs = node.get("repeating_subfields") or node.get("subfields")
            if subs:
                walk(subs, name, line, organisation or _organisation_field(node), depth + 1)

    for key, table in (("dataset_fields", doc.get("dataset_type") or "dataset"), ("resource_fields", "resource"),
                       ("fields", doc.get("organization_type") or doc.get("group_type") or "organization")):
        walk(doc.get(key), str(table), 1, key == "fields", 0)  # (an organisation's or a group's schema: its contact is the body's)
    return out, orgs


# -- validation schemas ------------------------------------------------------------------------------------------------------
# A zod, yup or Joi object schema validates the records a service receives (a contact form's payload, email:
# z.string().email(), sent on to a database or a CRM): its keys are the fields of that record, named by the constant it is given to.
_SCHEMA_NAME = lazy_compile(r"^[^\S\n]*(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=\n]{1,80})?=")
_SCHEMA_KEY = lazy_compile(r"""^[^\S\n]*["']?([A-Za-z_$][\w$]*)["']?\s*:\s*(?:z|zod|yup|Yup|Joi)\b(?:\s*$|\s*\.)""")


# (an environment schema's settings, EMAIL_USER: z.string(), the mail server's account: no record's field)
_SETTING = lazy_compile(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$")


def _headed_fields(text: str, head: re.Pattern, field: re.Pattern, keep, *, max_line: int = 400, most: int = 400) -> list[tuple[str, str, int]]:
    """``(table, field, line)``: each line ``field`` matches (its first group, when ``keep(name, table)``) under the last line
    ``head`` matched (its first group the table); lines over ``max_line`` characters skipped."""
    out: list[tuple[str, str, int]] = []
    table = ""
    for i, line in enumerate(text.splitlines(), 1):
        if len(line) > max_line:
            continue
        m = head.match(line)
        if m:
            table = m.group(1)
            continue
        k = field.match(line)
        if k and keep(k.group(1), table):
            out.append((table, k.group(1), i))
    return out[:most]


def validation_fields(text: str) -> list[tuple[str, str, int]]:
    """``(schema, key, line)`` of the keys a file's validation schemas declare, the schema named by its constant."""
    return _headed_fields(text, _SCHEMA_NAME, _SCHEMA_KEY, lambda key, _: not _SETTING.match(key))


# -- PocketBase collections ---------------------------------------------------------------------------------------------------
# A PocketBase back end keeps its data model in the migrations its admin panel writes (pb_migrations/1680537641_created_rentHistory.js):
# `new Collection({… "name": "rentHistory", "schema": [{"name": "borrowerMail", "type": "email", …}]})` (PocketBase 0.22 and before;
# "fields" from 0.23), and `collection.schema.addField(new SchemaField({…}))` on a collection found by its name or identifier
# (pocketbase.io/docs/js-migrations, consulted 2026-12-06). Its built-in users collection's identifier is "_pb_users_auth_".
_PB_MARK = lazy_compile(r"""\bnew\s+(Collection|SchemaField|\w*Field)\s*\(\s*(?=\{)|\bfindCollectionByNameOrId\(\s*["'](\w+)["']""")
_PB_BUILT_IN = {"_pb_users_auth_": "users"}


def pocketbase_fields(text: str) -> list[tuple[str, str, int]]:
    """``(collection, field, line)`` of the fields a PocketBase migration creates or adds (system fields left out); a field typed
    ``email`` holds an e-mail address whatever its name (borrowerMail): it is given a second time as ``email``, on its line."""
    from auditor import safejson

    if safejson.depth_exceeds(text, 50):
        return []
    decoder = json.JSONDecoder()
    out: list[tuple[str, str, int]] = []
    table = ""
    for m in _PB_MARK.finditer(text):
        if m.group(2):
            table = _PB_BUILT_IN.get(m.group(2), m.group(2))
            continue
        try:
            doc, _ = decoder.raw_decode(text, m.end())
        except (ValueError, RecursionError):
            continue
        if not isinstance(doc, dict):
            continue
        if m.group(1) == "Collection":
            table = doc.get("name") if isinstance(doc.get("name"), str) else table
            fields = doc.get("schema") if isinstance(doc.get("schema"), list) else doc.get("fields")
        else:
            fields = [doc]
        for f in fields if isinstance(fields, list) else []:
            if isinstance(f, dict) and isinstance(f.get("name"), str) and not f.get("system"):
                at = text.find(f'"{f["name"]}"', m.end())
                out.append((table, f["name"], text.count("\n", 0, at) + 1 if at >= 0 else 1))
                if f.get("type") == "email":
                    out.append((table, "email", text.count("\n", 0, at) + 1 if at >= 0 else 1))
        if len(out) > 500:
            break
    return out


# -- South's frozen models: a Django app's migrations before Django 1.7 (personal_data's "frozen" candidates). Each migration
# freezes the app's whole schema at its step (models = {'coop_local.person': {'email': ('django.db.models.fields.EmailField',
# [], {…}), …}}): when the models themselves come from an installed package, the last migration is the one schema to read.
SOUTH = lazy_compile(r"^[^\S\n]*from\s+south\b|\b(?:Schema|Data)Migration\b", re.M)
_SOUTH_MODEL = lazy_compile(r"""^\s*['"]\w+\.(\w+)['"]\s*:\s*\{\s*$""")
_SOUTH_FIELD = lazy_compile(r"""^\s*['"](\w+)['"]\s*:\s*\(\s*['"][\w.]+['"]\s*,\s*\[""")
_MIGRATION_NUMBER = lazy_compile(r"^(\d{1,6})_")


def frozen_fields(text: str) -> list[tuple[str, str, int]]:
    """``(model, field, line)`` of a South migration's frozen models (the model's name after its app's: person)."""
    return _headed_fields(text, _SOUTH_MODEL, _SOUTH_FIELD, lambda _, table: bool(table), max_line=1000, most=2000)


def last_migrations(paths) -> list[str]:
    """The last numbered migration of each ``migrations/`` folder among ``paths`` (0047_… after 0046_…)."""
    last: dict[str, tuple[int, str]] = {}
    for p in paths:
        folder, _, name = p.rpartition("/")
        m = _MIGRATION_NUMBER.match(name)
        if m and name.endswith(".py") and folder.rsplit("/", 1)[-1].lower() in ("migrations", "south_migrations"):
            last[folder] = max(last.get(folder, (-1, "")), (int(m.group(1)), p))
    return sorted(p for _, p in last.values())


# -- Grails domain classes (grails-app/domain/**/*.groovy): GORM maps each class to a table, each typed property to a column
# (``String nom``, ``Date dateNaissance``, ``Etablissement etablissementRattachement``), its static blocks (mapping, constraints,
# hasMany) and methods being no columns. Read: the class line and its properties one level in (personal_data's "grails" candidates).
_GORM_CLASS = lazy_compile(r"^(?:(?:public|abstract|final)\s+)*class\s+(\w+)\b")
_GORM_PROPERTY = lazy_compile(r"^[ \t]*(?:(?:private|protected|public)\s+)?(?:[A-Z][\w.]*(?:<[\w<>, .?]{0,120}>)?(?:\[\])?|int|long|boolean|double|"
                              r"float|short|byte|char)\s+([a-z_]\w*)\s*(?:=[^\n]*)?;?\s*(?://[^\n]*)?$")


def gorm_fields(text: str) -> list[tuple[str, str, int]]:
    """``(class, property, line)`` of a Grails domain class's persistent properties (transient ones listed in ``static transients`` left)."""
    out: list[tuple[str, str, int]] = []
    table = ""
    transient = set(re.findall(r"['\"](\w+)['\"]", "".join(re.findall(r"static\s+transients\s*=\s*\[([^\]]{0,2000})\]", text))))
    depth = 0  # (braces open at the line's start: 1 in the class's body, deeper in its methods and static closures)
    for i, line in enumerate(text.splitlines()[:3000], 1):
        code = re.sub(r"//.*$|'[^'\n]*'|\"[^\"\n]*\"", "", line)
        if len(line) <= 400 and (m := _GORM_CLASS.match(line)) and depth == 0:
            table = m.group(1)
        elif len(line) <= 400 and table and depth == 1 and (m := _GORM_PROPERTY.match(line)) and m.group(1) not in transient:
            out.append((table, m.group(1), i))
        depth = max(0, depth + code.count("{") - code.count("}"))
    return out[:500]


# A Drizzle ORM schema (orm.drizzle.team/docs/sql-schema-declaration): export const users = sqliteTable('users', { address:
# text('address'), presidentAddress: text('president_address'), … }), and pgTable, mysqlTable alike; each column's SQL name is the
# first argument of its type's builder (issue 12, s38 fi38 = Samuelalhadef/reservation-chartrette)
DRIZZLE_TABLE = lazy_compile(r"""\b(?:sqlite|pg|mysql|singlestore)Table\(\s*['"`](\w+)['"`]""")
_DRIZZLE_COLUMN = lazy_compile(r"""^[ \t]*["']?\w+["']?[ \t]*:[ \t]*(?!(?:index|uniqueIndex|unique|primaryKey|foreignKey|check)\()[a-z]\w*\(\s*['"`](\w+)['"`]""")


def drizzle_fields(text: str) -> list[tuple[str, str, int]]:
    """``(table, column, line)`` of a Drizzle schema's tables (see :data:`DRIZZLE_TABLE`): the columns declared inside each table's
    object, by their SQL names."""
    out: list[tuple[str, str, int]] = []
    table, depth = "", 0
    for i, line in enumerate(text.splitlines()[:20000], 1):
        if len(line) > 400:
            continue
        if m := DRIZZLE_TABLE.search(line):
            table, depth = m.group(1), 0
        if table:
            if depth == 1 and (c := _DRIZZLE_COLUMN.match(line)):
                out.append((table, c.group(1), i))
            depth += line.count("{") - line.count("}")
            if depth <= 0 and "}" in line:
                table = ""
    return out
