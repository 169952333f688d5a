"""README chapters whose heading names no section by its words, read by what the chapter does (the ``readme`` fact):
- the numbered steps of a procedure that starts with the installation ("## 0. Installation", "## 1. Enrollment" running the
  program): the steps after it that run the program are its use;
- a list of the functions a module provides with how to call them ("## Functions included in the module"): its use;
- a local trial of the program ("## Tests locaux avec Docker Compose": `docker-compose up --build`): how to run a copy;
- a container service run on a server ("## III.3 Service Docker compose" … "sur un nouveau serveur") and an integration into a host
  platform behind its proxy ("## IV Intégration dans Georchestra": the security proxy's mapping): the deployment;
and a developers' chapter ("## Développement") that is an installation only when it gives the commands to run a copy (or points
to the document that does), and the contributing section when it invites contributions or points to the development guidelines
("## Development": "We welcome new contributions … Further [development guidelines](…)"); "Cette application a été développée
dans le cadre de …" is its history.

Longer than 400 lines: each chapter shape above is a short rule with the word lists it needs;
splitting them would scatter the readme fact's order of decisions."""

from __future__ import annotations

import re

from auditor.facts.document import norm
from auditor.facts.readme_cues import NEEDS_CHECK, WELCOME
from auditor.facts.readme_editor_setup import editor_setup_chapter
from auditor.facts.readme_lookalikes import served_run_chapter, serving_chapter, serving_settings_only
from auditor.lazyre import lazy_compile

# a heading's number as written: "1. Enrollment", "0) Installation", "III.3 Service", "IV Intégration", "2 - Attestation"
NUMBERED = lazy_compile(r"^[^\S\n]*(?:\d{1,2}|[IVX]{1,4})(?:[.)]\d{0,2})*[.)]?[^\S\n]+(?=[^\W\d_])|^[^\S\n]*\d{1,2}[.)]?[^\S\n]*[-–—:][^\S\n]*(?=[^\W\d_])")
# a Roman or Arabic section number leading a normalized heading ("iii 3 service docker compose", "iv integration dans georchestra")
_NUMBER_WORDS = lazy_compile(r"^(?:(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii) )?(?:\d{1,3} )*")
_FENCE = lazy_compile(r"^[^\S\n]{0,3}(?:```|~~~)", re.M)
# a command line in a chapter, fenced or not: a prompt, sudo, or a program followed by an option
_COMMAND_LINE = lazy_compile(r"(?:\$|PS>|>)?[^\S\n]{0,4}(?:sudo[^\S\n]{1,4})?[\w./-]{2,60}[^\S\n]{1,8}(?:-{1,2}\w|\w)")  # (on a stripped line)
_INLINE_COMMAND = lazy_compile(r"`[^`\n]{0,120}\s[^`\n]{0,120}`")
# running tests or linters, not the program
_TEST_RUNNER = lazy_compile(r"\b(?:pytest|tox|nox|unittest|phpunit|rspec|jest|vitest|mocha|karma|cypress|playwright|go test|cargo test|mvn [^\n]{0,80}?\btest\b|"
                            r"gradlew? test|npm (?:run )?test|yarn test|pnpm test|make test|make check|eslint|flake8|ruff|pylint|mypy)\b")


def _has_fence(body: str) -> bool:
    return bool(_FENCE.search(body))


def fenced_commands(body: str) -> list[str]:
    """The lines of the chapter's fenced blocks (bounded: the first 200), without comments."""
    out, inside = [], False
    for ln in body.splitlines()[:2000]:
        if _FENCE.match(ln):
            inside = not inside
            continue
        if inside and ln.strip() and not ln.strip().startswith("#") and len(out) < 200:
            out.append(ln.strip())
    return out


def numbered_use_step(blocks: list, lines: list[str], have: set[str], sections, install_command, dev_task) -> object:
    """The first numbered chapter after a numbered installation chapter that names no section and runs a command that neither
    installs the project nor runs its tests ("## 0. Installation" … "## 1. Enrollment": ``sudo ultrablue-server -enroll``): the
    project's use. At least three numbered headings; ``sections`` reads a heading, ``install_command`` and ``dev_task`` are the
    install commands' and the developers' tasks' patterns. None when usage is already found."""
    if "usage" in have:
        return None
    numbered = [(i, b) for i, b in enumerate(blocks) if b.kind == "heading" and NUMBERED.match(b.text)]
    if len(numbered) < 3:
        return None
    installed_to: dict = {}  # where each numbered installation chapter ends, by its parent heading's line and its level
    for i, b in numbered:
        level = b.level or 1
        end = next((x.line for x in blocks[i + 1:] if x.kind == "heading" and (x.level or 1) <= level), len(lines) + 1)
        parent = next((x.line or 0 for x in reversed(blocks[:i]) if x.kind == "heading" and (x.level or 1) < level), 0)
        secs = sections(b.text)
        if "install" in secs and not NEEDS_CHECK.match(norm(b.text)):  # ("3. Vérifier les dépendances" of a feature's re-activation: a check, no installation)
            installed_to[parent, level] = max(installed_to.get((parent, level), 0), end)
            continue
        if b.line < installed_to.get((parent, level), len(lines) + 2) or secs or dev_task.search(norm(b.text)) or _inside_install(blocks, i, sections):
            continue  # (a step of the installation itself: "### III.1 Application Java exécutable" under "## III Démarrage du service";
            # "### 5. Simplifier la base de données" under "## Installation"; a step of another chapter: "### 2. Restaurer la recette" under "## Recette")
        runs = [c for c in fenced_commands("\n".join(lines[b.line:end - 1])) if _COMMAND_LINE.match(c) and not install_command.search(c) and not _TEST_RUNNER.search(c)]
        if runs:
            return b
    return None


