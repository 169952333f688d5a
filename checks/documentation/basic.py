"""``documentation.readme``: a substantive README at the root, not a framework's untouched template,
that says first what the project is for."""

from __future__ import annotations

from auditor.checks.interface import Evidence, Result, T, check, shell_words
from auditor.facts.inventory import COMMUNITY_DIRS
from auditor.facts.readme_templates import export_note, STARTER_FRAMEWORKS, TEMPLATE_HEADINGS, TEMPLATE_NAMES, own_chapters_above, own_headings as _own_headings, untouched_template  # noqa: F401 (re-exported)


@check(
    id="documentation.readme",
    family="documentation",
    effort="hours",
    title=T("Un README présente le projet", "A README presents the project"),
    rationale=T(
        "Le README est la première chose que lit une collectivité qui découvre le projet : sans lui, ou avec le modèle "
        "laissé tel quel par le framework, elle ne sait ni à quoi il sert ni comment l'installer. La grille de code.gouv.fr "
        "note aussi la présence du README, sa position à la racine et une description placée en premier.",
        "The README is the first thing a local government discovering the project reads: without it, or with the "
        "framework's template left untouched, it knows neither what the project is for nor how to install it. code.gouv.fr's "
        "criteria also score its presence, its place at the root and a description placed first.",
    ),
    remediation=T(
        "Ajoutez un README.md à la racine qui commence, sous le titre, par une ou deux phrases : à quoi sert le service et pour qui. "
        "Puis : comment l'installer, l'utiliser, le configurer, le déployer, y contribuer, sous quelle licence et qui contacter. "
        "Remplacez le texte du modèle généré par le framework (create-react-app, Vite, Symfony…).",
        "Add a README.md at the root that opens, under the title, with one or two sentences: what the service does and for whom. "
        "Then: how to install, use, configure, deploy and contribute to it, its license and whom to contact. Replace the text "
        "of the template the framework generated (create-react-app, Vite, Symfony…).",
    ),
    params={"min_words": 150, "short_words": 50},
)
def readme(ctx) -> Result:
    info = ctx.fact("readme") or {}
    path = info.get("path")
    if not path:
        return Result.fail(T("Aucun README à la racine, ni dans docs/ ou .github/.", "No README at the root, nor in docs/ or .github/."),
                           [Evidence(path="README.md", kind="missing")]).advise(T(
            "Créez README.md à la racine : un titre, juste dessous une phrase qui dit à quoi sert le projet et pour qui, puis les "
            "sections « Installation », « Utilisation », « Contribuer », « Licence » et « Contact » (la commande « auditor fix . » en "
            "écrit le squelette, à compléter).",
            "Create README.md at the root: a title, right under it a sentence saying what the project is for and for whom, then the "
            "sections \"Installation\", \"Usage\", \"Contributing\", \"License\" and \"Contact\" (\"auditor fix .\" writes the skeleton, "
            "to complete)."))
    if info.get("unreadable"):
        return Result.inconclusive(T(f"README illisible ({info['unreadable']}).", f"README unreadable ({info['unreadable']})."),
                                   [Evidence(path=path, value=info["unreadable"])])
    words = int(info.get("words") or 0)
    full, short = int(ctx.params.get("min_words", 150)), int(ctx.params.get("short_words", 50))
    evidence = [Evidence(path=path, value={"words": words, "format": info.get("format")}, kind="found")]
    score = 10.0
    problems_fr, problems_en = [], []
    folder = project_folder(path)
    if folder:  # the README of the one folder holding the whole project (an R package in packagempeb/): the forge's page still shows none
        score -= 1
        problems_fr.append(f"pas à la racine (dans {folder}/, le dossier qui contient tout le projet)")
        problems_en.append(f"not at the root (in {folder}/, the folder that holds the whole project)")
        evidence.append(Evidence(path=path, kind="finding", note=T(
            f"La page du dépôt sur la forge n'affiche aucun README : ajoutez à la racine un README qui présente le projet et renvoie à {path}.",
            f"The repository's page on the forge shows no README: add at the root a README that presents the project and points to {path}.")))
    elif "/" in path:
        score -= 1
        problems_fr.append("pas à la racine")
        problems_en.append("not at the root")
        evidence.append(Evidence(path=path, note=T("Placez le README à la racine du dépôt.", "Put the README at the repository root."), kind="finding"))
    template = info.get("template")
    if template:
        name = TEMPLATE_NAMES.get(template["framework"], template["framework"])
        evidence.append(Evidence(path=path, line=template["line"], value=template["framework"], kind="finding",
                                 note=T(f"Texte du modèle {name} laissé tel quel.", f"Text of the {name} template left as is.")))
        own = _own_headings(info) or [h for h in own_chapters_above(info) if h]  # ("# Webpack config" above it)
        if untouched_template(info):
            return Result.fail(T(f"Le README est le modèle de {name} laissé tel quel : il ne dit rien du projet.",
                                 f"The README is {name}'s untouched template: it says nothing about the project."),
                               evidence, score=1, words=words, template=template["framework"])
        if words < 600 and (info.get("description") or {}).get("line") in (None, template["line"]):  # completed with the team's own chapters, but still no word on the project
            return Result.fail(T(f"Le README part du modèle de {name}, complété de rubriques propres ({', '.join(own[:3])}), mais ne dit pas à quoi sert le projet.",
                                 f"The README starts from {name}'s template, completed with chapters of its own ({', '.join(own[:3])}), but does not say "
                                 "what the project is for."), evidence, score=2, words=words, template=template["framework"])
        score -= 2
        problems_fr.append(f"reste du modèle {name}")
        problems_en.append(f"leftovers of the {name} template")
    if words < short:
        score = min(score, 3)
        problems_fr.append(f"très court ({words} mots)")
        problems_en.append(f"very short ({words} words)")
    elif words < full:
        score -= 2
        problems_fr.append(f"court ({words} mots)")
        problems_en.append(f"short ({words} words)")
    desc = info.get("description")
    if not desc:
        score -= 3
        problems_fr.append("aucune phrase de description")
        problems_en.append("no descriptive sentence")
        evidence.append(Evidence(path=path, line=1, kind="finding", note=T("Ajoutez sous le titre une phrase qui dit à quoi sert le projet.",
                                                                          "Add under the title a sentence saying what the project is for.")))
    elif not desc.get("first"):
        score -= 2
        problems_fr.append("la description n'est pas placée en premier")
        problems_en.append("the description is not placed first")
        evidence.append(Evidence(path=path, line=desc["line"], value=desc["text"][:160], kind="finding",
                                 note=T("Remontez cette description juste sous le titre, avant l'installation.",
                                        "Move this description right under the title, before installation.")))
    else:
        evidence.append(Evidence(path=path, line=desc["line"], value=desc["text"][:160], kind="found"))
    drafts = info.get("draft_lines") or []
    if drafts:  # the skeleton `auditor fix` wrote, left unedited: a draft, never a pass
        score = min(score, 6)
        problems_fr.append(f"brouillon : {len(drafts)} ligne(s) portent encore le marqueur « À COMPLÉTER » de l'outil")
        problems_en.append(f"draft: {len(drafts)} line(s) still hold the tool's 'TO COMPLETE' marker")
        evidence.append(Evidence(path=path, line=drafts[0], kind="finding", value={"draft_lines": drafts[:20]},
                                 note=T("Remplacez chaque « À COMPLÉTER » par le texte du projet.", "Replace each 'TO COMPLETE' with the project's text.")))
    if not problems_en:
        return Result.passed(T(f"README présent et substantiel ({words} mots), description en tête.",
                               f"README present and substantive ({words} words), description first."), evidence, words=words)
    return Result.scored(score, T(f"README présent mais : {', '.join(problems_fr)}.", f"README present but: {', '.join(problems_en)}."),
                         evidence, words=words).advise(_readme_todo(path, info, words, full))


