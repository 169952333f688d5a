"""Cues the ``readme`` fact reads beside its section words: headings whose section word is too common to count or is misspelt,
wherever it stands, notices about the project's state, settings steps, and
a topic word that speaks of another tool ("utilisation de [nvm]") or links to a host's home page, a chapter of the developers' tasks, paragraphs of bare shell commands and of task boxes. Texts here are :func:`auditor.facts.document.norm`
forms (lower case, no accents, a-z0-9 words).

Longer than 400 lines: the cues are word lists and the few functions that read them, kept
together so that one list is changed with the rule that reads it."""

from __future__ import annotations

import functools
import re
from urllib.parse import urlparse

from auditor.facts.document import norm
from auditor.lazyre import lazy_compile
from auditor.facts.readme_contact import EMAIL_RE  # noqa: F401 (re-exported)
from auditor.facts.readme_forms import dev_tool_commands

# Heading words too common to name a section wherever they stand: they count only when they lead the heading
# ("Le service", "API", "Documentation technique"), not as the object of another topic ("Lancer le service",
# "Déprécation de l'API", "Architecture de l'API"), unless a pointer or access word leads ("Accès à l'API").
# "Environment" leads a configuration heading ("Environment", "Environment variables"), not "Technical Environment" (the stack).
WEAK_HEADING_WORDS = {"purpose": ("le projet", "the project", "le service", "the service"), "usage": ("api", "documentation", "docs"),
                      "configuration": ("environment", "env", "properties", "proprietes"),
                      "deployment": ("helm", "kubernetes")}  # ("Helm chart", "Kubernetes"; not "Bundled Helm behavior": the tool's own helm binary)
_LEADING_NUMBER = lazy_compile(r"^(?:\d+ )+")
_ARTICLE = lazy_compile(r"^(?:l|la|le|les|the|a|notre|nos|our|votre|your|une|un|des) ")
_API_KIND = lazy_compile(r"^(?:rest|restful|http|https|web|json|graphql|grpc|soap) (?=api\b)")
_POINTING_LEAD = ("voir", "consulter", "lien", "liens", "acces", "access", "accessing", "appeler", "interroger", "calling", "see")
# the calling of the service's own API named by a noun ("## APPEL DE L'API" over the parameters of a signing request, "Appels à l'API",
# "Call the API", "Interrogation de l'API"): how it is used, as "Calling the API" is
_CALLING_LEAD = ("appel", "appels", "call", "calls", "interrogation", "interrogations", "requeter", "requetes", "requests")

# Headings of a notice about the project's state, not of its description ("⚠ Déprécation de l'API ⚠", "Projet archivé"), or of a news
# item over it ("### 🚀 Nouvelle fonctionnalité": what the last version added, above "### De quoi s'agit-il ?")
NOTICE_HEADING = lazy_compile(r"\b(deprecation|deprecie|depreciee?|depreciation|deprecated|avertissement|warning|abandonnee?|archivee?|archived|"
                              r"obsolete|no longer maintained|plus maintenue?|changements importants|breaking changes|important notice)\b"
                              r"|^(?:nouvelles? fonctionnalites?|nouveautes?|new features?|what s new|whats new|news|actualites?|annonces?|"
                              r"announcements?)(?: \d[\d ]{0,20})?$")

# "Tâches de run", "Le run", "Outillage du run": the French operations' noun, not running the project
# and running the developers' tasks ("Run the tests", "Lancer un scan", "Lancer le linter"): no use of the project either
OPS_RUN = lazy_compile(r"\b(de|du|le|en) run\b|\b(tests?|testing|lint|linter|linting|scan|scans|benchmarks?|e2e|typecheck|type check)\b")

# A step that tells to set the settings ("2. Configurer les variables d'environnement du service S3", then the block)
CONFIGURE_STEP = lazy_compile(r"^(?:\d+ )*(?:(?:ne pas oublier de|n oubliez pas de|pensez a|il faut|don t forget to|remember to) )?(?:configurer|configurez|parametrer|parametrez|renseigner|renseignez|definir|definissez|"
                              r"configure|set|edit|editer|editez|modifier|modifiez|mettre a jour|mettez a jour|completer|completez|remplir|remplissez) (?:\w+ ){0,3}?(?:variables?|env|fichier de configuration|"
                              r"configuration file|settings|parametres|parameters|reglages)\b"
                              # "lancer le script 0 en modifiant les paramètres de connexion vers la BD" (a step run while setting them,
                              # s35 h35), "run it after editing the settings"
                              r"|\b(?:en|by|after) (?:modifiant|renseignant|adaptant|configurant|changeant|editant|completant|remplissant|"
                              r"editing|changing|setting|adapting|filling in|completing) (?:\w+ ){0,3}?(?:variables?|parametres|parameters|"
                              r"reglages|settings|fichier de configuration|configuration file)\b"
                              # "Tous les paramètres peuvent être définis à l'aide de variables d'environnement": how to set them
                              r"|\b(?:peuvent|peut|can|may) (?:etre|be) (?:definie?s?|defini|configuree?s?|set|renseignee?s?|passee?s?|given|provided)\b"
                              r"(?: \w+){0,6} (?:variables? d environn?e?ments?|environment variables?)\b"
                              # "des variables d'environnement à définir dans un fichier .env": the settings to set, and where
                              r"|\b(?:variables? d environn?e?ments?|environment variables?) (?:\w+ ){0,2}?(?:a definir|a renseigner|a configurer|to (?:be )?(?:set|defined?))\b"
                              # "Sauvegardez la clef du consommateur dans la variable d'environnement X", "Ajoutez ces lignes dans votre
                              # fichier .Renviron": a value to store in a setting or a settings file
                              r"|^(?:\d+ )*(?:sauvegarder|sauvegardez|enregistrer|enregistrez|ajouter|ajoutez|mettre|mettez|placer|placez|save|store|put|add) "
                              r"(?:\w+ ){0,5}?(?:dans|in|into|to|as) (?:\w+ ){0,2}?(?:variables? d environn?e?ments?|environment variables?|"
                              r"fichier (?:de configuration|env|renviron|envrc)|(?:env|renviron|envrc|configuration) file|renviron)\b"
                              # "it is necessary to provide a configuration file for your system": the settings file the reader writes
                              r"|\b(?:provide|supply|write|fournir|fournissez|ecrire|ecrivez|rediger|redigez) (?:a |an |your |the |un |une |votre |le |son )?"
                              r"(?:\w+ )?(?:configuration file|config file|fichier de configuration|fichier de config)\b")
