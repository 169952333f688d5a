"""Tables and models written inside code, read for the ``personal_data`` fact (see :mod:`.personal`).

- SQL DDL inside strings of code: ``CREATE TABLE IF NOT EXISTS ${TBL_USERS} (`` + ``username TEXT,`` + … (a Node service
  creating its SQLite tables), ``cur.execute(\"\"\"CREATE TABLE contact (nom text, …)\"\"\")``: the pieces are joined, the
  table's name is the constant interpolated (``TBL_USERS`` → ``users``), each column definition gives a field.
- Mongoose schemas whose keys are constants (``[API_CONTACT_MAIL]: {type: String}``), resolved through the constants the
  model file and the relative modules it imports define (``export const API_CONTACT_MAIL = 'email'``).

- The fields an arcpy script adds to its feature classes (``arcpy.AddField_management(nomFC, "courriel", "TEXT", field_alias=…)``)
  and the typed rows of a Markdown data dictionary (``| ct_nom | Nom du référent | varchar(150) |``), with their aliases and
  descriptions, which ``described`` reads as a COMMENT ON is read; and a data model's bulleted column lists (``- SaisiPar: Email
  utilisateur`` under ``## Feuille 4: Participation_T1``).

Everything is read as text, bounded in characters, statements and imported files; nothing is run.

Longer than 400 lines: tables written inside code in several languages, each reader small, all feeding the one personal_data fact.
"""

from __future__ import annotations

import posixpath
import re

from auditor.facts.scaling.dictionary_rows import column_lists
from auditor.facts.scaling.personal_comments import comment_category
from auditor.lazyre import lazy_compile

MAX_STATEMENTS = 40
MAX_STATEMENT_CHARS = 8000

# a field's or a table's name cut in its words: at what is no letter or digit, and where a capital follows a small letter (prenomUsager)
FIELD_WORDS = lazy_compile(r"[\W_]+|(?<=[a-z])(?=[A-Z])")

CREATE = lazy_compile(r"\bcreate\s+(?:unlogged\s+|temporary\s+|temp\s+)?table\s+(?:if\s+not\s+exists\s+)?", re.I)
# a string closed, joined and opened again: `…,` + `…` (JS), "…" +\n "…" or "…"\n + "…" (Java), '…' . '…' (PHP), "…"\n"…" (Python)
_GLUE = lazy_compile(r"""(['"`])[ \t]*(?:[+.][ \t]*\\?\n?[ \t]*|\\?\n[ \t]*(?:[+.][ \t]*)?)\1""")  # (or the operator opening the next line)
# an identifier spliced into the string: ${TBL_USERS}, {table}, #{name}, " + TABLE_NAME + "
# and PHP's variables: "CREATE TABLE {$p}citoyens (", "CREATE TABLE $table_name (", "CREATE TABLE " . $this->table . " ("
_SPLICE = lazy_compile(r"""\$\{\s*(?:[\w.]+\.)?(\w+)\s*\}|#\{\s*(\w+)\s*\}|(?<![\w$])\{\s*(\w+)\s*\}|"""
                       r"""(['"`])\s*[+.]\s*\$?(?:\w+(?:\.|->))*(\w+)\s*[+.]\s*\4|\{\$(?:\w+->)*(\w+)\}|(?<![\w$\\])\$(\w+)\b""")
_NAME = lazy_compile(r"""\s*[`"\[]?([\w.]+?)[`"\]]?\s*\(""")
_TABLE_AFFIX = lazy_compile(r"^(?:tbl|table|tb|t)_|_(?:table|tbl)$", re.I)
# a quote escaped inside the string that holds the SQL: a JS template literal's \`users\` (drizzle/Payload migrations: sql`CREATE TABLE
# \`users\` (\`email\` text NOT NULL …)`), a Java or PHP string's \"nom\"
_ESCAPED_QUOTE = lazy_compile(r"""\\([`"'])""")
_CONSTRAINT = {"primary", "constraint", "foreign", "unique", "check", "key", "index", "exclude", "like", "fulltext", "spatial"}




def _top_level_items(body: str) -> list[str]:
    """A list's items split at its commas outside parentheses (a CREATE TABLE's body, a SELECT's columns)."""
    parts, depth, cur = [], 0, []
    for ch in body:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "," and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return parts


