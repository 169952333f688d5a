""".NET database models (issue 12, s43 fj43 = GuilaumeDurandiere/te-backend): FluentMigrator migrations (``Create.Table("Utilisateur")
.WithColumn("Nom")``, ``Alter.Table("X").AddColumn("Y")``), Entity Framework Core migrations (``migrationBuilder.CreateTable(name:
"Utilisateur", columns: table => new { Nom = table.Column<string>(…) })``) and the entity classes a DbContext maps (``public class
Affaire`` with ``public string DemandeurNom { get; set; }``): the tables and fields of the program's database, as SQL DDL or an ORM's
models are."""

from __future__ import annotations

from auditor.lazyre import lazy_compile

# a table FluentMigrator creates or alters, or EF Core's migration builder creates
_TABLE = lazy_compile(r"""\b(?:Create|Alter)\.Table\(\s*"(\w+)"|\bCreateTable\(\s*(?:name:\s*)?"(\w+)\"""")
# its columns: FluentMigrator's WithColumn/AddColumn, EF Core's `Nom = table.Column<string>(`
_COLUMN = lazy_compile(r"""\.(?:WithColumn|AddColumn)\(\s*"(\w+)"|^\s*(\w+)\s*=\s*table\.Column<""")
# an entity class and its auto-properties (public string Nom { get; set; })
_CLASS = lazy_compile(r"^\s*(?:public\s+|internal\s+)?(?:sealed\s+|abstract\s+|partial\s+)*(?:class|record)\s+(\w+)\b")
_PROPERTY = lazy_compile(r"^\s*public\s+(?:virtual\s+|required\s+)*[\w.<>?,\[\] ]+?\s+(\w+)\s*\{\s*(?:get|init|set)\b")
MAX_LINES = 5000


def dotnet_fields(text: str) -> list[tuple[str, str, int]]:
    """``(table, field, line)`` of a C# file: the columns its migrations create, else the auto-properties of its classes."""
    out: list[tuple[str, str, int]] = []
    table = ""
    migration = bool(_TABLE.search(text))
    for i, line in enumerate(text.splitlines()[:MAX_LINES], 1):
        if len(line) > 400:
            continue
        if migration:
            if m := _TABLE.search(line):
                table = m.group(1) or m.group(2)
            out += [(table, c.group(1) or c.group(2), i) for c in _COLUMN.finditer(line) if table]
            continue
        if m := _CLASS.search(line):
            table = m.group(1)
        elif (p := _PROPERTY.search(line)) and table:
            out.append((table, p.group(1), i))
    return out
