"""``licensing.reuse``: REUSE 3.3 compliance, scored by the share of covered files."""

from __future__ import annotations

from auditor.checks.interface import Evidence, Result, T, check, shell_words


@check(
    id="licensing.reuse",
    family="licensing",
    effort="hours",
    title=T("Chaque fichier porte sa licence et son copyright (REUSE 3.3)", "Every file states its license and copyright (REUSE 3.3)"),
    rationale=T(
        "Quand une collectivité reprend un fichier isolé (un composant, un script), elle doit savoir sous quelle licence il est et "
        "à qui il appartient. La spécification REUSE de la FSFE le dit fichier par fichier, de façon lisible par les outils "
        "(inventaires SPDX, SBOM) ; elle est recommandée pour les projets publics européens.",
        "When a local government reuses a single file (a component, a script), it must know its license and owner. The FSFE's "
        "REUSE specification states both per file, in a form tools read (SPDX inventories, SBOMs); it is recommended for "
        "European public projects.",
    ),
    remediation=T(
        "Installez l'outil reuse (pip install reuse), placez les textes dans LICENSES/ (reuse download --all), ajoutez les en-têtes "
        "« SPDX-License-Identifier » et « SPDX-FileCopyrightText » (reuse annotate), ou couvrez des dossiers entiers par un "
        "REUSE.toml ; vérifiez avec reuse lint en CI. Voir https://reuse.software/tutorial/.",
        "Install the reuse tool (pip install reuse), put the texts in LICENSES/ (reuse download --all), add "
        "\"SPDX-License-Identifier\" and \"SPDX-FileCopyrightText\" headers (reuse annotate), or cover whole folders with a "
        "REUSE.toml; check with reuse lint in CI. See https://reuse.software/tutorial/.",
    ),
    params={"examples": 10},
)
def reuse(ctx) -> Result:
    r = ctx.fact("reuse")
    covered = r.get("measured", r["covered"])
    if r["covered"] == 0:
        inst_fr, inst_en = _installed(r)
        return Result.not_applicable(T(f"Aucun fichier couvert par REUSE{inst_fr}.", f"No file covered by REUSE{inst_en}."))
    ok = r["compliant_files"]
    share = ok / covered
    ev = _evidence(r, ctx.params["examples"])
    score = 10 * share
    if r["missing_texts"] or r["unused_texts"] or r["bad_expressions"] or r["errors"]:
        score = min(score, 9) - (1 if r["missing_texts"] else 0) - (0.5 if r["unused_texts"] else 0) - (0.5 if r["errors"] else 0)
    if not r.get("compliant"):
        score = min(score, 9)  # reuse lint's verdict: not compliant, whatever the share
    fr, en = _message(r, ok, covered, share, _headers_in_words(ctx))
    details = {"covered": r["covered"], "measured": covered, "compliant": ok, "reuse_lint_compliant": bool(r.get("compliant")),
               "missing_texts": r["missing_texts"], "unused_texts": r["unused_texts"], "installed": r.get("installed") or 0}
    if r.get("compliant"):
        return Result.passed(T(fr + " : conforme, comme le dirait « reuse lint ».", en + ": compliant, as \"reuse lint\" would say."),
                             ev, **details)
    if ok == covered and (r["unread_count"] or r["truncated"]) and not (r["missing_texts"] or r["unused_texts"] or r["bad_expressions"] or r["errors"]
                                                                        or r.get("bad_texts") or r.get("deprecated_texts") or r.get("texts_without_extension")):
        return Result.inconclusive(T(fr + " ; le reste n'a pas pu être lu : conformité non établie.",
                                     en + "; the rest could not be read: compliance not established."), ev, **details)
    return Result.scored(score, T(fr + ".", en + "."), ev, pass_at=9.5, warn_at=5, **details).advise(_commands(ctx, r))


