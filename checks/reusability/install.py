"""reusability.install and reusability.configuration: can another territory run it with its own settings.

Longer than 400 lines: the two checks share the project's kind gates and the settings facts; the configuration check's verdict on
code that reads no setting is in settings_free.py, the install check's advice in install_advice.py."""

from __future__ import annotations

import re

from auditor.checks.interface import Evidence, Result, T, check
from auditor.facts import FactError
from auditor.facts.env_names import standard_roles
from auditor.facts.content_site import content_page
from auditor.facts.install import DOC_BUILD_PATH, LOAD_KINDS, RUNTIMES, TEXT_GUIDE_EXT
from auditor.facts.office_text import OFFICE_TEXT_EXT
from auditor.facts.kind_appsscript import apps_script_manifest
from auditor.facts.manifests import ECOSYSTEM_FAMILY
from auditor.facts.kind_documents import course_material
from auditor.facts.kind_overlays import OVERLAY_REASON
from auditor.facts.kind_page_apps import served_as_files
from auditor.facts.env_reads import is_compose_file
from auditor.facts.inventory import is_env_template
from auditor.facts.project import CONFIGURED, FME_REASON, decided_kind, host_extension_of, kind_label, run_on_schedule
from auditor.facts.readme_templates import TEMPLATE_NAMES, export_note, template_own_script, untouched_template
from auditor.lazyre import lazy_compile

from .common import DOCUMENTATION_ONLY, code_free, settings_score as _score, submodule_code, textscan_ok, unread_env_evidence
from .install_advice import unbuilt_setup, _for_host, for_analysis, _for_static_site, _host_of, for_files_app, for_mobile, for_package, mobile_build, package_manifest, package_message, project_language
from .install_feeds import fed_site_advice, fed_site_message
from .settings_addon import addon_update_server
from .settings_committed import secret_settings_file
from .settings_dotnet import mobile_settings_committed, settings_without_example
from .settings_hosts import mail_server_said, tenant_address_said
from .settings_paths import machine_paths_advice, machine_paths_said
from .settings_free import CONNECTION_NOTE, SERVER_NOTE, bypassed_address_said, client_back_end, declared_and_hard_coded as _declared_and_hard_coded, hard_coded_beside, ignored_modules_said, local_back_end_evidence, machine_path_evidence, nothing_to_set, options_only, paths_in_code, placeholders_in_code, readme_edits_code_result, settings_in_cli_code, written_values

_SUB_README = lazy_compile(r"/README(?:\.(?:md|markdown|rst|txt|adoc))?$", re.I)
_DOC_FILE = lazy_compile(r"(?:^|/)README[^/]*$|\.(?:md|markdown|rst|adoc|asciidoc|pdf|odt|docx?)$", re.I)


# A command that runs one of the project's Python scripts (`python main.py --help`, `python3 src/run.py -o out`): its use, not its install
_SCRIPT_RUN = lazy_compile(r"^python3? [\w./-]+\.py\b")


