"""reusability.portability: no lock-in to one vendor's SaaS, i18n support, standard packaging.

It is longer than 400 lines because its three criteria (vendor services, i18n, packaging) each write their French and English
messages and advice per kind of project, beside the scoring that combines them."""

from __future__ import annotations

import re
from collections import Counter

from auditor.checks.interface import Evidence, Result, T, check, clauses
from auditor.facts.inventory import FOLDER_KEEPERS, is_vendored
from auditor.facts.kind_appsscript import apps_script_manifest
from auditor.facts.kind_page_apps import served_as_files
from auditor.facts.project import decided_kind, host_extension_of, hosted_by
from auditor.facts.qt_strings import distinct_qt_strings
from auditor.facts.textscan import LANGUAGE_FILE
from auditor.facts.tree import tree_of
from auditor.lazyre import lazy_compile

from .common import code_free, dep_evidence_lines, match_deps, textscan_ok, tool_program

I18N_DEPS = (r"i18next|react-i18next|next-i18next|vue-i18n|@nuxtjs/i18n|next-intl|react-intl|@formatjs/.*|svelte-i18n|@angular/localize|"
             r"symfony/translation|laravel-lang/.*|django-modeltranslation|django-parler|flask-babel|babel|rails-i18n|i18n|gettext|polib|@lingui/.*|fluent|fluent[.-](?:runtime|syntax|bundle|langneg|templates|fallback|resmgr|react|dom|sequence|compiler|pygments|net)|@fluent/.*")  # (Mozilla's Fluent, not FluentMigrator)
# front-end translation libraries used through calls the i18n.code signal reads (see _i18n)
CALLED_I18N_DEPS = frozenset({"vue-i18n", "i18next", "react-i18next", "next-i18next", "@nuxtjs/i18n", "react-intl"})
# (Python's Babel: locale data for formatting dates, numbers and currencies, and the tools of gettext catalogues; a translation layer
# only with a catalogue or translation calls — the npm package of that name is the JavaScript compiler's former name)
FORMAT_ONLY_I18N_DEPS = frozenset({"babel"})
SKELETON_I18N_DEPS = ("symfony/translation",)  # (installed with every Symfony web application: counts with its files or calls, see _i18n)
# (a folder named so, or a prefixed one: geOrchestra's GEOR_Lang/fr.js; a dotfile kept there, translations/.gitignore, translates nothing)
LOCALE_PATH = lazy_compile(r"(^|/)(?:[\w-]*_)?(locale|locales|translations|lang|langs|i18n|l10n)/(?!\.)[^/]+|\.(po|pot|xlf|xliff|ftl|arb)$", re.I)
# Java message bundles (ResourceBundle, Spring's MessageSource): messages_fr_FR.properties, custom_messages_fr.properties
MESSAGE_BUNDLE = lazy_compile(r"(^|/)[\w.-]+_(?:fr|en|de|es|it|nl|pt|ca|br|oc|eu|co|ar|zh|ja|ru|pl|us)(?:_[A-Z]{2})?\.properties$")
# a search engine's language analysers (Solr's conf/lang/stopwords_fr.txt, contractions_it.txt, stemdict_nl.txt): words to index, no translation
# (or one without a language suffix: protwords.txt beside stopwords_fr.txt)
# an Android application's translated resources (res/values-en-rUS/strings.xml, res/values-fr/strings.xml beside res/values/), a
# table of messages named so (mviewerstudio.i18n.json: {"fr": {…}, "en": {…}})
# and an Apple application's localised folders (iParapheur/Resources/fr.lproj/Localizable.strings, en.lproj/Main.strings: a language's
# strings tables; Base.lproj holds the development language's storyboards, no translation by itself); TYPO3 4's label files (locallang_db.xml, s41 fs41)
APP_LOCALES = lazy_compile(r"(^|/)res/values-[a-z]{2,3}(?:-r[A-Z]{2})?/strings\.xml$|(^|/)[\w.-]+\.i18n\.json$|"
                           r"(^|/)(?!Base\.lproj/)[a-z]{2,3}(?:[_-][A-Za-z]{2,4})?\.lproj/[^/]+\.strings(?:dict)?$|(^|/)locallang(?:_[\w-]+)?\.xml$")
# a script or table of strings named by its language (js/fr.js, js/us/us.js, lang/en.json): with another language's twin, a translation
LANGUAGE_NAMED = lazy_compile(r"(?:^|/)(fr|en|us|gb|de|es|it|nl|pt|ca|br|oc|eu|co|ar|zh|ja|ru|pl)(?:[_-][a-zA-Z]{2})?\.(?:js|json|ya?ml)$")
CODE_NAMED = lazy_compile(r"^[a-z]{2,3}(?:[_-][a-z]{2,4})?\.(?:js|json|ya?ml)$", re.I)
# a Jekyll site's tables of interface texts per language (_data/language.yml, _data/language_de.yml, "_data/language en.yml",
# read by its layouts as site.data.language.*): with a second language's table, translation files
JEKYLL_TEXTS = lazy_compile(r"(?:^|/)_data/(?:language|languages|lang|translations?|i18n|locales?|strings|ui[-_]text)(?:[ _.-][a-z]{2}(?:[_-][a-zA-Z]{2})?)?\.ya?ml$", re.I)
# a site translated by folders: sibling folders named by a language (french/, english/, espanol/; fr/, en/) holding the same pages
LANGUAGE_DIR = lazy_compile(r"^(?:french|english|spanish|espanol|español|german|deutsch|italian|italiano|portuguese|portugues|dutch|"
                            r"francais|français|anglais|espagnol|allemand|italien|portugais|catalan|catala|occitan|breton|basque|euskara|"
                            r"fr|en|es|de|it|pt|nl|ca|oc|br|eu)$", re.I)