def _inside_install(blocks: list, i: int, sections) -> bool:
    """The heading ``blocks[i]`` sits in an installation chapter: the nearest higher heading, or one above it, names the installation."""
    level = blocks[i].level or 1
    for x in reversed(blocks[:i]):
        if x.kind == "heading" and (x.level or 1) < level:
            if "install" in sections(x.text) and not NEEDS_CHECK.match(norm(x.text)):
                return True
            level = x.level or 1
    return False


# "Functions included in the module", "Fonctions disponibles", "Liste des cmdlets", "Appel de la fonction": what the module provides
_FUNCTION_WORDS = frozenset({"functions", "function", "fonctions", "fonction", "cmdlets", "cmdlet", "methods", "methodes"})
_FUNCTION_CONTEXT = frozenset({"the", "les", "la", "le", "l", "des", "de", "du", "d", "in", "of", "dans", "liste", "list", "available", "included",
                               "provided", "exported", "public", "publiques", "disponibles", "incluses", "inclus", "fournies", "exportees",
                               "proposees", "module", "library", "package", "bibliotheque", "librairie", "paquet", "sdk", "plugin", "extension",
                               "main", "principales", "reference", "appel", "appeler", "calling", "call", "this", "ce", "cette", "our", "nos"})


def functions_chapter(normed: str, body: str) -> bool:
    """A heading that names the functions (cmdlets, methods) the project provides, every other word a context word ("Functions
    included in the module"), over a chapter that shows how to call them: a code block, or two commands or names in code."""
    words = _NUMBER_WORDS.sub("", normed).split()
    if not words or not _FUNCTION_WORDS.intersection(words) or not set(words) <= _FUNCTION_WORDS | _FUNCTION_CONTEXT:
        return False
    return _has_fence(body) or len(re.findall(r"`[^`\n]{1,80}`", body[:20000])) >= 2


# A machine-learning project's steps run by its user ("Training", "Inference", "Prédiction", "Évaluation du modèle", "Entraînement"):
# the use of the project when the chapter runs its commands (`python bin/fit_and_val.py --config …`, `python bin/predict.py --ckpt_path
# …`; issue 12, s27 c27, a State service's detection model); a "Training" chapter with no command (courses for the agents) is none
_MODEL_STEPS = frozenset({"training", "train", "entrainement", "entrainer", "inference", "inferences", "prediction", "predictions", "predict",
                          "predire", "evaluation", "evaluate", "evaluer", "fine", "tuning", "finetuning", "fit", "fitting"})
_MODEL_WORDS = frozenset({"model", "models", "modele", "modeles", "network", "reseau", "the", "a", "le", "la", "les", "l", "du", "de", "des", "d",
                          "of", "and", "et", "&", "with", "avec", "un", "une"})


def model_step_chapter(normed: str, body: str, install_command) -> bool:
    """A heading naming only a model's training, inference, prediction or evaluation over a chapter that runs a command which
    neither installs the project nor runs its tests: see above."""
    words = _NUMBER_WORDS.sub("", normed).split()
    if not words or not _MODEL_STEPS.intersection(words) or not set(words) <= _MODEL_STEPS | _MODEL_WORDS:
        return False
    text = body[:20000]
    commands = fenced_commands(text) + [c.strip("`").strip() for c in _INLINE_COMMAND.findall(text)]
    return any(_COMMAND_LINE.match(c) and not install_command.search(c) and not _TEST_RUNNER.search(c) for c in commands)


# "Tests locaux avec Docker Compose", "Test en local", "Tester localement", "Essai local", "Try it locally"
_LOCAL_TRIAL = lazy_compile(r"^(?:tests?|tester|testing|essais?|essayer|try(?: it)?|trying)\b.*\b(?:locaux|locale?s?|localement|en local|locally|local)\b|"
                            r"^(?:local|locally|localement)$")  # ("## local" over the prerequisites, `git clone`, `yarn`, `docker-compose up`)
