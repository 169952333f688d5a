"""reusability.dependencies: manifests, lockfiles per ecosystem, and an update tool.

It is longer than 400 lines because the dependency check's message, evidence and advice are written per ecosystem
(manifests, lockfiles, update tools, copied libraries) in one place, with their French and English texts."""

from __future__ import annotations

import re

from auditor.checks.interface import Evidence, Result, Status, T, check, clauses
from auditor.facts.inventory import NO_UPDATE_BOT
from auditor.facts.cleaned_outputs import TEMPLATED_PACKAGE_JSON
from auditor.facts.kind_appsscript import apps_script_manifest
from auditor.facts.project import decided_kind, host_extension_of
from auditor.facts.requirement_files import runtime_manifests

from .common import NO_MANIFEST_KINDS, no_runtime_kind, nothing_declared, tool_program
from .dependencies_evidence import _loose_evidence, _manifest_evidence, actions_only_evidence, misdirected_evidence, project_update_tools
from .dependencies_hosted import host_only, host_only_evidence, hosted_copies, hosted_plugin, typo3_copies
from .dependencies_unpackaged import _hosted_imports, _packages_loaded, _shell_pipeline, manager_installed, host_project_imports, python_undeclared, standard_library_only
# the manifests of a package others install with their package manager (Composer, npm, pip, R, Cargo, pub, Mix), which resolves
# the package's dependencies in the installing project
PACKAGE_MANIFESTS = frozenset({"composer.json", "package.json", "pyproject.toml", "setup.py", "setup.cfg", "DESCRIPTION", "Cargo.toml",
                               "pubspec.yaml", "mix.exs"})
# ecosystems neither Dependabot nor Renovate updates (the one list, maintenance.dependency-updates reads it too)
NO_UPDATE_TOOL = NO_UPDATE_BOT