def _headers_in_words(ctx) -> dict | None:
    """How many source files state a licence in their header in words or as a ``@license`` tag (not an SPDX tag, which is
    all REUSE reads), and which licences: ``{"files", "read", "licences"}``, or None."""
    from auditor.facts import FactError

    try:
        h = ctx.fact("license").get("headers") or {}
    except FactError:
        return None
    n = sum((h.get("licences") or {}).values())
    return {"files": n, "read": h.get("read") or 0, "licences": sorted(h["licences"], key=lambda e: -h["licences"][e])} if n else None


def _commands(ctx, r: dict) -> dict[str, str] | None:
    """The reuse commands that would fix what was found: texts to download, files to annotate, texts to delete."""
    from auditor.facts import FactError

    try:
        lic = ctx.fact("license")
    except FactError:
        lic = {}
    # the project's licence; when its sources disagree, the licence file's; else the only text in LICENSES/
    root = [s.get("expression") or " AND ".join(s["ids"]) for s in lic.get("sources") or [] if s.get("kind") == "license-file" and s.get("ids")]
    texts = sorted({f["declared_by_name"] for f in lic.get("license_files") or [] if f.get("scope") == "reuse" and f.get("declared_by_name")})
    main = lic.get("spdx") or (root[0] if root else (texts[0] if len(texts) == 1 else None))
    fr, en = [], []
    if r["missing_texts"]:
        cmd = "reuse download " + shell_words(r["missing_texts"][:8])
        fr.append(f"téléchargez les textes manquants dans LICENSES/ : {cmd}")
        en.append(f"download the missing texts into LICENSES/: {cmd}")
    files = [ex["path"] for ex in r["examples"] if "license" in ex["missing"] or "copyright" in ex["missing"]]
    missing = r["covered"] - r["compliant_files"]
    spdx_fr, spdx_en = main or "<identifiant SPDX de la licence choisie>", main or "<SPDX id of the chosen license>"
    words = _headers_in_words(ctx)
    if files and words:  # the headers state the licence in words: one tag line each says it the way REUSE reads
        # (the licence the header names, never the project's: a header granting another licence is a third-party file copied in — Node-RED's
        # settings.js, "Licensed under the Apache License, Version 2.0" by the JS Foundation, in a project with no licence yet —, whose
        # tag says its own licence and holder; issue 12, s47 fi47 = urbanlab/maquette-biotope)
        named = words["licences"]
        own = bool(main) and named == [main]
        tag = main if own else named[0] if len(named) == 1 else None
        tag_fr = tag or f"<la licence que nomme son en-tête : {', '.join(named[:3])}>"
        tag_en = tag or f"<the license its header names: {', '.join(named[:3])}>"
        fr.append(f"{words['files']} fichiers source indiquent déjà leur licence dans leur en-tête, en toutes lettres : ajoutez-y la ligne "
                  f"« SPDX-License-Identifier: {tag_fr} » (et « SPDX-FileCopyrightText: » avec le titulaire{'' if own else ' que nomme cet en-tête'})"
                  + ("" if own else ", soit la licence que cet en-tête accorde, pas une autre : un fichier dont l'en-tête nomme la licence d'un "
                     "autre titulaire (un fichier tiers copié) garde cette licence et ce titulaire"))
        en.append(f"{words['files']} source files already state their license in their header, in words: add to it the line "
                  f"\"SPDX-License-Identifier: {tag_en}\" (and \"SPDX-FileCopyrightText:\" with the holder{'' if own else ' that header names'})"
                  + ("" if own else ", the license that header grants, not another: a file whose header names another holder's license "
                     "(a third-party file copied in) keeps that license and holder"))
    if files and missing > 50:  # a whole repository without headers: one REUSE.toml rather than hundreds of edits
        fr.append(f"{missing} fichiers n'ont pas d'étiquette de licence : créez à la racine un REUSE.toml dont une annotation couvre tout le dépôt "
                  f"(path = \"**\", SPDX-FileCopyrightText = le nom de la collectivité, SPDX-License-Identifier = {spdx_fr}), puis "
                  f"téléchargez son texte : reuse download {spdx_fr}")
        en.append(f"{missing} files have no license tag: create at the root a REUSE.toml whose annotation covers the whole repository "
                  f"(path = \"**\", SPDX-FileCopyrightText = the local government's name, SPDX-License-Identifier = {spdx_en}), then "
                  f"download its text: reuse download {spdx_en}")
    elif files:
        shown = shell_words(files[:3]) + (" …" if len(files) > 3 else "")
        fr.append(f"ajoutez les en-têtes aux {r['covered'] - r['compliant_files']} fichiers qui n'en ont pas : reuse annotate --license {spdx_fr} "
                  f"--copyright \"Nom de la collectivité\" --fallback-dot-license {shown} (ou un REUSE.toml qui couvre des dossiers entiers)")
        en.append(f"add the headers to the {r['covered'] - r['compliant_files']} files without them: reuse annotate --license {spdx_en} "
                  f"--copyright \"Name of the local government\" --fallback-dot-license {shown} (or a REUSE.toml covering whole folders)")
    if r["unused_texts"]:
        fr.append(f"supprimez les textes inutilisés ({', '.join(r['unused_texts'][:5])})")
        en.append(f"delete the unused texts ({', '.join(r['unused_texts'][:5])})")
    if not fr:
        return None
    return T("Avec l'outil reuse (pip install reuse) : " + " ; ".join(fr) + " ; puis vérifiez avec reuse lint, en intégration continue.",
             "With the reuse tool (pip install reuse): " + "; ".join(en) + "; then check with reuse lint, in continuous integration.")


