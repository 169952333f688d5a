"""``licensing.open-license``, ``licensing.authorized-fr`` and ``licensing.consistent``.

Longer than 400 lines: three licensing checks reading the same licence statements through shared helpers.
"""

from __future__ import annotations


from auditor.checks.interface import Evidence, Result, Status, T, check
from auditor.licenses.notices import EQUIVALENT, VERSIONED, agree, family, is_unversioned, lineage, unversioned_note

from .common import (ALLOWED_TEXT, contents_scoped, FR_ALLOWED, FR_DATA, FR_LATER_VARIANTS, FR_ONLY_VARIANTS, evaluate, is_data_license, is_open, license_advice,
                     header_disagreement, judged, reaching, restricted_text, restricting, with_shipped, listed_for, naming_no_licence, no_licence_named,
                     project_sources, source_evidence)


def _choose(ctx, result: Result, lic: dict, before: dict[str, str] | None = None) -> Result:
    """A failed licence: which licences of the French list fit the dependencies found, and why."""
    if result.status is not Status.FAIL:
        return result
    root = [f["path"] for f in lic.get("license_files") or [] if f.get("scope") == "root"]
    text = license_advice(ctx, root[0] if root else "LICENSE")
    if before:
        text = {k: f"{before[k]} {text[k]}" for k in ("fr", "en")}
    return result.advise(T(text["fr"], text["en"]))


def _no_license(lic: dict) -> Result | None:
    status = lic.get("status")
    if status == "none":
        if parts := lic.get("components"):  # a component's manifest only (packages/wasm-core/Cargo.toml: MIT), the main code silent
            fr, en = (", ".join(f"{c['value']} {w} {c['file']}" for c in parts[:3]) for w in ("dans", "in"))
            return Result.fail(T(f"Aucune licence pour le projet : seul un composant en déclare une ({fr}), le reste du code n'en a pas.",
                                 f"No license for the project: only a component declares one ({en}), the rest of the code has none."),
                               [Evidence(path="LICENSE", kind="missing")] + [Evidence(path=c["file"], line=c["line"], value=c["value"], kind="found") for c in parts[:3]],
                               status=status)
        return Result.fail(T("Aucune licence trouvée (ni fichier, ni manifeste, ni README).",
                             "No license found (no file, manifest or README statement)."),
                           [Evidence(path="LICENSE", kind="missing")], status=status)
    if status == "proprietary":
        files = [f["path"] for f in lic.get("license_files") or [] if f.get("proprietary")]
        ev = [Evidence(path=p, kind="finding") for p in files]
        said = [c["source"] for c in lic.get("disagreements") or []]
        if said and files:  # (a README's or a manifest's open licence beside the terms at the root that reserve the rights)
            named = ", ".join(f"{s['path']}:{s.get('line')} ({s.get('value')})" for s in said[:3])
            ev += [Evidence(path=s["path"], line=s.get("line"), value=s.get("value"), kind="finding") for s in said[:3]]
            return Result.fail(T(f"Licence propriétaire : {files[0]} réserve tous les droits ; la licence libre qu'annonce {named} ne "
                                 "l'emporte pas sur ce texte (voir licensing.consistent).",
                                 f"Proprietary license: {files[0]} reserves all rights; the open license {named} names does not prevail "
                                 "over that text (see licensing.consistent)."), ev, status=status)
        if restricted := restricting(lic):  # (a non-commercial licence of the author's own grants rights: it reserves not all of them)
            return Result.fail(restricted_text(restricted, "Licence restreignant l'usage, non libre : {}.",
                                               "License restricting use, not open source: {}."), ev, status=status)
        return Result.fail(T("Licence propriétaire (« tous droits réservés »).", "Proprietary license (\"all rights reserved\")."), ev, status=status)
    if status == "unrecognized":
        files = [f["path"] for f in lic.get("license_files") or [] if f.get("scope") == "root"]
        if all(f.get("too_large") for f in lic.get("license_files") or [] if f.get("scope") == "root"):
            return Result.inconclusive(T("Fichier de licence trop gros pour être lu (au-delà de 512 Ko) : impossible de dire si la licence est libre.",
                                         "License file too large to read (over 512 KB): cannot tell whether the license is open."),
                                       [Evidence(path=p, kind="finding") for p in files], status=status)
        return Result.inconclusive(T("Licence non reconnue : impossible de dire si elle est libre ; voir licensing.license-file.",
                                     "License not recognised: cannot tell whether it is open; see licensing.license-file."),
                                   [Evidence(path=p, kind="finding") for p in files], status=status)
    return None