@check(
    id="reusability.dependencies",
    family="reusability",
    effort="hours",
    title=T("Les dépendances sont déclarées, verrouillées et tenues à jour", "Dependencies are declared, locked and kept up to date"),
    rationale=T(
        "Une autre équipe ne peut réinstaller le service à l'identique que si ses dépendances sont déclarées dans un manifeste et "
        "verrouillées (lockfile) dans chaque écosystème ; un outil de mise à jour (Dependabot, Renovate) limite la dette de sécurité.",
        "Another team can only reinstall the service identically if its dependencies are declared in a manifest and locked (lockfile) "
        "in each ecosystem; an update tool (Dependabot, Renovate) limits the security debt.",
    ),
    remediation=T(
        "Versionnez le fichier de verrouillage de chaque manifeste listé (package-lock.json, yarn.lock, poetry.lock, uv.lock, "
        "composer.lock…) et ajoutez .github/dependabot.yml ou renovate.json.",
        "Commit the lockfile of each listed manifest (package-lock.json, yarn.lock, poetry.lock, uv.lock, composer.lock…) and add "
        ".github/dependabot.yml or renovate.json.",
    ),
)
def dependencies(ctx) -> Result:
    value = ctx.fact("manifests")
    manifests = value["manifests"]
    proj = ctx.fact("project") or {}
    kind = decided_kind(proj)
    libraries = (ctx.fact("inventory") or {}).get("libraries") or []
    if not any(m["dependencies"] or (m["dev_dependencies"] and m["ecosystem"] != "composer") for m in manifests):  # none, a name (setup.py), composer require-dev only (s44 fo44)
        host = (host_extension_of(proj) or (None, None))[1]
        # an extension importing its host's modules (@mapstore/…) is built inside the host's tree, with the host's manifest
        host = host or ("MapStore" if ((ctx.fact("textscan") or {}).get("signals") or {}).get("host.mapstore-import") else None)
        if host and libraries and (bundled := hosted_copies(host, libraries, kind, _library_evidence)):  # (PHP copies it bundles)
            return bundled
        # (a TYPO3 extension's ext_emconf.php is its manifest: the copied scripts are what it leaves undeclared)
        if host == "TYPO3" and libraries and (typo3 := typo3_copies(ctx, libraries, kind, _library_evidence, _names)):
            return typo3
        if host and not libraries:  # a plugin that brings no library of its own runs on its host's (GLPI, WordPress, JCMS…)
            return hosted_plugin(ctx, host, kind)  # (and a TYPO3 extension's declared extensions named)
    if not manifests and not libraries and (tool := tool_program(ctx, proj, kind)):  # (a Talend job, an FME workspace, a PLC program)
        return tool
    if not manifests and not libraries and kind not in NO_MANIFEST_KINDS and not (ctx.fact("inventory") or {}).get("categories", {}).get("source"):
        return Result.not_applicable(T("Aucun code dans le dépôt (seulement de la documentation ou des fichiers) : aucune dépendance à déclarer.",
                                       "No code in the repository (documentation or files only): no dependency to declare."), ecosystems={}, kind=kind)
    if not manifests and not libraries and (std := standard_library_only(ctx, kind)):  # (urllib and csv; PDO and mail(): nothing to declare)
        return std
    # (code run by QGIS, which installs no Python package for it: the modules it imports besides QGIS's own are named, or said missing)
    hosted = (_hosted_imports(ctx, kind) or (host_project_imports(ctx) if not manifests else None)) if not libraries else None
    if not manifests:
        if not libraries and (pipe := _shell_pipeline(ctx, kind)):
            return pipe
        if hosted:
            return hosted
        # (the packages the code loads, named whatever the kind: a Shiny application's library(shiny), library(sf))
        qgis = any(e.get("reason") == QGIS_PLUGIN_REASON for e in proj.get("kind_evidence") or [])
        loaded = _packages_loaded(ctx) if not libraries else []
        return _without_manifest(kind, libraries, loaded, qgis_plugin=qgis, apps_script=apps_script_manifest(proj), npm_site=_npm_site(proj),
                                 named=_named_in_docs(ctx, loaded))
    if why := no_runtime_kind(ctx, manifests):
        if hosted and hosted.status != Status.NOT_APPLICABLE:  # (a plugin's requirements/dev.txt of linters declares none of its imports)
            return hosted
        return Result.not_applicable(T(why[0] + ".", why[1] + "."), ecosystems=value["ecosystems"], kind=kind)
    invalid = [m for m in manifests if m["error"]]
    # manifests that declare something (a package.json with only scripts needs no lockfile; development tools' requirements/dev.txt no runtime)
    relevant = runtime_manifests(manifests)
    # a Jalios JCMS plugin's plugin.xml requiring other plugins (<dependency name="CalendarPlugin"/>) names plugins of the same JCMS
    # installation, which its administrator installs: no tool downloads them, no lock file exists for them (a dependencies.list of
    # versioned release archives, when the repository has one, pins them: then the manifest is locked)
    # (and a host plugin's composer.json requiring nothing but its host, typo3/cms-core, php: the site installing it locks them)
    hosted, own = [m for m in relevant if m["ecosystem"] == "jcms" and m["path"].rsplit("/", 1)[-1] == "plugin.xml" and not m["lockfile"]], host_only(proj, relevant)
    # (a Drupal 7 module's .info listing dependencies[] names modules of the same Drupal site, which its administrator installs: Drupal
    # 7 has no lockfile for them; a Drupal 8+ .info.yml is locked by the site's composer.lock)
    hosted += [m for m in relevant if m["ecosystem"] == "drupal" and m["path"].endswith(".info") and not m["lockfile"]]
    unlocked = [m for m in _unlocked(relevant) if m not in hosted + own]
    # a library's own package manifest (a Symfony bundle's composer.json, a published package.json, a Python package's pyproject.toml):
    # the application that installs the library resolves and locks its dependencies, never reading its lockfile: none is asked of it
    packaged = _library_packages(proj, unlocked)
    # (a Puppet module's metadata.json too, whatever it deploys: the Puppetfile of the environment using it pins it and its modules)
    packaged += [m for m in unlocked if m["ecosystem"] == "puppet" and m not in packaged]
    unlocked = [m for m in unlocked if m not in packaged]
    tools = project_update_tools(value["update_tools"])  # (not a dependabot.yml updating the workflows' actions only)
    # Dependabot and Renovate update no R package (renv.lock, DESCRIPTION): an update tool is asked only where one exists
    # npm "@scope/name" and Maven/Gradle "group:artifact" name the library by their last part
    declared = {d.lower().rsplit("/", 1)[-1].rsplit(":", 1)[-1] for m in manifests for d in (m["dependencies"] or []) + (m["dev_dependencies"] or [])}
    undeclared = [lib for lib in libraries if not ({lib["name"], lib["name"] + "js", lib["name"] + ".js"} & declared) and not manager_installed(ctx, lib)]
    # (and where the manifests' ecosystems have none, libraries copied outside them have one once declared: a Drupal 7 module's .info
    # beside a copied CKEditor, which a package.json would let Dependabot update)
    needs_tool = any(m["ecosystem"] not in NO_UPDATE_TOOL for m in relevant) or not relevant or bool(undeclared)
    ev = _manifest_evidence(relevant, unlocked, invalid, tools if tools or needs_tool else [{"tool": None}]) + actions_only_evidence(value["update_tools"]) + misdirected_evidence(value["update_tools"])
    ev += [Evidence(path=m["path"], value={"ecosystem": "jcms", "dependencies": m["dependencies"]}, kind="found",
                    note=T(f"Plugins requis de la même installation JCMS ({', '.join(m['dependencies'][:6])}), que l'administrateur installe : "
                           "aucun outil ne les télécharge, aucun fichier de verrouillage n'existe pour eux.",
                           f"Plugins required from the same JCMS installation ({', '.join(m['dependencies'][:6])}), installed by its "
                           "administrator: no tool downloads them, no lockfile exists for them.")) for m in hosted[:5] if m["ecosystem"] == "jcms"]
    ev += [Evidence(path=m["path"], value={"ecosystem": "drupal", "dependencies": m["dependencies"]}, kind="found",
                    note=T(f"Modules requis du même site Drupal 7 ({', '.join(m['dependencies'][:6])}), que l'administrateur installe : "
                           "Drupal 7 n'a pas de fichier de verrouillage pour les dépendances d'un fichier .info.",
                           f"Modules required from the same Drupal 7 site ({', '.join(m['dependencies'][:6])}), installed by its "
                           "administrator: Drupal 7 has no lockfile for a .info file's dependencies.")) for m in hosted if m["ecosystem"] == "drupal"][:5]
    ev += host_only_evidence(own)
    ev += [Evidence(path=m["path"], value={"ecosystem": m["ecosystem"], "lockfile": None}, kind="found",
                    note=T("Manifeste du paquet de la bibliothèque : l'application qui l'installe résout et verrouille ses dépendances "
                           "(le fichier de verrouillage d'une bibliothèque n'est pas lu par ses utilisateurs).",
                           "The library's package manifest: the application that installs it resolves and locks its dependencies "
                           "(a library's lockfile is not read by its users).")) for m in packaged[:5]]
    ev += _library_evidence(undeclared)
    if not relevant and not invalid and not undeclared and not (ctx.fact("python_imports") or {}).get("third_party"):  # (as dependency-updates)
        return nothing_declared(manifests, value["ecosystems"], kind)
    # (Python code importing third-party packages with no Python manifest at all, a back end beside a front end's package.json: declared nowhere)
    loose = python_undeclared(ctx, manifests)
    ev += _loose_evidence(ctx, loose)
    score = _score(relevant, unlocked, tools or ([] if needs_tool else [{"tool": None}]), invalid, undeclared) - min(3.0, float(len(loose)))
    # (packages imported beside Python manifests that declare nothing, an empty requirements.txt a setup.py reads: no manifest declares
    # nor locks them, no credit for a locked share, as with copied libraries and no manifest, s37 fj37)
    score -= 6.0 if loose and not relevant and manifests else 0.0
    msg = _message(relevant, unlocked, tools, undeclared, needs_tool, loose)
    if packaged:
        names, puppet = ", ".join(m["path"] for m in packaged[:3]), all(m["ecosystem"] == "puppet" for m in packaged)
        msg = T(msg["fr"][:-1] + f" ; {names} : manifeste " + ("d'un module Puppet, épinglé par le Puppetfile de l'environnement" if puppet else "d'une bibliothèque, verrouillée par l'application") + " qui l'installe.",
                msg["en"][:-1] + f"; {names}: " + ("a Puppet module's manifest, pinned by the Puppetfile of the environment" if puppet else "a library's manifest, locked by the application") + " that installs it.")
    if not relevant and manifests:  # setup.py without install_requires: a manifest, declaring nothing (never "0 manifests")
        names = ", ".join(m["path"] for m in manifests[:3])
        msg = T(msg["fr"].replace("0 manifeste(s) (—), 0 sans verrouillage", f"{len(manifests)} manifeste(s) ne déclarant aucune dépendance ({names})"),
                msg["en"].replace("0 manifest(s) (—), 0 without a lockfile", f"{len(manifests)} manifest(s) declaring no dependency ({names})"))
        msg = T(msg["fr"].replace("(ni requirements.txt, pyproject.toml ou Pipfile, ni pip install d'un Dockerfile)", "(les manifestes n'en déclarent aucun)"),
                msg["en"].replace("(no requirements.txt, pyproject.toml or Pipfile, no Dockerfile pip install)", "(the manifests declare none)"))
    result = Result.scored(max(0.0, score), msg, ev, ecosystems=value["ecosystems"], unlocked=[m["path"] for m in unlocked][:50],
                           update_tools=sorted({t["tool"] for t in tools}), undeclared_libraries=len(undeclared), undeclared_python=loose[:20])
    return result.advise(_lock_todo(unlocked, undeclared, bool(tools) or not needs_tool, bool(packaged), loose))