def project_folder(path: str) -> str | None:
    """The folder of a README found neither at the root nor in a documentation folder (docs/, .github/): the one folder that holds
    the whole project (files.project_folder_readme)."""
    folder = path.rsplit("/", 1)[0] if "/" in path else ""
    return folder if folder and folder.lower() not in COMMUNITY_DIRS else None


def _readme_todo(path: str, info: dict, words: int, full: int) -> dict[str, str]:
    """What to change in this README, in the order a reader meets it."""
    fr, en = [], []
    if project_folder(path):  # (moving it would take it out of the package it documents: a README at the root leads to it)
        fr.append(f"ajoutez à la racine un README court qui présente le projet et renvoie à {path}")
        en.append(f"add at the root a short README that presents the project and points to {path}")
    elif "/" in path:
        fr.append(f"placez-le à la racine (git mv {shell_words([path, path.rsplit('/', 1)[-1]])})")
        en.append(f"move it to the root (git mv {shell_words([path, path.rsplit('/', 1)[-1]])})")
    desc = info.get("description")
    if not desc:
        fr.append("ajoutez juste sous le titre une phrase qui dit à quoi sert le projet et pour qui")
        en.append("add right under the title a sentence saying what the project is for and for whom")
    elif not desc.get("first"):
        fr.append(f"remontez la description de la ligne {desc['line']} juste sous le titre")
        en.append(f"move the description on line {desc['line']} right under the title")
    template = info.get("template")
    if template:
        name = TEMPLATE_NAMES.get(template["framework"], template["framework"])
        fr.append(f"remplacez le texte du modèle {name} (ligne {template['line']}) par celui du projet")
        en.append(f"replace the {name} template's text (line {template['line']}) with the project's")
    drafts = info.get("draft_lines") or []
    if drafts:
        lines = ", ".join(str(n) for n in drafts[:6]) + ("…" if len(drafts) > 6 else "")
        fr.append(f"remplacez les « À COMPLÉTER » des lignes {lines}")
        en.append(f"replace the 'TO COMPLETE' markers on lines {lines}")
    if words < full:
        fr.append(f"étoffez-le ({words} mots aujourd'hui, au moins {full}) : installation, utilisation, contribution, licence, contact")
        en.append(f"expand it ({words} words today, at least {full}): installation, usage, contributing, license, contact")
    return T(f"Dans {path} : " + " ; ".join(fr) + ".", f"In {path}: " + "; ".join(en) + ".")


# Headings that frameworks' README templates write (Angular CLI, Vue CLI, Vite, Create React App, Next.js…).
