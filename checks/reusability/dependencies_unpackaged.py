"""reusability.dependencies for code no package manager installs for: code a host runs with the Python it ships (a QGIS plugin, its
Processing scripts, a kit), a pipeline of shell scripts calling programs, and the packages a project's code loads with no manifest
to declare them (used by :mod:`auditor.checks.reusability.basic`)."""

from __future__ import annotations

import posixpath

from auditor.checks.interface import Evidence, Result, T

from .common import NO_MANIFEST_KINDS


def _packages_loaded(ctx) -> list[str]:
    """Packages the project's R code loads (``library(sf)``) or its Python code imports that are not the standard library's:
    what a manifest would declare, whatever the kind of project (a GIS kit's R scripts)."""
    from auditor.checks.licensing.dependencies import _r_packages_loaded

    return sorted({hit[2] for hit in _r_packages_loaded(ctx)}) + _python_loaded(ctx)


# the ecosystems of a Python manifest: a requirements file, a pyproject.toml, setup.py or setup.cfg, a Pipfile, a conda environment,
# a Dockerfile's pip install (pip), and the lists a host pip-installs (a Home Assistant integration's, an Open WebUI tool's)
PYTHON_ECOSYSTEMS = frozenset({"pip", "python", "pipenv", "conda", "homeassistant", "openwebui", "buildozer"})


def python_undeclared(ctx, manifests: list[dict]) -> list[str]:
    """The third-party modules the project's Python code imports (:func:`_python_loaded`) when no Python manifest at all is in the
    repository (``manifests``: the manifests fact's), else none: a back end with no requirements.txt, pyproject.toml, Pipfile nor a
    Dockerfile's pip install, beside a front end's package.json, declares its Python packages nowhere (issue 12, s36 a36)."""
    # (a Python manifest declaring nothing, an empty requirements.txt a setup.py reads into install_requires, declares none of them:
    # the imports are counted as with no manifest, s37 fj37)
    if any(m.get("ecosystem") in PYTHON_ECOSYSTEMS and (m.get("dependencies") or m.get("dev_dependencies")) for m in manifests):
        return []
    return _python_loaded(ctx)


def _python_loaded(ctx) -> list[str]:
    """The third-party modules the project's Python code imports, not a host's (QGIS runs a plugin on its own Python), nor a module
    the install writes from a template or a settings module each user writes."""
    from auditor.checks.licensing.dependencies import _python_modules_imported

    # (scripts run inside QGIS, on the modules its Python ships: not declared by a plugin)
    # (a host that pip-installs what its plugin declares, Home Assistant: the others still are to declare)
    imports = ctx.fact("python_imports") or {}
    python = [] if imports.get("host") and not imports.get("host_installs") else _python_modules_imported(ctx)
    # (a module the install writes from a template the repository holds, base/pyenv.template -> pyenv.py imported by the settings
    # files of a deployment kit: the project's own module, no package to declare)
    templated = set(ctx.fact("module_templates") or [])
    # (nor a settings or credentials module each user writes, imported and absent from the repository: agol_creds, config.py ignored by git)
    settings = ctx.fact("env_settings") or {}
    templated |= {m[0].lower() for m in (settings.get("absent_modules") or []) + (settings.get("ignored_modules") or [])}
    return [m for m in python if m.lower() not in templated]


def bower_installed(ctx, lib: dict) -> bool:
    """The copied library lies in a package Bower installed that the root bower.json declares, directly or through a declared
    package's requirements (the bower_installs fact: an Ionic app's www/lib/angular-animate, required by ionic): declared, not copied."""
    declared = (ctx.fact("bower_installs") or {}).get("declared") or []
    return bool(declared) and bool(lib.get("paths")) and all(any(p.startswith(f + "/") for f in declared) for p in lib["paths"][:20])


def _pods_folder(path: str) -> str | None:
    """The ``Pods`` folder ``path`` lies under (ios/Pods for ios/Pods/Protobuf/LICENSE), else None."""
    segs = path.split("/")[:-1]
    return "/".join(segs[:segs.index("Pods") + 1]) if "Pods" in segs else None


