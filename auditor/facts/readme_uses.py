"""README chapters and sentences that give a section by what they show, not by a heading's word (the ``readme`` fact):
- a chapter of route tables (``| Method | Route | Request body | Response``, rows ``| GET | /:layer/files/:filename |``): how to
  call the API, its usage ("## Routes");
- numbered steps of a graphical interface ("1. Click *Add row* to create a new entry", "2. Cochez la case …"): how the tool is
  used, when no step installs it ("#### Adding an entry" of a QGIS plugin's dialog);
- numbered steps that run the project's script ("4. Run the script" over ``npm run csv-to-cboard``): its usage ("## From Google
  drive" of an import script), not when the command installs, tests, builds or starts a development copy;
- a sentence on the production web server ("For production purpose you should change your .htaccess and your vhost to serve your
  api (on apache or nginx)"): the deployment;
- a sentence saying with which parameters or files a part can be (or will be) configured ("The Map can be configure with 4
  parameters :", "The daemons will be configured with files provided in the templates directory") or where they are changed ("the default parameters can be changed in the `app.config.json` file"): the configuration;
- a chapter refreshing the running service's data ("# Mise à jour data openstreetmap" over ``docker-compose exec db bash`` and the
  update command, "# Mise à jour du cache" over the seeding command): the service operated, its usage."""

from __future__ import annotations

import re

from auditor.facts.document import norm
from auditor.facts.readme_served import served_run  # noqa: F401 (re-exported: readme.py's import line is full)
from auditor.facts.readme_task_calls import task_calls  # noqa: F401 (re-exported: readme.py's import line is full)
from auditor.lazyre import lazy_compile

_TABLE_ROW = lazy_compile(r"^[^\S\n]*\|?[^\n|]{0,200}\|[^\n]{0,2000}$")
_METHOD_CELL = frozenset({"method", "methode", "methods", "methodes", "verb", "verbe", "http method", "methode http", "http"})
_ROUTE_CELL = frozenset({"route", "routes", "endpoint", "endpoints", "end point", "path", "chemin", "url", "uri", "resource", "ressource"})
_HTTP_VERB = frozenset({"get", "post", "put", "patch", "delete", "head", "options"})


def _cells(row: str) -> list[str]:
    return [norm(c) for c in row.strip().strip("|").split("|")]


def route_tables(body: str) -> bool:
    """The chapter holds a table of the API's routes: a header with a method column and a route (path, endpoint, URL) column, and
    a row whose method cell is an HTTP verb and whose route cell is a path (``/ping``, ``/:layer/files/``)."""
    rows = [ln for ln in body[:50000].splitlines()[:2000] if _TABLE_ROW.match(ln)]
    for k, row in enumerate(rows):
        head = _cells(row)
        method = next((j for j, c in enumerate(head) if c in _METHOD_CELL), None)
        route = next((j for j, c in enumerate(head) if c in _ROUTE_CELL), None)
        if method is None or route is None:
            continue
        for nxt in rows[k + 1:k + 60]:
            raw = [c.strip().strip("`*_ ") for c in nxt.strip().strip("|").split("|")]
            if len(raw) > max(method, route) and norm(raw[method]) in _HTTP_VERB and raw[route].strip("`*_ ").startswith("/"):
                return True
    return False


# a numbered step: "1. Click …", "2) Cochez …" (its text, group 1)
_STEP = lazy_compile(r"^[^\S\n]{0,6}\d{1,2}[.)][^\S\n]+(\S[^\n]{0,400})", re.M)
# acting on a graphical interface: "Click *Add row*", "Cliquez sur …", "Tick the checkbox", "Glissez la couche"
# (a click, a tick or a drag: "choose", "select" or "add" alone also lead a procedure's steps, "1. Choose and provide licenses")
_UI_ACTION = lazy_compile(r"^(?:\W{0,3})(?:click|clicking|double click|right click|cliquez|cliquer|clic|double cliquez|clic droit|tick|cochez|cocher|"
                          r"decochez|decocher|untick|drag|glissez|glisser)\b")