def _runs_unprepared_script(ctx, command: str) -> list[str]:
    """The third-party modules a README's only command leaves uninstalled, when that command runs one of the project's Python scripts
    and no manifest declares, nor any document names, the modules its code imports (a CLI's `python main.py --help` over pandas
    and SQLAlchemy, issue 12, s46 ff46 = remifroger/postgresql-table-explorateur-stat); [] otherwise."""
    if not _SCRIPT_RUN.match(command) or any(ECOSYSTEM_FAMILY.get(m.get("ecosystem")) == "python"
                                              for m in (ctx.fact("manifests") or {}).get("manifests") or []):
        return []
    imports = ctx.fact("python_imports") or {}
    if imports.get("host") or imports.get("host_project"):
        return []
    listed = imports.get("listed") or {}
    return [m for m in imports.get("third_party") or [] if m not in listed]


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
    kind = decided_kind(proj)
    # an mviewer application is loaded into its host viewer (its apps/ folder), like a GIS kit into QGIS
    hosted = kind == "static-site" and any(str(e.get("reason", "")).startswith("mviewer application") for e in proj.get("kind_evidence") or [])
    if kind in LOAD_KINDS or hosted:
        return _how_to_load(ctx, kind)
    recipes = ctx.fact("install_recipes")
    found: dict[str, str] = dict(recipes["runtimes"])
    if kind != "static-site":
        found.pop("pages", None)  # a web application's or a library's Pages job publishes its documentation, not the service
    if kind == "library" and "package" not in found:
        # a library's own named npm package at the root (package.json "name": "refine-wfs", installed by `npm install <git url>`): npm
        # installs it, as pip does a setup.py (install_recipes already reads Composer's own package types and Python's named projects)
        named = sorted(m["path"] for m in (ctx.fact("manifests") or {}).get("manifests", []) if m["path"] == "package.json" and m.get("name")
                       and m.get("ecosystem") == "npm")
        if named:
            found["package"] = named[0]
        # (a Maven archetype: `mvn install` puts the template in the local repository, `mvn archetype:generate` then uses it)
        archetype = [e.get("path") for e in proj.get("kind_evidence") or [] if str(e.get("reason", "")).startswith("Maven archetype") and e.get("path")]
        if archetype and "package" not in found:
            found["package"] = archetype[0]
    # (a server's configuration overlay, etc/bigbluebutton/…, put into place by the product's own hook script, apply-config.sh: its recipe)
    hooks = overlay_hooks(proj)
    if hooks and "scripts" not in found:
        found["scripts"] = hooks[0]
    # a mobile application one folder down (app_name/pubspec.yaml beside its android/ and ios/ folders, app_name/android/app/build.gradle):
    # the build the project fact names is its install tooling (flutter build apk, ./gradlew assembleRelease, Xcode), wherever it sits
    builds = [e.get("path") for reason in ("Flutter application", "Android application", "iOS application") for e in proj.get("kind_evidence") or []
              if str(e.get("reason", "")).startswith(reason) and e.get("path") and mobile_build({"build-tool": e["path"]})]
    if kind == "mobile-application" and builds and "build-tool" not in found:
        found["build-tool"] = builds[0]
    # a static site's generator build run by an npm script (rapport/package.json's "docs:build": "vuepress build ."), preferably the
    # package.json of the site's own folder (the one its generator's configuration is in): how the site is regenerated
    site_build = _site_build(proj, recipes) if kind == "static-site" else None
    site_build = site_build if site_build and found.get("task-runner", site_build[0]) == site_build[0] else None
    if site_build:
        found["task-runner"] = site_build[0]
    weights = {name: w for name, _, w in RUNTIMES}
    host = _host_of(proj) or recipes.get("plugin_host")  # (a plugin is installed into its host: say so)
    # (a theme is installed among its host's themes, a WordPress theme in wp-content/themes by Appearance › Themes: said as a theme)
    theme = (host_extension_of(proj) or ("plugin",))[0] == "theme"
    ext_fr, ext_en = ("Thème", "A theme") if theme else ("Extension", "A plugin")
    manifest = package_manifest(kind, found, host)  # (a library's or a tool's package manifest installs it whole: pip install, npm install)
    runtime_score = 6 if manifest else min(6, sum(weights[n] for n in found))
    ev = [Evidence(path=p, value=n, kind="found") for n, p in found.items()]
    if site_build:
        path, script, command = site_build
        ev = [Evidence(path=path, value=script, kind="found", note=T(f"Le script « {script} » de {path} régénère le site ({command}).",
                                                                     f"The script \"{script}\" of {path} regenerates the site ({command})."))
              if e.path == path and e.value == "task-runner" else e for e in ev]
    instr: list[Evidence] = []  # written instructions: README sections, install documents (another README's too), or command blocks
    try:
        readme = ctx.fact("readme") or {}
    except FactError:
        readme = {}
    # a framework's README left as is (create-next-app's "Getting Started" `npm run dev`, "Deploy on Vercel"): its steps are the
    # framework's, not the project's (documentation.readme's rule): no written instructions
    template = untouched_template(readme)
    own_script = template_own_script(ctx, readme) if template else None  # (its steps run this repository's committed script)
    note = export_note(readme)  # (an exporter's note, qgis2web's: its steps to open and publish the export are this export's)
    for sec in readme.get("section_details", []) or []:
        if sec.get("name") in ("install", "deployment") and readme.get("path") and not readme.get("guidelines") and (not template or note) \
                and not (sec.get("name") == "deployment" and sec.get("line") in (readme.get("release_chapters") or [])):
            # (guidelines: topics; "### Release procedure", `mvn release:prepare` and a tag pushed: the maintainers' release, no install step)
            instr.append(Evidence(path=readme["path"], line=sec.get("line"), value=sec.get("name"), kind="found"))
    try:  # install and deployment documents the docs fact found (numbered chapters, headings of guides)
        deployment = (ctx.fact("docs") or {}).get("deployment") or []
    except FactError:
        deployment = []
    docs = sorted(set(recipes["install_docs"]) | set(deployment))
    if (ctx.fact("content_site") or {}).get("content"):  # a website's own pages ("Hébergements et restaurations": the village's lodging)
        docs = [p for p in docs if not content_page(p)]
    # a documentation site's pages on installing other software (cloning it, building it, its packages and container) are its content
    others = set(recipes.get("other_software_guides") or []) if kind == "static-site" else set()
    docs = [p for p in docs if p not in others]
    # (an install document that is also another README, its install chapter found: with that chapter's line, README_guideDP.md's
    # "## Installation (environnement de développement)"; s45 fa45)
    chapters = {p: line for p, line, _ in reversed(recipes.get("readme_installs") or [])}
    instr += [Evidence(path=p, line=chapters.get(p), value="install document", kind="found") for p in docs[:5]]
    instr += [Evidence(path=p, line=line, value="install section", kind="found", note=T(f"Étapes d'installation dans {p} (« {text} »).", f"Install steps in {p} (\"{text}\").")) for p, line, text in (recipes.get("readme_installs") or [])[:5] if p not in docs[:5]]  # (another README's: README_sviewer.md, nuage-de-mots/README.md)
    readme_path = readme.get("path")
    # (the install chapter of a document the README sends the reader to, followed as documentation.readme-sections follows it: an R
    # package's vignette behind "Merci de consulter la vignette", its "# Installation du package", s41 fr41 = ymansiaux/xtradata)
    source = (readme.get("section_sources") or {}).get("install")
    if not instr and not template and readme_path and source and source != readme_path:
        linked = next((d for d in (ctx.fact("readme_linked_sections") or {}).get("sections") or [] if d["name"] == "install" and d["path"] == source), None)
        if linked:
            instr.append(Evidence(path=source, line=linked.get("line"), value="install section", kind="found", note=T(
                f"Étapes d'installation dans {source}, où le README renvoie (« {linked.get('text')} »).",
                f"Install steps in {source}, which the README points to (\"{linked.get('text')}\").")))
    if own_script:
        instr.insert(0, Evidence(path=readme_path, line=own_script["line"], value=own_script["command"], kind="found", note=T(
            f"Les étapes du README (modèle de {own_script_fw(template)}) lancent {own_script['script']}, script versionné dans ce dépôt : "
            "elles construisent et démarrent ce projet.",
            f"The README's steps ({own_script_fw(template)}'s template) run {own_script['script']}, a script committed in this repository: "
            "they build and start this project.")))
    generic = False  # the only steps are those of the framework's untouched template README
    fw = TEMPLATE_NAMES.get(template.get("framework"), template.get("framework")) if template else ""
    run_only = None  # (the README's only command runs a Python script whose third-party modules nothing says how to install)
    if readme_path and not instr and recipes["readme_command"] and not template:
        run_only = _runs_unprepared_script(ctx, recipes["readme_command"][1])
    if run_only:
        line, command = recipes["readme_command"]
        shown = ", ".join(run_only[:6]) + ("…" if len(run_only) > 6 else "")
        ev.append(Evidence(path=readme_path, line=line, value=command, kind="finding", note=T(
            f"« {command} » lance le programme (son mode d'emploi), sans l'installer : rien ne dit d'installer les modules qu'il importe "
            f"({shown}) ni quelle version de Python il lui faut.",
            f"\"{command}\" runs the program (how to use it) without installing it: nothing says to install the modules it imports "
            f"({shown}) nor which Python it needs.")))
    elif readme_path and not instr and recipes["readme_command"]:
        line, command = recipes["readme_command"]
        instr.append(Evidence(path=readme_path, line=line, value=command, kind="found", note=None if not template else T(
            f"Étapes génériques du modèle de {fw} (« {command} ») : elles lancent une application de ce framework, "
            "mais rien n'est propre au projet.",
            f"Generic steps of {fw}'s template (\"{command}\"): they run an application of that framework, but nothing is the project's own.")))
        generic = bool(template)
    part = None  # (a part's README left as its framework's template: formations-client/README.md's `npm install`, s41 fi41)
    if not instr and (part := (recipes.get("part_templates") or [None])[0]):
        path, line, command, framework = part
        fw = TEMPLATE_NAMES.get(framework, framework)
        instr.append(Evidence(path=path, line=line, value=command, kind="found", note=T(
            f"Étapes génériques du modèle de {fw}, reprises dans {path} (« {command} ») : elles lancent cette partie, "
            "mais rien n'est propre au projet.",
            f"Generic steps of {fw}'s template, kept in {path} (\"{command}\"): they run that part, but nothing is the project's own.")))
        generic = True
    if generic and recipes.get("command_pages"):  # (a guide of the team's own: its steps, not the template's)
        instr, generic = [], False
    if not instr:  # a developer guide in docs/ giving the commands (docs/dev.md: `./mvnw clean compile spring-boot:run`)
        instr += [Evidence(path=p, line=line, value=command, kind="found") for p, line, command in (recipes.get("command_pages") or [])
                  if p not in others][:3]
    agent = recipes.get("agent_guide") or {}
    from_agent = not instr and bool(agent.get("install")) and agent.get("path")  # (no README nor any guide: a coding assistant's CLAUDE.md)
    if from_agent:
        line, text = agent["install"]
        instr.append(Evidence(path=from_agent, line=line, value="install section", kind="found",
                              note=T(f"Étapes d'installation écrites dans {from_agent} (« {text} »), les consignes d'un assistant de code : "
                                     "le dépôt n'a ni README ni autre guide.",
                                     f"Install steps written in {from_agent} (\"{text}\"), a coding assistant's instructions: the repository has "
                                     "no README nor any other guide.")))
    fme = [e["path"] for e in proj.get("kind_evidence") or [] if e.get("reason") == FME_REASON and e.get("path")]
    if fme and not found:  # (FME workspaces: run in FME, a desktop or server product; no container nor package to ask)
        return _fme_run(ctx, fme, instr)
    # a mobile application is installed from its package (an APK, a store) that its build produces (Gradle, Xcode): that build
    # and the written steps to get or build the package are its whole install; nothing is served, no container is asked
    mobile = mobile_build(found) if kind == "mobile-application" and not host else None
    if mobile and instr:
        runtime_score = 6
    # a plugin of a host application is installed by its host (WordPress's or Drupal's extension manager, a copy into its plugins
    # folder): no tooling of its own to ask when its README's own install chapter says how (another README's section is not enough)
    by_host = bool(host) and not manifest and any(e.path == readme.get("path") and e.value in ("install", "deployment") for e in instr)
    if by_host:
        runtime_score = 6
    # (a browser extension whose README installs a packed file, .xpi or .crx, that the repository neither holds nor says how to make,
    # nor replaces by the folder loaded unpacked: its readers cannot install it from the repository; addon_package, s43 fa43)
    packed = (ctx.fact("addon_package") or {}) if by_host else {}
    if packed:
        runtime_score = 1
    # a static site served as it is (HTML, scripts and styles written by hand: no site generator, no npm build, no export tool) whose
    # own README says how to serve and publish it (a commune's PWA: "site statique — aucune installation requise", GitHub Pages,
    # "Aucun build step"): serving its files is its whole install, no tooling to ask
    said = any(e.path == readme.get("path") and e.value in ("install", "deployment") for e in instr)
    as_is = kind == "static-site" and not host and not found and _served_as_is(ctx, proj)
    # (or, with no such section, a README line naming the host it is published on, "Déploiement via GitHub Pages", the forge's
    # custom-domain file beside index.html, a root CNAME, then showing where; a CNAME alone says nothing written: issue 12, s38 fd38)
    published = (ctx.fact("site_publication") or {}) if as_is and not said else {}
    if published.get("readme_line") and readme_path:
        line, text = published["readme_line"]
        instr.append(Evidence(path=readme_path, line=line, value="deployment", kind="found",
                              note=T(f"Publication dite dans le README (« {text} »).", f"Publication stated in the README (\"{text}\").")))
        if published.get("cname"):
            path, domain = published["cname"]
            ev.append(Evidence(path=path, value=domain, kind="found", note=T(
                f"Domaine propre de la publication par la forge ({domain}) : la branche est publiée telle quelle à chaque envoi.",
                f"The forge's publication at its own domain ({domain}): the branch is published as it is at each push.")))
    as_is = as_is and bool(said or (published.get("readme_line") and readme_path))
    # (a static site whose data a script of its own writes on a schedule, a PHP cron job fetching the news the page lists: the
    # script's runtime and the schedule's command are part of its install, said or missing — issue 12, s44 fb44)
    feeds = (ctx.fact("site_feeds") or {}) if as_is else {}
    unfed = feeds.get("scripts") and not (feeds.get("command") and feeds.get("runtime"))
    if as_is:
        runtime_score = 2 if unfed else 6
    # an infrastructure of published images (a compose file around no code of its own, no Dockerfile: nothing to build) is installed
    # whole by its compose file, as a library by its package manifest, when its README says how (issue 12, s42 fr42 = cdg71/nocodb-onprem-deploy)
    if kind == "infrastructure" and said and "compose" in found and "container" not in found and any(
            e.get("reason") == "container or compose files around no code of their own" for e in proj.get("kind_evidence") or []):
        runtime_score = 6
    # (a framework's template README left as is in an application of that framework: its generic steps (`yarn install`, `yarn
    # redwood dev`) do run it, so the service can be run, but the project's own steps are missing: never a pass)
    # a repository of documentation only (no code, no settings file): its guides' install chapters install other software (a Git
    # tutorial's "Installation de Git"), nothing of the repository; unless its own README says how to install it (issue 12, s48 fh48)
    if not found and instr and not any(e.path == readme_path for e in instr) and code_free(ctx) == DOCUMENTATION_ONLY:
        where = ", ".join(f"{e.path}:{e.line}" if e.line else e.path for e in instr[:3])
        return Result.not_applicable(T(f"{DOCUMENTATION_ONLY['fr']} : rien à installer ici ; les étapes d'installation de ses guides ({where}) "
                                       f"installent d'autres logiciels.",
                                       f"{DOCUMENTATION_ONLY['en']}: nothing to install here; the install steps of its guides ({where}) "
                                       f"install other software."), instr[:3], runtimes=[], instructions=False)
    score = min(7, runtime_score + 4) if generic else runtime_score + (4 if instr else 0)
    ev += instr[:10]
    if not found and not instr:
        if why := code_free(ctx):  # a project's description only (its code lives elsewhere): nothing here to install
            return Result.not_applicable(T(f"{why['fr']} : rien à installer ici.", f"{why['en']}: nothing to install here."),
                                         runtimes=[], instructions=False)
        if kind == "static-site" and not host:  # (serving its files is its installation: no container, no database)
            return _for_static_site(ctx, Result.fail(T("Site statique : rien ne dit comment le publier, ni comment le régénérer s'il est produit "
                                                       "par un outil (ni publication automatique, ni instructions).",
                                                       "A static site: nothing says how to publish it, nor how to regenerate it if a tool "
                                                       "produces it (no automatic publication, no instructions)."), ev, runtimes=[],
                                                     instructions=False, kind=kind))
        if served_as_files(proj):  # (an application of pages and scripts served as they are: publishing them, and its service's set-up)
            return for_files_app(Result.fail(T("Application faite de pages et de scripts servis tels quels : rien ne dit comment la publier, "
                                               "ni comment créer et régler le service qui garde ses données (ni publication automatique, ni "
                                               "instructions).",
                                               "An application made of pages and scripts served as they are: nothing says how to publish it, "
                                               "nor how to create and set up the service keeping its data (no automatic publication, no "
                                               "instructions)."), ev, runtimes=[], instructions=False, kind=kind))
        if kind == "mobile-application" and not host:
            return for_mobile(Result.fail(T("Application mobile : aucun moyen reproductible de la construire ou de l'installer (ni construction, "
                                            "ni instructions).",
                                            "A mobile application: no reproducible way to build or install it (no build, no instructions)."),
                                          ev, runtimes=[], instructions=False, kind=kind), None)
        if kind == "analysis" and not host and not course_material(proj):  # (queries or notebooks run over data: no service to start)
            return for_analysis(Result.fail(T("Aucun moyen reproductible de l'installer ou de le construire (ni conteneur, ni recette, ni instructions).",
                                              "No reproducible way to install or build it (no container, recipe or instructions)."),
                                            ev, runtimes=[], instructions=False, kind=kind), (ctx.fact("inventory") or {}).get("languages"))
        # (a library, a plugin, a tool, a course kit's exercises: installed or built, not "run")
        if host or kind not in (None, "web-application", "api-service") or course_material(proj):
            return for_package(_for_host(Result.fail(T(f"{f'{ext_fr} de {host} : a' if host else 'A'}ucun moyen reproductible de l'installer ou de le construire "
                                           "(ni conteneur, ni recette, ni instructions).",
                                           f"{f'{ext_en} of {host}: n' if host else 'N'}o reproducible way to install or build it "
                                           "(no container, recipe or instructions)."), ev, runtimes=[], instructions=False, kind=kind), host, theme), kind, host, None, project_language(ctx))
        return Result.fail(T("Aucun moyen reproductible de lancer le service (ni conteneur, ni recette, ni instructions).",
                             "No reproducible way to run the service (no container, recipe or instructions)."), ev,
                           runtimes=[], instructions=False)
    # (a static site's CI job publishing it, on Pages or copied to a host by rsync or FTP: said as what it is, s42 fe42)
    parts_fr = ", ".join("pages (publication automatique par la CI)" if n == "pages" else n for n in found) or "aucun outillage"
    parts_en = ", ".join("pages (automatic publication by CI)" if n == "pages" else n for n in found) or "none"
    msg = T(f"{f'{ext_fr} de {host} : o' if host else 'O'}utillage d'installation : {parts_fr} ; instructions écrites : {'oui' if instr else 'non'}.",
            f"{f'{ext_en} of {host}: i' if host else 'I'}nstall tooling: {parts_en}; written instructions: {'yes' if instr else 'no'}.")
    if generic:
        which = (f"{part[0]} reprend les étapes du modèle de {fw}", f"{part[0]} keeps {fw}'s template steps") if part else \
            (f"le README est le modèle de {fw} laissé tel quel", f"the README is {fw}'s untouched template")
        msg = T(f"{msg['fr'][:-len(' oui.')]} seulement les instructions génériques du framework ({which[0]}).",
                f"{msg['en'][:-len(' yes.')]} only the framework's generic instructions ({which[1]}).")
    if by_host:
        msg = T(f"Thème de {host}, installé par {host} lui-même (son gestionnaire de thèmes ou son dossier de thèmes) : "
                f"outillage propre : {parts_fr} ; instructions écrites : oui.",
                f"A theme of {host}, installed by {host} itself (its theme manager or themes folder): own tooling: "
                f"{parts_en}; written instructions: yes.") if theme else \
            T(f"Extension de {host}, installée par {host} lui-même (son gestionnaire d'extensions ou son dossier d'extensions) : "
                f"outillage propre : {parts_fr} ; instructions écrites : oui.",
                f"A plugin of {host}, installed by {host} itself (its plugin manager or plugins folder): own tooling: "
                f"{parts_en}; written instructions: yes.")
    if packed:
        x = packed["packed"]
        msg = T(f"{ext_fr} de {host} : le README fait installer un fichier {x} que le dépôt ne contient pas, et rien ne dit comment le "
                "produire ni comment charger le dossier de l'extension tel quel.",
                f"{ext_en} of {host}: the README has its users install a {x} file the repository does not hold, and nothing says how to "
                "build it nor how to load the extension's folder as it is.")
        ev.append(Evidence(path=packed["path"], line=packed["line"], value=x, kind="finding", note=T(
            f"Fichier {x} demandé par les instructions d'installation, absent du dépôt.", f"{x} file the install steps ask for, absent from the repository.")))
    if site_build and not instr and list(found) == ["task-runner"]:
        path, script, command = site_build
        msg = T(f"Site statique : le script « {script} » de {path} le régénère ({command}), mais rien ne dit comment le publier "
                "(ni publication automatique, ni instructions).",
                f"A static site: the script \"{script}\" of {path} regenerates it ({command}), but nothing says how to publish it "
                "(no automatic publication, no instructions).")
    if unfed:
        msg, feed_ev = fed_site_message(feeds, said)
        ev += feed_ev
    elif as_is and said:
        msg = T("Site statique servi tel quel (sans construction) : son README dit comment le servir et le publier ; outillage : aucun n'est "
                "nécessaire.", "A static site served as it is (no build): its README says how to serve and publish it; tooling: none needed.")
    elif as_is:
        msg = T("Site statique servi tel quel (sans construction) : son README dit où il est publié ; outillage : aucun n'est nécessaire.",
                "A static site served as it is (no build): its README says where it is published; tooling: none needed.")
    msg = package_message(msg, kind, manifest)  # (a library: its package manifest named, as what installs it)
    if kind == "mobile-application" and not host:
        msg = T(f"Application mobile{f' construite par {mobile}' if mobile else ''}. {msg['fr']}",
                f"A mobile application{f' built by {mobile}' if mobile else ''}. {msg['en']}")
    if not instr and template:
        tname = TEMPLATE_NAMES.get(template.get("framework"), template.get("framework"))  # (its steps said as the template's: "Getting
        # Started" is create-next-app's, usethis writes "# FILL THIS IN! HOW CAN PEOPLE INSTALL YOUR DEV PACKAGE?")
        ev.append(Evidence(path=readme_path, line=template.get("line"), value=template.get("framework"), kind="missing",
                           note=T(f"Le README est le modèle de {tname} laissé tel quel : ses étapes sont celles du modèle, pas celles du projet.",
                                  f"The README is {tname}'s untouched template: its steps are the template's, not the project's.")))
    elif not instr:
        ev.append(Evidence(path=readme_path, kind="missing", note=T("Pas de section d'installation dans le README ni de document d'installation.",
                                                                    "No install section in the README nor install document.")))
    unbuilt = (ctx.fact("setup_packages") or {}) if manifest == "setup.py" else {}
    if unbuilt.get("missing"):  # (packages=['x'] naming no folder of the repository)
        score, msg = unbuilt_setup(unbuilt, score, msg, ev)
    res = for_package(_for_host(Result.scored(score, msg, ev, runtimes=sorted(found), instructions=bool(instr)), host, theme), kind, host, manifest, project_language(ctx))
    if unbuilt.get("missing"):
        res.advise(T("Corrigez « packages= » dans setup.py pour qu'il nomme le dossier du code (ou utilisez find_packages()), puis vérifiez "
                     "que « pip install . » installe le module : c'est ce manifeste qu'une autre organisation utilisera.",
                     "Fix \"packages=\" in setup.py so that it names the code's folder (or use find_packages()), then check that \"pip "
                     "install .\" installs the module: that manifest is what another organisation will use."))
    if packed:
        res.advise(T(f"Dites dans le README comment produire le fichier {packed['packed']} (par exemple « web-ext build », ou une archive zip "
                     "du dossier) ou publiez-le avec chaque version, et comment charger le dossier tel quel (about:debugging dans Firefox, "
                     "chrome://extensions en mode développeur) : une autre organisation pourra installer l'extension depuis le dépôt.",
                     f"Say in the README how to build the {packed['packed']} file (for example \"web-ext build\", or a zip of the folder) or "
                     "publish it with each release, and how to load the folder as it is (about:debugging in Firefox, chrome://extensions in "
                     "developer mode): another organisation can then install the extension from the repository."))
    if from_agent:
        res = _agent_advice(res, from_agent, kind)
    if unfed:
        return fed_site_advice(res, feeds)
    if kind == "mobile-application" and not host:
        return for_mobile(res, mobile)
    return _for_static_site(ctx, res) if kind == "static-site" and not host else for_files_app(res) if served_as_files(proj) else res