ANALYSER_LISTS = lazy_compile(r"(^|/)lang/(stopwords|contractions|hyphenations|stemdict|stoptags|synonyms|protwords|userdict)(_[\w-]+)?\.txt$", re.I)


@check(
    id="reusability.portability",
    family="reusability",
    effort="days",
    title=T("Le service ne dépend pas d'un fournisseur unique et se déploie ailleurs", "The service is not tied to one vendor and deploys elsewhere"),
    rationale=T(
        "Un SDK propriétaire (Firebase, Google Maps, Mapbox, Algolia…) impose un contrat et un hébergement à chaque territoire qui "
        "réutilise le service ; des alternatives ouvertes existent. La traduction (i18n) et un empaquetage standard facilitent aussi "
        "la reprise par d'autres.",
        "A proprietary SDK (Firebase, Google Maps, Mapbox, Algolia…) imposes a contract and a hosting choice on each territory reusing "
        "the service; open alternatives exist. Translation support (i18n) and standard packaging also ease reuse by others.",
    ),
    remediation=T(
        "Remplacez chaque SDK listé par l'alternative ouverte indiquée, ou isolez-le derrière une interface configurable ; "
        "externalisez les textes (gettext, i18next, traductions Symfony) ; publiez une image de conteneur ou un paquet versionné.",
        "Replace each listed SDK with the open alternative given, or isolate it behind a configurable interface; externalise texts "
        "(gettext, i18next, Symfony translations); publish a container image or a versioned package.",
    ),
    kinds=("web-application", "api-service", "static-site", "library", "cli-tool", "mobile-application", "desktop-application", "gis-kit"),
)
def portability(ctx) -> Result:
    if (kit := _kit_without_code(ctx)) is not None:
        return kit
    scan = textscan_ok(ctx)
    if why := code_free(ctx):  # a project's description only: no interface text to translate, nothing to package
        return Result.not_applicable(T(f"{why['fr']} : rien à traduire ni à empaqueter ici.", f"{why['en']}: nothing to translate or package here."))
    vendors, called, ev = _vendors(ctx)
    i18n = _i18n(ctx, scan, ev)
    packaging = _packaging(ctx, ev, vendors + called)
    windows = _windows_programs(ctx, scan, ev)
    if not packaging and (tool := _tool_run(ctx)):
        return _tool_programs(tool, vendors + called, ev, vendors, called)
    # a static site, or an application of such files alone, is installed by serving its files: no container or package asked (not with
    # the data-processing scripts that feed it: a machine runs them, with their dependencies)
    static = ((files_only := served_as_files(proj := ctx.fact("project") or {})) or decided_kind(proj) == "static-site") and not (proj.get("scores") or {}).get("analysis")
    # a service the code is built on (its SDK, its code, its files) costs more than one whose address is called
    score = 10.0 - min(6.0, 2.0 * len(vendors) + 1.0 * len(called)) - (1.5 if not i18n else 0.0) - (1.5 if not (packaging or static) else 0.0) \
        - (2.0 if windows else 0.0)
    # (a platform the code is built on and that cannot be replaced without rewriting, Alfresco Enterprise or Oracle, binds every
    # reusing body to its vendor's licence whatever the translations and packaging: never a pass)
    platforms = [s.get("named") or s["name"] for s in ctx.fact("vendor_lockin")["services"]
                 if (s.get("named") or s["name"]) in vendors and (s.get("severity") or 0) >= 3]
    if platforms:
        score = min(score, 7.0)
    every = vendors + called
    # (a Google Apps Script project runs on Google's servers only: no image or package would run it elsewhere, the platform is the lock-in)
    gas = apps_script_manifest(ctx.fact("project") or {})
    pack_fr = "oui" if packaging else f"sans objet ({'application faite de pages et de scripts servis' if files_only else 'site statique, ses fichiers se servent'} tels quels)" if static else \
        f"non (projet Google Apps Script, {gas} : seule la plateforme de Google l'exécute)" if gas else "non"
    pack_en = "yes" if packaging else f"not applicable ({'an application made of pages and scripts' if files_only else 'a static site, its files are'} served as they are)" if static else \
        f"no (a Google Apps Script project, {gas}: only Google's platform runs it)" if gas else "no"
    # (the services are those of the tool's list: a product it does not know, Exchange or a CMS, is not seen, so "none" says so)
    msg = T(f"Services ou outils propriétaires : {', '.join(every) or 'aucun de ceux que l’outil connaît'} ; "
            f"i18n : {'oui' if i18n else 'non'} ; empaquetage standard : {pack_fr}.",
            f"Proprietary services or tools: {', '.join(every) or 'none of those the tool knows'}; "
            f"i18n: {'yes' if i18n else 'no'}; standard packaging: {pack_en}.")
    if platforms:
        names = ", ".join(platforms[:3])
        msg = T(f"{msg['fr']} Le code est bâti sur une plateforme propriétaire qu'on ne remplace pas sans le réécrire : {names}.",
                f"{msg['en']} The code is built on a proprietary platform that cannot be replaced without rewriting it: {names}.")
    if windows:
        names = ", ".join(windows[:4])
        msg = T(f"{msg['fr']} Programmes Windows livrés et lancés par le code : {names} (il ne tourne que sous Windows).",
                f"{msg['en']} Windows programs shipped and run by the code: {names} (it runs on Windows only).")
    fr, en = [], []
    if every:
        what = ", ".join(every[:3])
        fr.append(f"rendez remplaçables les services propriétaires ({what}) : leur adresse et leur clé en configuration, et une "
                  "alternative libre documentée (les notes des éléments relevés la nomment)")
        en.append(f"make the proprietary services replaceable ({what}): their address and key in the configuration, and a documented "
                  "free alternative (the evidence notes name it)")
    main = _main_language(ctx)
    kind = decided_kind(ctx.fact("project") or {})
    if not i18n and kind in _NO_INTERFACE_KINDS:
        # (a web API serving no page of its own has no interface texts: what it can translate is the messages it answers, its errors
        # and validation messages, which its separate front end shows — issue 12, s45 fl45: an API Platform service whose interface is
        # another repository was advised to move its "interface texts" into translation files)
        tools_fr, tools_en = _I18N_TOOLS.get(main, _I18N_TOOLS[None])
        fr.append(f"sortez les messages que renvoie l'API (erreurs, messages de validation) dans des fichiers de traduction ({tools_fr}) "
                  "pour qu'une autre collectivité puisse les changer sans toucher au code")
        en.append(f"move the messages the API returns (errors, validation messages) into translation files ({tools_en}) so that another "
                  "local government can change them without touching the code")
    elif not i18n and (android := _android_strings(ctx, kind)):
        # (an Android application translates its texts by its resources, res/values-xx/strings.xml beside res/values/, not by Java SE's
        # ResourceBundle — issue 12, s46 fi46 = neoexa/VilledeMontpellier, its texts already in res/values/strings.xml but in one language)
        fr.append(f"traduisez l'interface par les ressources d'Android : les textes de {android}, avec un dossier res/values-xx/ par langue, "
                  "et ceux encore écrits dans le code (Toast, libellés) déplacés dans ce fichier, pour qu'une autre collectivité puisse "
                  "les changer sans toucher au code")
        en.append(f"translate the interface with Android's resources: the texts of {android}, with a res/values-xx/ folder per language, "
                  "and those still written in the code (Toasts, labels) moved into that file, so that another local government can "
                  "change them without touching the code")
    elif not i18n:
        tools_fr, tools_en = _I18N_TOOLS.get(main, _I18N_TOOLS[None])
        fr.append(f"sortez les textes de l'interface dans des fichiers de traduction ({tools_fr}) pour qu'une autre "
                  "collectivité puisse les changer sans toucher au code")
        en.append(f"move the interface texts into translation files ({tools_en}) so that another local government can "
                  "change them without touching the code")
    if windows:
        fr.append(f"lancez les programmes ({', '.join(windows[:2])}) par leur nom, installés sur le système ou choisis selon lui "
                  "(pg_dump plutôt que include\\pg_dump.exe), pour que le code tourne aussi sous Linux et macOS")
        en.append(f"run the programs ({', '.join(windows[:2])}) by their name, installed on the system or chosen by it (pg_dump "
                  "rather than include\\pg_dump.exe), so that the code runs on Linux and macOS too")
    if not packaging and not static and not gas:
        if kind == "desktop-application":  # (a container does not run a window on someone's desktop: the program's own release does)
            build_fr, build_en = _BUILT_PACKAGE.get(main, ("son outil de construction", "its build tool"))
            fr.append(f"fournissez un moyen standard d'installer le programme : une version numérotée de son exécutable, produite par {build_fr} "
                      "et jointe à chaque publication, avec ses instructions d'installation")
            en.append(f"provide a standard way to install the program: a numbered release of its executable, built by {build_en} and "
                      "attached to each release, with its installation instructions")
        else:
            package = _PACKAGE_MANIFEST.get(main, "pyproject.toml, package.json")
            # (the manifest already at the root, unnamed — a Symfony skeleton's composer.json of "type": "project" —: its name and
            # version are what it lacks, not the file — issue 12, s45 fl45)
            present = sorted(m["path"] for m in ctx.fact("manifests")["manifests"] if "/" not in m["path"] and m["path"] in [x.strip() for x in package.split(",")])
            if present:
                fr.append(f"fournissez un moyen standard d'installer le service : un Dockerfile ou un docker-compose.yml, ou un paquet nommé et "
                          f"versionné (donnez un nom et une version à {present[0]}, déjà présent)")
                en.append(f"provide a standard way to install the service: a Dockerfile or docker-compose.yml, or a named, versioned package "
                          f"(give {present[0]}, already present, a name and a version)")
            else:
                fr.append(f"fournissez un moyen standard d'installer le service : un Dockerfile ou un docker-compose.yml, ou un paquet ({package})")
                en.append(f"provide a standard way to install the service: a Dockerfile or docker-compose.yml, or a package ({package})")
    return Result.scored(score, msg, ev, vendors=vendors, vendors_called=called, i18n=i18n, packaging=packaging,
                         windows_programs=windows).advise(clauses(fr, en))


