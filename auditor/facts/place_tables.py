"""``ident.commune-by-postcode``: a table of the project's own listing communes by their name and postal code, whatever the table is
called (issue 12, s38 fg38 = reader rc38, Batyeste/Outil-De-Supervision-SDIS91: ``CREATE TABLE localisation (loc_id, loc_nom,
loc_codepostal, loc_groid)``, 51 communes of the Essonne typed in by hand, no INSEE code; a postal code names no commune — 91160 is
Longjumeau's and Balainvilliers'). The ``ident.commune-by-name`` signal knows the tables named commune(s); this one knows a table
by its columns: a name (nom, name, libelle, ville, commune, with a table prefix loc_nom) beside a postal code (code_postal,
codepostal, cp, zip), at most eight columns, no commune code (INSEE, depcom, codgeo, COG, code) and nothing of a person or an
address (first name, street, e-mail, telephone…: a customers' table holds addresses, not a list of places). Communes handled
with no official code (interoperability.identifiers), a place geo.api.gouv.fr gives (interoperability.public-building-blocks). Read in
code and settings and in SQL the inventory files as data too: the application's database script that creates the table and types
its rows in (its CREATE TABLE is the project's own schema).
"""

from __future__ import annotations

import re

from auditor.facts.ident_signals import _model_body
from auditor.facts.signal_registry import signal

_TABLE = r"""(?i:\bcreate[ \t]+table[ \t]+(?:if[ \t]+not[ \t]+exists[ \t]+)?(?:[`"]?\w+[`"]?\.)?[`"]?(\w+)[`"]?[ \t]*\()"""
_COLUMN = re.compile(r"""^[ \t]*[`"\[]?(\w+)[`"\]]?[ \t]+\w""", re.M)
_CONSTRAINT = re.compile(r"^(?:primary|foreign|unique|key|index|constraint|check|fulltext|spatial)$", re.I)
_POSTCODE = re.compile(r"(?:^|_)(?:code_?postal|codepostal|cp|zip(?:_?code)?|post(?:al)?_?code)$", re.I)
_NAME = re.compile(r"(?:^|_)(?:nom|name|libelle|label|ville|commune|nom_?(?:commune|ville)|city)$", re.I)
_CODE = re.compile(r"insee|depcom|codgeo|(?:^|_)cog(?:$|_)|code_?(?:commune|com|insee|geo)|(?:^|_)code$", re.I)
_PERSON_OR_ADDRESS = re.compile(r"prenom|first_?name|last_?name|surname|adresse|address|(?:^|_)rue(?:$|_)|voie|street|e?mail|(?:^|_)tel|phone|"
                                r"naissance|birth|civilite|siret|siren|login|password|mot_?de_?passe", re.I)
MAX_COLUMNS = 8


def _places_by_postcode(m: re.Match) -> bool:
    names = [c for c in _COLUMN.findall(_model_body(m)) if not _CONSTRAINT.match(c)]
    return 2 <= len(names) <= MAX_COLUMNS and any(_POSTCODE.search(c) for c in names) and any(_NAME.search(c) for c in names) \
        and not any(_CODE.search(c) for c in names) and not any(_PERSON_OR_ADDRESS.search(c) for c in names)


signal("ident.commune-by-postcode", _TABLE, ("create table",), flags=re.M, exts={"sql", "pgsql", "psql", "php", "py", "rb", "java", "ts", "js"},
       classes=("code", "config", "data"), accept=_places_by_postcode)  # (data: a database's creation script with its rows, SQL/BDDProjet.sql)