# steps that install or set up the tool, or a third party's account, not use it
_DOWNLOAD = lazy_compile(r"\b(?:download\w*|telecharg\w*|zip)\b")  # (a program's download, in an interface's steps; a run's input data may be downloaded)
_SETUP_WORDS = lazy_compile(r"\b(?:install\w*|desinstall\w*|uninstall\w*|extension manager|gestionnaire d extensions|manage and install|"
                            r"clone|fork|pull request|merge request|token|jeton|api key|cle d api|secret|callback|"
                            r"client id|oauth|sign up|s inscrire|create an account|creer un compte|register|enregistr\w*)\b")


def _steps(own: str) -> list[str]:
    return [norm(m.group(1)) for m in _STEP.finditer(own[:20000])][:100]


def interface_steps(own: str) -> bool:
    """The chapter's own text is numbered steps (two or more) acting on a graphical interface, none installing the tool or setting
    up an account: how the tool is used."""
    steps = _steps(own)
    return len(steps) >= 2 and any(_UI_ACTION.search(s) for s in steps) and not any(_SETUP_WORDS.search(s) or _DOWNLOAD.search(s) for s in steps)


# A picture of the interface (Markdown's or HTML's) and what the user does in it, in prose ("il suffit d'indiquer le dossier d'export et de
# rentrer les informations de connexion", "sélectionnez-la à l'aide du menu", "click the Export button")
_PICTURE = lazy_compile(r"!\[[^\]\n]*\]\([^)\s]+\)|<img\b", re.I)
_UI_PROSE = lazy_compile(r"\b(?:il suffit (?:simplement )?d|(?:a l aide|au moyen|depuis|dans|via) (?:du|le) menu|le menu|selectionn\w*|cliqu\w*|"
                         r"bouton|onglet|fenetre|click\w*|(?:from|in|using) the menu|button|tab)\b")


def screenshot_steps(own: str) -> bool:
    """The chapter's own text shows the interface (a screenshot) and says what the user does in it (see above): a feature's walk-through,
    how the tool is used (a QGIS plugin's "## Passages en production", "## Imports en Développement", each a screenshot and "il suffit
    de…", issue 12, s31 e31), not an installation (no install, download or account step)."""
    head = _FENCED_BLOCK.sub(" ", own[:20000])  # (not a code block's words: a CMS schema's "dans le menu de navigation")
    said = norm(_PICTURE.sub(" ", head))
    return bool(_PICTURE.search(head)) and bool(_UI_PROSE.search(said)) and not (_SETUP_WORDS.search(said) or _DOWNLOAD.search(said))


# "Run the script", "Lancez la commande", "Exécuter le programme": a step that runs the project
_UNPACK = lazy_compile(r"\b(?:dezip\w*|unzip\w*|decompress\w*|desarchiv\w*)\b")
# a step setting up the copy: the database's migrations or seeds, a build ("4. Exécutez les migrations … `node ace migration:run`")
_SET_UP_STEP = lazy_compile(r"\b(?:migrations?|migrate|seeds?|seeders?|schemas?|builds?|compil\w*|dumps?)\b")
_RUN_STEP = lazy_compile(r"^(?:\W{0,3})(?:run|execute|lancer|lancez|executer|executez|launch)\b")
_COMMAND = lazy_compile(r"^[^\S\n]{0,8}(?:\$[^\S\n]{1,4})?(?:npm run|yarn|pnpm|npx|node|python3?|php|rscript|bash|sh|clj|clojure|lein|java|\./)[^\S\n]{0,4}\S[^\n]{0,300}", re.M | re.I)