# The advice follows the code's main language (issue 12, s45 fe45: a Java Swing program was advised gettext, i18next, a Dockerfile
# and pyproject.toml): its translation files, its package manifest, and what builds a desktop program's release
_I18N_TOOLS = {None: ("gettext, i18next, vue-i18n", "gettext, i18next, vue-i18n"),
               "Java": ("ResourceBundle, des fichiers messages_fr.properties", "ResourceBundle, messages_fr.properties files"),
               "Kotlin": ("ResourceBundle ou les ressources strings.xml", "ResourceBundle or strings.xml resources"),
               "C#": ("des fichiers de ressources .resx", ".resx resource files"),
               "Python": ("gettext", "gettext"), "JavaScript": ("i18next", "i18next"), "TypeScript": ("i18next", "i18next"),
               "Vue": ("vue-i18n", "vue-i18n"), "PHP": ("gettext ou les traductions du framework", "gettext or the framework's translations"),
               "Ruby": ("I18n, config/locales/", "I18n, config/locales/"), "R": ("shiny.i18n ou gettext", "shiny.i18n or gettext")}
_NO_INTERFACE_KINDS = ("api-service",)
_PACKAGE_MANIFEST = {"Java": "pom.xml, build.gradle", "Kotlin": "build.gradle.kts", "C#": ".csproj", "PHP": "composer.json",
                     "Ruby": ".gemspec", "R": "DESCRIPTION", "Go": "go.mod", "Rust": "Cargo.toml", "JavaScript": "package.json",
                     "TypeScript": "package.json", "Vue": "package.json", "Python": "pyproject.toml"}