def _columns(body: str) -> list[str]:
    """The column names of a CREATE TABLE's parenthesised body (constraints left out)."""
    out = []
    for p in _top_level_items(body):
        words = re.findall(r"""[`"\[]?(\w+)[`"\]]?""", p)
        if len(words) >= 2 and words[0].lower() not in _CONSTRAINT:
            out.append(words[0])
    return out


def embedded_sql_fields(text: str, consts: dict[str, str] | None = None) -> list[tuple[str, str, int]]:
    """``(table, column, line)`` of the tables created by SQL written inside the code's strings; an identifier spliced in
    takes the value of the constant it names (``${TBL_USERS}`` with ``TBL_USERS = 'Users'``)."""
    out: list[tuple[str, str, int]] = []
    consts = consts or {}

    def _splice(m: re.Match) -> str:
        name = next(g for g in (m.group(1), m.group(2), m.group(3), m.group(5), m.group(6), m.group(7)) if g)
        if (m.group(6) or m.group(7)) and m.end() < len(m.string) and (m.string[m.end()].isalnum() or m.string[m.end()] == "_"):
            return ""  # a PHP variable glued to a name ({$p}citoyens, $wpdb->prefix's table prefix): the prefix, the name follows
        return consts.get(name, name)
    for n, m in enumerate(CREATE.finditer(text)):
        if n >= MAX_STATEMENTS:
            break
        piece = _SPLICE.sub(_splice, _GLUE.sub("", _ESCAPED_QUOTE.sub(r"\1", text[m.end(): m.end() + MAX_STATEMENT_CHARS])))
        name = _NAME.match(piece)
        if not name:
            continue
        table = _TABLE_AFFIX.sub("", name.group(1).rsplit(".", 1)[-1])
        depth, end = 1, None
        for i in range(name.end(), len(piece)):
            depth += {"(": 1, ")": -1}.get(piece[i], 0)
            if depth == 0:
                end = i
                break
        if end is None:
            continue
        line = text.count("\n", 0, m.start()) + 1
        for col in _columns(piece[name.end(): end])[:60]:
            at = text.find(col, m.end())
            out.append((table, col, text.count("\n", 0, at) + 1 if at >= 0 else line))
    return out


# A query written in the code's strings, whose selected columns the code handles and usually shows ("SELECT … s.observateurs …
# FROM synthese.syntheseff s" of a PHP script publishing a week's observations as GeoJSON; "concat(tr.nom_role, ' ',
# tr.prenom_role) as observateurs" of a dashboard listing its observers).
SELECT = lazy_compile(r"\bselect\s+(?:distinct\s+)?", re.I)
_FROM = lazy_compile(r"\bfrom\s+[`\"\[]?([\w.]+)", re.I)
_ALIAS = lazy_compile(r"\bas\s+[`\"\[]?(\w+)[`\"\]]?\s*$|(?:^|[\s(.])[`\"\[]?([A-Za-z_]\w*)[`\"\]]?\s*$", re.I)


# A SQL script writing a table with its column list over several lines (a GeoNature copy script's "COPY tmp_users (uuid_role,
# prenom_role, nom_role, email …) FROM :'csvFilePath'", "INSERT INTO t_roles(\n    nom_role,\n    email …)"): the columns it fills
# (a form's hundred answers, one column each, in one list: bounded by 8,000 characters, the columns by 200 a file)
_WRITTEN = lazy_compile(r"""\b(?:insert\s+into|copy)\s+[`"\[]?(?:\w+[`"\]]?\.[`"\[]?)?(\w+)[`"\]]?\s*\(([\w\s,`"\[\]]{1,8000})\)""", re.I)


def written_columns(text: str, one_line: bool = False) -> list[tuple[str, str, int]]:
    """``(table, column, line)`` of the column lists of ``INSERT INTO``/``COPY`` statements that span lines (bounded); with
    ``one_line``, those written on one line too (a query file's ``INSERT INTO membres (nom_membre, prenom_membre, email)``, whose
    lines are not read as a schema's)."""
    out: list[tuple[str, str, int]] = []
    for n, m in enumerate(_WRITTEN.finditer(text)):
        if n >= MAX_STATEMENTS:
            break
        if "\n" not in m.group(2) and not one_line:  # (one line: read with the line's other fields)
            continue
        for col in re.finditer(r"\w+", m.group(2)):
            out.append((m.group(1), col.group(0), text.count("\n", 0, m.start(2) + col.start()) + 1))
    return out[:200]


