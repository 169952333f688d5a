"""``personal_data``: fields of database schemas and models that hold personal data (GDPR).

Read as text (nothing is run): SQL DDL (``CREATE TABLE`` columns), Django and SQLAlchemy models and
Django migrations, Doctrine entities and Laravel migrations, Prisma schemas, TypeORM/Sequelize
models and Knex migrations, Rails schemas and migrations, JSON Schema ``properties`` and Table
Schema ``fields``, Hibernate ``.hbm.xml`` mappings and Jalios JCMS content types, the fields an arcpy script adds to its feature
classes, Kotlin data classes and the typed rows of a Markdown data dictionary (their aliases and descriptions read as COMMENT ON), SQL tables created inside the strings of
code, the columns that queries written in the code's strings select, and mongoose schemas (:mod:`.personal_code`), TypeScript interfaces of a service's data (a session's). Field names are matched with the categories of ``personal_data.yml``: a strong
field (first name, e-mail, phone, birth date, national identifier…) counts alone; a weak one
(name, address, sex…) only beside a strong one or in a table named after people.

Longer than 400 lines: one reader per schema language (SQL, ORMs, migrations, scheming and validation schemas) feeding one vocabulary and one set of tables.
"""

from __future__ import annotations

import functools
from auditor import safejson
import re

from auditor.data import load
from auditor.facts import fact
from auditor.facts.inventory import code_ext, inventory_of, is_test
from auditor.facts.scaling.common import data_about, norm_field, project_files
from auditor.facts.scaling.personal_code import (MONGOOSE, constants, described as labelled_fields, dictionary_fields, drupal_fields,
                                                 cms_fields, compound_contact, embedded_sql_fields, form_fields, gis_fields, imported_paths, kotlin_fields, mongoose_fields,
                                                 shared_prefixes, written_columns, abbreviated_field, ACCOUNT_FIELDS, API_CLIENT_FIELDS, ORGANISM_FIELDS, merise_name as _merise_name, organisation_tables, of_a_person, qualified_field, ORGANISM_TABLE)
from auditor.facts.scaling.django_labels import django_fields
from auditor.facts.scaling.inline_types import inline_type_fields
from auditor.facts.scaling.json_messages import json_message_class
from auditor.facts.scaling.query_owners import merge_joined
from auditor.facts.scaling.personal_builder import builder_fields, eloquent_fields
from auditor.facts.scaling.personal_types import TEXT_ONLY, non_text_field
from auditor.facts.scaling.personal_mail import ADDRESS_FIELDS, mail_models
from auditor.facts.scaling.personal_dataclasses import dataclass_fields
from auditor.facts.scaling.personal_stored import stored_record_types
from auditor.facts.scaling.personal_documents import constant_classes, document_fields, query_fields, string_constants
from auditor.facts.scaling.personal_code import FIELD_WORDS
from auditor.facts.scaling.person_prefixes import numbered_part_field, person_prefixes, prefixed_field, prefixed_name
from auditor.facts.scaling.personal_comments import comment_category, trailing_comments
from auditor.facts.scaling.sql_drops import dropped_later, scripted_tables, table_key
from auditor.facts.scaling.personal_tables import (CSV_NAME, PEOPLE_ADDRESSES, account_header, address_table, log_ip_fields, names_a_numbered_thing, names_a_thing, names_parameters,
                                                   page_content_tables, singleton_tables, usage_log_actors, flag_column, birth_abbreviation_kept)
from auditor.facts.scaling.personal_dotnet import dotnet_fields
from auditor.facts.scaling.personal_ldap import LDAP_SCHEMA, ldap_fields
from auditor.facts.scaling.result_reads import result_columns
from auditor.facts.scaling.shiny_inputs import stored_input_fields
from auditor.facts.scaling.personal_models import (column_map_fields, field_map_fields, parameter_list_fields, scheming_fields, selected_fields, sheet_names, sheet_row_fields, swift_fields, validation_fields,  # (a query's aliased columns; Swift,
                                                   xml_fields, pocketbase_fields, drizzle_fields, DRIZZLE_TABLE, SOUTH, frozen_fields, last_migrations, ALFRESCO_MODEL, alfresco_fields, gorm_fields)  # XML models; CKAN schemas, zod schemas; PocketBase; South)
from auditor.facts.textscan import hits
from auditor.facts.scaling.xsd_models import unprefixed, xsd_fields
from auditor.lazyre import lazy_compile

MAX_FILES = 400
MAX_BYTES = 512 * 1024
MAX_SHINY = 40  # (an R Shiny app's files read for the rows storing its form's name input)

