"""The ``data_license_text`` fact: where the README states a licence in a sentence about data or
documentation ("the data are published under the Licence Ouverte"), not about the code."""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.facts.inventory import MANIFESTS
from auditor.lazyre import lazy_compile
from auditor.licenses import notices

MAX_BYTES = 1_000_000
# what a data or documentation licence covers: data, documents, and a working group's productions (a specification, its
# nomenclature, guides): "L'ensemble des productions du Pôle Métier … sont sous Licence Ouverte Etalab 2.0"
_SCOPE_WORDS = lazy_compile(r"donn[ée]es|data|documentation|docs?\b|contenus?|content|productions|publications|sp[ée]cifications?|nomenclatures?|"
                            r"r[ée]f[ée]rentiels?", re.I)
_SENTENCE_END = lazy_compile(r"[.!?;]\s|\n\s*\n|\n[-*#|]")


def about_data(text: str, off: int) -> bool:
    """Whether the sentence around ``off`` speaks of data or documentation: "the code is published under
    Licence Ouverte / Etalab" names a licence for the code, not for data."""
    if off < 0:
        return False
    starts = [m.end() for m in _SENTENCE_END.finditer(text, max(0, off - 400), off)]
    start = starts[-1] if starts else max(0, off - 400)
    m = _SENTENCE_END.search(text, off)
    sentence = text[start: m.start() + 1 if m else off + 300]
    return bool(_SCOPE_WORDS.search(sentence))


# A credit to another's data, not the licence of the project's: a basemap's ("Données cartographiques : © OpenStreetMap contributors,
# disponibles sous licence ODbL", Leaflet's "Map data © OpenStreetMap", "Fond de carte : IGN"), any line of a "Crédits" chapter. Not
# a bare © ("© 2024 Ville de Lyon, données sous Licence Ouverte" is the project's notice), nor OpenStreetMap named alone ("données
# extraites d'OpenStreetMap, sous ODbL": the repository's extracts are under it), nor a chapter "Crédits et licence"
_CREDIT = lazy_compile(r"\bfonds?\s+de\s+cartes?\b|\bbase\s?maps?\b|\btuiles\b|\btiles\b|\bdonn[ée]es\s+cartographiques\b|\bmap\s+data\b", re.I)
_CREDITS_HEADING = lazy_compile(r"^#{1,6}[ \t]*(?:cr[ée]dits?|credits?|attributions?|remerciements|acknowledge?ments?)[ \t:]*$", re.I | re.M)
_HEADING = lazy_compile(r"^#{1,6}[ \t]", re.M)


def without_credits(text: str) -> str:
    """``text`` with the lines that credit a third party's data blanked (same length, offsets kept): a basemap's credit, any line
    under a "Crédits" heading. The licence such a line names is that data's, not one the project gives its own data or documents."""
    out, credits = [], False
    for line in text.split("\n"):
        if _HEADING.match(line):
            credits = bool(_CREDITS_HEADING.match(line))
        out.append(" " * len(line) if credits or _CREDIT.search(line[:1000]) else line)
    return "\n".join(out)


def _line_about_data(text: str, number: int | None) -> bool:
    lines = text.split("\n")
    line = lines[number - 1] if number and 0 < number <= len(lines) else ""
    return about_data(text, text.find(line) if line else -1)


# a file of the repository named in the README with a data file's extension (data.json, communes.csv, zones.geojson)
_DATA_FILE_NAME = lazy_compile(r"(?<![\w/.-])((?:[\w.-]+/)*[\w-][\w.-]*\.(?:json|csv|tsv|geojson|topojson|gpkg|xlsx|xls|ods|parquet|ndjson|jsonl|kml|gpx|shp))(?![\w-])", re.I)
# words saying a line is about the data (the file's own name taken out first: "data.json" is no sentence about data)
_DATA_WORDS = lazy_compile(r"\bdonn[ée]es|\bdata(?:[ -]?sets?)?\b|\bjeux? de donn|dataset", re.I)