def _expressions(lic: dict) -> list[str]:
    if lic.get("spdx"):
        return [lic["spdx"]]
    if lic.get("named") and not lic.get("conflict"):  # a family named without its version ("AGPL"): judged as the family
        return [lic["named"]]
    # conflict: judge every candidate
    return sorted({s.get("expression") or " AND ".join(s["ids"]) for s in lic.get("sources") or [] if s.get("ids")})


def _unversioned_evidence(lic: dict) -> list[Evidence]:
    """A note on the families named without their version, when the main licence is one."""
    tokens = lic.get("version_not_stated") or []
    return [Evidence(value=tokens, note=T(**unversioned_note(tokens)))] if tokens else []


@check(
    id="licensing.open-license",
    family="licensing",
    effort="hours",
    title=T("La licence est une licence libre (OSI ou FSF)", "The license is free/open source (OSI or FSF)"),
    rationale=T(
        "Seule une licence libre, reconnue par l'OSI ou la FSF, garantit aux autres collectivités les droits d'utiliser, "
        "d'étudier, de modifier et de redistribuer le service ; c'est le critère « open source » du jury.",
        "Only a free/open source license, recognised by the OSI or the FSF, guarantees other local governments the rights to "
        "use, study, modify and redistribute the service; it is the jury's \"open source\" criterion.",
    ),
    remediation=T(
        "Publiez le code sous une licence libre reconnue par l'OSI ou la FSF, de préférence l'une de celles autorisées pour les "
        "administrations (EUPL-1.2, MIT, Apache-2.0, CeCILL-2.1…).",
        "Publish the code under a license recognised by the OSI or the FSF, preferably one allowed for French administrations "
        "(EUPL-1.2, MIT, Apache-2.0, CeCILL-2.1…).",
    ),
)
def open_license(ctx) -> Result:
    lic = ctx.fact("license")
    early = _no_license(lic)
    if early:
        return _choose(ctx, early, lic)
    exprs = _expressions(lic)
    ev = source_evidence(lic) + _unversioned_evidence(lic)
    rank = {True: 2, None: 1, False: 0}
    results = {e: evaluate(e, lambda i: rank[is_open(i)]) for e in exprs}
    worst = min(results.values())
    if lic.get("conflict") and max(results.values()) == 2:
        return _disagreement(exprs, results, ev, T("toutes sont libres", "all are open"),
                             T("certaines ne sont pas libres", "some are not open"))
    if worst == 2:
        content = _content_licence_for_code(ctx, lic, exprs)
        if content:
            return content
        return judged(lic, f"Licence libre : {' ; '.join(exprs)}", f"Open license: {'; '.join(exprs)}", ev, expressions=exprs)
    if worst == 0:
        bad = [e for e, v in results.items() if v == 0]
        return _choose(ctx, Result.fail(T(f"Licence non libre (ni OSI ni FSF) : {' ; '.join(bad)}.",
                                          f"Not an open license (neither OSI nor FSF): {'; '.join(bad)}."), ev, expressions=exprs), lic,
                       T(f"Remplacez {' ; '.join(bad)} par une licence libre de la liste autorisée.",
                         f"Replace {'; '.join(bad)} with an open license of the allowed list."))
    return Result.inconclusive(T(f"Licence inconnue de la liste SPDX ({' ; '.join(exprs)}) : à vérifier à la main.",
                                 f"License unknown to the SPDX list ({'; '.join(exprs)}): check by hand."), ev, expressions=exprs)


