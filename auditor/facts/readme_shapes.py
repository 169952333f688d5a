"""README shapes that share a section's words without being that section of the project (:mod:`auditor.facts.readme`):
a moment of the installation ("À l'installation de ce module, une portlet est disponible"), another tool's installation guide
("See the Symfony installation docs"), a manual test's variables, a name/version/author header, a template's own chapters."""

from __future__ import annotations

import re

from auditor.facts.document import norm
from auditor.lazyre import lazy_compile

# When the installation happens, not how to do it ("À l'installation de ce module, une nouvelle portlet est disponible", "Lors de
# l'installation, les tables sont créées"): the words of the install section inside those phrases give none. ("Après l'installation" is
# kept: its chapter completes the installation; "Aide à l'installation" is the guide.)
_MOMENT = lazy_compile(r"^a l ?installation\b|\b(?:lors de|au moment de|pendant|des|durant) l ?(?:installation|install)\b|\b(?:upon|during) (?:the )?installation\b")
# ... or the installation as the object of a check ("A toy dataset is available to check that your installation … are correct", "pour
# vérifier votre installation"; s38 fr38 = rt38, IGNF/FLAIR-2): it supposes the installation done, gives none of its steps
_CHECKED = lazy_compile(r"\b(?:check|checking|verify|verifying|test|testing|validate|verifier|tester|valider|controler)(?: (?:that|if|whether|que|si))? "
                        r"(?:(?:your|the|votre|vos|l|la|ton|ta) ?)?(?:installation|install|setup)\b")
_INSTALL_WORDS = lazy_compile(r"\b(?:installation|installer|install|installing|prerequis|prerequisites|setup|set up)\b")


def install_moment_only(normed: str) -> bool:
    """The install words of ``normed`` (a :func:`norm` text) all name the moment of the installation or a check of it, none its steps."""
    return bool(_MOMENT.search(normed) or _CHECKED.search(normed)) and not _INSTALL_WORDS.search(_CHECKED.sub(" ", _MOMENT.sub(" ", normed)))


# Frameworks, runtimes and tools a project needs, whose own installation guide a README links to ("Pour installer Symfony, voir la
# documentation d'installation de Symfony", "See the Django installation docs", "Node installation: https://nodejs.org/…")
_TOOLS = ("symfony", "django", "node", "nodejs", "node js", "npm", "yarn", "pnpm", "python", "python 3", "python3", "php", "composer", "docker",
          "docker compose", "docker desktop", "ruby", "rails", "ruby on rails", "java", "jdk", "openjdk", "maven", "gradle", "postgresql",
          "postgres", "postgis", "mysql", "mariadb", "nvm", "pyenv", "rbenv", "rvm", "laravel", "drupal", "wordpress", "flask", "angular",
          "angular cli", "vue", "vue js", "vuejs", "react", "golang", "rust", "git", "rstudio", "redis", "elasticsearch", "nginx", "tomcat",
          "qgis", "geoserver", "pip", "poetry", "pipenv", "conda", "anaconda", "miniconda", "virtualenv", "homebrew", "hugo", "jekyll",
          "bundler", "kubernetes", "helm", "ansible", "terraform", "wsl", "deno", "bun", "dotnet", "net core")
_TOOL = "(?:" + "|".join(sorted((re.escape(t) for t in _TOOLS), key=len, reverse=True)) + ")"
_TOPIC = r"(?:installation|installer|install|installing|setup|set up)"
_THEIR = r"(?! (?:du|de|of) (?:projet|project|l application|application)\b| (?:dependencies|dependances|packages|paquets|requirements|modules|libraries|librairies|bibliotheques|extensions?|plugins?)\b)"
_OTHER_TOOL = lazy_compile(rf"\b{_TOPIC} (?:de |d |du |des |of |the )?(?:la |le |l |les )?(?:derniere version (?:de |d )?|latest )?({_TOOL})\b{_THEIR}"
                           rf"|\b({_TOOL}) (?:s )?(?:installation|install|setup) (?:docs?|documentation|guide|instructions|page)\b")


