"""Which licences of the French list fit a project's dependencies, and why, in words for a jury member.

A project without a licence, or with one the décret does not list, must choose one. The choice is not
free when it uses copyleft code: a GPL library makes the whole work GPL, an EUPL or CeCILL one allows
only the licences its text names. :func:`fitting` judges every software licence of the list against
every runtime dependency whose licence is known (:func:`auditor.licenses.compat.verdict`, the same
rules ``licensing.dependencies`` applies) and :func:`advice` says the result in French and English:
the licences that fit, the dependencies that rule the others out and why, and which one to choose (the
DINUM recommends a permissive licence, a reciprocal one when the risk of capture justifies it).
"""

from __future__ import annotations

from typing import Any

from auditor.licenses.compat import verdict

# Décret n° 2021-1559 / CRPA art. D323-2-1, with the SPDX ids of Etalab's list
# (data.gouv.fr "Licences de réutilisation", as corrected on 2022-02-07).
FR_SOFTWARE_PERMISSIVE = ("Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "CECILL-B", "MIT")
FR_SOFTWARE_RECIPROCAL = ("CECILL-2.1", "CECILL-C", "GPL-3.0-or-later", "LGPL-3.0-or-later", "AGPL-3.0-or-later", "MPL-2.0",
                          "EPL-2.0", "EUPL-1.2")
# The order advice names them in: the permissive ones the DINUM recommends first, then the reciprocal ones
# most used by French administrations.
PREFERRED = ("MIT", "Apache-2.0", "BSD-3-Clause", "BSD-2-Clause", "CECILL-B", "EUPL-1.2", "CECILL-2.1", "GPL-3.0-or-later",
             "AGPL-3.0-or-later", "MPL-2.0", "LGPL-3.0-or-later", "CECILL-C", "EPL-2.0")
QGIS = {"name": "QGIS", "license": "GPL-2.0-or-later"}  # what every QGIS plugin imports
# The licence of a host application whose add-ons run inside it, linked to its code (the kind's "plugin of …"): Odoo Community's
# LGPL-3 (its add-ons may take another licence as long as they keep Odoo's files unmodified), the GPL of the CMS whose plugins and
# themes are works based on them (WordPress, Drupal, Joomla, TYPO3: GPL-2.0-or-later; Moodle: GPL-3.0-or-later), Nextcloud's AGPL
HOST_LICENCES = {"Odoo": "LGPL-3.0-only", "WordPress": "GPL-2.0-or-later", "Drupal": "GPL-2.0-or-later", "Joomla": "GPL-2.0-or-later",
                 "TYPO3": "GPL-2.0-or-later", "Moodle": "GPL-3.0-or-later", "Nextcloud": "AGPL-3.0-or-later"}
# A modified copy of a GNU-licensed file stays under its licence, or one its text lets it pass to (the LGPL to the GPL, the GPL 3 to
# the AGPL 3 by their section 13): the families a project holding such a copy may choose
MODIFIED_COPY = {"LGPL-2.1": ("LGPL-2.1", "LGPL-3.0", "GPL-2.0", "GPL-3.0", "AGPL-3.0"), "LGPL-3.0": ("LGPL-3.0", "GPL-3.0", "AGPL-3.0"),
                 "GPL-2.0": ("GPL-2.0", "GPL-3.0", "AGPL-3.0"), "GPL-3.0": ("GPL-3.0", "AGPL-3.0"), "AGPL-3.0": ("AGPL-3.0",)}
MAX_DEPS = 400  # judged in sorted order: bounded work, same answer for the same dependencies


def fitting(dependencies: list[dict[str, Any]]) -> dict[str, Any]:
    """The list's software licences that no dependency rules out.

    ``dependencies``: ``{"name", "license"}`` of the runtime dependencies (``"modified": True``: a modified copy of it is in the
    project, a host's file an add-on replaces, which keeps its GNU licence). Returns ``fits`` (in
    :data:`PREFERRED` order), ``excluded`` (licence → the dependencies ruling it out, as "name (licence)"),
    ``conditions`` (licence → dependencies allowed as separate, unmodified libraries; the licences with fewest
    conditions come first in ``fits``), ``unjudged`` (licences the rules cannot judge against some dependency:
    never in ``fits``), ``constraining``
    (the dependencies that rule out at least one licence), ``judged`` and ``unknown`` counts."""
    deps = sorted({(str(d.get("name") or "?"), str(d.get("license") or ""), bool(d.get("modified"))) for d in dependencies
                   if isinstance(d, dict)})[:MAX_DEPS]
    excluded: dict[str, list[str]] = {c: [] for c in PREFERRED}
    conditions: dict[str, list[str]] = {c: [] for c in PREFERRED}
    unjudged: set[str] = set()
    constraining: list[str] = []
    weak: list[str] = []
    judged = unknown = 0
    verdicts: dict[tuple[str, str], str] = {}
    own: set[str] = set()  # (the licences a modified copy may keep: named first among those that fit)
    for name, lic, modified in deps:
        row = {}
        for cand in PREFERRED:
            key = (cand, lic)
            if key not in verdicts:
                verdicts[key] = verdict([cand], lic)[0]
            row[cand] = verdicts[key]
        base = _gnu_family(lic) if modified else None
        if base:  # (a modified copy of a GNU-licensed file, a host's file an add-on replaces: its licence or a later GNU one only)
            row = {c: ("ok" if _gnu_family(c) in MODIFIED_COPY[base] else "incompatible") for c in row}
            own |= {c for c in PREFERRED if _gnu_family(c) == base}
        if all(v == "unknown" for v in row.values()):
            unknown += 1
            continue
        judged += 1
        label = f"{name} ({lic})"
        for cand, v in row.items():
            if v == "incompatible":
                excluded[cand].append(label)
            elif v == "conditional":
                conditions[cand].append(label)
            elif v == "unknown":
                unjudged.add(cand)
        if any(v == "incompatible" for v in row.values()):
            constraining.append(label)
        elif _gnu_family(lic):  # (a GNU licence that rules nothing out here: the LGPL of a library used as it is)
            weak.append(label)
    fits = sorted((c for c in PREFERRED if not excluded[c] and c not in unjudged), key=lambda c: (c not in own, len(conditions[c]), PREFERRED.index(c)))
    return {"fits": fits, "unjudged": sorted(unjudged - {c for c, v in excluded.items() if v}), "excluded": {c: v for c, v in excluded.items() if v}, "conditions": {c: v for c, v in conditions.items() if v},
            "constraining": constraining, "weak": weak, "judged": judged, "unknown": unknown}


def _gnu_family(lid: str) -> str | None:
    """``LGPL-3.0`` for ``LGPL-3.0-only`` or ``LGPL-3.0-or-later``; None for a licence outside :data:`MODIFIED_COPY`."""
    base = lid.removesuffix("-or-later").removesuffix("-only").removesuffix("+")
    return base if base in MODIFIED_COPY else None


def _list(items: list[str], lang: str, limit: int = 4) -> str:
    shown = items[:limit]
    more = len(items) - len(shown)
    text = ", ".join(shown)
    if more:
        text += f" et {more} autre(s)" if lang == "fr" else f" and {more} more"
    return text


def _or(items: list[str], lang: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {'ou' if lang == 'fr' else 'or'} {items[-1]}"


def _choice(f: dict[str, Any], permissive: list[str], reciprocal: list[str], lang: str) -> str:
    """The choice first (what a jury member reads in the summary)."""
    fr = lang == "fr"
    fits = f["fits"]
    if fits and permissive:
        return ((f"Choisissez {_or(permissive[:2], lang)} (licences permissives, que recommande la DINUM)" if fr else
                 f"Choose {_or(permissive[:2], lang)} (permissive licenses, which DINUM recommends)")
                + ((" ; ou l'EUPL-1.2 si les versions modifiées par d'autres doivent rester ouvertes" if fr else
                    "; or EUPL-1.2 if versions modified by others must stay open") if "EUPL-1.2" in reciprocal else "") + ".")
    if fits:
        return f"Choisissez {_or(reciprocal[:2], lang)}." if fr else f"Choose {_or(reciprocal[:2], lang)}."
    return (f"Aucune licence de la liste n'est compatible avec toutes les dépendances : remplacez {_list(f['constraining'], lang)}, "
            "isolez-les dans un service séparé, ou demandez l'homologation d'une autre licence." if fr else
            f"No license of the list is compatible with every dependency: replace {_list(f['constraining'], lang)}, "
            "isolate them in a separate service, or ask for another license to be approved.")


def _why(f: dict[str, Any], lang: str) -> list[str]:
    """Why: no dependency restricts the choice, only permissive ones, or copyleft ones that rule licences out."""
    fr = lang == "fr"
    if not f["judged"]:
        return ["Pourquoi : aucune dépendance dont la licence soit connue ne restreint le choix." if fr else
                "Why: no dependency with a known license restricts the choice."]
    if not f["constraining"] and f.get("weak"):  # (Odoo's LGPL-3 under an add-on that keeps its files unmodified)
        one = len(f["weak"]) == 1
        return [(f"Pourquoi : {_list(f['weak'], lang)} {'est' if one else 'sont'} sous une licence GNU à réciprocité faible : "
                 "utilisé(s) tel(s) quel(s), sans modification, il(s) n'impose(nt) rien à la licence du projet.") if fr else
                (f"Why: {_list(f['weak'], lang)} {'is' if one else 'are'} under a weak-copyleft GNU license: used as it is, unmodified, "
                 "it imposes nothing on the project's license.")]
    if not f["constraining"]:
        one = f["judged"] == 1
        return [(("Pourquoi : la seule dépendance dont la licence est connue est sous licence permissive" if one else
                  f"Pourquoi : les {f['judged']} dépendances dont la licence est connue sont sous licences permissives")
                 + " (MIT, BSD, Apache…), qui n'imposent rien à la licence du projet ; toutes les licences de la liste conviennent.") if fr else
                (("Why: the only dependency with a known license is under a permissive license" if one else
                  f"Why: the {f['judged']} dependencies with a known license are under permissive licenses")
                 + " (MIT, BSD, Apache…), which impose nothing on the project's license; every license of the list fits.")]
    ruled_out = [c for c in PREFERRED if c in f["excluded"]]
    parts = [(f"Pourquoi : {_list(f['constraining'], lang)} {'est' if len(f['constraining']) == 1 else 'sont'} sous licence à réciprocité (copyleft) ; un logiciel qui intègre ce "
              f"code doit être diffusé sous une licence compatible, ce qui écarte {_list(ruled_out, lang, 6)}.") if fr else
             (f"Why: {_list(f['constraining'], lang)} {'is' if len(f['constraining']) == 1 else 'are'} under a reciprocal (copyleft) license; software that includes this code "
              f"must be distributed under a compatible license, which rules out {_list(ruled_out, lang, 6)}.")]
    if f["fits"]:
        parts.append((f"Licences de la liste qui conviennent : {', '.join(f['fits'])}." if fr else
                      f"Licenses of the list that fit: {', '.join(f['fits'])}."))
    return parts


def _how(f: dict[str, Any], best: str, file: str, lang: str) -> list[str]:
    """How: the dependencies to keep separate with the licence chosen, and where its text goes."""
    fr = lang == "fr"
    parts = []
    cond = f["conditions"].get(best) or []
    if cond:
        parts.append((f"Avec {best}, gardez {_list(cond, lang, 3)} comme bibliothèque(s) séparée(s), non modifiée(s)." if fr else
                      f"With {best}, keep {_list(cond, lang, 3)} as separate, unmodified librar(y/ies)."))
    parts.append((f"Mettez le texte intégral de la licence choisie dans {file} à la racine (texte officiel : "
                  f"https://spdx.org/licenses/{best}.html pour {best})." if fr else
                  f"Put the chosen license's full text in {file} at the root (official text: "
                  f"https://spdx.org/licenses/{best}.html for {best})."))
    return parts


def advice(dependencies: list[dict[str, Any]], not_measured: int = 0, qgis_plugin: bool = False,
           file: str = "LICENSE") -> dict[str, str]:
    """What to write in ``file``, and why, in French and English (``{"fr", "en"}``).

    ``not_measured``: dependencies or manifests whose licences are not known (offline, no lockfile);
    ``qgis_plugin``: the project imports QGIS (GPL-2.0-or-later), which rules out the permissive licences."""
    deps = list(dependencies) + ([QGIS] if qgis_plugin else [])
    f = fitting(deps)
    fits = f["fits"]
    permissive = [c for c in fits if c in FR_SOFTWARE_PERMISSIVE]
    reciprocal = [c for c in fits if c in FR_SOFTWARE_RECIPROCAL]
    out = {}
    for lang in ("fr", "en"):
        parts = [_choice(f, permissive, reciprocal, lang)] + _why(f, lang)  # the choice first, then why
        if fits:
            parts += _how(f, (permissive or reciprocal)[0], file, lang)
        if f["unknown"] or not_measured:
            n = f["unknown"] + not_measured
            parts.append((f"Non vérifié : {n} dépendance(s) ou fichier(s) dont la licence n'est pas connue ; vérifiez-les avant de choisir." if lang == "fr" else
                          f"Not checked: {n} dependenc(y/ies) or file(s) whose license is not known; check them before choosing."))
        out[lang] = " ".join(parts)
    return out
