"""reusability.install and reusability.configuration: can another territory run it with its own settings."""

from __future__ import annotations

from auditor import safejson
import re

from auditor.checks.interface import Evidence, Result, T, check
from auditor.facts import FactError
from auditor.facts.files import CI_SYSTEMS
from auditor.facts.inventory import is_env_template, is_generated, is_test, is_vendored
from auditor.facts.secrets import only_placeholders

from .common import textscan_ok

RUNTIMES = (
    ("container", re.compile(r"(^|/)(Dockerfile|Containerfile)([.-][^/]*)?$|(^|/)[^/]+\.dockerfile$", re.I), 3),
    ("compose", re.compile(r"(^|/)(docker-)?compose([.-][^/]*)?\.ya?ml$", re.I), 2),
    ("devcontainer", re.compile(r"^\.devcontainer(/devcontainer\.json|\.json)$", re.I), 1),
    ("helm", re.compile(r"(^|/)Chart\.ya?ml$"), 2),
    ("kubernetes", re.compile(r"(^|/)(k8s|kubernetes|kube|manifests|kustomize)/.*\.ya?ml$|(^|/)kustomization\.ya?ml$", re.I), 2),
    ("ansible", re.compile(r"(^|/)(ansible\.cfg|playbook[\w-]*\.ya?ml|site\.ya?ml)$|(^|/)roles/[^/]+/tasks/main\.ya?ml$", re.I), 2),
    ("terraform", re.compile(r"\.tf$"), 2),
    ("nix", re.compile(r"^(flake\.nix|shell\.nix|default\.nix|devbox\.json)$"), 1),
    ("paas", re.compile(r"^(Procfile|scalingo\.json|app\.json|clever\.json|fly\.toml|render\.yaml|netlify\.toml|vercel\.json|\.platform\.app\.yaml|manifest\.ya?ml)$"), 1),
    ("task-runner", re.compile(r"^(Makefile|GNUmakefile|makefile|Justfile|justfile|Taskfile\.ya?ml|tasks\.py|noxfile\.py|tox\.ini)$"), 2),
    ("scripts", re.compile(r"^(scripts?|bin)/(setup|install|bootstrap|init|start|dev|run|deploy|server)[\w.-]*$", re.I), 1),
)
INSTALL_DOC = re.compile(r"(^|/)(install|installation|setup|deploy|deployment|deploiement|déploiement|getting[-_]started|demarrage|démarrage|quickstart|developpement|development|hosting|hebergement|exploitation)[\w.-]*\.(md|rst|adoc|txt)$", re.I)
COMMANDS = re.compile(r"^\s*(?:\$\s*)?(npm (?:ci|install|i|run \w+|start)|yarn(?: install| dev| start| build)?|pnpm (?:i|install|dev|start)|pip install|poetry install|uv (?:sync|run)|pipenv install|python (?:-m \w+|manage\.py \w+)|./manage\.py|docker(?:-| )compose (?:up|run|build)|docker (?:build|run)|composer install|symfony (?:serve|server:start)|php bin/console|make \w+|bundle (?:install|exec)|go (?:run|build)|cargo (?:run|build)|mix (?:deps\.get|phx\.server)|helm install|kubectl apply|ansible-playbook|terraform (?:init|apply))", re.M)