def run_steps(own: str, install_command, test_runner, dev_task, local_run, min_steps: int = 3) -> bool:
    """The chapter's own text is numbered steps (three or more), no development copy (localhost, a dev server), no step unpacking an
    archive or installing (two steps under a heading naming what the run makes, ``min_steps``), and a step that says to run something (not migrations, seeds, a build or a dump) with, in its text or
    right under it, a command that neither installs the project, runs its tests or a developers'
    task, nor starts a development copy: the project's use (an import script's procedure)."""
    steps, head = _steps(own), own[:20000]
    if len(steps) < min_steps or local_run.search(head) or any(_SETUP_WORDS.search(s) or _UNPACK.search(s) for s in steps):
        return False
    starts = [m.start() for m in _STEP.finditer(head)][:100] + [len(head)]
    for k, m in enumerate(_STEP.finditer(head)):
        if k >= 100 or not _RUN_STEP.search(norm(m.group(1))) or _SET_UP_STEP.search(norm(m.group(1))):
            continue
        part = head[m.start():starts[k + 1]].replace("`", "\n")  # (the step and what follows it up to the next step)
        if any(not (install_command.search(c) or test_runner.search(c) or dev_task.search(norm(c)) or local_run.search(c))
               for c in (x.group(0).strip() for x in _COMMAND.finditer(part))):
            return True
    return False


def own_text(lines: list[str], blocks: list, i: int) -> str:
    """The text under the heading ``blocks[i]`` up to the next heading of any level."""
    end = next((b.line for b in blocks[i + 1:] if b.kind == "heading" and b.line), len(lines) + 1)
    return "\n".join(lines[(blocks[i].line or 0): end - 1])


# the run the project performs, presented step by step ("## Description of the process" over "### Importing LCA databases": `just
# import-all`, "### Adding custom processes"; "## Description des Workflows"): what one does with it, not what the project is
PROCESS_RUN = lazy_compile(r"(?:the |le |la |les |l )?(?:process|processus|procedures?|traitements?|workflows?|chaine de traitement|data pipeline|pipeline de donnees)")
_PROCESS_HEADING = lazy_compile(r"^(?:description|presentation|overview) (?:de la |du |des |de l |de |d |of the |of )(.+)$")
# a command line of a code block, indented or fenced ("    just import-all", "uv run jupyter lab"); not a JSON or a prose line
_CODE_COMMAND = lazy_compile(r"^(?: {4}|\t)[^\S\n]*(?:\$[^\S\n]+)?[a-z][\w.-]{0,30}[^\S\n]+[\w.:/-][^\n]{0,200}$", re.M)
_FENCE = lazy_compile(r"^[^\S\n]{0,3}(?:```|~~~)[^\n]*\n[^\S\n]*(?:\$[^\S\n]+)?[a-z][\w.-]{0,30}[^\S\n]+[\w.:/-][^\n]{0,200}$", re.M)


def process_chapter(heading: str, body: str) -> bool:
    """The chapter (``heading`` normalised, ``body`` with its sub-chapters) presents the project's process and runs it with a command
    ("## Description of the process" … ``just import-all``): its usage. Without a command ("## Description des Workflows" listing the
    stages), no section."""
    m = _PROCESS_HEADING.match(heading)
    return bool(m and PROCESS_RUN.fullmatch(m.group(1)) and (_CODE_COMMAND.search(body[:20000]) or _FENCE.search(body[:20000])))


# a chapter stating the project's aims ("Ce projet a pour objectif :", "The goal is to …")
_AIMS = lazy_compile(r"\b(?:objectifs?|a pour but|ont pour but|vise a|visent a|aims?|goals?|purpose|finalites?)\b")
_CODE_OR_LINK = lazy_compile(r"`|^(?: {4}|\t)\S|\]\(|https?://|<a\b", re.M)


def aims_only(body: str) -> bool:
    """The chapter (``body``) states the project's aims, with no command, code or link: under a heading naming both aims and uses
    ("## Objectifs et usages" over "Ce projet a pour objectif : + D'introduire … + De proposer une méthode …"), what it is for, not
    how to use it."""
    return bool(_AIMS.search(norm(body[:6000]))) and not _CODE_OR_LINK.search(body[:6000])


# the project said to be a test suite or a test framework ("Ce projet présente le **framework de test BDD pour Cypress** utilisé par
# l'équipe"): running its tests is its use, not a developer's task
_TEST_SUITE = lazy_compile(r"\b(?:ce projet|this project|ce depot|this repository|ce repo|ce code)\b(?: \w+){0,6}? (?:(?:le |la |un |une |a |the )?(?:framework de tests?|test framework|"
                           r"testing framework|suite de tests?|test suite|tests? (?:e2e|end to end|de bout en bout|automatises))\b)")