# The command that writes the lockfile of each ecosystem, run in the manifest's folder
LOCK_COMMANDS = {"npm": "npm install --package-lock-only", "pip": "pip-compile (pip-tools) ou uv pip compile, versions épinglées (==)",
                 "python": "uv lock (ou poetry lock)", "pipenv": "pipenv lock", "composer": "composer update --lock",
                 "bundler": "bundle lock", "maven": "mvn versions:resolve-ranges versions:use-releases", "gradle": "gradle dependencies --write-locks", "go": "go mod tidy (go.sum)",
                 "cargo": "cargo generate-lockfile", "mix": "mix deps.get (mix.lock)", "conda": "conda-lock", "dart": "dart pub get (pubspec.lock)",
                 "r": "renv::snapshot() (renv.lock)", "cocoapods": "pod install (Podfile.lock)",
                 "carthage": "carthage update (Cartfile.resolved)", "swiftpm": "swift package resolve (Package.resolved)",
                 "nuget": "dotnet restore --use-lock-file (packages.lock.json)",
                 "elm": "Elm 0.19 elm.json (elm make)",  # (Elm 0.19 pins an application's packages in its elm.json)
                 "openframeworks": "addons.make: <addon> #<git URL>@<commit> (ofPackageManager)",  # (an openFrameworks project's addons)
                 "openwebui": "requirements: <package>==<version>, ...",  # (an Open WebUI Tool's frontmatter line, pinned in place)
                 "homeassistant": "\"requirements\": [\"<package>==<version>\"]"}  # (a Home Assistant integration's manifest.json)