def own_script_fw(template: dict) -> str:
    return TEMPLATE_NAMES.get(template.get("framework"), template.get("framework"))


def _site_build(proj: dict, recipes: dict) -> list[str] | None:
    """The npm script building a static site with its generator (``[package.json, script, command]``): the one of the package.json
    whose folder holds the generator's configuration the kind names (rapport/package.json for rapport/.vuepress/config.js), else the
    first by depth."""
    builds = [b for b in recipes.get("site_builds") or [] if isinstance(b, list) and len(b) == 3]
    sites = [str(e.get("path") or "") for e in proj.get("kind_evidence") or [] if str(e.get("reason", "")).startswith("static site generator")]
    own = [b for b in builds for s in sites if s.startswith(b[0][:-len("package.json")])]
    return max(own, key=lambda b: b[0].count("/")) if own else (builds[0] if builds else None)


def _served_as_is(ctx, proj: dict) -> bool:
    """A static site whose files are served as they are: no site generator, no export tool and no npm manifest at the root (a bundler's
    build)."""
    if any(str(e.get("reason", "")).startswith("static site generator") for e in proj.get("kind_evidence") or []):
        return False
    if (ctx.fact("map_exports") or {}).get("tool"):
        return False
    return not any(m.get("ecosystem") == "npm" and "/" not in m.get("path", "") for m in (ctx.fact("manifests") or {}).get("manifests", []))


