"""README lines read by their role rather than by a word they hold: the project's name inside a heading ("# Plugin Contact" then
"# Plugin Contact Administration": a name, not a contact section), a framework template's chapters kept under the project's own
("### Further help": the Angular CLI's help), a sentence that says where the settings are, a list of labelled commands
("- Deploy webapps : `./gradlew tomcatDeploy`"), a first line that says what the repository holds before listing it, a chapter on
publishing a static site, and a README that is itself a set of guidelines (its headings are the topics it recommends on, not the
project's own installation or deployment). Texts are :func:`auditor.facts.document.norm` forms unless said."""

from __future__ import annotations

import re

from auditor.facts.document import norm
from auditor.facts.readme_contact import address
from auditor.facts.readme_prose_chapters import content_not_contributing, users_not_usage  # noqa: F401 (the readme fact's, with the roles')
from auditor.lazyre import lazy_compile


def without_name(text: str, title, words=frozenset()) -> str:
    """The heading ``text`` without the project's name when the name holds a section word (``words``: the heading words) and the
    heading holds the name (the README's title heading of one to four words: "Plugin Contact Administration" under "# Plugin Contact"
    → "administration"; "Contact management feature" → "management feature"), else ``text`` as written."""
    if title is None or title.kind != "heading":
        return text
    name, normed = norm(title.text), norm(text)
    own = [w for w in name.split() if len(w) >= 4 and w not in _GENERIC and w in words]  # (the name's own section words)
    if not own or len(name.split()) > 4:
        return text
    if normed == name:
        return ""
    rest = [w for w in f" {normed} ".replace(f" {name} ", " ").split() if w not in own]
    if not rest:  # the heading is the name's word alone ("## Contact" in the README of "Plugin Contact"): as written
        return text if f" {name} " not in f" {normed} " else ""
    return text if rest == normed.split() else " ".join(rest)


_GENERIC = {"plugin", "module", "projet", "project", "application", "service", "outil", "tool", "librairie", "library", "extension", "theme",
            "widget", "composant", "component", "site", "portail", "portal", "addon", "data", "donnees", "open"}


# Mode and option names that hold a run word ("Mode de simulation (Dry Run)": a setting, not running the project), and what happens
# when the software starts ("Séquence de démarrage (ContainerIntegrationSuite)": how it works, not how to install it)
MODE_NAMES = lazy_compile(r"\bdry ?run\b|\bsequences? de (?:demarrage|lancement)\b|\bstartup sequence\b|\b(?:au|at|on) (?:demarrage|startup)\b")

# Chapters a framework's README template writes about the framework ("### Further help": "To get more help on the Angular CLI use
# `ng help`"), kept under the project's own text: their body names the framework's command-line tool
_FRAMEWORK_HELP = lazy_compile(r"\b(?:angular cli|ng help|vue cli|create react app|next js|nuxt|vite|react native cli|ember cli|rails guides)\b")
BOILERPLATE_HEADINGS = ("further help", "learn more", "code scaffolding", "running end to end tests", "getting started with create react app")


# chapters of a generator's README template, whatever their heading (Feathers' "## About", "## Help", and its getting-started steps)
_TEMPLATE_CHAPTER = lazy_compile(r"\bthis project uses feathers\b|\bgetting up and running is as easy as 1 2 3\b|"
                                 r"\bfor more information on all the things you can do with feathers\b|"
                                 # Create React App's chapters left as it wrote them ("### Deployment" / "This section has moved here: …/create-react-app/docs/deployment")
                                 r"\bthis section has moved here\b.{0,80}\bcreate react app\b|\bin the project directory you can run\b")


# a heading's section number ("6 6 further help": the template's chapters numbered with the team's own, "### 6.6. Further help")
_HEADING_NUMBER = lazy_compile(r"^(?:\d{1,3} )+")


def framework_boilerplate(normed_heading: str, body: str) -> bool:
    normed, own = norm(body), norm(re.split(r"\n {0,3}#", body)[0])  # (own: its text before a sub-chapter)
    return (_HEADING_NUMBER.sub("", normed_heading) in BOILERPLATE_HEADINGS and bool(_FRAMEWORK_HELP.search(normed))) or (
        len(own.split()) <= 80 and bool(_TEMPLATE_CHAPTER.search(own)))


