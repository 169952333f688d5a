"""Build auditor/data/communes.yml: the names of France's communes of 5,000 inhabitants or more that are no common word.

Source: INSEE's Code officiel géographique as Etalab publishes it in the npm package @etalab/decoupage-administratif
(data/communes.json: code, name, type, population). Get the package's tarball with the ordinary client, then run:

    npm pack @etalab/decoupage-administratif@6.0.0        # sha256 c189ffd5b33fe40c2f19e1a923ce557f190622f39228745d3195d746dfe00c4a
    apt-get install wfrench wamerican                     # the word lists (/usr/share/dict/french, american-english)
    python3 scripts/build_communes.py etalab-decoupage-administratif-6.0.0.tgz > auditor/data/communes.yml

A commune's name that is also a French or English word (Plaisir, Fontaine, Avion, Orange, Tours, Sens, Stains) or shorter than
four letters is left out: written alone in a string it says nothing of a place. The output is sorted: the same inputs give the
same file.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tarfile
import unicodedata

PACKAGE_SHA256 = "c189ffd5b33fe40c2f19e1a923ce557f190622f39228745d3195d746dfe00c4a"
WORD_LISTS = ("/usr/share/dict/french", "/usr/share/dict/american-english")
MIN_POPULATION = 5000


def _flat(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def main(tarball: str) -> int:
    with open(tarball, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    if digest != PACKAGE_SHA256:
        print(f"unexpected package: sha256 {digest}", file=sys.stderr)
        return 1
    with tarfile.open(tarball) as tar:
        member = tar.extractfile("package/data/communes.json")
        communes = json.load(member)
        version = json.load(tar.extractfile("package/package.json"))["version"]
    words: set[str] = set()
    for path in WORD_LISTS:
        with open(path, encoding="utf-8", errors="ignore") as f:
            words |= {_flat(w.strip()) for w in f if w.strip()[:1].islower()}
    names = sorted({c["nom"] for c in communes if c.get("type") == "commune-actuelle" and (c.get("population") or 0) >= MIN_POPULATION
                    and len([ch for ch in c["nom"] if ch.isalpha()]) >= 4 and _flat(c["nom"]) not in words})
    print("# France's communes of 5,000 inhabitants or more whose name is no common French or English word, for")
    print("# reusability.territory-neutral (a commune's name written alone in a string of the code). Built by")
    print("# scripts/build_communes.py from INSEE's Code officiel géographique; do not edit by hand.")
    print('data_date: "2026-12-03"')
    print(f'source: "INSEE, Code officiel géographique, through Etalab\'s @etalab/decoupage-administratif {version} (communes.json, '
          f'population >= {MIN_POPULATION}); common words left out with Debian\'s wfrench and wamerican lists"')
    print("communes:")
    for n in names:
        print("  - " + json.dumps(n, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
