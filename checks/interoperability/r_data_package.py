"""An R package that presents itself as holding data (issue 12, s43 fm43 = ymansiaux/carreauxINSEE: "Package contenant les données
carroyées dans BM", four data sets in data/*.rda built by data-raw/): its data sets are its product, data of its own in R's binary
format, not the examples a statistical library's help pages run on (disaggR's series). Told by the README's opening description:
a package (or this repository) that contains, embeds or provides data."""

from __future__ import annotations

import re

_DATA_PACKAGE = re.compile(
    r"\b(?:package|paquet|d[ée]p[ôo]t|repository)\b[^.\n]{0,40}?\b(?:contenant|contient|containing|contains?|embarqu\w*|fournit|provid\w*|"
    r"with|avec|of|de|des)\b[^.\n]{0,20}?\b(?:les\s+|the\s+)?(?:donn[ée]es|data(?:\s*sets?)?|jeux\s+de\s+donn[ée]es)\b"
    r"|^(?:donn[ée]es|data(?:\s*sets?)?|jeux\s+de\s+donn[ée]es)\b", re.I)


def presents_data(readme: dict) -> bool:
    """The README's opening description presents the package as holding data ("Package contenant les données carroyées…")."""
    text = ((readme or {}).get("description") or {}).get("text") or ""
    return bool(_DATA_PACKAGE.search(text[:600]))
