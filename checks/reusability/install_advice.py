"""The remediation of reusability.install written for the kind of project: a plugin is installed into its host, a static site is
served as files (a forge's pages, any static host) and regenerated from its source."""

from __future__ import annotations

from auditor.checks.interface import Evidence, Result, T


def _for_host(r: Result, host: str | None, theme: bool = False) -> Result:
    """A plugin's remediation: how to install it into its host, not a container of its own (a theme's: among the host's themes)."""
    if host and theme:
        r.remediation = T(f"Dites dans le README comment ajouter le thème à une installation de {host} (le dossier des thèmes où le copier "
                          "ou le gestionnaire de thèmes), quelle version de l'hôte il demande et comment l'activer et le régler.",
                          f"Say in the README how to add the theme to an installation of {host} (the themes folder to copy it into or the "
                          "theme manager), which version of the host it needs, and how to activate and set it up.")
    elif host:
        r.remediation = T(f"Dites dans le README comment ajouter l'extension à une installation de {host} (la dépendance à déclarer dans le "
                          "projet du site, le dossier où la copier ou le gestionnaire d'extensions), quelle version de l'hôte elle demande et "
                          "comment l'activer et la régler.",
                          f"Say in the README how to add the plugin to an installation of {host} (the dependency to declare in the site's "
                          "project, the folder to copy it into or the plugin manager), which version of the host it needs, and how to "
                          "enable and set it up.")
    return r


def _host_of(proj: dict) -> str | None:
    """The host application when the project was recognised as a plugin of it (a WordPress, Drupal, SPIP… extension)."""
    from auditor.facts.project import host_extension_of

    return (host_extension_of(proj) or (None, None))[1]


def _for_static_site(ctx, r: Result) -> Result:
    """A static site's remediation: serving its files is its installation (a forge's pages, any static host), and a site a tool
    writes (a qgis2web export of a QGIS project, a site generator) is regenerated from its source; no container nor database."""
    tool = (ctx.fact("map_exports") or {}).get("tool")
    regen_fr = (f"comment le régénérer (le projet QGIS d'origine et l'export {tool} à relancer, avec ses réglages)" if tool else
                "comment le régénérer s'il est produit par un outil (la commande du générateur de site)")
    regen_en = (f"how to regenerate it (the source QGIS project and the {tool} export to run again, with its settings)" if tool else
                "how to regenerate it if a tool produces it (the site generator's command)")
    if tool and r.details.get("instructions"):  # (the README says how to publish the export, qgis2web's note: what is missing is how to
        # make it again; issue 12, s37 fl37 = SMMAGEMAPI/Projets_SMMA)
        r.remediation = T(f"Le README dit comment publier ce site statique ; ajoutez-y {regen_fr}.",
                          f"The README says how to publish this static site; add to it {regen_en}.")
        return r
    r.remediation = T(f"Pour ce site statique, servir ses fichiers suffit : dites dans une section « Installation » du README comment le "
                      "publier (GitHub Pages ou GitLab Pages, ou tout hébergement de fichiers statiques où copier le dossier) et "
                      f"{regen_fr}.",
                      f"For this static site, serving its files is enough: say in an \"Installation\" section of the README how to publish "
                      "it (GitHub Pages or GitLab Pages, or any static file host to copy the folder to) and "
                      f"{regen_en}.")
    return r


# Kinds installed as a package of their language (pip install, remotes::install_github, npm install, mvn install, apt install): their
# package manifest or build is their whole install recipe, with no service to start (no container, compose file nor deployment asked)
PACKAGE_KINDS = ("library", "cli-tool", "desktop-application")  # (a desktop program: built and installed on the machine, no service to start)
PACKAGE_RUNTIMES = ("package", "build-tool", "system-package")  # (setup.py, a named pyproject.toml, DESCRIPTION, package.json; pom.xml…)


def package_manifest(kind: str | None, found: dict[str, str], host: str | None) -> str | None:
    """The package manifest (or build) that installs a library or a command-line tool, when it is one and not a plugin of a host."""
    if kind not in PACKAGE_KINDS or host:
        return None
    return next((found[n] for n in PACKAGE_RUNTIMES if n in found), None)


# The command that installs a package from its manifest, by the manifest's name (one ecosystem's command, never another's)
_COMMANDS = (("setup.py", "pip install"), ("pyproject.toml", "pip install"), ("setup.cfg", "pip install"), ("DESCRIPTION", "remotes::install_github"),
             ("package.json", "npm install"), ("composer.json", "composer require"), ("pom.xml", "mvn install"), ("build.gradle", "gradle publishToMavenLocal"),
             ("build.gradle.kts", "gradle publishToMavenLocal"), ("build.sbt", "sbt publishLocal"), ("CMakeLists.txt", "cmake --install"),
             ("meson.build", "meson install"), ("metadata.json", "puppet module install"), ("main.yml", "ansible-galaxy install"),
             ("Cargo.toml", "cargo install"), ("go.mod", "go install"), (".gemspec", "gem install"))  # (a gem's <name>.gemspec: by its extension)


