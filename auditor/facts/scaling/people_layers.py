"""Geographic data layers that list people, for ``personal_records``: a committed GeoJSON FeatureCollection (a ``.geojson`` or
``.json`` file, or the one a qgis2web map export wraps in ``layers/*.js`` as ``var json_X = {…}``) whose features' properties give a
person's full name (a name field, ``Nom``, ``Nom de l'acquéreur`` cut to ten letters by a shapefile, whose values read
"SURNAME Firstname" or "Firstname SURNAME") beside their postal address, phone number or e-mail address: a register of residents
geocoded to their homes (the households given a composter, a map's pop-ups showing each one), published to everyone who clones the
repository or opens the map, as a CSV table with that header would be (issue 12, s44 fn44 = reader rj44's
ADTPAspres/Compostage.individuel.Thuir.github.io).

The rule is kept narrow, so that a layer of places is never taken for people: the name field's values are full names by the rule of
:mod:`.personal_code_lists` (surname in capitals), for at least half its non-empty values and :data:`MIN_FEATURES` features; their
surnames mostly distinct, few of them communes, and no "first name" a place's word (``Ecole JULES FERRY``, ``Place JEAN JAURES``) nor
one word shared by most of them (``Déchetterie THUIR``, ``Déchetterie MILLAS``: a kind of place); and a contact field (address, phone,
e-mail) beside it. A layer of bins with their commune and address but no person's name is no list of people.

Read: in path order, at most :data:`MAX_PROBES` candidate files (a layer names its type in its first 4 KB), at most :data:`MAX_FILES` layers of at most
:data:`MAX_BYTES` each and of each its first :data:`MAX_FEATURES` features; parsed as JSON, nothing executed. Only counts, the field
names and the path leave the fact, never the values."""

from __future__ import annotations

import re
from collections import Counter

from auditor import safejson
from auditor.facts.scaling.personal_code_lists import _FULL_NAME, _PLACE_WORDS, _communes, _plain, repaired_name

LAYER_EXT = ("geojson", "json", "js")
MAX_PROBES, MAX_FILES, MAX_BYTES, MAX_FEATURES = 400, 40, 8 * 1024 * 1024, 20_000
MIN_FEATURES = 3
NAME_SHARE, DISTINCT_SHARE, COMMUNE_SHARE, FIRST_WORD_SHARE = 0.5, 0.8, 0.2, 0.5
_WRAPPED = re.compile(r"^\s*(?:var|let|const)\s+[A-Za-z_$][\w$]*\s*=\s*")
_NAME_KEY = re.compile(r"^(?:nom|noms|name|full[ _]?name|nom[ _-]?(?:complet|pr[ée]nom)|pr[ée]nom[ _-]?nom|identit[ée]|personne|person|"
                       r"nom[ _-](?:de|du|des|d')\b.*)$", re.I)
_CONTACT_KEY = re.compile(r"^(?:adresse|adr|address|addr|t[ée]l|t[ée]l[ée]phone|phone|mobile|portable|e-?mail|mail|courriel|coordonn)", re.I)
# words that name a kind of place, never a person's first name (a school, a square, a facility named after someone or something)
_PLACE_KINDS = _PLACE_WORDS | frozenset({
    "ecole", "college", "lycee", "mairie", "place", "rue", "avenue", "boulevard", "chemin", "route", "impasse", "allee", "quai", "square",
    "parc", "jardin", "stade", "gymnase", "salle", "eglise", "chapelle", "maison", "residence", "dechetterie", "cimetiere", "piscine",
    "creche", "hopital", "clinique", "pharmacie", "camping", "hotel", "restaurant", "bibliotheque", "mediatheque", "musee", "chateau",
    "domaine", "ferme", "moulin", "pont", "lac", "bois", "foret", "point", "borne", "aire", "parking", "cabinet", "agence", "association",
    "club", "groupe", "societe", "garage", "cave", "caserne", "gendarmerie", "poste", "office", "espace", "foyer", "ehpad", "institut",
    "lotissement", "cite", "hameau", "mas", "col", "pic", "mont", "source", "fontaine", "plage", "station", "arret", "cinema", "theatre"})


