"""Data pipelines written as shell scripts (issue 12, s22 c2): scripts that download data (``wget``, ``curl``, ``lftp``) and
transform it with data tools (``awk``, ``jq``, ``xsltproc``, ``iconv``, csvkit, ``ogr2ogr``…) are programs run by hand or by a
scheduler, not a library nor a data model. Two real cases had no rule: etalab/decp-rama (process.sh running get.sh, fix.sh with
jq and xsltproc, convert.sh and package.sh for each source) fell back to "library" for its one Python file, and viennagglo/sirene
(two scripts downloading the national SIRENE file, cutting it down with awk, then running ``psql -f 01-CREATE….sql`` and
``psql -f 02-EXPORT….sql``) was a "data model" because its SQL files outnumbered the scripts. The SQL files such scripts run
(``psql -f``, ``mysql <``, ``sqlite3 … <``) are the pipeline's loading and export steps, not a schema to reuse.

Scripts that chain GDAL's and OGR's commands on local files (gdalbuildvrt, then gdalwarp -cutline, then gdal_translate -of COG: a
métropole's Windows batch file degrading its orthophotographs over the no-photography zones, meldig/raste_process, s24) are such a
pipeline too, with nothing downloaded: two GDAL/OGR commands or more make one. Windows batch files (.bat, .cmd) are read as shell
scripts are (``REM`` and ``::`` comments aside). The SQL files such a GDAL chain runs stay what they are (a data model's install
script may load its layers with ogr2ogr).

Read line by line (comments aside), at most :data:`MAX_SCRIPTS` scripts of 64 KB, in path order; nothing is run.
"""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.facts.inventory import is_test
from auditor.lazyre import lazy_compile
from auditor.pathparts import joined

MAX_SCRIPTS = 60
SHELL_PIPELINE = "shell scripts of a data pipeline (download, transform, load)"  # (the kind evidence's reason)
SCRIPT_BYTES = 64 * 1024
MAX_LINE = 2000
SHELL_EXT = frozenset({"sh", "bash", "bat", "cmd"})
# GDAL's and OGR's processing commands (raster and vector), and PostGIS's loaders: each a step of a geodata processing chain
GDAL_TOOLS = (r"ogr2ogr|gdalwarp|gdal_translate|gdalbuildvrt|gdaldem|gdal_rasterize|gdal_merge(?:\.py)?|gdal_calc(?:\.py)?|gdaladdo"
              r"|gdal_contour|gdal_polygonize(?:\.py)?|gdal_grid|gdal_fillnodata(?:\.py)?|gdal_sieve(?:\.py)?|gdal_proximity(?:\.py)?"
              r"|gdal_retile(?:\.py)?|gdallocationinfo|raster2pgsql|shp2pgsql")
_GDAL_STEP = lazy_compile(r"(?:^|[\s;|&(`$\"'])(?:" + GDAL_TOOLS + r")(?:\.exe)?[^\S\n]+[-\"'$%\w.{\\]")
MIN_GDAL_STEPS = 2
# a download, as a command (not a word in an echo'd message: "wget" followed by an option or an address)
_FETCH = lazy_compile(r"(?:^|[\s;|&(`$])(?:wget|curl|lftp|aria2c)[^\S\n]+[-\"'$\w]")
# a data tool transforming what was downloaded (awk's programs, jq's filters, XSLT, encodings, csvkit, GDAL's conversions, psql's COPY)
_TRANSFORM = lazy_compile(r"(?:^|[\s;|&(`$])(?:g?awk|jq|xsltproc|xmllint|iconv|csvcut|csvgrep|csvsql|csvjoin|in2csv|csvformat|mlr|"
                          + GDAL_TOOLS + r"|xml2json|json2xml|unoconv)[^\S\n]+[-\"'$\w.{]")
# an SQL file a database client runs: psql -f file.sql / --file=file.sql, mysql … < file.sql, sqlite3 db < file.sql
_SQL_RUN = lazy_compile(r"\b(?:psql|mysql|mariadb|sqlite3)\b[^\n]{0,800}?(?:\s-f[^\S\n]*|--file[=\s]|<[^\S\n]*)[\"']?([^\s\"';|&<>]{1,300}\.sql)\b")