# what starts a copy: a container's or a local server's command
_STARTS = lazy_compile(r"\bdocker(?:-| )compose [^\n]{0,60}?\bup\b|\bdocker run\b|\bpodman run\b|\b(?:npm|yarn|pnpm) (?:run )?(?:start|dev|serve)\b|"
                       r"\bmanage\.py runserver\b|\bflask run\b|\buvicorn\b|\bpython3? \S+\.py\b")


# "## Construction" (the French noun for the build; "Construction du module") over a build tool's command (`gradle copyMod`, `mvn
# clean install`, `ant dist`, `make`): how to build a copy, the installation, whatever the tool's task; not "Construction de l'image
# Docker" (another heading) nor a chapter without such a command (issue 12, s42 fi42 = OPEN-ENT-NG/timeline-generator)
_BUILD_HEADING = lazy_compile(r"^(?:\d+ )*(?:construction|construire)(?: (?:du|de l|de la|des|le|la|les) (?:projet|module|application|appli|code|"
                              r"sources?|plugin|extension|librairie|bibliotheque))?$")
_BUILD_TOOL_LINE = lazy_compile(r"^[^\S\n]*(?:\$[^\S\n]*)?(?:\./)?(?:gradlew?|mvnw?|ant|sbt|make|cmake|msbuild)(?:[^\S\n]+[\w:.=-]+)*[^\S\n]*$", re.M)


def build_chapter(normed: str, body: str) -> bool:
    """A "Construction" heading over a build tool's command line (see :data:`_BUILD_HEADING`)."""
    return bool(_BUILD_HEADING.match(normed)) and bool(_BUILD_TOOL_LINE.search(body[:20000]))


def local_trial_chapter(normed: str, body: str) -> bool:
    """A heading on trying the program locally whose chapter starts a copy, not a test runner: how to run a copy (the installation
    of a batch job's image: "## Tests locaux avec Docker Compose" then ``docker-compose up --build``)."""
    bare = _NUMBER_WORDS.sub("", normed)
    return bool(_LOCAL_TRIAL.match(bare)) and bool(_STARTS.search(body[:20000])) and not _TEST_RUNNER.search(body[:20000])


# "Fonctionnement", "Fonctionnement du plugin", "How it works": how the tool works for its user (what it takes and gives), or inside
_WORKING = lazy_compile(r"^(?:\d+ )*(?:fonctionnement|how it works|how does it work)(?: (?:general |global )?(?:du |de la |de l |des |of the |of )?"
                        r"(?:plugin|extension|outil|tool|application|app|module|script|scripts|service|logiciel|programme|program|site|widget|composant|component))?$")
# the user's side of it: what the user gives, sees or does ("prend en entrée une couche raster", "le profil de l'utilisateur", "vous pouvez")
_USER_SIDE = lazy_compile(r"\b(?:vous|votre|vos|utilisateurs?|utilisatrices?|users?|you|your|formulaires?|forms?|en entree|en sortie|inputs?|outputs?|"
                          r"cliqu\w*|click\w*|saisi\w*|selectionn\w*|menu|fenetre|window|bouton|button)\b")


_PRONOUNS = frozenset({"vous", "votre", "vos", "you", "your"})
# a tree of files drawn in the chapter ("ODT file (ZIP archive) / |--- styles.xml / |--- content.xml", "├── src/")
_FILE_TREE = lazy_compile(r"^[^\S\n]*(?:[|│][^\S\n]*)*(?:\|-{2,}|[├└]──|`--)[^\S\n]*\S", re.M)


def working_chapter(normed: str, body: str) -> bool:
    """A "how it works" chapter told from its user's side (what the tool takes, gives, and what the user does): its use; told from
    inside (classes, tables, the architecture) it is none. A chapter drawing the tree of the files made or kept, whose only cue of a
    user is "you" ("when you add some content, the text will be stored in content.xml": an ODT library's archive layout, issue 12,
    s31 e31), tells what is inside."""
    cues = {m.group(0) for m in _USER_SIDE.finditer(norm(body[:20000]))}
    return bool(_WORKING.match(normed)) and bool(cues) and not (cues <= _PRONOUNS and _FILE_TREE.search(body[:20000]))


# A chapter addressed to the developers ("Pour le développeur", "Pour les développeurs", "For developers", "Développeurs")
_FOR_DEVELOPERS = lazy_compile(r"^(?:(?:pour|for|a l attention) (?:de |des )?(?:le |la |les |the )?)?(?:developpeurs?|developpeuses?|developpeur ses|developers?|devs)$")


def developers_setup_chapter(normed: str, body: str, install_command) -> bool:
    """A chapter addressed to the developers that starts a copy or installs it ("copier `.env.test` dans `.env.local`", "lancer la
    commande `docker compose up`", "visiter localhost:3000"): the installation; a list of the developers' names is none."""
    head = body[:20000]
    return bool(_FOR_DEVELOPERS.match(_NUMBER_WORDS.sub("", normed))) and bool(_STARTS.search(head) or install_command.search(head)) and not _TEST_RUNNER.search(head)


