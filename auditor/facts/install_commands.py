"""Install and run commands written in prose: the README's, and those of the documentation pages beside it (docs/dev.md's
``./mvnw clean compile spring-boot:run``); read by the ``install_recipes`` fact."""

from __future__ import annotations

import re

from auditor.facts.inventory import component_dirs, folder_word, is_doc
from auditor.facts.root_configs import _package_json
from auditor.lazyre import lazy_compile
from auditor.safejson import loads

# A command that installs, builds or starts the project, at the start of a line (after a shell prompt) or of an inline code span
# (`**Démarrer en local** : \`mvn clean package spring-boot:run\``), after environment assignments (`ENVIRONMENT=production
# docker-compose up -d`). Maven and Gradle only with a goal that builds, installs or runs (not `./mvnw license:format`).
_MVN_GOALS = r"(?:(?:clean|-[\w.=-]+)\s+)*(?:install|package|verify|compile|spring-boot:run|spring:run|jetty:run|tomcat7?:run|exec:java|archetype:generate)\b"
_GRADLE_TASKS = r"(?:(?:clean|-[\w.=-]+)\s+)*(?:build|bootRun|run|assemble|installDist|install)\b"
COMMANDS = lazy_compile(
    r"(?:^[^\S\n]*(?:(?:\$|>>?)\s*)?|`)(?:[A-Z][A-Z0-9_]*=\S+\s+)*"
    r"(npm (?:ci|install|i|run \w+|start)|yarn(?: install| dev| start| build)?|pnpm (?:i|install|dev|start)|pip install|poetry install|"
    r"uv (?:sync|run)|pipenv install|python (?:-m \w+|manage\.py \w+)|./manage\.py|docker(?:-| )compose (?:up|run|build)|"
    r"docker (?:build|run)|composer install|symfony (?:serve|server:start)|php bin/console|php [\w./\\-]+\.php\b|python3? [\w./-]+\.py\b|"
    r"make \w+|bundle (?:install|exec)|go (?:run|build)|cargo (?:run|build)|mix (?:deps\.get|phx\.server)|helm install|kubectl apply|"
    r"ansible-playbook|terraform (?:init|apply)|"
    rf"(?:\./)?mvnw?(?:\.cmd)? {_MVN_GOALS}|(?:\./)?gradlew? {_GRADLE_TASKS}|java -jar \S+|ant(?: (?:build|dist|jar|war|deploy|install|compile|clean))*[ \t]*$|"
    r"dotnet (?:run|build|publish)|xbuild\b|msbuild\b|dpkg(?:-buildpackage\b| -i)|debuild\b|apt(?:-get)? install \S+)", re.M)

# documentation pages that may hold the steps the README leaves out (docs/dev.md, doc/README.md), a bounded look
_DOC_PAGE = lazy_compile(r"^(?:docs?|documentation|wiki)/(?:[\w.-]+/)?[\w.-]+\.(?:md|rst|adoc|txt)$"
                         r"|^[\w.-]+/readme(?:[._-][\w.-]*)?\.(?:md|rst|txt)$"  # (and a part's README: transform/README.md's `pipenv install`)
                         r"|^(?:contributing|hacking|development|developpement)\.(?:md|rst|adoc|txt)$", re.I)  # (and the contributors' guide at the