# a heading that edits or fills a settings file ("Mettre à jour .env.local", "Modifier le fichier .env", "Fill in config.yml"): the
# settings to give (not "Mettre à jour le schéma": no settings file)
SETTINGS_FILE_STEP = lazy_compile(r"^(?:\d+ )*(?:mettre a jour|mise a jour(?: du| de)?|mettez a jour|modifier|modifiez|modification(?: du| de)?|editer|editez|edition(?: du| de)?|"
                                  r"edit|edition|update|updating|editing|fill in|fill|filling|remplir|remplissez|renseigner|renseignez|completer|"
                                  r"completez|creer|creez|creation(?: du| de)?|create|creating|ajouter|ajoutez|add|adapter|adaptez|adapt|set up|setup|"
                                  r"preparer|preparez|prepare) (?:(?:le|la|les|votre|vos|ton|the|your|a|un|ce|this) )?(?:(?:fichier|file) )?"
                                  r"(?:env(?: (?:local|dev|development|prod|production|test|docker))?|renviron|envrc|"
                                  r"(?:config|configuration|settings|local settings|appsettings|parameters|parametres) (?:ya?ml|json|toml|ini|php|py|js|ts|env|properties|r)|"
                                  r"config|settings)(?: (?:file|fichier))?$")
# a heading naming a settings file with no verb ("Votre fichier .env", "Le fichier config.yml"): as "Your .env file" is
SETTINGS_FILE_NAMED = lazy_compile(r"^(?:\d+ )*(?:(?:le|la|les|votre|vos|ton|ta|the|your|ce|this) )?(?:fichier|file) (?:de configuration )?"
                                   r"(?:env(?: (?:local|dev|development|prod|production|docker))?|renviron|envrc|"
                                   r"(?:config|configuration|settings|local settings|appsettings|parameters|parametres) (?:ya?ml|json|toml|ini|php|py|js|ts|env|properties|r))$")
# "Configuration requise", "Configuration système": the machine and software needed (JDK 17, Maven), no settings of the program
SYSTEM_REQUIREMENTS = lazy_compile(r"\bconfigurations? (?:(?:systeme|materielle|logicielle|minimale|recommandee) ?)*(?:requises?|minimales?|recommandees?|systeme|materielle)\b")
# "Variables importantes à renseigner :" over the list of them, "Settings to set:": the settings to set (a sentence's start)
VARIABLES_TO_FILL = lazy_compile(r"^(?:\d+ )*(?:les |the )?(?:variables?|parametres|parameters|reglages|settings) (?:\w+ ){0,2}?(?:a definir|a renseigner|a configurer|"
                                 r"to (?:be )?(?:set|defined?|filled))\b")

# "en développement", "in development": a status or the environment a feature works in ("Imports en Développement":
# importing into the development database), not a chapter on setting up a development copy
IN_DEVELOPMENT = lazy_compile(r"\b(?:en|in) (?:cours de )?(?:developpement|development)\b|\bunder development\b")

# A block of images or badges only (a logo above the title): not the README's first words, so the heading after it is the title
ONLY_IMAGES = lazy_compile(r"^(?:\s*(?:\[?!\[[^\]]*\]\([^)]*\)(?:\]\([^)]*\))?|<img\b[^>]*>|</?(?:p|a|div)\b[^>]*>))+\s*$", re.I)


_OF = ("de", "du", "des", "d", "of", "de la", "de l")


def _has_phrase(normed: str, phrase: str) -> bool:
    return f" {phrase} " in f" {normed} "


def weak_only(name: str, normed: str, phrases: tuple[str, ...]) -> bool:
    """Whether a heading (``normed``) names the section ``name`` (its heading ``phrases``) only through a weak
    word that does not lead it."""
    weak = WEAK_HEADING_WORDS.get(name, ())
    if not weak or any(_has_phrase(normed, p) for p in phrases if p not in weak):
        return False
    head = _LEADING_NUMBER.sub("", normed)
    leads = (head, _ARTICLE.sub("", head, count=1), _API_KIND.sub("", head, count=1))  # ("REST API": the kind of API, then the word)
    if leads[1].split(" ", 1)[0] in _POINTING_LEAD or (name == "usage" and leads[1].split(" ", 1)[0] in _CALLING_LEAD
                                                         and _has_phrase(normed, "api")):
        return False
    return not any(lead == p or lead.startswith(p + " ") for lead in leads for p in weak)


def names_another_tool(words: tuple[str, ...], normed: str, labels: list[str]) -> bool:
    """The topic word is followed by "de/of" and a link's label: "utilisation de [nvm] recommandée",
    "installation de [Docker]" speak of another tool's use, and that link points to the tool, not to a section."""
    return any(_has_phrase(normed, f"{w} {o} {norm(lab)}") for w in words for o in _OF for lab in labels if norm(lab))


def homepages_only(links: list[tuple[str, str]], labels: list[str], words: tuple[str, ...], normed: str = "") -> bool:
    """The sentence's links (``labels``) all lead to a site's home page and none names the topic: "pour faciliter le déploiement sur
    l'infrastructure de la [Fabrique numérique des ministères sociaux](https://fabrique.social.gouv.fr)" names who hosts it, and
    points to no document on deploying. A link to a forge repository's home page that leads the sentence (``normed``) introduces
    another project, which the rest describes: "[Symfony React Sandbox](https://github.com/Limenius/symfony-react-sandbox) / This
    sandbox provides an example of usage of ReactBundle" (a list of useful links), no usage section."""
    urls = [(u, lab) for u, lab in links if lab in labels]
    if not urls or any(_has_phrase(norm(lab), w) for _, lab in urls for w in words):
        return False
    return all(urlparse(u).scheme in ("http", "https") and not urlparse(u).query and not urlparse(u).fragment and (
        urlparse(u).path in ("", "/") or (_repository_home(u) and normed.startswith(norm(lab) + " "))) for u, lab in urls)