def another_tools_setup(normed: str, sentence: str) -> bool:
    """The sentence's install words name a framework's or a tool's own installation ("Pour installer Symfony, voir la documentation
    d'installation de Symfony : https://symfony.com/…", "See the Django installation docs"): a prerequisite's guide, not the project's
    steps. A name joined by a dash or an underscore ("installation de django-agenda") is the project's or a package's, not the tool's."""
    for m in _OTHER_TOOL.finditer(normed):
        first = (m.group(1) or m.group(2)).split()[0]
        if not re.search(rf"\b{re.escape(first)}[-_]\w", sentence, re.I):
            return True
    return False


# A chapter on testing by hand or running the tests: its variables are a test run's, not the project's settings ("## Tester à la main"
# over `KC_URL=… KC_REALM=… python sync.py`)
# (not a statistical test the project computes: "Changer les seuils des tests statistiques", "Changing statistical test thresholds")
TEST_HEADING = lazy_compile(r"(?<!statistical )(?<!hypothesis )\b(?:tests?(?! statistiques?\b| d hypotheses?\b)|tester|testing|essais?|manual test\w*|test(?:s)? manuels?|a la main|by hand|"
                            r"manuellement|manually)\b")


def test_chapter_lines(blocks: list, sections=None) -> list[tuple[int, int]]:
    """(first line, last line) of each chapter whose heading is on testing; up to the next heading of its level or higher. With
    ``sections`` (heading → sections), only the text right under a heading on testing alone, up to the next heading of any level
    ("### Tester", not "## Installation et tests", nor "## Quick start" under "# Installation and testing instructions")."""
    out = []
    for i, b in enumerate(blocks):
        if b.kind == "heading" and TEST_HEADING.search(norm(b.text)) and not (sections and sections(b.text)):
            end = next((h.line for h in blocks[i + 1:] if h.kind == "heading" and (sections or (h.level or 1) <= (b.level or 1))), 10 ** 9)
            out.append((b.line, end - 1))
    return out[:50]


# A chapter on the files the tool writes ("## Files generated", "## Output", "## Fichiers produits"): the settings a file there holds
# ("a JSON file containing users' authentication settings: …settings_raw.json") are collected data, not the project's configuration
_OUTPUT_HEADING = lazy_compile(r"^(?:\d+ )*(?:(?:generated|created|produced|output|result) files?|files? (?:generated|created|produced|written)|"
                               r"outputs?|sorties?|fichiers? (?:generes|produits|crees|de sortie|resultats?))$")


def output_chapter_lines(blocks: list) -> set[int]:
    """The lines of the chapters on the files the tool writes (up to the next heading of their level or higher)."""
    out: set[int] = set()
    for i, b in enumerate(blocks):
        if b.kind == "heading" and _OUTPUT_HEADING.match(norm(b.text)):
            end = next((h.line for h in blocks[i + 1:] if h.kind == "heading" and (h.level or 1) <= (b.level or 1)), None)
            out.update(x.line for x in blocks[i + 1:] if end is None or x.line < end)
    return out


# A plain-text header of labels ("Nom : carto-pluvial / Version : 1.2.0 / Auteur : Service SIG"): who and which version, no sentence on
# what the project does
_HEADER_LABEL = lazy_compile(r"(?:^| )(nom|name|titre|title|projet|project|version|auteurs?|authors?|date|licen[cs]es?|contact|e ?mail|courriel|"
                             r"mainteneurs?|maintainers?|organisme|organisation|organization|structure|cree le|created|mise a jour|updated|"
                             r"derniere mise a jour|last update|copyright|editeur|publisher|service|collectivite) colon\b")
_DESCRIBING_LABEL = lazy_compile(r"(?:^| )(?:description|objet|objectif|resume|summary|purpose|but|presentation|about|a propos) colon\b")