# a line (table row, item, code) running a script of the tests ("| `yarn cy:run` | Exécuter les tests en ligne de commandes |")
_TEST_RUN_LINE = lazy_compile(r"(?:npm run|yarn|pnpm|npx)[^\S\n]+[\w:.-]*(?:test|cy:|e2e|cypress|playwright)[\w:.-]*", re.I)


def test_suite(text: str) -> bool:
    """The README's opening (its first 3,000 characters) says the project is a test suite or a test framework."""
    return bool(_TEST_SUITE.search(norm(text[:3000])))


def test_runs(body: str) -> bool:
    """The chapter has three lines or more that run the tests by a script command: the use of a test suite ("## Scripts")."""
    return sum(bool(_TEST_RUN_LINE.search(ln)) for ln in body[:20000].splitlines()) >= 3


# "for production purpose", "en production", "pour la production", "in production"
_PRODUCTION = lazy_compile(r"\b(?:for|in|into|en|pour (?:la |une )?|de) production\b|\bproduction (?:purposes?|use|environment|server)\b")
_WEB_SERVER = lazy_compile(r"\b(?:vhosts?|virtual ?hosts?|hotes? virtuels?|htaccess|apache2?|nginx|httpd|serveur web|web server|reverse proxy|proxy inverse|"
                           r"document ?root)\b")


def production_server_sentence(sentence: str) -> bool:
    """A sentence (40 words at most) on serving the project in production through a web server: the deployment."""
    normed = norm(sentence)
    return len(normed.split()) <= 40 and bool(_PRODUCTION.search(normed)) and bool(_WEB_SERVER.search(normed))


# "faire pointer un hôte virtuel Apache vers /gismeaux/application", "point your nginx virtual host to the public folder", "le vhost doit
# pointer sur le dossier web": the web server's site set on the project's folder, a deployment step whether production is named or not
_WEB_SERVER_WORDS = (r"(?:vhosts?|virtual ?hosts?|virtualhosts?|hotes? virtuels?|apache2?|nginx|httpd|serveur web|web ?server|document ?root|racine web|"
                     r"racine du (?:site|serveur))")
_NOUN_POINT = r"(?<!\bthis )(?<!\bthat )(?<!\bthe )(?<!\ba )(?<!\bsome )(?<!\bany )(?<!\bone )(?<!\bce )(?<!\ble )(?<!\bun )"  # ("at this point Apache is…")
_POINTED = lazy_compile(rf"{_NOUN_POINT}\b(?:point|points|pointing|pointer|pointe|pointez|pointent)\b (?:\w+ ){{0,4}}?{_WEB_SERVER_WORDS}\b (?:\w+ ){{0,3}}?(?:vers|sur|to|at|towards)\b"
                        rf"|\b{_WEB_SERVER_WORDS}\b (?:\w+ ){{0,4}}?(?:point|points|pointing|pointer|pointe|pointent)\b (?:\w+ ){{0,1}}?(?:vers|sur|to|at|towards)\b")


def served_folder_sentence(sentence: str) -> bool:
    """A sentence (40 words at most) telling to set a web server's site or virtual host on the project's folder: the deployment."""
    normed = norm(sentence)
    return len(normed.split()) <= 40 and bool(_POINTED.search(normed))


# "The Map can be configure with 4 parameters", "Le module peut être paramétré avec les options suivantes"
# (or "will be configured with files provided in the templates directory": the files that hold the settings)
_CONFIGURABLE = lazy_compile(r"\b(?:can|may|will|peut|peuvent|sera|seront) (?:be|etre) (?:configured?|configuree?s?|parametree?s?|customi[sz]ed|personnalisee?s?|set ?up) "
                             r"(?:with|by|via|through|using|avec|par|grace a|a l aide de|au moyen de) (?:\w+ ){0,3}?(?:parameters?|parametres?|options?|"
                             r"settings|reglages|variables?|files|fichiers|templates)\b")