@check(
    id="reusability.install",
    family="reusability",
    effort="days",
    title=T("Le service s'installe de façon reproductible", "The service can be installed reproducibly"),
    rationale=T(
        "Une autre collectivité, ou son prestataire, doit pouvoir lancer le service sans l'équipe d'origine : un conteneur, un fichier compose, "
        "une recette de déploiement (Helm, Ansible, Terraform) ou au moins un Makefile, avec des instructions d'installation écrites.",
        "Another local government, or its contractor, must be able to run the service without the original team: a container, a compose file, "
        "a deployment recipe (Helm, Ansible, Terraform) or at least a Makefile, with written install instructions.",
    ),
    remediation=T(
        "Ajoutez un Dockerfile et un compose.yaml qui lancent le service et ses dépendances (base de données…), et une section « Installation » "
        "dans le README qui donne les commandes, de la copie du dépôt au service qui répond.",
        "Add a Dockerfile and a compose.yaml that start the service and its dependencies (database…), and an \"Installation\" section in the "
        "README giving the commands, from cloning the repository to a service that answers.",
    ),
)
def install(ctx) -> Result:
    proj = ctx.fact("project") or {}
    kind = proj.get("kind") if proj.get("kind_decided") else None
    if kind in LOAD_KINDS:
        return _how_to_load(ctx, kind)
    files = [e for e in ctx.snapshot.files.values() if e.kind in ("file", "executable") and not is_vendored(e.path) and not is_test(e.path)
             and not is_generated(e.path)]
    found: dict[str, str] = {}
    for name, rx, _ in RUNTIMES:
        hits = sorted((e.path for e in files if rx.search(e.path)), key=lambda p: (p.count("/"), p))
        if hits:
            found[name] = hits[0]
    # package scripts that start the service count as a task runner
    pkg = ctx.snapshot.read_text("package.json", limit=1_000_000) if "package.json" in ctx.snapshot.files else None
    if pkg and "task-runner" not in found:
        try:
            scripts = (safejson.loads(pkg).get("scripts") or {})
            if isinstance(scripts, dict) and any(k in scripts for k in ("start", "dev", "serve", "build")):
                found["task-runner"] = "package.json"
        except (ValueError, AttributeError):
            pass
    weights = {name: w for name, _, w in RUNTIMES}
    runtime_score = min(6, sum(weights[n] for n in found))
    ev = [Evidence(path=p, value=n, kind="found") for n, p in found.items()]
    # written instructions: README sections, install documents, or command blocks
    instr: list[Evidence] = []
    try:
        readme = ctx.fact("readme") or {}
    except FactError:
        readme = {}
    for sec in readme.get("section_details", []) or []:
        if sec.get("name") in ("install", "deployment") and readme.get("path"):
            instr.append(Evidence(path=readme["path"], line=sec.get("line"), value=sec.get("name"), kind="found"))
    try:  # install and deployment documents the docs fact found (numbered chapters, headings of guides)
        deployment = (ctx.fact("docs") or {}).get("deployment") or []
    except FactError:
        deployment = []
    docs = sorted({e.path for e in files if INSTALL_DOC.search(e.path)} | set(deployment))
    instr += [Evidence(path=p, value="install document", kind="found") for p in docs[:5]]
    readme_path = readme.get("path")
    if readme_path and not instr:
        text = ctx.snapshot.read_text(readme_path) or ""
        m = COMMANDS.search(text)
        if m:
            instr.append(Evidence(path=readme_path, line=text.count("\n", 0, m.start()) + 1, value=m.group(1), kind="found"))
    score = runtime_score + (4 if instr else 0)
    ev += instr[:10]
    if not found and not instr:
        return Result.fail(T("Aucun moyen reproductible de lancer le service (ni conteneur, ni recette, ni instructions).",
                             "No reproducible way to run the service (no container, recipe or instructions)."), ev,
                           runtimes=[], instructions=False)
    parts_fr = ", ".join(found) or "aucun outillage"
    msg = T(f"Outillage d'installation : {parts_fr} ; instructions écrites : {'oui' if instr else 'non'}.",
            f"Install tooling: {', '.join(found) or 'none'}; written instructions: {'yes' if instr else 'no'}.")
    if not instr:
        ev.append(Evidence(path=readme_path, kind="missing", note=T("Pas de section d'installation dans le README ni de document d'installation.",
                                                                    "No install section in the README nor install document.")))
    return Result.scored(score, msg, ev, runtimes=sorted(found), instructions=bool(instr))


# Kinds that are not run but loaded: a data model into a database, a GIS kit into QGIS, a schema into a validator
LOAD_KINDS = ("data-model", "gis-kit", "data-specification")
LOAD_WORDS = re.compile(r"(psql\b|pg_restore|ogr2ogr|shp2pgsql|raster2pgsql|sqlite3\b|\\i\s+\S+\.sql|\bCREATE EXTENSION\b|"
                        r"ouvr(?:ir|ez)\s+(?:le\s+|la\s+|les\s+)?(?:projet|fichier|couche|style)|open\s+(?:the\s+)?(?:project|file|layer|style)|"
                        r"\.qgz\b|\.qgs\b|charg(?:er|ez)\s+(?:le|la|les)\s|load\s+(?:the\s+)?(?:style|layer|schema|script)|"
                        r"ex[ée]cut(?:er|ez)\s+(?:le|les)\s+scripts?|run\s+the\s+scripts?|import(?:er|ez)?\s+(?:le|la|les|the)\s+(?:sch[ée]ma|donn[ée]es|fichier|data|file)|"
                        r"gestionnaire d['’]extensions|plugin manager|extension qgis|qgis plugin|frictionless validate|validata|table ?schema|"
                        r"script d['’]initialisation|initialis(?:er|ation) (?:de )?la base|cr[ée]ation de la (?:structure|base)|"
                        r"\]\([^)\s]+\.(?:sql|qgs|qgz|qml|sld)\))", re.I)
