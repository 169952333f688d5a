"""``documentation.readme-sections`` and ``documentation.language``: what the README covers and in which language."""

from __future__ import annotations

import re

from auditor.checks.interface import Evidence, Result, T, check
from auditor.checks.reusability.common import code_free
from auditor.facts.content_site import without_content
from auditor.facts.install import LOAD_KINDS
from auditor.facts.project import CONFIGURED, decided_kind, kind_label, not_deployed
from auditor.facts.readme_deploy_title import deployment_title
from auditor.facts.readme_templates import export_note, template_own_script
from auditor.i18n import LANGUAGE_NAMES as _NAMES

from .basic import TEMPLATE_NAMES, untouched_template
from .settings_expected import reads_no_setting

SECTION_LABELS = {
    "purpose": ("présentation", "purpose"), "install": ("installation", "installation"), "usage": ("utilisation", "usage"),
    "configuration": ("configuration", "configuration"), "deployment": ("déploiement", "deployment"),
    "contributing": ("contribuer", "contributing"), "license": ("licence", "license"), "contact": ("contact", "contact"),
}
LANG_NAMES = {"fr": ("français", "French"), "en": ("anglais", "English"), "de": ("allemand", "German"), "es": ("espagnol", "Spanish"),
              "it": ("italien", "Italian"), "nl": ("néerlandais", "Dutch"), "pt": ("portugais", "Portuguese")}


def _labels(names, lang: int) -> str:
    return ", ".join(SECTION_LABELS[n][lang] for n in names) or "—"