def _agent_advice(res: Result, path: str, kind: str | None) -> Result:
    """The install steps were found only in a coding assistant's guide: advise writing them in a README, where people look."""
    of_fr, of_en = (f" de ce projet de type « {kind_label(kind, 'fr')} »", f" of this {kind_label(kind, 'en')}") if kind else ("", "")
    own = T(f"Écrivez un README.md à la racine qui reprend les étapes d'installation et de lancement{of_fr} données dans {path} : ce fichier "
            "s'adresse à un assistant de code, et c'est le README qu'une autre collectivité ou son prestataire lit en premier.",
            f"Write a README.md at the root giving the install and run steps{of_en} now in {path}: that file is addressed to a coding "
            "assistant, and the README is what another local government or its contractor reads first.")
    before = res.remediation
    return res.advise(T(f"{own['fr']} {before['fr']}", f"{own['en']} {before['en']}") if before else own)


def _fme_run(ctx, fme: list[str], instr: list[Evidence]) -> Result:
    """FME workspaces are run in FME: opened in FME Workbench, or by fme.exe with their published parameters (the command line FME
    writes at each workspace's head), or published to FME Server. What another territory needs written is which workspace to run, on
    which data, with which FME build and parameter values: a README section, a guide or a sheet giving those steps."""
    try:
        loading = ctx.fact("load_instructions")
    except FactError:
        loading = {"guides": [], "steps": []}
    instr = instr + [Evidence(path=path, line=line, value=words, kind="found") for path, line, words in (loading.get("steps") or [])[:3]
                     if path not in {e.path for e in instr}]
    n = max(len(fme), int(((ctx.fact("inventory") or {}).get("languages") or {}).get("FME workspace") or 0))
    ev = [Evidence(path=p, kind="found", value="FME workspace") for p in fme[:3]] + instr[:10]
    details = {"runtimes": ["fme"], "instructions": bool(instr), "kind": "cli-tool"}
    remediation = T("Dites dans le README, dans une section « Utilisation », quel espace de travail ouvrir dans FME Workbench (ou lancer par "
                    "fme.exe, ou publier sur FME Server), avec quelle version de FME, sur quelles données en entrée et avec quelles valeurs "
                    "de ses paramètres publiés (bases, dossiers, système de coordonnées).",
                    "Say in the README, in a \"Usage\" section, which workspace to open in FME Workbench (or run with fme.exe, or publish to "
                    "FME Server), with which FME version, on which input data and with which values of its published parameters "
                    "(databases, folders, coordinate system).")
    if instr:
        r = Result.passed(T(f"Espaces de travail FME ({n}) : ils s'exécutent dans FME (FME Workbench, fme.exe ou FME Server) et la façon de "
                            f"les lancer est écrite ({instr[0].path}).",
                            f"FME workspaces ({n}): they run in FME (FME Workbench, fme.exe or FME Server) and how to run them is written "
                            f"({instr[0].path})."), ev, **details)
    else:
        r = Result.scored(4, T(f"Espaces de travail FME ({n}) : ils s'exécutent dans FME (ouverts dans FME Workbench, ou par la ligne de commande "
                               "fme.exe que FME écrit en tête de chacun), mais aucun document ne dit lequel lancer, sur quelles données, avec "
                               "quelle version de FME.",
                               f"FME workspaces ({n}): they run in FME (opened in FME Workbench, or by the fme.exe command line FME writes at "
                               "the head of each), but no document says which one to run, on which data, with which FME version."),
                           ev + [Evidence(kind="missing", note=T("Pas d'instructions d'utilisation.", "No usage instructions."))], **details)
    r.remediation = remediation
    return r


# An end user's manual ("manuel_utilisateur.html" of a map's form: "2.1 : Importer les données GeoJSON sur le formulaire …"): the steps
# its visitors take in the interface, no loading nor publishing of the site (issue 12, s27 c27, a metropolis's mviewer applications)
USER_MANUAL = lazy_compile(r"(?:^|/)[^/]*(?:(?:manuel|manual|guide|notice|aide|help)[-_ ]?(?:de[-_ ]l[-_ ]?|d[-_ ]?|des[-_ ]|for[-_ ](?:the[-_ ])?|du[-_ ])?"
                           r"(?:utilisat(?:eur|rice)s?|users?|usagers?|utilisation|visiteurs?|visitors?|citoyens?)|(?:users?|utilisateurs?)[-_ ]?"
                           r"(?:manual|guide|manuel|help|aide)|mode[-_ ](?:d[-_ ]?)?emploi)[^/]*$", re.I)


READ_GUIDE_EXT = frozenset(TEXT_GUIDE_EXT) | frozenset(OFFICE_TEXT_EXT)  # (the guides whose text load_instructions reads)


def _how_to_load(ctx, kind: str) -> Result:
    """For a data model, a GIS kit or a data specification, installing is loading: the README (or a guide)
    says which scripts to run, which QGIS project or style to open, how to validate data."""
    from auditor.facts.project import kind_label

    loading = ctx.fact("load_instructions")
    try:
        readme = ctx.fact("readme") or {}
    except FactError:
        readme = {}
    ev: list[Evidence] = []
    for sec in readme.get("section_details", []) or []:
        if sec.get("name") in ("install", "deployment", "usage") and readme.get("path"):
            ev.append(Evidence(path=readme["path"], line=sec.get("line"), value=sec.get("name"), kind="found"))
    guides, found_steps = loading["guides"], loading["steps"]
    if kind == "static-site":  # (a site's manual for its visitors says how they use it, not how it is put on a server or a viewer)
        guides, found_steps = [p for p in guides if not USER_MANUAL.search(p)], [s for s in found_steps if not USER_MANUAL.search(s[0])]
    ev += [Evidence(path=p, value="guide", kind="found") for p in guides[:5]]
    steps = [Evidence(path=path, line=line, value=words, kind="found") for path, line, words in found_steps]
    ev += steps[:3]
    what_fr, what_en = kind_label(kind, "fr"), kind_label(kind, "en")
    details = {"kind": kind, "instructions": bool(ev), "load_steps": bool(steps), "runtimes": [], "guides": guides[:10]}
    # a QGIS plugin (its metadata.txt, or its classFactory entry point) is installed into QGIS, not loaded as scripts, a project or styles
    plugin = any(str(e.get("reason", "")).startswith("QGIS plugin ") for e in (ctx.fact("project") or {}).get("kind_evidence") or [])
    what_steps = T("gestionnaire d'extensions, archive zip ou dossier à copier dans les extensions de QGIS", "plugin manager, zip archive or folder to copy into QGIS's plugins") if plugin else T("scripts, projet QGIS, styles", "scripts, QGIS project, styles")
    remediation = T("Pour une extension QGIS, dites dans le README, dans une section « Installation », comment l'installer (gestionnaire "
                    "d'extensions, archive zip, ou dossier à copier dans le répertoire des extensions du profil QGIS), quelle version de QGIS "
                    "elle demande et comment la régler.",
                    "For a QGIS plugin, say in the README, in an \"Installation\" section, how to install it (plugin manager, zip archive, or "
                    "folder to copy into the QGIS profile's plugins directory), which QGIS version it needs and how to set it up.") if plugin else \
        T(f"Pour un projet de type « {what_fr} », l'installation consiste à le charger : dites dans le README, dans une section "
                    "« Installation » ou « Utilisation », quels scripts exécuter et dans quel ordre (psql -f …), quel projet QGIS ou quel style "
                    "ouvrir, quelles extensions (PostGIS) et quelles données préparer, et comment vérifier que tout est en place.",
                    f"For a {what_en}, installing means loading it: say in the README, in an \"Installation\" or \"Usage\" section, which scripts "
                    "to run and in which order (psql -f …), which QGIS project or style to open, which extensions (PostGIS) and data to "
                    "prepare, and how to check that everything is in place.")
    if steps and ev:
        r = Result.passed(T(f"Projet de type « {what_fr} » : la façon de le charger est décrite.", f"A {what_en}: how to load it is described."), ev, **details)
    elif ev and (unread := [p for p in guides if p.rsplit(".", 1)[-1].lower() not in READ_GUIDE_EXT]) and len(unread) == len(guides) \
            and not any(e.path == readme.get("path") for e in ev):
        # (only guides whose text is not read, a PDF and a Word 97 manual beside a batch kit, ref_docs_prog/Manuel.pdf, and no README
        # section: their loading steps are not looked for, so not said missing; the README gives none and names no guide, s35 a35)
        shown = ", ".join(unread[:3])
        r = Result.scored(6, T(f"Projet de type « {what_fr} » : un guide existe ({shown}), dans un format dont le texte n'est pas lu (PDF, Word 97…) : "
                               f"les étapes de chargement qu'il donne peut-être ne sont pas vérifiées ; le README n'en donne aucune.",
                               f"A {what_en}: a guide exists ({shown}), in a format whose text is not read (PDF, Word 97…): the loading steps it "
                               f"may give are not checked; the README gives none."), ev, **details, unread_guides=unread[:10])
    elif ev:
        r = Result.scored(6, T(f"Projet de type « {what_fr} » : une section ou un guide existe, sans les étapes de chargement ({what_steps['fr']}).",
                               f"A {what_en}: a section or guide exists, without the loading steps ({what_steps['en']})."), ev, **details)
    else:
        r = Result.fail(T(f"Projet de type « {what_fr} » : rien ne dit comment le charger (ni section du README, ni guide).",
                          f"A {what_en}: nothing says how to load it (no README section, no guide)."),
                        [Evidence(path=readme.get("path"), kind="missing", note=T("Pas d'instructions de chargement.", "No loading instructions."))], **details)
    r.remediation = remediation
    return r


