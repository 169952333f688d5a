"""The columns a program reads by name from a query's result, as fields of the one table the query names (read for the
``personal_data`` fact, see :mod:`.personal`).

A JDBC ``ResultSet`` read right after a query written in the code: ``prepareStatement("SELECT * FROM Observateur")`` then
``rs.getString("nom")``, ``rs.getString("prenom")`` (issue 12, s43 fk43 = FeebyxDev/PNR-SAE: a park's JavaFX app listing the
observers of its wildlife records by name, read as "no personal-data field" since ``SELECT *`` names no column). Only a query whose
FROM names one table (no join, no second table, no sub-query) gives its table to the reads of the result its statement's
``executeQuery()`` gives (that variable's getters only), up to the next query and within READ_SPAN characters; a read after a query
of two tables, of another result (a database's metadata) or on a commented line gives nothing.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

MAX_QUERIES = 40
READ_SPAN = 3000
MAX_READS = 200
# a query in a string: SELECT … FROM <table> and what follows it in the string (to the closing quote)
_QUERY = lazy_compile(r"""["'`]\s*select\s[^"'`;]{0,2000}?\bfrom\s+[`\[]?([A-Za-z_][\w.]{0,80})[`\]]?([^"'`;]{0,500})""", re.I)
_MORE_TABLES = lazy_compile(r"\bjoin\b|,|\bfrom\b|\(", re.I)
# the result the query's statement gives: rs = ps.executeQuery(), ResultSet rs = stmt.executeQuery(sql)
_RESULT = lazy_compile(r"""\b([A-Za-z_]\w{0,40})\s*=\s*[\w.()"]{0,200}?\.executeQuery\s*\(""")
# a JDBC ResultSet's typed getter with a column's name
_READ = lazy_compile(r"""\b(\w{1,40})\.get(?:String|NString|Int|Long|Short|Byte|Boolean|Date|Time|Timestamp|Double|Float|BigDecimal|Object|Bytes)"""
                     r"""\(\s*"([A-Za-z_]\w{0,60})"\s*\)""")
_COMMENTED = lazy_compile(r"^\s*(?://|/?\*)")


def result_columns(text: str) -> list[tuple[str, str, int]]:
    """``(table, column, line)`` of the columns read by name from the result of a one-table query just before (see the module's
    docstring); bounded in queries, characters and reads."""
    queries = list(_QUERY.finditer(text))[:MAX_QUERIES]
    out: list[tuple[str, str, int]] = []
    seen: set[tuple[str, str]] = set()
    for i, q in enumerate(queries):
        if _MORE_TABLES.search(q.group(2)):
            continue  # (a join, a second table or a sub-query: the reads' table is not known)
        table = q.group(1).rsplit(".", 1)[-1]
        end = min(queries[i + 1].start() if i + 1 < len(queries) else len(text), q.end() + READ_SPAN)
        result = _RESULT.search(text, q.end(), end)
        if result is None:
            continue  # (no result read from this query here)
        for r in _READ.finditer(text, result.end(), end):
            line_start = text.rfind("\n", 0, r.start()) + 1
            if r.group(1) != result.group(1) or _COMMENTED.match(text, line_start):
                continue  # (another result's reads, a database's metadata; a commented line)
            if (table, r.group(2)) not in seen and len(out) < MAX_READS:
                seen.add((table, r.group(2)))
                out.append((table, r.group(2), text.count("\n", 0, r.start()) + 1))
    return out