def pods_installed(ctx, lib: dict) -> bool:
    """The copied library lies in CocoaPods' install directory: a committed ``Pods/`` holding the ``Manifest.lock`` CocoaPods writes
    on install, beside the ``Podfile.lock`` pinning every pod's version (an iOS app's ios/Pods/Protobuf, pulled by Firebase, pinned
    "Protobuf (3.10.0)"): installed by the package manager at the locked versions, never copied outside any manifest (issue 12, s42
    fk42 = OPEN-ENT-NG/schooltoring-mobile-application). A Pods/ without them is a folder named so, read as any."""
    folders = {_pods_folder(p) for p in (lib.get("paths") or [])[:20]}
    if not folders or None in folders:
        return False
    from auditor.facts.tree import tree_of

    files = {e.path for e in tree_of(ctx) if e.path.endswith(".lock")}
    return all(f"{d}/Manifest.lock" in files and posixpath.join(posixpath.dirname(d), "Podfile.lock") in files for d in folders)


def manager_installed(ctx, lib: dict) -> bool:
    """The copied library was installed by a package manager whose manifest declares it: Bower (:func:`bower_installed`) or
    CocoaPods (:func:`pods_installed`)."""
    return bower_installed(ctx, lib) or pods_installed(ctx, lib)


def host_project_imports(ctx) -> Result | None:
    """Code run inside another Django project, absent from the repository (the python_imports fact's ``host_project``), that imports
    nothing besides that project's apps and packages (no module its documents tell to install): no package of its own to declare.
    None otherwise (its own packages, named in its README, are judged as any)."""
    imports = ctx.fact("python_imports") or {}
    project, provided = imports.get("host_project"), imports.get("host_project_modules") or []
    if not project or imports.get("third_party") or not provided:
        return None
    shown = ", ".join(provided[:8]) + ("…" if len(provided) > 8 else "")
    where = imports.get("where") or {}
    return Result.not_applicable(T(f"Code exécuté dans le projet Django « {project} », absent du dépôt (il en prend les réglages) : les modules "
                                   f"qu'il importe ({shown}) sont les applications et paquets de ce projet ; aucun autre paquet à déclarer.",
                                   f"Code run inside the Django project \"{project}\", absent from the repository (it runs with its settings): the "
                                   f"modules it imports ({shown}) are that project's apps and packages; no other package to declare."),
                                 [Evidence(path=where[m][0], line=where[m][1], kind="found", value=m) for m in provided[:5] if m in where],
                                 ecosystems={}, host_project=project, host_project_modules=provided[:20])