# a build or development tool's own configuration (histoire.config.ts: process.env.HISTOIRE_BASE; vite.config.js): no setting of a library
# Kinds whose settings this check judges; a project of another kind (a data model, a SQL or QGIS kit) only when it ships a template
# (a mobile application is set at build time: its server's address, its keys in a template of gradle.properties or an .env)
JUDGED_KINDS = CONFIGURED + ("library", "static-site", "mobile-application")
TOOL_CONFIG = lazy_compile(r"(^|/)[\w-]+\.config\.[cm]?[jt]s$|(^|/)(Gruntfile|gulpfile|Gemfile|Rakefile|noxfile|tasks)(\.\w+)?$", re.I)


_BUILD_FILE = lazy_compile(r"(?:^|/)(?:(?:Docker|Container)file(?:\.[\w.-]+)?|[\w.-]+\.dockerfile|(?:docker-)?compose[\w.-]*\.ya?ml|Chart\.yaml|"
                          r"[\w.-]+\.tf|Vagrantfile)$", re.I)


def _build_files(ctx) -> list[str]:
    """The files that build or deploy an infrastructure (a Dockerfile, a compose file, a Helm chart, Terraform), at most 3, sorted."""
    from auditor.facts.tree import tree_of

    return sorted(e.path for e in tree_of(ctx) if e.kind == "file" and _BUILD_FILE.search(e.path))[:3]


def _settings_without_code(ctx, settings: dict) -> Result | None:
    """A configuration repository (a Spring Cloud Config repo of a service's YAML files): settings and no code to read them."""
    if (ctx.fact("inventory") or {}).get("categories", {}).get("source"):
        return None
    files = settings.get("code_free_settings") or []  # (not a .gitignore)
    if not files:
        return None
    return Result.not_applicable(T(f"Aucun code dans le dépôt : {len(files)} fichier(s) de réglages, qu'aucun code ne lit ici.",
                                   f"No code in the repository: {len(files)} settings file(s), which no code here reads."),
                                 env_vars=0, settings_files=files[:5])


def overlay_hooks(proj: dict) -> list[str]:
    """The shell scripts that put a server's configuration overlay into place (the project fact's evidence), or []."""
    return [e["path"] for e in proj.get("kind_evidence") or [] if str(e.get("reason", "")).startswith(OVERLAY_REASON)
            and str(e.get("path") or "").endswith((".sh", ".bash"))]


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
    # (and a library or plugin shipping a settings template of its own: a Geotrek-admin parser's config.py.sample; a project of any other
    # kind is judged only when it ships one: see JUDGED_KINDS)
)


