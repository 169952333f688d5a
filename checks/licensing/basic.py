"""``licensing.license-file``: a license file at the root, whose text is recognised."""

from __future__ import annotations

from auditor.checks.interface import Evidence, Result, T, check

from auditor.licenses.notices import TO_WRITE, is_unversioned

from .common import documents_only, header_where, license_advice, restricted_text, restricting, with_shipped


@check(
    id="licensing.license-file",
    family="licensing",
    effort="minutes",
    title=T("Un fichier de licence reconnu est présent à la racine", "A recognised license file is present at the root"),
    rationale=T(
        "Sans licence, personne n'a le droit de réutiliser le code : il n'est pas open source, quelle que soit sa visibilité. "
        "Une autre collectivité ne peut ni l'installer ni l'adapter légalement. Le texte intégral à la racine (LICENSE) est ce que "
        "lisent les outils (forges, SILL, code.gouv.fr) et les juristes ; un texte modifié ou seulement cité dans le README laisse un doute.",
        "Without a license nobody may reuse the code: it is not open source, however visible it is. Another local government can "
        "neither install nor adapt it lawfully. The full text at the root (LICENSE) is what tools (forges, SILL, code.gouv.fr) and "
        "lawyers read; a modified text, or a license only named in the README, leaves doubt.",
    ),
    remediation=T(
        "Ajoutez à la racine un fichier LICENSE contenant le texte intégral et non modifié d'une licence autorisée pour les "
        "administrations (par exemple EUPL-1.2, MIT, Apache-2.0 ou CeCILL-2.1 ; voir https://www.data.gouv.fr/fr/pages/legal/licences/). "
        "Mettez vos mentions (copyright, « ou toute version ultérieure ») en tête ou dans le README, pas à l'intérieur du texte.",
        "Add a LICENSE file at the root with the full, unmodified text of a license allowed for French administrations "
        "(for instance EUPL-1.2, MIT, Apache-2.0 or CeCILL-2.1; see https://www.data.gouv.fr/fr/pages/legal/licences/). "
        "Put your notices (copyright, \"or any later version\") above it or in the README, not inside the text.",
    ),
    params={"min_confidence": 0.9},
)


def license_file(ctx) -> Result:
    lic = ctx.fact("license")
    root = [f for f in lic.get("license_files") or [] if f.get("scope") == "root"]
    details = {"spdx": lic.get("spdx"), "status": lic.get("status"), "confidence": lic.get("confidence")}
    reuse_texts = [f for f in lic.get("license_files") or [] if f.get("scope") == "reuse" and f.get("ids")]
    if not root and reuse_texts and lic.get("spdx"):
        return _reuse_layout(lic, reuse_texts, details)
    if not root:
        return _no_root_file(ctx, lic, details)
    ev = []
    for f in root:
        lines = (f.get("matches") or [{}])[0].get("lines") if f.get("matches") else None
        value = {k: f.get(k) for k in ("expression", "confidence", "method", "candidates", "modified", "bundled")}
        note = None
        if not f.get("ids") and not f.get("modified") and not f.get("proprietary") and not f.get("unreadable"):
            # no licence's text matched, modified or not: "modified: no" would say it holds a licence's text untouched
            del value["modified"]
            titled = f.get("titled")
            note = (T(f"titre : {titled['expression']} (ligne {titled['line']}) ; texte : pas celui de cette licence ni d'une licence connue",
                      f"title: {titled['expression']} (line {titled['line']}); text: not that license's nor any known license's")
                    if titled else T("texte : pas celui d'une licence connue", "text: not any known license's"))
        ev.append(Evidence(path=f["path"], line=lines[0] if lines else (f.get("titled") or {}).get("line"), value=value, note=note,
                           kind="found" if f.get("ids") else "finding"))
    recognized = [f for f in root if f.get("ids")]
    if not recognized:
        return _unrecognised(root, ev, details)
    return _recognised(lic, recognized, ev, details, ctx.params["min_confidence"])