TABLE = [
    # (a quoted name read whole, spaces included: `conseil municipal`, "Liste des élus", [Table 1]; issue 12, s44 fk44 = DHoudetot-Cyril/pinf)
    lazy_compile(r"^\s*create\s+(?:unlogged\s+|temporary\s+|temp\s+|foreign\s+)?table\s+(?:if\s+not\s+exists\s+)?(?:[`\"\[]?\w+[`\"\]]?\.)?"
                 r"(?:`([^`\n]{1,64})`|\"([^\"\n]{1,64})\"|\[([^\]\n]{1,64})\]|(\w+))", re.I),
    lazy_compile(r"^class\s+(\w+)\s*\(.*(?:models\.Model|Base|db\.Model|Model|SQLModel|DeclarativeBase|AbstractUser|AbstractBaseUser|TimeStampedModel)"),
    lazy_compile(r"^\s*model\s+(\w+)\s*\{"),
    lazy_compile(r"^(?:export\s+(?:default\s+)?|public\s+)?(?:final\s+|abstract\s+)?(?:class|interface|type(?=\s+\w+\s*=\s*\{))\s+(\w+)\b"),  # top level: nested classes are choices, Meta…
    lazy_compile(r"""(?:create_table|createTable|Schema::create|Schema::table|\.createTable|\.table)\(?\s*['"]?(\w+)['"]?"""),
    lazy_compile(r"""@Entity\(\s*(?:\{\s*name:\s*)?['"]?(\w*)"""),
    lazy_compile(r"""@Table\(\s*name\s*=\s*"(\w+)"|setTableName\(\s*['"](?:\w+\.)?(\w+)['"]"""),  # JPA: the table a Java entity maps; Doctrine 1's
    lazy_compile(r"""\bsequelize\.define\(\s*['"](\w+)['"]|\bdefine\(\s*['"](\w+)['"]"""),
]
FIELD = [
    lazy_compile(r"^\s*[`\"\[]?([A-Za-z_]\w*)[`\"\]]?\s+(?:varchar|character|char|text|int|integer|bigint|smallint|serial|bigserial|date|timestamp|timestamptz|"
               r"boolean|bool|numeric|decimal|uuid|json|jsonb|geometry|geography|double|float|real|citext|inet|bytea|nvarchar|datetime|tinyint|mediumtext|longtext|enum)\b", re.I),
    # (the ORM's module by any case: Flask-SQLAlchemy's handle named DB, DB.Column(DB.String); issue 12, s36 h36 = PnEcrins/GeoConstats)
    lazy_compile(r"^\s*(\w+)\s*(?::\s*[\w\[\], |\"'.]+)?=\s*(?:(?i:models|db|sa|sqlalchemy|fields|peewee|pw)\.)?\w*(?:Field|Column|ForeignKey|OneToOneField)\("
                 r"|^\s*(\w+)\s*(?::\s*[\w\[\], |\"'.]+)?=\s*(?i:models|db|sa|sqlalchemy|fields)\.\w*(?:Field|Column|ForeignKey|OneToOneField)\b"),
    lazy_compile(r"^\s*(\w+)\s*=\s*(?:Column|mapped_column)\("),
    lazy_compile(r"^\s*(\w+)\s*:\s*Mapped\["),
    lazy_compile(r"""^\s*\(\s*['"](\w+)['"]\s*,\s*models\.\w+"""),
    lazy_compile(r"^\s*(\w+)\s+(?:String|Int|BigInt|DateTime|Boolean|Float|Decimal|Json|Bytes)\b[?\[\]]*"),
    lazy_compile(r"^\s*(?:private|protected|public)\s+(?:\??[\w\\]+\s+)?\$(\w+)"),
    lazy_compile(r"""\$table->\w+\(\s*['"](\w+)['"]|\$this->hasColumn\(\s*['"](\w+)['"]"""),  # Laravel's migrations, Doctrine 1's Base*.class.php
    lazy_compile(r"""^\s*t\.\w+\s+[:"'](\w+)"""),
    lazy_compile(r"""\btable\.\w+\(\s*['"](\w+)['"]"""),
    lazy_compile(r"""^\s*(?:@Column\([^)]*\)\s*)?["']?(\w+)["']?\s*[!?]?:\s*(?:string|number|Date|boolean)\b"""),  # "firstName"?: string (LoopBack SDK)
    lazy_compile(r"""^\s*(\w+)\s*:\s*\{\s*type\s*:\s*(?:DataTypes|Sequelize)\.|^\s*(\w+)\s*:\s*(?:DataTypes|Sequelize)\.\w+"""),
    # a JPA entity's column (@Column(name = "NOM")) or field (private String nom;): read only in a file holding @Entity
    # (or a package-private field one level in, Lombok's @Data beans: "\tString ine;")
    lazy_compile(r"""@Column\(\s*name\s*=\s*"(\w+)"|^\s*(?:private|protected|public)\s+(?:final\s+)?[\w<>,.\[\] ]+?\s+(\w+)\s*(?:=[^;]*)?;\s*$|"""
                 r"""^(?:\t| {2}| {4})(?:final\s+|transient\s+)?(?:[A-Z][\w<>,.\[\] ]*?|int|long|boolean|double|float|short|byte|char)\s+(\w+)\s*(?:=[^;]*)?;\s*$"""),
]
JPA_FIELD = len(FIELD) - 1
PHP_PROPERTY = 6  # private $nom; read in Doctrine entities and in the plain objects of a PHP application's pojo/ or DTO/ folder
PHP_BEAN_DIRS = {"pojo", "pojos", "dto", "dtos", "bean", "beans", "vo"}
# a type or member prefix before a field's name (Hungarian notation: $s_nom, $i_age, $m_email)
FIELD_PREFIX = lazy_compile(r"^(?:[a-z]|str|int|m|lower|upper|LOWER|UPPER)_(?=[A-Za-z]{2})")  # (and a case-folded search copy: lower_user_name)
# a JDBC bean of a business layer: a class whose fields are the columns its broker reads (public String nom;)
JDBC_BEAN = lazy_compile(r"^[^\S\n]*public\s+class\s+\w+\s+extends\s+\w*(?:BasicMetier|Metier|Bean|Entity|Record)\b", re.M)
# a plain Java bean of a domain/ or model/ folder (package …; private fields with their getters: domain/Agent.java's prenom,
# dateNaissance), which a web service fills from another service or a mapper: its fields are the model's too
JAVA_BEAN = lazy_compile(r"^package\s+[\w.]+;(?=(?:(?!^package\s).)*^[^\S\n]*public\s+[\w<>\[\], ]+\s+(?:get|is)[A-Z]\w*\s*\(\s*\))", re.M | re.S)
# (or one whose getters are generated: Lombok's @Data, @Getter; a JAXB or Jackson XML binding, @XmlType, @XmlRootElement)
GENERATED_BEAN = lazy_compile(r"^[^\S\n]*@(?:Data|Getter|XmlType|XmlRootElement|XmlAccessorType|JacksonXmlRootElement)\b", re.M)
# A Django migration names its model on the line after ``migrations.CreateModel(``; elsewhere a ``name="…"`` line
# names a constraint, an index or a choice (``UniqueConstraint(…, name="unique_asp_id_published")``).
# (the table's name may follow a prefix the code joins to the query, 'INSERT INTO '.self::PREFIX.'newsletter(`prenom`, `nom`, `mail`)',
# "INSERT INTO " + PREFIX + "users (…)": a PHP model's PDO insert; issue 12, s45 ff45 = LexaeART/villeinfo)
INSERT_COLUMNS = lazy_compile(r"""\binsert\s+into\s+(?:(['"])\s*(?:\.|\+)\s*[\w:$>\-\[\]'".]{1,60}?\s*(?:\.|\+)\s*\1)?[`"\[]?(?:\w+[`"\]]?\.[`"\[]?)?(\w+)[`"\]]?\s*\(([\w\s,`"\[\]]{1,800})\)""", re.I)
CREATE_MODEL = lazy_compile(r"^\s*migrations\.CreateModel\(\s*$")
# a migration chain's added column (ALTER TABLE `users` ADD `address` text; ALTER TABLE public.t ADD COLUMN IF NOT EXISTS email varchar):
# the table's field as much as one CREATE TABLE declares (issue 12, s38 fi38 = Samuelalhadef/reservation-chartrette)
ALTER_ADD = lazy_compile(r"""^[ \t]*alter[ \t]+table[ \t]+(?:if[ \t]+exists[ \t]+)?(?:only[ \t]+)?[`"\[]?(?:\w+[`"\]]?\.[`"\[]?)?(\w+)[`"\]]?[ \t]+"""
                         r"""add[ \t]+(?!(?:constraint|primary|foreign|unique|index|key|check|fulltext|spatial)\b)(?:column[ \t]+)?(?:if[ \t]+not[ \t]+exists[ \t]+)?[`"\[]?(\w+)[`"\]]?[ \t]+\w""", re.I)
MODEL_NAME = lazy_compile(r"^\s*name\s*=\s*['\"](\w+)['\"],\s*$")
DOCTRINE = lazy_compile(r"ORM\\Column|@Column|#\[Column|@ORM\\|Doctrine")
# the table an ORM class maps, named in its body (SQLAlchemy's __tablename__ = "t_constats", Django's Meta db_table = 't_constats'):
# the class and the table a SQL script creates are one table, counted once (issue 12, s36 h36 = PnEcrins/GeoConstats)
MAPPED_TABLE = lazy_compile(r"""^class\s+(\w+)\b[^\n]*:[ \t]*\n(?:(?!class\s)[^\n]*\n){0,60}?[ \t]+(?:__tablename__|db_table)\s*=\s*['"](?:\w+\.)?(\w+)['"]""", re.M)


@functools.lru_cache(maxsize=1)
def _vocab():
    d = load("personal_data.yml")
    strong, weak = {}, {}
    for cat, spec in d["categories"].items():
        for n in spec.get("strong") or []:
            strong[norm_field(n)] = cat
        for n in spec.get("weak") or []:
            weak[norm_field(n)] = cat
    labels = {cat: spec.get("label") for cat, spec in d["categories"].items()}
    return strong, weak, {norm_field(t) for t in d.get("person_tables") or []}, labels


@functools.lru_cache(maxsize=1)
def _things() -> frozenset:
    return frozenset(norm_field(t) for t in load("personal_data.yml").get("not_person_tables") or [])