# "the default parameters can be changed in the `app.config.json` file", "les paramètres peuvent être modifiés dans le fichier"
_CHANGED_IN_FILE = lazy_compile(r"\b(?:parameters?|parametres?|settings|options|reglages|values|valeurs) (?:\w+ ){0,2}?(?:can|may|peut|peuvent) (?:be |etre )?"
                                r"(?:changed|modified|edited|set|overridden|modifiee?s?|changee?s?|definie?s?) (?:in|dans) (?:the |le |la |les )?(?:\w+ ){0,4}?(?:file|fichier)\b")


# "Les dossiers d'entrée et de sortie sont configurables dans le fichier scripts/process.sh", "paths are configurable in the file …"
_CONFIGURABLE_IN = lazy_compile(r"\b(?:sont|est|are|is) (?:configurables?|parametrables?|reglables?) (?:dans|in|via) (?:the |le |la |les )?(?:\w+ ){0,2}?"
                                r"(?:file|fichier|script)\b")


def configurable_sentence(sentence: str) -> bool:
    """A sentence saying with which parameters a part can be configured, or in which file its parameters are changed."""
    normed = norm(sentence)
    return len(normed.split()) <= 50 and bool(_CONFIGURABLE.search(normed) or _CHANGED_IN_FILE.search(normed) or _CONFIGURABLE_IN.search(normed))


_FENCED_BLOCK = lazy_compile(r"^[^\S\n]{0,3}(?:```|~~~)[^\n]*\n(.*?)^[^\S\n]{0,3}(?:```|~~~)", re.M | re.S)
# a Maven dependency (<dependency> … <artifactId>) or a Gradle one (implementation 'group:artifact:version')
_MAVEN_DEPENDENCY = lazy_compile(r"<dependency>\s*(?:<[^>\n]{1,40}>[^<\n]{0,200}</[^>\n]{1,40}>\s*){0,6}?<artifactId>", re.I)
_GRADLE_DEPENDENCY = lazy_compile(r"^[^\S\n]*(?:implementation|api|compile|runtimeOnly|compileOnly)[^\S\n]*\(?[^\S\n]*['\"][\w.-]{1,100}:[\w.-]{1,100}:[^'\"\n]{1,60}['\"]", re.M)


def dependency_block(text: str) -> tuple[int, str] | None:
    """(line, block) of the first fenced block (of the first 20) declaring the project as a Maven or Gradle dependency ("Add this
    module to your site:" over ``<dependency> … <artifactId>module-forms-…</artifactId>``): how a Java library or a Lutece module
    is installed."""
    for m in list(_FENCED_BLOCK.finditer(text[:200000]))[:20]:
        if _MAVEN_DEPENDENCY.search(m.group(1)[:5000]) or _GRADLE_DEPENDENCY.search(m.group(1)[:5000]):
            return text.count("\n", 0, m.start(1)) + 1, m.group(1).strip()
    return None


# a request or a call named before its address ("Pour simuler un requête "GetRecords" : http://…", "Example request: http://…")
_REQUEST_WORD = lazy_compile(r"\b(?:requete|requetes|request|requests|appel|appels|call|calls|query|queries|interroger|appeler|interrogation)\b")
# the reader's own server: a placeholder host (localhost, domaine.dom, votre-serveur.fr, example.org, <host>), the address with a query
_OWN_SERVER_CALL = lazy_compile(r"https?://(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[?::1\]?|<[\w.-]{1,40}>|\{[\w.-]{1,40}\}|"
                                r"[\w-]{0,30}(?:domaine|domain|example|exemple|serveur|server|votre|your|mon|my|host)[\w-]{0,30}(?:\.[\w-]{1,30}){0,4}|"
                                r"(?:[\w-]{1,30}\.){1,4}(?:dom|example|test|local|tld|xxx))(?::\d{1,5})?(?:/[^\s?#]{0,300})?\?[\w.%-]{1,60}=", re.I)