def _lock_todo(unlocked: list[dict], undeclared: list[dict], tools: bool, packaged: bool = False, loose: list[str] = ()) -> dict[str, str] | None:
    """Each manifest to lock with its command, the copied libraries to declare, the Python packages imported and declared nowhere
    (``loose``), the update tool to add (a library's package manifest, ``packaged``, is asked no lock: only the update tool)."""
    fr, en = [], []
    if loose:
        shown = ", ".join(loose[:8]) + ("…" if len(loose) > 8 else "")
        fr.append(f"déclarez les paquets Python que le code importe ({shown}) dans un requirements.txt aux versions épinglées (pip-compile) "
                  "ou un pyproject.toml avec son fichier de verrouillage (uv lock, poetry lock)")
        en.append(f"declare the Python packages the code imports ({shown}) in a requirements.txt with pinned versions (pip-compile) or "
                  "a pyproject.toml with its lockfile (uv lock, poetry lock)")
    for m in unlocked[:4]:
        cmd = LOCK_COMMANDS.get(m["ecosystem"])
        if m.get("dockerfile") or m.get("script"):  # (a Dockerfile's or install script's pip install <packages>: the list moves to a file)
            folder, who = m["path"].rsplit("/", 1)[0] if "/" in m["path"] else ".", ("le Dockerfile", "the Dockerfile") if m.get("dockerfile") else ("le script", "the script")
            fr.append(f"déplacez les paquets que {m['path']} installe par pip install dans un requirements.txt (dans {folder}) aux versions "
                      f"épinglées (==, pip-compile ou uv pip compile), que {who[0]} installe par pip install -r")
            en.append(f"move the packages {m['path']} installs with pip install into a requirements.txt (in {folder}) with pinned versions "
                      f"(==, pip-compile or uv pip compile), which {who[1]} installs with pip install -r")
        elif m["path"] in TEMPLATED_PACKAGE_JSON:  # (the build writes package.json from it: the lockfile of that install is committed)
            fr.append(f"versionnez le fichier de verrouillage de l'installation que la construction lance sur le package.json écrit depuis "
                      f"{m['path']} (package-lock.json, pnpm-lock.yaml ou yarn.lock), et épinglez les dépendances git (#<commit>)")
            en.append(f"commit the lockfile of the install the build runs on the package.json it writes from {m['path']} (package-lock.json, "
                      "pnpm-lock.yaml or yarn.lock), and pin git dependencies (#<commit>)")
        elif cmd:
            folder = m["path"].rsplit("/", 1)[0] if "/" in m["path"] else "."
            fr.append(f"verrouillez {m['path']} : {cmd}" + (f" (dans {folder})" if folder != "." else ""))
            en.append(f"lock {m['path']}: {cmd.replace(' ou ', ' or ').replace('versions épinglées', 'pinned versions')}"
                      + (f" (in {folder})" if folder != "." else ""))
    if len(unlocked) > 4:
        fr.append(f"puis les {len(unlocked) - 4} autres manifestes")
        en.append(f"then the {len(unlocked) - 4} other manifests")
    jars = [lib for lib in undeclared if lib.get("ecosystem") == "java"]
    scripts = [lib for lib in undeclared if lib.get("ecosystem") not in ("java", "native", "php", "python")]
    if scripts:
        fr.append(f"déclarez {_names(scripts)} dans le manifeste (ou chargez-les d'un CDN avec leur version et une empreinte SRI)")
        en.append(f"declare {_names(scripts)} in the manifest (or load them from a CDN with their version and an SRI hash)")
    if jars:
        fr.append(f"déclarez {_names(jars)} dans le pom.xml (ou build.gradle) plutôt que de versionner les .jar")
        en.append(f"declare {_names(jars)} in the pom.xml (or build.gradle) rather than committing the .jar files")
    if not tools and (fr or unlocked or packaged or loose):
        fr.append("ajoutez Dependabot ou Renovate")
        en.append("add Dependabot or Renovate")
    return clauses(fr, en)