def _hosted_imports(ctx, kind: str | None) -> Result | None:
    """Code a host runs with the Python it ships and that installs no package for it (QGIS: a plugin, Processing scripts, a kit;
    the python_imports fact's ``host``), of a kind that needs no manifest: the third-party modules it imports besides the host's are
    to be named where its users read (a README, the plugin's metadata.txt, a requirements file). Those named: not applicable, said
    where; some named nowhere: a warning when only QGIS's standalone Windows installer bundles them (scipy, matplotlib, pandas),
    else a fail, as any undeclared import. None when the code is no such host's, or imports the host's modules only."""
    from auditor.checks.licensing.dependencies import _python_modules_imported
    from auditor.facts.python_imports import DISTRIBUTIONS, QGIS_FULL_INSTALLER

    imports = ctx.fact("python_imports") or {}
    host = imports.get("host")
    if not host or imports.get("host_installs") or kind not in NO_MANIFEST_KINDS:
        return None
    modules = _python_modules_imported(ctx)
    named = {m: p for m, p in (imports.get("host_named") or {}).items() if m in modules}
    missing = [m for m in modules if m not in named]
    if not modules:
        return None
    if not missing:
        shown, files = ", ".join(sorted(named)[:8]), ", ".join(sorted(set(named.values()))[:3])
        return Result.not_applicable(T(f"Code exécuté par {host}, qui n'installe aucun paquet Python pour lui : les modules qu'il importe en plus "
                                       f"de ceux de {host} ({shown}) sont nommés dans {files} ; aucun manifeste ni fichier de verrouillage ne "
                                       "s'y applique.",
                                       f"Code run by {host}, which installs no Python package for it: the modules it imports besides "
                                       f"{host}'s own ({shown}) are named in {files}; no manifest or lockfile applies."),
                                     [Evidence(path=p, kind="found", value=m) for m, p in sorted(named.items())[:10]],
                                     ecosystems={}, kind=kind, host=host, named=sorted(named))
    where = imports.get("where") or {}
    shown = ", ".join(missing[:8]) + ("…" if len(missing) > 8 else "")
    bundled = host == "QGIS" and all(m in QGIS_FULL_INSTALLER for m in missing)
    only_fr = (" ; seul l'installateur autonome de QGIS pour Windows les embarque, ni l'installation « qgis » d'OSGeo4W ni les paquets "
               "QGIS des distributions Linux") if bundled else ""
    only_en = ("; only QGIS's standalone Windows installer bundles them, neither OSGeo4W's \"qgis\" install nor Linux distributions' "
               "QGIS packages") if bundled else ""
    ev = [Evidence(path=where[m][0], line=where[m][1], kind="finding", value=m,
                   note=T(f"Importe {m}, que toute installation de {host} ne contient pas et que rien ne nomme.",
                          f"Imports {m}, which not every {host} installation holds and nothing names."))
          for m in missing[:10] if m in where]
    ev += [Evidence(kind="missing", value=missing[:20])]
    ev += [Evidence(path=p, kind="found", value=m) for m, p in sorted(named.items())[:5]]
    pip = " ".join(DISTRIBUTIONS.get(m, (m,))[0] for m in missing[:8])
    res = Result.scored(5 if bundled else 2,
                        T(f"Code exécuté par {host} : il importe {len(missing)} module(s) Python que toute installation de {host} ne contient "
                          f"pas ({shown}), nommé(s) nulle part (ni README, ni metadata.txt, ni fichier requirements){only_fr}.",
                          f"Code run by {host}: it imports {len(missing)} Python module(s) not every {host} installation holds ({shown}), named nowhere "
                          f"(no README, metadata.txt or requirements file){only_en}."),
                        ev, ecosystems={}, kind=kind, host=host, undeclared=missing[:20], named=sorted(named))
    return res.advise(T(f"Nommez dans le README (rubrique « Prérequis ») les modules Python que le code importe en plus de ceux de {host} "
                        f"({shown}), avec leur version et la façon de les installer (sous Windows, dans le shell OSGeo4W : python -m pip "
                        f"install {pip} ; sous Linux, les paquets python3-… de la distribution) : {host} n'installe aucun paquet Python pour "
                        "une extension ou un script.",
                        f"Name in the README (a \"Prerequisites\" section) the Python modules the code imports besides {host}'s own ({shown}), "
                        f"with their versions and how to install them (on Windows, in the OSGeo4W shell: python -m pip install {pip}; on "
                        f"Linux, the distribution's python3-… packages): {host} installs no Python package for a plugin or a script."))


def _shell_pipeline(ctx, kind: str | None) -> Result | None:
    """A command-line tool made of shell scripts that download and transform data (project kind evidence
    :data:`~auditor.facts.project.SHELL_PIPELINE`) has no package manager: what it depends on is the programs its scripts call
    (wget, awk, psql…), which only its prerequisites can name. Judged on whether the README names them; lockfiles and update bots
    do not apply. None when the project is no such pipeline."""
    pipe = ctx.fact("pipeline_programs") or {}
    scripts, programs, named = pipe.get("scripts") or [], pipe.get("programs") or [], pipe.get("named") or []
    if kind != "cli-tool" or not scripts or not programs or (ctx.fact("files") or {}).get("dockerfile"):
        return None  # (no shell pipeline; or a container image may install the programs: judged as before)
    readme = ctx.fact("readme") or {}
    missing = [p for p in programs if p not in named]
    shown = ", ".join(programs)
    ev = [Evidence(path=p, value="shell pipeline", kind="found") for p in scripts[:5]]
    named_in = pipe.get("named_in") or [readme.get("path")]  # (the root README, or the guide beside a script naming its programs)
    ev += [Evidence(kind="missing", value=missing)] if missing else [Evidence(path=p, value=named, kind="found") for p in named_in[:2]]
    advice = T(f"Nommez dans une section « Prérequis » du README les programmes que les scripts appellent ({shown}), avec la version "
               "utilisée, ou fournissez un Dockerfile qui les installe : un traitement en scripts shell n'a ni manifeste, ni fichier "
               "de verrouillage, ni Dependabot.",
               f"Name in a \"Prerequisites\" section of the README the programs the scripts call ({shown}), with the version used, or "
               "provide a Dockerfile that installs them: a pipeline of shell scripts has no manifest, lockfile or Dependabot.")
    if missing:
        return Result.scored(2, T(f"Traitement en scripts shell : ils appellent {len(programs)} programme(s) ({shown}), dont "
                                  f"{len(missing)} que le README ne nomme pas ({', '.join(missing)}) ; aucun conteneur ne les installe.",
                                  f"Shell-script pipeline: its scripts call {len(programs)} program(s) ({shown}), {len(missing)} of which the "
                                  f"README does not name ({', '.join(missing)}); no container installs them."),
                             ev, ecosystems={}, kind=kind, programs=programs, undeclared=missing).advise(advice)
    where_fr, where_en = ("le README", "the README") if named_in == [readme.get("path")] else (", ".join(named_in[:2]),) * 2
    # (GDAL's programs named by naming GDAL, which installs them: "### Outils / GDAL")
    suite_fr, suite_en = (", ceux de GDAL en nommant GDAL", ", GDAL's by naming GDAL") if pipe.get("by_suite") else ("", "")
    return Result.scored(6, T(f"Traitement en scripts shell : {where_fr} nomme les {len(programs)} programme(s) que les scripts appellent "
                              f"({shown}){suite_fr}, sans conteneur qui fixe leurs versions.",
                              f"Shell-script pipeline: {where_en} names the {len(programs)} program(s) its scripts call ({shown}){suite_en}, with "
                              "no container fixing their versions."),
                         ev, ecosystems={}, kind=kind, programs=programs, undeclared=[]).advise(advice)