def _content_licence_for_code(ctx, lic: dict, exprs: list[str]) -> Result | None:
    """Code under a Creative Commons licence for content (CC BY, CC BY-SA: any version): open, but written for texts, images and data,
    not for software (no terms on source code, no patent grant; Creative Commons itself advises against it for software): a warning
    when the project holds program code. A project of data or documents only keeps its pass (issue 12, s45 fd45: a shell pipeline
    whose two scripts name CC BY-SA 4.0 in their headers)."""
    from auditor.facts.inventory import PROGRAMMING

    ids = lic.get("ids") or []  # (the main licence's ids)
    if not ids or not all(lineage(i) in ("CC-BY", "CC-BY-SA") for i in ids):
        return None
    code = sum(n for lang, n in (ctx.fact("languages") or {}).items() if lang in PROGRAMMING)
    if code == 0:
        return None
    ev = source_evidence(lic)
    named = " ; ".join(exprs)
    return Result.warn(T(f"Licence libre, mais faite pour des contenus et non pour du logiciel : {named} couvre les {code} fichier(s) de "
                         "code du projet (pas de clause sur le code source ni sur les brevets ; Creative Commons la déconseille pour le logiciel).",
                         f"Open license, but made for content, not software: {'; '.join(exprs)} covers the project's {code} code file(s) (no "
                         "terms on source code or patents; Creative Commons advises against it for software)."), ev, score=6, expressions=exprs
                       ).advise(T(f"Publiez le code sous une licence de logiciel de la liste autorisée (MIT, Apache-2.0, EUPL-1.2…) dans un "
                                  f"fichier LICENSE à la racine, et gardez {named} pour la documentation et les données.",
                                  f"Publish the code under a software license of the allowed list (MIT, Apache-2.0, EUPL-1.2…) in a LICENSE "
                                  f"file at the root, and keep {'; '.join(exprs)} for the documentation and data."))


def _disagreement(exprs: list[str], results: dict[str, int], ev: list, all_ok: dict[str, str], some_bad: dict[str, str]) -> Result:
    """Sources that name different licenses: a warning that says whether every one of them would do."""
    bad = [e for e, v in results.items() if v < 2]
    fr = all_ok["fr"] if not bad else f"{some_bad['fr']} ({' ; '.join(bad)})"
    en = all_ok["en"] if not bad else f"{some_bad['en']} ({'; '.join(bad)})"
    return Result.warn(T(f"Les sources se contredisent ({' ; '.join(exprs)}) : {fr} ; laquelle s'applique n'est pas établi.",
                         f"The sources disagree ({'; '.join(exprs)}): {en}; which one applies is not established."),
                       ev, score=7 if not bad else 4, expressions=exprs)


NOT_CODE = {"HTML", "CSS", "SCSS", "SQL", "Jupyter Notebook", "Twig"}