# -- mongoose schemas --------------------------------------------------------------------------------------------
MONGOOSE = lazy_compile(r"\bnew\s+(?:mongoose\.)?Schema\s*\(")
_SCHEMA_VAR = lazy_compile(r"\b(\w+?)_?Schema\s*=\s*new\s+(?:mongoose\.)?Schema\s*\(")
_MODEL = lazy_compile(r"""\bmodel\(\s*['"](\w+)['"]""")
_KEY = lazy_compile(r"""^\s*(?:\[\s*(?:\w+\.)*([A-Za-z_]\w*)\s*\]|['"]?([A-Za-z_]\w*)['"]?)\s*:\s*"""
                    r"""(?:\{|\[|String\b|Number\b|Date\b|Boolean\b|Buffer\b|Map\b|(?:mongoose\.)?Schema\.Types\.|\w+Schema\b)""")
_CONST = lazy_compile(r"""^[^\S\n]*(?:export\s+)?(?:const|let|var)\s+([A-Z][A-Z0-9_]*)\s*=\s*['"]([\w.-]{1,80})['"]"""
                      r"""|^[^\S\n]*(?:module\.)?exports\.([A-Z][A-Z0-9_]*)\s*=\s*['"]([\w.-]{1,80})['"]""", re.M)
_IMPORT = lazy_compile(r"""\bfrom\s+['"](\.{1,2}/[^'"]+)['"]|\brequire\(\s*['"](\.{1,2}/[^'"]+)['"]\s*\)""")
MAX_IMPORTS = 6


def constants(text: str) -> dict[str, str]:
    """The string constants a module defines (``export const API_CONTACT_MAIL = 'email'``)."""
    return {(m.group(1) or m.group(3)): (m.group(2) or m.group(4)) for m in _CONST.finditer(text)}


def imported_paths(path: str, text: str, files) -> list[str]:
    """The repository files a module imports by relative path (``'../../db/dbFields.js'``), at most MAX_IMPORTS."""
    base = posixpath.dirname(path)
    out = []
    for m in _IMPORT.finditer(text):
        target = posixpath.normpath(posixpath.join(base, m.group(1) or m.group(2)))
        for cand in (target, target + ".js", target + ".ts", target + ".mjs", target + "/index.js", target + "/index.ts"):
            if cand in files and cand not in out:
                out.append(cand)
                break
        if len(out) >= MAX_IMPORTS:
            break
    return out


def mongoose_fields(text: str, consts: dict[str, str]) -> list[tuple[str, str, int]]:
    """``(model, field, line)`` of a mongoose schema; a computed key takes the value of the constant it names."""
    var = _SCHEMA_VAR.search(text)
    model = _MODEL.search(text)
    table = (model.group(1) if model else "") or (var.group(1) if var else "")
    start = text.count("\n", 0, MONGOOSE.search(text).start())
    out = []
    for i, line in enumerate(text.splitlines()[start:], start + 1):
        if len(line) > 400:
            continue
        k = _KEY.match(line)
        if not k:
            continue
        name = consts.get(k.group(1)) if k.group(1) else k.group(2)
        if name:
            out.append((table, name, i))
    return out


# -- a GIS script's feature classes and a Markdown data dictionary (personal_data's "gis" and "dictionary" candidates) --------------
def described(labels: dict, patterns: list, organisation: re.Pattern | None) -> dict[tuple[str, str], tuple[str, int]]:
    """{(table, field): (category, line)} for the fields whose label or description names personal data (as a COMMENT ON does)."""
    out = {}
    for key, (label, line) in labels.items():
        cat = comment_category(label, patterns, organisation)
        if cat:
            out[key] = (cat, line)
    return out


GIS_FIELD = lazy_compile(r"""\bAddField(?:_management)?\s*\(\s*([\w.]+)\s*,\s*["'](\w+)["']([^)\n]{0,300})""")
GIS_ALIAS = lazy_compile(r"""\bfield_alias\s*=\s*["']([^"'\n]{1,120})["']""")