_BATCH_COMMENT = lazy_compile(r"^@?(?:rem(?:[^\S\n]|$)|::)", re.I)


# a message the script prints (`echo "cd /opt/probe && python setup.py configure"`, `echo -e "… | awk {'print $5'}" >> /etc/bash.bashrc`):
# words shown or written to a file, no program the script calls. The printed words, quoted or not, up to the first separator outside
# quotes (a pipe into a program, `echo "…" | bc`, still calls it) are blanked (issue 12, s48 fh48)
_PRINT = lazy_compile(r"^(?:@?echo(?:\.|\b)|printf\b)")
_QUOTED = lazy_compile(r"\"(?:[^\"\\\n]|\\.)*\"|'[^'\n]*'")
_SEPARATOR = lazy_compile(r"[|;&>]")


def _printed_blanked(line: str) -> str:
    if not _PRINT.match(line):
        return line
    bare = _QUOTED.sub('""', line)
    sep = _SEPARATOR.search(bare)
    return "echo " + bare[sep.start():] if sep else "echo"


def _script_lines(text: str):
    for line in text.splitlines():
        line = line[:MAX_LINE].strip()
        if line and not line.startswith("#") and not _BATCH_COMMENT.match(line):
            yield _printed_blanked(line)


def shell_pipeline(ctx, files) -> tuple[list[str], set[str]]:
    """(the shell scripts among ``files`` that download or transform data, the names of the SQL files those run) when the project's
    shell scripts, together, both download data and transform it with a data tool; ``([], set())`` otherwise."""
    scripts = sorted(e.path for e in files if e.ext.lower() in SHELL_EXT and not is_test(e.path))[:MAX_SCRIPTS]
    fetching, transforming, working, sql = False, False, [], set()
    chains: list[str] = []  # the scripts running GDAL/OGR commands
    steps = 0
    for path in scripts:
        fetch = transform = False
        runs: set[str] = set()
        gdal = 0
        for line in _script_lines(ctx.snapshot.read_text(path, limit=SCRIPT_BYTES) or ""):
            fetch = fetch or bool(_FETCH.search(line))
            transform = transform or bool(_TRANSFORM.search(line))
            gdal += bool(_GDAL_STEP.search(line))
            runs.update(m.group(1).rsplit("/", 1)[-1] for m in _SQL_RUN.finditer(line))
        if fetch or transform:  # (the SQL a script of the pipeline runs: not what a database container's init script loads)
            working.append(path)
            sql |= runs
        if gdal:
            chains.append(path)
            steps += gdal
        fetching, transforming = fetching or fetch, transforming or transform
    if fetching and transforming:
        return working, sql
    if steps >= MIN_GDAL_STEPS:  # (a chain of GDAL/OGR commands on local files: its SQL, if any, keeps its own weight)
        return chains, set()
    return [], set()


# the programs a shell pipeline needs beyond a POSIX shell: downloaders, data tools, database clients, archive tools (what its
# prerequisites must name; coreutils, sed and grep come with every system)
_PROGRAM = lazy_compile(r"(?:^|[\s;|&(`$])(wget|curl|lftp|aria2c|g?awk|jq|xsltproc|xmllint|iconv|csvcut|csvgrep|csvsql|csvjoin|in2csv"
                        r"|csvformat|mlr|ogrinfo|gdalinfo|" + GDAL_TOOLS + r"|xml2json|json2xml|unoconv|psql|pg_dump|pg_restore|mysql|mariadb"
                        r"|sqlite3|zip|unzip|7z|p7zip|xz|python3?|Rscript|php|node|bc)(?=[^\S\n]|$|[)`;|&])")
# (bc, the calculator a POSIX shell lacks for decimals, called at the end of a pipe in a command substitution:
# `$(echo "scale=4; …" | bc)`, its name followed by the closing parenthesis; issue 12, s45 fi45)
# GDAL's programs come with GDAL: a README naming GDAL names them (the "### Outils / GDAL" of a batch file's guide)
_GDAL_PROGRAM = lazy_compile(r"^(?:ogr|gdal)")