_CONTAINER_HEADING = lazy_compile(r"\b(?:docker|compose|docker compose|conteneurs?|containers?|podman)\b")
_LOCAL_WORDS = lazy_compile(r"\b(?:local|locale|locaux|localement|locally|dev|developpement|development|tests?)\b")
# running it on a server ("démarrer l'application sur un nouveau serveur", "on your server", "en production")
_ON_A_SERVER = lazy_compile(r"\b(?:sur (?:un|le|votre|vos|les|des|ce) (?:\w+ )?serveurs?|on (?:a|the|your|any) (?:\w+ )?servers?|en production|in production)\b")


def server_container_chapter(normed: str, body: str) -> bool:
    """A heading naming a container service, not a local one ("Service Docker compose"), over a chapter that runs it on a server:
    the deployment."""
    bare = _NUMBER_WORDS.sub("", normed)
    return bool(_CONTAINER_HEADING.search(bare)) and not _LOCAL_WORDS.search(bare) and bool(_ON_A_SERVER.search(norm(body[:20000])))


_INTEGRATION = lazy_compile(r"^(?:integration|integrer|integrating) (?:dans|a|au|aux|avec|into|in|with)\b")
# a proxy or web server the service is declared to ("Modification du security proxy", "target-mapping.properties", nginx's location)
_PROXY = lazy_compile(r"\b(?:security proxy|security-proxy|reverse proxy|reverse-proxy|proxy inverse|mandataire|nginx|apache2?|haproxy|traefik|"
                      r"target-mapping|security-mapping)\b", re.I)


def platform_integration_chapter(normed: str, body: str) -> bool:
    """A heading on integrating the service into a platform ("IV Intégration dans Georchestra") over a chapter that declares it to
    the platform's proxy or web server: the deployment, not a widget put in one's pages."""
    return bool(_INTEGRATION.match(_NUMBER_WORDS.sub("", normed))) and bool(_PROXY.search(body[:20000]))


# the install words of a developers' chapter ("## Développement", "Development", "Développer")
DEV_INSTALL_WORDS = frozenset({"developpement", "development", "developing", "developper", "develop"})
_DOC_LINK = lazy_compile(r"\]\((?!https?://|#)[^)\s]{1,200}\)|\]\(https?://[^)\s]{1,200}\.(?:md|rst|adoc|html?)\)|\b[\w./-]{1,100}\.(?:md|rst|adoc)\b")


def gives_commands(body: str, install_command, local_run) -> bool:
    """The chapter gives commands to run a copy: a code block, a command in code, an install or a development server's command,
    or a link to the document that holds them."""
    head = body[:20000]
    return (_has_fence(head) or bool(_INLINE_COMMAND.search(head)) or bool(install_command.search(head)) or bool(local_run.search(head))
            or bool(_DOC_LINK.search(head)) or any(ln.startswith(("    ", "\t")) and ln.strip() for ln in head.splitlines()))


# the rules a contributor follows, named ("development guidelines", "guide du contributeur", "règles de contribution")
_CONTRIBUTION_RULES = lazy_compile(r"\b(?:development|developer|developers|contribution|contributing|contributor|contributors) (?:guidelines?|rules)\b|"
                                   r"\bguide (?:du|des|de) (?:developpeurs?|contributeurs?|contribution)\b|\bregles de (?:contribution|developpement)\b")


def contributions_invited(body: str) -> bool:
    """The chapter invites contributions ("We welcome new contributions", "Les contributions sont les bienvenues") or names the rules
    a contributor follows ("Further development guidelines can be found in the documentation")."""
    normed = norm(body[:20000])
    return bool(WELCOME.search(normed) or _CONTRIBUTION_RULES.search(normed))


def developers_chapter_only(normed: str, phrases) -> bool:
    """The heading names the installation only by a developers' word ("Développement", "Développement :", "2. Development",
    "Developement" misspelt)."""
    words = [_dev_word(w) for w in _NUMBER_WORDS.sub("", normed).split()]
    return bool(words) and all(w in DEV_INSTALL_WORDS or w in ("le", "la", "du", "de", "projet", "project", "the") for w in words) and bool(
        DEV_INSTALL_WORDS.intersection(words)) and not any(f" {p} " in f" {normed} " for p in phrases if p not in DEV_INSTALL_WORDS)


def _dev_word(word: str) -> str:
    """A developers' word with one letter left out inside it ("developement") written right."""
    return next((w for w in DEV_INSTALL_WORDS if len(w) - len(word) == 1 and len(word) >= 8 and any(w[:i] + w[i + 1:] == word for i in range(1, len(w) - 1))), word)