_BUILT_PACKAGE = {"Java": ("son outil de construction (un jar par Maven, Gradle ou la cible jar d'Ant)", "its build tool (a jar by Maven, Gradle or Ant's jar target)"),
                  "Kotlin": ("Gradle", "Gradle"), "C#": ("dotnet publish", "dotnet publish"), "Python": ("PyInstaller ou un paquet pyproject.toml", "PyInstaller or a pyproject.toml package")}


_ANDROID_VALUES = lazy_compile(r"(?:^|/)res/values/strings\.xml$")


def _android_strings(ctx, kind: str | None) -> str | None:
    """For a mobile application built for Android (an AndroidManifest.xml), its default strings resource (the first
    res/values/strings.xml in path order), or where it goes (res/values/strings.xml); None otherwise."""
    if kind != "mobile-application":
        return None
    paths = sorted(e.path for e in tree_of(ctx))
    if not any(p.rsplit("/", 1)[-1] == "AndroidManifest.xml" for p in paths):
        return None
    return next((p for p in paths if _ANDROID_VALUES.search(p)), "res/values/strings.xml")


def _main_language(ctx) -> str | None:
    """The language of most of the project's source files (a tie by name: never the dict's order)."""
    counts = (ctx.fact("source_inventory") or {}).get("source_languages") or {}
    return min(counts, key=lambda lang: (-counts[lang], lang)) if counts else None


_WINDOWS_SCRIPTS = (".bat", ".cmd", ".ps1", ".vbs")


def _windows_programs(ctx, scan: dict, ev: list[Evidence]) -> list[str]:
    """The Windows programs (.exe) the repository commits and its code runs by their file name, with no same-named program for
    another system beside them (binvox beside binvox.exe): the code runs on Windows only (a QGIS plugin launching its own
    include/python/pg_dump.exe). An installer kept for download, which no code runs, is no such program (evidence added to ``ev``)."""
    tree = [e for e in tree_of(ctx) if not is_vendored(e.path) or e.ext.lower() == "exe"]
    exes = {e.name.lower(): e.path for e in tree if e.ext.lower() == "exe"}
    others = {e.path.lower() for e in tree if e.ext.lower() != "exe"}
    found: dict[str, tuple] = {}
    for h in scan["signals"].get("portability.exe-call", []):
        name = str(h[2]).lower().rsplit("\\", 1)[-1].rsplit("/", 1)[-1]
        path = exes.get(name)
        # (a Windows script naming it, a build's node/npm.cmd beside node.exe and the npm shell script, is the Windows side of a
        # launcher pair, whatever the code runs elsewhere)
        if h[3] == "code" and path and path[:-4].lower() not in others and name not in found and not h[0].lower().endswith(_WINDOWS_SCRIPTS):
            found[name] = (h, path)
    for name, (h, path) in sorted(found.items())[:4]:
        ev.append(Evidence(path=h[0], line=h[1], value=h[2], kind="finding",
                           note=T(f"Lance le programme Windows {path} livré dans le dépôt.", f"Runs the Windows program {path} shipped in the repository.")))
    return [path.rsplit("/", 1)[-1] for _, path in sorted(found.values(), key=lambda x: x[1])]