@check(
    id="licensing.authorized-fr",
    family="licensing",
    effort="hours",
    title=T("La licence est autorisée pour les administrations françaises", "The license is allowed for French administrations"),
    rationale=T(
        "Une administration qui publie son code doit choisir une licence de la liste fixée par décret (n° 2021-1559, art. D323-2-1 "
        "du code des relations entre le public et l'administration) ; une autre licence demande une homologation. Le jury vérifie ce point.",
        "An administration that publishes its code must pick a license from the list set by decree (n° 2021-1559, art. D323-2-1 of "
        "the French code of relations between the public and the administration); any other license needs approval. The jury checks it.",
    ),
    remediation=ALLOWED_TEXT,
)
def authorized_fr(ctx) -> Result:
    lic = ctx.fact("license")
    early = _no_license(lic)
    if early:
        return _choose(ctx, early, lic)
    exprs = _expressions(lic)
    ev = source_evidence(lic) + _unversioned_evidence(lic)

    code_files = sum(n for lang, n in (ctx.fact("languages") or {}).items() if lang not in NOT_CODE)
    data_for_code: set[str] = set()
    only_seen: set[str] = set()
    later_seen: set[str] = set()

    def leaf(i: str) -> int:
        i = EQUIVALENT.get(i, i)  # BSD-2-Clause-Views is the BSD 2-Clause with a sentence of no legal effect
        if is_unversioned(i):  # the décret's list names families (GNU AGPL v3, BSD, Licence Ouverte): judged by family
            listed = listed_for(i)
            if listed is None:
                return 0
            i = listed
        if i in FR_DATA and code_files >= 3:
            data_for_code.add(i)  # on the list for data and documents, not for software
            return 1
        if i in FR_ALLOWED:
            return 2
        if i in FR_ONLY_VARIANTS:
            only_seen.add(i)  # the décret names licence families (GNU GPL v3…), "-only" or "-or-later" alike
            return 2
        if i in FR_LATER_VARIANTS:
            later_seen.add(i)  # "or any later version": usable under the listed version 3
            return 2
        return 0
    results = {e: evaluate(e, leaf) for e in exprs}
    worst = min(results.values())
    vc = lic.get("version_choice") or {}
    if worst == 1 and data_for_code and not lic.get("conflict"):
        ids = ", ".join(sorted(data_for_code))
        return Result.warn(T(
            f"{ids} figure sur la liste pour les données et documents, pas pour les logiciels : ce dépôt contient du code "
            f"({code_files} fichiers). Placez le code sous une licence logicielle de la liste (MIT, Apache-2.0, EUPL-1.2…) "
            f"et gardez {ids} pour les données et la documentation.",
            f"{ids} is on the list for data and documents, not for software: this repository holds code ({code_files} files). "
            f"License the code under a software license of the list (MIT, Apache-2.0, EUPL-1.2…) and keep {ids} for data and documentation."),
            ev, score=6, expressions=exprs, code_files=code_files)
    if lic.get("conflict") and max(results.values()) >= 1:
        return _disagreement(exprs, results, ev, T("chacune est autorisée", "each is allowed"),
                             T("certaines ne le sont pas", "some are not"))
    if worst == 2:
        if only_seen:
            ids = ", ".join(sorted(only_seen))
            ev.append(Evidence(value=sorted(only_seen), note=T(
                f"Pour information : {ids} est la variante « version 3 uniquement » ; le décret n° 2021-1559 nomme la famille "
                "(GNU GPL v3, AGPL v3, LGPL v3) sans distinguer « -only » et « -or-later » : elle est autorisée.",
                f"For information: {ids} is the \"version 3 only\" variant; décret 2021-1559 names the family (GNU GPL v3, AGPL v3, "
                "LGPL v3) without telling \"-only\" from \"-or-later\": it is allowed.")))
        for i in sorted(later_seen):
            ev.append(Evidence(value=i, note=T(
                f"Pour information : {i} permet d'utiliser le code sous toute version ultérieure, donc sous {FR_LATER_VARIANTS[i]}, "
                "qui figure sur la liste du décret n° 2021-1559 : elle est autorisée.",
                f"For information: {i} lets anyone use the code under any later version, hence under {FR_LATER_VARIANTS[i]}, "
                "which is on the list of décret 2021-1559: it is allowed.")))
        return judged(lic, f"Licence autorisée : {' ; '.join(exprs)}", f"Allowed license: {'; '.join(exprs)}", ev, expressions=exprs,
                      version_choice=vc)
    bad = [e for e, v in results.items() if v == 0]
    return _choose(ctx, Result.fail(T(f"Licence hors de la liste autorisée : {' ; '.join(bad)}.", f"License not on the allowed list: {'; '.join(bad)}."),
                                    ev, expressions=exprs), lic,
                   T(f"{' ; '.join(bad)} n'est pas sur la liste fixée par décret : changez de licence (ou demandez son homologation).",
                     f"{'; '.join(bad)} is not on the list set by decree: change the license (or ask for it to be approved)."))


def _align(sources: list[dict], spdx: str | None) -> dict[str, str] | None:
    """Each statement to change, where, and the exact identifier to write."""
    if not spdx or not sources:
        return None
    fields = {"package.json": "license", "publiccode.yml": "legal.license", "pyproject.toml": "license", "composer.json": "license",
              "setup.cfg": "license", "setup.py": "license="}
    todo_fr, todo_en = [], []
    for s in sources[:6]:
        path = s.get("path")
        where = f"{path}:{s['line']}" if path and s.get("line") else (path or "")
        name = (path or "").rsplit("/", 1)[-1]
        field = fields.get(name)
        if not path:
            todo_fr.append(f"les en-têtes SPDX-License-Identifier qui disent {s.get('value')}")
            todo_en.append(f"the SPDX-License-Identifier headers that say {s.get('value')}")
        else:
            todo_fr.append(f"{where}{f' ({field})' if field else ''} : « {s.get('value')} »")
            todo_en.append(f"{where}{f' ({field})' if field else ''}: \"{s.get('value')}\"")
    return T(f"Écrivez exactement {spdx}, la licence du texte qui fait foi, à la place de : " + " ; ".join(todo_fr) + ".",
             f"Write exactly {spdx}, the license of the prevailing text, instead of: " + "; ".join(todo_en) + ".")