def request_example(sentence: str) -> bool:
    """A sentence naming a request or a call, then the address that makes it on the reader's own server, with its parameters ("Pour
    simuler un requête "GetRecords" : http://domaine.dom/xml2csw.php?xml_dir=xml&request=GetRecords"): how a service is called."""
    m = _OWN_SERVER_CALL.search(sentence[:2000])
    return bool(m) and bool(_REQUEST_WORD.search(norm(sentence[:m.start()][-300:])))


# Using a started service: running its jobs ("lancer les DAGs", "trigger the pipelines", "exécuter les traitements") in the interface a
# sentence opens ("accéder à l'interface Web sur http://127.0.0.1:8080", "open the UI at http://localhost:8080"): a data platform's
# scheduler (Airflow, Prefect, Dagster) run from a chapter named after the tool ("## Airflow")
_RUN_JOBS = lazy_compile(r"\b(?:lancer|lancez|declencher|declenchez|executer|executez|activer|activez|run|trigger|launch|execute|enable|unpause)\b"
                         r" (?:\w+ ){0,2}?(?:dags?|pipelines?|flows?|flux|traitements?|chaines de traitement)\b")
_OPEN_UI = lazy_compile(r"\b(?:acceder|accedez|ouvrir|ouvrez|rendez vous|connecter|connectez vous|open|go to|browse to|visit|access|log in to|login to)\b"
                        r" (?:\w+ ){0,3}?(?:interface|ui|console|tableau de bord|dashboard|webserver|serveur web|web server|http)\b")


def service_jobs(own: str) -> bool:
    """The chapter's own text opens the started service's interface and runs its jobs in one sentence ("Vous pouvez ensuite accéder
    à l'interface Web sur http://127.0.0.1:8080 et lancer les DAGs"): how the project is used, whatever the heading names."""
    for paragraph in own[:20000].split("\n\n")[:100]:
        for sentence in re.split(r"(?<=[.!?;])\s+", paragraph)[:20]:
            normed = norm(sentence)
            if _OPEN_UI.search(normed) and _RUN_JOBS.search(normed):
                return True
    return False


# A call of one of the project's scripts in a step ("1. insérer une enquête -> `comptages_txt_2_pg.py -enquete`", "2. `python
# export.py --commune 95`"): the script's path (group 1) after an interpreter or ./, or followed by an option or argument
_SCRIPT_CALL = lazy_compile(r"(?:^|[\s`>:(])(?:(?:(?:python3?|py|rscript|bash|sh|perl|ruby|node|php|pwsh|powershell)[^\S\n]+(?:-\w+[^\S\n]+){0,2})|\./)?"
                            r"((?:[\w.-]{1,60}/){0,4}[\w-]{1,60}(?:\.[\w-]{1,20}){0,2}\.(?:py|sh|r|pl|rb|js|php|ps1|bat))"
                            r"(?=[^\S\n]+[-<\w\"'$]|`|[^\S\n]*$)", re.I | re.M)
_INTERPRETED = lazy_compile(r"(?:python3?|py|rscript|bash|sh|perl|ruby|node|php|pwsh|powershell)[^\S\n]+(?:-\w+[^\S\n]+){0,2}$|\./$", re.I)
# scripts that install, set up, build, test or check the copy, or a settings file named like a script: no use of the project
_NOT_A_USE = lazy_compile(r"^(?:setup|manage|install\w*|init\w*|bootstrap|build\w*|compile\w*|test\w*|\w+_test|conftest|lint\w*|format\w*|check\w*|deploy\w*|"
                          r"migrat\w*|config\w*|conf|settings?|parametres?|env|webpack\.config|vite\.config|gulpfile|gruntfile)\b", re.I)
_EDIT_OR_COPY = lazy_compile(r"\b(?:copier|copiez|copy|cp|renommer|renommez|rename|editer|editez|edit|modifier|modifiez|ouvrir|ouvrez|open)\b")