def header_lines(text: str) -> bool:
    """The paragraph is a header of two or more labels among name, version, author, date… and no description label."""
    normed = norm(text.replace(":", " colon "))
    labels = {m.group(1) for m in _HEADER_LABEL.finditer(normed)}
    first = _HEADER_LABEL.search(normed)
    return len(labels) >= 2 and first is not None and len(normed[:first.start()].split()) <= 3 and not _DESCRIBING_LABEL.search(normed)


# One field of a header list, on its own line: who wrote, funds, keeps or licenses the project ("* Licence : AGPL v3 - Copyright
# Région Ile de France", "- Financeur(s) : …"), an ENT module's "À propos" list (its "Description : …" item is the description), or a
# WordPress readme.txt's header ("Contributors: …", "Tags: …")
_WHO_FIELD = lazy_compile(r"^(?:licen[cs]es?|licensing|copyright|auteurs?|authors?|developpeurs?|developers?|developpe par|developed by|"
                          r"financeurs?|financement|funders?|funded by|mainteneurs?|maintainers?|maintenu par|maintained by|editeurs?|publishers?|"
                          r"contributeurs?|contributors?|contacts?|version|date|tags|stable tag|donate link|requires at least|tested up to|requires php) (?:s )?colon\b")


def who_field(text: str) -> bool:
    """The paragraph is one "Label : value" field naming the licence, authors, funders, maintainers or tags, of at most 30 words."""
    normed = norm(re.sub(r"[*_`]", "", text).replace(":", " colon "))
    return len(normed.split()) <= 32 and bool(_WHO_FIELD.search(normed))


# A credit line under the title: "by A, B and C." ("par …", "written by …", "réalisé par …") naming only people or organisations
# (or the team that made it: "Groupe composé de A, B, C et D", "Équipe formée de …", "Team made up of …": a student group's README
# under its title, issue 12, s45 fh45 = ClLabart/calendrier-mairie-rosiere)
_BYLINE = lazy_compile(r"^[ \t]*[*_]{0,2}(?:(?:by|par|written by|authored by|made by|[ée]crit par|r[ée]alis[ée]e? par|propos[ée]e? par)[ \t]+|"
                       r"(?:groupe|[ée]quipe|bin[ôo]me|trin[ôo]me)[ \t]+(?:compos[ée]e?|form[ée]e?|constitu[ée]e?)[ \t]+(?:de[ \t]+|d'|par[ \t]+)|"
                       r"(?:team|group)[ \t]+(?:composed of|made up of|formed by|of)[ \t]+)(?P<names>[^\n]{2,400}?)[*_]{0,2}[ \t]*$", re.I)


def byline(text: str) -> bool:
    """The paragraph is one line crediting the authors, "by Jeanne Martin, Paul Durand and Léa Petit." (at most 45 words): who wrote the
    project, not what it does (s35 y35, InseeFrLab/presentpop's authors under its title)."""
    from auditor.facts.readme_contact import _names

    m = _BYLINE.match(text.strip()) if "\n" not in text.strip() else None
    return bool(m) and len(text.split()) <= 45 and _names(m.group("names"))


# An image's caption: "Figure: _Overview of the method implementation._ Red boxes represent …", "Fig. 2 – …", "Légende : …"
_CAPTION = lazy_compile(r"^[ \t*_]*(?:figure|fig\.?|illustration|sch[ée]ma|l[ée]gende|caption)(?:[ \t]+\d{1,3}(?:\.\d{1,3})*)?[ \t*_]*(?::|[.–—-][ \t])", re.I)


def caption(text: str) -> bool:
    """The paragraph is the caption of a figure, led by "Figure:" or "Fig. 2 –": what a picture shows, not what the project does."""
    return bool(_CAPTION.match(text))