def _evidence(r: dict, n: int) -> list[Evidence]:
    """Files missing a licence or copyright, licence texts missing, unused, misnamed, and invalid expressions (n of each)."""
    ev: list[Evidence] = []
    for ex in r["examples"][:n]:
        ev.append(Evidence(path=ex["path"], kind="finding", value={"missing": ex["missing"]},
                           note=T("manque : " + ", ".join({"license": "licence", "copyright": "copyright"}[m] for m in ex["missing"]),
                                  "missing: " + ", ".join(ex["missing"]))))
    for lid in r["missing_texts"][:n]:
        ev.append(Evidence(path=f"LICENSES/{lid}.txt", kind="missing", value=lid,
                           note=T("licence utilisée sans texte dans LICENSES/", "license used without a text in LICENSES/")))
    for p in r["unused_texts"][:n]:
        ev.append(Evidence(path=p, kind="finding", note=T("texte de licence inutilisé", "unused license text")))
    for p in (r.get("bad_texts") or [])[:n]:
        ev.append(Evidence(path=p, kind="finding", note=T("nom de fichier qui n'est pas un identifiant SPDX ni LicenseRef-",
                                                          "file name that is neither an SPDX identifier nor LicenseRef-")))
    for p in (r.get("deprecated_texts") or [])[:n]:
        ev.append(Evidence(path=p, kind="finding", note=T("texte nommé par un identifiant SPDX obsolète (deprecated)",
                                                          "text named by a deprecated SPDX identifier")))
    for p in (r.get("texts_without_extension") or [])[:n]:
        ev.append(Evidence(path=p, kind="finding", note=T("texte de licence sans extension (.txt)", "license text without an extension (.txt)")))
    for b in r["bad_expressions"][:n]:
        ev.append(Evidence(path=b["path"], kind="finding", value=b["value"], note=T("expression SPDX invalide", "invalid SPDX expression")))
    return ev