def _collection(data: bytes):
    """The features of a GeoJSON FeatureCollection given as is or wrapped in one JavaScript assignment, or None."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", "replace")  # (a shapefile's Latin-1 attributes, exported as they were)
    text = _WRAPPED.sub("", text.lstrip("\ufeff"), count=1).rstrip().rstrip(";")
    if not text.startswith("{"):
        return None
    try:
        doc = safejson.loads(text)  # (bounded depth: a hostile layer nested a million levels deep is no layer)
    except ValueError:
        return None
    features = doc.get("features") if isinstance(doc, dict) and doc.get("type") == "FeatureCollection" else None
    return features[:MAX_FEATURES] if isinstance(features, list) else None


# In a layer already found to name people by the strict rule above, the other shapes a register of residents writes a name in: a
# surname in capitals (or two joined by "/", a couple's) then one to three first names of any case ("STEVENS Marie Magdeleine",
# "CAILLAUT laurence", "BOMPAIS / MILLIET Michèle"), none a kind of place (issue 12, s45 fa45: 51 of 477 residents missed so)
_OTHER_NAME = re.compile(r"^([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+){0,2}(?: ?/ ?[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+){0,2}) "
                         r"([A-Za-zÀ-ÖØ-öø-ÿ][a-zß-öø-ÿ]+(?:[ -][A-Za-zÀ-ÖØ-öø-ÿ][a-zß-öø-ÿ]+){0,2})$")


def _other_name(value: str) -> bool:
    m = _OTHER_NAME.match(repaired_name(value))
    return bool(m) and not ({_plain(w) for w in re.split(r"[ /-]+", m.group(0))} & _PLACE_KINDS)


def people_in_layer(features: list) -> dict | None:
    """``{"records", "fields", "contacts"}`` when the features list named people with a way to reach them, else None."""
    props = [f.get("properties") for f in features if isinstance(f, dict) and isinstance(f.get("properties"), dict)]
    keys = list(dict.fromkeys(k for p in props[:50] for k in p if isinstance(k, str)))
    contact_keys = [k for k in keys if _CONTACT_KEY.match(k.strip())]
    if len(props) < MIN_FEATURES or not contact_keys:
        return None
    for key in (k for k in keys if _NAME_KEY.match(k.strip())):
        values = [p.get(key).strip() for p in props if isinstance(p.get(key), str) and p.get(key).strip()]
        surnames, firsts, rows = [], [], []
        for p in props:
            value = repaired_name(p.get(key)) if isinstance(p.get(key), str) and len(p.get(key)) <= 80 else None  # (mis-encoded accents)
            full = _FULL_NAME.match(value) if value else None
            if not full:
                continue
            first = _plain(value.split(" ")[-1 if full.group(1) else 0])
            if first in _PLACE_KINDS:
                continue
            surnames.append(_plain(full.group(1) or full.group(2)))
            firsts.append(first)
            rows.append(p)
        if len(surnames) < MIN_FEATURES or len(surnames) < NAME_SHARE * len(values) or len(set(surnames)) < DISTINCT_SHARE * len(surnames) \
                or sum(s in _communes() for s in surnames) > COMMUNE_SHARE * len(surnames) \
                or Counter(firsts).most_common(1)[0][1] > FIRST_WORD_SHARE * len(firsts):
            continue
        # the layer named people: its other values of a person's shape count too (counted, never deciding)
        taken = {id(p) for p in rows}
        rows += [p for p in props if id(p) not in taken and isinstance(p.get(key), str) and len(p.get(key)) <= 80 and _other_name(p.get(key))]
        reached = [p for p in rows if any(isinstance(p.get(k), (str, int)) and str(p.get(k)).strip() for k in contact_keys)]
        if len(reached) < MIN_FEATURES:
            continue
        return {"records": len(rows), "fields": [key] + contact_keys[:5], "contacts": len(reached)}
    return None


def layer_people_lists(snap, files: list, not_real) -> list[dict]:
    """``[{"path", "line", "records", "fields", "contacts"}]``: the committed data layers listing people (see the module)."""
    out, layers = [], 0
    paths = [e.path for e in files if e.ext.lower() in LAYER_EXT and not not_real.search(e.path) and e.size <= MAX_BYTES]
    for path in paths[:MAX_PROBES]:
        if layers >= MAX_FILES:
            break
        data = snap.read_bytes(path, limit=MAX_BYTES) or b""  # (a limit below the file's size would not read it at all)
        if b"FeatureCollection" not in data[:4096]:
            continue
        layers += 1
        features = _collection(data)
        found = people_in_layer(features) if features else None
        if found:
            out.append({"path": path, "line": 1, **found})
    return out