_FORGES = ("github.com", "gitlab.com", "framagit.org", "codeberg.org", "bitbucket.org")


def _repository_home(url: str) -> bool:
    """The home page of a repository on a public forge ("https://github.com/Limenius/symfony-react-sandbox")."""
    parsed = urlparse(url)
    return (parsed.hostname or "").lower().removeprefix("www.") in _FORGES and len([p for p in parsed.path.split("/") if p]) == 2


# A paragraph of shell commands written without a code fence ("docker build -t … docker run -d …"): no prose
_COMMAND_LINE = lazy_compile(r"^\s*(?:\$\s*)?(?:docker(?:-compose)?|podman|npm|npx|yarn|pnpm|pip3?|python3?|git|cd|make|curl|wget|sudo|apt(?:-get)?|"
                           r"composer|bower|gem|mvn|gradle|java|php|psql|kubectl|helm|ansible-playbook|cargo|poetry|pipenv|pipx|uv|\./[\w.-]+|"
                           # (and the file commands a deployment runs: "cp .env.development .env.production", "mkdir /var/www/site",
                           # "rsync -a dist/ user@host:/srv/site"; issue 12, s45 fj45 = antocreadev/astro-tourisme.castagnicciacasinca.fr)
                           r"cp|mv|mkdir|rm|chmod|chown|ln|rsync|scp|tar|unzip|systemctl)\s+"
                           # (not prose naming the tool: "docker-compose with micro containers, one for each navitia's service")
                           r"(?!(?:with|for|and|is|are|est|sont|pour|avec|et|the|an|of|de|du|des|le|la|les|in|dans|sur|on|to|au|aux|based|basee?s?)\s)\S")
INSTALL_COMMAND = lazy_compile(r"\b(docker (?:build|run|pull)|docker(?:-| )compose (?:up|build)|(?:npm|yarn|pnpm) (?:install|ci|i)|(?:yarn|pnpm) add|pip3? install|"
                              r"git clone|composer install|bower (?:install|i)|gem install|mvn (?:install|package)|gradlew? (?:build|assemble|installDist|shadowJar)|make install|"
                              r"cargo install|poetry install|pipenv install|pipx install|uv sync)\b")


# a sentence about a command ("`make bootstrap` is the one-time setup; afterwards use …"): prose, though it opens on the command
_ABOUT_COMMAND = lazy_compile(r"^\s*(?:\$\s*)?\S+\s+\S+\s+(?:is|are|est|sont|was|were|will|does|remains|reste)\s")
_OPTIONS_LINE = lazy_compile(r"^[^\S\n]*(?:\$[^\S\n]*)?[a-z][\w.-]{0,30}(?:[^\S\n]+[a-z0-9][\w.:/=-]{0,40}){0,4}(?:[^\S\n]+--?[A-Za-z][\w-]{0,30}(?:[= ][\w.:/-]{1,40})?){1,8}[^\S\n]*$")  # any program called with options only, unfenced ("hugo server -D --watch")


def command_paragraph(text: str) -> bool:
    """Every line of the paragraph is a shell command: how to run, not what the project is."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return bool(lines) and all((_COMMAND_LINE.match(ln) or _OPTIONS_LINE.match(ln)) and not _ABOUT_COMMAND.match(ln) for ln in lines)


def labelled_install(text: str) -> bool:
    """A short label then install commands in one paragraph ("Avec Bower : `bower install sdis62-ui`", "With npm: npm install x"):
    how to install the package, though the paragraph does not open on the command."""
    label, colon, rest = text.partition(":")
    return bool(colon and 0 < len(norm(label).split()) <= 4 and "`" not in label and command_paragraph(rest.strip().strip("`").strip())
                and INSTALL_COMMAND.search(rest) and not dev_tool_commands(rest))


_CHECKBOX = lazy_compile(r"\[[ xX]\]")


def status_boxes(text: str) -> bool:
    """A paragraph of task boxes: the document's writing status ("[ ] à rédiger [x] en cours de rédaction [ ] finaliser")."""
    return len(_CHECKBOX.findall(text)) >= 2


# A table of contents: its entries are links to the chapters, not the project's description ("Setup - The basics of …")
TOC_HEADING = lazy_compile(r"^(table of contents|contents|toc|sommaire|table des matieres|index)$")
# "Release Notes/Contributors/License.": the notes of each version, no deployment chapter
RELEASE_NOTES = lazy_compile(r"\b(release notes?|notes de versions?)\b")
# "Issues and MR are welcome", "Les contributions sont les bienvenues", "We welcome new contributions", "Nous accueillons les contributions"
WELCOME = lazy_compile(r"\b(issues?|mrs?|prs?|pull requests?|merge requests?|contributions?|patchs?|patches|suggestions)\b.{0,40}\b(welcome|bienvenues?)\b|"
                       r"\b(?:we|nous) (?:\w+ ){0,2}(?:welcome|accueillons|encourage|encourageons)\b(?: \w+){0,5}? (?:issues?|mrs?|prs?|pull requests?|"
                       r"merge requests?|contributions?|contributors?|contribute|contribuer|patchs?|patches)\b")  # ("we welcome all who wish to contribute")
# How to use a library, said before its code example ("Pour déclarer un module AMQP, il est nécessaire d'instancier la classe
# AmqpController et d'enregistrer des tâches … Par exemple :"): the usage section in all but name (normalised text)
_USE_VERB = lazy_compile(r"\b(instanci\w*|instantiat\w*|import(?:er|ez)?|appel(?:er|ez)|call|enregistr(?:er|ez)|register|declar\w*|declare|cre(?:er|ez)|create|utilis(?:er|ez)|use|"
                         # running the tool's computation ("Pour lancer les calculs, il suffit de remplir …")
                         r"(?:lanc|execut)(?:er|ez) (?:les |le |la |l )?(?:calculs?|traitements?|analyses?|generations?)|run the (?:computations?|processing|analysis))\b")