def _library_cdn(ctx) -> bool:
    """A CDN serves the pages something beyond fonts (a script, a library's stylesheet): a font service's stylesheet (Google Fonts,
    Bunny Fonts) or a font file is a typeface, no library the code would declare (issue 12, s38 fi38)."""
    hosting = ctx.fact("hosting_dependencies") or {}
    if not (hosting.get("by_class") or {}).get("cdn"):
        return False
    cdns = [h for h in hosting.get("hosts") or [] if h.get("class") == "cdn"]
    return len(cdns) < hosting["by_class"]["cdn"] or any(h.get("fonts", 0) < h.get("count", 0) for h in cdns)


def standard_library_only(ctx, kind: str | None) -> Result | None:
    """No manifest and no library copied: the not-applicable verdict when the code loads nothing beyond its language's own — Python
    importing the standard library only (a cron job calling an API with urllib and csv), or PHP and JavaScript loading no Composer
    autoloader, no namespace the project does not declare, no package by its bare name, and no script from a CDN (a plain PHP intranet
    on PDO, password_hash and mail(): issue 12, s37 fh37 = HPSdevs/ParcMachinesSivom). None otherwise."""
    if dotnet := dotnet_framework_only(ctx, kind):
        return dotnet
    imports = ctx.fact("python_imports")
    if imports["python_files"] and not imports["other_code"] and not imports["third_party"] and not imports.get("host") and not imports.get("host_project_modules"):
        return Result.not_applicable(T(f"Aucune dépendance à déclarer : le code Python ({imports['python_files']} fichier(s)) n'importe que la "
                                       "bibliothèque standard.",
                                       f"No dependency to declare: the Python code ({imports['python_files']} file(s)) imports the standard "
                                       "library only."), ecosystems={}, kind=kind)
    web = ctx.fact("web_imports") or {}
    if imports["python_files"]:
        return _python_and_web_only(ctx, kind, imports, web)
    if kind in NO_MANIFEST_KINDS or not web.get("php_files") or web.get("other_code") or web.get("third_party") or _library_cdn(ctx):
        return None
    js = f" et JavaScript ({web['js_files']} fichier(s))" if web.get("js_files") else ""
    js_en = f" and JavaScript ({web['js_files']} file(s))" if web.get("js_files") else ""
    return Result.not_applicable(T(f"Aucune dépendance à déclarer : le code PHP ({web['php_files']} fichier(s)){js} n'utilise que le langage et ses "
                                   "extensions — ni chargeur Composer, ni espace de noms extérieur, ni paquet importé, ni script chargé d'un CDN.",
                                   f"No dependency to declare: the PHP code ({web['php_files']} file(s)){js_en} uses the language and its "
                                   "extensions only — no Composer autoloader, no outside namespace, no imported package, no script loaded from a CDN."),
                                 ecosystems={}, kind=kind)