LOAD_DOC = re.compile(r"(^|/)(install|installation|setup|deploy|deploiement|déploiement|getting[-_]started|demarrage|démarrage|quickstart|"
                      r"guide|manuel|manual|mode[-_]op[ée]ratoire|notice|tutori[ae]l|utilisation|usage)[\w.-]*\.(md|rst|adoc|txt|pdf|odt|docx|html)$", re.I)


def _how_to_load(ctx, kind: str) -> Result:
    """For a data model, a GIS kit or a data specification, installing is loading: the README (or a guide)
    says which scripts to run, which QGIS project or style to open, how to validate data."""
    from auditor.facts.project import kind_label

    live = [e for e in ctx.snapshot.files.values() if e.kind in ("file", "executable") and not is_vendored(e.path) and not is_generated(e.path)]
    try:
        readme = ctx.fact("readme") or {}
    except FactError:
        readme = {}
    ev: list[Evidence] = []
    for sec in readme.get("section_details", []) or []:
        if sec.get("name") in ("install", "deployment", "usage") and readme.get("path"):
            ev.append(Evidence(path=readme["path"], line=sec.get("line"), value=sec.get("name"), kind="found"))
    guides = sorted(e.path for e in live if LOAD_DOC.search(e.path))
    ev += [Evidence(path=p, value="guide", kind="found") for p in guides[:5]]
    steps = []
    for path in [readme.get("path")] + [p for p in guides if p.rsplit(".", 1)[-1].lower() in ("md", "rst", "adoc", "txt", "html")][:5]:
        text = ctx.snapshot.read_text(path) if path else None
        m = LOAD_WORDS.search(text or "")
        if m:
            steps.append(Evidence(path=path, line=text.count("\n", 0, m.start()) + 1, value=m.group(0)[:80], kind="found"))
    ev += steps[:3]
    what_fr, what_en = kind_label(kind, "fr"), kind_label(kind, "en")
    details = {"kind": kind, "instructions": bool(ev), "load_steps": bool(steps), "runtimes": [], "guides": guides[:10]}
    remediation = T(f"Pour un projet de type « {what_fr} », l'installation consiste à le charger : dites dans le README, dans une section "
                    "« Installation » ou « Utilisation », quels scripts exécuter et dans quel ordre (psql -f …), quel projet QGIS ou quel style "
                    "ouvrir, quelles extensions (PostGIS) et quelles données préparer, et comment vérifier que tout est en place.",
                    f"For a {what_en}, installing means loading it: say in the README, in an \"Installation\" or \"Usage\" section, which scripts "
                    "to run and in which order (psql -f …), which QGIS project or style to open, which extensions (PostGIS) and data to "
                    "prepare, and how to check that everything is in place.")
    if steps and ev:
        r = Result.passed(T(f"Projet de type « {what_fr} » : la façon de le charger est décrite.", f"A {what_en}: how to load it is described."), ev, **details)
    elif ev:
        r = Result.scored(6, T(f"Projet de type « {what_fr} » : une section ou un guide existe, sans les étapes de chargement (scripts, projet QGIS, styles).",
                               f"A {what_en}: a section or guide exists, without the loading steps (scripts, QGIS project, styles)."), ev, **details)
    else:
        r = Result.fail(T(f"Projet de type « {what_fr} » : rien ne dit comment le charger (ni section du README, ni guide).",
                          f"A {what_en}: nothing says how to load it (no README section, no guide)."),
                        [Evidence(path=readme.get("path"), kind="missing", note=T("Pas d'instructions de chargement.", "No loading instructions."))], **details)
    r.remediation = remediation
    return r