# a settings file a script reads into itself (". ./config.env", "source settings.sh"), and a variable set to a program there or in the
# script (LINK_OGR=ogr2ogr, OGR="/usr/bin/ogr2ogr"), then run through the variable ($LINK_OGR -f GPKG …, "${OGR}" …): that program is
# called too (issue 12, s45 fd45 = igeofr/pg2datagouvfr: ogr2ogr through $LINK_OGR from config.env was no program of the pipeline's)
_SOURCED = lazy_compile(r"""^(?:\.|source)[^\S\n]+["']?([^\s"';|&]{1,200})""")
_PROGRAM_VAR = lazy_compile(r"""^(?:export[^\S\n]+)?([A-Za-z_]\w{0,40})=["']?([^\s"';|&]{1,300}?)["']?(?:[^\S\n]|$)""")
MAX_SOURCED = 10
_RUNS_SCRIPT = lazy_compile(r"""(?:^|[\s;|&(`])(?:sh|bash|dash|ksh|zsh)[^\S\n]+(?:-\w+[^\S\n]+)*["']?([\w./-]{1,200}\.(?:sh|bash))\b""")


def pipeline_programs(ctx, scripts) -> list[str]:
    """The programs (:data:`_PROGRAM`) that the shell ``scripts`` of a pipeline call, sorted; read as :func:`shell_pipeline` reads
    them (comments aside, bounded), with those run through a variable set to a program in the script or in a settings file it
    sources (:data:`_SOURCED`, at most :data:`MAX_SOURCED` files)."""
    found: set[str] = set()
    texts = {path: ctx.snapshot.read_text(path, limit=SCRIPT_BYTES) or "" for path in sorted(scripts)[:MAX_SCRIPTS]}
    # (and the scripts they run, "sh scripts/dechets.sh", "bash ./etape2.sh": steps of the same pipeline, read once each)
    for path in list(texts):
        for line in _script_lines(texts[path]):
            for m in _RUNS_SCRIPT.finditer(line):
                for cand in (joined(path.rpartition("/")[0], m.group(1)), joined("", m.group(1))):
                    if cand in ctx.snapshot.files and cand not in texts and len(texts) < MAX_SCRIPTS:
                        texts[cand] = ctx.snapshot.read_text(cand, limit=SCRIPT_BYTES) or ""
                        break
    sourced: list[str] = []
    for path, text in texts.items():
        for line in _script_lines(text):
            m = _SOURCED.match(line)
            target = joined(path.rpartition("/")[0], m.group(1)) if m else None
            for cand in ([target, m.group(1).lstrip("./")] if m else []):  # (from the script's folder, or from the root where it is run)
                if cand and cand in ctx.snapshot.files and cand not in texts and cand not in sourced:
                    sourced.append(cand)
                    break
    variables: dict[str, str] = {}
    for path in sourced[:MAX_SOURCED] + list(texts):
        text = texts.get(path) if path in texts else ctx.snapshot.read_text(path, limit=SCRIPT_BYTES) or ""
        for line in _script_lines(text):
            v = _PROGRAM_VAR.match(line)
            if v and (p := _PROGRAM.fullmatch(" " + v.group(2).replace("\\", "/").rsplit("/", 1)[-1].removesuffix(".exe"))):
                variables[v.group(1)] = p.group(1)
    called = re.compile(r"(?:^|[\s;|&(`])[\"']?\$\{?(" + "|".join(map(re.escape, sorted(variables))) + r")\}?[\"']?(?=[^\S\n]|$)") if variables else None
    for path, text in texts.items():
        for line in _script_lines(text):
            found.update(m.group(1) for m in _PROGRAM.finditer(line))
            if called:
                found.update(variables[m.group(1)] for m in called.finditer(line))
    return sorted(found)


