"""Words of a public body that name a place or a cloud's region, not who runs the project (read by :mod:`auditor.facts.scaling.reuse`).

After "installée à", "hébergées chez", a public body's word may only say where: "installée à Langevin, sur la commune de
Saint-Joseph" (a canyoning business's premises, in a tourism base's import notes), "hébergées chez Supabase/AWS, région eu-west-1"
(a cloud provider's region). Neither says that a public body runs the project (issue 12, s42 fp42 = D-OTIsud/Bertel): such phrases
are removed before the public words are looked for; "déployé par la commune de X" keeps its body."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

# "sur la commune de X", "dans la commune", "sur le territoire de": a location; "région eu-west-1", "region us-east-2": a cloud's region
_PLACE = lazy_compile(r"\b(?:sur|dans|en)[ \t]+(?:la|le|les|l['’])[ \t]*(?:communes?|territoires?|villes?|r[ée]gions?|d[ée]partements?)\b"
                      r"|\br[ée]gions?[ \t]+(?:[a-z]{2}-[a-z]+-\d|[a-z]+-?\d)\b", re.I)


def not_places(text: str) -> str:
    """``text`` with its location phrases and cloud regions blanked (see the module's docstring)."""
    return _PLACE.sub(" ", text)