# A template's own chapters, by a sentence of theirs (Remix's "Development"/"Deployment", create-react-app's "Available Scripts"):
# in a README made from that template, they describe the template's commands, not the project's
TEMPLATE_CHAPTER_SENTENCES = (
    "this starts your app in development mode rebuilding assets on file changes", "now you ll need to pick a host to deploy it to",
    "if you re familiar with deploying node applications the built in remix app server is production ready",
    "make sure to deploy the output of npm run build", "in the project directory you can run", "runs the app in the development mode",
    "launches the test runner in the interactive watch mode", "this section has moved here",
    "we recommend updating the configuration to enable type aware lint rules",  # (create-vite's React template)
)


_HEADING_NUMBER = lazy_compile(r"^(?:\d{1,3} )+")


def template_chapter(normed_heading: str, chapter: str, only_headings: set[str]) -> bool:
    """A chapter of the template's: its heading is one only templates have (``only_headings``), or its text a template's sentence."""
    normed = norm(chapter)  # (numbered with the team's own chapters: "### 6.5. Running end-to-end tests" is still the template's)
    return _HEADING_NUMBER.sub("", normed_heading) in only_headings or any(s in normed for s in TEMPLATE_CHAPTER_SENTENCES)


# An example or synopsis of running one of the project's scripts with its arguments ("exemple `script.py dossier fichier.json`",
# "Usage: `./extract.sh <commune>`"); a setup or install script is no use of the project
USAGE_EXAMPLE = lazy_compile(r"\b(?:exemples?|examples?|syntaxe|syntax|synopsis|usage)\s*:?\s*`(?:python3?\s+|Rscript\s+|bash\s+|sh\s+|\./)?"
                             r"(?!setup\.py|manage\.py|install)[\w./-]+\.(?:py|sh|r|R|pl|rb|js|php)\s+[^`\n]+`", re.I)


# A path in the application's menus, from its menu or tab ("(ADMIN) Menu -> Paramètres -> maintenance", "Menu > Gestion des
# utilisateurs", "onglet → Export"): where a user goes in the interface to do a thing, its use (issue 12, s37 fn37 =
# HPSdevs/ParcMachinesSivom's "NOTES" chapter); read outside the install chapters
MENU_PATH = lazy_compile(r"\b(?:menu|onglet|tab)[ \t]*(?:->|→|=>|>|»)[ \t]*[A-Za-zÀ-ÿ][^\n]{0,80}", re.I)

# Editing a value in a settings file ("Modifier le centre de la carte dans `config.js`", "Set your API key in settings.py")
_EDIT_VERB = lazy_compile(r"\b(?:modifier|modifiez|editer|editez|changer|changez|renseigner|renseignez|indiquer|indiquez|definir|definissez|"
                          r"remplir|remplissez|completer|completez|edit|change|set(?! up\b)|fill in)\b", re.I)  # ("Remplir les données .env")
_FILE_TOKEN = lazy_compile(r"(?<![\w.-])[\w.-]{1,80}")
_SETTINGS_EXT = (".js", ".ts", ".json", ".yml", ".yaml", ".ini", ".env", ".conf", ".toml", ".php", ".py", ".properties", ".cfg")
_SETTINGS_ONLY_EXT = (".properties", ".ini", ".cfg", ".conf")  # formats that hold nothing but settings ("ldapadmin.properties"): no settings word needed in the name
# (an Angular application's environment files, src/environments/environment.prod.ts, also spelt "environement.ts")
_SETTINGS_STEM = lazy_compile(r"config|conf\b|settings|parametres|parameters|params|(?:^|[._-])env(?:[._-]|$)|^environn?e?ments?[._-]")
# the build and lint tools' own settings ("webpack.config.js", "vite.config.ts"): the tooling's, not the project's
_TOOLING = lazy_compile(r"^(?:webpack|vite|babel|jest|tailwind|postcss|eslint|prettier|karma|nuxt|next|svelte|astro|playwright|cypress|rollup|vue|"
                        r"stylelint|commitlint|vitest|tsconfig|jsconfig|mkdocs|sonar)\b")


# a continuous-integration service's files (".circleci/config.yml", ".github/workflows/ci.yml", ".gitlab-ci.yml"): the CI's settings, not the project's
_CI_FILE = lazy_compile(r"\.(?:circleci|github|gitlab|woodpecker|drone)/[\w./-]{0,200}|\.(?:gitlab-ci|travis|drone|woodpecker)\.ya?ml\b", re.I)