@fact("pipeline_programs", version=5, public=False)
def pipeline_programs_fact(ctx) -> dict:
    """For a command-line tool whose kind evidence is a shell pipeline (:data:`~auditor.facts.project.SHELL_PIPELINE`): its
    scripts, the programs they call (:func:`pipeline_programs`) and those the README names (a word of its own, any case; GDAL's
    programs when it names GDAL), the root README or the one beside a script (the guide of sous_echantillonnage/gdal_zipva.bat).
    Empty lists otherwise. Read for reusability.dependencies: checks ask facts, never the snapshot."""
    proj = ctx.fact("project") or {}
    scripts = sorted({e.get("path") for e in proj.get("kind_evidence") or [] if e.get("reason") == SHELL_PIPELINE and e.get("path")})
    if proj.get("kind") != "cli-tool" or not scripts:
        return {"scripts": [], "programs": [], "named": [], "named_in": [], "by_suite": []}
    programs = pipeline_programs(ctx, scripts)
    readme = ctx.fact("readme") or {}
    folders = {p.rpartition("/")[0] for p in scripts if "/" in p}
    beside = sorted(p for p in ctx.snapshot.files if "/" in p and p.rpartition("/")[0] in folders
                    and re.match(r"readme(?:\.\w+)?$", p.rpartition("/")[2], re.I))[:5]
    named: list[str] = []
    named_in: list[str] = []
    by_name: list[str] = []
    for path in ([readme["path"]] if readme.get("path") else []) + beside:
        text = ctx.snapshot.read_text(path, limit=256 * 1024) or ""
        gdal = bool(re.search(r"(?<![\w-])gdal(?![\w-])", text, re.I))
        own = [p for p in programs if re.search(r"(?<![\w-])" + re.escape(p) + r"(?![\w-])", text, re.I)]
        here = own + [p for p in programs if gdal and _GDAL_PROGRAM.match(p) and p not in own]
        if here:
            named_in.append(path)
            named += [p for p in here if p not in named]
            by_name += [p for p in own if p not in by_name]
    # (GDAL's programs named only by naming GDAL: said so)
    return {"scripts": scripts, "programs": programs, "named": sorted(named), "named_in": named_in,
            "by_suite": sorted(p for p in named if p not in by_name)}


# A GIS data-processing kit of scripts and SQL (issue 12, s35 a35 = bbouteilles/CONTROLE_COVADIS_2.0, a DDT's checker of town
# planning deliveries at the COVADIS standard): Windows batch files (or shell scripts) that load the delivered layers into PostGIS
# with ogr2ogr, run the project's SQL files on them with psql (psql -f %SQL%\1_controle_geom_invalid.sql) and export the error
# layers with pgsql2shp, the client programs given through variables a settings file sets (set PSQL="C:\…\psql.exe", then
# %PSQL% -d %base% -f …). The SQL files are the kit's checks and work tables, run by its scripts, no data model to reuse; the
# scripts, far larger than the SQL they run, are what the project is. (A data model's install script running its schema files and
# loading its layers with ogr2ogr stays a data model: the scripts must run most of the SQL files and weigh twice their bytes.)
KIT_SCRIPT_BYTES = 512 * 1024
SQL_KIT = "scripts running the project's SQL on geodata (database client, GDAL/PostGIS loaders)"  # (the kind evidence's reason)
_DB_CLIENT = r"psql|mysql|mariadb|sqlite3|sqlcmd"
_GIS_TOOL = GDAL_TOOLS + r"|pgsql2shp|ogrinfo"
_TOOL_WORD = lazy_compile(r"(?<![\w-])(" + _DB_CLIENT + r"|" + _GIS_TOOL + r")(?:\.exe)?(?![\w-])", re.I)
# a variable the scripts set to a client program (batch: set PSQL="C:\Program Files\PostgreSQL\9.2\bin\psql.exe"; shell: PSQL=/usr/bin/psql)
_TOOL_VAR = lazy_compile(r"""^[^\S\n]*(?:@?set[^\S\n]+"?|export[^\S\n]+)?([A-Za-z_][\w]{0,40})[^\S\n]*=[^\S\n]*(.*)$""", re.I)
# the SQL file a client's line runs: -f file.sql, --file=file.sql, < file.sql (its path given with / or \, variables or not)
_SQL_FILE = lazy_compile(r"""(?:\s-f[^\S\n]*|--file[=\s]|<[^\S\n]*)["']?([^\s"';|&<>]{1,300}\.sql)\b""", re.I)
_SPATIAL_SQL = lazy_compile(r"\bST_[A-Za-z]+\s*\(|\bgeometry\s*\(|\bpostgis\b|\bAddGeometryColumn\b", re.I)