def _python_and_web_only(ctx, kind: str | None, imports: dict, web: dict) -> Result | None:
    """Python importing the standard library only beside PHP or JavaScript loading nothing either (no autoloader, no outside namespace,
    no package by its bare name), and no code in another language: no dependency to declare, whatever the kind. A library a page loads
    from a CDN keeps the manifest expected, unless the pages are a course kit's exercises (the project fact's kind said undecided on
    course material: a learner opens the page, nothing is installed) (issue 12, s39 fa39 = geovendee/formation-prog-20212022: the
    Python exercises on os, math and tkinter, and the OpenLayers exercise page, were fail 0 "No dependency manifest"). None otherwise."""
    from auditor.facts.kind_documents import course_material

    web_files = (web.get("php_files") or 0) + (web.get("js_files") or 0)
    if imports["third_party"] or imports.get("host") or imports.get("host_project_modules") or not web_files or web.get("third_party") \
            or web.get("other_code") != imports["python_files"]:  # (web_imports counts the Python files as its other code: nothing else)
        return None
    course, library_cdn = course_material(ctx.fact("project") or {}), _library_cdn(ctx)
    if library_cdn and not course:
        return None
    cdn = [e for h in (ctx.fact("hosting_dependencies") or {}).get("hosts") or [] if h.get("class") == "cdn" for e in h.get("evidence") or []] \
        if library_cdn else []
    parts = [(f"PHP ({web['php_files']} fichier(s))", f"PHP ({web['php_files']} file(s))")] if web.get("php_files") else []
    parts += [(f"JavaScript ({web['js_files']} fichier(s))", f"JavaScript ({web['js_files']} file(s))")] if web.get("js_files") else []
    fr_web, en_web = " et ".join(p[0] for p in parts), " and ".join(p[1] for p in parts)
    pages_fr = pages_en = ""
    if cdn and course:
        shown = ", ".join(sorted({e["path"] for e in cdn if e.get("path")})[:3])
        pages_fr = f" ; les pages d'exercice du cours ({shown}) chargent leurs bibliothèques depuis un CDN, rien n'est à installer"
        pages_en = f"; the course's exercise pages ({shown}) load their libraries from a CDN, nothing is installed"
    return Result.not_applicable(T(f"Aucune dépendance à déclarer : le code Python ({imports['python_files']} fichier(s)) n'importe que la bibliothèque "
                                   f"standard et le code {fr_web} ne charge aucun paquet{pages_fr}.",
                                   f"No dependency to declare: the Python code ({imports['python_files']} file(s)) imports the standard library only "
                                   f"and the {en_web} code loads no package{pages_en}."),
                                 [Evidence(path=e["path"], line=e.get("line"), kind="found", value=e.get("value"),
                                           note=T("Bibliothèque chargée par une page d'exercice.", "Library loaded by an exercise page."))
                                  for e in cdn[:3] if e.get("path")], ecosystems={}, kind=kind)


def dotnet_framework_only(ctx, kind: str | None) -> Result | None:
    """A .NET project (C#, Visual Basic) whose project files declare no package (no PackageReference, no packages.config), reference no
    library from a folder nor a COM component, and whose code imports only the framework's namespaces (System.*, Microsoft.*) and its
    own: its project file is its manifest and it has nothing to declare, as Python on the standard library only (issue 12, s39 fi39 =
    MickaelLehayPaysDeLaLoire/DisplayTimeOut: fail 0 "No dependency manifest"). None otherwise (a DLL referenced by its HintPath, a
    ``using Newtonsoft.Json;`` with no package declared: judged as any undeclared dependency)."""
    langs = set(((ctx.fact("inventory") or {}).get("languages") or {}))
    net = ctx.fact("dotnet_framework") or {}
    if not net.get("projects") or not net.get("sources") or not langs or not langs <= {"C#", "Visual Basic"} or net.get("packages") \
            or net.get("foreign_references") or net.get("foreign_namespaces"):
        return None
    code = " et ".join(sorted(langs))
    code_en = " and ".join(sorted(langs))
    return Result.not_applicable(T(f"Aucune dépendance à déclarer : le fichier projet .NET, son manifeste, ne référence aucun paquet NuGet ni "
                                   f"bibliothèque hors du framework, et le code {code} ({net['sources']} fichier(s)) n'importe que les espaces "
                                   "de noms de .NET (System.*, Microsoft.*) et les siens.",
                                   f"No dependency to declare: the .NET project file, its manifest, references no NuGet package and no library "
                                   f"outside the framework, and the {code_en} code ({net['sources']} file(s)) imports only .NET's namespaces "
                                   "(System.*, Microsoft.*) and its own."),
                                 [Evidence(path=p, kind="found", value="no PackageReference") for p in net["projects"][:5]],
                                 ecosystems={}, kind=kind)
