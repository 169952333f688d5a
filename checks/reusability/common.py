"""Helpers shared by the reusability and interoperability checks."""

from __future__ import annotations

import re

from auditor.checks.interface import Evidence, Result, T
from auditor.facts import FactError
from auditor.facts.jupyter_envs import carried_pairs
from auditor.facts.manifests import all_dependencies
from auditor.facts.requirement_files import no_runtime_reason


def hit_evidence(hits, kind: str = "found", note=None, limit: int = 20) -> list[Evidence]:
    return [Evidence(path=h[0], line=h[1], value=h[2], kind=kind, note=note) for h in hits[:limit]]


def distinct_paths(hits) -> list[str]:
    return sorted({h[0] for h in hits})


def scan_capped(sig: dict, sids, paths) -> bool:
    """Whether the text scan kept only part of these signals' hits in one of these files (it keeps PER_FILE per file and
    signal, PER_SIGNAL in all; for a signal keyed by its value, BY_HOST, every distinct value up to PER_FILE_HOSTS): a count made of
    them is then a lower bound, said "at least"."""
    from auditor.facts.textscan import BY_HOST, PER_FILE, PER_FILE_HOSTS, PER_SIGNAL

    paths = set(paths)
    for sid in sids:
        hs = sig.get(sid, [])
        per: dict[str, int] = {}
        for h in hs:
            per[h[0]] = per.get(h[0], 0) + 1
        cap = PER_FILE_HOSTS if sid in BY_HOST else PER_FILE
        if len(hs) >= PER_SIGNAL or any(n >= cap for p, n in per.items() if p in paths):
            return True
    return False


def unimported_names(ctx) -> set[str]:
    """Declared packages that the project's readable code never names (the ``unimported_packages`` fact), lower case."""
    value = ctx.fact("unimported_packages") or {}
    return {n for eco in ("pip", "npm") for n in value.get(eco) or []}


def deps(ctx, dev: bool = True) -> dict[str, list[str]]:
    return all_dependencies(ctx.fact("manifests"), dev=dev)


def match_deps(ctx, patterns, dev: bool = True, exports: bool = True, unimported: bool = True) -> list[tuple[str, str]]:
    """(dependency, manifest path) for declared dependencies matching any regex (full match, lower case). ``exports=False``
    leaves out a whole environment's export (conda env export): it names every package installed, the project's or not.
    ``unimported=False`` leaves out the packages the project's readable code never names (a pip freeze's O365)."""
    rx = [re.compile(p) for p in patterns]
    exported = set() if exports else set(ctx.fact("environment_exports")["paths"])
    unused = set() if unimported else unimported_names(ctx)
    carried = carried_pairs(ctx)  # (a Jupyter environment's Tornado and Jinja2: Jupyter's, never the project's framework)
    out = []
    for name, paths in sorted(deps(ctx, dev).items()):
        paths = [p for p in paths if p not in exported and (name, p) not in carried]
        if name in unused:
            continue
        if paths and any(r.fullmatch(name) for r in rx):
            out.append((name, paths[0]))
    return out


def dep_evidence(found, kind: str = "found", limit: int = 20) -> list[Evidence]:
    return [Evidence(path=p, value=name, kind=kind) for name, p in found[:limit]]


def dep_evidence_lines(ctx, found, kind: str = "found", limit: int = 20, note=None) -> list[Evidence]:
    """Evidence for declared dependencies, with the line of each in its manifest (developers can click)."""
    lines = ctx.fact("manifest_lines") if found[:limit] else {}
    return [Evidence(path=p, line=lines.get(p, {}).get(name), value=name, kind=kind, note=note) for name, p in found[:limit]]


UI_DEPS = (r"react", r"react-dom", r"vue", r"svelte", r"@angular/core", r"angular", r"next", r"nuxt", r"preact", r"solid-js", r"@sveltejs/kit",
           r"astro", r"lit", r"alpinejs", r"htmx\.org", r"@hotwired/.*", r"stimulus", r"jquery", r"@gouvfr/dsfr", r"@codegouvfr/react-dsfr",
           r"django", r"flask", r"symfony/twig-bundle", r"twig/twig", r"laravel/framework", r"rails", r"django-dsfr", r"wagtail",
           r"dash", r"streamlit", r"gradio", r"nicegui")  # (Python frameworks whose code builds the pages: a Dash dashboard)