def configuration(ctx) -> Result:
    settings = ctx.fact("env_settings")
    read_vars: dict[str, list] = dict(settings["read_vars"])
    templates = settings["templates"]
    proj = ctx.fact("project") or {}
    kind = decided_kind(proj)
    overlay = [e["path"] for e in proj.get("kind_evidence") or [] if str(e.get("reason", "")).startswith(OVERLAY_REASON) and e.get("path")]
    if kind == "infrastructure" and overlay and not read_vars and not templates:  # (the repository is a server's settings, nothing else)
        files = [p for p in overlay if p not in overlay_hooks(proj)]
        by = f", mis en place par {overlay_hooks(proj)[0]}" if overlay_hooks(proj) else ""
        by_en = f", put into place by {overlay_hooks(proj)[0]}" if overlay_hooks(proj) else ""
        return Result.not_applicable(T(f"Le dépôt est lui-même la configuration d'un serveur ({', '.join(files[:3])}…{by}) : ses réglages sont ces "
                                       "fichiers, qu'un autre territoire adapte ; aucun code propre ne lit de réglage dans l'environnement.",
                                       f"The repository is itself a server's configuration ({', '.join(files[:3])}…{by_en}): its settings are "
                                       "these files, which another territory adapts; no code of its own reads a setting from the environment."),
                                     [Evidence(path=p, kind="found", value="server configuration") for p in files[:5]], env_vars=0, kind=kind)
    # (PyQGIS scripts are programs run by hand in QGIS: the connections and folders they use are settings of their own, judged like a
    # command's; a QGIS project, a style or a plugin's settings are QGIS's)
    scripts_kit = kind == "gis-kit" and any(str(e.get("reason", "")).startswith("PyQGIS scripts") for e in proj.get("kind_evidence") or [])
    if kind is not None and kind not in JUDGED_KINDS and not templates and not scripts_kit \
            and not any(isinstance(a, dict) and a.get("kind") in JUDGED_KINDS for a in proj.get("also_kinds") or []):
        # (a SQL kit or a data model with no settings template: nothing to set; one that ships config/settings.sample.ini to copy
        # and adapt — cbn-alpin/sinp-paca-data's integration scripts — has settings, judged like any other project's)
        fr, en = (", ".join(kind_label(k, lang) for k in JUDGED_KINDS) for lang in ("fr", "en"))
        return Result.not_applicable(T(f"Sans objet pour ce projet de type « {kind_label(kind, 'fr')} », qui ne livre aucun modèle de réglages : "
                                       f"ce contrôle ne porte que sur : {fr}.",
                                       f"Not applicable to this project, a {kind_label(kind, 'en')} shipping no settings template: this check "
                                       f"only judges: {en}."), kind=kind, applies_to=list(JUDGED_KINDS))
    # (a page loading its config.json from config.json.sample is set by it; so is a site whose build reads import.meta.env.VITE_…, and a
    # "library" whose code reads its own settings: a Java batch's System.getProperty("slackWebhookUrl") given at launch)
    # (nor a static site's tooling, the node scripts its package.json runs to build, check or preview the pages: their options,
    # OBSERVATOIRE_PREVIEW_PORT, are no setting of the site)
    tools = set(settings.get("npm_tools") or []) if kind == "static-site" else set()
    # (a static site's data-processing scripts, feeding its map from a database, have their settings: judged, not "nothing to set")
    feeds = kind == "static-site" and bool((proj.get("scores") or {}).get("analysis"))  # (the kind's score of its scripts)
    if kind in ("library", "static-site", "mobile-application") and not templates and not feeds \
            and not [h for h in read_vars.values() if not TOOL_CONFIG.search(h[0]) and h[0] not in tools
                     # (a library's vignette or example reading a key, Sys.getenv("XTRADATA_KEY") in a hidden chunk: the docs' build or the
                     # application using it; the library takes the key as its functions' argument, s41 fr41 = ymansiaux/xtradata)
                     and not (kind == "library" and DOC_BUILD_PATH.match(h[0]))] \
            and not settings.get("uncommitted_settings") and not settings.get("dotnet_keys") \
            and not (kind == "mobile-application" and settings.get("app_settings_files")) \
            and not (kind != "library" and settings.get("placeholder_settings")) \
            and not (kind != "library" and (ctx.fact("service_urls") or ctx.fact("connection_settings") or local_back_end_evidence(ctx))) \
            and not client_back_end(ctx):  # (nor a .NET program's settings file, nor blank API URLs to fill, nor
        # the back end's address its code writes: an Ionic app's baseUrl = 'https://…/api/', a setting left in the code)
        # (a browser add-on's manifest leaving its update server's address as a sample: set by whoever distributes it — s43 fn43)
        if kind == "library" and (addon := addon_update_server(ctx)):
            return addon
        why_fr, why_en = (("ce sont ceux de l'application qui l'utilise", "the settings are those of the application using it") if kind == "library"
                          else ("rien à régler", "nothing to set"))
        return Result.not_applicable(T(f"Sans objet pour ce projet de type « {kind_label(kind, 'fr')} », qui ne livre aucun modèle de réglages : "
                                       f"{why_fr}.", f"Not applicable to this project, a {kind_label(kind, 'en')} shipping no settings template: "
                                       f"{why_en}."), kind=kind)
    if not read_vars and not templates and (keys := mobile_settings_committed(settings, kind)):  # (s45 fb45: keys in the manifest, strings.xml)
        return keys
    if not read_vars and (committed := secret_settings_file(ctx, templates)):  # (conf.ini read by read.ini, with a password: s42 fj42)
        return committed
    try:  # documents with a configuration chapter (a sub-folder README's "Configuration des options")
        config_docs = (ctx.fact("docs") or {}).get("configuration") or []
    except FactError:
        config_docs = []
    documented = set(settings["documented"])
    try:
        readme = ctx.fact("readme") or {}
    except FactError:
        readme = {}
    # (the configuration a README-like document the README links gives describes the settings as the README's own chapter would:
    # README-developpement.md beside the user README, the Oracle settings to complete in application-*.properties, s41 fc41)
    linked = (readme.get("section_sources") or {}).get("configuration")
    linked_config = [linked] if linked and linked != readme.get("path") and _DOC_FILE.search(linked) \
        and (documented & set(read_vars) or not read_vars or templates) else []
    settings_docs = sorted(set(settings["settings_docs"]) | set(config_docs) | set(linked_config), key=lambda p: (p.count("/"), p))
    readme_text = settings["readme_text"]
    undocumented = sorted(v for v in read_vars if v not in documented)  # (a configuration section naming no variable read documents none)
    tools_only = set(settings.get("tool_setup_chapters") or [])  # ("## Configuration initiale" installing clasp and signing in: no setting)
    tools_only |= set(settings.get("empty_config_chapters") or [])  # (nor a chapter whose block is an empty `"config": { }`: s47 fg47)
    readme_config = [s for s in (readme.get("section_details") or []) if s.get("name") == "configuration" and s.get("line") not in tools_only
                     and (documented & set(read_vars) or not read_vars or templates)]
    sourced = settings.get("sourced_settings") or []  # (config.sh sourced by a shell pipeline, which no document names: s30 d30)
    if sourced and not read_vars and set(templates) <= {p for p, _ in sourced} and not any(n for _, n in sourced):
        settings_docs, readme_config, linked_config = [], [], []  # (a chapter "Configuration de la base de données" running setup scripts describes none)
    unread_ev, unread_fr, unread_en = unread_env_evidence(settings, templates)  # (a committed .env nothing reads: said, not counted)
    ev: list[Evidence] = [Evidence(path=p, kind="found", value="template") for p in templates[:5]] + unread_ev
    ev += [Evidence(path=p, kind="found", value="settings") for p in settings_docs[:5]]
    ev += [Evidence(path=readme["path"], line=s.get("line"), kind="found", value="README configuration") for s in readme_config[:2]]
    if readme_config and not settings_docs:  # the README's configuration section documents the settings
        if not read_vars and not templates and (none := _settings_without_code(ctx, settings)):
            return none  # (stela-config: "edit application.yml for every service" documents settings that no code here reads)
        if not read_vars and not templates and (code := settings.get("readme_code_edits") or []):
            return readme_edits_code_result(ctx, code, readme, readme_config[0], kind)  # (it says which code files to edit: s35 w35)
        settings_docs = [readme["path"]]
    scripted = settings.get("script_set") or []
    if scripted and not read_vars and not templates and not settings_docs:  # (a static front end's build-time constants, set by its build script)
        names = ", ".join(dict.fromkeys(h[0] for h in scripted[:6]))
        of_fr, of_en = (f" de ce projet de type « {kind_label(kind, 'fr')} »", f" of this {kind_label(kind, 'en')}") if kind else ("", "")
        return Result.passed(T(f"Les seules variables d'environnement lues par le code{of_fr} ({names}) reçoivent leur valeur du script de construction "
                               f"du projet ({scripted[0][2]}) : ce sont des constantes de la construction, aucun réglage que le déployeur doive fournir.",
                               f"The only environment variables the code{of_en} reads ({names}) get their value from the project's own build script "
                               f"({scripted[0][2]}): build-time constants, no setting the deployer must give."),
                             [Evidence(path=h[1][0], line=h[1][1], value=h[0], kind="found", note=T(f"Fixée par {h[2]}.", f"Set by {h[2]}."))
                              for h in scripted[:5]], env_vars=0, script_set=[h[0] for h in scripted[:20]])
    if not read_vars and not templates and not settings_docs:
        if unversioned := settings_without_example(settings, kind):  # (a .NET service's C:\\Shutdown\\Service.xml: read, no example)
            return unversioned
        options = _cli_options(ctx)
        if options:  # dematik: `python -m dematik --pattern … --force`, its options in the README's usage
            # (what was measured: options parsed, no environment read, no settings file; values written in the code are not looked for)
            return Result.passed(T("Outil en ligne de commande réglé par ses options (aucun réglage lu dans l'environnement ni fichier de réglages).",
                                   "A command-line tool set by its options (no setting read from the environment, no settings file)."),
                                 [Evidence(path=h[0], line=h[1], value=h[2], kind="found") for h in options[:3]], env_vars=0, cli_options=len(options))
        inventory = ctx.fact("inventory") or {}
        if not inventory.get("categories", {}).get("source"):  # documentation only (a README of GDAL recipes)
            if none := _settings_without_code(ctx, settings):
                return none
            if why := submodule_code(ctx):  # (the settings of the add-ons it pins are in those repositories)
                return Result.inconclusive(why, env_vars=0)
            if built := _build_files(ctx):  # (a container image's build: Dockerfile, requirements.txt, CI workflows; no code of its own)
                return Result.not_applicable(T(f"Aucun code propre dans le dépôt, seulement la construction d'une infrastructure ({', '.join(built)}) "
                                               ": aucun réglage de son code à documenter.",
                                               f"No code of its own in the repository, only an infrastructure's build ({', '.join(built)}): no "
                                               "setting of its code to document."), [Evidence(path=p, kind="found") for p in built], env_vars=0)
            return Result.not_applicable(T("Aucun code dans le dépôt (seulement de la documentation) : rien à configurer.",
                                           "No code in the repository (documentation only): nothing to configure."), env_vars=0)
        blocks = textscan_ok(ctx)["signals"].get("config.code-block", [])
        if blocks and kind in ("cli-tool", None):  # (a "# CONFIG" block of values in the code: settings, hard-coded)
            b = blocks[0]
            return Result.scored(2, T(f"Réglages écrits dans le code ({b[0]}:{b[1]}, bloc « {b[2]} ») : aucune option, variable d'environnement ni "
                                      "fichier de réglages ne les fixe ; pour les changer, il faut modifier le code.",
                                      f"Settings written in the code ({b[0]}:{b[1]}, a \"{b[2]}\" block): no option, environment variable or settings "
                                      "file sets them; changing them means editing the code."),
                                  [Evidence(path=h[0], line=h[1], value=h[2], kind="finding") for h in blocks[:5]], env_vars=0, code_blocks=len(blocks))
        # a filter reading stdin, writing stdout: nothing to set (a script a cron job runs reads and writes where its code says)
        if decided_kind(ctx.fact("project") or {}) == "cli-tool" and not run_on_schedule(ctx.fact("project") or {}):
            # (unless its code writes one machine's paths or imports a credentials module it does not hold: settings, hard-coded)
            if held := settings_in_cli_code(ctx, settings, kind):
                return held
            return Result.not_applicable(T("Outil en ligne de commande sans aucun réglage (ni option, ni variable d'environnement, ni fichier) : "
                                           "rien à configurer ni à documenter.",
                                           "A command-line tool with no setting at all (no option, environment variable or file): nothing "
                                           "to configure or document."), env_vars=0, cli_options=0)
        # (a quiz whose code reads nothing and writes no key, password or server address either: nothing for a deployment to set;
        # code that writes them, a Mapbox token or a Google key, holds its settings hard-coded: they are shown)
        if none := nothing_to_set(ctx, settings, kind, textscan_ok(ctx)):
            return none
        if settings.get("placeholder_settings") and not settings.get("standard_vars"):  # ('your-host' in connect.php: to fill in the code)
            return placeholders_in_code(settings, kind, unread_fr, unread_en)
        written = written_values(ctx, textscan_ok(ctx))
        # (a program whose only settings are the options it reads on its command line, a desktop dashboard's -u / -p: judged on them)
        if settings.get("cli_options") and written == [] and not settings.get("standard_vars"):
            return options_only(settings, kind)
        ev += written or []
        std = standard_and_deployed(settings)
        if std:  # (server.js: `listen(process.env.PORT || 3001)`, every other value written in the code)
            std_fr, std_en = standard_roles(std[:4])  # (each said for what it is: PORT set by the platform, NODE_ENV the run mode)
            return Result.fail(T(f"Aucun réglage propre au projet lu dans l'environnement (seulement {std_fr}) et aucun modèle de configuration.",
                                 f"No setting of the project read from the environment (only {std_en}) and no configuration template."),
                               ev + _deploy_evidence(settings), env_vars=0, standard_vars=std)
        if paths := machine_path_evidence(ev):  # (a desktop program's data folders, "/databank/…", "C:\\temp": its settings, in the code)
            return paths_in_code(ev, paths, kind, unread_fr, unread_en)
        # (the server the code connects to, written in it: said with its place, the first thing a deployment elsewhere changes)
        server = next((e for e in ev if (e.note or {}).get("en") == SERVER_NOTE and e.line), None)
        at_fr, at_en = ((f" ; le code écrit l'adresse du serveur auquel il se connecte ({server.value}, {server.path}:{server.line}) : "
                         "la changer demande de modifier le code",
                         f"; the code writes the address of the server it connects to ({server.value}, {server.path}:{server.line}): "
                         "changing it means editing the code") if server else ("", ""))
        # (or the settings of its connections, a PHP include's $servername, $username, $password and $dbname: said with their place, s38)
        conn = None if server else next((e for e in ev if (e.note or {}).get("en") == CONNECTION_NOTE and e.line), None)
        if conn:
            at_fr, at_en = (f" ; le code écrit les réglages de ses connexions (base de données, identifiants, clés ; par exemple « {conn.value} », "
                            f"{conn.path}:{conn.line}) : les changer demande de modifier le code",
                            f"; the code writes the settings of its connections (database, logins, keys; for example \"{conn.value}\", "
                            f"{conn.path}:{conn.line}): changing them means editing the code")
        # (a program reading options on its command line beside the values it writes: said with their place)
        opts = settings.get("cli_options") or []
        opt_fr, opt_en = ((f" ; il lit des options de ligne de commande ({opts[0][0]}:{opts[0][1]})",
                           f"; it reads command-line options ({opts[0][0]}:{opts[0][1]})") if opts else ("", ""))
        ev += [Evidence(path=o[0], line=o[1], value=o[2], kind="found") for o in opts[:3]]
        return Result.fail(T(f"Aucun réglage lu dans l'environnement et aucun modèle de configuration{unread_fr}{at_fr}{opt_fr}.",
                             f"No setting read from the environment and no configuration template{unread_en}{at_en}{opt_en}."), ev, env_vars=0,
                           cli_options=len(opts))
    host = settings.get("host_settings") or []
    if host and not read_vars:  # a Moodle plugin's settings.php, a Drupal module's config/install/*.settings.yml, an Ansible role's defaults
        platform = host[0][1]
        # (an FME workspace's published parameters are given at each run: Workbench's prompt, fme.exe's --NAME value, FME Server's form)
        who_fr, who_en = ("chaque exécution les fixe (invite de FME Workbench, options --NOM de fme.exe, FME Server)",
                          "each run sets them (FME Workbench's prompt, fme.exe's --NAME options, FME Server)") if platform == "FME" \
            else ("chaque exécution ou installation les fixe (dbt run --vars, un profil de profiles.yml)",
                  "each run or installation sets them (dbt run --vars, a profile of profiles.yml)") if platform == "dbt" \
            else ("chaque installation les fixe", "each installation sets them")
        declared = {p for p, _ in host}
        if hard := hard_coded_beside(ctx, textscan_ok(ctx), declared):  # (FME workspaces beside PHP and Java writing the database's password)
            return _declared_and_hard_coded(host, hard, ev, declared, kind)
        # (settings.X read by name, or a CKAN extension's config.get('ckanext.x.y') read from the host's ini: no file declares them,
        # so no page describing them leaves each installation reading the code, s37 fj37; CKAN s39 lead after fn39's d7930914)
        # (a library's AppConf class, conf.py, declares each setting with its default: the list the host's settings override, s42 fe42)
        defaults = [p for p in settings.get("overridden_defaults") or [] if platform == "Django"]
        if platform in ("Django", "CKAN") and not (readme_config or settings_docs or defaults):
            where_fr, where_en = (("les settings du projet Django hôte", "the host Django project's settings") if platform == "Django"
                                  else ("le fichier ini de l'instance CKAN hôte", "the host CKAN instance's ini file"))
            return Result.warn(T(f"Réglages lus dans {where_fr} ({host[0][0]}{f' et {len(host) - 1} autre(s)' if len(host) > 1 else ''}) "
                                 "mais décrits nulle part (ni section de configuration du README, ni document) : chaque installation doit lire le code "
                                 "pour savoir lesquels fixer.",
                                 f"Settings read from {where_en} ({host[0][0]}{f' and {len(host) - 1} other(s)' if len(host) > 1 else ''}) "
                                 "but described nowhere (no README configuration section, no document): each installation must read the code to "
                                 "know which to set."),
                               [Evidence(path=p, kind="finding", value=f"{platform} settings read") for p, _ in host[:5]], score=5,
                               env_vars=0, host_settings=[p for p, _ in host])
        named_fr, named_en = ((f" ; leurs valeurs par défaut sont déclarées dans {defaults[0]}, que les settings du projet hôte remplacent",
                               f"; their defaults are declared in {defaults[0]}, which the host project's settings override") if defaults else ("", ""))
        return Result.passed(T(f"Réglages déclarés comme le prévoit la plateforme {platform} ({host[0][0]}"
                               f"{f' et {len(host) - 1} autre(s)' if len(host) > 1 else ''}) : {who_fr} sans modifier le code{named_fr}.",
                               f"Settings declared the way {platform} expects ({host[0][0]}"
                               f"{f' and {len(host) - 1} other(s)' if len(host) > 1 else ''}): {who_en} without editing the code{named_en}."),
                             [Evidence(path=p, kind="found", value=f"{name} settings") for p, name in host[:5]]
                             + [Evidence(path=p, kind="found", value="Django settings defaults (AppConf)") for p in defaults[:3]]
                             + [e for e in ev if e.path not in {p for p, _ in host}],
                             env_vars=0, host_settings=[p for p, _ in host])
    # (the README of the folder holding the template, with its configuration chapter, is that part's README: back/README.md's
    # "## Configuration", copy config/config_template.yml to config.yml, s27 d27 = s26 m17-o3, an OPSN's FastAPI back end)
    part_readme = not readme_config and any(_SUB_README.search(d) and any(t.startswith(d.rsplit("/", 1)[0] + "/") for t in templates)
                                            for d in config_docs if "/" in d)
    score = _score(read_vars, undocumented, templates, settings_docs, bool(readme_config or linked_config) or part_readme, readme_text)
    # (a page in a browser reads no environment: its settings file, js/config.js or config.json, is the way; so does a Google Apps
    # Script project, run on Google's servers with no environment: its Config.js settings module)
    if (kind == "static-site" or apps_script_manifest(proj)) and not read_vars and any(t.endswith((".js", ".gs", ".mjs", ".json")) for t in templates):
        score = min(10.0, score + 3)
    max_und = ctx.params["max_undocumented"]
    for v in undocumented[:15]:
        h = read_vars[v]
        ev.append(Evidence(path=h[0], line=h[1], value=v, kind="finding",
                           note=T("Variable interpolée par Docker Compose dans ce fichier, mais absente du modèle .env et du README.",
                                  "Variable interpolated by Docker Compose in this file, but missing from the .env template and the README.")
                           if is_compose_file(h[0]) else T("Constante testée par le code (defined) que ni le README ni une ligne define() livrée ne décrit.",
                                                           "Constant the code tests (defined) that neither the README nor a shipped define() line describes.")
                           if v in (settings.get("wp_constants") or []) else T("Propriété système de la JVM lue par le code (System.getProperty, donnée par -D au lancement) "
                                                                               "que ni le README ni un fichier de lancement (Dockerfile, script) ne nomme.",
                                                                               "JVM system property read by the code (System.getProperty, given with -D at launch) "
                                                                               "that neither the README nor a launch file (Dockerfile, script) names.")
                           if v in (settings.get("system_properties") or []) else T("Variable lue par le code mais absente du modèle .env et du README.",
                                                           "Variable read by the code but missing from the .env template and the README.")))
    # (a Streamlit app reading only its secrets store, st.secrets: its template is .streamlit/secrets.toml.example, no .env)
    streamlit = bool(read_vars) and set(read_vars) <= set(settings.get("streamlit_secrets") or [])
    sample = ".streamlit/secrets.toml.example" if streamlit else ".env.example"
    if not templates and read_vars:
        ev.append(Evidence(kind="missing", value=sample, note=T(f"Pas de modèle {sample} listant les réglages.", f"No {sample} template listing the settings.")))
    if len(undocumented) > max_und:
        score = min(score, 7)
    # (.env templates and a README chapter that name none of the variables the code reads document none of them: JWT_SECRET and
    # NEXT_PUBLIC_API_URL required, the .env.example holding only DATABASE_URL, s34 i34; a settings file's template, an
    # application.properties.example, documents the file's own settings)
    none_named = bool(read_vars) and len(undocumented) == len(read_vars) and bool(templates) \
        and all(is_env_template(t) or t.rpartition("/")[2].startswith(".env") for t in templates)
    if none_named:
        score = min(score, 7)
    # (a WordPress plugin's constants, tested with defined() and set by each site's wp-config.php: no environment read, s33 t33)
    where_fr, where_en = ("constante(s) que chaque site définit dans wp-config.php", "constant(s) each site defines in wp-config.php") \
        if read_vars and set(read_vars) <= set(settings.get("wp_constants") or []) else ("réglage(s) lu(s) dans le magasin de secrets de Streamlit (st.secrets)",
        "setting(s) read from Streamlit's secrets store (st.secrets)") if streamlit else ("réglage(s) lu(s) dans l'environnement", "setting(s) read from the environment")
    props = [v for v in read_vars if v in (settings.get("system_properties") or [])]
    if props and not streamlit and not (read_vars and set(read_vars) <= set(settings.get("wp_constants") or [])):
        # (a Java program's JVM system properties are settings given at launch, no environment variable: said as such, s48 lead)
        where_fr, where_en = (f"réglage(s) lu(s) dans l'environnement ou au lancement ({len(props)} propriété(s) système de la JVM)",
                              f"setting(s) read from the environment or given at launch ({len(props)} JVM system propert{'y' if len(props) == 1 else 'ies'})") \
            if len(props) < len(read_vars) else ("réglage(s) donné(s) au lancement comme propriétés système de la JVM (-D)",
                                                 "setting(s) given at launch as JVM system properties (-D)")
    none_fr, none_en = (" (il n'en nomme aucun)", " (naming none of them)") if none_named else ("", "")
    msg = T(f"{len(read_vars)} {where_fr}, {len(undocumented)} non documenté(s) ; modèle : {templates[0] if templates else 'aucun'}{none_fr}.",
            f"{len(read_vars)} {where_en}, {len(undocumented)} undocumented; template: {templates[0] if templates else 'none'}{none_en}.")
    if not read_vars:  # (settings in a file, a Spring application.yml, a batch's properties: say where, not "0 read, 0 undocumented")
        where = [p for p in settings_docs if p not in templates][:1]
        in_readme = bool(where) and where[0] == readme.get("path")  # (the README's configuration section: no settings file)
        # (nor a sub-folder's README or a guide describing the settings, CartoGIS54's src/README.md "## Configuration": a document)
        described = bool(where) and not in_readme and _DOC_FILE.search(where[0]) is not None
        std = standard_and_deployed(settings)  # (process.env.PORT read: a variable the platform sets, said as such)
        std_fr, std_en = standard_roles(std[:4])
        ev += _deploy_evidence(settings) if std else []
        none_fr, none_en = ((f"Aucun réglage propre au projet lu dans l'environnement (seulement {std_fr})",
                             f"No setting of the project read from the environment (only {std_en})") if std
                            else ("Aucun réglage lu dans l'environnement", "No setting read from the environment"))
        msg = T(f"{none_fr} ; modèle : {templates[0] if templates else 'aucun'}"
                + ((" ; réglages décrits dans le README" if in_readme else f" ; réglages décrits dans {where[0]}" if described
                    else f" ; fichier de réglages : {where[0]}") if where else "") + ".",
                f"{none_en}; template: {templates[0] if templates else 'none'}"
                + (("; settings described in the README" if in_readme else f"; settings described in {where[0]}" if described
                    else f"; settings file: {where[0]}") if where else "") + ".")
    # (a mobile application's back end written at every call: s37 fj37; a front end's calls to its back end at localhost:8080, s46 fk46)
    if not read_vars and (back := client_back_end(ctx) or local_back_end_evidence(ctx)):
        b = back[0]
        msg = T(msg["fr"][:-1] + f" ; le code écrit l'adresse de son serveur à chaque appel ({b.value}, {b.path}:{b.line}) : la changer demande de modifier le code.",
                msg["en"][:-1] + f"; the code writes its server's address at each call ({b.value}, {b.path}:{b.line}): changing it means editing the code.")
        ev += back
        score = min(score, 5)
    msg, score = ignored_modules_said(settings, msg, ev, score)  # (config.py imported, git-ignored, described nowhere: s30 d30)
    if read_vars:  # (the sponsor's instance of a data service written in the code beside the settings read: s41 fo41)
        msg, score = tenant_address_said(ctx, templates, msg, ev, score)
        msg, score = mail_server_said(ctx, templates, msg, ev, score)  # (and the mail server it sends through: s46 ff46)
        # (and the paths of one machine it writes: an interpreter, a script, data and results folders — s46 fc46)
        msg, score = machine_paths_said(settings, templates, msg, ev, score)
    if not read_vars and templates:  # (param.json sets the API's address, the code writes the server's address itself: s33 i33)
        msg, score = bypassed_address_said(ctx, settings, templates, msg, ev, score)
    res = Result.scored(score, msg, ev, env_vars=len(read_vars), undocumented=undocumented[:50], templates=templates[:10])
    advice = _settings_advice(read_vars, undocumented, templates, sample, settings.get("system_properties") or ()) or machine_paths_advice(ev, templates)
    if advice:
        res.advise(advice)
    return res


