"""Shared helpers of the licensing checks: the French list, OSI/FSF status, expression evaluation."""

from __future__ import annotations

import re

from auditor.checks.interface import Evidence, Result, T
from auditor.facts.license import speaks_for_project
from auditor.facts.project import host_extension_of
from auditor.licenses.advice import FR_SOFTWARE_PERMISSIVE, FR_SOFTWARE_RECIPROCAL, HOST_LICENCES, advice
from auditor.licenses.matcher import license_meta
from auditor.pathparts import TEMPLATE_ALT
from auditor.licenses.notices import TO_WRITE, UNVERSIONED, family, is_unversioned, lineage

FR_DATA = ("etalab-2.0", "ODbL-1.0")
FR_ALLOWED = frozenset(FR_SOFTWARE_PERMISSIVE + FR_SOFTWARE_RECIPROCAL + FR_DATA)
# "-only" variants of listed families: the décret names licence families (GNU GPL v3, GNU AGPL v3, GNU LGPL v3)
# without telling "-only" from "-or-later" (Etalab's list happens to spell "-or-later"): they are allowed.
FR_ONLY_VARIANTS = {"GPL-3.0-only": "GPL-3.0-or-later", "LGPL-3.0-only": "LGPL-3.0-or-later", "AGPL-3.0-only": "AGPL-3.0-or-later"}
# Earlier versions "or any later version": whoever receives the code may use it under the listed version 3, so it is allowed.
# The CeCILL 2.0 says so itself (art. 12.3: software under a version "may only be subsequently distributed under the same
# version of the Agreement or a subsequent version"): it may be used under the listed CeCILL 2.1.
FR_LATER_VARIANTS = {"GPL-2.0-or-later": "GPL-3.0-or-later", "GPL-1.0-or-later": "GPL-3.0-or-later",
                     "LGPL-2.1-or-later": "LGPL-3.0-or-later", "LGPL-2.0-or-later": "LGPL-3.0-or-later", "CECILL-2.0": "CECILL-2.1"}
DATA_LICENSES = ("etalab-2.0", "ODbL-1.0", "CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0")
# families named without version that are data and documents licences (CC BY, CC BY-SA, Licence Ouverte: any version)
DATA_FAMILIES = ("CC-BY", "CC-BY-SA", "Licence-Ouverte")
# every version of these families is free (the FSF lists each GNU licence version, each BSD, MPL-1.1/2.0, EPL, CC BY and CC BY-SA
# as free licences; the Licence Ouverte is on the French list): a family named without version is open
OPEN_FAMILIES = frozenset(UNVERSIONED)


def is_data_license(lid: str) -> bool:
    """A licence for data and documents: one of DATA_LICENSES, any version of CC BY / CC BY-SA, or the Licence Ouverte."""
    return lid in DATA_LICENSES or lineage(lid) in DATA_FAMILIES


def listed_for(lid: str) -> str | None:
    """The French list's id a family named without version stands for (AGPL -> AGPL-3.0-or-later), None when none is listed."""
    to_write = TO_WRITE.get(lid)
    return to_write if to_write in FR_ALLOWED else None

LIST_URL = "https://www.data.gouv.fr/fr/pages/legal/licences/"
ALLOWED_TEXT = T(
    "Licences autorisées (décret n° 2021-1559, art. D323-2-1 du CRPA) — permissives : Apache-2.0, BSD-2-Clause, BSD-3-Clause, "
    "CECILL-B, MIT ; avec obligation de réciprocité : AGPL-3.0-or-later, CECILL-2.1, CECILL-C, EPL-2.0, EUPL-1.2, GPL-3.0-or-later, "
    "LGPL-3.0-or-later, MPL-2.0 ; pour les données et documents : etalab-2.0, ODbL-1.0. La DINUM recommande une licence permissive, "
    "et une licence à réciprocité seulement quand le risque d'appropriation le justifie (" + LIST_URL + ").",
    "Allowed licenses (décret 2021-1559, CRPA art. D323-2-1) — permissive: Apache-2.0, BSD-2-Clause, BSD-3-Clause, CECILL-B, MIT; "
    "with reciprocity: AGPL-3.0-or-later, CECILL-2.1, CECILL-C, EPL-2.0, EUPL-1.2, GPL-3.0-or-later, LGPL-3.0-or-later, MPL-2.0; "
    "for data and documents: etalab-2.0, ODbL-1.0. DINUM recommends a permissive license, and a reciprocal one only when the risk "
    "of capture justifies it (" + LIST_URL + ").",
)