# (jinja2 alone renders text as well as pages: a CLI's reports, Ansible's files; its HTML templates show an interface, not the library)
# a template of a text file (a CLI's report templates/reports/user.txt.j2, a configuration nginx.conf.j2): no page
TEXT_TEMPLATE = re.compile(r"\.(?:txt|md|rst|csv|tsv|sql|ya?ml|ini|conf|cfg|json|xml|sh|py|toml|env|properties|service)\.(?:j2|jinja2?|twig|njk|ejs|hbs|erb|mustache)$", re.I)
TEMPLATE_EXTS = {"html", "htm", "twig", "jinja", "jinja2", "j2", "vue", "jsx", "tsx", "svelte", "erb", "hbs", "ejs", "njk", "astro", "heex", "blade",
                 "jsp", "jspx", "xhtml", "ftl", "vm"}
STYLE_EXTS = {"css", "scss", "sass", "less"}  # the project's own stylesheets style an interface (a map viewer's add-on panel)


VIEW_DIRS = {"views", "view", "templates", "layouts", "pages"}


def has_ui(ctx) -> bool:
    """A user interface is served or built: templates/components in the tree or a UI framework declared (a course kit's exercise
    pages and stylesheets, its kind undecided on course material, serve none: s39 fa39)."""
    from auditor.facts.inventory import in_app_bundle, is_doc, is_generated, is_test, is_vendored
    from auditor.facts.kind_documents import course_material
    from auditor.facts.tree import tree_of

    if course_material(ctx.fact("project") or {}):
        return False
    styles = set(ctx.fact("document_styles") or [])  # (a document build's stylesheet, pandoc -c etc/epub.css: its book's, no page's)
    for e in tree_of(ctx):
        if in_app_bundle(e.path) or e.path in styles:  # (a committed macOS application's bundled pages, a JRE's Welcome.html, serve no interface)
            continue
        # templates and styles; PHP views of a plain MVC back office (app/views/auth/login.php)
        page = (e.ext in TEMPLATE_EXTS | STYLE_EXTS and not TEXT_TEMPLATE.search(e.name)) or \
            (e.ext == "php" and bool(VIEW_DIRS & set(e.path.lower().split("/")[:-1])))
        if page and not (is_vendored(e.path) or is_generated(e.path) or is_test(e.path) or is_doc(e.path)):
            return True
    if any(h[3] in ("code", "template") for h in (ctx.fact("textscan") or {}).get("signals", {}).get("ui.php-page", [])):
        return True  # a PHP script writing an HTML page (pnrnm/geonature_carte_hebdo.php: a Leaflet map)
    if any(e.get("reason") in ("Shiny application", "browser application (Kotlin/JS)") or str(e.get("reason", "")).endswith(" imported by the code")
           for e in (ctx.fact("project") or {}).get("kind_evidence") or []):
        return True  # a Shiny, Dash or Kotlin/JS application's pages are written in R, Python or Kotlin (fluidPage, html.Div, Compose's Div)
    # a static site generator's site (VuePress, MkDocs, Hugo…): its Markdown pages are rendered as a website by the generator's theme,
    # no template of the project's own needed (rapport-alternance/.vuepress/config.js and its pages, s36 j36); when the site is the
    # project, its kind decided static-site: a package's documentation or examples site beside it serves no interface of the project's
    # (torchTextClassifiers' notebooks/_quarto.yml, s36 m36)
    project = ctx.fact("project") or {}
    if project.get("kind") == "static-site" and any(str(e.get("reason", "")).startswith("static site generator") for e in project.get("kind_evidence") or []):
        return True
    # (a deployment committing the service's built front end, its asset manifest naming index.html and the bundle: the interface it
    # serves, though no source of it is here — orgarif-deploy's static/js/main.<hash>.js, s38 fm38)
    if any(str(e.get("reason", "")).startswith("built web interface deployed") for a in project.get("also_kinds") or [] if isinstance(a, dict)
           for e in a.get("evidence") or []):
        return True
    return bool(match_deps(ctx, UI_DEPS, dev=False))


def host_extension(ctx, project: dict) -> bool:
    """A library that is an extension of a host application (a Drupal module or theme, a WordPress or Lutece plugin): its kind's
    evidence names the host ("plugin of Drupal") or the install recipes name one. Its pages and its files are its own, served
    inside its host's site, unlike a plain library's."""
    if project.get("kind") != "library":
        return False
    from auditor.facts.project import host_extension_of

    if host_extension_of(project):
        return True
    return bool((ctx.fact("install_recipes") or {}).get("plugin_host"))