def edits_settings_file(text: str) -> bool:
    """A sentence that sets a value in a settings file ("Modifier le centre de la carte dans config.js"); not in a CI service's file
    ("Changez le numéro de version à l'intérieur du fichier .circleci/config.yml": a Ruby upgrade's step)."""
    if not _EDIT_VERB.search(norm(text)):
        return False
    names = [t.lower().rstrip(".").rsplit("/", 1)[-1] for t in _FILE_TOKEN.findall(_CI_FILE.sub(" ", text))[:200]]
    return any(n.endswith(_SETTINGS_EXT) and (_SETTINGS_STEM.search(n) or n.endswith(_SETTINGS_ONLY_EXT)) and not _TOOLING.match(n) for n in names)


# the project's script whose values are edited before it runs ("il convient de modifier le fichier gdal_zipva.bat comme il suit :", then
# the path, the projection, the resolution to set): settings written in the script, documented (s25 l25: meldig/raste_process)
_SCRIPT_EXT = (".bat", ".cmd", ".sh", ".ps1", ".py", ".r", ".pl", ".sql")
_AS_FOLLOWS = lazy_compile(r"(?:\b(?:comme (?:il )?suit|comme suivant|de la facon suivante|de la maniere suivante|ainsi|as follows|the following way)|:)\s*$")


def edits_script_settings(text: str) -> bool:
    """A sentence announcing the values to edit in one of the project's scripts before running it ("Pour être exécutable, il
    convient de modifier le fichier gdal_zipva.bat comme il suit :"); not a sentence that runs the script or changes it otherwise."""
    if not _EDIT_VERB.search(norm(text)) or not _AS_FOLLOWS.search(norm(text) + (" :" if text.rstrip().endswith(":") else "")):
        return False
    names = [t.lower().rstrip(".").rsplit("/", 1)[-1] for t in _FILE_TOKEN.findall(text)[:200]]
    return any(n.endswith(_SCRIPT_EXT) and not _TOOLING.match(n) for n in names)


def settings_step(b, blocks: list, lines: list[str]) -> bool:
    """A numbered step (``b``: "2. **Configurer l'environnement**") whose text or indented block (its lines up to the next paragraph,
    at most 40) copies a sample settings file (`cp .env.template .env`), sets two settings or more (``API_KEY=…``) or sets a value in a
    settings file: the settings to fill, a configuration section, not a step that only names a moment ("Configurer l'environnement"
    over `nvm use 22`)."""
    from auditor.facts.readme_cues import _COPY_LINE, _SETTING_LINE, SAMPLE_SETTINGS, copies_sample_settings

    end = next((x.line for x in blocks if x.line > b.line), len(lines) + 1)
    body = "\n".join(lines[b.line - 1:min(end - 1, b.line + 40)])
    return (copies_sample_settings(body, [u for u, _ in b.links]) or any(SAMPLE_SETTINGS.search(ln) for ln in _COPY_LINE.findall(body)[:20])
            or len(_SETTING_LINE.findall(body)) >= 2 or any(edits_settings_file(ln) for ln in body.splitlines()))


# a code line running the program (``./workIn.pl WORKING_DIR``, ``python run.py --in x``, ``perl x.pl``): a use of the project, no setting
# (a shell script run by its shell, "sh import.sh images", "bash ./run.sh": issue 12, s45 fi45)
_RUNS_PROGRAM = lazy_compile(r"^(?:\$\s*)?(?:\./[\w.-]|(?:python3?|perl|php|node|ruby|Rscript|java\s+-jar)\s+\S|(?:sh|bash|zsh|ksh|dash)\s+(?:-\w+\s+)*[\w./-]+\.(?:sh|bash)(?:\s|$)|[\w./-]+\.(?:pl|py|sh|php|js|rb|R)(?:\s|$))")
_CODE_LINE = lazy_compile(r"^(?:\t| {4})(\S.*)$", re.M)