def standard_and_deployed(settings: dict) -> list[str]:
    """The standard variables the code reads (process.env.PORT) and those the deployment's start reads in shell (setup.sh's
    `port = $PORT`, run by the Procfile)."""
    std = list(settings.get("standard_vars") or [])
    return std + [r[0] for r in settings.get("deploy_reads") or [] if r[0] not in std]


def _deploy_evidence(settings: dict) -> list[Evidence]:
    """Where a Procfile, a container's start or a script they run reads the deployment's PORT (setup.sh's `port = $PORT`): the
    read no code file shows."""
    return [Evidence(path=p, line=line, value=v, kind="found",
                     note=T("Variable que lit le démarrage du déploiement (Procfile, conteneur ou script qu'ils lancent).",
                            "A variable the deployment's start reads (Procfile, container or a script they run)."))
            for v, p, line in (settings.get("deploy_reads") or [])[:3]]


def _cli_options(ctx) -> list:
    """A command-line tool's option parsing (argparse, click…): its settings are its options."""
    proj = ctx.fact("project") or {}
    if proj.get("kind") != "cli-tool" and decided_kind(proj):  # (or scripts whose kind no file decided: two PowerShell scripts)
        return []
    signals = textscan_ok(ctx)["signals"]
    return list(signals.get("config.cli-options", [])) + list(signals.get("config.cli-params", []))


