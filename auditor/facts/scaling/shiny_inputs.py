"""The columns an R Shiny server stores its form's inputs in (issue 12, s45 fa45).

A Shiny form's ``textInput("indiv", …, value = "Nom, Prénom")`` asks a person's name (``personal.shiny-name-input``); the
server reads it as ``input$indiv`` and writes it to a row: a column bound to it in the data frame it stores
(``data.frame("referent" = input$indiv, …)``) or a value of an ``INSERT INTO`` it pastes together. Such a column holds a
person's name, whatever its name. Read only in a file that stores rows (an INSERT, DBI's ``dbWriteTable``/``dbAppendTable``, a
CSV, RDS, workbook or Google Sheet written): a form that only filters what it shows keeps no one's name.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

# a data frame's (or list's, tibble's) column bound to an input, the input's value maybe passed through a function first
# ("indiv_resp" = input$indiv_deploi, nom = str_trim(input$nom))
_BOUND = lazy_compile(r"""(?:["'`]([A-Za-z][\w.]{0,40})["'`]|\b([A-Za-z][\w.]{0,40}))[ \t]*=[ \t]*(?:[\w.:]{1,40}\([ \t]*)?input\$([A-Za-z][\w.]{0,40})\b""")
# a row stored: a SQL INSERT (the table it names), DBI's write or append (the table named), a file or sheet written
_INSERT = lazy_compile(r"""\bINSERT\s+INTO\s+["`]?([A-Za-z_][\w.]{0,80})""", re.I)
_DBI_WRITE = lazy_compile(r"""\bdb(?:WriteTable|AppendTable)\(\s*[\w.]{1,40}\s*,\s*(?:name\s*=\s*)?(?:[\w:]{1,20}\()?["']([A-Za-z_][\w.]{0,80})["']""")
_STORED = lazy_compile(r"""\b(?:dbWriteTable|dbAppendTable|dbExecute|dbSendQuery|dbSendStatement|write\.csv2?|write_csv2?|write\.table|saveRDS|"""
                       r"""write\.xlsx|write_xlsx|sheet_append|sheet_write|range_write|insert_one|\$insert)\s*\(|\bINSERT\s+INTO\b""", re.I)
_INPUT = lazy_compile(r"""\binput\$([A-Za-z][\w.]{0,40})\b""")
MAX_BOUND = 400
INSERT_SPAN = 4000  # (the characters of an INSERT pasted together, read after INSERT INTO)


def stored_input_fields(text: str, name_inputs: set[str]) -> list[tuple[str, str, int]]:
    """``(table, column, line)`` for each column a file stores one of ``name_inputs`` (lower-cased input ids) in: a data frame's
    column bound to it, or the input itself when an ``INSERT`` pastes it among its values; nothing when the file stores no row."""
    if not name_inputs or not _STORED.search(text):
        return []
    tables = sorted({m.group(1) for m in _INSERT.finditer(text)} | {m.group(1) for m in _DBI_WRITE.finditer(text)})
    table = tables[0] if len(tables) == 1 else ""  # (the one table the file writes; several: each column stays its file's)
    out: list[tuple[str, str, int]] = []
    seen: set[str] = set()
    for n, m in enumerate(_BOUND.finditer(text)):
        if n >= MAX_BOUND:
            break
        column = m.group(1) or m.group(2)
        if m.group(3).lower() in name_inputs and column.lower() not in seen and column.lower() not in ("value", "selected", "label"):
            seen.add(column.lower())  # (an update*Input's value = input$x shows the value again: no column)
            out.append((table, column, text.count("\n", 0, m.start()) + 1))
    if not out:  # (no data frame: the INSERT's values read the input itself, `paste0("INSERT INTO t VALUES ('", input$nom, "')")`)
        for ins in _INSERT.finditer(text):
            for m in _INPUT.finditer(text, ins.end(), ins.end() + INSERT_SPAN):
                if m.group(1).lower() in name_inputs and m.group(1).lower() not in seen:
                    seen.add(m.group(1).lower())
                    out.append((ins.group(1), m.group(1), text.count("\n", 0, m.start()) + 1))
    return out