def script_steps(blocks: list, lines: list[str], files, skip: frozenset) -> object:
    """The first numbered step (of two or more outside the lines ``skip``: installation, deployment and developers' chapters) that
    runs one of the project's own scripts ("Scénario classique : 1. insérer une enquête -> `comptages_txt_2_pg.py -enquete`
    2. insérer les données -> `comptages_txt_2_pg.py -donnees_fim x`"): the project's use. The script is a file of the repository
    (``files``: its paths; None when unknown) called with an interpreter, as ./script, or with an argument; a step that installs,
    sets up, builds, tests or copies and edits a file is no use."""
    steps = [b for b in blocks if b.kind == "paragraph" and b.step and b.line not in skip and 0 < b.line <= len(lines)][:200]
    if len(steps) < 2:
        return None
    names = None if files is None else {f.rsplit("/", 1)[-1] for f in files}
    for b in steps:
        raw, normed = lines[b.line - 1][:2000], norm(b.text)
        if _SETUP_WORDS.search(normed) or _SET_UP_STEP.search(normed) or _UNPACK.search(normed) or _EDIT_OR_COPY.search(normed):
            continue
        for m in _SCRIPT_CALL.finditer(raw):
            base = m.group(1).rsplit("/", 1)[-1]
            called = _INTERPRETED.search(raw[max(0, m.start(1) - 40):m.start(1)]) or re.match(r"[^\S\n]+[-<\w\"'$]", raw[m.end(1):])
            if called and not _NOT_A_USE.match(base) and (names is None or base in names):
                return b
    return None


# an interpreter running a script given by its path, a variable's folder first too ("python $TOOLBOX/sisimp/proc_sisimp.py rdf/param.rdf"),
# then an argument (group 1: the script's file name)
_RUN_SCRIPT = lazy_compile(r"(?:^|[\s`%$>])(?:python3?|py|rscript|bash|sh|perl|ruby|node|php)[^\S\n]+(?:-\w+[^\S\n]+){0,2}(?:\$\{?\w{1,60}\}?/)?(?:[\w.-]{1,60}/){0,4}"
                           r"([\w-]{1,60}(?:\.[\w-]{1,20}){0,2}\.(?:py|sh|r|pl|rb|js|php))[^\S\n]+[-<\w\"'$]", re.I | re.M)
MIN_SCRIPTS = 2


def script_runs(lines: list[str], blocks: list, i: int, files, sections) -> bool:
    """The chapter ``blocks[i]`` (its sub-chapters too, up to one that names a section: ``sections``, heading -> sections) runs two or
    more of the project's own scripts with their arguments, or of its programs by their build tool (:func:`own_binaries`: "## Tools",
    `cargo run --bin import-gtfs -- …` then `cargo run --bin entities -- search …`) ("## Execute the toolbox": `python $SWOT_HYDROLOGY_TOOLBOX/sisimp/proc_sisimp.py
    rdf/parameter_sisimp.rdf`, then "### River processing": `…/l2pixc_to_rivertile.py output/simu …`): how the project is used, whatever
    the heading's wording. A first-level chapter holding "## Installation" then "## Training" is the whole README, no chapter of use. The
    scripts are files of the repository (``files``; unknown: never), none that installs, sets up, builds, tests or deploys the copy."""
    if files is None:
        return False
    level = blocks[i].level or 1
    end = next((b.line for b in blocks[i + 1:] if b.kind == "heading" and ((b.level or 1) <= level or sections(b.text))), len(lines) + 1)
    names = {f.rsplit("/", 1)[-1] for f in files}
    chapter = "\n".join(lines[(blocks[i].line or 0):end - 1])[:20000]
    called = {m.group(1) for m in _RUN_SCRIPT.finditer(chapter)}
    scripts = {n for n in called if n in names and not _NOT_A_USE.match(n)}
    return len(scripts | own_binaries(chapter, files)) >= MIN_SCRIPTS


# a program of the repository run by its build tool, with its name: Cargo's `cargo run --release --bin import-gtfs -- --api …` (a
# src/bin/import-gtfs.rs or src/bin/import-gtfs/main.rs of the repository), Go's `go run ./cmd/importer` (a cmd/importer/ folder)
_CARGO_BIN = lazy_compile(r"\bcargo[^\S\n]+run\b[^\n`]{0,80}?--bin[^\S\n]+([\w-]{1,60})")
_GO_CMD = lazy_compile(r"\bgo[^\S\n]+run[^\S\n]+(?:-\w+[^\S\n]+){0,3}\.?/?((?:[\w.-]{1,60}/){0,3}cmd/[\w-]{1,60})")