def textscan_ok(ctx):
    """The textscan fact, or raises FactError (the check then reports ``error`` with the reason)."""
    value = ctx.fact("textscan")
    if value is None:
        raise FactError("textscan unavailable")
    return value


def scan_note(value) -> dict:
    sk = value.get("skipped", {})
    left = sum(sk.values())
    return T(f"{value.get('scanned', 0)} fichiers texte lus, {left} laissés de côté (taille, nombre).",
             f"{value.get('scanned', 0)} text files read, {left} left out (size, count).")


def submodule_code(ctx) -> dict | None:
    """Why the code checks measure nothing in a repository with no source of its own but git submodules (a README and the
    add-ons it pins: geobretagne/addons): the code is in the submodules, which the audit does not read; None otherwise."""
    from auditor.facts.tree import tree_of

    if ((ctx.fact("inventory") or {}).get("categories") or {}).get("source"):
        return None
    subs = sorted(e.path for e in tree_of(ctx) if e.kind == "submodule")
    if not subs:
        return None
    shown = ", ".join(subs[:4]) + ("…" if len(subs) > 4 else "")
    return T(f"Non mesuré : le code est dans {len(subs)} sous-module(s) git ({shown}), que cet audit ne lit pas.",
             f"Not measured: the code is in {len(subs)} git submodule(s) ({shown}), which this audit does not read.")


def code_free(ctx) -> dict | None:
    """Why nothing here is to be run, translated or packaged: no source code at all, no kind decided from the files and no
    submodule (a project's description: README, documents, a video; or a service's settings files only), None otherwise."""
    from auditor.facts.project import decided_kind
    from auditor.facts.tree import tree_of

    inventory = ctx.fact("inventory") or {}
    if "source" not in inventory.get("categories", {}) or inventory["categories"]["source"] or decided_kind(ctx.fact("project") or {}):
        return None
    from auditor.facts.inventory import is_test, language

    if inventory["categories"].get("test", 0) >= 5 and sum(1 for e in tree_of(ctx) if is_test(e.path) and language(e.path)) >= 5:
        return None  # (an end-to-end test suite: its code is all test code, and it exists; not a documentation's link checker)
    if any(e.kind == "submodule" for e in tree_of(ctx)):  # (its code is in the submodules it pins)
        return None
    n = len((ctx.fact("env_settings") or {}).get("code_free_settings") or [])  # (its settings files, not a .gitignore)
    return T(f"Aucun code dans le dépôt ({n} fichier(s) de réglages seulement)", f"No code in the repository ({n} settings file(s) only)") if n \
        else DOCUMENTATION_ONLY


DOCUMENTATION_ONLY = T("Aucun code dans le dépôt (seulement de la documentation)", "No code in the repository (documentation only)")


def documentation_only(ctx) -> dict | None:
    """Why no code is here to judge: ``code_free``'s, or a repository of documentation only whatever kind its files suggest (a
    Sphinx site's pages documenting a tool kept elsewhere, a web map's user manual): no source, test or data file, no submodule,
    some documentation. None otherwise (a data file's repository has data to judge): a check finding nothing in the code says what
    the code does not handle."""
    from auditor.facts.tree import tree_of

    cats = (ctx.fact("inventory") or {}).get("categories", {})
    if "source" not in cats or cats["source"] or cats.get("test") or cats.get("data"):
        return None
    if why := code_free(ctx):
        return why
    return None if not cats.get("documentation") or any(e.kind == "submodule" for e in tree_of(ctx)) else DOCUMENTATION_ONLY


def copied_project(ctx) -> Result | None:
    """Inconclusive when the repository is a customised copy of another project (the inventory's ``copy_of``: mviewer copied at the
    root) whose sponsor's own part cannot be told apart (no add-on folder the README names): measuring the code would judge the
    other project's. None otherwise (no copy, or its own part told apart: the copy's code is then vendored and left out)."""
    try:
        copy = (ctx.fact("inventory") or {}).get("copy_of")
    except FactError:
        return None
    if not copy or copy.get("own"):
        return None
    name = copy["name"] + (f" {copy['version']}" if copy.get("version") else "")
    where = f"{copy['repository']}, {copy['path']}"
    return Result.inconclusive(
        T(f"Le code est pour l'essentiel une copie de {name} ({where}) : la part propre au porteur ne peut pas être distinguée de la "
          "copie sans l'arbre d'origine, et une mesure jugerait le code d'un autre projet.",
          f"The code is mostly a copy of {name} ({where}): the sponsor's own part cannot be told apart from the copy without the "
          "upstream tree, and a measure would judge another project's code."),
        [Evidence(path=copy["path"], line=copy.get("line"), value=copy["name"], kind="found")], copy_of=copy["name"])