# (not "Pour pouvoir utiliser l'application avec des données proches du réel, il est nécessaire d'importer des données": a prerequisite)
# (not a set-up step: "Pour initialiser composer il faut utiliser composer install …" installs the dependencies, issue 12, s45 fh45)
_HOW_TO_USE = lazy_compile(r"^(?:pour|to) (?![\w ]{0,40}\b(?:localement|en local|locally|(?:de|en|for|in) (?:developpement|development|dev))\b)(?!(?:pouvoir|be able to) (?:utiliser|use)\b)(?!install|initiali[sz]|mettre en place|set up|setup|contribu|deploy|deploi|configur|parametr|develop|compil|build|test|signal|report|lancer les tests)\w+ .{0,120}\b(?:il (?:est necessaire|faut|suffit)|vous devez|you (?:only |just |simply )?(?:need|must|have) to)\b")


# A sentence announcing how to use the project, the code following ("This is how you could use X:", "Voici comment utiliser X :")
_SHOWS_HOW = lazy_compile(r"^(?:this is|here is|here s|voici|ci dessous) (?:how|comment) (?:you |vous |on |to )?(?:can |could |may |peut |pouvez )?(?:use|utiliser|appeler|call)\b")


def usage_example(normed: str, sentences: list[str] = ()) -> bool:
    """The paragraph shows how to use the project: it ends on "for example" or opens on "To <verb> …, you need to"; or one of its
    ``sentences`` (normalised) does, with a use verb of its own ("Les étapes peuvent être lancées une à une. Pour lancer les calculs,
    il suffit de remplir …")."""
    ends_on_example = (bool(re.search(r"\b(par exemple|exemple|for example|example|e g)\s*$", normed)) and len(normed.split()) >= 8
                       and not re.search(r"\b(?:a partir|depuis|from|based on|en copiant|by copying|copy)\b(?: de| of| on)? (?:l |the |cet |this )?(?:exemple|example)\s*$", normed))
    # ("Créer le fichier .env à partir de l'exemple :": a copy of the sample settings file, no example of use)
    if (ends_on_example or bool(_HOW_TO_USE.search(normed))) and bool(_USE_VERB.search(normed)):
        return True
    if any(_SHOWS_HOW.search(s) for s in sentences[:10]):
        return True  # "This is how you could use `csv_detective`:" above the code
    return any(_HOW_TO_USE.search(s) and _USE_VERB.search(s) for s in sentences[1:10])


# A README naming itself ("This is the README file of the indicators project."): it says what the file is, not the project
SELF_README = lazy_compile(r"^(?:hi \w+ )?(?:this is|voici|ceci est|c est) (?:the |le |un )?(?:readme|fichier readme)\b|^(?:le |this )?(?:fichier )?readme (?:file )?(?:of|for|du|de)\b"
                          r"|^(?:bienvenue|welcome) (?:sur|dans|to|on|a|au) (?:la |le |the |l )?(?:documentation|depot|repository|repo|readme|page)\b(?: (?:de|du|of|for) )?[\w ]{0,40}$"  # a greeting, or a pointer
                          # a greeting naming the project only ("Welcome to the pass Culture Institutional project!") says not what it is
                          r"|^(?:bienvenue|welcome) (?:sur|dans|to|on|a|au) (?:la |le |the |l |notre |our )?(?:\w+ ){1,6}(?:project|projet|repository|repo)$"
                          r"|^(?:vous trouverez|you will find|you can find|find|pour|for) (?:plus d |plus de |more |de plus amples )?(?:details|informations?|info)\b[\w ]{0,80}$"
                          r"|^(?:vous pouvez (?:aussi |egalement )?(?:acceder|consulter)|you can (?:also )?(?:access|browse)|(?:la |the )?documentation (?:est|is) (?:aussi |also |egalement )?(?:accessible|disponible|available))\b[\w ]{0,60}$"
                          # what the repository is to others or has become, not what the project does: "Ce dépôt est associé à X et Y.",
                          # "Archive repo including source code, but no data." (trackdechets-meltano-workspace, SIANCE)
                          r"|^(?:archive (?:repo|repository|of)|(?:ce|this|le|the) (?:depot|repository|repo) (?:git )?(?:est |is )?(?:associe|lie|rattache|linked|associated|related) (?:a|au|aux|to|with))\b"
                          # where the reader is among the project's documents, then a pointer to another: "Vous êtes sur le README usager. Si vous
                          # souhaitez accéder au README développement, suivez ce lien" (s39 fd39, abes-esr/best-ppn-api)
                          r"|^(?:vous etes|you are) (?:actuellement |currently |now )?(?:sur|dans|en train de lire|on|in|reading|viewing|looking at) (?:le |la |l |the |this )?"
                          r"(?:readme|documentation|doc|page|guide|fichier readme|readme file)\b"
                          # the README offered as a model to fill in: "Ci-dessous une proposition de readme pour tout projet" (s39 fd39)
                          r"|\b(?:proposition|modele|exemple|gabarit|trame|template|model|example|sample) (?:de |d |of |for )?(?:a |un )?readme\b|\breadme (?:template|model|type)\b")
_PATH_HEADING = lazy_compile(r"^[\w.@-]+(/[\w.@-]+)+/?$|^[\w@-][\w.@-]*/$|^\.(?!env\b)[\w-]+(?:\.[\w-]+)*\.(?:ya?ml|json|toml|cfg|ini)$"
                            r"|^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$"  # (a tree's folder "deploy/", a tool's dotfile, a table "lt_ecl_options_support")
                            # or one source file presented ("##### api.py" then "Contains the main entry point of the package"), its name no topic
                            r"|^[a-z_][a-z0-9_-]*\.(?:py|ipynb|rb|php|java|kt|go|rs|R|r|sh|ps1|sql|pl|lua|cs|scala|exs?|clj|c|cpp|h|[cm]?[jt]sx?)$")