def _by_name(libraries: list[dict]) -> dict[str, list[str]]:
    """Each library once, with the versions of its copies (jQuery 1.11.1 and 2.1.4 copied side by side: one library, two copies)."""
    out: dict[str, list[str]] = {}
    for lib in libraries:
        versions = out.setdefault(lib["name"], [])
        if lib["version"] and lib["version"] not in versions:
            versions.append(lib["version"])
            versions.sort(key=lambda v: [(0, int(x), "") if x.isdigit() else (1, 0, x) for x in re.split(r"[.-]", v)])  # 1.7.1 before 1.10.2
    return out


def _names(libraries: list[dict]) -> str:
    named = list(_by_name(libraries).items())
    shown = [f"{name} {' / '.join(versions)}" if versions else name for name, versions in named[:6]]
    return ", ".join(shown) + ("…" if len(named) > 6 else "")


def _library_evidence(libraries: list[dict]) -> list[Evidence]:
    """One finding per copied library: its version and licence when its file name or banner says them."""
    out = []
    for lib in libraries[:30]:
        version_fr = f"version {lib['version']}" if lib["version"] else "version non indiquée"
        version_en = f"version {lib['version']}" if lib["version"] else "version not stated"
        licence_fr = f"licence {lib['license']}" if lib["license"] else \
            f"licence donnée par son adresse seulement, {lib['license_url']}, non lue" if lib.get("license_url") else \
            "licence non lue : l'archive dépasse la taille de lecture (--max-file-size)" if lib.get("license_unread") else "licence non indiquée"
        licence_en = f"{lib['license']} licence" if lib["license"] else \
            f"licence given by its address only, {lib['license_url']}, not read" if lib.get("license_url") else \
            "licence not read: the archive is over the read size limit (--max-file-size)" if lib.get("license_unread") else "licence not stated"
        # (a library pasted into one of the project's files: the lines of the block, "lignes 2 à 1118")
        where_fr = f", lignes {lib['line']} à {lib['end']} de {lib['paths'][0]}" if lib.get("line") and lib.get("end") else ""
        where_en = f", lines {lib['line']}–{lib['end']} of {lib['paths'][0]}" if lib.get("line") and lib.get("end") else ""
        out.append(Evidence(path=lib["paths"][0], line=lib.get("line"), kind="finding",
                            value={"library": lib["name"], "version": lib["version"], "license": lib["license"], "files": lib["files"]},
                            note=T(f"Bibliothèque {lib['name']} copiée dans le dépôt ({version_fr}, {licence_fr}{where_fr}) : aucun outil ne suit sa version ni ses mises à jour.",
                                   f"Library {lib['name']} copied into the repository ({version_en}, {licence_en}{where_en}): no tool tracks its version and updates.")))
    return out


QGIS_PLUGIN_REASON = "QGIS plugin metadata"  # (the project fact's evidence of a QGIS plugin: its metadata.txt)