def _fenced_lines(text: str) -> list[str]:
    """The lines inside ``` fences, read line by line (no pattern scanning across lines from each opener)."""
    out, inside = [], False
    for line in text.splitlines():
        if line.startswith("```"):
            inside = not inside
        elif inside:
            out.append(line)
    return out


def runs_program(body: str) -> bool:
    """The chapter's code (indented by a tab or four spaces, or fenced) runs the program: its usage."""
    code = [m.group(1).strip() for m in _CODE_LINE.finditer(body[:20_000])] + [x.strip() for x in _fenced_lines(body[:20_000])]
    return any(_RUNS_PROGRAM.match(x) for x in code[:200])


def settings_only_chapter(blocks: list, i: int, body: str = "") -> bool:
    """The chapter under the heading ``blocks[i]`` (a "## Usage") is only configuration steps: copying a sample settings file, naming
    the settings and their file, setting values in it; at least one such paragraph, no other text and no sub-chapter; and no code
    running the program (``body``, the chapter's text: an indented ``./workIn.pl WORKING_DIR`` is how it is used)."""
    if runs_program(body):
        return False
    from auditor.facts.readme_cues import CONFIGURE_STEP, copies_sample_settings
    from auditor.facts.readme_roles import settings_sentence

    level, steps = blocks[i].level or 1, 0
    for b in blocks[i + 1:]:
        if b.kind == "heading":
            if (b.level or 1) > level:
                return False  # ("### Docker" under "## Usage with Claude Desktop": ways to use it, the chapter is more than its settings)
            break
        if b.badge_only or not b.text.strip():
            continue
        if not (copies_sample_settings(b.text, [u for u, _ in b.links]) or settings_sentence(b.text) or CONFIGURE_STEP.search(norm(b.text))
                or edits_settings_file(b.text)):
            return False
        steps += 1
    return steps > 0 and level > 0


# A sentence on where the data comes from ("This dashboard connects to the BESS Analytics API (FastAPI backend).", "L'application se connecte
# à l'API du SIG"): the project's data source, not what it is for; with a purpose ("… to provide financial insights", "… et affiche …")
# it is a description
_CONNECTS = lazy_compile(r"^(?:this|the|our|ce|cette|le|la|l|notre) (?:\w+ ){1,3}?(?:connects to|is connected to|fetches (?:its )?data from|reads (?:its )?data from|"
                         r"se connecte (?:a|au|aux)|est connectee? (?:a|au|aux)|recupere (?:ses|les) donnees (?:de|du|des|depuis))\b")
_WHAT_FOR = lazy_compile(r"\b(?:to (?:provide|display|show|visuali[sz]e|help|monitor|track|offer|give|fetch|get|retrieve|load|collect|compute)|and (?:displays?|shows?|provides?|visuali[sz]es?)|"
                         r"in order to|so that|pour|afin de|et (?:affiche|presente|propose|permet|visualise)|permettant|qui (?:affiche|permet))\b")


def connector_only(text: str) -> bool:
    """The paragraph only says which service or database the project connects to, not what it does with it."""
    normed = norm(text)
    return bool(_CONNECTS.match(normed)) and not _WHAT_FOR.search(normed) and len(normed.split()) <= 40


# A requirement line ("**QGIS Minimum Version : 3.0**", "Version minimale de PostGIS : 2.4"): which version it needs, not what it does
_VERSION_LABEL = lazy_compile(r"\b(?:version|versions|minimum|maximum|minimale?|maximale?|requise?|required)\b")
_VERSION_VALUE = lazy_compile(r"\s*(?:[<>=~^]=?\s*)?v?\d+(?:\.[\dxX*]+)*\+?\s*")
# a "Versions :" value saying what it was tested or runs with ("testé sur Python 2.7 et Python 3.10", "Python 3.8+, PostgreSQL 14"; s45 fl45)
_TESTED_VERSIONS = lazy_compile(r"^(?:(?:teste|testee|testes|testees|tested|verifie|valide|validated|fonctionne|works|runs|compatible|requires?|requiert|necessite|supporte|supports?)\b(?: \w+){0,3}? )?"
                                r"(?:[a-z][\w.+-]* ){1,3}v?\d+(?: (?:\d+|x))*(?:(?: (?:et|and|ou|or|a|to))? (?:[a-z][\w.+-]* ){0,3}v?\d+(?: (?:\d+|x))*)*$")