def _named_where(read_vars: dict, names: list[str]) -> str:
    """The first six settings of ``names`` with where the code reads each (``NAME (path:line)``), and how many more."""
    return ", ".join(f"{v} ({read_vars[v][0]}:{read_vars[v][1]})" for v in names[:6]) + (f" +{len(names) - 6}" if len(names) > 6 else "")


def _settings_advice(read_vars: dict, undocumented: list[str], templates: list[str], sample: str = ".env.example",
                     props: list[str] | tuple = ()) -> dict[str, str] | None:
    """The remediation written for this finding: the lines to add to the template, or the template to create; for a Java program's
    JVM system properties (``props``), given with -D at launch, a line of the README naming them (no .env template sets them)."""
    at_fr, at_en = (" à la racine", " at the root") if sample == ".env.example" else ("", "")
    if undocumented and all(v in props for v in undocumented):
        # (issue 12, s48 lead, re-reader ve48 = OPEN-ENT-NG/cahier-de-textes: "Add to src/.env.example" for httpclient.proxyHost)
        where = _named_where(read_vars, undocumented)
        return T(f"Nommez dans le README (chapitre de configuration) les propriétés système que lit le code, avec un exemple de lancement "
                 f"(java -D<nom>=<valeur> ou JAVA_OPTS) et ce que chacune règle : {where}.",
                 f"Name in the README (its configuration chapter) the system properties the code reads, with a launch example "
                 f"(java -D<name>=<value> or JAVA_OPTS) and what each sets: {where}.")
    undocumented = [v for v in undocumented if v not in props] or undocumented
    if undocumented:
        where = _named_where(read_vars, undocumented)
        tpl = templates[0] if templates else None
        # (the settings of one part read where another part's template stands — a front end's VITE_* in frontend/vite.config.ts,
        # the back end's deployment/…/conf.json.template the only one: the part's own template, or one to create in the part;
        # issue 12, s47 fg47 left / s48 lead = OPEN-ENT-NG/flashquizz-connector)
        parts = {read_vars[v][0].split("/", 1)[0] for v in undocumented if "/" in read_vars[v][0]}
        if tpl and len(parts) == 1 and all("/" in read_vars[v][0] for v in undocumented):
            part = next(iter(parts))
            own = [t for t in templates if t.startswith(part + "/")]
            if own:
                tpl = own[0]
            elif not any("/" not in t for t in templates):
                tpl, sample, at_fr, at_en = None, f"{part}/{sample.rpartition('/')[2]}", "", ""
        return T(f"Ajoutez à {tpl or sample + ' (à créer' + at_fr + ')'} une ligne par réglage, avec une valeur d'exemple et "
                 f"un commentaire qui dit à quoi il sert : {where}.",
                 f"Add to {tpl or sample + ' (to create' + at_en + ')'} one line per setting, with an example value and a "
                 f"comment saying what it is for: {where}.")
    if not templates and read_vars:
        return T(f"Créez {sample}{at_fr} avec les {len(read_vars)} réglages que lit le code ({', '.join(sorted(read_vars)[:8])}).",
                 f"Create {sample}{at_en} with the {len(read_vars)} settings the code reads ({', '.join(sorted(read_vars)[:8])}).")
    return None