def _without_manifest(kind: str | None, libraries: list[dict], loaded: list[str] | None = None, qgis_plugin: bool = False,
                      apps_script: str | None = None, npm_site: str | None = None, named: dict[str, str] | None = None) -> Result:
    """No manifest: libraries copied into the repository, packages the code loads, a kind of project that needs none, or a fail."""
    from auditor.facts.project import kind_label

    if libraries:  # runtime libraries copied into the repository: undeclared, unlocked, never updated by a tool
        copies = sum(lib["files"] for lib in libraries)
        r = Result.scored(3, T(f"Aucun manifeste : {len(_by_name(libraries))} bibliothèque(s) copiée(s) dans le dépôt ({_names(libraries)}) ne sont ni déclarées, "
                               "ni verrouillées, ni suivies.",
                               f"No manifest: {len(_by_name(libraries))} librar(y/ies) copied into the repository ({_names(libraries)}) are neither declared, "
                               "locked nor tracked."),
                             _library_evidence(libraries), ecosystems={}, vendored_copies=copies, libraries=len(libraries), kind=kind)
        jars = [lib for lib in libraries if lib.get("ecosystem") == "java"]
        natives = [lib for lib in libraries if lib.get("ecosystem") == "native"]
        wheels = [lib for lib in libraries if lib.get("ecosystem") == "python" and lib.get("archive")]  # (a committed .whl or .egg)
        sources = [lib for lib in libraries if lib.get("ecosystem") in ("php", "python") and lib not in wheels]
        # (a QGIS plugin runs inside QGIS, which installs no Python package for it: the archive it ships is the way)
        hosted = qgis_plugin
        fr, en = [], []
        if len(jars) + len(natives) + len(sources) + len(wheels) < len(libraries):
            fr.append("déclarez les bibliothèques JavaScript et CSS dans un package.json (avec leur version) et verrouillez-les (package-lock.json), "
                      "ou chargez-les depuis un CDN avec leur version et une empreinte d'intégrité (SRI)")
            en.append("declare the JavaScript and CSS libraries in a package.json (with their versions) and lock them (package-lock.json), or load "
                      "them from a CDN with their version and an integrity hash (SRI)")
        if jars:
            fr.append(f"déclarez les {len(jars)} archives Java ({_names(jars)}) dans un pom.xml (Maven) ou un build.gradle (Gradle) avec leur version, "
                      "que la construction télécharge, plutôt que de versionner les .jar (par exemple dans WEB-INF/lib)")
            en.append(f"declare the {len(jars)} Java archives ({_names(jars)}) in a pom.xml (Maven) or a build.gradle (Gradle) with their versions, "
                      "downloaded by the build, rather than committing the .jar files (for instance in WEB-INF/lib)")
        if sources:
            fr.append(f"déclarez {_names(sources)} dans le manifeste de leur langage (composer.json, requirements.txt ou pyproject.toml) "
                      "plutôt que d'en versionner une copie")
            en.append(f"declare {_names(sources)} in their language's manifest (composer.json, requirements.txt or pyproject.toml) "
                      "rather than committing a copy")
        if wheels and hosted:
            fr.append(f"indiquez dans le README la version et la source des archives Python embarquées ({_names(wheels)}) et remplacez-les à "
                      "chaque correctif de sécurité : QGIS n'installe aucun paquet Python pour une extension, et aucun outil ne les suit")
            en.append(f"state in the README the version and source of the bundled Python archives ({_names(wheels)}) and replace them at "
                      "each security fix: QGIS installs no Python package for a plugin, and no tool tracks them")
        elif wheels:
            fr.append(f"déclarez {_names(wheels)} avec leur version dans un requirements.txt ou un pyproject.toml, que pip installe, plutôt que "
                      "de versionner l'archive (.whl, .egg)")
            en.append(f"declare {_names(wheels)} with their versions in a requirements.txt or a pyproject.toml, installed by pip, rather "
                      "than committing the archive (.whl, .egg)")
        if natives:
            fr.append(f"retirez les {len(natives)} programmes ou bibliothèques binaires ({_names(natives)}) et faites-les installer comme "
                      "prérequis (avec leur version et leur source, dans le README) : une copie versionnée ne reçoit aucun correctif de sécurité")
            en.append(f"remove the {len(natives)} binary programs or libraries ({_names(natives)}) and have them installed as prerequisites "
                      "(with their version and source, in the README): a committed copy gets no security fix")
        if len(natives) + (len(wheels) if hosted else 0) < len(libraries):
            fr.append("ajoutez Dependabot ou Renovate")
            en.append("add Dependabot or Renovate")
        return r.advise(clauses(fr, en))
    if loaded and named:  # (an ArcGIS script's README "## requires: arcpy, win32com.client": declared in prose, in no manifest)
        shown = ", ".join(loaded[:8]) + ("…" if len(loaded) > 8 else "")
        said = [m for m in loaded if m in named]
        where = ", ".join(sorted(set(named[m] for m in said))[:2])
        rest = [m for m in loaded if m not in named]
        rest_fr, rest_en = ((f" ; {', '.join(rest[:8])} nommé(s) nulle part", f"; {', '.join(rest[:8])} named nowhere") if rest else ("", ""))
        return Result.scored(2 if rest else 3, T(f"Aucun manifeste de dépendances : le code charge {len(loaded)} paquet(s) ({shown}), dont "
                                                 f"{len(said)} nommé(s) dans {where} sans version ni manifeste (ni requirements.txt ou pyproject.toml, "
                                                 f"ni DESCRIPTION ou renv.lock){rest_fr}.",
                                                 f"No dependency manifest: the code loads {len(loaded)} package(s) ({shown}), {len(said)} of them "
                                                 f"named in {where} with no version and no manifest (no requirements.txt or pyproject.toml, no "
                                                 f"DESCRIPTION or renv.lock){rest_en}."),
                             [Evidence(path=named[m], value=m, kind="found", note=T("Nommé dans ce document, sans version.",
                                                                                    "Named in this document, with no version.")) for m in said[:8]]
                             + ([Evidence(kind="missing", value=rest[:20])] if rest else []), ecosystems={}, kind=kind, named_in_docs=said)
    if loaded:  # (a GIS kit's R scripts loading sf and terra: the packages to install are written nowhere but in the code)
        shown = ", ".join(loaded[:8]) + ("…" if len(loaded) > 8 else "")
        return Result.scored(2, T(f"Aucun manifeste de dépendances : le code charge {len(loaded)} paquet(s) ({shown}) déclaré(s) nulle part "
                                  "(ni DESCRIPTION ou renv.lock, ni requirements.txt ou pyproject.toml).",
                                  f"No dependency manifest: the code loads {len(loaded)} package(s) ({shown}) declared nowhere "
                                  "(no DESCRIPTION or renv.lock, no requirements.txt or pyproject.toml)."),
                             [Evidence(kind="missing", value=loaded[:20])], ecosystems={}, kind=kind)
    if gas := apps_script:  # (a Google Apps Script project: Google's platform loads its libraries)
        return Result.not_applicable(T(f"Projet Google Apps Script ({gas}) : ses bibliothèques se déclarent dans son manifeste appsscript.json "
                                       f"et la plateforme de Google les charge ; aucun gestionnaire de paquets ni fichier de verrouillage ne s'y applique.",
                                       f"A Google Apps Script project ({gas}): its libraries are declared in its appsscript.json manifest and "
                                       f"Google's platform loads them; no package manager or lockfile applies."),
                                     [Evidence(path=gas, kind="found", value="Google Apps Script")], ecosystems={}, kind=kind)
    # (a VuePress site's rapport/.vuepress/config.js: its generator comes from npm, declared nowhere; a Sphinx site's conf.py: Sphinx,
    # its theme and extensions come from pip, issue 12, s36 r36 = ToffoluttiVittorio/Documentation_sphinx)
    if npm_site and kind == "static-site":
        pip = npm_site.endswith(("conf.py", "mkdocs.yml", "mkdocs.yaml"))
        tool, manifest = ("pip", "requirements.txt") if pip else ("npm", "package.json")
        generator = "MkDocs" if npm_site.endswith(("mkdocs.yml", "mkdocs.yaml")) else "Sphinx"
        return Result.fail(T(f"Aucun manifeste de dépendances : le site est construit par un générateur installé par {tool} ({npm_site}), "
                             f"qu'aucun {manifest} ne déclare ni ne verrouille.",
                             f"No dependency manifest: the site is built by a generator installed by {tool} ({npm_site}), which no "
                             f"{manifest} declares nor locks."),
                           [Evidence(path=npm_site, kind="found"), Evidence(path=manifest, kind="missing")], ecosystems={}, kind=kind
                           ).advise(T(f"Ajoutez un requirements.txt déclarant {generator}, son thème et ses extensions, chacun à sa version épinglée." if pip else
                                      "Ajoutez un package.json déclarant le générateur du site avec sa version, et son fichier de verrouillage "
                                      "(package-lock.json).", f"Add a requirements.txt declaring {generator}, its theme and extensions, each at its pinned "
                                      "version." if pip else "Add a package.json declaring the site's generator with its version, and its lockfile (package-lock.json)."))
    if kind in NO_MANIFEST_KINDS:
        return Result.not_applicable(T(f"Aucun manifeste de dépendances, et aucun n'est attendu d'un projet de type « {kind_label(kind, 'fr')} ».",
                                       f"No dependency manifest, and none is expected from a {kind_label(kind, 'en')}."), ecosystems={}, kind=kind)
    return Result.fail(T("Aucun manifeste de dépendances.", "No dependency manifest."), ecosystems={})