ENV_NAME = re.compile(r"([A-Z][A-Z0-9_]{1,60})(?!.*[A-Z][A-Z0-9_]{1,60})")
ENVS_DIR = re.compile(r"^\.?envs/(\.?(local|dev|development|example|sample)/)?[^/]+$", re.I)
SETTINGS_DOCS = re.compile(r"(^|/)src/main/resources/(application|default|bootstrap)[\w-]*\.(properties|ya?ml)$|(^|/)(config|settings|parameters|local_settings|app|application|configuration)[\w.-]*\.(example|sample|dist|template|tpl)(\.\w+)?$|(^|/)values\.ya?ml$|(^|/)(parameters\.ya?ml\.dist)$|(^|/)docs?/[\w/-]*(config|configuration|settings|parametrage|variables)[\w-]*\.(md|rst)$", re.I)
ENV_KEY = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=", re.M)
NOISE_VARS = {"NODE_ENV", "PATH", "HOME", "PWD", "CI", "DEBUG", "PORT", "HOST", "TZ", "LANG", "USER", "SHELL", "TERM", "PYTHONPATH", "BASE_URL", "MODE",
              "DEV", "PROD", "SSR", "PUBLIC_URL", "VERCEL", "NEXT_RUNTIME", "APP_ENV", "DJANGO_SETTINGS_MODULE", "VITEST", "JEST_WORKER_ID",
              "VAR", "ENV", "NAME", "KEY", "VALUE", "TEST_DIR", "PYTEST_CURRENT_TEST", "DAGSTER_HOME"}


def _var(excerpt: str) -> str | None:
    m = re.findall(r"[A-Z][A-Z0-9_]{1,60}", excerpt)
    return m[-1] if m else None


