"""The table each column a query selects belongs to (read by ``personal_data``'s :func:`~auditor.facts.scaling.personal_models.selected_fields`):
the one its qualifier names, else, over several tables, the one named for people, or all of them (issue 12, s41 fl41 = Exanc/SAE_PNR:
``SELECT idObservateur, nom, prenom FROM AObserve, Observateur`` gave the observers' names to the link table AObserve)."""

from __future__ import annotations

import functools
import re

from auditor.lazyre import lazy_compile

# words after a table that are no alias of it
NOT_ALIAS = frozenset({"on", "where", "left", "right", "inner", "outer", "join", "group", "order", "limit", "cross", "full", "natural",
                       "using", "union", "having", "window", "lateral", "select"})

# the tables listed in a FROM clause, comma-separated (FROM AObserve, Observateur WHERE …), each with its alias
_FROM_LIST = lazy_compile(r"""\bfrom\s+([`"\[]?[\w.]+[`"\]]?(?:\s+(?:as\s+)?\w+)?(?:\s*,\s*[`"\[]?[\w.]+[`"\]]?(?:\s+(?:as\s+)?\w+)?){1,10})""", re.I)
_QUALIFIED = lazy_compile(r"""^[`"\[]?(\w+)[`"\]]?\.[`"\[]?\w+[`"\]]?$""")
_BARE = lazy_compile(r"""^[`"\[]?\w+[`"\]]?$""")
_AS_ALIAS = lazy_compile(r"""\s+as\s+[`"\[]?\w+[`"\]]?\s*$""", re.I)


def owners(clause: str, sources: dict[str, str], first: str):
    """The table a selected item's column belongs to: the one its qualifier names (o.nom), else, when the FROM clause reads several
    tables (FROM AObserve, Observateur; a JOIN), the one of them named for people, or all of them (a column unqualified over several
    tables is no more the first one's than another's: s41 fl41 = Exanc/SAE_PNR, nom and prenom of Observateur, not of the link
    table AObserve); with one table, that table."""
    listed = _FROM_LIST.match(clause)
    for part in (listed.group(1).split(",") if listed else [])[1:]:
        words = re.sub(r"""[`"\[\]]""", "", part).split()
        if words:
            table = words[0].rsplit(".", 1)[-1]
            sources.setdefault(table.lower(), table)
            if len(words) > 1 and words[-1].lower() not in NOT_ALIAS and words[-1].lower() != "as":
                sources.setdefault(words[-1].lower(), table)
    tables = list(dict.fromkeys(sources.values()))
    people = [t for t in tables if {re.sub(r"[_\W]", "", n.lower()).rstrip("s") for n in (t, t.rsplit("_", 1)[-1])} & _person_tables()]
    several = people[0] if len(people) == 1 else ", ".join(tables)

    def owner(item: str) -> str:
        # (a qualified column under an alias, ptp.ddenom AS nom_proprietaire: the qualifier's table, not the first one; s44 fd44)
        q = _QUALIFIED.match(_AS_ALIAS.sub("", item))
        if q:
            return sources.get(q.group(1).lower(), first)
        return several if len(tables) > 1 and _BARE.match(item) else first
    return owner


@functools.lru_cache(maxsize=1)
def _person_tables() -> frozenset:
    from auditor.data import load

    return frozenset(re.sub(r"[_\W]", "", str(t).lower()).rstrip("s") for t in load("personal_data.yml").get("person_tables") or [])


def merge_joined(found: list[dict]) -> list[dict]:
    """The tables found, without the owners :func:`owners` names by a FROM list (``"Observateur, aobserve"``: the columns of a join
    over several tables) when one of its tables is found on its own (the schema's ``observateur``, compared case-insensitively): the
    same table's fields, read through a join, are not another table (issue 12, s43 fc43 = Fyelne/Projet-PNR, counted 3 for 2)."""
    single = {(t.get("table") or "").lower() for t in found if ", " not in (t.get("table") or "")}
    return [t for t in found if ", " not in (t.get("table") or "")
            or not {p.strip().lower() for p in t["table"].split(",")} & single]