def _tool_kind(name: str) -> str:
    return "db" if re.fullmatch(_DB_CLIENT, name, re.I) else "gis"


def sql_kit(ctx, scripts: list[str], sql: list[str]) -> tuple[list[str], list[str]]:
    """(the scripts, the SQL files they run) when the project's shell or batch ``scripts`` run most of its ``sql`` files (two at
    least) with a database client (named, or through a variable a script sets to it), work on geodata (a GDAL/PostGIS loader or
    exporter called, or spatial SQL run) and weigh twice the SQL files in bytes at least; ``([], [])`` otherwise. At most
    :data:`MAX_SCRIPTS` scripts of :data:`KIT_SCRIPT_BYTES` read, comments aside; nothing is run."""
    scripts = sorted(p for p in scripts if not is_test(p))[:MAX_SCRIPTS]
    if not scripts or len(sql) < 2:
        return [], []
    by_name: dict[str, list[str]] = {}
    for p in sql:
        by_name.setdefault(p.rsplit("/", 1)[-1].lower(), []).append(p)
    texts = {p: list(_script_lines(ctx.snapshot.read_text(p, limit=KIT_SCRIPT_BYTES) or "")) for p in scripts}
    tool_vars: dict[str, str] = {}  # (variable, lower case -> "db" or "gis")
    for lines in texts.values():
        for line in lines:
            if (m := _TOOL_VAR.match(line)) and (t := _TOOL_WORD.search(m.group(2))):
                tool_vars.setdefault(m.group(1).lower(), _tool_kind(t.group(1)))
    var_ref = re.compile(r"%(" + "|".join(map(re.escape, sorted(tool_vars))) + r")%|\$\{?(" + "|".join(map(re.escape, sorted(tool_vars)))
                           + r")\b", re.I) if tool_vars else None
    kit: list[str] = []
    run: set[str] = set()
    gis = False
    for path, lines in texts.items():
        ran = False
        for line in lines:
            if _TOOL_VAR.match(line) and not _SQL_FILE.search(line):
                continue  # (the assignment naming the program runs nothing: set OGR="C:\…\ogr2ogr.exe")
            used = {_tool_kind(m.group(1)) for m in _TOOL_WORD.finditer(line)}
            used |= {tool_vars[(m.group(1) or m.group(2)).lower()] for m in var_ref.finditer(line)} if var_ref else set()
            gis = gis or "gis" in used
            if "db" in used:
                for m in _SQL_FILE.finditer(line):
                    name = re.split(r"[\\/]", m.group(1))[-1].lower()
                    if name in by_name:
                        run.update(by_name[name])
                        ran = True
        if ran:
            kit.append(path)
    if len(run) < 2 or len(run) * 2 <= len(sql) or not kit:  # (most of the SQL files, run by the scripts)
        return [], []
    size = {p: e.size for p, e in ctx.snapshot.files.items() if p in set(kit) | set(sql)}
    if sum(size.get(p, 0) for p in kit) < 2 * sum(size.get(p, 0) for p in sql):  # (the scripts twice the SQL's bytes at least)
        return [], []
    if not gis and not any(_SPATIAL_SQL.search(ctx.snapshot.read_text(p, limit=64 * 1024) or "") for p in sorted(run)[:20]):
        return [], []
    return kit, sorted(run)