@check(
    id="licensing.consistent",
    family="licensing",
    effort="minutes",
    title=T("Fichier de licence, manifestes, publiccode.yml et README concordent",
            "License file, manifests, publiccode.yml and README agree"),
    rationale=T(
        "Quand le fichier LICENSE, le package.json, le publiccode.yml ou le README annoncent des licences différentes, "
        "personne ne sait sous quelle licence réutiliser le code : les catalogues (code.gouv.fr, npm, PyPI) affichent une "
        "information fausse et le doute juridique bloque la réutilisation.",
        "When LICENSE, package.json, publiccode.yml or the README state different licenses, nobody knows under which license "
        "the code may be reused: catalogues (code.gouv.fr, npm, PyPI) show wrong information and the legal doubt blocks reuse.",
    ),
    remediation=T(
        "Alignez toutes les déclarations sur la licence du fichier LICENSE, avec son identifiant SPDX exact (par exemple "
        "« license »: « EUPL-1.2 » dans package.json, legal.license dans publiccode.yml, la section Licence du README).",
        "Make every statement match the LICENSE file, with its exact SPDX id (for instance \"license\": \"EUPL-1.2\" in "
        "package.json, legal.license in publiccode.yml, the README's License section).",
    ),
)
def consistent(ctx) -> Result:
    result = _consistent(ctx)
    return with_shipped(result, ctx.fact("license")) if result.status in (Status.PASS, Status.WARN) else result