# Where the settings are: "Les principaux paramètres de fonctionnement se trouvent dans le fichier …config.json", "Before deploying,
# make sure that `build.properties` and `env.sh` are correctly configured" (a settings word and a settings file in one sentence)
_SETTINGS_WORD = lazy_compile(r"\b(?:parametres|parameters|parametrage|reglages|settings|configuration|configure|configured|configurer|configures?|"
                              r"configuree?s?|parametree?s?|parametrer)\b")
_SETTINGS_FILE = lazy_compile(r"(?<![\w-])(?!package\.json|composer\.json|tsconfig|angular\.json|pom\.xml|pubspec|openapi|swagger|"
                              # (the tooling's own: CI, linters, the documentation generator, dependency bots)
                              r"\.?gitlab-ci|\.?travis|\.?eslintrc|\.?prettierrc|\.?babelrc|\.?stylelintrc|jsconfig|jest\.config|mkdocs|_config\.yml|"
                              r"renovate|dependabot|codecov|sonar-project|\.?pre-commit|lerna\.json|\.?github)"
                              r"[\w.-]*(?:\.(?:properties|json|ya?ml|ini|conf|cfg|toml|env)\b|\benv\.sh\b|\.env\b)", re.I)


# a file in a test-data folder ("payloads/api_particulier_v2_cnous_student_scholarship/fake_france_connect_cnous.yml"): data, not settings
_TEST_DATA_FILE = lazy_compile(r"(?<![\w.-])(?:[\w.-]+/)*(?:payloads?|fixtures?|mocks?|stubs?|test[_-]?data|donnees[_-]de[_-]tests?)/[\w./-]+", re.I)


def settings_sentence(sentence: str) -> bool:
    """A sentence (as written) that names the settings and the file that holds them (not a test-data file: "Un mapping … qui prend
    les paramètres d'identité renvoyés par le fichier ci-dessus: payloads/…/fake_france_connect_cnous.yml")."""
    sentence = _TEST_DATA_FILE.sub(" ", sentence)
    words = norm(_SETTINGS_FILE.sub(" ", sentence))  # (the file's own name is no word of the sentence: "settings.ini", "_config.yml : Configuration Jekyll")
    return len(words.split()) >= 5 and bool(_SETTINGS_WORD.search(words)) and bool(_SETTINGS_FILE.search(sentence))


# A list item that labels a command ("- Install tomcat : `./gradlew tomcatInstall`", "* Deploy webapps: `make deploy`") (raw line)
_LABELLED_COMMAND = lazy_compile(r"^\s*(?:[-*+]|\d+[.)])\s+([^:`\n]{2,40}?)\s*:\s*`[^`\n]+`\s*$")


def labelled_command(line: str) -> str:
    m = _LABELLED_COMMAND.match(line)
    return m.group(1).strip(" *_") if m else ""


# A first line that says what the repository holds, then lists it ("Dépôt contenant des codes exemples en python3 pour :")
# (a service, an API or an app too: "This Express.js service generates PDFs from two sources:", s36 d36; not where it is reached, "The API
# is available at these two addresses:")
_HOLDS = lazy_compile(r"^(?:(?:ce|cet|cette|le|la|l|this|the|un|une|a|an|our|notre) )?(?:depot|repository|repo|projet|project|ensemble|collection|recueil|"
                      r"boite a outils|toolbox|codes?|scripts?|outils?|tools?|librairie|bibliotheque|library|module|plugin|extension|application|"
                      r"services?|micro ?services?|api|apis|app|webapp|programme|program|logiciel|software|package|paquet|serveur|server|bot)\b"
                      r"(?! (?:est|is|a ete|has been|sera|will be) (?:construit|organise|structure|built|organised|organized|structured)\b)"
                      r"(?! (?:est|is|sont|are) (?:disponible|available|accessible|deploye|deployed|hosted|heberge|reachable)\b)")
# A qualifier between the article and the noun ("This Express.js service", "Ce petit outil", "A small Flask app"): one to three words,
# each a technology's name as written (a capital, a dot, a digit: Express.js, Python3, REST, .NET) or a plain adjective; what stands
# there otherwise ("The User Guide explains these tools", "Run the following scripts") is no qualifier. Raw text, not a norm form.
_QUALIFIED = lazy_compile(r"^[\W_]*(?:ce|cet|cette|le|la|this|the|un|une|a|an|our|notre)\s+((?:[\w.+#-]+\s+){1,3})", re.I)
_ADJECTIVES = frozenset({"petit", "petite", "simple", "small", "little", "lightweight", "leger", "legere", "minimal", "minimaliste", "tiny",
                         "basic", "new", "nouveau", "nouvel", "nouvelle", "open", "source", "web", "mini", "micro", "modeste", "rest",
                         "restful", "graphql", "libre", "gratuit", "free", "interne", "internal", "public", "publique", "static", "statique"})