# SQL scripts that move data into another product's tables (issue 12, s35 h35 = PnGuadeloupe/obsocc2naturaliz, a national park's
# transfer of its occasional observations into Naturaliz): foreign tables over the source database, local copies of them
# (CREATE TABLE … AS SELECT), a few link tables, then DELETE FROM occtax.observation … INSERT INTO occtax.observation … SELECT
# into the tables of an application installed elsewhere. Such SQL is a load run by hand, no data model to reuse: the tables it
# writes into outnumber the tables it defines with columns. (A data model's install script seeding another schema's register,
# INSERT INTO gn_commons.t_modules VALUES …, beside the tables it defines, stays a data model.)
SQL_TRANSFER = "SQL scripts loading data into tables created elsewhere (DELETE/INSERT … SELECT)"  # (the kind evidence's reason)
TRANSFER_BYTES = 256 * 1024
_SQL_NAME = r'(?:"[^"]+"|[A-Za-z_][\w$]*)(?:\s*\.\s*(?:"[^"]+"|[A-Za-z_][\w$]*)){0,2}'
_SQL_REMARK = lazy_compile(r"--[^\n]*|/\*(?:(?!/\*).)*?\*/", re.S)
_SQL_STRING = lazy_compile(r"'(?:[^']|'')*'")
# tables the scripts create: with their columns (a table of their own), or as copies and foreign tables (staging)
_DEFINED = lazy_compile(r"\bcreate\s+(?:(?:global|local)\s+)?(?:temp(?:orary)?\s+|unlogged\s+)?table\s+(?:if\s+not\s+exists\s+)?("
                        + _SQL_NAME + r")\s*\(", re.I)
_CREATED = lazy_compile(r"\bcreate\s+(?:or\s+replace\s+)?(?:(?:global|local)\s+)?(?:temp(?:orary)?\s+|unlogged\s+|foreign\s+|materialized\s+)?"
                        r"(?:table|view)\s+(?:if\s+not\s+exists\s+)?(" + _SQL_NAME + r")", re.I)
# rows copied from a query into a table (INSERT INTO t (…) SELECT …, the column list aside), or deleted from it before a reload
_INSERT_SELECT = lazy_compile(r"\binsert\s+into\s+(" + _SQL_NAME + r")\s*(?:\([^()]*\)\s*)?(?:with\b|select\b|\(\s*select\b)", re.I)
_DELETE = lazy_compile(r"\bdelete\s+from\s+(" + _SQL_NAME + r")", re.I)
_GEOMETRY = lazy_compile(r"\b(?:geometry|geography)\b", re.I)  # (a column of PostGIS's types: geometrie geometry)


def _sql_table(name: str) -> str:
    return re.sub(r"\s+", "", name.replace('"', "")).lower()


def sql_transfers(ctx, paths: list[str]) -> tuple[list[str], bool]:
    """(The SQL files among ``paths``, those writing first, whether they handle geodata) when they copy rows (INSERT … SELECT,
    DELETE FROM) into tables none of ``paths`` creates and those tables outnumber the tables the files define with their columns:
    the whole set is then a transfer into another product's tables; ``([], False)`` otherwise. At most :data:`MAX_SCRIPTS` files
    of :data:`TRANSFER_BYTES` read in path order, comments and literals aside; nothing is run."""
    texts = {p: _SQL_STRING.sub("''", _SQL_REMARK.sub(" ", ctx.snapshot.read_text(p, limit=TRANSFER_BYTES) or ""))
             for p in sorted(paths)[:MAX_SCRIPTS]}
    created = {_sql_table(m.group(1)) for t in texts.values() for m in _CREATED.finditer(t)}
    own = {_sql_table(m.group(1)) for t in texts.values() for m in _DEFINED.finditer(t)}
    short = {n.rsplit(".", 1)[-1] for n in created}

    def elsewhere(name: str) -> bool:  # (a table named with its schema must be created so; one named alone, under any schema)
        name = _sql_table(name)
        return name not in created and ("." in name or name not in short)

    copied = {p: {_sql_table(m.group(1)) for m in _INSERT_SELECT.finditer(t) if elsewhere(m.group(1))} for p, t in texts.items()}
    deleted = {p: {_sql_table(m.group(1)) for m in _DELETE.finditer(t) if elsewhere(m.group(1))} for p, t in texts.items()}
    targets = set().union(*copied.values(), *deleted.values()) if texts else set()
    if not any(copied.values()) or len(targets) <= len(own):
        return [], False
    writing = [p for p in texts if copied[p] or deleted[p]]
    return writing + [p for p in texts if p not in writing], any(_SPATIAL_SQL.search(t) or _GEOMETRY.search(t) for t in texts.values())


