"""The columns a PHP model reads by name from the rows of a query builder's query on a named table (CodeIgniter's
``$query = $this->db->get('personnel'); foreach ($query->result_array() as $row) { … $row['email'] … }``, ``->get_where('t', …)``,
``->from('t')``, rows as objects ``$row->email`` or one row ``$r = $query->row_array()``): that table's fields, read as an INSERT's
columns are (``personal_data``; issue 12, s41 fm41 = Agence-Bleu-B/ccas-dinan). Also the columns a Laravel Eloquent model lists in its
``$fillable``, ``$hidden``, ``$guarded``, ``$visible``, ``$dates`` or ``$casts`` (:func:`eloquent_fields`)."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

# a PHP function's body, from its header to the next function's (at most 40 functions of a file, each up to 6,000 characters read)
_FUNCTION = lazy_compile(r"\bfunction\s+\w+\s*\(")
_TABLE = lazy_compile(r"""->(?:get|get_where|from)\(\s*['"](\w{2,64})['"]""")
_ROWS = lazy_compile(r"""foreach\s*\(\s*\$\w+\s*->\s*(?:result_array|result|custom_result_object)\s*\([^)]*\)\s+as\s+\$(\w+)\s*\)"""
                     r"""|\$(\w+)\s*=\s*\$\w+\s*->\s*(?:row_array|row|first_row|last_row)\s*\(""")
MAX_FUNCTIONS = 40
MAX_BODY = 6000


def builder_fields(text: str) -> list[tuple[str, str, int]]:
    """``(table, column, line)`` of the columns read by name from the rows of a query on one named table, function by function;
    a function querying two tables or more, or reading no row by name, gives none."""
    starts = [m.start() for m in _FUNCTION.finditer(text)][:MAX_FUNCTIONS]
    out: list[tuple[str, str, int]] = []
    seen: set = set()
    for k, start in enumerate(starts):
        body = text[start: min(starts[k + 1] if k + 1 < len(starts) else len(text), start + MAX_BODY)]
        tables = {m.group(1) for m in _TABLE.finditer(body)}
        if len(tables) != 1:
            continue
        table = tables.pop()
        for var in {m.group(1) or m.group(2) for m in _ROWS.finditer(body)}:
            rx = re.compile(r"\$" + re.escape(var) + r"""(?:\[\s*['"](\w{1,64})['"]\s*\]|->(\w{1,64})\b(?!\s*\())""")
            for m in rx.finditer(body):
                column = m.group(1) or m.group(2)
                if (table, column) not in seen:
                    seen.add((table, column))
                    out.append((table, column, text.count("\n", 0, start + m.start()) + 1))
    return out


# A Laravel Eloquent model (class Client extends Eloquent / Model / Authenticatable) names its table's columns only in the lists of
# its properties ($fillable = ['nomClient', 'emailClient', …], $hidden = ['password'], $casts = ['birth_date' => 'date']): those
# are the table's fields, as a migration's $table->string('email') is (issue 12, s42 fh42 = Exilz/linea-gap). The table is the one
# $table names, else Laravel's default, the class's name in lower case with an s.
_ELOQUENT_CLASS = lazy_compile(r"^[^\S\n]*(?:abstract\s+|final\s+)?class\s+(\w+)\s+extends\s+(?:\\?[\w\\]*\\)?(?:Eloquent|Model|Authenticatable|Pivot)\b", re.M)
_ELOQUENT_TABLE = lazy_compile(r"""\$table\s*=\s*['"]([\w.]{1,64})['"]\s*;""")
_ELOQUENT_LIST = lazy_compile(r"""(?:protected|public|private)\s+(?:static\s+)?(?:array\s+)?\$(?:fillable|hidden|guarded|visible|dates|casts)\s*=\s*(?:\[|array\s*\()([^\]\);]{0,4000})""")
_LIST_ITEM = lazy_compile(r"""['"](\w{1,64})['"]\s*(=>)?""")


def eloquent_fields(text: str) -> list[tuple[str, str, int]]:
    """``(table, column, line)`` of the columns an Eloquent model's property lists name (a $casts' keys, the others' items)."""
    cls = _ELOQUENT_CLASS.search(text)
    if not cls:
        return []
    named = _ELOQUENT_TABLE.search(text, cls.end())
    table = named.group(1) if named else cls.group(1).lower() + "s"
    out: list[tuple[str, str, int]] = []
    for lst in _ELOQUENT_LIST.finditer(text, cls.end()):
        items = list(_LIST_ITEM.finditer(lst.group(1)))
        keyed = any(i.group(2) for i in items)
        for i in items:
            if (i.group(2) or not keyed) and all(c != i.group(1) for _, c, _ in out):
                out.append((table, i.group(1), text.count("\n", 0, lst.start(1) + i.start()) + 1))
    return out