# root, CONTRIBUTING.md's "Lancement de l'api: fastapi dev app/main.py": the commands to run a copy, where the README gives none)
# a guide of commands kept at the root under a name of its own (cmd.md's "# Prérequis": `python -m venv .env`, `pip install -r
# requirements.txt`, `py manage.py runserver`; commandes.md, COMMANDS.md, NOTES.md): the project's written steps too (issue 12, s36
# r36 = techsipnrun/autorisations), read after the pages above; not a README (read as such), a community or legal file (a
# changelog's upgrade note, a security policy's `pip install -U`), nor a coding assistant's playbook (AGENTS.md, CLAUDE.md: read
# only when nothing else is there)
# (by its name a page of steps: not any page at the root whose text holds a command of the project, such as a pre-commit guide's
# `python manage.py check` or a final report's `python scripts/security-audit.py`: s36 lead, after s36 = gestionsiteccsa/Gestion-CCSA)
_ROOT_PAGE = lazy_compile(r"^(?:cmds?|commands?|commandes?|install(?:ation|ing)?|setup|set[-_]up|getting[-_ ]?started|quick[-_ ]?start|"
                          r"d[ée]marrage|demarrer|deploy(?:ment|ing)?|d[ée]ploiement|usage|utilisation|run(?:ning)?|lancement|lancer|how[-_]?to|"
                          r"mode[-_]op[ée]ratoire|notes?|memo|m[ée]mo|aide[-_]m[ée]moire|cheat[-_]?sheet)(?:[-_.][\w.-]*)?\.(?:md|markdown|rst|adoc)$", re.I)
_AGENT_PAGE = lazy_compile(r"^(?:agents|claude|gemini|skill|copilot[-_]instructions)\.md$", re.I)
MAX_PAGES = 10
MAX_ROOT_PAGES = 5
MAX_PAGE_BYTES = 64 * 1024


_NEGATED = lazy_compile(r"\b(?:no|not|never|pas|sans|ni)\s*$", re.I)
# A command that runs the tests (`make start_tests`, `make tests`, `npm run test`, `python -m pytest`, `python manage.py test`): the
# test suite's run, under "## Running tests", not the project's installation
_TEST_RUN = lazy_compile(r"(?:^|[^a-z])(?:tests?|pytest|unittest|testing)(?:[^a-z]|$)", re.I)


# A command installing a tool by its name (`pip install pre-commit`, `npm install -g nodemon`, `apt install postgresql`) or making
# an empty environment (`python -m venv .env`): a step around the project, which neither installs nor runs it
_TOOL_STEP = lazy_compile(r"^(?:(?:pip3?|python3? -m pip|pipx|pipenv|poetry|uv pip) install (?!-r\b|-e\b|--requirement\b|--editable\b|\.(?:\s|\[|$))"
                          r"|(?:npm|pnpm) (?:i|install) (?:-g |--global )?[@\w]|yarn add\b|apt(?:-get)? install\b|python3? -m (?:venv|virtualenv)\b)")


# A command that only asks a program for its help or its version (`python main.py --help`, `java -jar app.jar -h`): how to read the
# options, under a "## Aide" heading, neither an install nor a run of the project (issue 12, s46 fi46 = remifroger/parsexml)
_HELP_ONLY = lazy_compile(r"[ \t](?:--help|-h|-\?|/\?|help|--version|-V)[ \t]*$")


def first_command(text: str, own: bool = False) -> tuple[int, str] | None:
    """``(line, command)`` of the first install, build or run command in ``text`` (``own``: one that installs, builds or runs the
    project itself, no tool's install by its name)."""
    # (not a command named to say it is not run: "does not deploy (no `helm template`, no `helm install`)")
    for m in COMMANDS.finditer(text or ""):
        if _NEGATED.search(text, max(0, m.start() - 12), m.start()) or _TEST_RUN.search(m.group(1)):
            continue
        rest = re.match(r"[^`\n]*", text[m.start(1):m.start(1) + 120]).group(0)  # the whole command, to the end of its span or line
        if own and _TOOL_STEP.match(rest.strip()) or _HELP_ONLY.search(rest.strip()):
            continue
        return text.count("\n", 0, m.start(1)) + 1, rest.strip()
    return None