# A sub-chapter on releasing a version ("### Release procedure": mvn release:prepare, git push the tag; "### Publier une version") or
# on the versions' record ("### Distribution history": the file to update at each release): it publishes the project, sets up no copy
_RELEASE_HEADING = lazy_compile(r"^[^\S\n]{0,3}(#{1,6})[^\S\n]+[^\n]*?\b(?:release|releases|releasing|publier une version|publication d une version|"
                                r"publish(?:ing)? (?:a )?(?:new )?(?:version|release)|nouvelle version|new version|versioning|livraison|deploy\w*|deploiement|"
                                r"mise en production|(?:version|versions|distribution|distributions|release) history|historique des (?:versions|distributions)|changelog)\b", re.I)
_ATX_HEADING = lazy_compile(r"^[^\S\n]{0,3}(#{1,6})[^\S\n]")


def without_release_parts(body: str) -> str:
    """The chapter's text without its Markdown sub-chapters on releasing or deploying a version (up to the next heading of their level)."""
    kept, skip = [], 0
    for line in body.splitlines():
        m = _ATX_HEADING.match(line)
        if m and skip and len(m.group(1)) <= skip:
            skip = 0
        if m and not skip and _RELEASE_HEADING.match(norm_heading_line(line)):
            skip = len(m.group(1))
        if not skip:
            kept.append(line)
    return "\n".join(kept)


def norm_heading_line(line: str) -> str:
    """A Markdown heading line with its words normalised, its hashes kept ("### Release procedure")."""
    m = _ATX_HEADING.match(line)
    return (m.group(1) + " " + norm(line[m.end():])) if m else line


def chapter_sections(secs: list[str], normed: str, body: str, install_command, local_run, install_phrases) -> list[str]:
    """The sections of a chapter (``secs``, from its heading's words) read again by what the chapter does: see the module's text."""
    if not secs:
        secs = (["usage"] if functions_chapter(normed, body) or working_chapter(normed, body) or model_step_chapter(normed, body, install_command) else ["install"] if local_trial_chapter(normed, body) or developers_setup_chapter(normed, body, install_command) or build_chapter(normed, body)
                else ["deployment"] if server_container_chapter(normed, body) else [])
    if secs == ["contributing"] and developers_setup_chapter(normed, body, install_command):
        secs = ["install"]  # "## Pour les développeurs" over steps that start a copy: the installation; over check(), the tests: their guide
    if "deployment" not in secs and set(secs) <= {"install", "configuration"} and serving_chapter(normed, body):  # ("### Configuration apache" over a
        secs = [n for n in secs if not (n == "configuration" and serving_settings_only(normed))] + ["deployment"]  # VirtualHost; "### Mise en place du service" over supervisorctl)
    if secs == ["usage"] and served_run_chapter(normed, body):  # ("# Lancer avec gunicorn" over its systemd unit and Apache's ProxyPass)
        secs = ["deployment"]
    if secs in ([], ["install"]) and platform_integration_chapter(normed, body):
        return ["deployment"]
    if "install" in secs and "contributing" not in secs and developers_chapter_only(normed, install_phrases) and contributions_invited(body):
        secs = secs + ["contributing"]  # ("## Development": "We welcome new contributions … [development guidelines](…)")
    if "install" in secs and editor_setup_chapter(body, install_command, local_run):
        return [n for n in secs if n != "install"]  # ("## Installation" over Prettier's format on save in IntelliJ: an editor's set-up)
    if "install" in secs and settings_setup_chapter(normed, body, install_command, local_run):
        return list(dict.fromkeys("configuration" if n == "install" else n for n in secs))  # ("## Where set up the plugin": the rights to set)
    if "install" in secs and developers_chapter_only(normed, install_phrases) and not gives_commands(without_release_parts(body), install_command, local_run):
        return [n for n in secs if n != "install"]
    if "install" in secs and _DEV_NOTES.match(normed) and not (install_command.search(body[:20000]) or local_run.search(body[:20000])):
        return [n for n in secs if n != "install"]  # ("## Notes de développement": the code's quirks for developers, no step installing a copy)
    if "install" in secs and _DEV_METHOD.match(normed) and not gives_commands(body, install_command, local_run):
        return [n for n in secs if n != "install"]  # ("# Méthode de développement": "développée selon la méthodologie SCRUM", the team's way of working)
    if _DATED_RECORD.match(normed) and not (_CODE_BLOCK.search(listed := _NESTED_ITEM.sub("", body[:20000])) or gives_commands(listed, install_command, local_run)):
        return [n for n in secs if n not in ("install", "usage", "configuration", "deployment")]  # ("# Installation 2023" over the year's
        # customisations, "Personnalisation du style", "Ajout page partenaires": a dated record of changes, no step)
    if "configuration" in secs and "install" not in secs and platform_requirements(body):
        return list(dict.fromkeys("install" if n == "configuration" else n for n in secs))  # ("## Configuration des librairies et du code": Ubuntu, Python, OTB, GDAL versions)
    if "deployment" in secs and _PRODUCTION_ONLY.match(normed) and not deploys(body, install_command, local_run):
        return [n for n in secs if n != "deployment"]  # ("# De la production à la diffusion": vocabularies produced then published, no server)
    if "deployment" in secs and hosting_without_steps(normed, body, install_command, local_run):
        return [n for n in secs if n != "deployment"]  # ("## Hébergement": "hébergé chez Scalingo, opéré par la Fabrique": where, not how)
    if "deployment" in secs and rollout_vision(normed, body, install_command, local_run):
        return [n for n in secs if n != "deployment"]  # ("## Le déploiement": "Aldo sera une application Web accessible à tous")
    return secs