@check(
    id="documentation.readme-sections",
    family="documentation",
    effort="hours",
    title=T("Le README couvre ce dont un réutilisateur a besoin", "The README covers what a reuser needs"),
    rationale=T(
        "Une autre collectivité doit pouvoir comprendre, installer, configurer, déployer le service et savoir à qui s'adresser "
        "sans l'équipe d'origine. Le Standard for Public Code (critères 5, 8 et 9) demande un README qui dit l'objectif, "
        "l'installation et renvoie vers le suivi des tickets.",
        "Another local government must be able to understand, install, configure and deploy the service and know whom to ask "
        "without the original team. The Standard for Public Code (criteria 5, 8 and 9) asks for a README stating the purpose, "
        "the installation and linking to the issue tracker.",
    ),
    remediation=T(
        "Ajoutez au README des titres pour chaque rubrique manquante (Présentation, Installation, Utilisation, Configuration, "
        "Déploiement, Contribuer, Licence, Contact), ou une phrase qui renvoie au document qui la traite "
        "(« Installation : voir docs/INSTALL.md »). Ajoutez un lien vers les tickets, vers le service en ligne ou une démo, "
        "et le badge code.gouv.fr de niveau d'ouverture (contributif, ouvert ou publié).",
        "Add README headings for each missing topic (Purpose, Installation, Usage, Configuration, Deployment, Contributing, "
        "License, Contact), or a sentence pointing to the document that covers it (\"Installation: see docs/INSTALL.md\"). "
        "Link to the issue tracker, to the live service or a demo, and add the code.gouv.fr openness badge (contributif, "
        "ouvert or publié).",
    ),
    params={"weights": {"purpose": 2, "install": 2, "usage": 1.5, "configuration": 1, "deployment": 1, "contributing": 1,
                        "license": 1, "contact": 1},
            "signals_weight": {"issue_tracker": 0.5, "demo": 0.5, "openness_badge": 0.25}},
)
def readme_sections(ctx) -> Result:
    info = ctx.fact("readme") or {}
    path = info.get("path")
    if not path:
        return Result.fail(T("Aucun README : aucune rubrique.", "No README: no section at all."), [Evidence(path="README.md", kind="missing")])
    if info.get("unreadable"):
        return Result.inconclusive(T("README illisible.", "README unreadable."), [Evidence(path=path, value=info["unreadable"])])
    template = untouched_template(info)
    own_script = template_own_script(ctx, info) if template else None
    if own_script:  # (a generator's README whose steps run the script it wrote into this repository: ./run.sh build_start)
        return _own_script_template(ctx, info, template, own_script)
    if template and (note := export_note(info)):  # (qgis2web's note in its export: its steps to open and publish the map are this export's)
        return _export_note(ctx, info, template, note)
    if template:  # "Getting Started", "Deploy on Vercel": the framework's chapters, not the project's
        name = TEMPLATE_NAMES.get(template["framework"], template["framework"])
        return Result.fail(T(f"Le README est le modèle de {name} laissé tel quel : ses rubriques parlent du framework, pas du projet.",
                             f"The README is {name}'s untouched template: its sections are about the framework, not the project."),
                           [Evidence(path=path, line=template["line"], value=template["framework"], kind="finding")], score=0,
                           found=[], missing=sorted((ctx.params.get("weights") or {})), template=template["framework"])
    weights = {k: float(v) for k, v in (ctx.params.get("weights") or {}).items()}
    proj = ctx.fact("project") or {}
    kind = decided_kind(proj)
    if not_deployed(proj):  # a data model, a QGIS kit or a library is loaded, not deployed
        weights.pop("deployment", None)
    if kind is not None and kind not in CONFIGURED:  # no settings to document (reusability.configuration: not applicable)
        weights.pop("configuration", None)
    # (nor when the code reads no setting, as reusability.configuration finds it: a desktop calculation program, s44 fl44)
    if "configuration" in weights and "configuration" not in (info.get("sections") or []) and reads_no_setting(ctx, kind):
        weights.pop("configuration", None)
    # no code at all (a document describing a local standard, a project's presentation): nothing to install, configure or deploy here,
    # as reusability.install and reusability.configuration rule (not applicable), whatever kind the files suggest without deciding it
    # (issue 12, s37 fl37 = sigagglocompiegne/reseau_urba: a README-only data standard was asked ## Installation, ## Configuration…)
    no_code = code_free(ctx) if kind is None else None  # (a decided kind is never code-free)
    if no_code:
        for name in ("install", "configuration", "deployment"):
            weights.pop(name, None)
    sig_weights = {k: float(v) for k, v in (ctx.params.get("signals_weight") or {}).items()}
    # the readme fact's sections are the README's own and those of the documents it points to (section_sources: where each was found)
    sources = info.get("section_sources") or {}
    own = [s_ for s_ in info.get("sections") or [] if sources.get(s_, path) == path]
    found = set(own)
    guide = GUIDE_TOPICS if info.get("guidelines") else ()  # a guidelines document: "Environment setup", "Production code" are its topics
    for name in guide:
        weights.pop(name, None)
        found.discard(name)
    load_steps = []
    if kind in LOAD_KINDS and "install" not in found:  # a kit's install is its loading: the README's steps under another heading
        load_steps = [s for s in (ctx.fact("load_instructions") or {}).get("steps", []) if s[0] == path]
        found |= {"install"} if load_steps else set()
    # the settings explained in a document the README points to (Installation → back/README.md, whose "Configuration" says
    # which template to copy): the README's configuration section is that link
    docs = ctx.fact("docs") or {}
    linked_settings = sorted(set(docs.get("configuration") or []) & set(docs.get("readme_links") or []))
    if "configuration" in weights and "configuration" not in found and linked_settings:
        found.add("configuration")
    # the sections of the documents the README points to, followed as a reader would (README → EN-README.md → its guide): the readme
    # fact's, whose lines and paths from the README the evidence names
    details = {d["name"]: d for d in (ctx.fact("readme_linked_sections") or {}).get("sections", []) if sources.get(d["name"]) == d["path"]}
    linked = [details.get(name) or {"name": name, "path": source, "line": None, "text": source, "via": [path]}
              for name, source in sources.items() if source != path and name in weights and name not in found]
    found |= {d["name"] for d in linked}
    # (a library's or an API service's run chapter serving its own API and querying it, or running its declared command, which the readme
    # fact drops as a developer's local run: for such a package, running it is its use; s39 fc39, openfisca-pf's "## 2. Running OpenFisca PF")
    served = (info.get("served_runs") or [])[:1] if kind in ("library", "api-service") and "usage" in weights and "usage" not in found else []
    found |= {"usage"} if served else set()
    # (an infrastructure's README titled as its deployment guide, "# NocoDB On-Premise Deployment": its setup chapter deploys it, s42 fr42)
    titled = deployment_title(info) if kind == "infrastructure" and "deployment" in weights and "deployment" not in found else None
    found |= {"deployment"} if titled else set()
    missing = [s for s in weights if s not in found]
    total = sum(weights.values()) + sum(sig_weights.values())
    got = sum(w for s, w in weights.items() if s in found)
    evidence = _section_evidence(info, path, missing, skip=guide)
    if guide:
        evidence.append(Evidence(path=path, value={"guidelines": True}, kind="found", note=T(
            "Le README est un recueil de règles ou de bonnes pratiques : ses chapitres (environnement, déploiement…) sont les sujets "
            "qu'il recommande, pas l'installation ni le déploiement d'un logiciel ; ces rubriques ne sont pas attendues.",
            "The README is a set of guidelines: its chapters (environment, deployment…) are the topics it recommends on, not how to install "
            "or deploy a piece of software; those sections are not expected.")))
    if load_steps:
        evidence.append(Evidence(path=path, line=load_steps[0][1], value={"section": "install", "via": "load steps", "text": load_steps[0][2]},
                                 kind="found", note=T("Rubrique « installation » : les étapes de chargement (scripts, projet QGIS, données) sont données.",
                                                      "\"Installation\" section: the loading steps (scripts, QGIS project, data) are given.")))
    if "configuration" not in own and "configuration" in found and linked_settings:
        evidence.append(Evidence(path=linked_settings[0], value={"section": "configuration", "via": "link", "text": linked_settings[0]}, kind="found",
                                 note=T(f"Rubrique « configuration » : le README renvoie à {linked_settings[0]}, qui décrit les réglages.",
                                        f"\"Configuration\" section: the README points to {linked_settings[0]}, which describes the settings.")))
    for d in served:
        evidence.append(Evidence(path=path, line=d["line"], value={"section": "usage", "via": "heading", "text": d["text"]}, kind="found",
                                 note=T(f"Rubrique « utilisation » : le chapitre « {d['text'][:80]} » "
                                        + ("lance la commande du projet" if d.get("how") == "command" else "lance l'API du projet et l'interroge")
                                        + f" (pour ce projet de type « {kind_label(kind, 'fr')} », le lancer, c'est s'en servir).",
                                        f"\"Usage\" section: the chapter \"{d['text'][:80]}\" "
                                        + ("runs the project's own command" if d.get("how") == "command" else "serves the project's own API and queries it")
                                        + f" (for this {kind_label(kind, 'en')}, running it is using it).")))
    if titled:
        evidence.append(Evidence(path=path, line=titled["line"], value={"section": "deployment", "via": "title", "text": titled["text"]}, kind="found",
                                 note=T(f"Rubrique « déploiement » : le README est un guide de déploiement (« {titled['text'][:80]} ») et ses étapes "
                                        "d'installation démarrent ce que le dépôt déploie.", f"\"Deployment\" section: the README is a deployment guide "
                                        f"(\"{titled['text'][:80]}\") and its setup steps start what the repository deploys.")))
    for d in linked:
        chain = " → ".join(d["via"][1:] + [d["path"]])
        label = SECTION_LABELS[d["name"]]
        evidence.append(Evidence(path=d["path"], line=d["line"], value={"section": d["name"], "via": "link", "text": d["text"]}, kind="found",
                                 note=T(f"Rubrique « {label[0]} » : le README renvoie à {chain}, qui la traite (« {d['text']} »).",
                                        f"\"{label[1].capitalize()}\" section: the README points to {chain}, which covers it (\"{d['text']}\").")))
    for dead in (info.get("dead_links") or [])[:5]:  # a pointer to a file that is not there: what it points to is missing
        evidence.append(Evidence(path=path, line=dead["line"], value={"dead_link": dead["target"]}, kind="finding",
                                 note=T(f"Lien vers un fichier absent du dépôt : {dead['target']} (il ne compte pour aucune rubrique).",
                                        f"Link to a file missing from the repository: {dead['target']} (it counts for no section).")))
    signals, signal_ev, got = _signals(info, path, sig_weights, got)
    evidence += signal_ev
    score = 10 * got / total if total else 0
    drafts = info.get("draft_lines") or []
    if drafts:  # headings written by `auditor fix` over text never written: a draft that says nothing yet
        score = min(score, 3)
        evidence.append(Evidence(path=path, line=drafts[0], kind="finding", value={"draft_lines": drafts[:20]},
                                 note=T("Rubriques encore marquées « À COMPLÉTER » : un brouillon.", "Sections still marked 'TO COMPLETE': a draft.")))
    msg = T(f"Rubriques trouvées : {_labels([s for s in weights if s in found], 0)} ; manquantes : {_labels(missing, 0)}.",
            f"Sections found: {_labels([s for s in weights if s in found], 1)}; missing: {_labels(missing, 1)}.")
    # a section the README gives though the kind does not expect it (a mobile application's "Deployment & Release"): the evidence
    # lists it, so the message says it is there and why it does not count
    unexpected = [s for s in SECTION_LABELS if s in found and s not in weights and s not in guide]
    if unexpected and no_code:
        msg = T(msg["fr"] + f" Aussi présente(s), non attendue(s) ({no_code['fr'][0].lower() + no_code['fr'][1:]}) et non comptée(s) : "
                f"{_labels(unexpected, 0)}.",
                msg["en"] + f" Also present, not expected ({no_code['en'][0].lower() + no_code['en'][1:]}) and not counted: {_labels(unexpected, 1)}.")
    elif unexpected:
        kind_fr, kind_en = kind_label(kind, "fr"), kind_label(kind, "en")
        msg = T(msg["fr"] + f" Aussi présente(s), non attendue(s) pour un projet de type « {kind_fr} » et non comptée(s) : {_labels(unexpected, 0)}.",
                msg["en"] + f" Also present, not expected for a {kind_en} and not counted: {_labels(unexpected, 1)}.")
    res = Result.scored(score, msg, evidence, found=sorted(found), missing=missing,
                        signals={k: (v or None) for k, v in signals.items()})
    if missing:
        heads = {i: ", ".join("## " + SECTION_LABELS.get(s_, (s_, s_))[i].capitalize() for s_ in missing) for i in (0, 1)}
        # (the example names a chapter asked: no "Installation" for a repository with no code to install)
        ex = ("« Installation : voir docs/INSTALL.md »", "\"Installation: see docs/INSTALL.md\"") if "install" in missing or not no_code \
            else ("« Contribuer : voir CONTRIBUTING.md »", "\"Contributing: see CONTRIBUTING.md\"")
        res.advise(T(f"Ajoutez à {path} les titres {heads[0]}, chacun avec quelques lignes ou une phrase qui renvoie au document qui "
                     f"traite la rubrique ({ex[0]}).",
                     f"Add to {path} the headings {heads[1]}, each with a few lines or a sentence pointing to the document "
                     f"that covers it ({ex[1]})."))
    return res