def command_pages(snap, paths: list[str]) -> list[list]:
    """``[path, line, command]`` for the documentation pages (docs/, doc/: the first ten in sorted order, 64 KB each) whose text
    gives an install, build or run command: the project's developer guide, which the README may not name as such."""
    from auditor.facts.inventory import COMMUNITY, community_kind
    from auditor.facts.readme_templates import team_text, template_page

    out = []
    # (not a changelog, whose "pip install -r requirements.txt" is a version's upgrade note; and a part's README without the chapters
    # a framework's template wrote in it — Vue CLI's frontend/README.md, "Project setup: npm install", "See Configuration Reference" —:
    # the framework's generic steps, not the project's; issue 12, s35 r35 = PnCevennes/app_oeasc)
    pages = sorted(p for p in paths if _DOC_PAGE.match(p) and not COMMUNITY["changelog"].match(p.rsplit("/", 1)[-1]))[:MAX_PAGES]
    extra = sorted(p for p in paths if _ROOT_PAGE.match(p) and not _DOC_PAGE.match(p) and community_kind(p) is None
                   and not _AGENT_PAGE.match(p))[:MAX_ROOT_PAGES]
    for p in pages + extra:
        text = snap.read_text(p, limit=MAX_PAGE_BYTES) or ""
        # (a root page of its own name counts by a command of the project's: PRE_COMMIT_GUIDE.md's `pip install pre-commit` installs a
        # developer's tool, cmd.md's `pip install -r requirements.txt` the project)
        hit = None if template_page(p, text) else first_command(team_text(p, text), own=p in extra)
        if hit:
            out.append([p, hit[0], hit[1]])
    return out


_SQL_COMMENTS = lazy_compile(r"/\*(?:(?!/\*).)*?\*/|--[^\n]*", re.S)


def linked_script_is_live(snap, doc_path: str, target: str) -> bool:
    """A script a document links to (``[script](sql/igeo_public.sql)``) exists in the repository and holds more than comments
    (not a to-do stub marked "(à faire)" whose lines are all comments): only then is the link a step to run."""
    import posixpath

    if re.match(r"[a-z]+://", target):  # (an address: the script may well be there, nothing here tells)
        return True
    base = posixpath.dirname(doc_path or "")
    path = posixpath.normpath(target.lstrip("/") if target.startswith("/") else posixpath.join(base, target)).split("#")[0]
    if path.startswith("../") or path not in snap.files:
        return False
    text = snap.read_text(path, limit=MAX_PAGE_BYTES) or ""
    return not path.lower().endswith(".sql") or bool(_SQL_COMMENTS.sub("", text).strip())


_CLONE = lazy_compile(r"\bgit clone\b[^\n]*?[/:]([\w.-]+?)(?:\.git)?/?[ \t]*$|^[ \t]*\./configure\b()", re.M)


# a system package manager installing tools (sudo apt install gdal-bin, brew install gdal, conda install -c conda-forge gdal), and the
# commands that build or serve a site (its generator, its package manager's scripts)
_SYSTEM_INSTALL = lazy_compile(r"^[ \t$>]*(?:sudo[ \t]+)?(?:apt(?:-get)?|yum|dnf|zypper|pacman|brew|choco|winget|conda|mamba)[ \t]+(?:-\S+[ \t]+)*(?:install|-S)\b", re.M)
_SITE_BUILD = lazy_compile(r"\b(?:mkdocs|hugo|jekyll|bundle[ \t]+exec|npm|yarn|pnpm|sphinx-build|make[ \t]+html|docusaurus|eleventy|gatsby|astro|quarto)\b")


# a site generator's command that builds or publishes the site, with the configuration it reads in this repository: a page giving
# it (`mkdocs gh-deploy` beside the repository's mkdocs.yml) says how to publish this site, whatever else it installs or clones
_OWN_GENERATORS = (
    (lazy_compile(r"\bmkdocs[ \t]+(?:build|gh-deploy|serve)\b"), ("mkdocs.yml", "mkdocs.yaml")),
    (lazy_compile(r"\bzensical[ \t]+(?:build|serve)\b"), ("zensical.toml",)),
    (lazy_compile(r"\bhugo(?:[ \t]+(?:server|build|deploy|--\w+)|[ \t]*$)", re.M), ("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml")),
    (lazy_compile(r"\bjekyll[ \t]+(?:build|serve)\b"), ("_config.yml", "_config.yaml")),
    (lazy_compile(r"\bsphinx-build\b|\bmake[ \t]+html\b"), ("conf.py",)),
    (lazy_compile(r"\bquarto[ \t]+(?:render|publish|preview)\b"), ("_quarto.yml", "_quarto.yaml")),
)