def unread_env_evidence(settings: dict, templates: list) -> tuple[list[Evidence], str, str]:
    """The committed .env files whose variables neither the code nor the deployment reads (env_settings' ``unread_env``: another
    project's leftover, no template): their evidence, and the words the message adds ("" when there is none)."""
    unread = [p for p in settings.get("unread_env") or [] if p not in templates][:3]
    ev = [Evidence(path=p, kind="finding", value="unread .env", note=T(
        "Fichier .env versionné dont ni le code ni le déploiement ne lit aucune variable : il ne documente pas les réglages du projet "
        "(retirez-le ou remplacez-le par un modèle .env.example des réglages réellement lus).",
        "Committed .env file none of whose variables the code or the deployment reads: it documents none of the project's settings "
        "(remove it, or replace it with a .env.example template of the settings actually read).")) for p in unread]
    if not unread:
        return ev, "", ""
    return ev, f" ({unread[0]} versionné, mais aucune de ses variables n'est lue)", f" ({unread[0]} is committed, but none of its variables is read)"


def settings_score(read_vars: dict, undocumented: list[str], templates: list[str], settings_docs: list[str], readme_config: bool, readme_text: bool) -> float:
    """4 for a template or a settings document, 3 for settings read from the environment (1 for a settings
    document alone), 1 for a README configuration section, up to 2 for the share documented."""
    score = 0.0
    score += 4 if (templates or settings_docs) else 0
    score += 3 if read_vars else (1 if settings_docs else 0)
    score += 1 if readme_config else 0
    if read_vars:
        share = len(undocumented) / len(read_vars)
        score += 2 * (1 - share) if (templates or readme_text) else 0
    else:
        score += 2
    return score


def tool_program(ctx, proj: dict, kind: str | None) -> Result | None:
    """*Not applicable* to reusability.dependencies when the code is programs a tool runs with its own components, no package
    manager's (the project fact ``proj``, its ``kind``): a Talend job, an FME workspace, a PLC's program; None otherwise."""
    from auditor.facts.inventory import NOT_PROGRAMS
    from auditor.facts.project import FME_REASON

    if any(str(e.get("reason", "")).startswith("Talend") for e in proj.get("kind_evidence") or []):
        return Result.not_applicable(T("Aucun manifeste attendu : les composants d'un job Talend viennent du Studio qui l'exporte (talend.project).",
                                       "No manifest expected: a Talend job's components come with the Studio that exports it (talend.project)."),
                                     ecosystems={}, kind=kind)
    # (an FME workspace's readers, writers and transformers are FME's own, the FME build it needs written in its header: FME is the
    # one dependency, a desktop or server product no package manager installs)
    fme = [e["path"] for e in proj.get("kind_evidence") or [] if e.get("reason") == FME_REASON and e.get("path")]
    if fme:
        return Result.not_applicable(T(f"Aucun manifeste attendu : les lecteurs, écritures et transformateurs d'un espace de travail FME ({fme[0]}) "
                                       "sont ceux de FME, qui l'exécute (FME Workbench ou FME Server) et dont la version est écrite dans son en-tête.",
                                       f"No manifest expected: an FME workspace's readers, writers and transformers ({fme[0]}) are those of FME, "
                                       "which runs it (FME Workbench or FME Server) and whose build is written in its header."),
                                     [Evidence(path=p, kind="found", value="FME workspace") for p in fme[:3]], ecosystems={}, kind=kind)
    # (a PLC's program, saved by its maker's editor that holds its function blocks and loads it into the controller: that editor is
    # its one dependency, no package manager's; a street-lighting clock's Crouzet Soft .pcs)
    langs = (ctx.fact("inventory") or {}).get("languages") or {}
    if (n := langs.get("Crouzet Soft program")) and set(langs) <= {"Crouzet Soft program"} | NOT_PROGRAMS:
        return Result.not_applicable(T(f"Aucun manifeste attendu : le programme d'automate ({n} fichier(s) Crouzet Soft) n'utilise que les blocs "
                                       "fonction de l'éditeur de Crouzet, qui le charge dans l'automate.",
                                       f"No manifest expected: the PLC program ({n} Crouzet Soft file(s)) uses only the function blocks of "
                                       "Crouzet's editor, which loads it into the controller."), ecosystems={}, kind=kind)
    return None