def _named_in_docs(ctx, loaded: list[str]) -> dict[str, str]:
    """Those of the Python modules ``loaded`` that a document lists for people to install (the python_imports fact's ``listed``:
    the README's "## requires" list, a pip install line): ``{module: file}``."""
    listed = (ctx.fact("python_imports") or {}).get("listed") or {}
    return {m: listed[m] for m in loaded if m in listed}


def _npm_site(proj: dict) -> str | None:
    """The configuration of a site generator installed by npm (or Sphinx's conf.py, by pip) that decided the kind (a static site
    generator's evidence), or None."""
    from auditor.facts.project import NPM_SITE_CONFIG

    return next((e["path"] for e in proj.get("kind_evidence") or [] if e.get("reason") == "static site generator"
                 and (NPM_SITE_CONFIG.search(e.get("path") or "") or (e.get("path") or "").endswith(("conf.py", "mkdocs.yml", "mkdocs.yaml")))),
                None)  # (or Sphinx's or MkDocs', pip's)


def _library_packages(proj: dict, unlocked: list[dict]) -> list[dict]:
    """The unlocked manifests that make the project a library (the decided kind "library", the manifest among the files that
    decided it: composer.json naming a bundle, package.json published, pyproject.toml naming a package, an R DESCRIPTION; not a
    host's plugin): the package others install with their package manager, which resolves and locks its dependencies."""
    evidence = proj.get("kind_evidence") or []
    # (a host's plugin — a JCMS, GLPI or WordPress plugin — is installed by copying it into its host, with what its own manifests
    # built and locked: its package.json is asked its lock)
    if decided_kind(proj) != "library" or host_extension_of(proj):
        return []
    paths = {e.get("path") for e in evidence}
    # (a package's manifest only: a conda environment.yml or a requirements file names an environment to build, no package)
    return [m for m in unlocked if m["path"] in paths and m["path"].rsplit("/", 1)[-1] in PACKAGE_MANIFESTS]