# the platform a program needs, by versions ("sous la configuration Ubuntu 24.04 LTS", "Version Python 3.10.12", "| GDAL | 3.9.0 |"): a
# program's or a system's name, then a version number (its dots maybe followed by a space, "3. 10. 12")
_VERSIONED = lazy_compile(r"\b(?:ubuntu|debian|centos|rocky|fedora|windows|macos|python|java|jdk|jre|node(?:\.?js)?|php|ruby|perl|r|go|rust|"
                          r"postgre(?:s|sql)|postgis|mysql|mariadb|mongodb|redis|gdal|otb|orfeo toolbox|grass(?: gis)?|saga(?: gis)?|qgis|proj|geos|"
                          r"docker|maven|gradle|tomcat|apache|nginx|conda|cuda|gcc|cmake|fortran)[^\S\n]*[|:]?[^\S\n]*v?(\d{1,3}\.[^\S\n]?\d{1,3})", re.I)
# and nothing one sets: a settings file, an environment variable, a key given a value
_SETTING = lazy_compile(r"(?<![\w-])\.env\b|\b[\w-]*(?:config|settings|parametres|parameters)[\w-]*\.(?:json|ya?ml|toml|ini|php|js|py|properties|cfg|conf)\b|"
                        r"\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b|^[^\S\n]*[\w.-]{1,60}[^\S\n]*[=:][^\S\n]*\S", re.M)
MIN_VERSIONS = 3


def platform_requirements(body: str) -> bool:
    """A chapter named for the configuration that gives only the platform the program runs on, by versions (three or more: the
    system, the language, the software) and names no setting (no settings file, variable or key given a value): its prerequisites,
    an installation's first step ("## Configuration des librairies et du code" over Ubuntu 24.04, Python 3.10, OTB, GDAL, PostGIS)."""
    text = body[:20000]
    return len({m.group(0).split()[0].lower() for m in _VERSIONED.finditer(text)}) >= MIN_VERSIONS and not _SETTING.search(text)


# A heading naming the installation only by a set-up word ("Setup", "Mise en place", "Where set up the plugin", the English twin of "Où
# configurer le plugin") over a chapter that installs nothing (no command, no download, no copy) and tells what to set in the product
# ("You can configure access rights to the plugin in profile administration"): the configuration (issue 12, s27 c27, a GLPI plugin)
_SETUP_PHRASE = lazy_compile(r"\b(?:setup|set up|setting up|mise en place|mettre en place)\b")
_SETUP_WORDS = frozenset({"setup", "set", "up", "setting", "mise", "mettre", "en", "place", "where", "how", "to", "ou", "comment", "the", "your",
                          "le", "la", "les", "l", "du", "de", "des", "d", "votre", "of", "plugin", "module", "extension", "addon", "application",
                          "app", "tool", "outil", "project", "projet", "service", "widget", "theme"})
_SETTINGS_TALK = lazy_compile(r"\b(?:configur\w*|parametr\w*|droits?|rights|permissions?|habilitations?|profils?|profiles?|administration|settings|"
                              r"reglages?|options?|preferences?)\b")
_INSTALL_TALK = lazy_compile(r"\b(?:install\w*|telecharg\w*|download\w*|clon\w*|unzip\w*|dezip\w*|decompress\w*|extract\w*|copi\w*|copy\w*|"
                             r"marketplace|deploy\w*|deploi\w*|build\w*|compil\w*)\b")


def settings_setup_chapter(normed: str, body: str, install_command, local_run) -> bool:
    """A set-up heading over the settings to give, with no step installing anything: see above."""
    words = _NUMBER_WORDS.sub("", normed).split()
    if not words or not _SETUP_PHRASE.search(" ".join(words)) or not set(words) <= _SETUP_WORDS:
        return False
    text = body[:20000]
    prose = norm(text)
    return bool(_SETTINGS_TALK.search(prose)) and not _INSTALL_TALK.search(prose) and not _CODE_BLOCK.search(text) \
        and not gives_commands(text, install_command, local_run)