def _candidate(path: str) -> str | None:
    low = path.lower()
    name = low.rsplit("/", 1)[-1]
    dirs = set(low.split("/")[:-1])
    if name.endswith(".sql"):
        return "sql"
    if name.endswith((".features.field.inc", ".features.field_base.inc", ".features.field_instance.inc", ".install")) or \
            (name.startswith("field.storage.") and name.endswith(".yml")):
        return "drupal"  # a Drupal module's fields (Features export, .install, configuration export)
    if name.endswith(".prisma"):
        return "prisma"
    if name.endswith(".groovy") and "grails-app/domain/" in low:  # a Grails application's or plugin's GORM domain classes
        return "grails"
    if name.endswith((".js", ".ts")) and "pb_migrations" in dirs:  # a PocketBase back end's collections (their migrations)
        return "pocketbase"
    if name.endswith(".geojson") or (name.endswith(".json") and "geojson" in dirs):  # a committed layer: its features' properties
        return "layer"
    if name.endswith((".schema.json", "tableschema.json")) or name in ("schema.json", "datapackage.json") or \
            (name.endswith(".json") and ("schemas" in dirs or "schema" in dirs)):
        return "json"
    if name.endswith(".py") and (name == "models.py" or dirs & {"models", "modeles", "modèles", "entities"} or "migrations" in dirs
                                 or name.endswith("_models.py")):
        return "code"
    if name.endswith(".php") and dirs & {"entity", "entities", "migrations", "migration", "models", "doctrine"}:  # (a Nextcloud app's lib/Migration/)
        return "code"
    if name.endswith(".php") and dirs & PHP_BEAN_DIRS:  # a PHP application's plain objects (pojo/UserLDAP.php: $s_nom, $s_email)
        return "bean"
    if name.endswith((".ts", ".js")) and (name.endswith((".entity.ts", ".model.ts", ".model.js", ".entity.js")) or dirs & {"entities", "entity"}
                                          or dirs & {"models", "model", "modele", "modeles"} or "migrations" in dirs):  # (an SDK's src/model/Contact.ts)
        return "code"
    if name.endswith(".ts") and (dirs & {"interface", "interfaces"} or "session" in name):  # the data a service keeps (a session's)
        return "code"
    if name.endswith((".ts", ".js", ".mjs")) and (name.split(".")[0] == "schema" or "schema" in dirs):
        return "drizzle"  # a Drizzle ORM schema (src/lib/db/schema.ts, db/schema/users.ts), told by its table builders when read
    if name.endswith(".ts") and (name in ("type.ts", "types.ts") or name.endswith((".type.ts", ".types.ts"))):
        return "code"  # a domain's TypeScript types (src/_domains/users/type.ts: UserData's Firstname, Lastname, Email, Password)
    if name.endswith(".ts") and not name.endswith(".d.ts") and "types" in dirs:
        return "code"  # one file per entity under a types/ folder (src/types/Association.ts: contact, telephone, email; issue 12, s38 fp38)
    if name.endswith(".java") and dirs & PHP_BEAN_DIRS:  # plain Java beans (domain/beans/people/User.java: displayName, login, uid)
        return "javabean"
    if name.endswith((".java", ".kt", ".swift")) and dirs & {"domain", "entity", "entities", "model", "models", "metier"}:  # JPA entities, JDBC beans
        return "swift" if name.endswith(".swift") else "code"  # (an iOS app's Model/User.swift)
    if name.endswith(".cs") and dirs & {"entities", "entity", "migrations"}:  # (not Models/: an MVC or API project's view models, DTOs)
        return "dotnet"  # Entity Framework Core's entities and migrations, FluentMigrator's migrations (s43 fj43)
    if name.endswith(".rb") and ("migrate" in dirs or name == "schema.rb" or "models" in dirs):
        return "code"
    if name.endswith((".ts", ".js")) and dirs & {"schematypes", "schemas"}:  # a headless CMS's document types (Sanity defineType)
        return "cms"
    if name.endswith((".hbm.xml", ".map.xml")) or (name.endswith(".xml") and "types" in dirs and not name.endswith("-templates.xml")):
        return "xml"  # Hibernate mappings, Apache Cayenne's DataMaps; Jalios JCMS content types (WEB-INF/data/types/Contact/Contact.xml)
    if name.endswith(".schema"):
        return "ldap"  # an LDAP schema's object classes and attribute types (OpenLDAP's *.schema), told by its definitions when read
    if name.endswith(".xml") and (dirs & {"model", "models"} or ("alfresco" in dirs and "model" in name)):
        return "alfresco"  # an Alfresco content model (alfresco/module/<id>/model/*.xml, *-model.xml), told by its namespace when read
    if name.endswith(".xsd"):  # an XML Schema of the records the project exchanges (an export of identities: xsd_models)
        return "xsd"
    return None


def _json_fields(text: str) -> list[tuple[str, str, int]]:
    try:
        doc = safejson.loads(text)
    except ValueError:
        return []
    out: list[tuple[str, str, int]] = []

    def line_of(name: str) -> int:
        i = text.find(f'"{name}"')
        return text.count("\n", 0, i) + 1 if i >= 0 else 1

    def walk(node, table: str, depth: int) -> None:
        if depth > 8 or len(out) > 500:
            return
        if isinstance(node, dict):
            t = node.get("title") or node.get("name") or table
            table_name = t if isinstance(t, str) else table
            props = node.get("properties")
            if isinstance(props, dict):
                for k, v in props.items():
                    out.append((table_name, k, line_of(k)))
                    walk(v, table_name, depth + 1)
            attrs = node.get("attributes")  # a Strapi content type's fields (src/api/<x>/content-types/<x>/schema.json)
            if isinstance(attrs, dict) and node.get("kind") in ("collectionType", "singleType"):
                info = node.get("info") if isinstance(node.get("info"), dict) else {}
                named = node.get("collectionName") or info.get("singularName") or table_name
                for k, v in list(attrs.items())[:300]:
                    if isinstance(v, dict) and v.get("type") not in ("relation", "component", "dynamiczone", "media"):
                        out.append((named if isinstance(named, str) else table_name, k, line_of(k)))
            fields = node.get("fields")
            if isinstance(fields, list):
                for f in fields:
                    if isinstance(f, dict) and isinstance(f.get("name"), str):
                        out.append((table_name, f["name"], line_of(f["name"])))
            for key in ("resources", "definitions", "$defs", "items", "schema", "features"):
                v = node.get(key)
                if isinstance(v, (dict, list)):
                    walk(v, table_name, depth + 1)
        elif isinstance(node, list):
            for x in node[:200]:
                walk(x, table, depth + 1)

    walk(doc, "", 0)
    return out


COMMENT_COLUMN = lazy_compile(r"COMMENT\s+ON\s+COLUMN\s+([\w.\"]{1,300}?)\s+IS\s+'((?:[^']|''){0,500})'", re.I)


def _commented_columns(text: str, patterns: list, organisation: re.Pattern | None = None) -> dict[tuple[str, str], tuple[str, int]]:
    """{(table, column): (category, line)} for the columns whose COMMENT ON names personal data (not an
    organisation's e-mail or phone; a comment left in a ``--`` line is no statement)."""
    out: dict[tuple[str, str], tuple[str, int]] = {}
    text = re.sub(r"(?m)^[ \t]*--.*$", "", text)  # line numbers kept
    for m in COMMENT_COLUMN.finditer(text):
        parts = [p.strip('"') for p in m.group(1).split(".")]
        if len(parts) < 2:
            continue
        cat = comment_category(m.group(2).replace("''", "'"), patterns, organisation)
        if cat:
            out.setdefault((parts[-2], parts[-1]), (cat, text.count("\n", 0, m.start()) + 1))
    return out


# An ORMLite or Room column (an Android app's model/Account.java: `@DatabaseField(columnName = DB_FIELD_LOGIN)`, `@ColumnInfo(name = "nom")`),
# its name written or given by a string constant of the class (`private static final String DB_FIELD_LOGIN = "Login";`, Kotlin's const val)
ORM_COLUMN = lazy_compile(r"""@(?:DatabaseField|ColumnInfo)\([^)\n]*?\b(?:columnName|name)\s*=\s*(?:"(\w+)"|(?:\w+\.)*([A-Za-z_]\w*))""")
STRING_CONSTANT = lazy_compile(r"""\b(?:static\s+final|final\s+static|const\s+val)\s+(?:String\s+)?(\w+)\s*(?::\s*String\s*)?=\s*"([^"\n]{1,60})\"""")


