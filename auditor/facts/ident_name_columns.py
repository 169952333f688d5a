"""Text signals of communes held by their name in a column of any table (``interoperability.identifiers``; issue 12, s40 fm40 =
gitreunion/datacup-challenge-eco-logique): a table whose column is the commune's name (``CREATE TABLE couts_eau (Commune
VARCHAR(255) NOT NULL, prix NUMERIC…)``, nom_commune, libelle_commune) with no code of the commune beside it, and code reading the
``city`` the address API answers with (``feature["properties"].get("city")``, ``properties.city``), which the same answer gives
with its INSEE code (``citycode``): the service looks its table up by the commune's name, an identifier no one else's data share.
And the code writing a commune's name into a table of its own (``INSERT INTO Obs_Loutre (ObsL,commune,lieuDit,indice) VALUES (…
l.getCommune() …)``, ``UPDATE t SET nom_commune = ?``: a form's free-text field feeding it): the table named, matched with its
CREATE TABLE's name column (issue 12, s43 fc43 = Fyelne/Projet-PNR, the observations' commune typed in by hand).
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


# (a SQL file of the schema or a dump is "data": its hits count only for a table the code writes, see ident.commune-name-written)
signal("ident.commune-name-column", _CREATE, ("create table",), flags=re.M, exts={"py", "php", "java", "kt", "ts", "js", "sql", "pgsql", "psql", "rb"},
       classes=("code", "config", "data"), accept=_name_keyed)
# the code writing a commune's name column of a table (the excerpt names the table: see table_of): an INSERT's column list naming it, or an UPDATE setting it
_NAME = r"""[`"\[]?(?:commune|nom_?commune|commune_?nom|libell?e_?commune|nom_?de_?la_?commune)[`"\]]?"""
signal("ident.commune-name-written", r"""\binsert[ \t]+into[ \t]+(?:[`"]?\w+[`"]?\.)?[`"\[]?\w+[`"\]]?[ \t]*\([^()'"\n]{0,300}?(?<![\w.])"""
       + _NAME + r"""[ \t]*[,)]|\bupdate[ \t]+(?:[`"]?\w+[`"]?\.)?[`"\[]?\w+[`"\]]?[ \t]+set\b[^;'"\n]{0,200}?(?<![\w.])""" + _NAME + r"""[ \t]*=""",
       ("commune",), flags=re.I, exts={"py", "php", "java", "kt", "ts", "js", "cs", "rb", "go"}, classes=("code",))
# a data frame of the project's filtered on a column naming the commune (pandas' df[df['Commune'] == commune], .loc[df["nom_commune"] ==
# …], R's filter(Commune == x)): rows looked up by the commune's name — with the city the API Adresse answers with, the same as a SQL
# table keyed by it (issue 12, s44 fh44 = gitreunion/datacup-challenge-data-lela's Couts_eau_outil.xlsx, read by pd.read_excel)
_FRAME_NAME = r"""(?:commune|nom_?commune|commune_?nom|libell?e_?commune|nom_?de_?la_?commune)"""
signal("ident.commune-frame-filter", r"""\[[ \t]*['"]""" + _FRAME_NAME + r"""['"][ \t]*\][ \t]*==|\bfilter\([^()\n]{0,120}?(?<![\w.$])"""
       + _FRAME_NAME + r"""[ \t]*==""", ("commune",), flags=re.I, exts={"py", "r", "rmd", "qmd", "ipynb"}, classes=("code",))

# the commune's name read from a geocoder's answer (the API Adresse's feature properties: city, with citycode beside it unread)
signal("ident.address-city", r"""\.get\([ \t]*['"]city['"]|\[[ \t]*['"]city['"][ \t]*\]|\bproperties\??\.city\b""", ("city",), flags=0,
       exts={"py", "php", "ts", "js", "jsx", "tsx", "vue", "rb", "java", "kt"}, classes=("code", "template"))

# A column of a model or table named as the commune's INSEE code, declared as a field (a Django or SQLAlchemy field, a migration's
# ('num_comm', models.CharField(max_length=5…)), a CREATE TABLE's typed column): code_commune, insee_com, codgeo, cog, depcom, and
# the short names a team gives it, num_comm / no_commune / numero_commune (SMMAR11/styx's TCommune.num_comm, CharField 5, its
# primary key; issue 12, s41 fn41). A short "comm" is read as a commune only where the declaration says so: five characters
# (max_length=5, char(5)), a foreign key to a commune's model, or inside a model or table named for communes — elsewhere num_comm
# may number a comment or a commission; num_commande numbers an order.
_COMMUNE_CODE = r"""code_?commune|codecommune|code_?insee|insee_?com(?:mune)?|codgeo|cog|depcom|(?:num(?:ero)?|no)_?comm(?:une)?"""
_MODEL_COLUMN = (r"""(?:^|[(,])[ \t]*[`"'\[]?(""" + _COMMUNE_CODE + r""")[`"'\]]?"""
                 r"""(?:[ \t]*(?:,|(?::[^=\n]{0,60})?=)[ \t]*(?:[\w.]+\.)?(?:\w*Field|Column|mapped_column|ForeignKey)[ \t]*\("""
                 r"""|[ \t]+(?:varchar|nvarchar|char|character|text|integer|int|bpchar)\b)""")
_FIVE = re.compile(r"""max_length[ \t]*=[ \t]*5\b|\b(?:var)?char(?:acter(?:[ \t]+varying)?)?[ \t]*\([ \t]*5[ \t]*\)|String\([ \t]*5[ \t]*\)""", re.I)
_OWNER = re.compile(r"""^[ \t]*class[ \t]+(\w+)|\bcreate[ \t]+table[ \t]+(?:if[ \t]+not[ \t]+exists[ \t]+)?(?:[`"]?\w+[`"]?\.)?[`"\[]?(\w+)"""
                    r"""|\bCreateModel\([ \t\r\n]*name[ \t]*=[ \t]*['"](\w+)""", re.I | re.M)


def _a_commune_code(m: re.Match) -> bool:
    """The column's name is a commune code's in full, or its short form is declared as one (five characters, a commune's key, or in a
    model or table of communes: the last class or table opened in the 4,000 characters before it)."""
    name = m.group(1).lower()
    if not name.endswith("comm"):
        return True
    line_end = m.string.find("\n", m.end())
    line = m.string[m.start(): line_end if line_end >= 0 else len(m.string)]
    if _FIVE.search(line) or re.search(r"commune", line[len(m.group(0)):], re.I):
        return True
    owners = list(_OWNER.finditer(m.string, max(0, m.start() - 4000), m.start()))
    return bool(owners) and "commun" in next(g for g in owners[-1].groups() if g).lower()


signal("ident.model-columns", _MODEL_COLUMN, ("comm", "insee", "codgeo", "cog", "depcom"), flags=re.I | re.M,
       exts={"py", "php", "java", "kt", "ts", "js", "sql", "pgsql", "psql", "rb"}, classes=("code", "config"), group=1, accept=_a_commune_code)

# The bare name "insee" used as a data source's label or as a flag, not as a column of codes (issue 12, s42 fl42 =
# guillett/tarification-solidaire-strasbourg: `if source == "insee":`, `determine_qf(df, insee=(source == "insee"))`, `if not insee:`,
# `def determine_qf(df, insee=False)`: INSEE's income statistics as one source among others): compared with a string, tested as a
# truth value or given True/False. Where the repository writes it so, its bare quoted "insee" names that label, no INSEE code field.
_QUOTE = r"""\\?['"]"""
signal("ident.insee-label", rf"""[!=]==?[ \t]*{_QUOTE}insee{_QUOTE}|{_QUOTE}insee{_QUOTE}[ \t]*[!=]==?|\bif[ \t]+(?:not[ \t]+)?insee[ \t]*:"""
       rf"""|(?<![\w.$])insee[ \t]*=[ \t]*(?:False|True|\([ \t]*[A-Za-z_]\w*[ \t]*[!=]=)""", ("insee",), flags=0,
       exts={"py", "ipynb", "r", "js", "ts"}, classes=("code",))


_WRITTEN_TABLE = re.compile(r"""^(?:insert[ \t]+into|update)[ \t]+(?:[`"]?\w+[`"]?\.)?[`"\[]?(\w+)""", re.I)
_CREATED_TABLE = re.compile(r"""create[ \t]+table[ \t]+(?:if[ \t]+not[ \t]+exists[ \t]+)?(?:[`"]?\w+[`"]?\.)?[`"\[]?([\w{}$]+)""", re.I)


def table_of(excerpt: str) -> str:
    """The table (lower-cased) an ``ident.commune-name-written`` or ``ident.commune-name-column`` excerpt names, else ""."""
    m = _WRITTEN_TABLE.match(excerpt.strip()) or _CREATED_TABLE.search(excerpt)
    return m.group(1).lower() if m else ""

# A query's output column named as an identifier: SELECT … p.commune AS insee_commune, p.commune_ref AS insee_commune_ref,
# commune.dpt AS code_dep of a SQL view or a dashboard's query (issue 12, s44 fd44 = CEN-Nouvelle-Aquitaine/data-CEN-NA): the
# query hands the codes on under that name. The INSEE level after insee_ abbreviated or in full, with an optional suffix (not
# the level's name or population, insee_commune_nom, insee_pop).
_ALIASED = (r"""insee_(?:com(?:mune)?|dep(?:t|artement)?|reg(?:ion)?|epci)(?:_(?!(?:nom|name|lib|libelle|label|pop)\b)[a-z0-9]{1,12})?"""
            r"""|code_?insee(?:_(?!(?:nom|name|lib|libelle|label|pop)\b)[a-z0-9]{1,12})?|code_?commune|depcom|codgeo|siren|siret|code_?epci"""
            r"""|code_?dep(?:artement)?|code_?reg(?:ion)?""")
signal("ident.sql-aliases", r"""\bas[ \t]+[`"]?(""" + _ALIASED + r""")[`"]?(?![\w.(])""",
       ("insee", "depcom", "codgeo", "commune", "siren", "siret", "epci", "code_dep", "code_reg", "codedep", "codereg"),
       exts={"sql", "pgsql", "plpgsql", "psql"}, group=1)