def gis_fields(text: str) -> tuple[list[tuple[str, str, int]], dict]:
    """The fields an arcpy script adds to its feature classes (the class's variable as the table) and their aliases."""
    out, labels = [], {}
    for m in GIS_FIELD.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        out.append((m.group(1), m.group(2), line))
        alias = GIS_ALIAS.search(m.group(3))
        if alias:
            labels[(m.group(1), m.group(2))] = (alias.group(1), line)
    return out[:500], labels


DICT_ROW = lazy_compile(r"^\|\s*`?([a-z][a-z0-9_]{1,40})`?\s*\|\s*([^|\n]{0,200})\|", re.I | re.M)
DICT_TYPE = lazy_compile(r"\|\s*`?(?:varchar|character varying|char|text|integer|int|bigint|numeric|boolean|date|timestamp)\b", re.I)


# The database table a Markdown dictionary's block describes, named just above it (`[m_fonc].[geo_achat]` : table des…, `m_fonc.geo_achat`,
# "### Table `geo_achat`"): its rows are that table's columns, the table a SQL script of the repository creates, counted once with it
# (issue 12, s46 fe46 = sigagglocompiegne/foncier: doc_admin_bd_fon.md's blocks counted as a third table beside the two they describe)
_NAMED_TABLE = lazy_compile(r"`\[?\w{1,60}\]?\.\[?(\w{1,60})\]?`|^#{1,6}[^\S\n]+[^\n`]{0,60}`(\w{1,60})`[^\S\n]*$")
_NAMED_TABLE_LINES = 6


def _described_table(lines: list[str], row: int) -> str | None:
    """The table named on the line before the Markdown table holding line ``row`` (1-based), blank lines skipped; None."""
    i = row - 1
    while i > 0 and lines[i - 1].lstrip().startswith("|") and row - i < 500:  # (up to the table's header row)
        i -= 1
    for j in range(i - 1, max(i - 1 - _NAMED_TABLE_LINES, -1), -1):
        if not lines[j].strip():
            continue
        m = _NAMED_TABLE.search(lines[j][:400])
        return (m.group(1) or m.group(2)) if m else None
    return None


def dictionary_fields(text: str, path: str) -> tuple[list[tuple[str, str, int]], dict]:
    """The typed rows of a Markdown data dictionary (| ct_nom | Nom du référent | varchar(150) |): the table named just above its
    block, else the file's name as the table."""
    own = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    lines = text.splitlines()
    out, labels = [], {}
    for m in DICT_ROW.finditer(text):
        end = text.find("\n", m.start())
        if not DICT_TYPE.search(text[m.end() - 1: end if end != -1 else len(text)]):
            continue
        line = text.count("\n", 0, m.start()) + 1
        table = _described_table(lines, line) or own
        out.append((table, m.group(1), line))
        labels[(table, m.group(1))] = (m.group(2).strip(), line)
    listed, described = column_lists(text)  # (and the bulleted column lists of a sheet's or a table's section: "- SaisiPar: Email utilisateur")
    return (out + listed)[:500], {**described, **labels}


# -- Kotlin data classes (personal_data's "kotlin" candidates) ------------------------------------------------------------------------
KOTLIN_DATA_CLASS = lazy_compile(r"\bdata\s+class\s+(\w+)\s*(?:<[^>\n]{0,200}>)?\s*(?:\w+\s+)?(?:constructor\s*)?\(")
KOTLIN_PROPERTY = lazy_compile(r"(?:^|[,(])\s*(?:@[\w.]+(?:\([^)\n]{0,200}\))?\s+)*(?:(?:override|private|public|internal|protected|open)\s+)*va[lr]\s+(\w+)\s*:")
_KOTLIN_COMMENT = lazy_compile(r"/\*(?:(?!/\*).)*?\*/|//[^\n]*", re.S)


def kotlin_fields(text: str) -> list[tuple[str, str, int]]:
    """The properties of each Kotlin data class's primary constructor (``data class User(val email: Email, val name: String)``),
    comments blanked (line numbers kept)."""
    code = _KOTLIN_COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
    out = []
    for m in KOTLIN_DATA_CLASS.finditer(code):
        depth, i = 1, m.end()
        while i < len(code) and depth and i - m.end() < MAX_STATEMENT_CHARS:
            depth += {"(": 1, ")": -1}.get(code[i], 0)
            i += 1
        params = code[m.end(): i - 1]
        for p in KOTLIN_PROPERTY.finditer(params):
            out.append((m.group(1), p.group(1), code.count("\n", 0, m.end() + p.start(1)) + 1))
        if len(out) > 500:
            break
    return out