def _consistent(ctx) -> Result:
    lic = ctx.fact("license")
    sources = [s for s in project_sources(lic) if s.get("ids")]
    if lic.get("status") == "unrecognized" and not sources:  # a licence file states a licence the tool does not recognise
        files = [f["path"] for f in lic.get("license_files") or [] if f.get("scope") == "root"]
        return Result.inconclusive(T(f"Une licence est indiquée ({', '.join(files)}) mais n'a pas été reconnue : sa concordance avec "
                                     "les autres déclarations n'est pas mesurée ; voir licensing.license-file.",
                                     f"A license is stated ({', '.join(files)}) but was not recognised: whether other statements agree "
                                     "with it is not measured; see licensing.license-file."), [Evidence(path=p, kind="found") for p in files])
    terms = [f for f in lic.get("license_files") or [] if f.get("scope") == "root" and f.get("proprietary")]
    if lic.get("status") == "proprietary" and terms and not sources:  # the terms at the root, and no statement naming another licence
        what = restricted_text(terms[0], "{}", "{}") if terms[0].get("restricts") else T(f"{terms[0]['path']} réserve tous les droits",
                                                                                         f"{terms[0]['path']} reserves all rights")
        return Result.passed(T(f"Une seule source déclare la licence ({what['fr']}) ; aucun manifeste ni README n'en nomme une autre : pas de contradiction.",
                               f"A single source states the license ({what['en']}); no manifest or README names another: no contradiction."),
                             [Evidence(path=f["path"], kind="found") for f in terms], score=9)
    if lic.get("status") == "none" or not sources:
        return Result.not_applicable(T("Aucune licence déclarée : rien à comparer.", "No license stated: nothing to compare."))
    ev = source_evidence(lic)
    if lic.get("conflict") or lic.get("disagreements"):
        return _disagree(lic, sources, ev)
    partial, bad_ids = _partial(lic, sources)
    if not partial and bad_ids and all(not s.get("ids") for s in bad_ids):  # a licence field naming no licence (license="CG44")
        return no_licence_named(lic, bad_ids, ev).advise(_align(bad_ids, lic.get("spdx")))
    if partial or bad_ids:
        pev = [Evidence(path=s["path"], line=s.get("line"), value=s.get("value"), kind="finding") for s in partial + bad_ids]
        return Result.warn(T("Les sources concordent en partie : identifiants SPDX à préciser ou licences supplémentaires citées.",
                             "The sources partly agree: SPDX ids to fix or extra licenses named."), pev + ev, score=6).advise(
            _align(partial + bad_ids, lic.get("spdx")))
    differ = _differing_root_texts(lic)
    if differ:
        listed_fr = " ; ".join(f"{f['path']} : {f['expression']}" for f in differ)
        listed_en = "; ".join(f"{f['path']}: {f['expression']}" for f in differ)
        return Result.warn(T(f"Deux textes de licence différents à la racine ({listed_fr}) : on ne sait pas lequel s'applique.",
                             f"Two different license texts at the root ({listed_en}): which one applies is unclear."),
                           [Evidence(path=f["path"], value=f["expression"], kind="finding") for f in differ] + ev, score=6).advise(T(
            f"Gardez à la racine le seul texte de la licence choisie (supprimez l'autre : {', '.join(f['path'] for f in differ[1:])}), "
            "ou, si le projet est proposé sous les deux, dites-le dans la section Licence du README (« au choix : … ») et nommez les "
            "fichiers d'après leur licence (LICENSE-AGPL, LICENSE-GPL).",
            f"Keep at the root the one text of the chosen license (remove the other: {', '.join(f['path'] for f in differ[1:])}), or, "
            "if the project is offered under both, say so in the README's License section (\"at your choice: …\") and name the files "
            "after their license (LICENSE-AGPL, LICENSE-GPL)."))
    other = _other_folder_licences(lic)
    if other:
        main = lic.get("spdx") or lic.get("named")
        listed_fr = " ; ".join(f"{f['path']} : {f['expression']}" for f in other[:5])
        listed_en = "; ".join(f"{f['path']}: {f['expression']}" for f in other[:5])
        return Result.warn(T(f"Un sous-dossier a son propre texte de licence, d'une autre licence que la racine ({main}) : {listed_fr} ; "
                             "le README ne dit pas quelle licence couvre quelle partie.",
                             f"A subfolder has its own license text, of another license than the root's ({main}): {listed_en}; "
                             "which license covers which part is not said."),
                           [Evidence(path=f["path"], value=f["expression"], kind="finding") for f in other[:5]] + ev, score=7).advise(T(
            f"Si ce dossier est sous {main} comme le reste, remplacez son texte par celui de {main} ; s'il s'agit d'une copie d'un projet "
            "tiers ou d'une partie sous une autre licence, dites-le dans la section Licence du README (« le dossier … est sous … »).",
            f"If that folder is under {main} like the rest, replace its text with {main}'s; if it is a third-party copy or a part under "
            "another license, say so in the README's License section (\"the folder … is under …\")."))
    stray = header_disagreement(lic, ev)  # a source file's own notice names another licence: that file is not under the project's
    if stray:
        return stray
    unnamed = [s for s in sources if any(is_unversioned(i) for i in s["ids"])]
    if unnamed:  # a family named without version agrees with the licence of that family, but catalogues read no version from it
        ev += [Evidence(path=s["path"], line=s.get("line"), value=s.get("value"),
                        note=T(**unversioned_note([i for i in s["ids"] if is_unversioned(i)]))) for s in unnamed[:3]]
    if len(sources) == 1:
        one = sources[0]
        where_fr = where_en = one["path"] or "SPDX headers"
        if one["kind"] == "file-headers":  # the headers of most source files: one statement, repeated
            where_fr, where_en = f"l'en-tête de {one.get('files')} fichiers source", f"the headers of {one.get('files')} source files"
        # (a part's own copy of the same licence text, cas/LICENSE.txt beside the root's LICENSE: said and shown, it agrees — s48 fd48)
        ids = set(one.get("ids") or [])
        same = [f for f in lic.get("license_files") or [] if f.get("scope") == "folder" and f.get("path") != one.get("path")
                and f.get("ids") and set(f["ids"]) <= ids][:5]
        if same and one["kind"] == "license-file":
            ev += [Evidence(path=f["path"], value={"kind": "license-file", "scope": "folder", "ids": f["ids"]}, kind="found") for f in same]
            names = ", ".join(f["path"] for f in same)
            return Result.passed(T(f"La licence est déclarée par {where_fr} ; le texte de licence d'un dossier ({names}) dit la même : pas de contradiction.",
                                   f"The license is stated by {where_en}; a folder's license text ({names}) says the same: no contradiction."),
                                 ev, score=9, folder_license_files=len(same))
        return Result.passed(T(f"Une seule source déclare la licence ({where_fr}) : pas de contradiction.",
                               f"A single source states the license ({where_en}): no contradiction."), ev, score=9)
    return Result.passed(T(f"{len(sources)} sources concordent : {lic.get('spdx') or lic.get('named')}.",
                           f"{len(sources)} sources agree: {lic.get('spdx') or lic.get('named')}."), ev)