def _text_fields(text: str, kind: str) -> list[tuple[str, str, int]]:
    out = []
    table = ""
    orm = kind in ("code", "javabean") and bool(ORM_COLUMN.search(text))
    java_consts = {m.group(1): m.group(2) for m in STRING_CONSTANT.finditer(text)} if orm else {}
    doctrine = (kind == "code" and bool(DOCTRINE.search(text))) or kind == "bean"
    jpa = (kind == "code" and ("@Entity" in text or any(rx.search(text) for rx in (JDBC_BEAN, JAVA_BEAN, GENERATED_BEAN)))) or kind == "javabean"
    create_model = False
    for i, line in enumerate(text.splitlines(), 1):
        if len(line) > 400:
            continue
        if CREATE_MODEL.search(line):
            create_model = True
            continue
        if create_model:
            m = MODEL_NAME.search(line)
            if m:
                table, create_model = m.group(1), False
                continue
        if kind == "sql" and (alt := ALTER_ADD.search(line)):  # a migration adding a column: the table's field too
            out.append((alt.group(1), alt.group(2), i))
            continue
        for rx in TABLE:
            m = rx.search(line)
            if m and any(m.groups()):
                table = next(g for g in m.groups() if g)
                break
        col = ORM_COLUMN.search(line) if orm else None
        if col and (col.group(1) or java_consts.get(col.group(2))):
            out.append((table, col.group(1) or java_consts[col.group(2)], i))
            continue
        nested = inline_type_fields(line) if kind == "code" else []
        if nested:  # (a TypeScript model's owner: { userId: string, displayName: string }: the owner's fields)
            out += [(table, f, i) for f in nested]
            continue
        ins = INSERT_COLUMNS.search(line)
        if ins:  # a model writing its table in plain SQL (PHP PDO, JDBC…): the columns it fills are the table's fields
            out += [(ins.group(2), col, i) for col in re.findall(r"\w+", ins.group(3))[:40]]
            continue
        for j, rx in ([(JPA_FIELD, FIELD[JPA_FIELD])] if jpa else []) + list(enumerate(FIELD)):
            if kind == "sql" and j != 0:
                continue
            if kind != "sql" and j == 0:
                continue
            if j == PHP_PROPERTY and not doctrine:
                continue
            if j == JPA_FIELD and not jpa:
                continue
            m = rx.search(line)
            if m and any(m.groups()):
                out.append((table, next(g for g in m.groups() if g), i))
                break
    return out


def _constants(snap, path: str, text: str) -> dict[str, str]:
    """The string constants a module defines or imports from the repository's relative modules."""
    consts = constants(text)
    for other in imported_paths(path, text, snap.files):
        consts = {**constants(snap.read_text(other, limit=MAX_BYTES) or ""), **consts}
    return consts


def _document_constants(snap, text: str) -> dict[str, dict[str, str]]:
    """The string constants of the classes a document builder's keys name (Field.USER_ID), by class name: personal_documents."""
    return {name: string_constants(snap.read_text(p, limit=MAX_BYTES) or "") for name, p in constant_classes(text, snap.files).items()}


def _sheet_names(snap, path: str, text: str) -> dict[str, str]:
    """The sheets' names constants give, in a module or the repository's relative modules it imports (SHEET_NAMES.AUDIT_LOG: 'AuditLog')."""
    names = sheet_names(text)
    for other in imported_paths(path, text, snap.files):
        names = {**sheet_names(snap.read_text(other, limit=MAX_BYTES) or ""), **names}
    return names


_MIGRATION_DIR = re.compile(r"(?:^|/)migrations?/", re.I)


# A name flattening a lookup path, Django-style (contact_points__first__email: the first contact point's e-mail, a column of a
# catalogue's table): its last segment is the field; a flag or a count over the path (has_contact_points__email) holds none.
_LOOKUP_FLAG = re.compile(r"^(?:has|is|nb|count|total|n|num)_", re.I)


def _lookup_field(field: str) -> tuple[str, str] | None:
    """(the object the path starts from, the field it ends with) of a flattened lookup name."""
    parts = field.strip("_").split("__")
    if len(parts) < 2 or not all(parts) or _LOOKUP_FLAG.search(field.strip("_")):
        return None
    return parts[0], parts[-1]


# A type standing for one e-mail address (an embeddable Mail whose "adresse" a certificate's holders are notified at): its address
# or value is an e-mail
MAIL_TYPES, MAIL_PARTS = {"mail", "email", "courriel", "adressemail", "emailaddress"}, {"adresse", "address", "value", "valeur"}


# Names that are people's only beside another personal field (a first name, a civility, an e-mail…) or in a people's table.
AMBIGUOUS_NAMES = {"nomusage", "fullname", "nomcomplet", "nomprenom", "prenomnom"}


# "PDL" is an electricity delivery point's (point de livraison, Enedis) but also, in the DGFiP's land files (MAJIC), a "propriété
# divisée en lots" (a co-ownership: the lots table's idpdl beside idlot, dnupdl): a PDL id is an energy meter's only with an energy
# word in its table's name or fields, or on the lines around it (kadataApps/urbaflow's lots.idpdl read as a meter, s36 u36)
PDL_NAMES = frozenset({"idpdl", "pdlid", "numpdl", "numeropdl"})
_ENERGY_FIELD = re.compile(r"compteur|conso|kwh|enedis|linky|gazpar|grdf|prm|pce|energ|elec|soutirage|puissance|usagepoint", re.I)
_ENERGY_WORDS = re.compile(r"\b(?:enedis|linky|grdf|gazpar|compteurs?|prm|pce|kwh|consommations?|[ée]nergie|[ée]lectricit[ée]|"
                           r"point\s+de\s+livraison|delivery\s+point|meter|smart\s+meter)\b", re.I)
_PDL_CONTEXT_LINES = 5


def _energy_context(snap, texts: dict[str, list[str]], table: dict, field: dict) -> bool:
    """A PDL id is an energy meter's here: its table's name or another field names energy, or a line within
    :data:`_PDL_CONTEXT_LINES` of it says so (its comment, "-- PDL Enedis")."""
    if _ENERGY_FIELD.search(table.get("table") or "") or any(_ENERGY_FIELD.search(f["name"]) for f in table["fields"]
                                                              if norm_field(f["name"]) not in PDL_NAMES):
        return True
    if table["path"] not in texts:
        texts[table["path"]] = (snap.read_text(table["path"], MAX_BYTES) or "").split("\n")
    lines, at = texts[table["path"]], (field.get("line") or 0) - 1
    return at >= 0 and bool(_ENERGY_WORDS.search("\n".join(lines[max(0, at - _PDL_CONTEXT_LINES): at + _PDL_CONTEXT_LINES + 1])))


# a type named for the records of a table (UserData, PointageRecord, AgentEntry): the table's name before it
_RECORD_SUFFIX = re.compile(r"(?<=[a-z])(?:Data|Record|Entry|Item|Dto|DTO|Info|Row)s?$")


# the categories that tell a person is described, beside which a health field is that person's (an e-mail or a phone alone may be
# a contact's: a citizen reporting a tree's disease)
BANK_FIELDS = frozenset({"iban", "rib", "ribiban", "ribclient", "bic"})  # (an account's details: an organisation's in its own table)
PERSON_CATEGORIES = frozenset({"identity", "birth", "identifier", "staff"})  # (a staff number: an agent's)