def builds_own_site(text: str, names: set[str]) -> bool:
    """The page gives the command of a site generator whose configuration (one of ``names``, the repository's file names) is here."""
    return any(cmd.search(text) and any(n in names for n in configs) for cmd, configs in _OWN_GENERATORS)


def other_software_guides(ctx, files) -> list[str]:
    """Prose pages (Markdown, reStructuredText; at most one folder down, the first 40, 64 KB each) whose commands install other
    software: cloning another repository than this one and never this one, building sources with ./configure (how a team
    installed geOrchestra and GDAL: a documentation site's subject, not how to run this repository), or installing system
    packages with no command that builds or serves a site (a geomatics course's "Installer GDAL dans Ubuntu / WSL": sudo apt
    install gdal-bin)."""
    own = (getattr(getattr(ctx, "target", None), "name", None) or "").lower()
    names = {e.path.rsplit("/", 1)[-1] for e in files if e.path.count("/") <= 1}  # (the generators' configurations: root or docs/)
    out = []
    for p in sorted(e.path for e in files if e.ext in ("md", "rst") and e.path.count("/") <= 1)[:40]:
        text = ctx.snapshot.read_text(p, limit=64 * 1024) or ""
        if builds_own_site(text, names):  # (a trainee's page: install Git, clone "votre-repo", then publish with mkdocs gh-deploy;
            continue                       # issue 12, s45 ff45 = Tristan14123/cpgeom_doc)
        hits = [m.group(1) for m in _CLONE.finditer(text)]
        if hits and own not in {h.lower() for h in hits if h} or _SYSTEM_INSTALL.search(text) and not _SITE_BUILD.search(text):
            out.append(p)
    return out


# The task runner of one part of the project when the root has none: a module's package.json whose scripts start or build
# it (an API's package.json "start" beside five other Node modules), a Makefile in the folder of the code (an openFrameworks
# app's Makefile one folder down: make, make RunRelease).
MAX_PACKAGES = 20
MAKEFILES = ("Makefile", "GNUmakefile", "makefile", "Justfile", "justfile")
# folders whose Makefile builds no part of the project: examples, samples, a documentation site (docs/Makefile is Sphinx's)
NOT_PARTS = {"example", "examples", "exemple", "exemples", "sample", "samples", "demo", "demos", "doc", "docs", "sphinx", "latex"}


def component_task_runner(snap, files: list) -> str | None:
    """The first, shallowest then by path, of a component's package.json with run scripts, else of a Makefile one folder down."""
    comps = component_dirs(files)
    packages = sorted((e.path for e in files if e.name == "package.json" and e.dir in comps), key=lambda p: (p.count("/"), p))
    for path in packages[:MAX_PACKAGES]:
        if _package_json(snap.read_text(path, limit=1_000_000))["run_scripts"]:
            return path
    makefiles = sorted(e.path for e in files if e.name in MAKEFILES and e.dir and "/" not in e.dir
                       and folder_word(e.dir) not in NOT_PARTS and not is_doc(e.path))
    return makefiles[0] if makefiles else None


_FROM = lazy_compile(r"^[^\S\n]*FROM[^\S\n]+\S", re.M | re.I)
# a CMake or Meson build making a program or a library, or installing files (add_executable, install(TARGETS …), executable())
_NATIVE_BUILD = lazy_compile(r"^[^\S\n]*(?:add_executable|add_library|add_subdirectory|install|executable|shared_library|static_library|library)[^\S\n]*\(", re.M | re.I)