MIN_PART = 0.05  # the share of a README's prose in the expected language below which it is not said to be there (one stray paragraph)
ROOT_README = re.compile(r"^(?:readme|lisezmoi|lisez-moi)\b", re.I)
README_TWIN = re.compile(r"(^|/)(readme[._-]?(fr|fra|french|francais)|lisezmoi|lisez-moi)(\.[a-z]+)?$", re.I)


@check(
    id="documentation.language",
    family="documentation",
    effort="days",
    title=T("La documentation est rédigée en français (et en anglais pour aller plus loin)",
            "The documentation is written in French (and in English to reach further)"),
    rationale=T(
        "Les agents et prestataires des collectivités lisent d'abord le français : la DINUM demande des manuels en français "
        "(et des commentaires de code en anglais). Une version anglaise ouvre la réutilisation au-delà de la France (critère 10 "
        "du Standard for Public Code).",
        "Local governments' staff and contractors read French first: DINUM asks for manuals in French (and code comments in "
        "English). An English version opens reuse beyond France (criterion 10 of the Standard for Public Code).",
    ),
    remediation=T(
        "Rédigez le README et la documentation d'installation et d'utilisation en français ; ajoutez une version anglaise "
        "(README.en.md ou une section English) si le projet vise une réutilisation européenne.",
        "Write the README and the installation and user documentation in French; add an English version (README.en.md or an "
        "English section) if the project aims at European reuse.",
    ),
    params={"expected": "fr", "welcome": ["en"]},
)
def language(ctx) -> Result:
    info = ctx.fact("readme") or {}
    path = info.get("path")
    if not path or info.get("unreadable"):
        return Result.inconclusive(T("Pas de README lisible dont identifier la langue.", "No readable README whose language to identify."))
    docs = ctx.fact("docs") or {}
    if (site := ctx.fact("content_site") or {}).get("content"):  # a village's website: its pages speak the site's language, not its documentation's
        docs = without_content(docs, site.get("page_dirs"))
    expected = ctx.params.get("expected", "fr")
    welcome = list(ctx.params.get("welcome") or [])
    lang = info.get("language")
    readme_langs = [lang] if isinstance(lang, str) else list(lang or [])
    docs_langs = list((docs.get("languages") or {}).keys())
    evidence = [Evidence(path=path, value={"language": lang, "shares": info.get("languages")}, kind="found")]
    for p, code in list((docs.get("file_languages") or {}).items())[:20]:
        evidence.append(Evidence(path=p, value={"language": code}, kind="found"))
    if not readme_langs and not docs_langs:
        return Result.inconclusive(T("Trop peu de texte rédigé pour identifier la langue du README.",
                                     "Too little prose to identify the README's language."), evidence)
    all_langs = set(readme_langs) | set(docs_langs)
    names = lambda codes, i: ", ".join(LANG_NAMES.get(c) and LANG_NAMES[c][i] or _NAMES.get(c, {}).get(("fr", "en")[i], c) for c in codes) or "—"  # noqa: E731
    if not readme_langs and expected in docs_langs:  # a README of a few words and links: the documentation it points to speaks
        return Result.passed(T(f"README trop court pour en identifier la langue ; documentation en {names(docs_langs, 0)}.",
                               f"README too short to identify its language; documentation in {names(docs_langs, 1)}."), evidence, score=8,
                             readme=readme_langs, docs=docs_langs)
    if not readme_langs:  # a README of a few words ("Template configuration for geOrchestra: Fork me !"): its language is not measured
        return Result.inconclusive(T(f"README trop court pour en identifier la langue ; documentation en {names(docs_langs, 0)} seulement.",
                                     f"README too short to identify its language; documentation in {names(docs_langs, 1)} only."), evidence,
                                   readme=readme_langs, docs=docs_langs)
    if expected in readme_langs:
        if any(w in all_langs for w in welcome):
            return Result.passed(T(f"README en {names(readme_langs, 0)} ; documentation en {names(sorted(all_langs), 0)}.",
                                   f"README in {names(readme_langs, 1)}; documentation in {names(sorted(all_langs), 1)}."), evidence,
                                 readme=readme_langs, docs=docs_langs)
        return Result.passed(T(f"README en {names(readme_langs, 0)}. Une version anglaise élargirait la réutilisation.",
                               f"README in {names(readme_langs, 1)}. An English version would widen reuse."), evidence, score=9,
                             readme=readme_langs, docs=docs_langs)
    base, ext = (path.rsplit(".", 1) + [""])[:2]
    translated = f"{base}.{expected}.{ext}" if ext else f"{path}.{expected}"
    todo = T(f"Écrivez {path} en {names([expected], 0)}, ou ajoutez {translated} (présentation, installation, utilisation, contact) "
             f"et un lien vers lui en tête de {path}.",
             f"Write {path} in {names([expected], 1)}, or add {translated} (purpose, installation, usage, contact) with a link to it "
             f"at the top of {path}.")
    # the README's translation beside it or in docs/ (docs/README_FR.MD, README.fr.md, LISEZMOI.md) is the README in that language
    # (or another README at the root in that language, readme.txt beside readme.md: s45 fg45)
    twin = next((p for p, code in (docs.get("file_languages") or {}).items() if code == expected
                 and (README_TWIN.search(p) or ("/" not in p and p != path and ROOT_README.match(p)))), None)
    if twin:
        return Result.passed(T(f"README en {names(readme_langs, 0)}, traduit en {names([expected], 0)} ({twin}).",
                               f"README in {names(readme_langs, 1)}, translated into {names([expected], 1)} ({twin})."), evidence, score=9,
                             readme=readme_langs, docs=docs_langs)
    if expected in docs_langs:
        return Result.warn(T(f"README en {names(readme_langs, 0)}, mais documentation en {names(docs_langs, 0)} : traduisez le README.",
                             f"README in {names(readme_langs, 1)}, but documentation in {names(docs_langs, 1)}: translate the README."),
                           evidence, score=6, readme=readme_langs, docs=docs_langs).advise(todo)
    # some of its prose in the expected language, below the share that names a README's language (a French title and credits over an
    # English framework boilerplate): the README is mostly in another language, not in it only (s46 fn46)
    part = (info.get("languages") or {}).get(expected) or 0
    if part >= MIN_PART and any(w in readme_langs for w in welcome):
        pct = round(part * 100)
        return Result.warn(T(f"README surtout en {names(readme_langs, 0)} : le {names([expected], 0)} n'y fait que {pct} % du texte rédigé ; "
                             f"les agents des collectivités attendent le {names([expected], 0)}.",
                             f"README mostly in {names(readme_langs, 1)}: {names([expected], 1)} is only {pct} % of its prose; "
                             f"local governments' staff expect {names([expected], 1)}."),
                           evidence, score=5, readme=readme_langs, docs=docs_langs, partial={expected: part}).advise(todo)
    if any(w in readme_langs for w in welcome):
        return Result.warn(T(f"README en {names(readme_langs, 0)} seulement : les agents des collectivités attendent le {names([expected], 0)}.",
                             f"README in {names(readme_langs, 1)} only: local governments' staff expect {names([expected], 1)}."),
                           evidence, score=5, readme=readme_langs, docs=docs_langs).advise(todo)
    return Result.fail(T(f"README en {names(readme_langs, 0)} : ni français ni anglais.", f"README in {names(readme_langs, 1)}: neither French nor English."),
                       evidence, score=2, readme=readme_langs, docs=docs_langs).advise(todo)


