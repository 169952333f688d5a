"""Text signals of communes held by their name in a column of any table (``interoperability.identifiers``; issue 12, s40 fm40 =
gitreunion/datacup-challenge-eco-logique): a table whose column is the commune's name (``CREATE TABLE couts_eau (Commune
VARCHAR(255) NOT NULL, prix NUMERIC…)``, nom_commune, libelle_commune) with no code of the commune beside it, and code reading the
``city`` the address API answers with (``feature["properties"].get("city")``, ``properties.city``), which the same answer gives
with its INSEE code (``citycode``): the service looks its table up by the commune's name, an identifier no one else's data share.
Registered through :data:`auditor.facts.signal_registry.SIGNAL_MODULES`."""

from __future__ import annotations

import re

from auditor.facts.signal_registry import signal

# a CREATE TABLE of any name (a program's f-string table name, {table_name}, too), read up to its closing parenthesis
_CREATE = (r"""(?i:\bcreate[ \t]+table[ \t]+(?:if[ \t]+not[ \t]+exists[ \t]+)?(?:[`"]?\w+[`"]?\.)?[`"\[]?([\w{}$]+)[`"\]]?[ \t]*\()""")
_NAME_COLUMN = re.compile(r"""(?:^|[(,])[ \t\r\n]*[`"\[]?(?:commune|communes|nom_?commune|commune_?nom|libell?e_?commune|nom_?de_?la_?commune)[`"\]]?"""
                          r"""[ \t]+(?:varchar|nvarchar|text|char|character(?:[ \t]+varying)?|string)\b""", re.I)
_CODE_COLUMN = re.compile(r"""(?i:insee|depcom|codgeo|citycode|(?<![a-z])cog(?![a-z])|code_?(?:commune|com)\b)""")
MAX_BODY = 8000


def _name_keyed(m: re.Match) -> bool:
    """The table's columns hold a commune's name as text, and no commune code."""
    text, depth = m.string[m.end(): m.end() + MAX_BODY], 1
    for i, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if depth == 0:
            body = text[:i]
            return bool(_NAME_COLUMN.search(body)) and not _CODE_COLUMN.search(body)
    return False


signal("ident.commune-name-column", _CREATE, ("create table",), flags=re.M, exts={"py", "php", "java", "kt", "ts", "js", "sql", "pgsql", "psql", "rb"},
       classes=("code", "config"), accept=_name_keyed)
# the commune's name read from a geocoder's answer (the API Adresse's feature properties: city, with citycode beside it unread)
signal("ident.address-city", r"""\.get\([ \t]*['"]city['"]|\[[ \t]*['"]city['"][ \t]*\]|\bproperties\??\.city\b""", ("city",), flags=0,
       exts={"py", "php", "ts", "js", "jsx", "tsx", "vue", "rb", "java", "kt"}, classes=("code", "template"))