def version_or_aside(text: str) -> bool:
    """The paragraph is a version requirement ("X Minimum Version : 3.0"), or an aside in parentheses of a few words
    ("(formerly known as: Mon Suivi Psy)", "(anciennement X)"): no description."""
    plain = re.sub(r"[*_`]", "", text).strip()
    label, colon, value = plain.partition(":")
    if colon and len(label.split()) <= 8 and _VERSION_LABEL.search(norm(label)) and (_VERSION_VALUE.fullmatch(value) or len(value.split()) <= 20 and bool(_TESTED_VERSIONS.match(norm(value)))):
        return True
    return plain.startswith("(") and plain.endswith(")") and plain.count("(") == 1 and len(plain.split()) <= 12


# A line that only gives the project another name ("a.k.a. SI reclamation", "alias X", "Also known as X", "Anciennement X", "ex-X"):
# a name, no description
_ALIAS = lazy_compile(r"^(?:a k a|aka|alias|also known as|also called|formerly(?: known as| called| named)?|anciennement(?: appelee?| nommee?)?|"
                      r"ex|aussi (?:appelee?|nommee?|connue? sous le nom (?:de|d))|egalement (?:appelee?|nommee?|connue? sous le nom (?:de|d))|"
                      r"connue? sous le nom (?:de|d))\b")
MAX_ALIAS_WORDS = 8


def alias_line(text: str) -> bool:
    """The paragraph only renames the project, in a few words ("a.k.a. SI reclamation")."""
    normed = norm(re.sub(r"[*_`()]", " ", text))
    return bool(_ALIAS.match(normed)) and len(normed.split()) <= MAX_ALIAS_WORDS


# "Label : value" pairs one after the other and nothing else ("Weight : 300 Grade : 0 Optical size : 24px Style : Rounded Type:
# Material Symbols"): settings or properties listed, no sentence saying what the project does. Only a colon a blank follows separates
# (not one in 10:30, https://…, plugin:@scope/name).
_PAIR_COLON = lazy_compile(r"[ \t]*:[ \t]+")
_SENTENCE_END = lazy_compile(r"[.!?;](?:\s|$)")
MAX_KEY_WORDS, MAX_PAIR_WORDS = 3, 6


def field_list(text: str) -> bool:
    """The paragraph is three or more "Label : value" pairs of a few words each, with no sentence among them and no describing label
    ("Description : …", "Objectif : …": header_lines reads those)."""
    parts = [p.strip() for p in _PAIR_COLON.split(re.sub(r"[*_`]", "", text)[:2000])]
    if len(parts) < 4 or any(_SENTENCE_END.search(p) for p in parts) or _DESCRIBING_LABEL.search(norm(text[:2000].replace(":", " colon "))):
        return False
    sizes = [len(p.split()) for p in parts]
    return 1 <= sizes[0] <= MAX_KEY_WORDS and all(2 <= n <= MAX_PAIR_WORDS for n in sizes[1:-1]) and 1 <= sizes[-1] <= MAX_PAIR_WORDS


_CODE_IN_CHAPTER = lazy_compile(r"^[ \t]*(?:```|~~~)|^(?: {4}|\t)[ \t]*\S|^[ \t]*\$ \S", re.M)