_TECH_NAME = lazy_compile(r"[A-Z]|[.\d#+]")
_ANNOUNCES_HOW = lazy_compile(r"\b(?:comme suit|ci dessous|suivante?s?|as follows|following|below|voici|here is|here are|structure|organise|built)\b")


# "… est une application qui regroupe les APIs suivantes :", "**MFAI** is a Python package that provides the following features:": what
# the project is, then its parts (not how it is laid out)
_IS_A = lazy_compile(r"\b(?:est|is) (?:une?|an?) (?:[a-z]+ ){0,2}?(?:application|outil|tool|service|api|plateforme|platform|logiciel|software|librairie|bibliotheque|library|programme|program|"
                     r"package|paquet|framework|format|protocole?)\b")  # ("MLA is an archive file format with the following features:")
# the parts it holds and the thing they make ("This repository contains the following key components for the institutional site:", then
# its Next.js front end and its CMS): what it is, where "contains the following folders:" alone is how it is laid out
_PARTS_FOR = lazy_compile(r"\b(?:following|suivante?s?)\b(?: \w+){0,3} (?:for|pour) (?:the |this |our |le |la |l |ce |cette |notre )?(?:\w+ ){0,3}"
                          r"(?:site|website|web site|application|app|service|platform|plateforme|portal|portail|tool|outil)$")
_LAID_OUT = lazy_compile(r"\b(?:structure\w*|organise\w*|organi[sz]ed|built|construit\w*|comme suit|as follows|voici|here (?:is|are))\b")


# the kind of thing the project is, then what it does, listed after ("API permettant de :", "Une application qui permet de :", "A tool to:")
_KIND_DOING = lazy_compile(r"^(?:(?:un|une|a|an) )?(?:api|apis|application|app|webapp|outil|tool|service|micro ?service|plateforme|platform|logiciel|software|"
                           r"librairie|bibliotheque|library|programme|program|module|plugin|script|bot|package|paquet)(?: \w+){0,2}? (?:(?:permettant|qui permet|allowing|"
                           r"that allows|that lets you|used|servant|sert) (?:de|d|a|to)|pour|for|to)$")  # ("Un package R pour :" then what it does)
# what follows the project's name when it says what the project is ("… est une application", "… is a tool", "… permet de", "… provides")
_NAMED_IS = lazy_compile(r"(?:est|is|sont|are) (?:une?|an?|la|le|the|l) |(?:permet|permettent|propose|proposent|offre|offrent|fournit|fournissent|"
                         r"allows|enables|provides|offers|lets|helps|aide)\b")


# "The purpose of this project is two folds:", "L'objectif de ce projet est double :", "Ce projet a pour but de :": the project's aims, listed
_PURPOSE_OF = lazy_compile(r"^(?:(?:the|le|la|l) )?(?:purpose|purposes|aim|aims|goal|goals|objective|objectives|objectif|objectifs|but|buts|vocation|ambition)s? "
                           r"(?:of|de|du|d) (?:(?:this|the|ce|cet|cette|le|la|l) )?(?:projet|project|depot|repository|repo|module|package|outil|tool|librairie|"
                           r"bibliotheque|library|application|service|api|code|logiciel|software)\b"
                           r"|^(?:(?:ce|cet|cette|le|la|l|this|the) )?(?:projet|project|depot|repository|module|package|outil|tool|application|service|logiciel) "
                           r"(?:a pour (?:but|objectif|objet|vocation|mission)s?|aims? to|is meant to|vise a)\b")


_ARTICLES = frozenset({"le", "la", "les", "l", "the"})


def _unqualified(text: str, m: re.Match) -> str:
    """The norm form of ``text`` without the one to three qualifiers (:data:`_QUALIFIED`) before a noun :data:`_HOLDS` knows, or ""."""
    words = m.group(1).split()
    for k in range(1, len(words) + 1):
        if not all(_TECH_NAME.search(w.strip(".")) or norm(w) in _ADJECTIVES for w in words[:k]):
            return ""
        rest = text[m.start(1):].split(None, k)[k:]
        normed = norm(text[:m.start(1)] + (rest[0] if rest else ""))
        if _HOLDS.match(normed):
            return normed
    return ""