GUIDE_TOPICS = ("install", "usage", "configuration", "deployment")


def _section_evidence(info: dict, path: str, missing: list[str], skip=()) -> list[Evidence]:
    """Each section found (by a heading or a sentence) but those ``skip`` names, then each one missing."""
    evidence: list[Evidence] = []
    for d in [d for d in info.get("section_details") or [] if d["name"] not in skip]:
        fr, en = SECTION_LABELS.get(d["name"], (d["name"], d["name"]))
        how = (T(f"titre « {d['text'][:80]} »", f"heading \"{d['text'][:80]}\"") if d["via"] == "heading"
               else T(f"phrase « {d['text'][:80]} »", f"sentence \"{d['text'][:80]}\""))
        evidence.append(Evidence(path=path, line=d["line"], value={"section": d["name"], "via": d["via"], "text": d["text"][:120]}, kind="found",
                                 note=T(f"Rubrique « {fr} » : {how['fr']}", f"\"{en}\" section: {how['en']}")))
    for s in missing:
        fr, en = SECTION_LABELS.get(s, (s, s))
        evidence.append(Evidence(path=path, value={"section": s}, kind="missing",
                                 note=T(f"Rubrique « {fr} » absente.", f"No \"{en}\" section.")))
    return evidence


_SIGNAL_MISSING = {"issue_tracker": T("Aucun lien vers le suivi des tickets.", "No link to the issue tracker."),
                   "demo": T("Aucun lien vers le service en ligne ou une démo.", "No link to the live service or a demo."),
                   "openness_badge": T("Pas de badge code.gouv.fr de niveau d'ouverture.", "No code.gouv.fr openness badge.")}