def _unlocked(relevant: list[dict]) -> list[dict]:
    """Manifests without a lockfile; setup.py/setup.cfg beside a locked pyproject.toml are the same project. Only a
    Python lockfile covers them: a yarn.lock beside requirements.txt locks the front end, not the Python packages."""
    unlocked = [m for m in relevant if not m["lockfile"]]
    locked_dirs = {(m["path"].rsplit("/", 1)[0] if "/" in m["path"] else "") for m in relevant
                   if m["lockfile"] and m["ecosystem"] in ("pip", "python", "pipenv")}
    return [m for m in unlocked if not (m["ecosystem"] in ("pip", "python") and (m["path"].rsplit("/", 1)[0] if "/" in m["path"] else "") in locked_dirs)]


def _score(relevant: list[dict], unlocked: list[dict], tools: list[dict], invalid: list[dict], undeclared: list[dict]) -> float:
    """3 to start (1 with copied libraries and no manifest declaring anything), up to 4 for the share
    locked, 3 for an update tool; minus the unreadable manifests and the undeclared copied libraries."""
    score = 3.0 if relevant or not undeclared else 1.0
    score += 4.0 * ((len(relevant) - len(unlocked)) / len(relevant)) if relevant else 4.0
    score += 3.0 if tools else 0.0
    score -= min(2.0, len(invalid))
    if undeclared:
        score -= min(3.0, float(len(undeclared)))
    return score


def _message(relevant: list[dict], unlocked: list[dict], tools: list[dict], undeclared: list[dict], needs_tool: bool = True,
             loose: list[str] = ()) -> dict[str, str]:
    ecos = sorted({m["ecosystem"] for m in relevant})
    none_fr, none_en = ("aucun", "none") if needs_tool else ("aucun n'existe pour " + ", ".join(ecos), "none exists for " + ", ".join(ecos))
    extra_fr = f" ; {len(_by_name(undeclared))} bibliothèque(s) copiée(s) dans le dépôt hors de tout manifeste ({_names(undeclared)})" if undeclared else ""
    extra_en = f"; {len(_by_name(undeclared))} librar(y/ies) copied into the repository outside any manifest ({_names(undeclared)})" if undeclared else ""
    if loose:  # (Python code whose packages no Python manifest declares)
        shown = ", ".join(loose[:8]) + ("…" if len(loose) > 8 else "")
        extra_fr += (f" ; le code Python importe {len(loose)} paquet(s) tiers ({shown}) qu'aucun manifeste Python ne déclare (ni requirements.txt, "
                     "pyproject.toml ou Pipfile, ni pip install d'un Dockerfile)")
        extra_en += (f"; the Python code imports {len(loose)} third-party package(s) ({shown}) that no Python manifest declares (no "
                     "requirements.txt, pyproject.toml or Pipfile, no Dockerfile pip install)")
    return T(f"{len(relevant)} manifeste(s) ({', '.join(ecos) or '—'}), {len(unlocked)} sans verrouillage ; outil de mise à jour : "
             f"{', '.join(sorted({t['tool'] for t in tools})) or none_fr}{extra_fr}.",
             f"{len(relevant)} manifest(s) ({', '.join(ecos) or '—'}), {len(unlocked)} without a lockfile; update tool: "
             f"{', '.join(sorted({t['tool'] for t in tools})) or none_en}{extra_en}.")