def is_open(lid: str) -> bool | None:
    """True/False from the SPDX list (OSI approved or FSF libre); None when unknown (LicenseRef…)."""
    from auditor.licenses.notices import EQUIVALENT

    lid = EQUIVALENT.get(lid, lid)
    if lid in FR_ALLOWED or lid in OPEN_FAMILIES:
        return True
    if lid == "LicenseRef-proprietary":
        return False
    meta = license_meta(lid)
    if meta is None:
        meta = license_meta(family(lid)) or license_meta(family(lid) + "-only")
    if meta is None:
        return None
    return bool(meta.get("osi") or meta.get("fsf"))


def evaluate(expr: str, leaf) -> object:
    """Evaluate an SPDX expression: ``leaf(id)`` gives a rank (higher is better); OR takes the best, AND the worst."""
    from auditor.licenses.notices import _licensing  # noqa: PLC0415

    import re

    tokens: dict[str, str] = {}

    def mask(m: re.Match) -> str:  # a family named without version stays itself (license_expression reads "GPL" as GPL-1.0-or-later)
        key = f"LicenseRef-family-{len(tokens)}"
        tokens[key.lower()] = m.group(0)
        return key
    expr = re.sub(r"(?<![\w.-])(?:" + "|".join(re.escape(t) for t in sorted(UNVERSIONED, key=len, reverse=True)) + r")(?![\w.+-])", mask, expr)
    inner = leaf
    leaf = lambda i: inner(tokens.get(str(i).lower(), i))  # noqa: E731
    try:
        parsed = _licensing().parse(expr, validate=False, strict=False)
    except Exception:  # noqa: BLE001
        parsed = None
    if parsed is None:
        return leaf(expr.strip())

    def walk(node):
        name = type(node).__name__.upper()
        args = getattr(node, "args", None)
        if args and ("OR" in name or "AND" in name):
            vals = [walk(a) for a in args]
            return max(vals) if "OR" in name else min(vals)
        key = getattr(node, "key", None) or str(node)
        return leaf(key)
    return walk(parsed)


def project_sources(lic: dict) -> list[dict]:
    """The sources that state the project's licence: SPDX headers of a minority of files (a copied library's
    ``SPDX-License-Identifier: MIT``) speak for those files only."""
    return [s for s in lic.get("sources") or [] if s.get("kind") != "spdx-headers" or speaks_for_project(s)]


def source_evidence(lic: dict, limit: int = 12) -> list[Evidence]:
    ev = []
    for s in project_sources(lic)[:limit]:
        ev.append(Evidence(path=s.get("path"), line=s.get("line"), value={"kind": s.get("kind"), "value": s.get("value"), "ids": s.get("ids")},
                           kind="found"))
    return ev


def documents_only(project) -> bool:
    """Whether a ``project`` fact value is a repository of documents only, no code (its kind undecided for that, or a data
    specification read from its documents): what it publishes is content, not software."""
    from auditor.facts.kind_documents import kind_undecided, specifies_data

    return kind_undecided(project) == "documents-only" or specifies_data(project)