def _signals(info: dict, path: str, sig_weights: dict[str, float], got: float) -> tuple[dict, list[Evidence], float]:
    """The issue tracker, the demo and the openness badge: their values, evidence, and ``got`` with the points they add."""
    signals, evidence = {}, []
    for key in ("issue_tracker", "demo", "openness_badge"):
        sig = info.get(key)
        signals[key] = sig
        if sig:
            got += sig_weights.get(key, 0)
            evidence.append(Evidence(path=path, line=sig.get("line"), value={key: sig.get("url") or sig.get("level")}, kind="found"))
        else:
            evidence.append(Evidence(path=path, value={"signal": key}, kind="missing", note=_SIGNAL_MISSING[key]))
    return signals, evidence, got


def _template_weights(ctx) -> tuple[dict[str, float], float]:
    """The sections a template README is weighed on for this kind (no deployment where nothing is deployed, no configuration for a
    kind set by nobody) and the total the score divides by (the sections' weights and the signals')."""
    weights = {k: float(v) for k, v in (ctx.params.get("weights") or {}).items()}
    proj = ctx.fact("project") or {}
    kind = decided_kind(proj)
    if not_deployed(proj):
        weights.pop("deployment", None)
    if kind is not None and kind not in CONFIGURED:
        weights.pop("configuration", None)
    return weights, sum(weights.values()) + sum(float(v) for v in (ctx.params.get("signals_weight") or {}).values())