# a qmake project's own variables, at a line's start ("QT += core gui", "TEMPLATE = app"), or C++ sources it builds (not PyQt's
# pylupdate project of a QGIS plugin, "SOURCES = ../plugin.py", "TRANSLATIONS = i18n/fr.ts": the translations' list)
_QMAKE = lazy_compile(r"^[ \t]*(?:QT|TEMPLATE|SUBDIRS)[ \t]*[+*-]?=|^[ \t]*(?:SOURCES|HEADERS)[ \t]*[+*-]?=[^\n]{0,200}?\.(?:cpp|cxx|cc|c|h|hpp)\b", re.M)


def is_recipe(snap, name: str, path: str) -> bool:
    """A recipe file named like one is one only when it reads as text (a Dockerfile of random bytes builds nothing), and a
    container recipe only when it names its base image (FROM). A file the snapshot cannot read (over the cap, missing from the
    clone) is told by its name alone."""
    data = snap.read_bytes(path, limit=snap.max_blob)
    if data is None:
        return True
    if b"\x00" in data[:8000]:
        return False
    if name == "paas" and path == "app.json":
        return not _mobile_app_config(data)
    if name == "build-tool" and path.rsplit("/", 1)[-1] in ("CMakeLists.txt", "meson.build"):  # (one that builds or installs a target)
        return bool(_NATIVE_BUILD.search(data[:256 * 1024].decode("utf-8", "replace")))
    if name == "build-tool" and path.endswith(".pro"):  # a qmake project sets its sources or its Qt modules (not IDL's .pro programs)
        return bool(_QMAKE.search(data[:256 * 1024].decode("utf-8", "replace")))
    if path.endswith(".spec") and name in ("build-tool", "system-package"):  # (PyInstaller's freezing recipe, or an RPM spec)
        return (name == "build-tool") == bool(_PYINSTALLER_SPEC.search(data[:256 * 1024].decode("utf-8", "replace")))
    return name != "container" or bool(_FROM.search(data[:256 * 1024].decode("utf-8", "replace")))


# PyInstaller's .spec file: Python building the analysis of the entry script and the executable (pyinstaller.org, "Using Spec Files")
_PYINSTALLER_SPEC = lazy_compile(r"(?m)^[ \t]*[\w]+[ \t]*=[ \t]*Analysis[ \t]*\(|^[ \t]*(?:from|import)[ \t]+PyInstaller\b")


# a PaaS app manifest's keys (Heroku's and Scalingo's app.json: env, buildpacks, formation, addons, scripts.postdeploy…)
_PAAS_KEYS = {"env", "buildpacks", "formation", "addons", "scripts", "stack", "image", "environments", "success_url"}


def _mobile_app_config(data: bytes) -> bool:
    """An app.json that configures a mobile app, not a platform's deployment: Expo's (`{"expo": {…}}`) or React Native's
    (`{"name": …, "displayName": …}` and no key of a PaaS manifest)."""
    try:
        doc = loads(data[:256 * 1024].decode("utf-8", "replace"))
    except ValueError:
        return False
    return isinstance(doc, dict) and ("expo" in doc or ("displayName" in doc and not _PAAS_KEYS & set(doc)))


# A Maven site's xdoc page whose section is the installation ("<section name=\"Installation\">" in src/site/fr/xdoc/configuration.xml
# of a Lutece module: unzip the binary distribution into a webapp holding the core, or add the dependencies and build): an install
# document, whatever the page's name
_XDOC_PAGE = lazy_compile(r"(?:^|/)src/site/(?:[\w-]+/)?xdoc/(?:[\w-]+/)?[\w.-]+\.xml$")
_XDOC_INSTALL = lazy_compile(r"<(?:section|subsection)\s+name\s*=\s*[\"'](?:installation|install|installer|installing|d[ée]ploiement|deployment"
                             r"|mise en place|mise en (?:oe|œ)uvre|getting started|d[ée]marrage)\b", re.I)


