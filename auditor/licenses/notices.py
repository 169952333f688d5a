"""License *notices* and names in free text (README, manifests, short LICENSE files), SPDX
expressions, "-only" vs "-or-later", proprietary statements, and the official French EUPL-1.2 text
(which the SPDX list does not carry) recognised by its title and article headings.

Longer than 400 lines: the table of licence names (NAME_RULES) and the readers that apply it to notices are one unit.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from auditor.lazyre import lazy_compile

# Families whose SPDX ids take "-only"/"-or-later".
VERSIONED = ("AGPL-1.0", "AGPL-3.0", "GPL-1.0", "GPL-2.0", "GPL-3.0", "LGPL-2.0", "LGPL-2.1", "LGPL-3.0", "GFDL-1.1",
             "GFDL-1.2", "GFDL-1.3")

_V = r"(?:v(?:ersion)?\.?\s*)?"
_INITIALS = r"(?:\((?:a|l)?gpl\)[\s,]*)?"  # the initials between a GNU licence's name and its version: "GNU General Public License (GPL) v3"
# The EUPL's names, and what may stand between a name and its version ("EUPL License v1.2", "European Union Public Licence (EUPL) v. 1.2")
# The GNU licences' French names ("Licence Publique Générale GNU", "Licence Publique Générale Limitée GNU", "Licence Publique
# Générale Affero GNU"; the FSF's unofficial translations, used in French notices)
_LPG = r"licence\s+publique\s+g[ée]n[ée]rale"
_LPG_AFFERO = _LPG + r"\s+(?:gnu\s+affero|affero(?:\s+gnu)?)\b"
_LPG_LESSER = _LPG + r"\s+(?:gnu\s+(?:limit[ée]e|amoindrie)|(?:limit[ée]e|amoindrie)(?:\s+gnu)?)\b"
_LPG_GNU = _LPG + r"\s+gnu\b"
_EUPL = r"(?:\beupl\b|european union public licen[cs]e|licence publique de l.union europ[ée]enne)(?:[\s,]*(?:\(eupl\)|licen[cs]e))?[\s,-]*"
# The CeCILL's title between its name and version ("the CeCILL License Agreement version / 2.1", a reST link wrapped after "version"),
# only before "version" or "v" (a "CeCILL license" line followed by a list's "2." names no version)
_CECILL_WORDS = r"(?:(?:free\s+software\s+)?licen[cs]e(?:\s+agreement)?[\s,]*(?=v(?:ersion)?\.?\s*\d))?"
# (pattern, SPDX id); the first that matches a phrase wins; checked on text folded to lower case ("GNU Public License": the GPL's common misnomer, s29)
NAME_RULES: list[tuple[re.Pattern, str]] = [(lazy_compile(p, re.I), i) for p, i in [
    (r"\bcecill[\s-]*b\b", "CECILL-B"),
    (r"\bcecill[\s-]*c\b", "CECILL-C"),
    (r"\bcecill[\s-]*" + _CECILL_WORDS + _V + r"2(?:\.0)?(?![.,]?\d)", "CECILL-2.0"),  # ("licence CECILL-V2": version 2, not 2.1)
    (r"\bcecill[\s-]*" + _CECILL_WORDS + r"(?:\(\s*>=?\s*)?" + _V + r"2\.1\b", "CECILL-2.1"),  # (an R DESCRIPTION's "CeCILL (>= 2.1)")
    (_EUPL + _V + r"1\.1\b", "EUPL-1.1"),
    (_EUPL + _V + r"1\.2\b", "EUPL-1.2"),
    (r"licence ouverte(?=[^.\n]{0,40}?(?:\b2\.0|\bv\.?\s*2\b|version\s*2\b|etalab))|open licen[cs]e\s*(?:/\s*etalab|v|version|2)|"
     r"\betalab[\s-]*(?:2\.0|v2|licen|open)|\betalab-2\.0", "etalab-2.0"),
    (r"\bodbl\b|open database licen[cs]e", "ODbL-1.0"),
    (r"\bagpl[\s-]*" + _V + r"3|\baffero[\s-]+(?:gnu[\s-]+)?(?:gpl|general public licen[cs]e)[\s,]*" + _INITIALS + r"(?:as published[^.]{0,60}?)?(?:" + _V
     + r"3|\(agpl[\s-]*v?3)|" + _LPG_AFFERO + r"[\s,]*" + _V + r"3", "AGPL-3.0"),
    (r"\blgpl[\s-]*" + _V + r"3|\bgnu lesser general public licen[cs]e[\s,]*" + _INITIALS + _V + r"3|" + _LPG_LESSER + r"[\s,]*" + _V + r"3", "LGPL-3.0"),
    (r"\blgpl[\s-]*" + _V + r"2\.1|\bgnu lesser general public licen[cs]e[\s,]*" + _INITIALS + _V + r"2\.1|" + _LPG_LESSER + r"[\s,]*" + _V + r"2\.1", "LGPL-2.1"),
    (r"\bgpl[\s-]*" + _V + r"3|\bgnu (?:general )?public licen[cs]e[\s,]*" + _INITIALS + r"(?:as published[^.]{0,60}?)?" + _V + r"3|\bgnu gpl[\s-]*" + _V + r"3|\bgplv3|" + _LPG_GNU + r"[\s,]*" + _V + r"3\b", "GPL-3.0"),
    (r"\bgpl[\s-]*" + _V + r"2|\bgnu (?:general )?public licen[cs]e[\s,]*" + _INITIALS + r"(?:as published[^.]{0,60}?)?" + _V + r"2|\bgplv2|" + _LPG_GNU + r"[\s,]*" + _V + r"2\b(?!\.1)", "GPL-2.0"),
    (r"\bmpl[\s-]*" + _V + r"2\.0|mozilla public licen[cs]e[\s,]*" + _V + r"2\.0", "MPL-2.0"),
    # (Leiningen's and the Eclipse texts' own title: "Eclipse Public License - v 2.0", "Eclipse Public License 1.0")
    (r"\bepl[\s-]*" + _V + r"2\.0|eclipse public licen[cs]e[\s,-]*" + _V + r"2\.0", "EPL-2.0"),
    (r"\bepl[\s-]*" + _V + r"1\.0|eclipse public licen[cs]e[\s,-]*" + _V + r"1\.0", "EPL-1.0"),
    (r"\bapache[\s-]*(?:software[\s-]+)?(?:licen[cs]e)?[\s,]*(?:\(asl\)[\s,]*)?" + _V + r"2(?:\.0)?\b|\bapache[\s-]2\b|\bapache licen[cs]e\b|\bapache-2\.0", "Apache-2.0"),  # (and "Apache Software License (ASL) v2.0")
    # (the Clear BSD licence, an SPDX id of its own: "BSD 3-Clause Clear", "The Clear BSD License"; before BSD-3-Clause)
    (r"\bbsd[\s-]*3[\s-]*clause[\s-]*clear\b|\bclear bsd\b", "BSD-3-Clause-Clear"),
    (r"\bbsd[\s-]*3[\s-]*clause(?![\s-]*clear\b)|\b3[\s-]*clause bsd|\bnew bsd|\brevised bsd|\bbsd-3\b", "BSD-3-Clause"),
    (r"\bbsd[\s-]*2[\s-]*clause|\b2[\s-]*clause bsd|\bsimplified bsd|\bfreebsd licen[cs]e|\bbsd-2\b", "BSD-2-Clause"),
    # the non-commercial and no-derivatives Creative Commons licences ("Creative Commons by-nc-sa 4.0", "CC BY-NC-ND 3.0"): named so
    # that a README stating one beside a free licence's text is a contradiction, never read as CC-BY (before the free CC rules)
    *[(rf"(?:\bcc|creative[\s-]*commons)[\s-]*(?:licen[cs]e[\s-]*)?by[\s-]*{parts}[\s-]*(?:v\.?[\s-]*|version[\s-]*)?{v}(?![.\d])"
       rf"|creative commons attribution[\s-]*{words}[\s-]*(?:international[\s-]*|unported[\s-]*)?(?:licen[cs]e[\s-]*)?{v}(?![.\d])", f"CC-BY-{ident}-{v.replace(chr(92), '')}")
      for ident, parts, words in (("NC-SA", r"nc[\s-]*sa", r"non[\s-]*commercial[\s-]*share[\s-]*alike"),
                                  ("NC-ND", r"nc[\s-]*nd", r"non[\s-]*commercial[\s-]*no[\s-]*deriv(?:ative)?s"),
                                  ("NC", r"nc", r"non[\s-]*commercial"), ("ND", r"nd", r"no[\s-]*deriv(?:ative)?s"))
      for v in (r"4\.0", r"3\.0")],
    # the address of a Creative Commons deed or legal code ("http://creativecommons.org/licenses/by-sa/2.0/fr/", a country's port
    # read as its licence's version) and the French name of the 2.0 and 3.0 ports ("Contrat Paternité-Partage des Conditions
    # Initiales à l'Identique 2.0 France"): the free CC licences, versions the SPDX list has
    *[(rf"creativecommons\.org/licen[cs]es/{part}/{v}(?![.\d])" + (rf"|paternit[eé][\s-]*partage des conditions initiales [àa] l.identique[\s-]*{v}(?![.\d])"
       if part == "by-sa" else ""), f"CC-{part.upper()}-{v.replace(chr(92), '')}")
      for part in ("by-sa", "by") for v in (r"4\.0", r"3\.0", r"2\.5", r"2\.0", r"1\.0")],
    (r"\bcc[\s-]*by[\s-]*sa[\s-]*4\.0|creative commons attribution[\s-]*share[\s-]*alike 4\.0", "CC-BY-SA-4.0"),
    (r"\bcc[\s-]*by[\s-]*4\.0|creative commons attribution 4\.0", "CC-BY-4.0"),
    (r"\bcc[\s-]*by[\s-]*sa[\s-]*3\.0|creative commons attribution[\s-]*share[\s-]*alike 3\.0", "CC-BY-SA-3.0"),
    (r"\bcc[\s-]*by[\s-]*3\.0|creative commons attribution 3\.0", "CC-BY-3.0"),
    (r"\bcc0\b|cc[\s-]*zero|creative commons zero", "CC0-1.0"),
    (r"\bunlicen[cs]e\b", "Unlicense"),
    (r"\bisc licen[cs]e\b|^isc$", "ISC"),
    (r"\bmit\b(?:[\s-]*licen[cs]e)?|\bexpat licen[cs]e", "MIT"),
    (r"\bwtfpl\b", "WTFPL"),
    # a family named without its version (no SPDX id names it): tried after every versioned name, dropped when the
    # same text names a version of that family (names_in)
    (r"\bagpl\b|\baffero(?:[\s-]+(?:gnu[\s-]+)?(?:gpl|general public licen[cs]e))?\b|" + _LPG_AFFERO, "AGPL"),
    (r"\blgpl\b|\bgnu (?:lesser|library) general public licen[cs]e|" + _LPG_LESSER, "LGPL"),
    (r"\bgpl\b|\bgnu (?:general )?public licen[cs]e|" + _LPG_GNU, "GPL"),
    (r"\bmpl\b|\bmozilla public licen[cs]e", "MPL"),
    (r"\beclipse public licen[cs]e", "EPL"),
    (r"\bbsd\b(?![\s-]*\d)", "BSD"),
    (r"\bcc[\s-]*by[\s-]*sa\b|creative commons attribution[\s-]*share[\s-]*alike", "CC-BY-SA"),
    (r"\bcc[\s-]*by\b(?![\s-]*(?:sa|nc|nd)\b)", "CC-BY"),
    (r"\blicence ouverte\b", "Licence-Ouverte"),
    (r"\beupl\b|european union public licen[cs]e|licence publique de l.union europ", "EUPL"),
    # ("governed by the CeCILL license", "licence CeCILL": the CeCILL family's main licence, any version; not the site's
    # address, www.cecill.info; CeCILL-B and CeCILL-C, other licences, are taken by their rules above)
    (r"\bcecill\b(?!\.info)", "CECILL"),
]]

# Licence families named without a version ("license='AGPL'", "publié sous licence CC-By-SA", "Licence Ouverte"): no SPDX id
# names them, and no version may be made up for them. Each token stands for its family, version not stated: the SPDX
# families it may be, whether every version is free (FSF or OSI: the FSF lists each GNU version, CC BY and CC BY-SA as free),
# and the id to write (the version on the French list, or the latest).
UNVERSIONED: dict[str, tuple[str, ...]] = {
    "AGPL": ("AGPL-1.0", "AGPL-3.0"), "GPL": ("GPL-1.0", "GPL-2.0", "GPL-3.0"), "LGPL": ("LGPL-2.0", "LGPL-2.1", "LGPL-3.0"),
    "MPL": ("MPL-1.0", "MPL-1.1", "MPL-2.0"), "EPL": ("EPL-1.0", "EPL-2.0"), "BSD": ("BSD-2-Clause", "BSD-3-Clause", "BSD-4-Clause"),
    "CC-BY-SA": ("CC-BY-SA-1.0", "CC-BY-SA-2.0", "CC-BY-SA-2.5", "CC-BY-SA-3.0", "CC-BY-SA-4.0"),
    "CC-BY": ("CC-BY-1.0", "CC-BY-2.0", "CC-BY-2.5", "CC-BY-3.0", "CC-BY-4.0"),
    "Licence-Ouverte": ("etalab-2.0",),  # (the Licence Ouverte 1.0 of 2011 has no SPDX id)
    "EUPL": ("EUPL-1.0", "EUPL-1.1", "EUPL-1.2"),
    "CECILL": ("CECILL-1.0", "CECILL-1.1", "CECILL-2.0", "CECILL-2.1"),  # (not CeCILL-B nor CeCILL-C: other licences)
}
TO_WRITE = {"AGPL": "AGPL-3.0-or-later", "GPL": "GPL-3.0-or-later", "LGPL": "LGPL-3.0-or-later", "MPL": "MPL-2.0", "EPL": "EPL-2.0",
            "BSD": "BSD-3-Clause", "CC-BY-SA": "CC-BY-SA-4.0", "CC-BY": "CC-BY-4.0", "Licence-Ouverte": "etalab-2.0",
            "EUPL": "EUPL-1.2", "CECILL": "CECILL-2.1"}


def is_unversioned(lid: str) -> bool:
    """A family token: a licence named without its version."""
    return lid in UNVERSIONED


def lineage(lid: str) -> str:
    """The family token a licence id belongs to (AGPL-3.0-only, AGPL -> AGPL; BSD-3-Clause -> BSD), else its family."""
    if lid in UNVERSIONED:
        return lid
    fam = family(lid)
    return next((tok for tok, members in UNVERSIONED.items() if fam in members), fam)


def agree(ids_a, ids_b) -> bool:
    """Two statements name the same licence: a common family, or a family named without version and a version of it."""
    fa, fb = {family(i) for i in ids_a or ()}, {family(i) for i in ids_b or ()}
    if fa & fb:
        return True
    return any(lineage(a) == lineage(b) for a in ids_a or () for b in ids_b or () if is_unversioned(a) or is_unversioned(b))


def unversioned_note(tokens) -> dict[str, str]:
    """Why a family named without version is judged as its family, and the id to write (T-shaped dict)."""
    tokens = sorted(set(tokens))
    names = ", ".join(tokens)
    write = ", ".join(TO_WRITE[t] for t in tokens)
    return {"fr": f"{names} : licence nommée sans sa version ; elle est jugée comme sa famille, sans version supposée. Écrivez "
                  f"l'identifiant SPDX complet (par exemple {write}) pour que les catalogues et les outils la reconnaissent.",
            "en": f"{names}: licence named without its version; it is judged as its family, no version assumed. Write the full SPDX "
                  f"id (for instance {write}) so that catalogues and tools recognise it."}
# ("… ou (à votre discrétion) une version ultérieure quelconque": the FSF's French GPL notice)
_OR_LATER = lazy_compile(r"or\s*\(?\s*at\s+your\s+option\s*\)?\s*any\s+later\s+version|or\s+any\s+later\s+version|\bor[\s-]later\b|"
                       r"(?:ou|soit)\s*\(?\s*(?:à|a)\s+(?:votre|ton)\s+(?:choix|gré|option|discr[ée]tion)\s*\)?\s*,?\s*(?:toute|n.importe\s+quelle|une)\s+version\s+ult[ée]rieure|"
                       r"(?:ou|soit)\s+toute\s+version\s+ult[ée]rieure|ou\s+(?:une\s+)?version\s+ult[ée]rieure|\bversion\s+[123](?:\.[01])?\s+ou\s+sup[ée]rieure\b|(?<![\d.])v?[23](?:\.[01])?\+|\bversion\s+[23](?:\.[01])?\s*\+", re.I)
_ONLY = lazy_compile(r"\b(?:version\s+)?[123](?:\.[01])?[\s-]+only\b|[23]\.[01]-only|\bversion\s+[23](?:\.[01])?\s+(?:uniquement|seulement)", re.I)
_PROPRIETARY = lazy_compile(r"all\s+rights\s+reserved|tous\s+droits\s+r[ée]serv[ée]s|\bproprietary\b|\bpropriétaire\b|\bconfidential\b|"
                          r"\bconfidentiel\b|may\s+not\s+be\s+(?:copied|reproduced|distributed)|reproduction\s+interdite|"
                          r"no\s+part\s+of\s+this\s+(?:software|code)|without\s+(?:the\s+)?(?:express\s+)?(?:prior\s+)?written\s+permission|"
                          # (the French long forms, s44 fj44: "Tous les droits sont réservés", "ne peut être reproduit, distribué … sans
                          # l'autorisation écrite préalable de X", "Toute reproduction, même partielle, est interdite")
                          r"tous\s+les\s+droits\s+(?:\w+\s+){0,2}?sont\s+r[ée]serv[ée]s|"
                          r"\bne\s+(?:peu(?:t|vent)|doi(?:t|vent)|saurai(?:t|ent))\s+(?:pas\s+|en\s+aucun\s+cas\s+)?[êe]tre\s+(?:\w+\s+){0,2}?"
                          r"(?:reproduite?s?|copi[ée]e?s?|distribu[ée]e?s?|diffus[ée]e?s?|redistribu[ée]e?s?)\b|"
                          r"\bsans\s+(?:l'|une\s+)?(?:autorisation|accord|permission)\s+(?:(?:pr[ée]alable|expresse?)\s+(?:et\s+)?)*[ée]crite?|"
                          r"\btoute\s+(?:reproduction|copie|diffusion|redistribution)\b[^.\n]{0,100}?\b(?:est|sont|reste)\s+(?:strictement\s+)?interdite?s?\b", re.I)
_DUAL = lazy_compile(r"dual[\s-]*licen[cs]|at\s+your\s+(?:option|choice)|\beither\b[^.]{0,200}\bor\b|double\s+licence|au\s+choix|"
                   r"\bou\s+bien\b|under\s+(?:the\s+terms\s+of\s+)?(?:either|one\s+of)", re.I)
_THIRD_PARTY = lazy_compile(r"third[\s-]*party|bundled|dependencies|components?\s+(?:licen|are|is)|tiers|embarqu|incluse?s?\b|"
                          r"portions?\s+of\s+this|includes?\s+(?:code|software|the\s+following)", re.I)
_SPDX_TAG = lazy_compile(r"SPDX-License-Identifier\s*:\s*([^\n*]*?)\s*(?:\*/|-->|#}|\"|$)", re.M)


# A sentence states a licence when a verb puts the work under it, in French or English: "<verb> (…) under / sous / selon", a
# licensing or publishing verb ("publié sous", "licencié sous", "released under"); "<verb> par / by / à / de … licence", the licence
# as agent or rule ("couvert par la licence", "régi par", "protected by", "soumis à la licence", "subject to", "relève de"); the
# copula before it ("est sous licence MIT", "is under the MIT license"); a chosen or used licence ("utilise la licence", "uses the
# EUPL license", "a choisi la licence"); "is MIT licensed"; or a "Licence:" field and a line that is a licence's name (and version, s29)
_STATES = lazy_compile(r"(licen[cs]ed|licenci[ée]e?s?|released|distributed|published|modify\s+it|le\s+modifier|made\s+available|available|provided|covered|governed|publi[ée]e?s?|"
                     r"distribu[ée]e?s?|diffus[ée]e?s?|plac[ée]e?s?|mise?s?\s+[àa]\s+disposition|r[ée]gie?s?|couverte?s?)\s+"
                     r"(?:[\w'’-]+\s+){0,5}?(under|sous|selon)\b|"
                     r"(?:r[ée]gie?s?|couverte?s?|prot[ée]g[ée]e?s?|governed|covered|protected)\s+(?:par|by)\s+(?:[\w'’.-]+\s+){0,5}?licen[cs]e\b|"
                     r"(?:soumise?s?\s+[àa]|subject\s+to|rel[èe]ve(?:nt)?\s+de)\s+(?:[\w'’.-]+\s+){0,5}?licen[cs]e\b|"
                     r"\b(?:is|are|est|sont|reste(?:nt)?|remains?)\s+(?:under|sous)\s+(?:[\w'’.-]+\s+){0,5}?licen[cs]e\b|"
                     r"\b(?:utilise(?:nt)?|adopte(?:nt)?|uses?|adopts?|a\s+choisi|ont\s+choisi|chose|has\s+chosen)\s+(?:la|une|the|an?)\s+"
                     r"(?:[\w'’.+-]+\s+){0,5}?licen[cs]e\b|"
                     r"\b(?:is|are)\s+(?:[\w.+]+[\s-]+){1,4}?licen[cs]ed\b|"
                     r"\bredistribute\s+it\b[^.]{0,160}?\bunder\s+the\s+terms\s+of\b|"
                     r"^[^\w\n]*licen[cs]e\s*:|^[^\w\n]*licence\s*:|spdx-license-identifier|^[^\w\n]*(?:the\s+)?[\w .-]{0,40}licen[cs]e(?:[\s,]*(?:\([\w.-]{2,12}\)[\s,]*)?(?:version|v\.?)\s*\d(?:\.\d)?"
                     r"(?:\s+ou\s+sup[ée]rieure|\s+or\s+(?:any\s+)?later(?:\s+version)?|\+)?)?\W*$", re.I | re.M)
_HEDGE = lazy_compile(r"pas\s+encore|not\s+yet|aimerions|would\s+like|sera\s+choisie|will\s+be\s+chosen|to\s+be\s+decided|[àa]\s+d[ée]finir|"
                    r"\btodo\b|\btbd\b", re.I)


def states_license(text: str) -> bool:
    """Does a short text *state* a license (not merely mention one, nor hesitate)?"""
    text = fold(text)
    return bool(_STATES.search(text)) and not _HEDGE.search(text)


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace("’", "'")


# A file name or identifier whose parts are joined by "_" (a word character, so no \b holds between them), one part of which is the
# word licence: the licence its other parts name ("see Licence_CeCILL-C_fr.html", "LICENSE_MIT.txt", s36 d36). Its "_" are read as
# spaces (same length: offsets keep). An identifier with no licence part ("my_mit_config", "docs/mit_campus_map.md") is left whole.
_JOINED = lazy_compile(r"[\w.+-]*_[\w.+-]*")
_JOINED_PARTS = lazy_compile(r"[_.+-]")
_LICENCE_PARTS = frozenset({"licence", "license", "licences", "licenses", "licensing", "copying"})


def _unjoin(text: str) -> str:
    if "_" not in text:
        return text
    return _JOINED.sub(lambda m: m.group(0).replace("_", " ") if _LICENCE_PARTS.intersection(_JOINED_PARTS.split(m.group(0).lower()))
                       else m.group(0), text)


def names_in(text: str, limit: int = 8) -> list[tuple[str, int]]:
    """SPDX ids of the licenses *named* in ``text`` with the offset of the first mention, in order."""
    text = _unjoin(fold(text))
    found: dict[str, int] = {}
    taken: list[tuple[int, int]] = []
    for rx, lid in NAME_RULES:
        # (every phrase an earlier rule matched is its, not only the first: the second "licence CeCILL-C" of a French notice is
        # no CeCILL 2.1)
        spans = [(m.start(), m.end()) for m in rx.finditer(text)]
        first = next((a for a, _ in spans if not any(x <= a < y for x, y in taken)), None)
        taken.extend(spans)
        if first is not None and lid not in found:
            found[lid] = first
    named = {lineage(i) for i in found if i not in UNVERSIONED}
    found = {i: o for i, o in found.items() if i not in UNVERSIONED or i not in named}  # "AGPL v3 … the AGPL": one licence, AGPL-3.0
    # ("released under the licence CeCILL / see Licence_CeCILL-C_fr.html": "CeCILL" is also what the CeCILL-B and CeCILL-C are called,
    # and "CeCILL" beside one of them alone names that one, not a CeCILL 2.x without version)
    if "CECILL" in found and len({"CECILL-B", "CECILL-C"} & found.keys()) == 1:
        del found["CECILL"]
    if len(found) > 1:  # an LGPL header's warranty sentence "See the GNU General Public License for more details": no second licence
        kept = {i: o for i, o in found.items() if not _for_details_only(text, i)}
        found = kept or found
    if len(found) > 1:  # the GNU notices' closing sentence "You should have received a copy of the GNU General Public License and the
        # CeCILL-C" under an AGPL grant: the texts shipped, named again (one left without its "Affero"), no licence granted there
        kept = {i: o for i, o in found.items() if not _received_copy_only(text, i)}
        found = kept or found
    if len(found) > 1:  # a licence weighed and set aside ("Choix de l'AGPL plutôt que de la GPL stricte"): not the project's
        kept = {i: o for i, o in found.items() if not _set_aside_only(text, i)}
        found = kept or found
    if len(found) > 1:  # a licence another is said compatible with ("licence CeCILL-B (Free BSD compatible)"): a remark, no second licence
        kept = {i: o for i, o in found.items() if not _compatible_only(text, i)}
        found = kept or found
    return sorted(found.items(), key=lambda kv: kv[1])[:limit]


_FOR_DETAILS = lazy_compile(r"[\s*#/;-]{0,12}(?:for\s+more\s+details|pour\s+plus\s+de\s+d[ée]tails)", re.I)  # (and the French notice's)


def _for_details_only(text: str, lid: str) -> bool:
    """Every mention of the licence is the GNU notices' warranty sentence ("… See the GNU General Public License for more details."),
    which points to a text and grants nothing."""
    hits = [m for rx, i in NAME_RULES if i == lid for m in rx.finditer(text)]
    return bool(hits) and all(_FOR_DETAILS.match(text, m.end()) for m in hits)


_RECEIVED_COPY = lazy_compile(r"(?:should\s+have\s+received|devriez\s+avoir\s+re[çc]u)\s+(?:a\s+copy|une\s+copie)\s+(?:of|de)\s+"
                            r"(?:(?:the|la|le|les)\s+|l')?$", re.I)


def _received_copy_only(text: str, lid: str) -> bool:
    """Every mention of the licence is the GNU notices' "You should have received a copy of the …" sentence, which names the text
    shipped with the program and grants nothing (the grant above it names the licence)."""
    hits = [m for rx, i in NAME_RULES if i == lid for m in rx.finditer(text)]
    return bool(hits) and all(_RECEIVED_COPY.search(text, max(0, m.start() - 60), m.start()) for m in hits)


_SET_ASIDE = lazy_compile(r"(?:plut[ôo]t\s+qu[e'](?:\s*d[e'])?|au\s+lieu\s+d[e']|rather\s+than|instead\s+of|et\s+non(?:\s+pas)?|and\s+not)"
                        r"\s*(?:(?:la|le|les|une?|the|an?)\s+|l')?(?:licen[cs]e\s+)?$", re.I)


def _set_aside_only(text: str, lid: str) -> bool:
    """Every mention of the licence is the one a choice was made against ("plutôt que de la GPL", "rather than the MIT licence",
    "instead of GPL"): compared, not granted."""
    hits = [m for rx, i in NAME_RULES if i == lid for m in rx.finditer(text)]
    return bool(hits) and all(_SET_ASIDE.search(text, max(0, m.start() - 40), m.start()) for m in hits)


_COMPATIBLE_AFTER = lazy_compile(r"[\s-]{0,3}(?:licen[cs]e[\s-]{1,3})?compatib", re.I)
_COMPATIBLE_BEFORE = lazy_compile(r"compatib(?:le|ility|ilit[ée])\s+(?:with|avec)\s+(?:(?:la|le|les|une?|the|an?)\s+|l')?(?:licen[cs]e\s+)?(?:gnu\s+)?$", re.I)


def _compatible_only(text: str, lid: str) -> bool:
    """Every mention of the licence says another is compatible with it ("CeCILL-B (Free BSD compatible)", "compatible avec la
    licence GPL"): a remark on the licence granted, not a second one."""
    hits = [m for rx, i in NAME_RULES if i == lid for m in rx.finditer(text)]
    return bool(hits) and all(_COMPATIBLE_AFTER.match(text, m.end()) or _COMPATIBLE_BEFORE.search(text, max(0, m.start() - 40), m.start())
                              for m in hits)


def version_choice(text: str) -> str | None:
    """"or-later", "only" or None (not stated) from a notice."""
    text = fold(text)
    if _OR_LATER.search(text):
        return "or-later"
    if _ONLY.search(text):
        return "only"
    return None


# The GNU texts' closing "How to Apply These Terms" notice filled in by the authors with their program and its owner ("sftp2misp /
# Copyright (C) 2022  ANSSI / … either version 3 of the License, or (at your option) any later version"): the project's own notice,
# so its version choice is theirs (issue 12, s43 rw43 = ANSSI-FR/sftp2misp). The template left as it is ("Copyright (C) <year>
# <name of author>") states nothing: every GNU text carries it.
_HOW_TO_APPLY = lazy_compile(r"How\s+to\s+Apply\s+These\s+Terms\s+to\s+Your\s+New\s+(?:Programs|Librar(?:y|ies))", re.I)
_APPENDIX_COPYRIGHT = lazy_compile(r"^[ \t]*Copyright[ \t]*(?:\(C\)|©)[^\n]*$", re.I | re.M)
_TEMPLATE_SLOT = lazy_compile(r"<[^<>\n]{2,60}>|\bname\s+of\s+author\b", re.I)


def appendix_choice(text: str) -> str | None:
    """The version choice of a GNU text's own "How to Apply" notice when the authors filled it in (its copyright line names a year
    and an owner, no template slot): "or-later" or "only"; None when the notice is the template's or absent."""
    how = _HOW_TO_APPLY.search(text)
    if not how:
        return None
    line = _APPENDIX_COPYRIGHT.search(text, how.end(), how.end() + 3000)
    if not line or _TEMPLATE_SLOT.search(line.group(0)) or not re.search(r"\d{4}", line.group(0)):
        return None
    return version_choice(text[line.end():line.end() + 800])


_VERSION_OF = lazy_compile(r"\bversion\s+(\d(?:\.\d)?)\s+(?:of\s+the\s+licen[cs]e|de\s+(?:la|cette)\s+licence)", re.I)


def stated_version(lid: str, text: str) -> str:
    """A family named without its version ("the GNU Affero General Public License") in a notice that gives it
    apart ("either version 3 of the License"): ``AGPL`` -> ``AGPL-3.0``; otherwise the id as named."""
    m = _VERSION_OF.search(fold(text)) if lid in UNVERSIONED else None
    if not m:
        return lid
    v = m.group(1) if "." in m.group(1) else m.group(1) + ".0"
    return f"{lid}-{v}" if f"{lid}-{v}" in UNVERSIONED[lid] else lid


def with_choice(lid: str, choice: str | None) -> str:
    """``GPL-3.0`` + "or-later" -> ``GPL-3.0-or-later``; not stated -> ``-only`` (the text alone names one version)."""
    base = family(lid)
    if base in VERSIONED:
        return f"{base}-{'or-later' if choice == 'or-later' else 'only'}"
    return lid


# Licences that are another's text plus a sentence without legal effect: the BSD 2-Clause with the FreeBSD
# project's "views and conclusions" disclaimer (the FreeBSD licence, free for the FSF) or NetBSD's wording.
# They are judged as the licence they restate (open, on the French list, agreeing with a manifest's BSD-2-Clause).
EQUIVALENT = {"BSD-2-Clause-Views": "BSD-2-Clause", "BSD-2-Clause-FreeBSD": "BSD-2-Clause", "BSD-2-Clause-NetBSD": "BSD-2-Clause"}


def family(lid: str) -> str:
    lid = EQUIVALENT.get(lid, lid)
    for suffix in ("-or-later", "-only", "+"):
        if lid.endswith(suffix):
            return lid[: -len(suffix)]
    return lid


def is_proprietary(text: str) -> bool:
    return bool(_PROPRIETARY.search(fold(text)))


# A statement of ownership, in a licence chapter the rights reserved as surely as by "tous droits réservés": "Propriété de la Mairie
# de X", "Propriété exclusive de …", "(est|reste) la propriété de …", "Property of X", "is the (sole) property of …" (s41 fg41)
_OWNERSHIP = lazy_compile(r"(?:^|[.:;!?]\s|\b(?:est|reste(?:nt)?|sont|demeure(?:nt)?)\s+)[^\w\n]{0,6}(?:la\s+)?propri[ée]t[ée]\s+(?:exclusive\s+)?"
                          r"(?:(?:de|du|des)(?=\s)|d')|\bpropri[ée]t[ée]\s+exclusive\b|"
                          r"(?:^|[.:;!?]\s|\b(?:is|are|remains?)\s+(?:the\s+)?(?:sole\s+|exclusive\s+)?)[^\w\n]{0,6}(?:exclusive\s+)?property\s+of\b|"
                          # ("Tous les droits sont détenus (conjointement) par X", "Les droits d'auteur restent détenus par X", s44 fj44)
                          r"\b(?:tous\s+les\s+droits|les\s+droits\s+d'auteur)\s+(?:\w+\s+){0,2}?(?:sont|restent|demeurent)\s+(?:\w+\s+)?"
                          r"d[ée]tenus\s+(?:\w+\s+)?(?:par|de)\b",
                          re.I | re.M)


def states_ownership(text: str) -> bool:
    """A licence chapter's text states its owner's property ("Propriété de la Mairie de Chartrettes", "Property of X"): proprietary.
    "droits de propriété intellectuelle" or a CSS property of a map is none."""
    return bool(_OWNERSHIP.search(fold(text)))


# A licence chapter restricting the use to its owner ("Usage interne uniquement.", "Internal use only", "Diffusion restreinte") or
# calling the code an internal project ("Projet interne GIP Plateforme de l'inclusion.", "Internal project of X"): the rights are
# reserved as surely as by "tous droits réservés" (s43 rv43 = gip-inclusion/autometa)
_RESTRICTED_USE = lazy_compile(r"\busage\s+(?:interne|restreint|r[ée]serv[ée])|\b(?:for\s+)?internal\s+use\s+only\b|\brestricted\s+use\b|"
                               r"\bdiffusion\s+(?:restreinte|interdite)\b|\bprojet\s+interne\b|\binternal\s+project\b", re.I)


def restricts_use(text: str) -> bool:
    """A licence chapter's text restricts the use to its owner or calls the code an internal project: proprietary."""
    return bool(_RESTRICTED_USE.search(text))


# The warranty disclaimer of a licence notice (Apache-2.0's "WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or
# implied", the same in French: "expresse ou implicite"): an "either … or" that offers no choice between licences
_DISCLAIMER = lazy_compile(r"\beither\s+express(?:ed|ly)?\s+or\s+implied\b|\bsoit\s+express(?:e|ement)?\s+(?:ou|soit)\s+implicite(?:ment)?\b", re.I)


def says_dual(text: str) -> bool:
    """The text offers a choice between licences ("dual-licensed", "at your option", "au choix", "either … or …"); a warranty
    disclaimer's "either express or implied" is none."""
    return bool(_DUAL.search(_DISCLAIMER.sub(" ", fold(text))))


def says_third_party(text: str) -> bool:
    return bool(_THIRD_PARTY.search(fold(text)))


def spdx_tags(text: str) -> list[tuple[str, int]]:
    """``SPDX-License-Identifier`` values with their line."""
    out = []
    for m in _SPDX_TAG.finditer(text):
        value = m.group(1).strip().strip("*/#;- ").strip()
        if value:
            out.append((value, text.count("\n", 0, m.start()) + 1))
    return out


# -- SPDX expressions ----------------------------------------------------------------------------
def _licensing():
    from auditor.spdx import spdx_licensing  # noqa: PLC0415

    return spdx_licensing()


_LICENSEREF = lazy_compile(r"\b(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+")


@lru_cache(maxsize=4096)
def parse_expression(value: str) -> tuple[str | None, tuple[str, ...], bool]:
    """(normalised expression, ids, valid). ``LicenseRef-*`` is accepted as it is (REUSE)."""
    value = (value or "").strip().strip("()").strip() if value.count("(") != value.count(")") else (value or "").strip()
    if not value or len(value) > 500:
        return None, (), False
    refs = {}

    def keep(m: re.Match) -> str:
        key = f"licenseref-placeholder-{len(refs)}"
        refs[key] = m.group(0)
        return key
    masked = _LICENSEREF.sub(keep, value)
    try:
        lic = _licensing()
        parsed = lic.parse(masked, validate=False, strict=False)
        if parsed is None:
            return None, (), False
        ids = []
        unknown = False
        for sym in lic.license_symbols(parsed, unique=True, decompose=True):
            key = sym.key
            if key in refs:
                ids.append(refs[key])
                continue
            known = lic.known_symbols.get(key) or lic.known_symbols_lowercase.get(key.lower())
            if known is None:
                unknown = True
                ids.append(key)
            else:
                ids.append(known.key)
        text = str(parsed.render("{symbol.key}"))
        for k, v in refs.items():
            text = text.replace(k, v)
        for sym_key in set(ids):
            text = re.sub(r"(?<![\w.-])" + re.escape(sym_key.lower()) + r"(?![\w.-])", sym_key, text, flags=re.I) if sym_key.lower() != sym_key else text
        return text, tuple(dict.fromkeys(ids)), not unknown
    except Exception:  # noqa: BLE001 - license_expression raises many error types on bad input
        return None, (), False


def expression_operator(expr: str | None) -> str | None:
    if not expr:
        return None
    if re.search(r"\bOR\b", expr, re.I):
        return "OR" if not re.search(r"\bAND\b", expr, re.I) else "MIXED"
    if re.search(r"\bAND\b", expr, re.I):
        return "AND"
    return None


# -- the official French text of the EUPL-1.2 (not in the SPDX list) ------------------------------
_EUPL_FR_TITLE = lazy_compile(r"licence\s+publique\s+de\s+l.union\s+europ[ée]enne\s+v\.?\s*1\.2", re.I)
_EUPL_FR_HEADINGS = [lazy_compile(p, re.I) for p in (
    r"\bd[ée]finitions\b", r"[ée]tendue\s+des\s+droits\s+conc[ée]d[ée]s", r"communication\s+du\s+code\s+source",
    r"limitations\s+du\s+droit\s+d.auteur", r"obligations\s+du\s+licenci[ée]", r"cha[iî]ne\s+d.auteurs?",
    r"exclusion\s+de\s+garantie", r"exclusion\s+de\s+responsabilit[ée]", r"garanties\s+suppl[ée]mentaires",
    r"acceptation\s+de\s+la\s+licence", r"information\s+du\s+public", r"fin\s+de\s+la\s+licence", r"\bdivers\b",
    r"juridiction\s+comp[ée]tente", r"droit\s+applicable", r"appendice", r"clause\s+copyleft", r"clause\s+de\s+compatibilit[ée]",
)]


def eupl_fr(text: str) -> float:
    """Confidence that ``text`` holds the official French EUPL-1.2 text (0 when not)."""
    text = fold(text)
    m = _EUPL_FR_TITLE.search(text)
    if not m:
        return 0.0
    body = text[m.start():]
    hits = sum(1 for rx in _EUPL_FR_HEADINGS if rx.search(body))
    if hits >= 15 and len(body) > 12_000:
        return 0.9
    return 0.0