def _own_script_template(ctx, info: dict, template: dict, own: dict) -> Result:
    """A generator's README left as is whose steps run a script committed in this repository (Alfresco SDK 4's archetype: "Run with
    `./run.sh build_start`", its run.sh building and starting this project; issue 12, s37 fn37 = DevPAMGit/dossier-numerique-agent):
    its installation is the project's, and its usage when it lists two or more of the script's tasks; the rest speaks of the
    framework. A fail still: nothing says what the project is."""
    path, name = info["path"], TEMPLATE_NAMES.get(template["framework"], template["framework"])
    weights, total = _template_weights(ctx)
    found = {"install"} | ({"usage"} if len(own["tasks"]) >= 2 else set())
    score = round(10 * sum(w for s_, w in weights.items() if s_ in found) / total, 2) if total else 0
    missing = [s_ for s_ in weights if s_ not in found]
    tasks = ", ".join(own["tasks"][:6])
    ev = [Evidence(path=path, line=own["line"], value={"section": "install", "text": own["command"]}, kind="found", note=T(
              f"Rubrique « installation » : « {own['command']} » lance {own['script']}, script versionné dans ce dépôt.",
              f"\"Installation\" section: \"{own['command']}\" runs {own['script']}, a script committed in this repository."))]
    if "usage" in found:
        ev.append(Evidence(path=path, line=own["line"], value={"section": "usage", "text": tasks}, kind="found", note=T(
            f"Rubrique « utilisation » : les tâches de {own['script']} ({tasks}).", f"\"Usage\" section: the tasks of {own['script']} ({tasks}).")))
    ev.append(Evidence(path=path, line=template["line"], value=template["framework"], kind="finding"))
    return Result.fail(T(f"Le README est le modèle de {name} laissé tel quel : ses étapes lancent {own['script']}, script du dépôt "
                         f"(rubriques trouvées : {_labels(sorted(found & set(weights)), 0)}), le reste parle du framework ; "
                         f"manquantes : {_labels(missing, 0)}.",
                         f"The README is {name}'s untouched template: its steps run {own['script']}, the repository's script (sections "
                         f"found: {_labels(sorted(found & set(weights)), 1)}), the rest is about the framework; missing: {_labels(missing, 1)}."),
                       ev, score=score, found=sorted(found & set(weights)), missing=missing, template=template["framework"])