# SQL views an application keeps over a database it does not define (issue 12, s36 f36 = PnMercantour/PAEC, a national park's
# Dash dashboard of pastoral units and farmers): some seventy files of CREATE [MATERIALIZED] VIEW paec.… AS SELECT … FROM
# ag_pasto.c_unite_pastorale_unp …, with their indexes, grants and owner, over the park's internal tables that none of the
# project's files creates (and views over those views), beside the dashboard's Python code. Such views are what the application
# and the agents' QGIS layers read: no schema to reuse, whatever their number. (A PostGIS model's own views, reading the tables it
# defines with their columns, directly or through its other views, stay its model.)
MAX_VIEW_FILES = 200
VIEW_BYTES = 64 * 1024
_VIEW = lazy_compile(r"\bcreate\s+(?:or\s+replace\s+)?(?:(?:temp(?:orary)?|recursive)\s+)?(?:materialized\s+)?view\s+(?:if\s+not\s+exists\s+)?("
                     + _SQL_NAME + r")", re.I)
# what a file of views must not do besides its views, their indexes, grants, comments and owner: define a table, a type, a
# function or a trigger, change a table, or write rows (a model's install script)
_NOT_A_VIEW = lazy_compile(r"\bcreate\s+(?:or\s+replace\s+)?(?:(?:global|local)\s+)?(?:temp(?:orary)?\s+|unlogged\s+|foreign\s+)?"
                           r"(?:table|type|domain|function|procedure|trigger|sequence|extension|schema)\b|"
                           r"\balter\s+table\s+(?:if\s+exists\s+)?(?:only\s+)?" + _SQL_NAME + r"\s+(?!owner\s+to\b)|"
                           r"\binsert\s+into\b|\bupdate\s+[\w.\"]+\s+set\b|\bdelete\s+from\b|\bcopy\s+[\w.\"]+", re.I)
# the relations a query reads (FROM a, JOIN b), not a function's (FROM generate_series(…))
_READ = lazy_compile(r"\b(?:from|join)\s+(" + _SQL_NAME + r")(?!\s*\()", re.I)


def sql_view_layer(ctx, paths: list[str]) -> list[str]:
    """The SQL files among ``paths`` that only create views (with their indexes, grants, comments and owner) and read no table
    ``paths`` define with their columns, neither directly nor through the views of ``paths``, when such files read one table of
    another schema at least that none of ``paths`` creates: views over a database kept elsewhere. At most :data:`MAX_VIEW_FILES`
    files of :data:`VIEW_BYTES` read in path order, comments and literals aside; nothing is run. (The caller decides when such a
    layer is no model: beside an application serving it.)"""
    texts = {p: _SQL_STRING.sub("''", _SQL_REMARK.sub(" ", ctx.snapshot.read_text(p, limit=VIEW_BYTES) or ""))
             for p in sorted(paths)[:MAX_VIEW_FILES]}
    created = {_sql_table(m.group(1)) for t in texts.values() for m in _CREATED.finditer(t)}
    views = {p: {_sql_table(m.group(1)) for m in _VIEW.finditer(t)} for p, t in texts.items() if _VIEW.search(t) and not _NOT_A_VIEW.search(t)}
    reads = {p: {_sql_table(m.group(1)) for m in _READ.finditer(texts[p])} for p in views}
    # the relations holding the project's rows: its tables defined with columns, then the views reading them (one pass per file at most)
    backed = {_sql_table(m.group(1)) for t in texts.values() for m in _DEFINED.finditer(t)}
    for _ in range(len(views) + 1):
        short = {n.rsplit(".", 1)[-1] for n in backed}
        grown = backed.union(*(views[p] for p in views if any(n in backed or ("." not in n and n in short) for n in reads[p])))
        if grown == backed:
            break
        backed = grown
    short = {n.rsplit(".", 1)[-1] for n in backed}
    layer = [p for p in views if not any(n in backed or ("." not in n and n in short) for n in reads[p])]
    # (a table of another database is named with its schema; a name alone may be a column, extract(year from d), or a CTE)
    if not any("." in n and n not in created for p in layer for n in reads[p]):
        return []
    return layer