def site_install_pages(snap, paths: list[str]) -> list[str]:
    """The xdoc pages of a Maven site that hold an installation section (see above): at most :data:`MAX_PAGES`, in path order."""
    pages = sorted(p for p in paths if _XDOC_PAGE.search(p))[:MAX_PAGES]
    return [p for p in pages if _XDOC_INSTALL.search(snap.read_text(p, limit=MAX_PAGE_BYTES) or "")]


MAX_CONTENT_PAGES = 20
# a page that speaks of installing or running something: an install command, a server, a container, a deployment
_SPEAKS_OF_INSTALL = lazy_compile(r"\b(?:install\w*|d[ée]ploi\w*|d[ée]ploy\w*|deploy\w*|docker|serveur|server|npm|pip|composer|git clone|"
                                  r"configur\w*|mise en (?:production|service)|h[ée]berg\w*|hosting|setup)\b|```", re.I)


def content_pages_named_like_guides(snap, paths: list[str]) -> set[str]:
    """The pages of a site's content collection (``src/content/entreprises/exploitation-forestiere-schmitt.md``, ``content/…``: a
    folder of entries the site renders, each opening on its front matter) whose names only look like an install or operations
    guide (a forestry business, "exploitation forestière"): their text never speaks of installing, deploying or a server. A
    Hugo documentation site's content/docs/installation.md does, and stays an install document. At most
    :data:`MAX_CONTENT_PAGES` pages read, 64 KB each."""
    pages = sorted(p for p in paths if "content" in p.split("/")[:-1])[:MAX_CONTENT_PAGES]
    out = set()
    for p in pages:
        text = snap.read_text(p, limit=64 * 1024) or ""
        if text.lstrip("\ufeff").startswith("---") and not _SPEAKS_OF_INSTALL.search(text):
            out.add(p)
    return out


MAX_OTHER_READMES = 10
OTHER_README = lazy_compile(r"^(?:readme|lisez[-_]?moi)(?:[._-][\w.-]*)?\.(?:md|markdown|rst|adoc|txt)$|^(?:readme|lisez[-_]?moi)$", re.I)
# an other README named after an installation or a guide (README_guideDP.md, README_install.md): read first, within the bound
_GUIDE_NAMED = lazy_compile(r"install|setup|guide|deploy|d[ée]ploi|d[ée]marr|getting[-_ ]?started|quick[-_ ]?start", re.I)
# a row of a table (a Markdown "| `git clone URL` | … |" row, a pasted glossary's tab-separated "Term<TAB>Definition" row): an entry
# of a reference table, no install step (issue 12, s45 fa45 = Castelli-hib/Dossier-Professionnel-DRH's glossary row "VPS Debian +
# Nginx … production")
_TABLE_ROW = lazy_compile(r"^\s*\|.*\|\s*$|\S[ ]*\t[\t ]*\S")


def _table_row(text: str, line: int) -> bool:
    lines = text.splitlines()
    return 0 < line <= len(lines) and bool(_TABLE_ROW.search(lines[line - 1]))