def _reuse_layout(lic: dict, reuse_texts: list[dict], details: dict) -> Result:
    """REUSE: the texts live in LICENSES/ at the root, and the main license is the one covering most files."""
    main_ids = set(lic.get("ids") or [lic["spdx"]])
    main = [f for f in reuse_texts if main_ids & set(f["ids"])] or reuse_texts
    ev = [Evidence(path=f["path"], value=f.get("expression"), kind="found") for f in main + [f for f in reuse_texts if f not in main]][:10]
    spdx = lic["spdx"]
    if lic.get("conflict"):
        return Result.warn(T("Textes de licence dans LICENSES/ (REUSE), mais les sources se contredisent (voir licensing.consistent).",
                             "License texts in LICENSES/ (REUSE), but the sources disagree (see licensing.consistent)."), ev, score=6, **details)
    return Result.passed(T(f"Textes de licence dans LICENSES/ (REUSE) ; licence principale : {spdx}.",
                           f"License texts in LICENSES/ (REUSE); main license: {spdx}."), ev, **details)


def _where(source: dict, lang: str) -> str:
    """Where a licence is named: a file, the header of the project's program (``file-header``), or the SPDX-License-Identifier
    headers of the source files (a source without a path)."""
    if source.get("kind") == "file-header" and source.get("path"):
        return header_where(source, lang)
    return source.get("path") or ("les en-têtes SPDX-License-Identifier des fichiers" if lang == "fr" else "the files' SPDX-License-Identifier headers")


def _no_root_file(ctx, lic: dict, details: dict) -> Result:
    """No licence file at the root: one in a subfolder, a licence only named elsewhere, or none at all."""
    declared = [s for s in lic.get("sources") or [] if s.get("ids")]
    ev = [Evidence(path="LICENSE", kind="missing", note=T("fichier attendu", "expected file"))]
    below = [f for f in lic.get("license_files") or [] if f.get("scope") == "folder" and f.get("ids") and not f.get("shipped")]
    result = _no_root_licence(ctx, lic, details, declared, ev, below)
    return with_shipped(result, lic)


def _no_root_licence(ctx, lic: dict, details: dict, declared: list[dict], ev: list[Evidence], below: list[dict]) -> Result:
    if below:
        ev += [Evidence(path=f["path"], value=f.get("expression"), kind="found") for f in below[:5]]
        paths = ", ".join(f["path"] for f in below[:5])
        return Result.fail(T(f"Aucun fichier de licence à la racine ; seulement dans des sous-dossiers ({paths}) : copiez-le à la racine.",
                             f"No license file at the root; only in subfolders ({paths}): copy it to the root."), ev, score=3, **details)
    ev += [Evidence(path=s["path"], line=s.get("line"), value=s.get("value"), kind="found") for s in declared[:5]]
    headers = next((s for s in declared if s["kind"] == "file-headers"), None)
    if headers and not lic.get("conflict"):
        return _stated_in_headers(lic, headers, [s for s in declared if s is not headers], ev, details)
    if declared:
        ids = sorted({i for s in declared for i in s["ids"]})
        named_in, named_in_en = (", ".join(sorted({_where(s, lang) for s in declared})) for lang in ("fr", "en"))
        if ids == ["LicenseRef-proprietary"]:  # ("## Licence" / "Propriété de la Mairie de X": the rights reserved, no text to copy)
            text = license_advice(ctx)
            return Result.fail(T(f"Aucun fichier de licence à la racine ; {named_in} réserve tous les droits (licence propriétaire) : "
                                 "le code n'est pas réutilisable.",
                                 f"No license file at the root; {named_in_en} reserves all rights (proprietary license): the code "
                                 "cannot be reused."), ev, **details).advise(T(text["fr"], text["en"]))
        shown_fr = ", ".join(f"{i}, version non indiquée" if is_unversioned(i) else i for i in ids)
        shown_en = ", ".join(f"{i}, version not stated" if is_unversioned(i) else i for i in ids)
        ids = [TO_WRITE.get(i, i) for i in ids]  # (a family named without version: the text of its listed or latest version)
        return Result.fail(T(f"Aucun fichier de licence à la racine ; la licence n'est que citée ({shown_fr}) dans {named_in}.",
                             f"No license file at the root; the license is only named ({shown_en}) in {named_in_en}."),
                           ev, score=2, **details).advise(T(
            f"Créez le fichier LICENSE à la racine avec le texte intégral de {' ou '.join(ids)}, la licence que cite {named_in} "
            f"(texte officiel sur https://spdx.org/licenses/{ids[0]}.html).",
            f"Create the LICENSE file at the root with the full text of {' or '.join(ids)}, the license {named_in_en} names "
            f"(official text at https://spdx.org/licenses/{ids[0]}.html)."))
    text = license_advice(ctx)  # which licences of the French list the dependencies found allow, and why
    what_fr, what_en = ("le contenu", "the content") if documents_only(ctx.fact("project") or {}) else ("le code", "the code")
    return Result.fail(T(f"Aucun fichier de licence à la racine : {what_fr} n'est pas réutilisable légalement.",
                         f"No license file at the root: {what_en} cannot be reused lawfully."), ev, **details).advise(T(text["fr"], text["en"]))