@check(
    id="reusability.configuration",
    family="reusability",
    effort="hours",
    title=T("Les réglages viennent de l'environnement ou d'un fichier de configuration documenté",
            "Settings come from the environment or a documented configuration file"),
    rationale=T(
        "Un autre territoire doit pouvoir changer l'URL, la base de données, les clés d'API et les paramètres locaux sans modifier le code : "
        "les réglages lus dans l'environnement et listés dans un modèle (.env.example) sont la condition d'un déploiement ailleurs.",
        "Another territory must be able to change the URL, the database, API keys and local parameters without editing the code: settings "
        "read from the environment and listed in a template (.env.example) are what makes a deployment elsewhere possible.",
    ),
    remediation=T(
        "Lisez les réglages dans l'environnement (os.environ, process.env, %env()% de Symfony…) et versionnez un .env.example qui les liste "
        "tous avec une valeur d'exemple et un commentaire ; décrivez-les dans le README.",
        "Read settings from the environment (os.environ, process.env, Symfony's %env()%…) and commit a .env.example listing all of them with "
        "an example value and a comment; describe them in the README.",
    ),
    params={"max_undocumented": 5},
    kinds=("web-application", "api-service", "cli-tool", "infrastructure"),
)
def configuration(ctx) -> Result:
    scan = textscan_ok(ctx)
    reads = [h for h in scan["signals"].get("env.read", []) if h[3] in ("code", "config", "template", "other")]
    reads += [h for h in scan["signals"].get("env.placeholder", []) if h[3] in ("config", "other")
              and not any(rx.match(h[0]) for _, rx in CI_SYSTEMS)]  # CI variables are not the service's settings
    read_vars: dict[str, list] = {}
    for h in reads:
        v = _var(h[2])
        if v and v not in NOISE_VARS and not v.endswith("_") and not v.startswith(("GITHUB_", "RUNNER_", "CI_", "HTTP_", "REMOTE_", "SERVER_", "REQUEST_", "SCRIPT_", "QUERY_", "CONTENT_", "PHP_", "DOCUMENT_")):
            read_vars.setdefault(v, h)
    entries = [e for e in ctx.snapshot.files.values() if e.kind in ("file", "executable") and not is_vendored(e.path)]
    templates = sorted((e.path for e in entries if is_env_template(e.path) or ENVS_DIR.search(e.path)), key=lambda p: (p.count("/"), p))
    # a committed .env holding only placeholders (KEY=, KEY=changeme, KEY=<token>) is a template too
    templates += sorted((e.path for e in entries if e.name == ".env" and e.path not in templates
                         and only_placeholders(ctx.snapshot.read_text(e.path, limit=256 * 1024) or "")), key=lambda p: (p.count("/"), p))
    try:  # documents with a configuration chapter (a sub-folder README's "Configuration des options")
        config_docs = (ctx.fact("docs") or {}).get("configuration") or []
    except FactError:
        config_docs = []
    settings_docs = sorted({e.path for e in entries if SETTINGS_DOCS.search(e.path)} | set(config_docs), key=lambda p: (p.count("/"), p))
    # Symfony's convention: a committed .env holds the defaults, .env.local the real values
    symfony_env = ".env" in ctx.snapshot.files and "composer.json" in ctx.snapshot.files and "symfony" in (ctx.snapshot.read_text("composer.json") or "")
    if symfony_env:
        templates.append(".env")
    documented: set[str] = set()
    for p in templates[:20]:
        documented |= set(ENV_KEY.findall(ctx.snapshot.read_text(p, limit=256 * 1024) or ""))
    try:
        readme = ctx.fact("readme") or {}
    except FactError:
        readme = {}
    readme_text = ctx.snapshot.read_text(readme["path"]) if readme.get("path") else ""
    readme_config = [s for s in (readme.get("section_details") or []) if s.get("name") == "configuration"]
    if readme_text:
        documented |= {v for v in read_vars if v in readme_text}
    undocumented = sorted(v for v in read_vars if v not in documented)
    ev: list[Evidence] = [Evidence(path=p, kind="found", value="template") for p in templates[:5]]
    ev += [Evidence(path=p, kind="found", value="settings") for p in settings_docs[:5]]
    ev += [Evidence(path=readme["path"], line=s.get("line"), kind="found", value="README configuration") for s in readme_config[:2]]
    if readme_config and not settings_docs:  # the README's configuration section documents the settings
        settings_docs = [readme["path"]]
    if not read_vars and not templates and not settings_docs:
        return Result.fail(T("Aucun réglage lu dans l'environnement et aucun modèle de configuration.",
                             "No setting read from the environment and no configuration template."), ev, env_vars=0)
    score = 0.0
    score += 4 if (templates or settings_docs) else 0
    score += 3 if read_vars else (1 if settings_docs else 0)
    score += 1 if readme_config else 0
    max_und = ctx.params["max_undocumented"]
    if read_vars:
        share = len(undocumented) / len(read_vars)
        score += 2 * (1 - share) if (templates or readme_text) else 0
    else:
        score += 2
    for v in undocumented[:15]:
        h = read_vars[v]
        ev.append(Evidence(path=h[0], line=h[1], value=v, kind="finding",
                           note=T("Variable lue par le code mais absente du modèle .env et du README.",
                                  "Variable read by the code but missing from the .env template and the README.")))
    if not templates and read_vars:
        ev.append(Evidence(kind="missing", value=".env.example", note=T("Pas de modèle .env.example listant les réglages.", "No .env.example template listing the settings.")))
    if len(undocumented) > max_und:
        score = min(score, 7)
    msg = T(f"{len(read_vars)} réglage(s) lu(s) dans l'environnement, {len(undocumented)} non documenté(s) ; modèle : {templates[0] if templates else 'aucun'}.",
            f"{len(read_vars)} setting(s) read from the environment, {len(undocumented)} undocumented; template: {templates[0] if templates else 'none'}.")
    res = Result.scored(score, msg, ev, env_vars=len(read_vars), undocumented=undocumented[:50], templates=templates[:10])
    if undocumented:
        where = {lang: ", ".join(f"{v} ({read_vars[v][0]}:{read_vars[v][1]})" for v in undocumented[:6])
                 + (f" +{len(undocumented) - 6}" if len(undocumented) > 6 else "") for lang in ("fr", "en")}
        tpl = templates[0] if templates else None
        res.advise(T(f"Ajoutez à {tpl or '.env.example (à créer à la racine)'} une ligne par réglage, avec une valeur d'exemple et "
                       f"un commentaire qui dit à quoi il sert : {where['fr']}.",
                       f"Add to {tpl or '.env.example (to create at the root)'} one line per setting, with an example value and a "
                       f"comment saying what it is for: {where['en']}."))
    elif not templates and read_vars:
        res.advise(T(f"Créez .env.example à la racine avec les {len(read_vars)} réglages que lit le code ({', '.join(sorted(read_vars)[:8])}).",
                       f"Create .env.example at the root with the {len(read_vars)} settings the code reads ({', '.join(sorted(read_vars)[:8])})."))
    return res