# Drupal's fields: a Features export (*.features.field_base.inc, *.features.field.inc: 'field_name' => 'field_email'), a
# module's .install creating fields (FieldStorageConfig::create(['field_name' => 'field_nom', 'entity_type' => 'user'…])) or a
# configuration export (config/install/field.storage.user.field_nom.yml: field_name: field_nom, entity_type: user). The
# entity or bundle named nearest (within a few lines) is the table; the field keeps its name (field_nom).
DRUPAL_FIELD = lazy_compile(r"""^\s*(?:['"]field_name['"]\s*=>\s*['"](field_\w+)['"]|field_name:\s*['"]?(field_\w+))""")
_DRUPAL_HOLDER = lazy_compile(r"""^\s*(?:['"](?:bundle|entity_type)['"]\s*=>\s*['"](\w+)['"]|(?:bundle|entity_type):\s*['"]?(\w+))""")


def drupal_fields(text: str) -> list[tuple[str, str, int]]:
    """(entity or bundle, field, line) of the Drupal fields a file defines."""
    lines = text.splitlines()[:20000]
    holders = [(i, m.group(1) or m.group(2)) for i, line in enumerate(lines, 1) if (m := _DRUPAL_HOLDER.search(line))]
    out = []
    for i, line in enumerate(lines, 1):
        m = DRUPAL_FIELD.search(line)
        if m:
            near = min((h for h in holders if abs(h[0] - i) <= 25), key=lambda h: (abs(h[0] - i), h[0]), default=None)
            out.append((near[1] if near else "", m.group(1) or m.group(2), i))
        if len(out) >= 500:
            break
    return out


def form_fields(found, strong: dict, norm_field) -> dict[str, list]:
    """The personal fields the project's forms collect, by category, from the ``personal.form-field`` hits ``found`` (strong
    names only: e-mail, first name, phone, birth date…; SPIP's email_message_auteur read by its words), at most 5 per category."""
    forms: dict[str, list] = {}
    for path, line, name, _cls in found:
        words = [w for w in re.split(r"[-_]", name) if w]
        cat = strong.get(norm_field(name.replace("-", "_"))) or strong.get(norm_field(words[0])) or strong.get(norm_field(words[-1]))
        if cat and not any(f[2] == name for f in forms.get(cat, [])) and len(forms.get(cat, [])) < 5:
            forms.setdefault(cat, []).append([path, line, name])
    return forms


# a person's name words after a role (user_lastname, owner_firstname; _strUserLastName, _strUserSecondName)
_IDENTITY_WORDS = {"lastname", "firstname", "secondname", "middlename", "familyname", "givenname", "surname", "prenom"}
_TYPED_MEMBER = lazy_compile(r"^_(?:str|n|b|d|date|l|ts)(?=[A-Z])")
_CONTACT_WORDS = {"email", "mail", "courriel", "telephone", "phone", "tel"}
# (after the word, only a person's role: mailExpediteur, mailContact, mailTo are a service's configured addresses)
_PEOPLE_AFTER = {"user", "utilisateur", "author", "auteur", "owner", "signaleur", "demandeur", "requester", "agent", "person", "personne", "client",
                 "customer", "usager", "reporter", "citizen", "citoyen", "member", "membre", "proprietaire", "beneficiaire"}
_ROLE_WORDS = {"sender", "recipient", "expediteur", "destinataire", "contact", "user", "utilisateur", "author", "auteur", "owner", "signaleur",
               "demandeur", "requester", "agent", "person", "personne", "client", "customer", "usager", "reporter", "citizen", "citoyen",
               "member", "membre", "manager", "referent", "responsable", "proprietaire", "beneficiaire", "from", "reply", "to", "cc"}