def _export_note(ctx, info: dict, template: dict, note: str) -> Result:
    """The note a generator writes into every export, left as the README (qgis2web's "Standalone qgis2web Export"; issue 12, s37 fl37 =
    SMMAGEMAPI/Projets_SMMA): what it says of opening the exported map (index.html, no software to install) and of publishing it (the
    folder uploaded to a web server) is true of this export, and counts; nothing in it says what the project is: a fail still."""
    path, name = info["path"], TEMPLATE_NAMES.get(note, note)
    weights, total = _template_weights(ctx)
    details = [d for d in info.get("section_details") or [] if d["name"] in weights]
    found = sorted({d["name"] for d in details}, key=list(weights).index)
    score = min(3.0, round(10 * sum(weights[s_] for s_ in found) / total, 2)) if total else 0
    missing = [s_ for s_ in weights if s_ not in found]
    ev = _section_evidence({"section_details": details}, path, missing)
    ev.insert(0, Evidence(path=path, line=template["line"], value=note, kind="finding"))
    return Result.fail(T(f"Le README est la note que {name} écrit dans chaque export : elle dit comment ouvrir et publier la carte exportée "
                         f"(rubriques trouvées : {_labels(found, 0)}), rien du projet ; manquantes : {_labels(missing, 0)}.",
                         f"The README is the note {name} writes into every export: it says how to open and publish the exported map "
                         f"(sections found: {_labels(found, 1)}), nothing of the project; missing: {_labels(missing, 1)}."),
                       ev, score=score, found=found, missing=missing, template=note)