def license_advice(ctx, file: str = "LICENSE") -> dict[str, str]:
    """Which licences of the French list fit the runtime dependencies found, and why (``T(fr, en)``)
    — the remediation of a missing licence, or of one the list does not hold."""
    from auditor.facts import FactError

    try:
        deps = ctx.fact("dependency_licenses")
    except FactError:
        deps = {"dependencies": [], "inconclusive_sources": [{"path": "?", "reason": "dependencies not read"}]}
    try:
        project = ctx.fact("project") or {}
    except FactError:
        project = {}
    if documents_only(project):  # (no code: the content is public information, under a documents' licence, s44 fn44)
        return T(f"Ce dépôt ne contient que des documents (textes, images, données), pas de code : une licence logicielle (MIT, Apache) "
                 f"ne leur convient pas. Placez dans {file} le texte de la Licence Ouverte 2.0 (etalab-2.0), licence des informations "
                 "publiques de la liste de l'art. D323-2-1 du CRPA (ou ODbL-1.0, l'autre licence de cette liste, pour une base de données "
                 "dont les réutilisations doivent rester ouvertes), et dites-le dans la section Licence du README.",
                 f"This repository holds only documents (texts, images, data), no code: a software license (MIT, Apache) does not fit "
                 f"them. Put in {file} the text of the Licence Ouverte 2.0 (etalab-2.0), the public-information license of the "
                 "CRPA art. D323-2-1 list (or ODbL-1.0, that list's other one, for a database whose reuses must stay open), and say so "
                 "in the README's License section.")
    qgis = project.get("kind") == "gis-kit" and any(isinstance(e, dict) and str(e.get("reason", "")).startswith("QGIS plugin ")
                                                     for e in project.get("kind_evidence") or [])
    runtime = [d for d in deps.get("dependencies") or [] if not d.get("dev") and d.get("license")]
    missing = sum(1 for d in deps.get("dependencies") or [] if not d.get("dev") and not d.get("license"))
    # (an add-on of a host application whose licence binds it: the host as a dependency; a host's file the add-on replaces with its
    # modified copy — an Odoo module's ('replace', '/web_editor/…/media.js', '/<module>/…/media.js') asset — keeps the host's licence)
    host = (host_extension_of(project) or (None, None))[1]
    replaced = [r for r in ((ctx.fact("host_replaced") or {}).get("replaced") or []) if r.get("host") == host] if host in HOST_LICENCES else []
    if host in HOST_LICENCES:
        runtime = runtime + [{"name": host, "license": HOST_LICENCES[host], "modified": bool(replaced)}]
    out = advice(runtime, not_measured=missing + len(deps.get("inconclusive_sources") or []), qgis_plugin=qgis, file=file)
    if replaced:
        r = replaced[0]
        out = T(f"{r['file']} remplace le fichier {r['target']} de {host} par une copie modifiée ({r['manifest']}, ligne {r['line']}) : cette "
                f"copie reste sous la licence de {host}, {HOST_LICENCES[host]}. " + out["fr"],
                f"{r['file']} replaces {host}'s file {r['target']} with a modified copy ({r['manifest']}, line {r['line']}): that copy stays "
                f"under {host}'s license, {HOST_LICENCES[host]}. " + out["en"])
    return out


def naming_no_licence(lic: dict) -> list[dict]:
    """Manifests' (and publiccode.yml's) licence fields naming no licence at all (a JCMS plugin.xml's license="CG44", the owner's
    name, which JCMS's plugin manager shows as the licence): statements to correct beside a recognised licence text, never a
    second source that agrees (issue 12, s22). npm's "SEE LICENSE IN LICENSE" points to the text: no statement of its own."""
    return [s for s in project_sources(lic) if s["kind"] in ("manifest", "publiccode") and not s.get("ids")
            and str(s.get("value") or "").strip() and not str(s.get("value")).strip().upper().startswith("SEE LICEN")]


def no_licence_named(lic: dict, fields: list[dict], ev: list[Evidence]) -> Result:
    """The warning on licence fields that name no licence (:func:`naming_no_licence`), beside the licence text that prevails."""
    main = lic.get("spdx") or lic.get("named")
    said_fr = " ; ".join(f"{s['path']}:{s.get('line')} « {s.get('value')} »" for s in fields[:3])
    said_en = "; ".join(f"{s['path']}:{s.get('line')} \"{s.get('value')}\"" for s in fields[:3])
    return Result.warn(T(f"Un manifeste déclare une licence qui n'en nomme aucune ({said_fr}), alors que le texte de licence est {main} : "
                         "les outils et les catalogues qui lisent ce champ affichent une information fausse.",
                         f"A manifest states a license that names none ({said_en}), while the license text is {main}: tools and "
                         "catalogues reading that field show wrong information."),
                       [Evidence(path=s["path"], line=s.get("line"), value=s.get("value"), kind="finding") for s in fields] + ev, score=6)


def header_disagreement(lic: dict, ev: list) -> Result | None:
    """Source files whose own header states another licence than the project's (``license.header_disagreements``): a finding
    for licensing.consistent, however few they are; None when there is none."""
    stray = lic.get("header_disagreements") or []
    if not stray:
        return None
    main = lic.get("spdx") or lic.get("named")
    listed_fr = " ; ".join(f"{h['path']} (l. {h['line']}) : {h['expression']}" + (f" (et {h['files'] - 1} autres fichiers)" if h["files"] > 1 else "")
                           for h in stray[:5])
    listed_en = "; ".join(f"{h['path']} (l. {h['line']}): {h['expression']}" + (f" (and {h['files'] - 1} more files)" if h["files"] > 1 else "")
                          for h in stray[:5])
    return Result.warn(T(f"L'en-tête de fichiers source déclare une autre licence que celle du projet ({main}) : {listed_fr} ; "
                         "ces fichiers ne sont pas sous la licence du projet.",
                         f"The header of source files states another license than the project's ({main}): {listed_en}; "
                         "these files are not under the project's license."),
                       [Evidence(path=h["path"], line=h["line"], value=h["value"], kind="finding") for h in stray[:5]] + ev, score=6).advise(T(
        f"Si ces fichiers sont sous {main} comme le reste, remplacez leur en-tête par la mention de {main} ; s'ils restent sous "
        "leur licence (code repris d'un modèle ou d'un projet tiers), dites-le dans la section Licence du README (« le fichier … "
        "est sous … ») et vérifiez que les deux licences sont compatibles.",
        f"If these files are under {main} like the rest, replace their header with a {main} notice; if they stay under their "
        "license (code taken from a template or a third-party project), say so in the README's License section (\"the file … is "
        "under …\") and check that both licenses are compatible."))