# A heading naming only the deployment ("Le déploiement", "Deployment of the platform") over prose that tells no way to deploy: no
# command, no step, no linked guide, no host, tool, server, branch or environment: the product's roll-out to come ("Aldo sera une
# application Web accessible à tout le monde… pourra l'être aussi à l'international"), no deployment section
_DEPLOY_WORDS = frozenset({"deploiement", "deploiements", "deployment", "deployments", "deploying", "deployer", "deploy"})
_DEPLOY_TECH = lazy_compile(r"\b(?:scalingo|heroku|clever|cloud|kubernetes|k8s|helm|docker|podman|ansible|terraform|netlify|vercel|github|gitlab|"
                            r"ci|cd|pipelines?|workflows?|actions?|serveurs?|servers?|vms?|vps|ssh|nginx|apache|tomcat|branches?|tags?|releases?|"
                            r"production|prod|preprod|staging|recette|environnements?|environments?|images?|conteneurs?|containers?|aws|azure|"
                            r"ovh|gcp|make|makefile|scripts?|build|artefacts?|artifacts?|war|jar|paquets?|packages?|pages|ftp|rsync|cron|"
                            r"automatique\w*|automatic\w*|manuel\w*|manual\w*|commandes?|commands?|etapes?|steps?|procedures?)\b")
_CODE_BLOCK = lazy_compile(r"```|~~~|^(?: {4}|\t)\S|^(?:-{4,}|\.{4,})\s*$|::\s*$|^\.\. (?:code|sourcecode)", re.M)  # (Markdown, AsciiDoc, rST)
_GUIDE_LINK = lazy_compile(r"deploy|deploie|install|hosting|heberg|docs?\b|documentation|guide|readme|\.md\b|\.rst\b", re.I)
_LINK_TARGET = lazy_compile(r"\]\(([^)\s]*)|(?:https?://)\S+")


def rollout_vision(normed: str, body: str, install_command, local_run) -> bool:
    """A deployment heading over a text that says what the roll-out will be, not how to deploy (a short text is left as it is: its
    code blocks may be cut from ``body``)."""
    words = _NUMBER_WORDS.sub("", normed).split()
    if not (_DEPLOY_WORDS.intersection(words) and all(w in _DEPLOY_WORDS or w in _HOSTING_FILLER for w in words)):
        return False
    text = body[:20000]
    prose = norm(text)
    if len(prose.split()) < 12 or _CODE_BLOCK.search(text) or gives_commands(text, install_command, local_run):
        return False
    if any(_HOSTING_STEPS.search(norm(x)) for x in _SENTENCES.split(text)) or _DEPLOY_TECH.search(prose):
        return False
    return not any(_GUIDE_LINK.search(m.group(1) or m.group(0)) for m in _LINK_TARGET.finditer(text))


# A heading that names only where the service is hosted ("Hébergement", "Hosting", "Hébergement de la plateforme", "Hébergement &
# Domaine", "Hosting <the service's address>"): a deployment chapter only when its text tells how (commands, a linked guide, the
# steps or how releases go out); "Self-hosting", "Hébergement et déploiement" name more than the place
_HOSTING_WORDS = frozenset({"hebergement", "hebergements", "hosting", "heberge", "hebergee", "hebergeur", "hebergeurs"})
_HOSTING_FILLER = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "the", "of", "et", "and", "a", "en", "in", "our", "notre", "nos",
                             "plateforme", "platform", "service", "services", "application", "app", "site", "solution", "donnees", "data",
                             "domaine", "domain", "nom", "dns", "prestataire", "provider", "providers", "fournisseur", "fournisseurs", "actuel",
                             "current", "souverain", "sovereign", "france"})
_HOSTING_STEPS = lazy_compile(r"(?:^|\b(?:how|comment) )(?:pour |to |afin de |in order to )?(?:deployer|heberger|mettre en (?:ligne|production)|installer|publier|"
                              r"deploy|host|install|publish|set up)\b|"  # (a sentence opening on the aim: "Pour déployer, …", "To deploy …", "how to host it")
                              r"\b(?:deployez|hebergez|installez|creez|configurez|renseignez|poussez|lancez|executez|"
                              r"deploy (?:it|the|your|with|on|to|from)|create (?:a|an|the|your)|set up (?:a|an|the|your)|run the|push (?:to|the|on)|git push|"
                              r"a chaque (?:push|merge|fusion|commit|tag)|(?:on|at|with) (?:every|each) (?:push|merge|commit|tag)|deploiement continu|"
                              r"continuous deployment|deploye\w* automatiquement|automatiquement deploye\w*|automatically deployed|deployed automatically)\b")


_OTHER_DEPLOY = lazy_compile(r"\b(?:deploy\w*|deploiements?|deployer|production|prod|release|livraison|mise en ligne|kubernetes|helm|exploitation|"
                             r"operations|infrastructure|self|auto|installation|install|setup)\b")


def hosting_only(normed: str) -> bool:
    """The heading names the place the service is hosted and nothing else ("Hébergement de la plateforme"), or opens on hosting
    and names no other deployment word ("Hosting demarche.numerique.gouv.fr", "Hosting: Scalingo")."""
    words = _NUMBER_WORDS.sub("", normed).split()
    if words and words[0] in _HOSTING_WORDS and not _OTHER_DEPLOY.search(normed):
        return True
    return bool(_HOSTING_WORDS.intersection(words)) and all(w in _HOSTING_WORDS or w in _HOSTING_FILLER for w in words)