def other_readme_installs(snap, files, readme_path: str | None, agents: tuple = ()) -> list[list]:
    """``[path, line, text]`` of the installation (or deployment) chapter of the other READMEs: a second README at the root
    (README_sviewer.md, the upstream's, whose "Quick start" says what to copy and edit), and the README of each top-level part
    (nuage-de-mots/README.md, a widget's: "3. Ajouter une vue avec l'URL personnalisée du widget"). Read as the README is
    (:func:`auditor.facts.readme.analyse`), the first :data:`MAX_OTHER_READMES` in sorted order (those named after an
    installation or a guide first), each up to the README's bound. A chapter under a heading before a sentence found in the text;
    a sentence or a step on a table's row (a glossary's entry, a command reference's) is none: a README holding only such rows
    gives no install chapter."""
    from auditor.facts.document import MAX_README_BYTES
    from auditor.facts.readme import analyse
    from auditor.facts.imperative_steps import imperative_steps

    paths = sorted(e.path for e in files if e.path != readme_path and e.path.count("/") <= 1 and OTHER_README.match(e.name)
                   and not e.path.startswith(agents) and not (readme_path and "/" not in readme_path and e.path.lower() == readme_path.lower()))
    out = []
    order = sorted(paths, key=lambda p: (p.count("/"), not _GUIDE_NAMED.search(p.rsplit("/", 1)[-1]), p))[:MAX_OTHER_READMES]
    for path in sorted(order, key=lambda p: (p.count("/"), p)):
        text = snap.read_text(path, limit=MAX_README_BYTES)
        if not text:
            continue
        found = analyse(text, path, snap.files)
        secs = [d for d in found["section_details"] if d["name"] in ("install", "deployment")
                and not (d["via"] == "heading" and style_build_chapter(d["text"], chapter_lines(text, found["headings"], d["line"])))
                and not (d["via"] != "heading" and _table_row(text, d["line"]))]
        sec = next((d for d in secs if d["via"] == "heading"), None) or next(iter(secs), None)
        if sec:
            out.append([path, sec["line"], sec["text"][:160]])
        elif not found["headings"] and (steps := imperative_steps(text)) and not _table_row(text, steps[0]):  # (a part's readme of steps, no heading: s42 fn42)
            out.append([path, *steps])
    return out


# A part's developers' chapter that only compiles its style sheets ("## Development." then "### CSS compilation.": "install sass",
# `sass scss/style.scss css/style.css`): the part's maintainers rebuild the committed CSS, nobody installs the project by it
_STYLE_COMPILER = lazy_compile(r"^(?:\$\s*)?(?:npx\s+)?(?:sass|sassc|node-sass|lessc|stylus|postcss|compass\s+(?:compile|watch)|"
                               r"(?:npm\s+run|yarn|pnpm)\s+(?:build[:-])?(?:css|s[ac]ss|less|styles?)\b|gulp\s+(?:css|s[ac]ss|less|styles?)\b|"
                               r"(?:npm\s+(?:install|i)|yarn\s+global\s+add|gem\s+install)\s+(?:-g\s+|--global\s+)?(?:sass|node-sass|less|stylus|compass)\s*$)")
_INSTALL_NAMED = lazy_compile(r"\b(?:install\w*|setup|set up|deploy\w*|deploiement|mise en place|getting started|demarrage|quick ?start)\b")
_CODE_SPAN = lazy_compile(r"`([^`\n]+)`")


def chapter_lines(text: str, headings: list[dict], line: int) -> str:
    """The text of the chapter whose heading is on ``line`` (its sub-chapters too), up to the next heading of its level or higher."""
    level = next((h.get("level") or 1 for h in headings if h.get("line") == line), 1)
    end = next((h["line"] for h in headings if h.get("line", 0) > line and (h.get("level") or 1) <= level), None)
    return "\n".join(text.splitlines()[line:(end - 1) if end else None])


def style_build_chapter(heading: str, body: str) -> bool:
    """A chapter not named an installation whose commands (code spans, fenced blocks: one at least) only compile style sheets
    (sass, lessc, postcss, `npm run build:css`) or install their compiler (see above)."""
    from auditor.facts.document import norm

    if _INSTALL_NAMED.search(norm(heading)):
        return False
    parts = _chapter_commands(body[:20000])
    return bool(parts) and all(_STYLE_COMPILER.search(p) for p in parts)


def _chapter_commands(head: str, prose: str | None = None) -> list[str]:
    """The commands of a chapter's text: each line of its fenced blocks and each code span of its prose (``prose``: the text without
    its fences, when the caller has it), split at ``&&``, ``;`` and ``||``, comments left out."""
    from auditor.facts.readme_uses import _FENCED_BLOCK as _FENCE  # (the README's own fence pattern, linear on unclosed fences)

    commands = [c for block in _FENCE.findall(head) for c in block.splitlines()] + _CODE_SPAN.findall(_FENCE.sub("", head) if prose is None else prose)
    return [p.strip() for c in commands for p in re.split(r"&&|;|\|\|", c) if p.strip() and not p.strip().startswith("#")]