def install_command(manifest: str | None) -> str | None:
    """The install command of the manifest's ecosystem (None for a manifest of another name)."""
    name = (manifest or "").rsplit("/", 1)[-1]
    return next((c for n, c in _COMMANDS if n == name or (n.startswith(".") and name.endswith(n))), None)


# The package manifest and install command of a language without a manifest yet: advised only for the project's own language
ECOSYSTEMS = {"Python": ("pyproject.toml", "pip install"), "R": ("DESCRIPTION", "remotes::install_github"), "JavaScript": ("package.json", "npm install"),
              "TypeScript": ("package.json", "npm install"), "PHP": ("composer.json", "composer require"), "Java": ("pom.xml", "mvn install"),
              "Ruby": ("gemspec", "gem install"), "Go": ("go.mod", "go install"), "Rust": ("Cargo.toml", "cargo install")}


def main_ecosystem(languages: dict) -> str | None:
    """The project's language among those with a package manager (most files first, then by name: deterministic)."""
    known = sorted((-n, lang) for lang, n in (languages or {}).items() if lang in ECOSYSTEMS and isinstance(n, int) and n > 0)
    return known[0][1] if known else None


def for_package(r: Result, kind: str | None, host: str | None, manifest: str | None = None, language: str | None = None) -> Result:
    """A library's or a command-line tool's remediation: its package manifest and the README's install command, never a container
    nor another language's manifest (a language without a package manager: the README's install steps only)."""
    if kind not in PACKAGE_KINDS or host:
        return r
    from auditor.facts.project import kind_label

    what_fr, what_en = kind_label(kind, "fr"), kind_label(kind, "en")
    eco = ECOSYSTEMS.get(language or "")
    command = install_command(manifest) if manifest else eco[1] if eco else None
    if manifest:
        have_fr, have_en = f"son manifeste de paquet ({manifest}) l'installe", f"its package manifest ({manifest}) installs it"
    elif eco:
        have_fr, have_en = f"ajoutez le manifeste de paquet de {language} ({eco[0]})", f"add {language}'s package manifest ({eco[0]})"
    else:
        have_fr, have_en = "aucun manifeste de paquet n'est attendu", "no package manifest is expected"
    steps_fr = f"la commande qui l'installe ({command})" if command else "les étapes qui l'installent (l'interpréteur, les dépendances, les commandes)"
    steps_en = f"the command that installs it ({command})" if command else "the steps that install it (the interpreter, the dependencies, the commands)"
    r.remediation = T(f"Pour un projet de type « {what_fr} », pas de conteneur à fournir : {have_fr} ; donnez dans une section « Installation » "
                      f"du README {steps_fr} et la version du langage qu'il demande.",
                      f"For a {what_en}, no container is needed: {have_en}; give in an \"Installation\" section of the README {steps_en} "
                      "and the language version it needs.")
    return r


# What an analysis runs in, by its main language: the tool and the versions to give (issue 12, s44 fd44 = data-CEN-NA)
_ANALYSIS_TOOLS = {"SQL": ("le système de base de données et sa version, le client SQL ou l'outil de tableaux de bord qui lance les requêtes",
                           "the database system and its version, the SQL client or dashboard tool that runs the queries"),
                   "R": ("la version de R et les paquets (renv.lock ou la liste des library())", "the R version and the packages (renv.lock or the list of library() calls)"),
                   "Python": ("la version de Python, les dépendances (requirements.txt) et le noyau du notebook",
                              "the Python version, the dependencies (requirements.txt) and the notebook's kernel")}


def for_analysis(r: Result, languages: dict | None) -> Result:
    """An analysis's remediation (queries, scripts or notebooks run over data): what it reads, what it runs in and in which order, never
    a container nor a service to start (there is none)."""
    ranked = sorted((-n, lang) for lang, n in (languages or {}).items() if isinstance(n, int) and n > 0)
    tool = _ANALYSIS_TOOLS.get(ranked[0][1] if ranked else "", ("l'outil et les versions où elle tourne", "the tool and the versions it runs in"))
    r.remediation = T("Pour une analyse, pas de conteneur ni de service à lancer : dites dans une section « Installation » du README ce qu'elle "
                      f"lit (la base de données et son schéma, ou les données sources et où les obtenir), {tool[0]}, et les commandes ou "
                      "l'ordre dans lequel lancer ses requêtes, scripts ou carnets.",
                      "For an analysis, there is no container nor service to start: say in an \"Installation\" section of the README what it "
                      f"reads (the database and its schema, or the source data and where to get them), {tool[1]}, and the commands or "
                      "order in which to run its queries, scripts or notebooks.")
    return r


def package_message(msg: dict[str, str], kind: str | None, manifest: str | None) -> dict[str, str]:
    """The message naming the kind and the package manifest that installs it (a library's DESCRIPTION, a tool's setup.py)."""
    if not manifest:
        return msg
    from auditor.facts.project import kind_label

    return T(f"Projet de type « {kind_label(kind, 'fr')} » installé par son manifeste de paquet ({manifest}). {msg['fr']}",
             f"A {kind_label(kind, 'en')} installed from its package manifest ({manifest}). {msg['en']}")


