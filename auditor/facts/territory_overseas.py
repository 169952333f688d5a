"""France's overseas territories named in the code (reusability.territory-neutral).

The overseas regions and départements (Guadeloupe, Martinique, Guyane, La Réunion, Mayotte) and the overseas collectivities
(Nouvelle-Calédonie, Polynésie française, Saint-Pierre-et-Miquelon, Wallis-et-Futuna, Saint-Martin, Saint-Barthélemy) are
territories as much as the mainland's régions: :data:`OVERSEAS_NAMES` joins the list of régions the signals read
(:mod:`auditor.facts.code_signals`).

A public body named after its territory ("Office de l'eau Réunion", the window title, the about box and the settings of an Office de
l'eau's QGIS plugin; "Agence … de Guyane", "Comité du tourisme de Martinique") in a text of the program: the territory the program
was written for, which another territory's body rewrites (issue 12, s40 fj40 = ToffoluttiVittorio/qgis-plugin-for-georchestra).
"Réunion" alone is also a meeting ("salle de réunion", "compte rendu de réunion", "Nouvelle Réunion"): it counts after a body's name
only, or as "La Réunion"; a file naming three territories or more lists them.
"""

from __future__ import annotations

from auditor.facts.signal_registry import signal
from auditor.lazyre import lazy_compile

OVERSEAS_NAMES = (r"Guadeloupe|Martinique|Guyane|La R[ée]union|Mayotte|Nouvelle-Cal[ée]donie|Polyn[ée]sie fran[çc]aise|"
                  r"Saint-Pierre-et-Miquelon|Wallis-et-Futuna|Saint-Martin|Saint-Barth[ée]lemy")
OVERSEAS_KEYS = ("guadeloupe", "martinique", "guyane", "réunion", "reunion", "mayotte", "calédonie", "caledonie", "polynésie", "polynesie",
                 "miquelon", "futuna", "saint-martin", "barth")

# a territory's public body, by the word opening its name (an office, an agency, an observatory, a committee, a chamber, a syndicate,
# a council, a collectivity, a prefecture, a directorate, a park), up to four words of its name ("de l'eau", "régional du tourisme"),
# then the territory, with its preposition or without ("Office de l'eau Réunion")
_BODY = (r"(?:Office|Agence|Observatoire|Comit[ée]|Chambre|Syndicat|Conseil|Collectivit[ée]|Pr[ée]fecture|Direction|Parc|"
         r"OFFICE|AGENCE|OBSERVATOIRE|COMIT[ÉE]|CHAMBRE|SYNDICAT|CONSEIL|COLLECTIVIT[ÉE]|PR[ÉE]FECTURE|DIRECTION|PARC)")
_BODY_WORDS = r"(?:[ \t]+(?:[\w’]+|[dlDL]['’][\w’]+)){0,4}?"
_PREP = r"(?:(?:de|du|à)[ \t]+(?:la[ \t]+|l['’])?|d['’]|en[ \t]+)?"
OVERSEAS_BODY = (r"(?<![\w'’-])(" + _BODY + _BODY_WORDS + r"[ \t]+" + _PREP
                 + r"(?:" + OVERSEAS_NAMES + r"|R[ée]union|R[ÉE]UNION|GUADELOUPE|MARTINIQUE|GUYANE|MAYOTTE))(?![\w'’-])")


_NAMED = lazy_compile(r"(?<![\w-])(?:" + OVERSEAS_NAMES + r")(?![\w-])")


def _accept(m) -> bool:
    """In a text of the program (a string, a tag's text), not a comment, an author's line or a package's metadata; a file naming three
    overseas territories or more lists them."""
    from auditor.facts.signals import _in_text
    from auditor.facts.territory_values import _AUTHORSHIP, _TRAILING_COMMENT, in_code, is_package_metadata

    before = m.string[m.string.rfind("\n", 0, m.start()) + 1: m.start()]
    return (_in_text(before) and in_code(m) and not is_package_metadata(m) and not _TRAILING_COMMENT.search(before)
            and not _AUTHORSHIP.search(before) and len({n.group(0).lower() for n in _NAMED.finditer(m.string[:200_000])}) < 3)


signal("territory.overseas-body", OVERSEAS_BODY, OVERSEAS_KEYS, flags=0, classes=("code", "template"), group=1, accept=_accept)