def describes_before_list(text: str, name: str = "") -> bool:
    """A line announcing a list that says what the repository holds (five words or more, led by what it is), not how it is built;
    "the following" there may follow what the project is ("… est une application qui regroupe les APIs suivantes :"). The project's
    own name (``name``: the README's title, one to six words) leads it as "ce projet" would ("Aidants Connect est une application web
    qui propose … les fonctionnalités suivantes :")."""
    normed, own = norm(text), norm(name)
    if own and len(own.split()) <= 6 and normed.startswith(f"{own} ") and _NAMED_IS.match(normed[len(own) + 1:]):
        normed = f"le projet {normed[len(own) + 1:]}"  # (the name as the subject: what follows says what the project is)
    elif own and (m := _NAMED_IS.search(normed)) and 1 <= len(subject := [w for w in normed[:m.start()].split() if w not in _ARTICLES]) <= 3 \
            and set(subject) <= set(own.split()):
        normed = f"le projet {normed[m.start():]}"  # ("**Les Communs** are a project that has 2 main objectives :" under "# Communs de la
        # transition écologique des collectivités": the title's short name, its article aside, as the subject)
    if len(normed.split()) >= 5 and _PURPOSE_OF.match(normed) and not _LAID_OUT.search(normed):
        return True  # "The purpose of this project is two folds:" then the two aims
    if _KIND_DOING.match(normed):
        return True  # "API permettant de :" then what the API does (s39 fd39, abes-esr/logskbart-api)
    words = len(normed.split())
    if not _HOLDS.match(normed) and (m := _QUALIFIED.match(text)):
        normed = _unqualified(text, m) or normed  # ("This Express.js service …": read as "this service …")
    return words >= 5 and bool(_HOLDS.match(normed)) and (not _ANNOUNCES_HOW.search(normed)
                                                                         or (bool(_IS_A.search(normed) or _PARTS_FOR.search(normed)) and not _LAID_OUT.search(normed)))


def leads_purpose_list(text: str) -> bool:
    """Right under a purpose heading, a line leading the list of what the project does ("## Objectif" then "A partir d'information
    stockées dans un fichier CSV :" and the tasks), not one announcing how it is laid out ("Le dépôt est organisé comme suit :")."""
    normed = norm(text)
    return len(normed.split()) >= 4 and not _ANNOUNCES_HOW.search(normed) and not _LAID_OUT.search(normed)


# "## 3. Publication" over the static hosts where the folder can be published: a deployment chapter ("## Publications" lists papers)
_PUBLICATION = lazy_compile(r"^(?:\d+ )*(?:publication|publishing|mise en ligne du site)(?: (?:du|de la|de l|of the) (?:site|application|app|dossier|portail))?$")
# (or published there by the forge's pipeline: "La branche main est publiée automatiquement par GitHub Actions sur :
# https://<owner>.github.io/<projet>/")
_HOSTING = lazy_compile(r"\b(?:hebergement|hosting|heberge\w*|serveur web|web server|nginx|apache|iis|github pages|gitlab pages|netlify|"
                        r"static web apps?|deploy\w*|deploie\w*|github io|gitlab io|pages dev|netlify app|vercel app|github actions?|gitlab ci|"
                        r"(?:publiee?s?|published|mise? en ligne) (?:automatiquement |automatically )?(?:par|by|via|sur|on|at|to|a chaque|on each|on every)|"
                        r"automatically published)\b")


def publication_chapter(normed_heading: str, body: str) -> bool:
    return bool(_PUBLICATION.match(normed_heading)) and bool(_HOSTING.search(norm(body)))


# A README that is a set of guidelines ("Coding & general guidelines for in-house projects", "Bonnes pratiques de développement",
# "Charte de développement"): its headings ("Environment setup", "Production code", "Licence") are topics it recommends on
_GUIDELINES = lazy_compile(r"\b(?:guidelines|coding (?:standards?|conventions?|rules)|conventions? de (?:code|codage|developpement|nommage)|"
                           r"bonnes pratiques|best practices|charte (?:de developpement|technique|de code)|guide de style|style guide|"
                           r"regles de (?:developpement|codage|code)|"
                           # a governance charter: the rules of a community (who decides, how one joins its committees)
                           r"charte de gouvernance|governance (?:proposal|charter|rules))\b")