@fact("personal_data", version=104)
def personal_data(ctx) -> dict:
    strong, weak, person_tables, labels = _vocab()
    pd = load("personal_data.yml")
    person_keys = {norm_field(k) for k in pd.get("person_keys") or []}
    address_parts = {norm_field(k) for k in pd.get("address_parts") or []}
    keyed: set = set()  # the tables with a person's key
    columns: dict = {}  # (each table's column names, normalised: a birth date's short form is read beside them)
    birth_short = {norm_field(k) for k in pd.get("birth_abbreviations") or []}
    directory = frozenset(norm_field(k) for k in pd.get("directory_attributes") or [])
    comment_rx = [(cat, re.compile(rx)) for cat, rx in (pd.get("comment_patterns") or {}).items()]
    org_rx = re.compile(pd["comment_organisation"]) if pd.get("comment_organisation") else None
    snap = ctx.snapshot
    inv = inventory_of(ctx)  # (a SQL script without an extension is read as SQL, as the inventory tells it by its text)
    own = project_files(ctx, tests=False)
    own_paths = {e.path for e in own}  # (a library's test schemas are no model of its own)
    sql_files = [(e, k) for e in own if (k := _candidate(e.path) or ("sql" if code_ext(e, inv) == "sql" else None))]
    cands = sorted((e.path, k) for e, k in sql_files if e.size <= MAX_BYTES)
    # a SQL script or dump over the read limit (a 3.8 MB dump.sql creating the user tables and inserting accounts): not read, said
    unread = sorted([e.path, e.size] for e, k in sql_files if e.size > MAX_BYTES and k == "sql")
    # Within the bound, models and schemas before migrations (a long migration history must not hide the models).
    # (an analytics project's hundreds of SQL models come after the application's ORM models).
    # code creating its tables in SQL strings (a Node service's SQLite users table), found by the text scan
    listed = {p for p, _ in cands}
    # (and a migration of code creating its tables in SQL, which the text scan files as configuration: Payload's src/migrations/*.ts)
    embedded = {h[0] for h in hits(ctx, "personal.sql-in-code", classes=("code", "config"))
                if h[3] == "code" or (_MIGRATION_DIR.search(h[0]) and inv.category(h[0]) == "source")}
    cands += sorted({(p, "embedded") for p in embedded if p not in listed})
    listed |= {p for p, _ in cands}
    cands += sorted({(h[0], "query") for h in hits(ctx, "personal.sql-select-in-code", classes=("code",)) if h[0] not in listed})
    listed |= {p for p, _ in cands}
    # a GIS script's feature classes (arcpy AddField), a data dictionary's typed rows in Markdown
    cands += sorted({(h[0], "gis") for h in hits(ctx, "personal.gis-field", classes=("code",)) if h[0] not in listed})
    cands += sorted({(h[0], "dictionary") for h in hits(ctx, "personal.dictionary-row", "personal.column-list", classes=("doc", "other")) if h[0] not in listed})
    cands += sorted({(h[0], "kotlin") for h in hits(ctx, "personal.kotlin-data-class", classes=("code",)) if h[0] not in listed})
    orm_sids = ("personal.jpa-entity", "personal.csv-bean", "personal.mongoose-schema", "personal.peewee-model", "personal.sqlalchemy-model")
    orm_files = {h[0] for sid in orm_sids for h in hits(ctx, sid, classes=("code",))}  # (read as ORM models below, their data classes too)
    cands += sorted({(h[0], "dataclass") for h in hits(ctx, "personal.python-dataclass", classes=("code",)) if h[0] not in listed and h[0] not in orm_files})
    # (a script's spreadsheet column map: CONFIG.COLS = {DATE_NAISSANCE: 3, EMAIL: 5}, the sheet it keeps its records in)
    cands += sorted({(h[0], "columns") for h in hits(ctx, "personal.column-map", classes=("code", "config")) if h[0] not in listed and h[0] in own_paths})
    # (an importer's field mapping: mapping = {"observers": "observateurs", …}, the columns of the records it moves)
    cands += sorted({(h[0], "mapping") for h in hits(ctx, "personal.field-map", classes=("code", "config"))
                     if h[0] not in listed and h[0] in own_paths and h[0] not in {p for p, _ in cands}})
    # (a request's parameters listed with their types: required_parameters = [("user_email_address", [str]), …], a Flask route's payload)
    cands += sorted({(h[0], "parameters") for h in hits(ctx, "personal.parameter-list", classes=("code",))
                     if h[0] not in listed and h[0] in own_paths and h[0] not in {p for p, _ in cands}})
    # (the rows code reads from and writes to a spreadsheet through its API: a Google Sheet's AUDIT_LOG given [[ts, action, userEmail]])
    cands += sorted({(h[0], "sheet") for h in hits(ctx, "personal.sheet-api", classes=("code",))
                     if h[0] not in listed and h[0] in own_paths and h[0] not in {p for p, _ in cands}})
    # (the records a browser application keeps, declared in a file writing them to localStorage: personal_stored)
    cands += sorted({(h[0], "stored") for h in hits(ctx, "personal.browser-store", classes=("code",))
                     if h[0] not in listed and h[0] in own_paths and h[0] not in {p for p, _ in cands}})
    # (the documents a service builds and writes to MongoDB: personal_documents)
    cands += sorted({(h[0], "document") for h in hits(ctx, "personal.document-store", classes=("code",))
                     if h[0] not in listed and h[0] in own_paths and h[0] not in {p for p, _ in cands}})
    cands += sorted({(h[0], "document-query") for h in hits(ctx, "personal.document-query", classes=("code",))
                     if h[0] not in listed and h[0] in own_paths and h[0] not in {p for p, _ in cands}})
    # (an accounts template's header: the first 40 tables in path order, each over the read limit left)
    tables_csv = [e.path for e in project_files(ctx, tests=False) if CSV_NAME.search(e.path) and e.path not in listed and e.size <= MAX_BYTES][:40]
    cands += [(p, "accounts") for p in tables_csv if account_header(snap.read_bytes(p, limit=MAX_BYTES) or b"")]
    listed |= {p for p, _ in cands}
    cands += sorted({(p, "code") for p in orm_files if p not in listed})  # (a JPA entity or a mongoose schema wherever its file sits: lib/user/model.js)
    listed |= {p for p, _ in cands}
    # (an R Shiny app's files when its form asks a person's name: the rows its server stores that name in; shiny_inputs)
    shiny_inputs = {h[2].lower() for h in hits(ctx, "personal.shiny-name-input", classes=("code",))}
    cands += sorted((e.path, "shiny") for e in own if shiny_inputs and e.path.lower().endswith(".r") and e.size <= MAX_BYTES
                    and e.path not in listed)[:MAX_SHINY]
    listed |= {p for p, _ in cands}
    cands += sorted({(h[0], "scheming") for h in hits(ctx, "personal.scheming-schema") if h[0] not in listed and h[0] in own_paths})  # (a CKAN portal's records)
    listed |= {p for p, _ in cands}
    cands += sorted({(h[0], "validation") for h in hits(ctx, "personal.validation-schema", classes=("code",))
                    if h[0] not in listed and h[0] in own_paths})  # (a form's payload)
    # (South's migrations, generated so no project file: the last of each folder freezes its app's models, coop_local.person's email)
    cands += [(p, "frozen") for p in last_migrations(p for p in snap.files if inv.category(p) == "generated" and not is_test(p)) if p not in listed]
    # (a Rails engine's migrations its install copied into db/migrate/, generated so no project file: the tables they create are the
    # application's, its users' e-mail addresses among them)
    cands += sorted((p, "code") for p in snap.files if p.endswith(".rb") and inv.category(p) == "generated" and _candidate(p) == "code"
                    and not is_test(p) and p not in listed)
    rank = {"code": 0, "frozen": 0, "scheming": 0, "validation": 1, "swift": 0, "dotnet": 0, "drupal": 0, "bean": 0, "javabean": 0, "grails": 0, "prisma": 0, "drizzle": 0, "pocketbase": 0, "cms": 0, "xml": 0, "alfresco": 0, "ldap": 0, "gis": 1, "xsd": 1, "kotlin": 1, "dataclass": 1, "columns": 1, "accounts": 1, "embedded": 1, "json": 1, "layer": 1, "sql": 2, "dictionary": 2,
            "query": 3, "mapping": 3, "parameters": 3, "sheet": 3, "stored": 3, "document": 3, "document-query": 3, "shiny": 3}
    cands = sorted(cands, key=lambda pk: ("migrat" in pk[0].lower() or "/versions/" in pk[0].lower(), rank[pk[1]], pk[0]))[:MAX_FILES]
    snap.prefetch([p for p, _ in cands], limit=MAX_BYTES)
    tables: dict[tuple[str, str], dict] = {}
    accounts: set = set()
    templates: set = set()
    api_clients: set = set()  # (tables holding an API client's credentials: a configured connection, named by a label)
    organisms, organisations = set(), set()
    roles: set = set()  # (a CKAN schema's groups, named by their role in a record: series_member, a dataset of the series, no member)
    # the fields a form's input asks a person's first and last name for ("Prénom Nom"): a column of that name holds a person's name
    typed: dict = {}  # (the enums a field's type names, looked up once: personal_types)
    asked: set = set()  # ((path, table, field) of the columns a form's input asking a person's name fills)
    name_inputs = {h[2].lower() for h in hits(ctx, "personal.name-input", classes=("code", "template")) + hits(ctx, "personal.token-name", classes=("code", "template"))}
    read = 0
    mapped: dict[tuple[str, str], str] = {}  # (path, class) -> the table it maps
    schemas: list[list[str]] = []
    scripts: dict[str, tuple[set[str], set[str]]] = {}  # (each SQL script's created and dropped tables: the migration sequence replayed)
    for path, kind in cands:
        text = snap.read_text(path, limit=MAX_BYTES)
        if not text:
            continue
        # (a file with Windows line ends read as one with LF: the readers end a line at "\n", a class line's ":\r\n" defeated
        # them; line numbers are kept; issue 12, s44 fg44 = ArnaudP17000/TpeComplet's CRLF data classes)
        text = text.replace("\r\n", "\n")
        if kind == "sql":
            scripts[path] = scripted_tables(text)
        if kind == "frozen" and not SOUTH.search(text):
            continue  # (a later Django's migration: operations, no frozen models)
        if kind == "drizzle" and not DRIZZLE_TABLE.search(text):
            continue  # (another schema.ts: a validation or a GraphQL schema, no Drizzle table)
        if kind == "alfresco" and not ALFRESCO_MODEL.search(text[:4096]):
            continue  # (another XML file of a model/ folder: no content model)
        if kind == "ldap" and not LDAP_SCHEMA.search(text):
            continue  # (another *.schema file: no LDAP definitions)
        if kind == "stored" and not (text := stored_record_types(text)):
            continue  # (a file keeping a preference in localStorage, declaring no record type)
        header = account_header(text[:4096].encode("utf-8", "replace")) if kind == "accounts" else []
        # (a data layer, an app's Swift classes, a request's validation schema: no database schema; they count only with people's fields)
        # (nor a script's spreadsheet column map: an index map of any table, a model of people only with their fields)
        # (nor a program's field mapping: the columns of records it moves, a model of people only with their fields)
        # (nor the rows code reads from and writes to a spreadsheet: a sheet of people only with their fields)
        # (nor a JVM class mapped to JSON and to no database: a message's shape, json_messages)
        # (nor an XML Schema: an exchange format's, or a configuration file's, a model of people only with their fields; s48 fc48)
        message = kind == "code" and json_message_class(path, text)
        read += kind not in ("layer", "swift", "validation", "columns", "mapping", "parameters", "sheet", "stored", "document", "document-query", "shiny", "xsd") and not message
        if kind not in ("layer", "swift", "validation", "columns", "mapping", "parameters", "sheet", "stored", "document", "document-query", "shiny", "xsd") and not message:
            schemas.append([path, kind])  # (which: a library's documentation describes no model of its own, see data_storage)
        labelled = {}
        if kind == "scheming":  # (its tables describing an organisation: a publisher's, a group's contact)
            fields, orgs = scheming_fields(text, path.lower().endswith(".json"))
            organisations.update((path, t) for t in orgs)
            roles.update((path, t) for t, _, _ in fields)
        elif kind in ("gis", "dictionary", "alfresco", "ldap", "xsd"):  # each field with its alias or description, read as a COMMENT ON would be
            fields, aliases = gis_fields(text) if kind == "gis" else alfresco_fields(text) if kind == "alfresco" \
                else ldap_fields(text) if kind == "ldap" else xsd_fields(text) if kind == "xsd" else dictionary_fields(text, path)
            labelled = labelled_fields(aliases, comment_rx, org_rx)
        else:
            fields = header if kind == "accounts" else drupal_fields(text) if kind == "drupal" else kotlin_fields(text) if kind == "kotlin" else dataclass_fields(text) if kind == "dataclass" else _json_fields(text) if kind in ("json", "layer") \
                else cms_fields(text) if kind == "cms" else xml_fields(text) if kind == "xml" else validation_fields(text) if kind == "validation" \
                else embedded_sql_fields(text, _constants(snap, path, text)) if kind == "embedded" else selected_fields(text) if kind == "query" else swift_fields(text) if kind == "swift" else column_map_fields(text) if kind == "columns" \
                else field_map_fields(text) if kind == "mapping" else parameter_list_fields(text) if kind == "parameters" else sheet_row_fields(text, _sheet_names(snap, path, text)) if kind == "sheet" \
                else pocketbase_fields(text) if kind == "pocketbase" else frozen_fields(text) if kind == "frozen" else gorm_fields(text) if kind == "grails" else drizzle_fields(text) if kind == "drizzle" \
                else dotnet_fields(text) if kind == "dotnet" else [] if kind == "shiny" \
                else document_fields(text, _document_constants(snap, text)) if kind == "document" \
                else query_fields(text) if kind == "document-query" \
                else _text_fields(text, kind)
        if kind in ("layer", "accounts"):  # a layer or a table with no name of its own: its file's (equipements_sportifs.geojson)
            stem = path.rsplit("/", 1)[-1].split(".")[0]
            fields = [(tb or stem, c, ln) for tb, c, ln in fields]
        stored_names = set()  # (an R Shiny server's columns storing a form's name input: "indiv_resp" = input$indiv, s45 fa45)
        if shiny_inputs and path.lower().endswith(".r"):
            seen = {(t, c) for t, c, _ in fields}
            stored = stored_input_fields(text, shiny_inputs)
            stored_names = {c.lower() for _, c, _ in stored}
            fields += [x for x in stored if (x[0], x[1]) not in seen and not seen.add((x[0], x[1]))]
        if kind == "query":  # (and the columns its INSERTs name: a PHP model's INSERT INTO membres (nom_membre, prenom_membre, email) are
            # the table's fields, which its SELECT * does not name; issue 12, s37 fi37 = Romain64290/zero_dechet)
            seen = {(t, c) for t, c, _ in fields}
            fields += [x for x in written_columns(text, one_line=True) if (x[0], x[1]) not in seen and not seen.add((x[0], x[1]))]
            # (and the columns read by name from a one-table query's result: SELECT * FROM Observateur, then rs.getString("nom"), s43 fk43)
            fields += [x for x in result_columns(text) if (x[0], x[1]) not in seen and not seen.add((x[0], x[1]))]
            if not fields:  # (a `select * from vuecube`: it names no column, no schema read, grounding no "no personal field"; s42 fj42)
                read -= 1
                schemas.pop()
                continue
        if kind == "embedded":  # (a program creating its tables and reading its queries' results by column: SELECT * FROM Observateur, then
            # rs.getString("nom"), s43 fk43 = FeebyxDev/PNR-SAE; result_reads)
            seen = {(t, c) for t, c, _ in fields}
            fields += [x for x in result_columns(text) if (x[0], x[1]) not in seen and not seen.add((x[0], x[1]))]
        if kind == "sql":  # what a script or a view selects, copies or exports (a kit's users.sql: COPY (SELECT r.email …) TO)
            seen = {(t, c) for t, c, _ in fields}
            fields += [x for x in selected_fields(text, max_lines=240, max_chars=24000) + written_columns(text) if (x[0], x[1]) not in seen and not seen.add((x[0], x[1]))]
        if kind == "code" and path in embedded:  # a migration running SQL (Payload's drizzle migration: sql`CREATE TABLE \`users\` (…)`)
            seen = {(t, c) for t, c, _ in fields}
            fields += [x for x in embedded_sql_fields(text, _constants(snap, path, text)) if (x[0], x[1]) not in seen and not seen.add((x[0], x[1]))]
        if kind == "code" and path.endswith(".php"):  # (a CodeIgniter model's $row['email'] read from $this->db->get('personnel'))
            seen = {(t, c) for t, c, _ in fields}
            fields += [x for x in builder_fields(text) + eloquent_fields(text) if (x[0], x[1]) not in seen and not seen.add((x[0], x[1]))]
        if kind == "code" and MONGOOSE.search(text):  # keys named by constants ([API_CONTACT_MAIL]: …), defined here or imported
            fields += mongoose_fields(text, _constants(snap, path, text))
        if kind == "code" and path.endswith(".py"):  # (and a models.py's pydantic models and data classes: JsonLogRecord's first_name: str)
            seen = {(t, c) for t, c, _ in fields}
            fields += [x for x in dataclass_fields(text) if (x[0], x[1]) not in seen and not seen.add((x[0], x[1]))]
            mapped.update(((path, m.group(1)), m.group(2)) for m in MAPPED_TABLE.finditer(text))
            inherited, django_labels = django_fields(text)  # (a Django model's labels and field types; the fields of auth's User it extends)
            fields += [x for x in inherited if (x[0], x[1]) not in seen and not seen.add((x[0], x[1]))]
            labelled = labelled_fields(django_labels, comment_rx, org_rx)
        described = {**trailing_comments(text, fields, comment_rx, org_rx), **_commented_columns(text, comment_rx, org_rx)} if kind == "sql" else labelled
        prefixes = shared_prefixes(fields)  # (role_nom, role_email in t_roles; accounts: a table with a password column)
        named = person_prefixes(fields)  # (provider_ before provider_firstname: a person's role in that table)
        accounts.update((path, t) for t, c, _ in fields if norm_field(str(c)) in ACCOUNT_FIELDS)
        templates.update((path, t) for t, _, _ in fields if kind == "accounts")  # (an accounts template: its rows are people)
        api_clients.update((path, t) for t, c, _ in fields if norm_field(str(c)) in API_CLIENT_FIELDS)
        organisms.update((path, t) for t, c, _ in fields if norm_field(str(c)) in ORGANISM_FIELDS)
        organisations.update(organisation_tables(path, fields, norm_field) | singleton_tables(path, text))
        if kind == "xsd":  # (a schema's GARStructureUAI beside GARStructureEmail: an establishment's code, its e-mail the establishment's)
            organisations.update(organisation_tables(path, unprefixed(fields), norm_field))  # (a one-row table: the service's own contact)
        organisations.update(page_content_tables(path, fields))  # (a CMS's HomeContent: the footer's contact, the organisation's)
        actors = usage_log_actors(fields)  # (who, beside when_, in statistiques_photos_obliques: a usage log)
        visits = log_ip_fields(fields)  # (a visit log's ip_visiteur: the visitor's IP address)
        mails = mail_models(fields)  # (an e-mail's model: its from, to are the sender's and recipients' addresses)
        for table, field, line in fields + [(t, c, ln) for (t, c), (_, ln) in described.items()]:
            nf = norm_field(field)
            if nf not in strong and nf not in weak and kind == "drupal":  # (Drupal's field_ prefix: field_nom, field_email)
                nf = norm_field(field[len("field_"):])
            nf = nf if nf in strong or nf in weak or re.sub(r"\d{1,2}$", "", nf) not in weak else re.sub(r"\d{1,2}$", "", nf)  # adresse1 … adresse4
            if nf not in strong and nf not in weak and FIELD_PREFIX.match(field):
                nf = norm_field(FIELD_PREFIX.sub("", field, count=1))
            if nf not in strong and nf not in weak and (lookup := _lookup_field(field)) and norm_field(lookup[1]) in {**strong, **weak}:
                # contact_points__first__email: an e-mail of the object the path names (a dataset's contact point, not the dataset)
                nf, table = norm_field(lookup[1]), f"{table}.{lookup[0]}" if table else lookup[0]
            nf = nf if nf in strong or nf in weak else compound_contact(field, {**weak, **strong}) or nf  # (_strMail, _strIdTelephone, sender_email; _strAddressValue)
            if nf not in strong and nf not in weak:  # (provider_firstname: a name after a role; provider_contact beside it: their contact)
                nf = prefixed_name(field) or prefixed_field(field, named.get(table), strong.keys() | weak.keys()) or nf
                nf = nf if nf in strong or nf in weak else numbered_part_field(field, strong.keys() | weak.keys()) or nf  # (quest0_nom)
            if mails and table in mails and nf not in strong and nf not in weak and norm_field(field) in ADDRESS_FIELDS:
                nf = "recipients"  # (an e-mail model's from, to: the correspondents' addresses, as its recipients, bcc)
            if nf in MAIL_PARTS and norm_field(table).rstrip("s") in MAIL_TYPES:  # (Mail.adresse: a type of its own for an e-mail address)
                nf = "email"
            if nf not in strong and nf not in weak and prefixes.get(table) and field.lower().startswith(prefixes[table]):
                nf = norm_field(field[len(prefixes[table]):])
            bare = _merise_name(field, table)
            if nf not in strong and nf not in weak and bare:  # NOM_UTILISATEURINFORMATIONS in utilisateurinformations: nom
                nf = norm_field(bare)
            if nf not in strong and nf not in weak and "_" in field.strip("_"):  # prenom_usager, nom_agent, date_naissance_x, adresse_perso
                nf = norm_field(qualified_field(field, strong.keys() | weak.keys()) or nf)
            if nf not in strong and nf not in weak:  # (agtPrenom, agtMatricule: an agent's first name and staff number; a strong field
                nf = abbreviated_field(field, strong.keys()) or nf  # only: fileName, docName, typeName are a file's, a document's, a type's)
            cat, strength = (strong[nf], "strong") if nf in strong else (weak[nf], "weak") if nf in weak else (None, None)
            if (table, field) in actors:
                cat, strength = "activity", "strong"
            elif (table, field) in visits:
                cat, strength = "ip", "strong"
            elif (table, field) in described and (not cat or strength == "weak"):  # its COMMENT ON says what it holds (propmail 'Email du propriétaire')
                cat, strength = described[(table, field)][0], "strong"
            elif not cat and (str(field).lower() in name_inputs or str(field).lower() in stored_names):  # (proprietaire, its input asking "Prénom Nom": the owner's name)
                cat, strength = "identity", "strong"
                asked.add((path, table or "", field))  # (a form asked a person's name for it: whatever the table's records, a person's name)
            if not cat and nf in address_parts and {norm_field(w) for w in FIELD_WORDS.split(table or "")} & {"adresse", "adresses", "address", "addresses"}:
                cat, strength = "address", "weak"  # (a table of addresses' street and complement: SELECT id, voie, complement FROM adresse)
            if nf in person_keys:  # (a staff number beside a vaccine's name: whose health it is)
                keyed.add(("drupal", table) if kind == "drupal" and table else (path, table))
            columns.setdefault(("drupal", table) if kind == "drupal" and table else (path, table), set()).update((nf, norm_field(field)))
            if cat == "correspondents" and flag_column(text, field):  # (enfants.destinataire set to '0' or '1': a flag, no one's address)
                continue
            if cat in TEXT_ONLY and path.rsplit(".", 1)[-1] in ("java", "kt", "ts", "cs", "groovy", "scala") and non_text_field(snap, text, field, typed):
                continue  # (an `int value`, an @Enumerated destinataire: no name, address nor correspondent; personal_types)
            if not cat:
                continue
            # (a Drupal entity's fields, one configuration file each: one model per entity)
            key = ("drupal", table) if kind == "drupal" and table else (path, table)
            t = tables.setdefault(key, {"path": path, "table": table or None, "fields": []})
            if not any(f["name"] == field for f in t["fields"]):
                t["fields"].append({"name": field, "category": cat, "strength": strength, "line": line})
    found, things = [], _things()
    # (the project saying its records are people's, "user location data": a table of addresses holds their postal addresses)
    readme = next((p for p in sorted(snap.files) if "/" not in p and re.match(r"readme(?:\.\w+)?$", p, re.I)), None)
    people_addresses = bool(readme and PEOPLE_ADDRESSES.search(snap.read_text(readme, limit=64 * 1024) or ""))
    numbered = frozenset(norm_field(t) for t in pd.get("numbered_things") or [])
    texts: dict[str, list[str]] = {}
    dropped = dropped_later(scripts)  # (a table a later upgrade script drops: no part of the current schema)
    for key, t in tables.items():
        if (t["path"], table_key(t["table"] or "")) in dropped:
            continue
        if any(f["category"] == "energy" and norm_field(f["name"]) in PDL_NAMES for f in t["fields"]):
            t["fields"] = [f for f in t["fields"] if not (f["category"] == "energy" and norm_field(f["name"]) in PDL_NAMES)
                           or _energy_context(snap, texts, t, f)]
        if any(norm_field(f["name"]) in birth_short for f in t["fields"]) and not birth_abbreviation_kept(columns.get(key, set()), directory):
            t["fields"] = [f for f in t["fields"] if norm_field(f["name"]) not in birth_short]  # (a pipe's dn, an LDAP entry's)
        name = norm_field(re.sub(r"_(?:aud|audit|hist|history|log)$", "", t["table"] or "", flags=re.I))  # (Envers' Establishment_AUD: the audited table's rows)
        thing = name in things or name.rstrip("s") in things or names_a_thing(t["table"] or "", things, person_tables) \
            or names_parameters(t["table"] or "", person_tables)  # (par_parametre_date_agent's par_nom: a date parameter's name)
        if thing or (t["path"], t["table"] or "") in organisations:
            # a taxon's or a town's name; an organisation's switchboard, e-mail and address (md.structure's tel, fax; an office's)
            # (an office's holders named in it, the Annuaire de l'administration's affectation_personne, are people); public
            # equipment's delivery point (a street-lighting cabinet's PDL: the installation's meter, no household's)
            # (but a person's the column names by role is theirs: a commune's nom_referent, tel_referent, mail_referent)
            t["fields"] = [f for f in t["fields"] if f["category"] not in ("identity", "phone", "email", "address", "contact", "staff", "location")
                           + (("energy",) if thing else ()) or (not thing and f["category"] == "identity" and f["strength"] == "strong")
                           or (f["strength"] == "strong" and of_a_person(f["name"])) or (t["path"], t["table"] or "", f["name"]) in asked]
            # (and its bank details: a supplier's iban beside its siret is the company's account, no person's identifier; s43 ff43)
            t["fields"] = [f for f in t["fields"] if not ({norm_field(f["name"])} | {w.lower() for w in FIELD_WORDS.split(f["name"])}) & BANK_FIELDS
                           or of_a_person(f["name"])]
        if names_a_numbered_thing(t["table"] or "", numbered, person_tables):  # (a vehicle's or a meter's matricule: its number)
            t["fields"] = [f for f in t["fields"] if f["category"] != "staff" or of_a_person(f["name"])]
        if ORGANISM_TABLE.search(name) or (t["path"], t["table"]) in organisms:
            t["fields"] = [f for f in t["fields"] if f["strength"] == "strong" and norm_field(f["name"]) not in AMBIGUOUS_NAMES]
        person = any(norm_field(n) in person_tables or norm_field(n.rstrip("s")) in person_tables
                     for n in (t["table"] or "", (t["table"] or "").rsplit("_", 1)[-1], (t["table"] or "").rsplit(".", 1)[-1],
                               _RECORD_SUFFIX.sub("", t["table"] or "")))  # (app_user; Folder.owner; UserData, PointageRecord: a type of its records)
        person = (person or (t["path"], t["table"]) in templates) and (t["path"], t["table"]) not in api_clients | roles
        person = person or (people_addresses and not thing and address_table(t["table"] or "", t["fields"]))
        if not person and (t["path"], t["table"]) not in accounts and {f["category"] for f in t["fields"]} == {"identity"} and \
                all(norm_field(f["name"]) in AMBIGUOUS_NAMES for f in t["fields"] if f["strength"] == "strong"):
            # alone, a "nom d'usage" or a full name may be an itinerary's or a building's (a cycle route's nomusage), with a bare
            # "name" too (a repository reference's fullName "owner/repo" and name)
            t["fields"] = []
        if not person and key not in keyed and not {f["category"] for f in t["fields"] if f["strength"] == "strong"} & PERSON_CATEGORIES:
            t["fields"] = [f for f in t["fields"] if f["category"] != "health"]  # (a tree's pathology, an animal's vaccine: no one's health)
        if not person:  # (a position is a person's in a person's record only: a report's latitude is where the pothole is)
            t["fields"] = [f for f in t["fields"] if f["category"] != "location"]
            # A weak field ("name", "sexe") is a person's in a table about people (a first name, a birth date, a national
            # identifier), beside a strong field of its kind, or in a person's table; beside an e-mail or a phone only,
            # "name" may be a perimeter's or an establishment's.
            strong_cats = {f["category"] for f in t["fields"] if f["strength"] == "strong"}
            if not strong_cats & PERSON_CATEGORIES:
                t["fields"] = [f for f in t["fields"] if f["strength"] == "strong" or f["category"] in strong_cats]
        if any(f["strength"] == "strong" for f in t["fields"]) or (person and t["fields"]):
            t["fields"] = t["fields"][:15]
            t["categories"] = sorted({f["category"] for f in t["fields"]})
            found.append(t)
    found.sort(key=lambda t: (-len(t["categories"]), t["path"], t["table"] or ""))
    cats = sorted({c for t in found for c in t["categories"]})
    found = merge_joined(found)  # (a join's "Observateur, aobserve" when observateur is found: one table)
    forms = form_fields(hits(ctx, "personal.form-field", "personal.form-type", "personal.form-item", "personal.form-builder"), strong, norm_field)
    # one table is counted once, however many files name it (created by one script, filled by another, read by its DAO)
    # (and a model with the table it maps: Constats, __tablename__ "t_constats", is the t_constats a SQL script creates)
    total = len({(mapped.get((t["path"], t["table"] or "")) or t["table"] or "").lower() or t["path"] for t in found})
    return {"schemas_read": read, "schemas": schemas, "form_fields": dict(sorted(forms.items())), "unread_sql": unread[:10], "unread_sql_total": len(unread), "read_limit": MAX_BYTES, "tables": found[:30], "tables_total": total, "categories": cats,
            "special": [c for c in cats if (pd["categories"].get(c) or {}).get("special")],  # (GDPR art. 9: health)
            "labels": {c: labels[c] for c in sorted(set(cats) | set(forms))}, "data": data_about("personal_data.yml")}