# the validators a data specification's CI runs on its schema and examples (`frictionless validate --schema schema.json
# exemple-valide.csv`): a schema has no runtime, a manifest naming only them is tooling (requirements.txt holding
# frictionless==4.40.8 beside a Table Schema)
SCHEMA_VALIDATORS = frozenset({"frictionless", "goodtables", "tableschema", "datapackage", "validata-core", "jsonschema",
                               "check-jsonschema", "csvlint"})
SCHEMA_KINDS = ("data-specification", "data-model")


def validators_only(m: dict) -> bool:
    """A Python manifest naming only schema validators (frictionless, validata-core): the CI's tools of a data specification."""
    deps = [re.split(r"[\[<>=!~; ]", d, maxsplit=1)[0].strip().lower().replace("_", "-") for d in m["dependencies"] + m["dev_dependencies"]]
    return m["ecosystem"] in ("pip", "python", "pipenv", "conda") and bool(deps) and all(d in SCHEMA_VALIDATORS for d in deps)


# kinds of project that may have no package manager at all (SQL scripts, QGIS projects, schemas, plain pages)
NO_MANIFEST_KINDS = ("data-model", "gis-kit", "data-specification", "static-site", "analysis", "infrastructure")


def no_runtime_kind(ctx, manifests: list[dict]) -> tuple[str, str] | None:
    """Why, French and English, a project of a kind that runs on no package manager (:data:`NO_MANIFEST_KINDS`: a QGIS plugin, an
    SQL data model, a schema) and copies no library has no runtime dependency, when its ``manifests`` declare only development
    tools, nothing, or (a data specification) schema validators: "Only development tools or empty manifests (setup.cfg): no runtime
    dependency is expected from a GIS kit"; None otherwise. The one rule of reusability.dependencies and
    maintenance.dependency-updates ("nothing to update")."""
    from auditor.facts.project import decided_kind, kind_label

    kind = decided_kind(ctx.fact("project") or {})
    if kind not in NO_MANIFEST_KINDS or (ctx.fact("inventory") or {}).get("libraries") or not all(
            m.get("tooling") or not (m["dependencies"] or m["dev_dependencies"]) or (kind in SCHEMA_KINDS and validators_only(m))
            for m in manifests):
        return None
    shown = ", ".join(m["path"] for m in manifests[:3])
    return (f"Seulement des outils de développement ou des manifestes vides ({shown}) : aucune dépendance d'exécution n'est attendue d'un "
            f"projet de type « {kind_label(kind, 'fr')} »",
            f"Only development tools or empty manifests ({shown}): no runtime dependency is expected from a {kind_label(kind, 'en')}")


def nothing_declared(manifests: list[dict], ecosystems, kind: str | None) -> Result:
    """reusability.dependencies when the manifests declare nothing (a composer.json's empty "require", a package.json without any) or
    only development tools (the documentation's or the tests' requirements), and no library is copied nor third-party module imported:
    nothing the service runs on to lock or keep up to date (maintenance.dependency-updates: "nothing to update")."""
    fr, en = no_runtime_reason(manifests)
    return Result.not_applicable(T(f"Aucune dépendance d'exécution à verrouiller ni à tenir à jour ({fr}).",
                                   f"No runtime dependency to lock or keep up to date ({en})."), ecosystems=ecosystems, kind=kind)


def copied_runtime_libraries(ctx) -> Result | None:
    """Not applicable with its true reason where the runtime libraries are copied into the repository outside any manifest (the
    inventory's libraries): there are dependencies, but no update bot reads them (issue 12, s37 vc37: an agglomeration's PHP app
    loading its copied PHPMailer and html2pdf, whose only manifest left is an empty plugins/composer.json); None without any."""
    copied = sorted({str(x.get("name")) for x in (ctx.fact("inventory") or {}).get("libraries") or [] if x.get("name")})
    if not copied:
        return None
    names = ", ".join(copied[:3]) + (f" (+{len(copied) - 3})" if len(copied) > 3 else "")
    return Result.not_applicable(T(f"Les bibliothèques d'exécution sont copiées dans le dépôt ({names}), hors de tout manifeste : aucun robot "
                                   "de mise à jour ne les lit (reusability.dependencies les juge).",
                                   f"The runtime libraries are copied into the repository ({names}), outside any manifest: no update bot "
                                   "reads them (reusability.dependencies judges them)."), libraries_copied=len(copied))