_DOC_FILE = lazy_compile(r"\.(md|markdown|rst|adoc|txt|html?)$", re.I)


def code_path_heading(text: str) -> bool:
    """A heading that is a path in the code ("components/budget-parametrage"): the chapter presents that folder, whatever
    its name says ("paramétrage" names the module's admin screens, not the project's configuration); a document's path
    (docs/configuration.md) still names its topic, and capitalised words joined by a slash ("Intro/Objectives") are titles."""
    path = text.strip().strip("*`[]() ")
    return bool(_PATH_HEADING.match(path)) and not _DOC_FILE.search(path) and not _WORDS_AND_SLASH.match(path)


_WORDS_AND_SLASH = lazy_compile(r"^[A-Z][a-zà-ÿ]+(?:/[A-Z][a-zà-ÿ]+)+$")  # "Intro/Objectives", "Installation/Configuration": two titles, no folder
# A heading that is the name of a file in a settings format ("## release.ini" over the sections and keys a tool reads from it, "### config.yml",
# ".env"): the chapter on that file, the program's configuration, whatever word its name holds ("release" is no deployment; issue 12, s43
# fg43 = frague59/bump-release). Not a container's composition, a package's or a tool's own file (docker-compose.yml, pyproject.toml,
# setup.cfg, tox.ini, mkdocs.yml, environment.yml): those name what they build or run.
_SETTINGS_FILE_HEADING = lazy_compile(r"^(?:[\w-]+(?:\.[\w-]+)*\.(?:ini|cfg|conf|toml|ya?ml|env|properties)|\.env(?:\.[\w-]+)?)$", re.I)
_TOOL_FILES = lazy_compile(r"^(?:(?:docker-)?compose(?:[.-][\w.-]+)?|pyproject|setup|tox|pytest|mkdocs|environment|pubspec|chart|pnpm-workspace|"
                           r"codecov|netlify|vercel|app|renovate|dependabot|readthedocs|travis|appveyor|bitbucket-pipelines)\.", re.I)


def settings_file_heading(text: str) -> bool:
    """A heading naming a file in a settings format (:data:`_SETTINGS_FILE_HEADING`), not a tool's own (:data:`_TOOL_FILES`)."""
    name = text.strip().strip("*`[]() ")
    return bool(_SETTINGS_FILE_HEADING.match(name)) and not _TOOL_FILES.match(name)
# the needs of a chapter's subject checked or listed ("Configuration requise", "3. Vérifier les dépendances", "Check the requirements")
NEEDS_CHECK = lazy_compile(r"^(?:\d+ )*(?:configurations? (?:requises?|necessaires?)|required configuration|(?:verifier|verifiez|verify|check|controler) (?:les |the )?"
                            r"(?:dependances|dependencies|prerequis|prerequisites|requirements))$")
_FOLDER_NAME = lazy_compile(r"^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+$")


def folder_heading(text: str, folders: frozenset[str]) -> bool:
    """A heading that is the name of one of the repository's folders, words joined by hyphens ("### api-node" under "## Structure et
    projets", over "Ce projet utilise Node.js avec Express…"): the chapter presents that part of the code; "api" in it names no usage."""
    name = text.strip().strip("*`[]() /")
    return bool(_FOLDER_NAME.match(name)) and name.lower() in folders


def folder_label(label: str, folders: frozenset[str]) -> bool:
    """A list item's label that is, as written, the name of one of the repository's folders ("- **config** : le projet Django
    proprement dit", "- **docs** : la documentation du projet" under "### Structure du dépôt"): the item presents that folder, its name
    no section. ``folders``: the folder names as the tree spells them ("Configuration" as a label stays a title)."""
    name = label.strip().strip("*`[]() :").rstrip("/")
    return bool(name) and name in folders


# A table or a sentence telling to copy a sample settings file ("./src/assets/sample-settings.json | Copier vers settings.json",
# "cp .env.example .env"): how the settings are set
SAMPLE_SETTINGS = lazy_compile(r"(?:\b(?:sample|example|exemple|template|dist)[-_.][\w.-]*\.(?:json|ya?ml|ini|env|conf|toml|php|py)\b|"
                               r"\.env\.(?:example|sample|dist|template)\b|\b[\w-]*settings[\w-]*\.(?:example|sample|dist|template)\b)", re.I)
_COPY_WORD = lazy_compile(r"\b(copier|copiez|copiant|copy|copying|cp|dupliquer|dupliquez|dupliquant|duplicate|duplicating|renommer|renommez|renommant|rename|renaming|based on|bas[ée]e? sur|[àa] partir d[eu]|"
                         r"(?:avec|with) (?:les |the )?(?:informations?|valeurs|values|contenus?|contents?|donn[ée]es|variables) (?:du|des|de|d'|of|from|in))\b", re.I)
# ("create a .env file based on .env.example"; "Créer un fichier .env avec les informations du .env.example du repo")


# "Copiez les templates de configurations", "Copy the configuration templates" (their names in the commands below): the same step
_COPY_SETTINGS_MODELS = lazy_compile(r"\b(?:copier|copiez|copy|dupliquer|dupliquez) (?:les |le |la |the |a |un |une |vos |your )?(?:"
                                     r"(?:templates?|modeles?|exemples?|examples?|samples?) (?:de |d |of )?(?:la |the )?(?:configurations?|config|parametres|parametrage|settings)"
                                     r"|(?:configuration|config|settings) (?:templates?|samples?|examples?))\b")


def copies_sample_settings(text: str, links: list[str]) -> bool:
    """A paragraph that tells to copy a sample settings file (or the settings' templates), or links to one (a table's cell)."""
    return (bool(SAMPLE_SETTINGS.search(text)) and bool(_COPY_WORD.search(text))) or any(SAMPLE_SETTINGS.search(u) for u in links) \
        or bool(_COPY_SETTINGS_MODELS.search(norm(text)))