def hosting_without_steps(normed: str, body: str, install_command, local_run) -> bool:
    """A heading (or a bold label, "**Hébergement** : Scalingo") naming only where the service is hosted, over a text that tells no
    way to deploy it: the place and the operator, no deployment section."""
    return hosting_only(normed) and not (gives_commands(body, install_command, local_run)
                                         or any(_HOSTING_STEPS.search(norm(x)) for x in _SENTENCES.split(body[:20000])))


_SENTENCES = lazy_compile(r"(?<=[.!?:;])\s+|\n+")


# Notes for developers ("Notes de développement", "Development notes", "Remarques pour les développeurs", "Dev notes"): what a
# developer should know of the code, an installation only when the chapter gives an install or a local run command
_DEV_NOTES = lazy_compile(r"^(?:\d+ )*(?:(?:notes?|remarques?|remarks?|memos?)(?: techniques?| technical)? (?:de |du |pour (?:les )?|for (?:the )?|on |about |sur (?:le |la )?)?"
                          r"(?:developpement|development|dev|developpeurs?|developers?|developpeur ses|developpeuses?)"
                          r"|(?:developpement|development|developer|developers|dev)(?: technical| techniques?)? (?:notes?|remarks?|memos?))$")


# How the developers work, not how a copy is set up: a method, a process, a cycle of development ("Méthode de développement",
# "Processus de développement", "Development process", "Cycle de développement"); an installation only when it gives commands
_DEV_METHOD = lazy_compile(r"^(?:\d+ )*(?:(?:notre |la |le |les |our |the )?(?:methodes?|methodologies?|methods?|methodology|processus|process|cycles?|"
                           r"organisation|organization|pratiques|practices|principes|principles)(?: \w+)? (?:de |du |des |of |for )?(?:developpement|development|dev)"
                           r"|(?:developpement|development|dev) (?:methods?|methodology|process|cycle|practices|principles|agile))$")
# A heading naming deployment only by "production" ("De la production à la diffusion", "Production des données"): the word may be
# the making of the content; a deployment chapter only when its text tells of servers, hosts, commands or steps
_PRODUCTION_ONLY = lazy_compile(r"^(?!.*\b(?:deploi\w*|deploy\w*|mise en (?:production|prod|ligne)|mettre en prod\w*|passage en prod\w*|passer en prod\w*|"
                                r"heberg\w*|hosting|kubernetes|helm|release|livraison|infrastructure|exploitation|operations)\b).*\b(?:production|prod)\b")
# A heading dated by a year ("Installation 2023", "Déploiement de 2022", "Mise à jour 2024-2025"): what was done that year
_DATED_RECORD = lazy_compile(r"^(?:\d+ )*(?:[a-z]\w* ){1,3}(?:(?:en|de|du|of|in) )?(?:19|20)\d\d(?: (?:19|20)?\d\d)?$")
_NESTED_ITEM = lazy_compile(r"^[^\S\n]+(?:[-*+]|\d{1,2}[.)])[^\S\n]", re.M)  # (an indented list item is no indented code)
_URL = lazy_compile(r"\bhttps?://\S{1,300}")


def deploys(body: str, install_command, local_run) -> bool:
    """The chapter's text tells of a deployment: a command, a code block, a linked guide, a step, or a server, host or tool word (the
    addresses aside: "github.com/…/ginco-diff" names a forge, no deployment)."""
    text = body[:20000]
    prose = norm(_URL.sub(" ", text))
    return bool(gives_commands(text, install_command, local_run) or _CODE_BLOCK.search(text) or _DEPLOY_TECH.search(re.sub(r"\b(?:production|prod)\b", " ", prose))
                or any(_HOSTING_STEPS.search(norm(x)) for x in _SENTENCES.split(text)))


_DOWNLOAD = lazy_compile(r"\b(?:telecharg\w*|download\w*)\b")
# unpacking an archive: "décompression de l'archive", "dézipper", "unzip", "extract the archive"
_UNPACK = lazy_compile(r"\b(?:decompress\w*|dezip\w*|unzip\w*|desarchiv\w*)\b|\b(?:extra\w*|unpack\w*) (?:de |d |l |the |this |le |la |les |cette |ce )?(?:archive|zip|tarball)\b")


def download_and_unpack(normed_sentence: str) -> bool:
    """A sentence telling to download the program and unpack its archive ("Après téléchargement de l'application et décompression de
    l'archive, lancer …"): how a desktop program is installed."""
    return len(normed_sentence.split()) <= 40 and bool(_DOWNLOAD.search(normed_sentence)) and bool(_UNPACK.search(normed_sentence))