# the README's opening saying the repository holds data ("Ce dépôt contient les données touristiques du territoire …", "This repository
# contains the data of …"): the data files its list items then name ("- `agenda.json` : liste d'événements à venir") are that data
# (issue 12, s40 fn40 = touristic/provencemed)
_HOLDS_DATA = lazy_compile(r"\b(?:ce|cet|this)\s+(?:d[ée]p[ôo]t|repo(?:sitory)?|entrep[ôo]t|projet|project)\s+(?:contient|rassemble|publie|diffuse|"
                           r"met\s+[àa]\s+disposition|contains|holds|publishes|provides)\s+(?:(?:les|des|the|l['’])\s*)?(?:[\w'’-]+\s+){0,3}?"
                           r"(?:donn[ée]es|data(?:[ -]?sets?)?\b|jeux?\s+de\s+donn)", re.I)
_LIST_ITEM = lazy_compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s")
OPENING_LINES = 12


def presented_data(readme: str, files) -> list[list]:
    """``[path, line]`` of the repository's files the README presents as its data: a file of a data extension that exists at the
    path the README names (from the root), on a line that speaks of data once that name is taken out (a project tree's
    "data.json  # Données", "la préparation du jeu de données \"data.json\""), or on a list item of a README whose opening (its first
    twelve lines) says the repository holds data: the data set the project publishes, whatever its size."""
    out: dict[str, int] = {}
    lines = readme.split("\n")[:2000]
    holds = any(_HOLDS_DATA.search(line[:1000]) for line in lines[:OPENING_LINES])
    for number, line in enumerate(lines, 1):
        for m in _DATA_FILE_NAME.finditer(line[:1000]):
            path = m.group(1).lstrip("./")
            if path in files and path not in out and (_DATA_WORDS.search(line[:m.start()] + " " + line[m.end():1000])
                                                      or (holds and _LIST_ITEM.match(line) and path.rsplit("/", 1)[-1] not in MANIFESTS)):
                out[path] = number
    return [[p, n] for p, n in out.items()][:20]


# A README line keeping the data's rights ("Données et identité visuelle : propriété de la commune de Gâprée.", "Data: all rights
# reserved"): a statement that the data is not open, though it names no licence; not one naming a licence (OpenStreetMap's data "propriété
# de ses contributeurs, sous licence ODbL"), nor one on people's personal data
_OWNED = lazy_compile(r"\bpropri[ée]t[ée]\s+(?:exclusive\s+)?d[eu']|\bproperty\s+of\b", re.I)
_PERSONAL = lazy_compile(r"personnel|personal|utilisat|usager|\buser", re.I)


def reserved_data(readme: str) -> list[list]:
    """``[line, words]`` of the README's lines (the first 2000) that keep the rights on the data, at most 3."""
    out = []
    for number, line in enumerate(readme.split("\n")[:2000], 1):
        text = line[:1000]
        if _DATA_WORDS.search(text) and (_OWNED.search(text) or notices.is_proprietary(text)) and not notices.names_in(text) \
                and not _PERSONAL.search(text):
            out.append([number, " ".join(text.strip(" -*#>").split())[:120]])
    return out[:3]


@fact("data_license_text", version=16, public=False)
def data_license_text(ctx) -> dict:
    """``readme``: the root README was read (README.md, README.rst, README.txt…: the one the ``files`` fact names; ``path``: its
    path); ``sources``: ``[path, line]`` of the ``license`` fact's README sources whose sentence is about data or documentation;
    ``names``: ``[licence id, line]`` of the licences the README names in such a sentence; ``data``: ``[path, line]`` of the files
    it presents as the project's data (:func:`presented_data`); ``reserved``: ``[line, words]`` of its lines keeping the data's
    rights (:func:`reserved_data`)."""
    snap = ctx.snapshot
    path = (ctx.fact("files") or {}).get("readme") or "README.md"  # (Georiviere-admin's README.rst, s36 e36: not only a README.md;
    path = path if "/" not in path else "README.md"  # at the root, where the paths it names start)
    readme = (snap.files.get(path) and snap.read_text(path, limit=MAX_BYTES)) or ""
    sources = []
    for s in ctx.fact("license").get("sources") or []:
        if s["kind"] == "readme":
            text = readme if s["path"] == path else (snap.read_text(s["path"], limit=MAX_BYTES) or "")
            if _line_about_data(text, s.get("line")):
                sources.append([s["path"], s.get("line")])
    names = [[lid, readme.count("\n", 0, off) + 1] for lid, off in notices.names_in(without_credits(readme))
             if about_data(readme, off)] if readme else []
    return {"readme": bool(readme), "path": path if readme else None, "sources": sources, "names": names, "data": presented_data(readme, snap.files) if readme else [],
            "reserved": reserved_data(readme) if readme else []}