def description_chapter(blocks: list, i: int, title, body: str) -> bool:
    """The README's first chapter under its title, named by a run word ("## Run τ-Argus from R"), whose first paragraph says what the
    project is ("The *rtauargus* package provides an **R** interface for **τ-Argus**. It allows to: …") and which holds no code nor
    command: the project's description and features, not how to use it (its example comes later, "## Simple example")."""
    from auditor.facts.readme_cues import command_paragraph
    from auditor.facts.readme_forms import about_the_project

    if any(b.kind == "heading" and b is not title for b in blocks[:i]) or _CODE_IN_CHAPTER.search(body):
        return False
    first = next((b for b in blocks[i + 1:] if b.kind == "heading" or not b.badge_only), None)
    if first is None or first.kind == "heading" or command_paragraph(first.text):  # ("## Commands" over "hugo server -D --watch" under
        return False  # "# Hugo starter kit": the tool's name opens the command, which says how to run, not what the project is)
    words, name = norm(first.text).split(), norm(title.text).split()[:1] if title is not None else []
    return about_the_project(first.text) or bool(name and len(name[0]) >= 3 and name[0] in words[:4])


# "Example:" alone on its line, then a fenced block, in the README's opening part (under the title, before any chapter): how the
# project is called, its usage (a settings chapter's "**Exemple :**" over a settings block is no usage: it sits in that chapter)
# ("**As simple as**" then the client's calls, widged: the same, said as how little it takes)
_EXAMPLE_LABEL = lazy_compile(r"^[ \t]*(?:\*\*|__)?(?:exemples?|examples?|exemple d utilisation|usage example|example usage|(?:it s |c est )?(?:as simple as|aussi simple que)"
                              r"(?: (?:this|that|ceci|cela|ca))?)(?:\*\*|__)?[ \t]*[:.!]?[ \t]*(?:\*\*|__)?[ \t]*$", re.I)
_CLOSING_TAG = lazy_compile(r"^\s*</(?:div|p|center)>\s*$", re.I)


def opening_example(lines: list[str]) -> tuple[int, str] | None:
    """The line of an "Example:" label followed by a fenced block before the README's first chapter heading (a heading after the
    title, or a second level-1 heading), with that label."""
    headings = 0
    for i, line in enumerate(lines[:400]):
        if line.startswith("#"):
            headings += 1
            if headings > 1:
                return None
            continue
        if _EXAMPLE_LABEL.match(line.replace("'", " ")):
            nxt = next((x for x in lines[i + 1:i + 4] if x.strip() and not _CLOSING_TAG.match(x)), "")  # (past the "</div>" of a centred header)
            if nxt.lstrip().startswith(("```", "~~~")):
                return i + 1, line.strip()
    return None


# "The DroidWorks project includes a library, which …", "Ce projet fournit …": the project named as the subject of what it holds or does
_PROJECT_HOLDS = lazy_compile(r"^(?:the|this|le|ce|cet|notre|our) (?:[\w-]+ )?(?:project|projet|library|librairie|bibliotheque|tool|outil|toolkit|framework|"
                              r"software|logiciel|application)s? (?:includes|contains|provides|offers|comprend|contient|fournit|propose|regroupe)\b")


def usage_opening(blocks: list, title, heading_sections) -> list[int]:
    """With no title and no purpose chapter ("## Installation" first, then "## Usage"), the line of the first usage chapter whose first
    paragraph says what the project holds ("The DroidWorks project includes a library, … and several tools"): it describes the project
    (``heading_sections``: heading → sections)."""
    heads = [(i, b) for i, b in enumerate(blocks) if b.kind == "heading"]
    i, use = next(((i, b) for i, b in heads if "usage" in heading_sections(b.text)), (0, None)) if title is None else (0, None)
    if use is None or any((b.level or 1) <= (use.level or 1) and "purpose" in heading_sections(b.text) for _, b in heads):
        return []  # (a sub-chapter's "#### Summary" of a tool's commands is no purpose chapter of the project)
    first = next((b for b in blocks[i + 1:] if b.kind == "heading" or not b.badge_only), None)
    return [use.line] if first is not None and first.kind != "heading" and _PROJECT_HOLDS.match(norm(first.text)) else []