def reaching(lic: dict, ev: list[Evidence], sources: int) -> Result:
    """Statements that grant a licence "or any later version" up to the one of the text that prevails (``license.disagreements``
    marked ``reaches``: headers saying GPL-2.0-or-later beside the GPL-3.0 text): the text is one of the versions they grant, so
    nothing contradicts it, but the two say different things and a reuser cannot tell which the authors mean."""
    main = lic.get("spdx")
    said_fr, said_en = [], []
    for c in lic["disagreements"][:6]:
        s, stated = c["source"], c.get("stated") or {}
        expr = stated.get("expression") or s.get("value")
        if s.get("kind") == "file-headers" and stated.get("files"):
            named = ", ".join(stated.get("paths") or [s.get("path")])
            said_fr.append(f"l'en-tête de {stated['files']} des {stated.get('read')} fichiers source lus ({named}) déclare {expr}")
            said_en.append(f"the headers of {stated['files']} of {stated.get('read')} source files read ({named}) state {expr}")
        else:
            said_fr.append(f"{s.get('path') or 'les en-têtes SPDX'} déclare {expr}")
            said_en.append(f"{s.get('path') or 'the SPDX headers'} states {expr}")
    return Result.warn(T(f"Le texte de licence ({main}) fait foi, mais " + " ; ".join(said_fr) + f" : « ou toute version ultérieure » "
                         f"couvre {main}, il n'y a pas de contradiction, mais les déclarations diffèrent et on ne sait pas laquelle les "
                         "auteurs retiennent.",
                         f"The license text ({main}) prevails, but " + "; ".join(said_en) + f": \"or any later version\" covers {main}, "
                         "so nothing contradicts it, but the statements differ and which one the authors mean is unclear."),
                       ev, score=7, sources=sources).advise(T(
        f"Alignez ces déclarations sur {main}, la licence du texte qui fait foi : même version et même choix (« uniquement » ou « ou "
        "toute version ultérieure ») dans les en-têtes et les manifestes ; ou, si le projet est bien proposé sous la version "
        "antérieure « ou ultérieure », remplacez le texte de licence par celui de cette version et dites-le dans la section Licence "
        "du README.",
        f"Make these statements match {main}, the license of the prevailing text: the same version and the same choice (\"only\" or "
        "\"or any later version\") in the headers and manifests; or, if the project is indeed offered under the earlier version \"or "
        "later\", replace the license text with that version's and say so in the README's License section."))


def judged(lic: dict, fr: str, en: str, ev: list[Evidence], **details) -> Result:
    """The licence judged good (open, allowed). When it is stated only in the project's own program's header (``file-header``:
    no licence file, manifest or README says it), the message says so and the finding that the LICENSE file is missing leads."""
    sources = [s for s in lic.get("sources") or [] if s.get("ids")]
    if not sources or any(s.get("kind") != "file-header" for s in sources):
        return Result.passed(T(f"{fr}.", f"{en}."), ev, **details)
    one = sources[0]
    line = f":{one['line']}" if one.get("line") else ""
    missing = Evidence(path="LICENSE", kind="missing", note=T(
        f"La licence n'est indiquée que dans {header_where(one, 'fr')} : ajoutez à la racine un fichier LICENSE avec son texte "
        "intégral (voir licensing.license-file).",
        f"The license is stated only in {header_where(one, 'en')}: add at the root a LICENSE file with its full text "
        "(see licensing.license-file)."))
    return Result.passed(T(f"{fr} (indiquée seulement dans {header_where(one, 'fr', line)} ; aucun fichier LICENSE).",
                           f"{en} (stated only in {header_where(one, 'en', line)}; no LICENSE file)."), [missing, *ev], **details)