# Headings that are a chapter on the container image alone: how to build and run it, an installation
DOCKER_HEADINGS = ("docker", "docker compose", "docker image", "image docker", "avec docker", "with docker", "using docker", "via docker",
                   # building the image, in French as "Build the Docker image" is in English (s39 fd39, abes-esr/best-ppn-api)
                   "generation de l image docker", "construction de l image docker", "creation de l image docker", "generer l image docker",
                   "construire l image docker", "creer l image docker")


_ANNOUNCE = lazy_compile(r"\b(comme suit|ci-dessous|suivante?s?|as follows|following|below|voici|here is|here are)\b", re.I)


_SENTENCES = lazy_compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])")


def announces_a_list(text: str) -> bool:
    """A short line that announces what follows ("Le projet git est construit comme suit :"), not one that says what the
    project is before listing its parts ("Ensemble des éléments constituant la base de données sur l'habitat … :")."""
    body = text.rstrip()
    if len(_SENTENCES.split(body)) > 1:  # "Ce projet cherche à exploiter … dans la dataviz. Il utilise différentes bibliothèques comme
        return False                     # mentionné ci-dessous :": says what the project is, then announces its tools
    return body.endswith(":") and (len(body.split()) < 12 or bool(_ANNOUNCE.search(body)))

# "Configurer son environnement" (the developer's editor, IDE, machine) is no configuration of the service
DEV_SETUP = lazy_compile(r"\b(son|votre|ton|your) environnement\b|\benvironnement de (developpement|dev|travail)\b|\b(your|the) (development|dev) environment\b|"
                         r"\b(editeurs?|editors?|ide|vs ?code|vscode|intellij|pycharm)\b|\b(test|testing) environments?\b|\benvironnements? de tests?\b|"
                         r"\b(?:configuration|config|configurer|configure|configuring|setup|set up|parametrage) (?:des |de |du |of |for |pour )?(?:the |les |le |la )?"
                         r"(?:tests?|testing|unit tests|tests unitaires|tests d integration|integration tests)\b")  # (a test run's settings: "Configuration des tests sur macOS")

# The setting up of the developer's editor ("## Recommended IDE Setup", create-vue's "VSCode + Volar"; "Configurer son éditeur"): no
# step installing the project, unless the heading says it installs something ("Install in VS Code", an editor's extension) (s40 fl40)
_EDITOR_SETUP = lazy_compile(r"\b(?:editeurs?|editors?|ides?|vs ?code|vscode|intellij|pycharm|webstorm)\b")
_INSTALL_WORD = lazy_compile(r"\binstall\w*\b")


def editor_setup(normed: str) -> bool:
    return bool(_EDITOR_SETUP.search(normed)) and not _INSTALL_WORD.search(normed)


_FENCED = lazy_compile(r"^[^\S\n]{0,4}(?:```|~~~)[^\n]*\n(.*?)^[^\S\n]{0,4}(?:```|~~~)", re.M | re.S)  # (a list item's fence too: "1. **Install:**" then "    ```")


def fenced_install_command(text: str, skip: list[tuple[int, int]] = ()) -> tuple[int, str] | None:
    """(line, commands) of the first fenced block of install commands in a README that says nothing else about installing
    ("```shell docker build -t igeo/addok . docker run …```", docker-addok's whole README); not in a test chapter (``skip``: the
    test dependencies, "poetry install --with dev" before `pytest`)."""
    for m in list(_FENCED.finditer(text))[:20]:
        if INSTALL_COMMAND.search(m.group(1)) and not dev_tool_commands(m.group(1)) and not any(a <= text.count("\n", 0, m.start(1)) + 1 <= b for a, b in skip):  # ("pip install pre-commit": the contributors' hooks)
            return text.count("\n", 0, m.start(1)) + 1, m.group(1).strip()
    return None


_SETTING_LINE = lazy_compile(r"^[^\S\n]*(?:export\s+|-e\s+|ENV\s+|set\s+)?[A-Z][A-Z0-9_]{2,60}=", re.M)
# a command run with variables set for it alone ("DO_USE_SINGLE_REQUEST_PARAMETER=true ./generate_openapi_client.sh -p …",
# "NODE_ENV=production npm run build"): that run's, no settings of the project
_PREFIXED_RUN = lazy_compile(r"^[^\S\n]*(?:[A-Z][A-Z0-9_]{2,60}=\S*[^\S\n]+)+(?:\.{0,2}/|(?:npm|npx|yarn|pnpm|node|python3?|uv|poetry|java|mvn|gradle|"
                             r"make|bash|sh|go|cargo|php|ruby|bundle|rails|docker|task)\b)", re.M)


_COPY_LINE = lazy_compile(r"^[^\S\n]*(?:\$[^\S\n]*)?(?:cp|copy|copy-item|mv)[^\S\n]+[^\n]*$", re.M | re.I)
# the credentials a deployment tool needs (git-ftp's FTP_USERNAME, an rsync's SSH_HOST, VERCEL_TOKEN): the deployment's, not the
# service's settings (a block setting only those, "export FTP_HOST=… ./deploy.sh", is no configuration; s38 fh38 = mairie-lanveoc)
_SETTING_NAME = lazy_compile(r"^[^\S\n]*(?:export\s+|-e\s+|ENV\s+|set\s+)?([A-Z][A-Z0-9_]{2,60})=", re.M)
_DEPLOY_CREDENTIAL = lazy_compile(r"^(?:FTPS?|SFTP|SSH|SCP|RSYNC|DEPLOY|DEPLOYMENT|VERCEL|NETLIFY|HEROKU|SURGE|GH_PAGES)_[A-Z0-9_]{1,60}$")


def deploy_credentials_only(block: str) -> bool:
    """Every variable the block sets is a deployment tool's credential (FTP_HOST, SSH_USER, VERCEL_TOKEN…)."""
    names = _SETTING_NAME.findall(block[:20000])
    return bool(names) and all(_DEPLOY_CREDENTIAL.match(n) for n in names)