def project_language(ctx) -> str | None:
    """The project's main language with a package manager, from the inventory (None when unknown)."""
    from auditor.facts import FactError

    try:
        return main_ecosystem((ctx.fact("inventory") or {}).get("languages") or {})
    except FactError:
        return None


# A mobile application's build, by the file that builds it: the command that produces the installable package
_MOBILE_BUILDS = (("build.gradle", "./gradlew assembleRelease (APK) ou bundleRelease (AAB)", "./gradlew assembleRelease (APK) or bundleRelease (AAB)"),
                  ("build.gradle.kts", "./gradlew assembleRelease (APK) ou bundleRelease (AAB)", "./gradlew assembleRelease (APK) or bundleRelease (AAB)"),
                  ("project.pbxproj", "Xcode (Product > Archive) ou fastlane", "Xcode (Product > Archive) or fastlane"),
                  ("contents.xcworkspacedata", "Xcode (Product > Archive) ou fastlane", "Xcode (Product > Archive) or fastlane"),
                  ("pubspec.yaml", "flutter build apk (APK) ou appbundle (AAB), flutter build ipa", "flutter build apk (APK) or appbundle (AAB), flutter build ipa"))


def mobile_build(found: dict[str, str]) -> str | None:
    """The build of a mobile application among the install tooling found (an Android module's build.gradle, an Xcode project)."""
    return found.get("build-tool") if any(found.get("build-tool", "").endswith(n) for n, _, _ in _MOBILE_BUILDS) else None


def for_mobile(r: Result, build: str | None) -> Result:
    """A mobile application's remediation: where to get the installable package and how to build it, never a container nor a
    compose file (nothing is served: the application runs on the phone)."""
    name = (build or "").rsplit("/", 1)[-1]
    cmd = next(((fr, en) for n, fr, en in _MOBILE_BUILDS if n == name), None)
    package = "APK ou AAB" if name.startswith("build.gradle") else "IPA" if cmd and name != "pubspec.yaml" else "APK ou AAB, IPA"
    build_fr = f"comment la construire ({cmd[0]}, avec la version du SDK et la signature)" if cmd else \
        "comment la construire (l'outil, la version du SDK, la signature)"
    build_en = f"how to build it ({cmd[1]}, with the SDK version and the signing)" if cmd else "how to build it (the tool, the SDK version, the signing)"
    r.remediation = T(f"Pour une application mobile, pas de conteneur : publiez le paquet installable ({package}) dans les versions du dépôt "
                      "ou dans un magasin d'applications, et dites dans une section « Installation » du README où le télécharger et "
                      f"{build_fr}.",
                      f"For a mobile application, no container: publish the installable package ({package.replace(' ou ', ' or ')}) in the repository's releases "
                      "or in an app store, and say in an \"Installation\" section of the README where to download it and "
                      f"{build_en}.")
    return r


def for_files_app(r: Result) -> Result:
    """The remediation of an application made of pages and scripts served as they are, its data kept by a third party's service (see
    auditor.facts.kind_page_apps): publishing its files and setting up that service is its installation; no container nor server."""
    r.remediation = T("Pour cette application faite de pages et de scripts servis tels quels, dites dans une section « Installation » du README "
                      "comment publier ses fichiers (GitHub Pages ou GitLab Pages, ou tout hébergement de fichiers statiques) et comment créer "
                      "et régler le service qui garde ses données (base, envoi de courriels : le compte, les clés, les règles d'accès).",
                      "For this application made of pages and scripts served as they are, say in an \"Installation\" section of the README how "
                      "to publish its files (GitHub Pages or GitLab Pages, or any static file host) and how to create and set up the service "
                      "that keeps its data (database, e-mail sending: the account, the keys, the access rules).")
    return r


def unbuilt_setup(unbuilt: dict, score: float, msg: dict[str, str], ev: list) -> tuple[float, dict[str, str]]:
    """A setup.py whose packages=[…] names no folder of the repository installs no code (auditor.facts.setup_packages): the manifest
    counts as a recipe that does not work, the score capped under a pass, the names shown (issue 12, s43 vb43 = wagtail-leaflet)."""
    names = ", ".join(unbuilt["missing"])
    ev.append(Evidence(path="setup.py", line=unbuilt.get("line"), value=names, kind="finding", note=T(
        f"setup.py liste des paquets absents du dépôt ({names}) : « pip install » n'installerait aucun code.",
        f"setup.py lists packages the repository does not hold ({names}): \"pip install\" would install no code.")))
    return min(score, 6.0), T(f"{msg['fr']} Mais setup.py nomme des paquets absents du dépôt ({names}) : il n'installe pas le code.",
                              f"{msg['en']} But setup.py names packages the repository does not hold ({names}): it does not install the code.")
