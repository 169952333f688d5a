"""Documents a JVM service builds and writes to its document store, read as models by ``personal_data`` (issue 12, s47 fc47 =
OPEN-ENT-NG/rss: ChannelServiceMongoImpl.java builds ``JsonObject owner = new JsonObject().put(Field.USER_ID, user.getUserId())
.put(Field.DISPLAY_NAME, user.getUsername())``, puts it in each channel and ``mongo.insert(collection, feed, …)``: the channels' owners,
a person's identifier and display name, kept in MongoDB though no schema declares them).

A code file writing to a MongoDB store (``mongo.insert(``, ``mongoDb.save(``, ``collection.insertOne(``…; the signal
``personal.document-store``) is read for its document builders: a variable given ``new JsonObject()`` (Vert.x), ``new Document()`` or
``new BasicDBObject()`` (the MongoDB driver) and the keys its chain of ``.put(key, …)`` / ``.append(key, …)`` gives, a key a string
literal or a string constant (``Field.USER_ID``, resolved in the repository's class of that name). The document is named by its
variable (``owner``): it counts as a model only with a person's field, as a browser's stored records do.

Bounded: 40 builders a file, 3,000 characters of each chain, 10 constant classes a file.

Also the documents a program queries from a document store by their type, with the fields it asks for (:func:`query_fields`; issue 12,
s47 fc47 = TechCabbalr/sirs_import: couchdb.py's ``couchdb_find({"@class": "fr.sirs.core.model.Contact"}, fields=["_id", "nom",
"prenom"])``, the contacts' names it resolves, and the users' logins of ``…model.Utilisateur``): a model named by the type's last
segment (Contact), its fields those listed; 40 queries a file."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

# (the signal personal.document-store, in scaling/signals.py)
DOCUMENT_STORE = r"\b\w*(?:mongo|Mongo|MONGO)\w*\s*\.\s*(?:insert|insertOne|insertMany|save|update|updateOne|upsert|findAndModify)\s*\("
_BUILDER = lazy_compile(r"\b(\w+)\s*=\s*new\s+(?:JsonObject|Document|BasicDBObject)\s*\(\s*\)")
_KEY = lazy_compile(r"""\.\s*(?:put|append)\s*\(\s*(?:"(\w{1,64})"|((?:[A-Z]\w*\.)?[A-Z][A-Z0-9_]*))\s*,""")
_CONSTANT = lazy_compile(r"""\b(?:static\s+final|final\s+static)\s+String\s+([A-Z][A-Z0-9_]*)\s*=\s*"([^"\n]{1,80})"\s*;""")
_IMPORT = lazy_compile(r"^import\s+([\w.]+)\.([A-Z]\w*)\s*;", re.M)
# (the signal personal.document-query: a selector on the documents' type, then the fields asked for, in one call)
DOCUMENT_QUERY = (r"""\{\s*["'](?:@class|@type|type|doctype|docType|_type)["']\s*:\s*["']([\w.$-]{1,120})["']\s*\}\s*,\s*"""
                  r"""(?:fields\s*=|["']?fields["']?\s*:)\s*\[([^\]\n]{1,600})\]""")
_QUERY = lazy_compile(DOCUMENT_QUERY)
_QUOTED = lazy_compile(r"""["']([A-Za-z_][\w.]{0,63})["']""")
MAX_BUILDERS = 40
MAX_CHAIN = 3000
MAX_CLASSES = 10


def constant_classes(text: str, files) -> dict[str, str]:
    """The repository's files of the constant classes a file's keys name (``Field.USER_ID`` → the imported
    net/…/constants/Field.java, else the first Field.java by path), by class name."""
    names = sorted({m.group(2).split(".", 1)[0] for b in _BUILDER.finditer(text) for m in _KEY.finditer(_chain(text, b.end()))
                    if m.group(2) and "." in m.group(2)})[:MAX_CLASSES]
    if not names:
        return {}
    imported = {m.group(2): m.group(1).replace(".", "/") + "/" + m.group(2) for m in _IMPORT.finditer(text)}
    out = {}
    for name in names:
        want = imported.get(name)
        cands = sorted(p for p in files if p.rsplit("/", 1)[-1] in (name + ".java", name + ".kt"))
        pick = next((p for p in cands if want and p.rsplit(".", 1)[0].endswith(want)), cands[0] if cands else None)
        if pick:
            out[name] = pick
    return out


def string_constants(text: str) -> dict[str, str]:
    """The string constants a class defines (``public static final String USER_ID = "userId";``)."""
    return {m.group(1): m.group(2) for m in _CONSTANT.finditer(text)}


def _chain(text: str, start: int) -> str:
    """The statement from ``start`` to its semicolon (at most MAX_CHAIN characters)."""
    end = text.find(";", start, start + MAX_CHAIN)
    return text[start: end if end != -1 else start + MAX_CHAIN]


def document_fields(text: str, classes: dict[str, dict[str, str]]) -> list[tuple[str, str, int]]:
    """``(document, key, line)`` of the keys the file's document builders put (see the module); a key given by a constant takes the
    constant's value, from the file itself or the class it names (``classes``: class name → its constants)."""
    own = string_constants(text)
    out: list[tuple[str, str, int]] = []
    seen: set = set()
    for b in list(_BUILDER.finditer(text))[:MAX_BUILDERS]:
        name = b.group(1)
        for m in _KEY.finditer(_chain(text, b.end())):
            key = m.group(1)
            if not key:
                qual, _, const = m.group(2).rpartition(".")
                key = (classes.get(qual) or {}).get(const) if qual else own.get(const)
            if key and (name, key) not in seen:
                seen.add((name, key))
                out.append((name, key, text.count("\n", 0, b.end() + m.start()) + 1))
    return out


def query_fields(text: str) -> list[tuple[str, str, int]]:
    """``(type, field, line)`` of the fields a program asks of a document store's documents of one type (see the module); the type
    named by its last segment (fr.sirs.core.model.Contact → Contact); a field's last segment too (owner.login → login)."""
    out: list[tuple[str, str, int]] = []
    for m in list(_QUERY.finditer(text))[:MAX_BUILDERS]:
        name = re.split(r"[.$]", m.group(1))[-1]
        line = text.count("\n", 0, m.start(2)) + 1
        for f in _QUOTED.finditer(m.group(2)):
            field = f.group(1).rsplit(".", 1)[-1]
            if name and field and not field.startswith("_") and (name, field, line) not in out:
                out.append((name, field, line))
    return out