_TOOL = lazy_compile(r"\b(?:outil|tool|checker|linter|analyseur|analyzer|verifi\w*|valid\w*|plugin|extension|script|scripts|application|app|"
                     r"library|librairie|bibliotheque|api|service|generat\w*|template|modele|"
                     # a software's own guide ("Documentation technique et charte de bonnes pratiques pour déployer la POPP")
                     r"deploy\w*|deploie\w*|install\w*|procedure|logiciel|software|documentation technique)\b")


def guidelines_document(title: str, description: str) -> bool:
    """The README's title or first description line says it is guidelines or conventions for projects, and names no tool that checks
    or applies them ("Outil de vérification des bonnes pratiques": a tool, its README documents it)."""
    normed = norm(f"{title} {description}")
    return bool(_GUIDELINES.search(normed)) and not _TOOL.search(normed)


# In a document of rules, the sentence that states the document's own licence says so of the document ("Ce document est publié sous
# licence CC-BY-SA 4.0", "The content of this charter is licensed under…"); any other sentence naming a licence is one of its rules or
# the governed project's ("Operating as free software under the MIT or CeCILL-B license", a value of the project whose charter it adapts)
_OF_THE_DOCUMENT = lazy_compile(r"\b(?:ce|cet|cette|le present|la presente|this|the present|these|ces)\s+(?:document|documents|charte|chartes|depot|guide|"
                                r"guides|referentiel|texte|textes|contenus?|recueil|repository|repo|charter|text|texts|content|contents|guidelines|"
                                r"regles|rules|proposition|proposal)\b")


def guidelines_licence_rule(paragraph: str) -> bool:
    """In a guidelines README, a paragraph naming a licence that does not say it is the document's own licence: a rule it sets or the
    governed project's licence, not the repository's licence statement."""
    return not _OF_THE_DOCUMENT.search(norm(paragraph))


# A help heading ("## Aide", "## Help", "## Support", "## Questions") over a command's options (`outil --help`) or the supported versions
# ("The tool supports Python 3.8+") names no one to reach: it is a contact chapter when its text gives a channel
# (also beside another word: "Développement et support" over "the authors take no outside requests", a disclaimer, no channel)
_HELP_HEADING = lazy_compile(r"^(?:\d+ )*(?:\w+ (?:et|and) )?(?:aide|help|support|questions?|une question|besoin d aide|getting help|get help|"
                             r"en cas de difficultes|difficultes)(?: (?:et|and) \w+)?$")
_CHANNEL = lazy_compile(r"[\w.+-]+@[\w-]+\.\w|https?://|\]\(|mailto:|(?<![\w-])@\w|\b(?:issues?|tickets?|forum|chat|slack|matrix|discord|"
                        r"mattermost|rocket ?chat|gitter|teams|liste de diffusion|mailing list|contact\w*|[ée]cri\w*|write|joindre|reach|"
                        r"t[ée]l[ée]phone|phone|tel|signal\w*|report)\b", re.I)


# A bare "Documentation" chapter that lists the developers' records ("Architecture Decision Records", "Spécifications", "La
# documentation interne destinée aux développeurs"): the team's notes, no word of how to use the project
_DOCS_HEADING = lazy_compile(r"^(?:\d+ )*(?:la |the )?(?:documentation|docs?)$")
_DEV_RECORDS = lazy_compile(r"\b(?:adrs?|architecture decision|decisions? d architecture|architecture|specs?|specifications?|developpeurs?|developers?|"
                            r"documentation interne|internal documentation|contributeurs?|contributors?)\b")
_USE_WORDS = lazy_compile(r"\b(?:utilis\w*|usage|usages|user guide|user manual|guide utilisateur|manuel|mode d emploi|tutori\w*|how to use|users?|usagers?)\b")


def developer_records(normed_heading: str, body: str) -> bool:
    normed = norm(body)
    return bool(_DOCS_HEADING.match(normed_heading)) and len(_DEV_RECORDS.findall(normed)) >= 2 and not _USE_WORDS.search(normed)