def compound_contact(field: str, strong: dict) -> str | None:
    """A contact field named with a role or a type prefix: Lutece's typed members (``_strMail``, ``_strIdTelephone``), a role before
    the word (``sender_email``, ``recipient_email``, ``mailExpediteur`` aside) or a person's after it (``mailUser``): the contact word, when that word is a
    field of ``strong``; a typed member's bare name (``_strAddressValue``: address) when it is one; None otherwise."""
    name = _TYPED_MEMBER.sub("", field)
    words = [w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", name)]
    if name != field and len(words) >= 2 and words[-1] in ("value", "valeur"):  # an attribute's value beside its certifier (_strFamilyNameValue)
        words = words[:-1]
    if len(words) >= 2 and words[-1] in _CONTACT_WORDS and words[-1] in strong and (name != field or words[-2] in _ROLE_WORDS):
        return words[-1]  # (a role: sender_email; not the mail's subject_email, message_email, nor a switch alertMail)
    if len(words) == 2 and words[0] in _CONTACT_WORDS and words[0] in strong and words[1] in _PEOPLE_AFTER:
        return words[0]  # (the role after the word: an iOS model's mailUser, emailDemandeur)
    if name != field and "".join(words) in strong:
        return "".join(words)
    for k in (1, 2):  # a role before a person's name words (user_lastname, announcer_firstname; _strUserLastName)
        tail = "".join(words[-k:])
        if len(words) > k and tail in _IDENTITY_WORDS and tail in strong and words[-k - 1] in _ROLE_WORDS:
            return tail
        # (or before a contact of two words, user_email_address, owner_phone_number; or before a postal address, user_address, the
        # person's own: a request's fields, idgo-extractor's "adresse postale de l'utilisateur", issue 12, s35 ab35)
        if len(words) > k and k == 2 and tail in strong and words[-2] in _CONTACT_WORDS and words[-k - 1] in _PEOPLE_AFTER:
            return tail
        if len(words) == k + 1 and tail in _POSTAL_WORDS and words[0] in _PEOPLE_AFTER - {"client", "customer"} and "adressedomicile" in strong:
            return "adressedomicile"
    return None


_POSTAL_WORDS = {"address", "adresse", "postaladdress", "adressepostale"}  # (not a client's: socketserver's client_address is an IP)


# A personal field's word before a person's role (prenom_usager, nom_agent, mail_contact) or a qualifier (adresse_perso, tel_fixe):
# the field; a birth date or first name with anything after it (date_naissance_enfant). Not after a thing's name (nom_commune,
# nom_voie, adresse_ip, tel_service keep their reading).
_PERSON_ROLES = (_PEOPLE_AFTER - {"client", "customer"}) | {"contact", "habitant", "eleve", "enfant", "parent", "pere", "mere", "conjoint",
                                                           "responsable", "referent", "benevole", "adherent", "elu", "signataire",
                                                           "declarant", "observateur", "interlocuteur", "titulaire", "locataire",
                                                           "occupant", "salarie", "employe", "redacteur", "instructeur"}
_QUALIFIERS = {"perso", "personnel", "personnelle", "prive", "privee", "domicile", "usuel", "usuelle", "fixe", "mobile", "portable", "pro",
               "professionnel", "professionnelle"}
_HOME = {"perso", "personnel", "personnelle", "prive", "privee", "domicile"}
_ANY_AFTER = {"prenom", "prenoms", "firstname", "givenname", "datenaissance", "datedenaissance", "lieunaissance", "lieudenaissance",
              "birthdate", "dateofbirth"}


def of_a_person(field: str) -> bool:
    """The column names whose value it holds by the person's role after its first word (nom_referent, tel_referent, mail_responsable):
    a named person's, even in a table of things or of an organisation (a commune's referent: their name, phone and e-mail; issue 12,
    s34 e34). Not a contact (a commune's mail_contact may be its mailbox)."""
    words = [w.lower() for w in FIELD_WORDS.split(field) if w]
    return any(w in _PERSON_ROLES and w != "contact" for w in words[1:])


def qualified_field(field: str, known) -> str | None:
    """The personal field a compound column names by its first words (``prenom_usager``: prenom; ``nom_agent``: lastname, a
    person's name; ``date_naissance_x``: datenaissance), when those words are one of ``known`` and the rest a person's role or a
    qualifier of a personal value; None otherwise. A role numbered (``nom_agent1``, ``nom_agent2``: the first and the second agent
    of a report; issue 12, s36 h36 = PnEcrins/GeoConstats) is that role."""
    words = [w.lower() for w in FIELD_WORDS.split(field) if w]
    words = words[:1] + [w.rstrip("0123456789") if w.rstrip("0123456789") in _PERSON_ROLES else w for w in words[1:]]
    for k in (1, 2, 3):
        head, rest = "".join(words[:k]), words[k:]
        if not rest or head not in known:
            continue
        if head in _ANY_AFTER:
            return head
        if all(w in _PERSON_ROLES or w in _QUALIFIERS or w.isdigit() for w in rest):
            if head in ("adresse", "address") and set(rest) & _HOME:  # (adresse_perso: a person's home)
                return "adressedomicile"
            return "lastname" if head in ("nom", "name") and any(w in _PERSON_ROLES for w in rest) else head
    return None


# camelCase "<a short lowercase prefix><Field>": the prefix abbreviates whose or what the field is (agtPrenom, agtMatricule: an agent's,
# usrEmail), the rest is a personal field's own name; a flag or an accessor's prefix (isNom, hasEmail, nbPrenom, getNom) or a label's
# (lblNom, libNom: the text shown beside a field) names no value of a person
_ABBREVIATED = lazy_compile(r"^([a-z]{2,4})([A-Z][a-z][A-Za-z0-9]*)$")
_NOT_ABBREVIATIONS = frozenset({"is", "has", "nb", "nbr", "can", "get", "set", "show", "hide", "use", "with", "on", "to", "min", "max", "len",
                                "cnt", "tot", "lbl", "lib", "btn", "chk", "err", "msg", "help", "icon", "sort", "by"})


def abbreviated_field(field: str, known) -> str | None:
    """The personal field a camelCase name writes after an abbreviated role (``agtPrenom``: prenom, an agent's first name;
    ``agtPrenomDossier``: prenom, through :func:`qualified_field`), when that rest is one of ``known``; None for a word holding the
    field's name inside it (``agtPrenomination``) or a flag's prefix (``isPrenom``)."""
    m = _ABBREVIATED.match(field or "")
    if not m or m.group(1) in _NOT_ABBREVIATIONS:
        return None
    rest = re.sub(r"[^a-z0-9]", "", m.group(2).lower())
    return rest if rest in known else qualified_field(m.group(2), known)


CMS_TYPE = lazy_compile(r"\bdefineType\s*\(")
CMS_NAME = lazy_compile(r"""^\s*name\s*:\s*["'](\w+)["']""")


def cms_fields(text: str) -> list[tuple[str, str, int]]:
    """A Sanity document type: the first ``name:`` after ``defineType(`` names it, the next ones its fields."""
    m = CMS_TYPE.search(text)
    if not m:
        return []
    table, out = "", []
    start = text.count("\n", 0, m.start()) + 1
    for i, line in enumerate(text.splitlines()[start - 1:], start):
        nm = CMS_NAME.search(line)
        if nm:
            if not table:
                table = nm.group(1)
            else:
                out.append((table, nm.group(1), i))
    return out


# A column of a sign-in account (its password or password hash): the table holds people's accounts, whatever its name
# (a Symfony entity Login's identifiant, pass, nom_complet)
ACCOUNT_FIELDS = frozenset({"pass", "password", "passwd", "pwd", "mdp", "motdepasse", "passwordhash", "hashedpassword", "encryptedpassword", "passhash"})
# The credentials of a client of another service's API (a Lutece plugin's phraseanet_account: name, customer_id, customer_secret,
# access_url, token): such an "account" is a configured connection, its name a label, not a person's account
API_CLIENT_FIELDS = frozenset({"customerid", "customersecret", "clientid", "clientsecret", "consumerkey", "consumersecret", "apisecret", "appsecret",
                               "oauthclientid", "oauthclientsecret"})

# Fields of a record about a living thing (a naturalist observation's counting: sexe beside stade_vie, cd_nom): its sex and
# names are the organism's, whatever the table's name (an Android app's PendingObs)
ORGANISM_FIELDS = frozenset({"stadevie", "stadedevie", "lifestage", "objdenbr", "typdenbr", "cdnom", "cdref", "taxon", "taxref",
                             "scientificname", "nomscientifique", "nomvalide", "lbnom", "idnomenclaturelifestage"})


def shared_prefixes(fields: list[tuple]) -> dict:
    """Each table's column prefix when at least three quarters of its columns (three or more) start with the same word and an
    underscore (app_carto.t_roles: role_id, role_nom, role_prenom, role_email): the names to read without it."""
    by_table: dict = {}
    for table, field, _line in fields:
        by_table.setdefault(table, []).append(str(field).lower())
    out = {}
    for table, names in by_table.items():
        heads = sorted({n.split("_", 1)[0] + "_" for n in names if "_" in n.strip("_")})
        for head in heads:
            if len(names) >= 3 and sum(n.startswith(head) for n in names) * 4 >= len(names) * 3:
                out[table] = head
                break
    return out


def merise_name(field: str, table: str | None) -> str | None:
    """A column named after its table in the MERISE way (NOM_UTILISATEUR, MAIL_UTILISATEURINFORMATIONS), or after the table's
    last word in the singular (nom_role, prenom_role in t_roles): the name before it."""
    t = (table or "").strip('`"[]').rsplit(".", 1)[-1].lower()
    f = field.strip('`"[]')
    # (or after the table's name in the singular: nom_utilisateur, prenom_utilisateur in c_template.utilisateurs)
    for name in (t, t.rsplit("_", 1)[-1].removesuffix("s") if "_" in t else "", t.removesuffix("s") if t.endswith("s") else ""):
        if len(name) >= 3 and f.lower().endswith("_" + name) and len(f) > len(name) + 2:
            return f[: -len(name) - 1]
        # (or joined in camel case: nomClient, emailClient in an Eloquent model's table client; issue 12, s42 fh42 = Exilz/linea-gap)
        if len(name) >= 3 and f.lower().endswith(name) and len(f) > len(name) + 1 and f[-len(name)].isupper() and f[-len(name) - 1].islower():
            return f[: -len(name)]
    return None


# An organisation's identifiers (SIRET, SIREN, a sigle, a legal name, an activity code) or opening hours: a table holding one describes an
# organisation (the Annuaire de l'administration's offices), its e-mail, phone and address are that organisation's contact; unless
# the table also holds a person's first name or birth date (an applicant with the SIRET of the firm he runs)
# (or an office's opening hours: a service's plage_ouverture, horaires)
# (and the company registers of New Caledonia, RIDET, and of French Polynesia, numéro TAHITI: a partner shop's ridet)
ORGANISATION_FIELDS = frozenset({"siret", "siren", "sigle", "raisonsociale", "denominationsociale", "codenaf", "codeape", "nafape", "formejuridique",
                                 "plageouverture", "plagesouverture", "horairesouverture", "heuresouverture", "openinghours",
                                 "ridet", "numeroridet", "numridet", "numerotahiti", "numtahiti", "notahiti",
                                 "uai", "codeuai", "numerouai"})  # (a school's registry code, an establishment's: s48 fc48)
# an organisation's logo whatever its table's name (a portal's Customer: name, logoPath, applications, users): a person has a
# photo or an avatar, no logo, so its "name" is the organisation's. The accounts or members a table gathers say nothing: a
# household's members, a home employer's employees are people's. A login account with a logo stays a person's: its e-mail is the
# one who signs in (issue 12, s25)
ORGANISATION_SHAPE_FIELDS = frozenset({"logo", "logopath", "logourl", "logouri", "logofile", "logofilename", "logoname", "logoimage", "logoid"})
PERSON_FIELDS = frozenset({"prenom", "prenoms", "firstname", "givenname", "datenaissance", "datedenaissance", "birthdate", "dateofbirth", "birthday"})


def organisation_tables(path: str, fields, norm_field) -> set[tuple[str, str]]:
    """``(path, table)`` of the tables among ``fields`` (``(table, column, line)``) holding an organisation's identifier, or its logo
    out of a login account, and no person's first name or birth date."""
    names: dict[str, set[str]] = {}
    for t, c, _ in fields:
        names.setdefault(t, set()).add(norm_field(str(c)))
    return {(path, t) for t, cols in names.items() if (cols & ORGANISATION_FIELDS or cols & ORGANISATION_SHAPE_FIELDS and not cols & ACCOUNT_FIELDS)
            and not cols & PERSON_FIELDS}


# A table of observations of living things (GeoNature's synthese, an export's observations): its sex and full name are the
# organism's (sexe, nom_complet of the taxon); only its strong fields, the observers', are people's.
ORGANISM_TABLE = lazy_compile(r"synthese|observation|occurrence|releve|specimen")