# a command of a workstation's set-up: a tool installed for the whole machine, a sign-in to a platform, the git remote wired
_TOOL_SETUP = lazy_compile(r"^(?:sudo\s+)?(?:(?:npm|pnpm)\s+(?:install|i)\s+(?:-g|--global)\b|yarn\s+global\s+add\b|pipx?3?\s+install\b|"
                           r"(?:brew|apt|apt-get|gem|choco|winget|scoop)\s+install\b|git\s+(?:remote|push|pull|init|config|fetch)\b|"
                           r"[\w.\\/-]+\s+(?:auth\s+)?login\b)", re.I)
# a settings file or a variable named in the chapter's text ("edit config.json", "set API_KEY"), outside its commands (not Node.js)
_SETTING_NAMED = lazy_compile(r"[\w-](?<![Nn]ode)(?<![Vv]ue)(?<![Nn]ext)(?<![Nn]uxt)\.(?:env|json|ya?ml|ini|toml|conf|cfg|properties|xml|php|py|js|ts)\b|(?<![\w.])\.env\b|\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b")


def tool_setup_chapter(body: str) -> bool:
    """A chapter (a README's "## Configuration initiale") whose commands, one at least, only set up the developer's workstation —
    install a tool for the whole machine (``npm install -g @google/clasp``), sign in to a platform (``clasp login``), wire the git
    remote — and whose text names no settings file nor variable: no setting of the project is described there."""
    from auditor.facts.readme_uses import _FENCED_BLOCK as _FENCE

    head = body[:20000]
    prose = _FENCE.sub("", head)
    parts = _chapter_commands(head, prose)
    return bool(parts) and all(_TOOL_SETUP.search(p) for p in parts) and not _SETTING_NAMED.search(_CODE_SPAN.sub("", prose))


_SCRIPT_NAME = lazy_compile(r"\.(?:bat|cmd|sh|ps1|py|r|pl)$", re.I)


def script_folder_guides(snap, files, readme_path: str | None, agents: tuple = ()) -> dict:
    """The README of a folder of scripts (sous_echantillonnage/README.md beside gdal_zipva.bat), one folder down, read as the README is:
    ``{"usage": [[path, line, text]], "configuration": [path]}``, the chapter saying how the scripts are run ("#### Chaine opératoire":
    "un fichier bat à exécuter en ligne de commande") and the READMEs telling which values to edit in them ("il convient de modifier le
    fichier gdal_zipva.bat comme il suit :"). The first :data:`MAX_OTHER_READMES` such READMEs in sorted order, each up to the
    README's bound (s25 l25: meldig/raste_process, whose root README is its title only)."""
    from auditor.facts.document import MAX_README_BYTES
    from auditor.facts.readme import analyse

    scripts = {e.path.rsplit("/", 1)[0] for e in files if e.path.count("/") == 1 and _SCRIPT_NAME.search(e.name)}
    paths = sorted(e.path for e in files if e.path != readme_path and e.path.count("/") == 1 and OTHER_README.match(e.name)
                   and e.path.rsplit("/", 1)[0] in scripts and not e.path.startswith(agents))[:MAX_OTHER_READMES]
    out: dict = {"usage": [], "configuration": []}
    for path in paths:
        text = snap.read_text(path, limit=MAX_README_BYTES)
        if not text:
            continue
        details = analyse(text, path, snap.files)["section_details"]
        out["usage"] += [[path, d["line"], d["text"][:160]] for d in details if d["name"] == "usage"][:1]
        out["configuration"] += [path] if any(d["name"] == "configuration" for d in details) else []
    return out