JUDGED = ("web-application", "api-service", "static-site", "library", "cli-tool", "mobile-application", "desktop-application")


def qgis_plugin(project: dict) -> bool:
    """A GIS kit that is a QGIS plugin (its metadata.txt, or the classFactory entry point QGIS calls): the project fact's evidence."""
    return decided_kind(project) == "gis-kit" and any(str(e.get("reason", "")).startswith("QGIS plugin ") for e in project.get("kind_evidence") or [])


def _tool_run(ctx) -> Result | None:
    """The dependencies check's answer when the code is only programs a tool runs (a Talend job, FME workspaces, a PLC's program),
    None otherwise: that tool installs and runs them, and they have no interface texts of their own to translate."""
    proj = ctx.fact("project") or {}
    if (ctx.fact("manifests") or {}).get("manifests") or (ctx.fact("inventory") or {}).get("libraries"):
        return None
    return tool_program(ctx, proj, decided_kind(proj))


def _tool_programs(tool: Result, every: list[str], ev: list[Evidence], vendors: list[str], called: list[str]) -> Result:
    """Only the vendor part is judged for a tool's programs: neither a container nor a package installs an FME workspace or a PLC
    program (its tool does), and they hold no interface texts to put in translation files (a street-lighting clock's .pcs was
    advised a Dockerfile and gettext)."""
    why = tool.message
    # (the whole program is in the tool's own format, not an SDK one could put behind an interface: a vendor weighs double here)
    score = 10.0 - min(6.0, 4.0 * len(vendors) + 1.0 * len(called))
    msg = T(f"Services ou outils propriétaires : {', '.join(every) or 'aucun de ceux que l’outil connaît'} ; i18n et empaquetage "
            f"standard : sans objet ({why['fr'].removeprefix('Aucun manifeste attendu : ').rstrip('.')}).",
            f"Proprietary services or tools: {', '.join(every) or 'none of those the tool knows'}; i18n and standard packaging: "
            f"not applicable ({why['en'].removeprefix('No manifest expected: ').rstrip('.')}).")
    res = Result.scored(score, msg, ev, vendors=vendors, vendors_called=called, i18n=None, packaging=None)
    if every:
        what = ", ".join(every[:3])
        res = res.advise(T(f"Rendez remplaçables les services ou outils propriétaires ({what}) : une alternative libre documentée "
                           "(les notes des éléments relevés la nomment).",
                           f"Make the proprietary services or tools replaceable ({what}): a documented free alternative (the "
                           "evidence notes name it)."))
    return res


def _kit_without_code(ctx) -> Result | None:
    """*Not applicable* to a GIS kit of QGIS projects, styles, models or SQL: nothing of its own to translate or package. A QGIS
    plugin is judged as the other programs: its dialogs' texts are translated or not (QGIS loads a plugin's i18n/*.qm), it may
    call a proprietary service, and its metadata.txt is the packaging QGIS's plugin manager installs (a Conservatoire's
    plugin whose Qt dialogs hold French strings only, hard-wired to its own database)."""
    from auditor.facts.project import kind_label

    project = ctx.fact("project") or {}
    if decided_kind(project) != "gis-kit" or qgis_plugin(project):
        return None
    fr, en = (", ".join(kind_label(k, lang) for k in JUDGED) for lang in ("fr", "en"))
    return Result.not_applicable(T(f"Sans objet pour ce projet de type « {kind_label('gis-kit', 'fr')} » : ce contrôle ne porte que sur : {fr}, "
                                   "et les extensions QGIS.",
                                   f"Not applicable to this project, a {kind_label('gis-kit', 'en')}: this check only judges: {en}, and QGIS plugins."),
                                 kind="gis-kit", applies_to=list(JUDGED))


def _vendors(ctx) -> tuple[list[str], list[str], list[Evidence]]:
    """The proprietary services of ``proprietary_services.yml`` the project uses (the vendor_lockin fact, the one list
    vendor-lock-in reads too): those its code is built on (SDK package, code, file type), then those it only calls
    by address; each with its open alternative."""
    built, called, ev = [], [], []
    for s in ctx.fact("vendor_lockin")["services"]:
        if s.get("basemap_beside_open"):
            continue  # (a basemap offered beside open ones, Esri's imagery beside OpenStreetMap's: one line to drop, no dependency)
        name = s.get("named") or s["name"]
        # (a service reached by its address only — its host, or its tiles' addresses in a map's tile layer: the basemap of an
        # L.tileLayer, swapped for another in one line — is called, not built on: never "a platform that cannot be replaced")
        # (nor is a service whose web API the code calls at its address, an ArcGIS REST endpoint read over HTTP: only its SDK, its
        # code or its files build the code on it)
        (called if all(e["how"] == "host" or e.get("address") for e in s["evidence"]) or s.get("tiles_only") else built).append(name)
        alt = s.get("alternatives") or {}
        note = T(f"Dépend de {name} ; alternative ouverte : {alt.get('fr', '—')}.", f"Depends on {name}; open alternative: {alt.get('en', '—')}.")
        lines = ctx.fact("manifest_lines") if any(e["how"] == "package" for e in s["evidence"]) else {}
        for e in s["evidence"][:3]:
            line = e.get("line") or (lines.get(e["path"], {}).get(e["value"].lower()) if e["how"] == "package" else None)
            ev.append(Evidence(path=e["path"], line=line, value=e["value"], kind="finding", note=note))
    return built, called, ev