def _stated_in_headers(lic: dict, headers: dict, others: list[dict], ev: list[Evidence], details: dict) -> Result:
    """No licence file at the root, but most source files state the licence in their header (the BSD text atop each file of
    a Lutece plugin, the Apache-2.0 notice of license-maven-plugin, Moodle's ``@license`` tag): each file can be reused
    under it; the file at the root that tools and catalogues read is still missing."""
    ids = list(lic.get("ids") or headers["ids"])
    shown = lic.get("spdx") or lic.get("named") or headers.get("expression") or ", ".join(ids)
    n, m = headers.get("files") or 0, headers.get("read") or 0
    also_fr = f", et dans {', '.join(sorted({_where(s, 'fr') for s in others}))}" if others else ""
    also_en = f", and in {', '.join(sorted({_where(s, 'en') for s in others}))}" if others else ""
    to_write = [TO_WRITE.get(i, i) for i in ids]
    where_fr, where_en = f"l'en-tête de {n} des {m} fichiers source lus", f"the headers of {n} of {m} source files read"
    if headers.get("basis") == "metadata":  # (__license__ in the modules' metadata blocks: counted among the Python modules read)
        py = headers.get("python_read") or m
        where_fr = f"les métadonnées (__license__) de {n} des {py} modules Python lus ({m} avec un bloc de métadonnées)"
        where_en = f"the metadata (__license__) of {n} of the {py} Python modules read ({m} with a metadata block)"
    return Result.warn(T(f"Aucun fichier de licence à la racine ; la licence ({shown}) est indiquée dans {where_fr}{also_fr}.",
                         f"No license file at the root; the license ({shown}) is stated in {where_en}{also_en}."), ev, score=5, **details).advise(T(
        f"Ajoutez à la racine un fichier LICENSE avec le texte intégral de {' ou '.join(to_write)}, la licence que donnent les en-têtes "
        f"(texte officiel sur https://spdx.org/licenses/{to_write[0]}.html) : c'est lui que lisent les forges, les catalogues et les juristes.",
        f"Add at the root a LICENSE file with the full text of {' or '.join(to_write)}, the license the headers grant "
        f"(official text at https://spdx.org/licenses/{to_write[0]}.html): forges, catalogues and lawyers read that file."))