def _disagree(lic: dict, sources: list[dict], ev: list[Evidence]) -> Result:
    """The sources contradict each other, or statements disagree with the licence text that prevails."""
    cev = []
    for c in lic.get("conflicts") or lic.get("disagreements") or []:
        s = c["source"]
        said = (c.get("stated") or {}).get("expression")
        cev.append(Evidence(path=s.get("path"), line=s.get("line"), value=s.get("value"), kind="finding",
                            note=T(f"{said}, qui couvre {c['main']}", f"{said}, which covers {c['main']}") if c.get("reaches") and said else
                            T(f"ne correspond pas à {c.get('main') or (c.get('other') or {}).get('value')}",
                              f"does not match {c.get('main') or (c.get('other') or {}).get('value')}")))
    if not lic.get("conflict") and all(c.get("reaches") for c in lic["disagreements"]):
        return reaching(lic, cev + ev, len(sources))
    if not lic.get("conflict") and all(c.get("scope") == "contents" for c in lic["disagreements"]):
        return contents_scoped(lic, cev + ev, len(sources))
    if not lic.get("conflict") and lic.get("status") == "proprietary":  # the terms at the root reserve the rights
        bad = lic["disagreements"]
        files = [f["path"] for f in lic.get("license_files") or [] if f.get("proprietary")] or ["LICENSE"]
        return Result.fail(T(f"{files[0]} réserve tous les droits, mais "
                             + " ; ".join(f"{c['source']['path'] or 'en-têtes SPDX'} déclare {c['source']['value']}" for c in bad[:6])
                             + " : le code est-il ouvert ? Ces déclarations contredisent le texte de licence.",
                             f"{files[0]} reserves all rights, but "
                             + "; ".join(f"{c['source']['path'] or 'SPDX headers'} states {c['source']['value']}" for c in bad[:6])
                             + ": is the code open? These statements contradict the license text."), cev + ev, sources=len(sources)).advise(T(
            f"Décidez de la licence : pour ouvrir le code, remplacez {files[0]} par le texte intégral de la licence annoncée ; sinon, "
            "retirez des autres fichiers la mention d'une licence libre.",
            f"Decide the license: to open the code, replace {files[0]} with the full text of the license announced; otherwise remove "
            "the mention of an open license from the other files."))
    if not lic.get("conflict"):
        bad = lic["disagreements"]
        return Result.fail(T(f"Le texte de licence ({lic.get('spdx')}) fait foi, mais "
                             + " ; ".join(f"{c['source']['path'] or 'en-têtes SPDX'} déclare {c['source']['value']}" for c in bad[:6])
                             + " : alignez ces déclarations sur la licence.",
                             f"The license text ({lic.get('spdx')}) prevails, but "
                             + "; ".join(f"{c['source']['path'] or 'SPDX headers'} states {c['source']['value']}" for c in bad[:6])
                             + ": make these statements match the license."), cev + ev, sources=len(sources)).advise(
            _align([c["source"] for c in bad], lic.get("spdx")))
    # the licence file's text prevails: every other statement is aligned on it
    text = next((s for s in sources if s["kind"] == "license-file"), None)
    return Result.fail(T("Les sources se contredisent sur la licence : " + " ; ".join(f"{s['path'] or 'en-têtes SPDX'} → {s['value']}" for s in sources[:6]) + ".",
                         "The sources disagree on the license: " + "; ".join(f"{s['path'] or 'SPDX headers'} → {s['value']}" for s in sources[:6]) + "."),
                       cev + ev, sources=len(sources)).advise(
        _align([s for s in sources if text and s["kind"] not in ("license-file", "reuse") and set(s["ids"]) != set(text["ids"])],
               text and (text.get("expression") or " AND ".join(text["ids"]))))


def _other_folder_licences(lic: dict) -> list[dict]:
    """Licence texts of subfolders (api_lemon_pleiade/LICENSE.txt: GPL-2.0 beside a root GPL-3.0) naming a software licence that
    does not agree with the main one; a documentation or data licence (docs/LICENSE: CC-BY-4.0) is another matter
    (licensing.data-and-docs), and neither is the README's choice between two licences."""
    main = lic.get("ids") or []
    if not main or lic.get("conflict"):
        return []
    readme = [s for s in lic.get("sources") or [] if s.get("kind") == "readme"]
    found = [f for f in lic.get("license_files") or [] if f.get("scope") == "folder" and f.get("ids") and not agree(f["ids"], main)
             and not all(is_data_license(i) for i in f["ids"]) and not any(agree(f["ids"], s.get("ids")) for s in readme)]
    # a folder one of whose texts says "or any later version" up to the root's (a copied Drupal core's COPYRIGHT.txt: GPL-2.0-or-later
    # beside its GPL-2.0 text, under a GPL-3.0 root) may be used under the root's licence
    later = {f["path"].rsplit("/", 1)[0] for f in found if any(_later_reaches(i, main) for i in f["ids"])}
    return [f for f in found if f["path"].rsplit("/", 1)[0] not in later]