# A heading naming the project's author or maintainer only, in the singular ("## Author", "# Auteur", "## Maintainer", "À propos de
# l'auteur"): the contact chapter when its text gives a way to reach them (an address, a link, a forge handle: "Do HUYNH ([@huynhdoo](…))");
# an attribution alone ("# Auteur" over "DINUM 2025.") names who made it, nobody to reach. (The plural, "## Auteurs" over the team's
# names and their organisations, keeps its reading: a contact.)
_PEOPLE_HEADING = lazy_compile(r"^(?:\d+ )*(?:a propos de l |about (?:the )?)?(?:l |the )?(?:auteur|auteure|autrice|author|mainteneur|mainteneuse|maintainer)"
                               r"(?: (?:du|de l|de la|of the|of) (?:projet|project|outil|tool|plugin|application|app|module|code|logiciel|package|depot|repository))?$")


# a documentation page's address (docs.turso.tech, nextjs.org/docs, resend.com/docs): something to read, no one to reach (s41 fg41)
_DOC_URL = lazy_compile(r"(?:\]\()?https?://(?:(?:docs?|documentation|wiki)\.[^\s)>\]]+|[^\s/)>\]]+/(?:[\w-]+/)?(?:docs?|documentation)(?:[/#?][^\s)>\]]*)?)(?=[\s)>\]]|$)", re.I)


def help_without_channel(normed_heading: str, body: str) -> bool:
    """A help heading, or one naming the author or maintainer only, whose text gives no channel (see _HELP_HEADING, _PEOPLE_HEADING);
    a help chapter sending only to documentation pages ("consultez : Documentation Next.js: https://nextjs.org/docs") gives none."""
    return bool(_HELP_HEADING.match(normed_heading)) and not _CHANNEL.search(_DOC_URL.sub(" ", body)) or people_without_channel(normed_heading, body)


def people_without_channel(normed_heading: str, body: str) -> bool:
    """A heading or a label naming the author or maintainer only ("Auteur", "**Maintainer :**") over a text with no way to reach them."""
    return bool(_PEOPLE_HEADING.match(normed_heading)) and not _CHANNEL.search(body) and address(body) is None


def people_heading(normed_heading: str) -> bool:
    return bool(_PEOPLE_HEADING.match(normed_heading))


def other_links(name: str, links: list[tuple[str, str]], labels: list[str], words: tuple[str, ...], sentence: str = "") -> bool:
    """A sentence's links (``labels``, all to other sites) name none of the settings or deployment words (``words``) the sentence holds:
    they lead to what the sentence speaks of ("a [GitLab environments](https://docs.gitlab.com/…) ready configuration", "We use
    [degit](https://github.com/…) to scaffold the deployment config"), not to this project's settings or deployment document."""
    urls = [u for u, lab in links if lab in labels]
    if any(re.search(r":\s*" + re.escape(lab) + r"\s*\.?\s*$", sentence) for lab in labels if lab):
        return False  # "Un script capable de déployer l'API automatiquement : [app_ansible](…)": the link is the thing the sentence names
    return name in ("configuration", "deployment") and bool(urls) and all(u.startswith(("http://", "https://")) for u in urls) and not any(
        f" {w} " in f" {norm(lab)} " for lab in labels for w in words)


# Parts of a site's address that name no tool: its sub-domains for documentation or a language, and the hosts of many projects'
# pages (the project is then the sub-domain: "storybook.js.org" → storybook, "outil.readthedocs.io" → outil)
_SITE_PARTS = frozenset({"www", "docs", "doc", "documentation", "wiki", "help", "aide", "guide", "guides", "api", "developer", "developers",
                         "learn", "blog", "en", "fr", "org", "com", "net", "io", "dev", "app", "gouv", "readthedocs", "github", "gitlab", "gitbook",
                         "netlify", "vercel", "pages"})
_FORGE_HOSTS = ("github.com", "gitlab.com", "framagit.org", "codeberg.org", "bitbucket.org")


def site_names(url: str) -> set[str]:
    """The names a link's address spells for what the site is about: the words of its host but for the top-level domain and the
    generic parts ("https://storybook.js.org/docs/…" → storybook), or a forge repository's name ("github.com/mswjs/msw" → msw)."""
    from urllib.parse import urlparse

    parsed = urlparse(url)
    host = (parsed.hostname or "").lower().removeprefix("www.")
    if parsed.scheme not in ("http", "https") or not host:
        return set()
    if host in _FORGE_HOSTS:
        parts = [p for p in parsed.path.split("/") if p][1:2]
    else:
        parts = host.split(".")[:-1]
    return {w for p in parts for w in norm(p.replace("-", " ").replace("_", " ")).split() if len(w) >= 4 and w not in _SITE_PARTS}