def _unrecognised(root: list[dict], ev: list[Evidence], details: dict) -> Result:
    """A root licence file whose licence was not recognised: proprietary, too large to read, modified or unknown."""
    if restricted := restricting({"license_files": root}):  # (a non-commercial licence of the author's own: restricted, not reserved)
        return Result.fail(restricted_text(restricted, "Licence restreignant l'usage : {} ; ce n'est pas une licence libre, le code n'est pas ouvert.",
                                                             "License restricting use: {}; not an open-source license, the code is not open."), ev, **details)
    if any(f.get("proprietary") for f in root):
        return Result.fail(T("Le fichier de licence réserve tous les droits (licence propriétaire) : le code n'est pas ouvert.",
                             "The license file reserves all rights (proprietary license): the code is not open."), ev, **details)
    large = [f for f in root if f.get("too_large")]
    if len(large) == len(root):
        kb = max(f.get("size") or 0 for f in large) // 1024
        return Result.inconclusive(T(f"Fichier de licence trop gros pour être lu ({kb} Ko, au-delà de 512 Ko) : licence non vérifiée.",
                                     f"License file too large to read ({kb} KB, over 512 KB): the license was not checked."),
                                   ev, **details)
    cands = ", ".join(f"{c['id']} ({c['coverage']:.0%})" for f in root for c in (f.get("candidates") or [])[:3])
    modified = any(f.get("modified") for f in root)
    titled = next((f for f in root if f.get("titled") and not f.get("modified")), None)
    if titled and not modified:  # the title names a licence, the text below is another (a summary of its articles): named, not given
        name, path = titled["titled"]["expression"], titled["path"]
        return Result.warn(T(f"{path} porte le nom de la licence {name} dans son titre, mais son texte n'est pas celui de cette licence "
                             "(ni intégral ni modifié : un autre texte, un résumé par exemple) : le texte qui fait foi manque.",
                             f"{path} names the license {name} in its title, but its text is not that license's (neither full nor "
                             "modified: another text, a summary for instance): the text that prevails is missing."),
                           ev, score=3, **details).advise(T(
            f"Remplacez le contenu de {path} par le texte intégral et non modifié de {name} (texte officiel sur "
            f"https://spdx.org/licenses/{name}.html) ; gardez votre présentation de la licence dans le README.",
            f"Replace the content of {path} with the full, unmodified text of {name} (official text at "
            f"https://spdx.org/licenses/{name}.html); keep your presentation of the license in the README."))
    msg_fr = ("Texte de licence modifié : il ressemble à " + cands + " mais contient des ajouts ou suppressions."
              if modified else "Fichier de licence présent mais licence non reconnue" + (f" (plus proches : {cands})." if cands else "."))
    msg_en = ("Modified license text: it resembles " + cands + " but has additions or deletions."
              if modified else "License file present but the license was not recognised" + (f" (closest: {cands})." if cands else "."))
    return Result.warn(T(msg_fr, msg_en), ev, score=3, **details)


def _recognised(lic: dict, recognized: list[dict], ev: list[Evidence], details: dict, min_confidence: float) -> Result:
    """A recognised root licence file: disputed, a notice without the full text, a text slightly off, or the licence found."""
    spdx = lic.get("spdx")
    main_files = set(lic.get("main_files") or [f["path"] for f in recognized])
    recognized = [f for f in recognized if f["path"] in main_files] or recognized
    conf = min(f.get("confidence") or 0 for f in recognized)
    methods = {f.get("method") for f in recognized}
    conflicted = [f["path"] for f in recognized if f.get("merge_conflict")]
    if conflicted:
        return Result.warn(T(f"{conflicted[0]} contient un conflit de fusion git non résolu (<<<<<<< … ======= … >>>>>>>) : deux textes de "
                             f"licence y restent ({spdx}) sans qu'aucun ait été choisi.",
                             f"{conflicted[0]} holds an unresolved git merge conflict (<<<<<<< … ======= … >>>>>>>): two licence texts "
                             f"remain ({spdx}) and none was chosen."), ev, score=4, **details).advise(T(
            f"Résolvez le conflit dans {conflicted[0]} : gardez le texte intégral de la licence du projet et retirez l'autre texte et les marques.",
            f"Resolve the conflict in {conflicted[0]}: keep the full text of the project's licence and remove the other text and the markers."))
    if lic.get("conflict"):
        return Result.warn(T("Fichier de licence reconnu, mais les sources se contredisent (voir licensing.consistent).",
                             "License file recognised, but the sources disagree (see licensing.consistent)."), ev, score=6, **details)
    if methods <= {"notice", "file-name", "licence address", "spdx id"}:
        return Result.warn(T(f"Le fichier de licence cite la licence ({spdx}) sans en donner le texte intégral.",
                             f"The license file names the license ({spdx}) without its full text."), ev, score=6, **details)
    if conf < min_confidence:
        return Result.scored(7, T(f"Licence trouvée : {spdx} (confiance {conf:.0%}, texte légèrement différent du texte officiel).",
                                  f"License found: {spdx} (confidence {conf:.0%}, text slightly different from the official one)."), ev, **details)
    return Result.passed(T(f"Licence trouvée : {spdx}.", f"License found: {spdx}."), ev, **details)