def _message(r: dict, ok: int, covered: int, share: float, words: dict | None = None) -> tuple[str, str]:
    """The finding in French and English: shares, missing and unused texts, errors, partial measure. As REUSE reads it: a
    licence is an SPDX-License-Identifier tag (or REUSE.toml, a .license file), a copyright a line starting "Copyright",
    "©" or SPDX-FileCopyrightText; a header stating the licence in words is not one, and is said apart (``words``)."""
    missing = covered - ok
    fr = (f"{ok}/{covered} fichiers couverts ({share:.0%}) indiquent licence et copyright comme REUSE les lit ; {missing} non "
          f"({r['missing_license']} sans étiquette de licence SPDX-License-Identifier, {r['missing_copyright']} sans mention de "
          f"copyright lisible par REUSE)")
    en = (f"{ok}/{covered} covered files ({share:.0%}) state license and copyright as REUSE reads them; {missing} do not "
          f"({r['missing_license']} without a machine-readable license tag (SPDX-License-Identifier), {r['missing_copyright']} "
          f"without a copyright notice REUSE reads)")
    if not missing:  # every file complies: no breakdown of zeros
        fr = f"{ok}/{covered} fichiers couverts ({share:.0%}) indiquent licence et copyright comme REUSE les lit"
        en = f"{ok}/{covered} covered files ({share:.0%}) state license and copyright as REUSE reads them"
    if words and r["missing_license"]:
        lics = ", ".join(words["licences"][:3])
        fr += (f" ; {words['files']} des {words['read']} fichiers source lus indiquent une licence dans leur en-tête, en toutes lettres "
               f"et non par une étiquette SPDX ({lics})")
        en += f"; {words['files']} of {words['read']} source files read state a license in their header, in words rather than as an SPDX tag ({lics})"
    if r["missing_texts"]:
        fr += f" ; textes manquants dans LICENSES/ : {', '.join(r['missing_texts'][:8])}"
        en += f"; texts missing from LICENSES/: {', '.join(r['missing_texts'][:8])}"
    if r["unused_texts"]:
        fr += f" ; textes inutilisés : {', '.join(r['unused_texts'][:8])}"
        en += f"; unused texts: {', '.join(r['unused_texts'][:8])}"
    rejected = [(r.get("bad_texts") or [], "nommés par aucun identifiant SPDX ni LicenseRef-", "named by no SPDX identifier nor LicenseRef-"),
                (r.get("deprecated_texts") or [], "nommés par un identifiant SPDX obsolète", "named by a deprecated SPDX identifier"),
                (r.get("texts_without_extension") or [], "sans extension", "without an extension")]
    for paths, what_fr, what_en in rejected:
        if paths:
            shown = ", ".join(paths[:5]) + (" …" if len(paths) > 5 else "")
            fr += f" ; textes de LICENSES/ {what_fr}, que reuse lint refuse : {shown}"
            en += f"; texts in LICENSES/ {what_en}, which reuse lint rejects: {shown}"
    if r["errors"]:  # (reuse lint's own words, in English)
        fr += " ; reuse lint s'arrête sur : " + " ; ".join(r["errors"])
        en += "; reuse lint stops on: " + "; ".join(r["errors"])
    inst_fr, inst_en = _installed(r)
    fr, en = fr + inst_fr, en + inst_en
    if r["truncated"] or r["unread_count"]:
        fr += f" (mesure partielle : {r['unread_count']} fichiers trop gros non lus" + (", liste tronquée" if r["truncated"] else "") + ")"
        en += f" (partial measure: {r['unread_count']} files too big to read" + (", list truncated" if r["truncated"] else "") + ")"
    return fr, en


def _installed(r: dict) -> tuple[str, str]:
    """The files a package manager installed, committed with the project (a virtualenv, node_modules/), said apart: other
    projects' files under their own licences, not measured; reuse lint on a checkout still counts them (s35 c35)."""
    n = r.get("installed") or 0
    if not n:
        return "", ""
    where = ", ".join(f + "/" for f in (r.get("installed_folders") or [])[:3])
    return (f" ; {n} fichiers installés par un gestionnaire de paquets sont versionnés ({where}) : ceux d'autres projets, sous leurs "
            "propres licences, non comptés ici ; reuse lint les compterait tant qu'ils restent dans le dépôt",
            f"; {n} files installed by a package manager are committed ({where}): other projects' files, under their own licenses, "
            "not counted here; reuse lint would count them as long as they stay in the repository")
