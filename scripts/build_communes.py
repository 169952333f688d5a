"""Build auditor/data/communes.yml: the names of France's communes and intercommunalities (EPCI) from INSEE's COG.

Source: INSEE's Code officiel géographique as Etalab publishes it in the npm package @etalab/decoupage-administratif
(data/communes.json: code, name, type, population; data/epci.json: the EPCI with their kind, CC, CA, CU or métropole). Get the
package's tarball with the ordinary client, then run:

    npm pack @etalab/decoupage-administratif@6.0.0        # sha256 c189ffd5b33fe40c2f19e1a923ce557f190622f39228745d3195d746dfe00c4a
    apt-get install wfrench wamerican                     # the word lists (/usr/share/dict/french, american-english)
    python3 scripts/build_communes.py etalab-decoupage-administratif-6.0.0.tgz > auditor/data/communes.yml

Three lists:

- ``communes``: communes of 5,000 inhabitants or more whose name is no French or English word (Plaisir, Fontaine, Avion,
  Orange, Tours, Sens, Stains) and has four letters or more: written alone in a string it names a place.
- ``domain_names``: the names, letters and digits only (meaux, samoissurseine, saintdenis), that are a commune's own when they
  are a domain's name under .fr (AFNIC gives a commune's name to the commune unless another holder has a legitimate interest):
  communes of 5,000 inhabitants or more, four letters or more, and no common word unless the town has 20,000 inhabitants or
  more (meaux.fr, tours.fr, nice.fr are the towns'; orange.fr is the operator's, and organisations.yml's mail providers and
  companies are set apart when read). Smaller communes share
  their names with businesses and people (saint-gobain.fr, ens.fr), so they are left out, unless their name joins three words
  or more with a linking word inside it (Bogny-sur-Meuse: bognysurmeuse, Saint-Jean-de-Luz, Ars-en-Ré): such a name is no
  business's nor person's, whatever the town's size (La Roche-Posay, whose article opens the name, stays out: a brand's too).
- ``former_names``: the names, letters and digits only, of the communes merged into a commune nouvelle or associated with another
  (the COG's communes déléguées and associées: Cras-sur-Reyssouze in Bresse Vallons) that join three words or more with a linking
  word, as ``domain_names``' small communes: no town hall's domain, but still a place's name, in a weather widget's address, a
  select's options or a table of the territory's places.
- ``epci_names``: an intercommunality's name without its kind and article, letters and digits only ("CC du Pays de l'Ourcq":
  paysdelourcq), four letters or more, no single common word (CC du Perche); ``epci_acronyms``: its kind's letters and the
  initials of its name's words, a number written as a digit ("CA des Deux Baies en Montreuillois": CA2BM), five characters
  or more, not a word nor a colour's hexadecimal digits. ``epci_agglo_acronyms``: a communauté d'agglomération's initials
  after the A of "Agglomération", the way the agglomérations name themselves ("CA de la Région de Compiègne et de la Basse
  Automne", the ARC: ARCBA), with the same limits.
- ``commune_departements``: for each département's code, the names (letters and digits only) of the lists above that are its
  communes' (current, merged or associated), so that a list of many communes can be told one département's (a département's
  fire stations named after their communes) from one spread across France (examples); a name several communes share (Avrillé in
  Maine-et-Loire and in Vendée) is under each of their départements.

The output is sorted: the same inputs give the same file.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import tarfile
import textwrap
import unicodedata

PACKAGE_SHA256 = "c189ffd5b33fe40c2f19e1a923ce557f190622f39228745d3195d746dfe00c4a"
WORD_LISTS = ("/usr/share/dict/french", "/usr/share/dict/american-english")
MIN_POPULATION = 5000
DOMAIN_MIN_POPULATION = 5000
DOMAIN_WORD_POPULATION = 20000
_KIND = re.compile(r"^(?:CC|CA|CU)\s+|^M[ée]tropole\s+|\s+M[ée]tropole$", re.I)
_ARTICLE = re.compile(r"^(?:du|de la|de l'|des|de|d')\s*", re.I)
_STOP = {"de", "du", "des", "la", "le", "les", "l", "d", "en", "et", "sur", "sous", "au", "aux", "a", "entre", "lez"}
_LINKS = {"sur", "sous", "les", "lez", "en", "et", "de", "du", "des", "la", "le", "d", "l", "aux", "au", "a", "entre", "pres"}
_NUMBERS = {"deux": "2", "trois": "3", "quatre": "4", "cinq": "5", "six": "6", "sept": "7", "huit": "8", "neuf": "9", "dix": "10"}


def _flat(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def _key(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", _flat(s))


# Initials an EPCI's name gives that are also the acronym of a body every département has (s23 m2, an SDIS's fire-prevention
# application: "Extraction 1 : CCDSA Liste ERP…" names the commission, not an intercommunality): never an EPCI's mark in code.
BODY_ACRONYMS = {
    "CCDSA": "commission consultative départementale de sécurité et d'accessibilité (décret n° 95-260 du 8 mars 1995)",
}


def _acronym(kind: str, name: str) -> str:
    words = [w for w in re.split(r"[^a-z0-9]+", _flat(_ARTICLE.sub("", _KIND.sub("", name)))) if w and w not in _STOP]
    return kind + "".join(_NUMBERS.get(w, w[0]).upper() for w in words)


def _linked(name: str) -> bool:
    """A name of three words or more with a linking word inside it (Bogny-sur-Meuse, Saint-Jean-de-Luz), not only first."""
    words = [w for w in re.split(r"[^a-z0-9]+", _flat(name)) if w]
    return len(words) >= 3 and any(w in _LINKS for w in words[1:-1])


def _block(items) -> list[str]:
    return ["  " + line for line in textwrap.wrap(" ".join(items), 116, break_long_words=False, break_on_hyphens=False)]


def main(tarball: str) -> int:
    with open(tarball, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    if digest != PACKAGE_SHA256:
        print(f"unexpected package: sha256 {digest}", file=sys.stderr)
        return 1
    with tarfile.open(tarball) as tar:
        communes = json.load(tar.extractfile("package/data/communes.json"))
        epcis = json.load(tar.extractfile("package/data/epci.json"))
        version = json.load(tar.extractfile("package/package.json"))["version"]
    words: set[str] = set()
    for path in WORD_LISTS:
        with open(path, encoding="utf-8", errors="ignore") as f:
            words |= {_flat(w.strip()) for w in f if w.strip()[:1].islower()}
    current = [c for c in communes if c.get("type") == "commune-actuelle"]
    names = sorted({c["nom"] for c in current if (c.get("population") or 0) >= MIN_POPULATION
                    and len([ch for ch in c["nom"] if ch.isalpha()]) >= 4 and _flat(c["nom"]) not in words})
    domains = sorted({_key(c["nom"]) for c in current if (c.get("population") or 0) >= DOMAIN_MIN_POPULATION and len(_key(c["nom"])) >= 4
                      and (_flat(c["nom"]) not in words or (c.get("population") or 0) >= DOMAIN_WORD_POPULATION)}
                     | {_key(c["nom"]) for c in current if _linked(c["nom"])})
    former = sorted({_key(c["nom"]) for c in communes if c.get("type") in ("commune-deleguee", "commune-associee") and _linked(c["nom"])}
                    - set(domains))
    cores = {_flat(_ARTICLE.sub("", _KIND.sub("", e["nom"]))) for e in epcis}
    epci_names = sorted({_key(c) for c in cores if len(_key(c)) >= 4 and c not in words})
    acronyms = sorted({a for e in epcis if e.get("type") in ("CC", "CA", "CU") for a in [_acronym(e["type"], e["nom"])]
                       if len(a) >= 5 and a.lower() not in words and not re.fullmatch(r"[0-9A-F]+", a) and a not in BODY_ACRONYMS})
    agglo = sorted({"A" + a[2:] for e in epcis if e.get("type") == "CA" for a in [_acronym(e["type"], e["nom"])]
                    if len(a) >= 6 and a[1:].lower() not in words and not re.fullmatch(r"[0-9A-F]+", a[1:])})
    print("# France's communes and intercommunalities (EPCI), from INSEE's Code officiel géographique. Built by")
    print("# scripts/build_communes.py; do not edit by hand. communes: communes of 5,000 inhabitants or more whose name is no")
    print("# common French or English word, for reusability.territory-neutral (a commune's name written alone in a string of the")
    print("# code). domain_names, epci_names: the names (letters and digits) that are a commune's or an EPCI's own as a domain's")
    print("# name under .fr (meaux.fr, paysdelourcq.fr, and any size's bognysurmeuse.fr); epci_acronyms: an EPCI's initials (CA2BM).")
    print("# epci_agglo_acronyms: an agglomération's initials after its A (ARCBA). former_names: the merged or associated communes'")
    print("# names joining three words (crassurreyssouze). The script says which are kept.")
    print("# commune_departements: each département's code, then the names above (letters and digits) of its communes.")
    print('data_date: "2026-12-04"')
    print(f'source: "INSEE, Code officiel géographique, through Etalab\'s @etalab/decoupage-administratif {version} (communes.json, '
          f'epci.json); common words left out with Debian\'s wfrench and wamerican lists"')
    print("communes:")
    for n in names:
        print("  - " + json.dumps(n, ensure_ascii=False))
    print("domain_names: >-")
    print("\n".join(_block(domains)))
    print("former_names: >-")
    print("\n".join(_block(former)))
    print("epci_names: >-")
    print("\n".join(_block(epci_names)))
    print("epci_acronyms: >-")
    print("\n".join(_block(acronyms)))
    print("epci_agglo_acronyms: >-")
    print("\n".join(_block(agglo)))
    listed = {_key(n) for n in names} | set(domains) | set(former)
    by_departement: dict[str, set[str]] = {}
    for c in communes:
        if c.get("type") in ("commune-actuelle", "commune-deleguee", "commune-associee") and c.get("departement") and _key(c["nom"]) in listed:
            by_departement.setdefault(c["departement"], set()).add(_key(c["nom"]))
    print("commune_departements:")
    for code in sorted(by_departement):
        print(f'  "{code}": >-')
        print("\n".join("  " + line for line in _block(sorted(by_departement[code]))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
