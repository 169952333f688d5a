"""``directory_records``: postal-address fields the code reads as properties of people's records in a query of a user directory.

A module of a platform reading a pupil's parents' contact details from the platform's directory (a Neo4j query ``MATCH (u:User
{profiles: ['Student']})-[:RELATED]->(r:User) RETURN r.address, r.zipCode, r.city, r.homePhone…``; a SQL ``SELECT u.zip_code …
FROM users u``) handles people's contact records, shown or passed on as they are: no place it locates, no copy of a reference
dataset that the API Adresse would give (issue 12, s47 fi47 = OPEN-ENT-NG/vie-scolaire's memento of a pupil's relatives).

For each address hit of the text scan in code (``ident.address`` and the like), the lines just above it and its own are read: the
hit is a directory read when its field is a property of an alias (``r.zipCode``) or a column of the query (``null as zipCode``) and a
query of people's records opens within :data:`WINDOW` lines above it (a node labelled as a person, ``(r:User``, or ``FROM users``);
a template printing the field of the record a Mustache or Handlebars section opens (``{{#etablissement}}{{zipcode}} {{city}}``, a
report's letterhead) shows that record as it is too. Bounded: the first :data:`MAX_HITS`
hits in path order, files up to :data:`MAX_BYTES`.
"""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.lazyre import lazy_compile

MAX_HITS = 200
MAX_BYTES = 512 * 1024
WINDOW = 8
ADDRESS_SIDS = ("ident.address", "ident.address-records", "ident.address-text")
_PEOPLE = (r"users?|persons?|people|personnes?|utilisateurs?|members?|membres?|adherents?|contacts?|relatives?|parents?|students?|"
           r"eleves?|teachers?|enseignants?|personnels?|responsables?|agents?|employees?|salaries?|accounts?|comptes?|profiles?|profils?")
# a graph query's node labelled as a person ("(r:User {profiles: ['Relative']})", "(p:Person)"), or a SQL query reading a people's table
_PEOPLE_QUERY = lazy_compile(rf"\(\s*\w*\s*:\s*(?:{_PEOPLE})\b|\bfrom\s+[\w.\"`\[\]]*?(?:{_PEOPLE})[\"`\]]?(?:\s|$|,|\))", re.I)


@fact("directory_records", version=1, public=False)
def directory_records(ctx) -> dict:
    scan = ctx.fact("textscan") or {}
    sig = scan.get("signals") or {}
    hits = sorted({(h[0], h[1], str(h[2])) for sid in ADDRESS_SIDS for h in sig.get(sid, []) if h[1]})[:MAX_HITS]
    out: list[list] = []
    texts: dict[str, list[str]] = {}
    for path, line, field in hits:
        if path not in texts:
            texts[path] = (ctx.snapshot.read_text(path, limit=MAX_BYTES) or "").splitlines()
        lines = texts[path]
        if not 0 < line <= len(lines):
            continue
        own = lines[line - 1]
        name = field.strip()
        if re.search(rf"\{{\{{#\s*\w+\s*\}}\}}[^\n]{{0,200}}?\{{\{{\s*{re.escape(name)}\s*\}}\}}", own):
            out.append([path, line, name, line])  # (a template printing the field of the record its section opens: "{{#etablissement}}{{zipcode}} {{city}}")
            continue
        if not re.search(rf"\b\w+\.{re.escape(name)}\b|\bas\s+{re.escape(name)}\b", own, re.I):
            continue  # (the field read as a record's property, r.zipCode, or the query's column, "null as zipCode": not a variable or a form's field)
        query = next((k for k in range(line, max(0, line - 1 - WINDOW), -1) if _PEOPLE_QUERY.search(lines[k - 1])), None)
        if query is not None:
            out.append([path, line, name, query])
    return {"reads": out}