def _later_reaches(lid: str, main: list[str]) -> bool:
    """``GPL-2.0-or-later`` reaches ``GPL-3.0-only``: same lineage, "or later", a version up to the main one's."""
    import re

    def version(i: str) -> float:
        m = re.search(r"-(\d+(?:\.\d+)?)", family(i))
        return float(m.group(1)) if m else 0.0
    return lid.endswith("-or-later") and any(lineage(lid) == lineage(m) and version(lid) <= version(m) for m in main)


def _differing_root_texts(lic: dict) -> list[dict]:
    """Full licence texts at the root that name different licences (LICENSE: GPL-3.0, COPYING: AGPL-3.0), unless their
    file names say which licence each is (LICENSE-MIT, LICENSE-APACHE: a deliberate dual licence) or one is the GNU
    GPL text that an LGPL requires beside it (COPYING with COPYING.LESSER)."""
    import re

    texts = [f for f in lic.get("license_files") or [] if f.get("scope") == "root" and f.get("ids") and f.get("method") == "full-text"]
    if len({tuple(sorted(f["ids"])) for f in texts}) < 2:
        return []
    named = [re.match(r"^(?:licen[cs]e|copying)[-_.](\w+)", f["path"].rsplit("/", 1)[-1], re.I) for f in texts]
    if any(m and m.group(1).lower() not in ("txt", "md", "rst", "markdown") for m in named):
        return []  # LICENSE-MIT beside LICENSE-APACHE, COPYING.LESSER: each file says which licence it is
    families = {i.split("-")[0] for f in texts for i in f["ids"]}
    if families <= {"GPL", "LGPL"} and "LGPL" in families:
        return []
    return sorted(texts, key=lambda f: f["path"])


def _partial(lic: dict, sources: list[dict]) -> tuple[list[dict], list[dict]]:
    """Sources that only partly agree (another version, extra licences), and declarations that are not SPDX ids."""
    # partial agreement: a source naming the main family but another version or extra licenses
    main = set(lic.get("ids") or [])
    # REUSE: a declaration made of the LICENSES/ texts (MIT AND CC-BY-4.0) states the whole repository's licensing
    reuse_texts = {f["declared_by_name"] for f in lic.get("license_files") or [] if f.get("scope") == "reuse" and f.get("declared_by_name")}
    agreeing = main | (reuse_texts if main & reuse_texts else set())
    partial = [s for s in sources if s["kind"] not in ("license-file", "reuse", "spdx-headers", "file-headers") and not set(s["ids"]) <= agreeing
               and not {i.rsplit("-", 1)[0] for i in s["ids"]} <= {i.rsplit("-", 1)[0] for i in main}
               and not (main and all(is_unversioned(i) and agree([i], main) for i in s["ids"]))  # "AGPL" beside the AGPL-3.0 text
               # (one licence per kind of content, "Données : Licence Ouverte 2.0. Référentiel : ODbL 1.0. Code : MIT. Documents : CC
               # BY-SA 4.0." beside the MIT text: the code's licence is the main one, the others data and documents licences)
               and not (main and main <= set(s["ids"]) and all(is_data_license(i) for i in set(s["ids"]) - main))
               # (a README's prose naming the version without "only" nor "or later", "GNU Affero General Public License v3.0
               # (AGPL-3.0)", beside the AGPL-3.0 text: the same licence, no SPDX field to fix)
               and not (s["kind"] == "readme" and main and all(family(i) == i and family(i) in VERSIONED and family(i) in {family(m) for m in main}
                                                              for i in s["ids"]))
               and not (s["path"].rsplit("/", 1)[-1] == "pom.xml" and {family(i) for i in s["ids"]} <= {family(i) for i in main})]
    # (Maven's <license><name> is "the full legal name of the license": "GNU General Public License (GPL) v3" beside the GPL-3.0
    # text names it, no SPDX id is asked there)
    bad_ids = [s for s in sources if s["kind"] in ("manifest", "publiccode") and s.get("expression") is None]
    return partial, bad_ids + (naming_no_licence(lic) if main else [])