def fenced_settings(text: str, skip: list[tuple[int, int]] = ()) -> tuple[int, str] | None:
    """(line, block) of the first fenced block setting three environment variables or more (``export RABBITMQ_HOST="localhost"``
    … before ``docker run``), or copying a sample settings file (``cp .env.dist .env``, as a sentence would): the README sets the
    settings, a configuration section in all but name."""
    for m in list(_FENCED.finditer(text))[:20]:
        if (len(_SETTING_LINE.findall(m.group(1))) - len(_PREFIXED_RUN.findall(m.group(1))) >= 3 and not deploy_credentials_only(m.group(1)) or any(SAMPLE_SETTINGS.search(ln) for ln in _COPY_LINE.findall(m.group(1))[:20])) and not any(a <= text.count("\n", 0, m.start(1)) + 1 <= b for a, b in skip):  # (a test chapter's: ``skip``)
            return text.count("\n", 0, m.start(1)) + 1, m.group(1).strip()
    return None


def _one_letter_off(token: str, word: str) -> bool:
    """``token`` is ``word`` with one letter left out inside it ("instalation", "developement"), not at its end (a singular);
    a letter added is a word of its own as often as a typo ("developpeur" beside "developper")."""
    if len(word) - len(token) != 1 or word[:-1] == token:
        return False
    return any(word[:i] + word[i + 1:] == token for i in range(len(word)))


@functools.lru_cache(maxsize=8)
def _spelt_words(words: tuple[str, ...]) -> frozenset[str]:
    """Every word the vocabulary's phrases write ("developer" of "developer guide"): spelt right by the vocabulary itself."""
    return frozenset(t for w in words for t in w.split())


def mend_misspellings(normed: str, words: tuple[str, ...]) -> str:
    """The heading with a misspelt section word written right ("Developement", "Instalation", "Documentaton"): only words of at least
    ten letters, one letter left out inside the word; never a word the vocabulary itself writes in one of its phrases (English
    "developer", of "developer guide", is no French "developper" misspelt)."""
    long_words = [w for w in words if len(w) >= 10 and " " not in w]
    spelt = _spelt_words(words)
    tokens = normed.split()
    for n, tok in enumerate(tokens):
        if len(tok) >= 9 and tok not in spelt:
            tokens[n] = next((w for w in long_words if _one_letter_off(tok, w)), tok)
    return " ".join(tokens)


# "Custom Component mviewer (dossier addons) - En production", "(in production)": where a component stands, not how to deploy it ("Utilisation en production": how to run it there)
IN_PRODUCTION = lazy_compile(r"(?<!\bmise )(?<!\bpassage )(?<!\bmettre )(?<!\bput )(?<!\bgoing )(?<!\bgo )(?<!\butilisation )(?<!\busage )(?<!\buse )"
                             r"(?<!\busing )(?<!\brunning )(?<!\brun )(?<!\blaunch )(?<!\blancement )(?<!\blancer )(?<!\bexecution )\b(?:en|in) production\b|"
                             r"\b(?:retenue?|prete?|ready) (?:pour la|pour|for) production\b")  # "Non retenu pour la production"


def production_status_only(normed: str, phrases: tuple[str, ...], label: bool = False) -> bool:
    """The heading (or a bold label in the text) names deployment only through "production", and as a status ("… - En production"),
    or, for a label ("**Production** : https://…"), at all: an address or a state, no deployment chapter."""
    if any(_has_phrase(normed, p) for p in phrases if p != "production"):
        return False
    return label or bool(IN_PRODUCTION.search(normed))


# Headings of the project's history ("Changelog", "Dernière mise à jour"): dated entries, not a description
CHANGELOG_HEADING = lazy_compile(r"^(changelog|change log|changes|historique|history|versions?|release notes|notes de version|nouveautes|"
                               r"journal des modifications|derniere mise a jour|dernieres mises a jour|mises? a jour)\b")

# Headings a framework's README template writes about the framework itself ("Further help: ng help"), not the project's.
# (create-vite's React template: "Expanding the ESLint configuration", how to turn on its type-aware lint rules)
TEMPLATE_ONLY_HEADINGS = {"further help", "learn more", "code scaffolding", "running end to end tests", "expanding the eslint configuration"}


# Where a project stands, not what it is ("Work in progress", "Obsolète")
STATUS_LINE = lazy_compile(r"\b(work in progress|wip|en cours|todo|a venir|coming soon|deprecated|obsolete|abandonne|archive|"
                           r"not maintained|plus maintenu|en construction|under construction|brouillon|draft)\b")


# Three words naming the kind of software and what it handles ("Metadata management API", "Outil de cartographie"): what the project is
_KIND = r"(?:api|library|librairie|bibliotheque|tool|toolkit|outil|application|app|service|plugin|module|sdk|client|server|serveur|website|site|dashboard|framework|connector|connecteur)"
_KIND_PHRASE = lazy_compile(rf"[a-z]\w* [a-z]\w* {_KIND}|{_KIND} (?:de|du|des|pour|for) [a-z]\w*")


def short_description(block, words: int, seen_headings: int, seen_prose: bool) -> bool:
    """A line of 5 to 7 words right under the title, before any other paragraph, still says what the project is
    ("Documentation des services offerts par GrandLyon Data"), unless it only says where the project stands; so does a line of
    4 words that is a plain phrase ("Gestion locale des comptes.", "Connecteur Filr pour Publik"), not a link or a label
    ("Venez tester l'outil : https://…", "angular-material app : view")."""
    plain = words >= 5 or (words == 4 or (words == 3 and (len(norm(block.text).split()) >= 4 or _KIND_PHRASE.fullmatch(norm(block.text))))) \
        and ":" not in block.text and not block.links and "http" not in block.text  # ("Web-Components pour ESUP-Publisher"; "Metadata management API")
    return plain and words < 8 and seen_headings == 1 and not seen_prose and not block.badge_only and not STATUS_LINE.search(norm(block.text))