def another_tools_pages(links: list[tuple[str, str]], labels: list[str], normed: str, own=frozenset(), words=()) -> bool:
    """Every link of a sentence (``labels``) leads to the site of a tool the sentence names (``normed``), which is not the project
    (``own``: the words of the README's title): "You can visit their website to [learn more about storybook](https://storybook.js.org/…)
    and [how to use it](https://storybook.js.org/docs/…)" tells where Storybook's use is explained, not how to use the project. The name
    must stand outside the link's own label: "déployer l'API : [app_ansible](https://github.com/org/app_ansible)" points to that tool.
    When the topic word (``words``) is in links' labels, those links are the ones judged."""
    pairs = [(u, lab) for u, lab in links if lab in labels]
    pairs = [(u, lab) for u, lab in pairs if any(f" {w} " in f" {norm(lab)} " for w in words)] or pairs  # (the links the topic word is in)
    return bool(pairs) and all((names := site_names(u)) and not names & set(own) and names & set(f" {normed} ".replace(f" {norm(lab)} ", " ").split())
                               for u, lab in pairs)  # (named outside the link's own label: "[app_ansible](…/app_ansible)" is what the sentence points to)


def name_heading(b, title) -> bool:
    """A heading of the title's level that is the name the title holds, two words or more ("# API Entreprise" in the README of "# Website for
    API Entreprise"): it presents that product, whatever its words name elsewhere ("API": a library's functions)."""
    if title is None or b is title or title.kind != "heading" or (b.level or 1) != (title.level or 1):
        return False
    name, normed = norm(title.text), norm(b.text)
    return len(normed.split()) >= 2 and normed != name and f" {normed} " in f" {name} "


# Where a contribution goes: a forge's repository or its pages, a contributing guide (the project's own), else another site's ("You can
# contribute to [challenges](https://www.kaggle.com/…/tasks)", s35 g35 = r15a, meteofrance/meteonet: data-science challenges on a dataset)
_CONTRIBUTING_PATH = lazy_compile(r"contribut|contribuer|pull|merge_requests|issues|wiki", re.I)


# What joins a contribution word to what it goes to: "contribute to [challenges]", "contribuer aux [défis]", "contributions on [X]"
_CONTRIBUTION_TO = ("to", "a", "au", "aux", "on", "sur", "in", "into", "dans", "en")


def _contribution_object(normed: str, label: str, words: tuple[str, ...]) -> bool:
    """The link's label is what a contribution word of the sentence goes to: after that word, a preposition, then at most three words
    ("contribute to [challenges]", "contribuer aux [défis proposés]", "contribute to the [OpenStreetMap] map"). In "If you plan to
    contribute, you have to install [pytest]" the link is the tool to install; what one contributes to is the project (s35 ag35,
    etalab/geohisto)."""
    lab = norm(label)
    if not lab:
        return False
    text = f" {normed} "
    for w in words:
        for m in re.finditer(rf"(?<= ){re.escape(w)}(?= )", text):
            between = text[m.end():].split(f" {lab} ", 1)
            if len(between) == 2 and (gap := between[0].split()) and gap[0] in _CONTRIBUTION_TO and len(gap) <= 4:
                return True
    return False


def contribution_elsewhere(links: list[tuple[str, str]], labels: list[str], words: tuple[str, ...], normed: str | None = None) -> bool:
    """Every link of a contributing sentence (``labels``) leads to another site than a forge, by a label naming no contribution, its address
    no contributing page: the contribution goes to what that site holds, not to the repository. With the sentence (``normed``), only the
    links the contribution goes to are judged ("contribute to [challenges](https://www.kaggle.com/…)"); a sentence whose links are
    something else ("If you plan to contribute, you have to install [pytest](…)": the tool) contributes to the project."""
    from urllib.parse import urlparse

    pairs = [(u, lab) for u, lab in links if lab in labels]
    if normed is not None:
        pairs = [(u, lab) for u, lab in pairs if _contribution_object(normed, lab, words)]
    return bool(pairs) and all(urlparse(u).scheme in ("http", "https") and (urlparse(u).hostname or "").lower().removeprefix("www.") not in _FORGE_HOSTS
                               and not (urlparse(u).hostname or "").lower().endswith((".github.io", ".gitlab.io"))
                               and not any(f" {w} " in f" {norm(lab)} " for w in words) and not _CONTRIBUTING_PATH.search(urlparse(u).path)
                               for u, lab in pairs)