# A library's own translations kept in a folder named after it, the library itself loaded from a CDN (static/datatables/i18n/fr-FR.json,
# DataTables' French strings, beside <script src="https://cdn.datatables.net/1.13.2/js/jquery.dataTables.js">): that library's
# language, no translation of the application's texts (issue 12, s35 m35 = NumeriqueMediapass/MediapassReservation). The folder
# holding the locale folder is named after the library when a script, stylesheet or JSON the code loads names it (its host or path);
# a project's own folders (static/, assets/, src/, app/…) name none.
_LOCALE_OWNER = lazy_compile(r"(?:^|/)([\w.-]+)/(?:[\w-]*_)?(?:locale|locales|translations|lang|langs|i18n|l10n)/[^/]+$", re.I)
_OWN_FOLDERS = frozenset({"static", "assets", "asset", "public", "src", "app", "apps", "resources", "resource", "res", "web", "www", "front",
                          "frontend", "client", "js", "css", "lib", "libs", "dist", "build", "main", "core", "common", "shared", "config",
                          "conf", "data", "site", "theme", "themes", "templates", "scripts", "script", "ui", "webapp", "server", "backend"})
_ASSET_URL = lazy_compile(r"\.(?:js|mjs|css|json)(?:[?#]|$)", re.I)


def _cdn_library_locales(scan: dict, paths: list[str]) -> set[str]:
    """The locale files among ``paths`` that sit in a folder named after a library whose script, stylesheet or JSON the code loads."""
    urls = [re.sub(r"[^a-z0-9]", "", str(h[2]).lower()) for h in scan["signals"].get("scaling.url", [])[:2000]
            if h[3] in ("code", "template") and _ASSET_URL.search(str(h[2]))]
    out = set()
    for p in paths:
        m = _LOCALE_OWNER.search(p)
        name = re.sub(r"[^a-z0-9]", "", m.group(1).lower()) if m else ""
        if len(name) >= 4 and m.group(1).lower() not in _OWN_FOLDERS and any(name in u for u in urls):
            out.add(p)
    return out