# A GitHub alert ("> [!IMPORTANT] Le fournisseur est maintenant intégré dans …"): a notice about the project, not what it is
ALERT = lazy_compile(r"^\s*\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]", re.I)
# Chapters beside the description: what the project cannot do, its known problems, what is left to do ("## Limitation": "Read operations only…")
ASIDE_CHAPTER = lazy_compile(r"^(?:\d+ )*(?:limitations?|known (?:issues|limitations|bugs)|restrictions?|troubleshooting|depannage|problemes connus|"
                             r"roadmap|todo|to do|a faire|reste a faire|limites|(?:l )?integration (?:et (?:le )?deploiement )?continue?s?|continuous (?:integration|delivery|deployment)|ci(?: cd)?|github actions?|gitlab ci|pipelines?(?: ci)?|build status|statut des builds|"
                             r"(?:protection des )?donnees personnelles|protection des donnees|vie privee|confidentialite|privacy|personal data|data protection|rgpd|gdpr)$")
# (and a CI chapter: "Le suivi des builds est assuré par une github action"; a privacy chapter: "Aucune donnée personnelle n'est envoyée…")

# A chapter on how the code is organised ("Structure du projet", "Architecture technique"): its sub-chapters describe parts of the code
CODE_STRUCTURE = lazy_compile(r"^(?:\d+ )*(?:structure du (?:projet|code)|project structure|code structure|organisation du code|architecture(?: technique| logicielle)?|"
                              r"technical architecture|fonctionnement technique)$")


# Chapters of further reading ("Voir aussi", "Pour en savoir plus", "Liens utiles", "References"): their links explain the subject
# (sigagglocompiegne/erp: "Qu'est-ce qu'un établissement recevant du public ?" on service-public.gouv.fr), they are not the service
_FURTHER_READING = lazy_compile(r"^(?:voir aussi|see also|pour en savoir plus|en savoir plus|pour aller plus loin|further reading|"
                                r"liens? utiles?|useful links|r[ée]f[ée]rences?|ressources?|resources|bibliographie|bibliography)\b", re.I)


def further_reading_level(b, level: int) -> int:
    """The level of the further-reading heading a block sits under (0: none), from the previous block's."""
    if b.kind != "heading":
        return level
    if _FURTHER_READING.match(b.text.strip(" #*:")):
        return b.level
    return level if level and b.level > level else 0


# A link labelled as documentation ("Documentation des utilisateurs de l'application", "Guide d'utilisation", "User manual"):
# the guide of the service, not the service or its demo (sigagglocompiegne/spanc)
_DOC_LABEL = lazy_compile(r"^\W*(?:la |le |the )?(?:documentation|doc|docs|guide|manuel|manual|notice|tutoriel|tutorial|user guide|mode d.emploi)\b"
                          # (or a how-to's title, "[Deploying Pocketbase with Docker in production](https://pocketbase.io/docs/…)", "Installer X
                          # sur un serveur": a page to read on how to do it, however "production" it says, no running service; s47 fi47)
                          r"|^\W*(?:how to|deploying|installing|setting up|configuring|getting started|comment (?:installer|d[eé]ployer|configurer|lancer)|"
                          r"installer|d[eé]ployer|configurer|d[eé]ploiement d|installation d)\b", re.I)


def documentation_label(label: str) -> bool:
    return bool(label and _DOC_LABEL.match(label))


# "Déploiement manuel", "Installation manuelle", "Manual deployment": a way of deploying, not a user manual
MANUAL_STEP = lazy_compile(r"\b(?:deploiement|installation|deployment|install|mise en production|build|compilation) manuel(?:le)?s?\b|\bmanual (?:deployment|install\w*|setup|build)\b")


def describing_title(block) -> bool:
    """A title that says what the project is ("Bonnes pratiques pour la génération de COG (Cloud Optimized GeoTIFF) avec GDAL"): eight
    words or more of its own, badges' labels aside (a paragraph's floor: "Graph Controller for HDD project (SICTIAM)" only names it),
    neither a greeting, a status ("Ce code n'est plus d'actualité"), a notice nor a changelog's date; the description when the README
    gives none before its chapters."""
    rest = block.text
    for label in [lbl for _, lbl in block.links] + block.alts:
        rest = rest.replace(label, " ") if label else rest
    normed = norm(rest)
    return len(normed.split()) >= 8 and not (SELF_README.search(normed) or STATUS_LINE.search(normed) or NOTICE_HEADING.search(normed)
                                             or THANKS.match(normed) or _NO_LONGER.search(normed) or CHANGELOG_HEADING.match(normed))


_NO_LONGER = lazy_compile(r"\b(?:n est plus|ne sont plus|no longer|plus d actualite|out of date|outdated|moved to|a ete (?:deplace|rapatrie)e?s?)\b")


# Thanks ("Merci à @bchartier pour ces contributions", "Thanks to …", "Remerciements"): who helped, not what the project is
THANKS = lazy_compile(r"^(?:un |a )?(?:(?:grand|gros|immense|special|big|many) )?(?:merci|mercis|remerciements?|remercions|thanks?|thank you)\b")


# a package manager's command installing the project's dependencies, told in a sentence ("il faut utiliser composer install", "run
# npm install first"): an installation step, however the command is quoted
_DEPENDENCY_INSTALL = lazy_compile(r"\b(?:composer|npm|yarn|pnpm|pip3?|poetry|pipenv|bundle|uv) (?:install|ci|sync)\b")
_TOLD = lazy_compile(r"\b(?:il faut|il suffit|utilis(?:er|ez)|lanc(?:er|ez)|execut(?:er|ez)|tap(?:er|ez)|run|use|type|execute|first|d abord)\b")


def dependency_install_sentence(text: str) -> bool:
    """A short paragraph (at most 40 words) telling to run a package manager's install command (:data:`_DEPENDENCY_INSTALL`)."""
    normed = norm(text)
    return len(normed.split()) <= 40 and bool(_DEPENDENCY_INSTALL.search(normed)) and bool(_TOLD.search(normed))