def own_binaries(chapter: str, files) -> set[str]:
    """The repository's own programs the chapter runs by their build tool (``files``: the repository's paths), none that installs,
    sets up, builds, tests or deploys the copy (``cargo run --bin migrate``)."""
    paths = set(files or ())
    out = {f"bin:{m.group(1)}" for m in _CARGO_BIN.finditer(chapter) if not _NOT_A_USE.match(m.group(1))
           and any(p == f"src/bin/{m.group(1)}.rs" or p.endswith((f"/src/bin/{m.group(1)}.rs", f"src/bin/{m.group(1)}/main.rs")) for p in paths)}
    dirs = {p.rsplit("/", 1)[0] for p in paths if "/" in p}
    out |= {f"cmd:{m.group(1)}" for m in _GO_CMD.finditer(chapter) if m.group(1).rstrip("/") in dirs
            and not _NOT_A_USE.match(m.group(1).rstrip("/").rsplit("/", 1)[-1])}
    return out


# A chapter that refreshes what the running service serves ("Mise à jour data openstreetmap", "Mise à jour du cache", "Update the
# tiles"): operating the service, its usage (s25 l25: docker-geopic). Not the project's own upgrade ("Mise à jour de l'application",
# "Updating dependencies"), nor a schema migration.
_UPKEEP = lazy_compile(r"^(?:\d+ )*(?:mise a jour|mises a jour|mettre a jour|actualisation|actualiser|rafraichissement|rafraichir|update|updating|refresh|"
                       r"refreshing)(?: (?:des|du|de la|de l|d|les|la|le|the|of the|of))? (?:\w+ )?(?:donnees|data|cache|caches|tuiles|tiles|"
                       r"extraits?|referentiels?|osm|openstreetmap|index)\b")
_MIGRATION = lazy_compile(r"\b(?:migrat\w*|schema|schemas|dependances|dependencies|packages?|version|versions)\b")
_FENCED_LINE = lazy_compile(r"^[^\S\n]{0,3}(?:```|~~~)[^\n]*\n[^\S\n]*(\S[^\n]{0,300})", re.M)


def upkeep_chapter(heading: str, own: str, install_command) -> bool:
    """``heading`` (:func:`norm` form) refreshes the service's data and the chapter's own text gives the command that does it, fenced,
    which does not install the project: how the running service is operated, its usage."""
    if not _UPKEEP.match(heading) or _MIGRATION.search(heading):
        return False
    commands = [m.group(1) for m in _FENCED_LINE.finditer(own[:20000])][:20]
    return bool(commands) and not any(install_command.search(c) or _MIGRATION.search(norm(c)) for c in commands)


# A chapter on embedding the service's page in a host site ("## Embarquer la page en iframe", "## Embed the map", "## Intégration en
# iframe") that gives the <iframe> tag pointing at the service's address: how the deployed service is used by the sites that show it,
# nothing installed in them (issue 12, s37 fb37 = gip-inclusion/plateforme-accueil). Not a chapter naming no embedding (a demo's
# video in an iframe), nor continuous integration.
_EMBED_HEADING = lazy_compile(r"\b(?:embarqu\w*|integr(?:er|ez|ation|ant)|ins[eé]r(?:er|ez|tion)|embed\w*|iframes?)\b")
_IFRAME_TAG = lazy_compile(r"<iframe\b[^>]{0,2000}?\bsrc\s*=\s*[\"']?https?://", re.I)


def embed_chapter(heading: str, body: str) -> bool:
    """``heading`` (:func:`norm` form) names embedding the page and the chapter gives the <iframe> tag that shows it from its address."""
    return bool(_EMBED_HEADING.search(heading)) and not re.search(r"\b(?:continue|continuous|tests?|ci)\b", heading) \
        and bool(_IFRAME_TAG.search(body[:20000]))