def _i18n(ctx, scan: dict, ev: list[Evidence]) -> bool:
    """Texts are translatable: locale files, an i18n library, or translation calls in the code (evidence added to ``ev``)."""
    copied = set(ctx.fact("copied_paths"))  # a copied library's own locales (Select2's i18n/af.js) translate that library, not the app
    copied |= {h[0] for h in scan["signals"].get("i18n.rails-scaffold", [])}  # (and Rails' generated en.yml: "Hello world" only)
    # (and a locale named after a copied library, bootstrap-datetimepicker.fr.js beside the copied bootstrap-datetimepicker.css)
    stems = {p.rsplit("/", 1)[-1].split(".", 1)[0].lower() for p in copied}
    # (nor a folder's keeper or an empty file: locales/en_US/.empty beside locales/fr_FR/.empty is a place for translations, none made)
    tree = [e for e in tree_of(ctx) if not is_vendored(e.path) and e.path not in copied and e.name.lower() not in FOLDER_KEEPERS and e.size != 0]
    locale_files = sorted(e.path for e in tree if (LOCALE_PATH.search(e.path) or LANGUAGE_FILE.search(e.path) or MESSAGE_BUNDLE.search(e.path)
                                                   or APP_LOCALES.search(e.path)) and not ANALYSER_LISTS.search(e.path)
                          and not ("." in e.name.split(".", 1)[-1] and e.name.split(".", 1)[0].lower() in stems))
    # (a folder of a dozen languages' messages is a copied component's catalogue, BlocklyDuino's msg/js/*.js: an app's own tables are few)
    crowded = {f for f, n in Counter(e.path.rpartition("/")[0] for e in tree if CODE_NAMED.match(e.name)).items() if n > 8}
    named = sorted(e.path for e in tree if LANGUAGE_NAMED.search(e.path) and e.path.rpartition("/")[0] not in crowded)
    if len({LANGUAGE_NAMED.search(p).group(1) for p in named}) >= 2:
        locale_files = sorted(set(locale_files) | set(named))
    if len(jekyll := sorted(e.path for e in tree if JEKYLL_TEXTS.search(e.path))) >= 2:
        locale_files = sorted(set(locale_files) | set(jekyll))
    libraries_own = _cdn_library_locales(scan, locale_files) if locale_files else set()  # (DataTables' fr-FR.json, the library from a CDN)
    locale_files = [p for p in locale_files if p not in libraries_own]
    locale_files = locale_files or _language_folders(tree)  # (the shallowest site's pages first)
    i18n_deps = match_deps(ctx, [I18N_DEPS], dev=False, exports=False)  # (Jupyter's babel in a conda export)
    i18n_code = [h for h in scan["signals"].get("i18n.code", []) if h[3] in ("code", "template")]
    if (host_extension_of(ctx.fact("project") or {}) or (None, None))[1] == "WordPress":
        # (a WordPress plugin or theme translates by its text domain: `__('Suivant', 'text-domain')` pasted from the documentation,
        # or `__("Oups !")` with none, translates nothing of its own)
        i18n_code = [h for h in scan["signals"].get("i18n.wp-domain", []) if not is_vendored(h[0]) and h[0] not in copied]
    locale_files += sorted({h[0] for h in scan["signals"].get("i18n.manifest-messages", []) if not is_vendored(h[0])})  # "i18n": {"en": {…}}
    # a library a framework's skeleton installs in every project (symfony/translation, required by Symfony's webapp pack beside an
    # empty translations/) translates nothing by itself: it counts with translation files or calls (a waste syndicate's Symfony app,
    # its Twig templates in French, one skeleton |trans of the login error)
    i18n_deps = [d for d in i18n_deps if d[0] not in SKELETON_I18N_DEPS or locale_files or len(i18n_code) >= 3]
    # a front end's translation library whose texts are reached by calls the scan knows ($t('…'), t('…'), useTranslation(),
    # FormattedMessage) translates nothing when the code makes none and no locale file exists: a set-up left empty (app_oeasc's
    # plugins/i18n.js, `new VueI18n({ locale: 'fr' })` with no messages, imported by nothing; every label written in French in the
    # components; issue 12, s35 r35 = PnCevennes/app_oeasc). The library's name in its own import is no call.
    calls = [h for h in i18n_code if str(h[2]).strip().lower() not in CALLED_I18N_DEPS]
    i18n_deps = [d for d in i18n_deps if d[0] not in CALLED_I18N_DEPS or locale_files or calls]
    # Babel without a catalogue nor a translation call formats dates and numbers, translates no text (Geotrek-event-reservation's
    # backend: babel.dates.format_date(…, locale="fr_FR") for its French mails, every label written in French; issue 12, s35 ab35)
    i18n_deps = [d for d in i18n_deps if d[0] not in FORMAT_ONLY_I18N_DEPS or locale_files or calls]
    # Qt's translation system: a QTranslator and three distinct tr()/translate() texts at least (no boilerplate, s39 fh39, nor scaffold, s43 fg43)
    qt_strings = [h for h in scan["signals"].get("i18n.qt-string", []) if h[3] == "code" and h[0] not in copied and not is_vendored(h[0])]
    qt = len(distinct_qt_strings(ctx, qt_strings)) >= 3 and any(h[3] == "code" and h[0] not in copied for h in scan["signals"].get("i18n.qt-translator", []))
    if qt and not (locale_files or i18n_deps or len(i18n_code) >= 3):
        ev.append(Evidence(path=qt_strings[0][0], line=qt_strings[0][1], value="Qt tr() / QTranslator", kind="found"))
    if locale_files:
        ev.append(Evidence(path=locale_files[0], value="locale files", kind="found"))
    ev += dep_evidence_lines(ctx, i18n_deps, limit=2)
    if i18n_code and not locale_files and not i18n_deps:
        ev.append(Evidence(path=i18n_code[0][0], line=i18n_code[0][1], value=i18n_code[0][2], kind="found"))
    return bool(locale_files or i18n_deps or len(i18n_code) >= 3 or qt)


def _language_folders(tree: list) -> list[str]:
    """The pages of a site translated by folders: two or more sibling folders named by a language (www_online/french/,
    english/, espanol/) holding pages of the same names (index.php in each); the first language's pages."""
    pages: dict[tuple[str, str], set[str]] = {}
    for e in tree:
        folder, _, name = e.path.rpartition("/")
        parent, _, last = folder.rpartition("/")
        if folder and LANGUAGE_DIR.match(last) and name.rsplit(".", 1)[-1].lower() in ("php", "html", "htm", "md", "twig", "erb", "jsp", "aspx"):
            pages.setdefault((parent, last.lower()), set()).add(name)
    out: list[str] = []
    for parent in sorted({p for p, _ in pages}, key=lambda p: (p.count("/"), p)):
        langs = sorted(lang for p, lang in pages if p == parent)
        shared = set.intersection(*(pages[(parent, lang)] for lang in langs)) if len(langs) >= 2 else set()
        if shared:
            out += [f"{parent}/{langs[0]}/{n}".lstrip("/") for n in sorted(shared)[:3]]
    return out