def header_where(source: dict, lang: str, line: str = "") -> str:
    """Where a ``file-header`` source states the licence: the header of the project's program, or, when several files state it
    though fewer than half of those read (coverage partial), the headers of n of the m source files read, from the first."""
    n, m = source.get("files") or 1, source.get("read") or 0
    if n > 1 and m:
        return (f"l'en-tête de {n} des {m} fichiers source lus, d'abord {source['path']}{line}" if lang == "fr"
                else f"the headers of {n} of {m} source files read, first {source['path']}{line}")
    return f"l'en-tête de {source['path']}{line}" if lang == "fr" else f"the header of {source['path']}{line}"


def contents_scoped(lic: dict, ev: list[Evidence], sources: int) -> Result:
    """Statements naming the licence the README gives the contents (``license.disagreements`` marked ``scope: contents``: a
    package.json's "Licence Ouverte Etalab v2.0" beside a README licensing the code under MIT and the contents under the Licence
    Ouverte): the code's licence is the README's, but the manifest, read by tools as the package's (the code's), says another."""
    main = lic.get("spdx")
    said = "; ".join(f"{c['source'].get('path')} → {c['source'].get('value')}" for c in lic["disagreements"][:6])
    return Result.warn(T(f"Le README place le code sous {main} et les contenus sous une autre licence, mais {said} : cette "
                         f"déclaration, que les outils lisent comme la licence du code, nomme celle des contenus.",
                         f"The README licenses the code under {main} and the contents under another licence, but {said}: that "
                         f"statement, which tools read as the code's licence, names the contents' one."), ev, sources=sources).advise(T(
        f"Déclarez {main} dans le manifeste (licence du code) et gardez la licence des contenus dans le README ou un fichier "
        "LICENSE propre aux contenus.",
        f"Declare {main} in the manifest (the code's licence) and keep the contents' licence in the README or a LICENSE file of "
        "their own."))


def with_shipped(result: Result, lic: dict) -> Result:
    """The data licences the scripts copy into what they publish (attachment/Z_Licence.txt into each archive): said beside the
    verdict, as the data's licence and not the code's, so that nobody copies it to the root for the code (s45 fd45)."""
    shipped = [f for f in lic.get("license_files") or [] if f.get("shipped")][:3]
    if not shipped:
        return result
    fr = ", ".join(f"{f['path']} ({f.get('expression')}, copié par {f['shipped']['path']}:{f['shipped']['line']})" for f in shipped)
    en = ", ".join(f"{f['path']} ({f.get('expression')}, copied by {f['shipped']['path']}:{f['shipped']['line']})" for f in shipped)
    result.message = T(f"{result.message['fr']} Licence des données publiées, pas du code : {fr}.",
                       f"{result.message['en']} License of the published data, not of the code: {en}.")
    result.evidence = [*result.evidence, *(Evidence(path=f["path"], value=f.get("expression"), kind="found", note=T(
        f"licence des données que {f['shipped']['path']} (ligne {f['shipped']['line']}) copie dans ce qu'il publie, pas celle du code",
        f"license of the data {f['shipped']['path']} (line {f['shipped']['line']}) copies into what it publishes, not the code's"))
        for f in shipped)]
    return result


# a shipped default of the application's own state, named by the settings-template convention (data/page-data.default.json that a
# links page's admin editor overwrites, data/*.json git-ignored): its content and settings, no data set (issue 12, s45 fm45)
STATE_DEFAULT = re.compile(rf"\.(?:{TEMPLATE_ALT}|defaults)\.json$", re.I)


def restricting(lic: dict) -> dict | None:
    """The root licence file granting use for some purposes only (``restricts``: "non-commercial"), when the terms that make the
    project not open are those, not a reservation of every right (issue 12, s47 ff47)."""
    return next((f for f in lic.get("license_files") or [] if f.get("proprietary") and f.get("restricts")), None)


def restricted_text(f: dict, fr: str, en: str) -> dict[str, str]:
    """A message naming what a restricting licence file does, put in place of {} in fr and en: "LICENSE grants use, copying,
    modification and distribution for non-commercial purposes only (commercial use forbidden)"."""
    return T(fr.format(f"{f['path']} accorde l'utilisation, la copie, la modification et la distribution à des fins non commerciales "
                       "uniquement (usage commercial interdit)"),
             en.format(f"{f['path']} grants use, copying, modification and distribution for non-commercial purposes only "
                       "(commercial use forbidden)"))