# A system or language package's recipe, whatever the manifests fact reads: a Ruby gem's .gemspec (a Foreman plugin), the
# debian/ folder building .deb packages (control, rules), an RPM .spec, a NuGet .nuspec, a Helm chart, a Snap, an Arch PKGBUILD
# (and a dbt project's dbt_project.yml: it names and versions the project, which another dbt project installs as a package by its
# git address in its packages.yml, and dbt deps fetches: issue 12, s38 fj38 = France-Data-Reseau/fdr-appuiscommuns)
PACKAGE_RECIPE = lazy_compile(r"^(?:[\w.-]+/)?[\w.-]+\.gemspec$|(^|/)debian/control$|^(?:rpm/|packaging/|[\w.-]+/)?[\w.-]+\.spec$|"
                              r"(^|/)[\w.-]+\.nuspec$|(^|/)Chart\.ya?ml$|(^|/)snap(?:craft)?/snapcraft\.ya?ml$|^snapcraft\.ya?ml$|(^|/)PKGBUILD$|"
                              r"(^|/)dbt_project\.yml$")


# A mobile app's build, which packages it for the stores (APK/AAB, IPA): an Android module's manifest beside its Gradle build
# (app/src/main/AndroidManifest.xml and app/build.gradle), an iOS app's Xcode project (DansMaRue.xcodeproj/project.pbxproj beside
# the launch screen only iOS apps have; not a desktop program's Xcode project, an openFrameworks app built for macOS)
ANDROID_MANIFEST = lazy_compile(r"^(?:(.+)/)?src/main/AndroidManifest\.xml$")
XCODE_PROJECT = lazy_compile(r"(?:^|/)[^/]+\.xcodeproj/project\.pbxproj$")
# (or an asset catalog's launch image set, Images.xcassets/LaunchImage.launchimage/Default-Portrait@2x.png: iOS's alone)
IOS_LAUNCH = lazy_compile(r"(?:^|/)(?:Launch ?Screen\.(?:storyboard|xib)|Default(?:-568h)?@2x\.png)$|\.launchimage/[^/]+$", re.I)


def _app_builds(paths: set[str]) -> list[str]:
    ios = any(IOS_LAUNCH.search(p) for p in paths)
    out = []
    for p in paths:
        m = ANDROID_MANIFEST.match(p)
        module = f"{m.group(1)}/" if m and m.group(1) else ""
        if (m and (f"{module}build.gradle" in paths or f"{module}build.gradle.kts" in paths)) or (ios and XCODE_PROJECT.search(p)):
            out.append(p)
    return out


def _packaging(ctx, ev: list[Evidence], vendors: list[str] = ()) -> bool:
    """A container image, a named, versioned package or a package recipe (evidence added to ``ev``)."""
    files = ctx.fact("files")
    # (a Gradle build at the root names and versions its artefact as a pom.xml does, settings.gradle's rootProject.name or its
    # folder's: the manifests fact reads no name there, a Maven build's artifactId it reads)
    named = [m for m in ctx.fact("manifests")["manifests"] if m.get("name")]
    gradle = [m["path"] for m in ctx.fact("manifests")["manifests"] if m.get("ecosystem") == "gradle" and "/" not in m["path"]]
    copied = set(ctx.fact("copied_paths") or [])  # (a copied theme's gemspec, docs/jekyll-theme-slate.gemspec, packages the theme)
    own = {e.path for e in tree_of(ctx) if not is_vendored(e.path) and e.path not in copied}
    recipes = sorted([p for p in own if PACKAGE_RECIPE.search(p)] + _app_builds(own), key=lambda p: (p.count("/"), p))
    # a host's plugin laid out as its host installs it (a Jalios JCMS plugin.xml, a Moodle version.php, a geOrchestra add-on's
    # manifest.json, a QGIS plugin's metadata.txt): the host's packaging (the project fact's kind evidence names it)
    # (not when the host is itself a proprietary product the project depends on, Jalios JCMS: that layout is the lock-in)
    # (a QGIS plugin's metadata.txt is read by QGIS's plugin manager, which installs the plugin's ZIP: QGIS is free software)
    hosted = [e for e in (ctx.fact("project") or {}).get("kind_evidence") or [] if e.get("path") and (
              ((h := hosted_by(e.get("reason"))) and not any(v.lower() in e["reason"].lower() or h[1].lower() in v.lower() for v in vendors))
              or (e.get("reason") == "QGIS plugin metadata")
              # (a Cordova application's config.xml names and versions the application Cordova builds for the stores, as an Android
              # module's manifest and Gradle build do: its package recipe, with or without a package.json)
              or str(e.get("reason", "")).startswith("Cordova mobile application"))]
    if files.get("dockerfile"):
        ev.append(Evidence(path=files["dockerfile"], value="container", kind="found"))
    elif named:
        ev.append(Evidence(path=named[0]["path"], value=named[0]["name"], kind="found"))
    elif recipes:
        ev.append(Evidence(path=recipes[0], value="package", kind="found"))
    elif hosted:
        ev.append(Evidence(path=hosted[0]["path"], value=hosted[0]["reason"], kind="found"))
    elif gradle:
        ev.append(Evidence(path=gradle[0], value="Gradle build", kind="found"))
    return bool(files.get("dockerfile") or named or recipes or hosted or gradle or files.get("publiccode"))
