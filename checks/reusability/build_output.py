"""reusability.build-output: no build output committed beside the sources."""

from __future__ import annotations

from auditor.checks.interface import Evidence, Result, T, check, shell_words
from auditor.facts.coverage_outputs import is_coverage_path
from auditor.facts.doc_outputs import doc_outputs
from auditor.facts.generator_sites import generator_of
from auditor.facts.inventory import GENERATED_DIRS
from auditor.facts.tree import tree_of


MAX_FOLDERS = 50  # build folders named in the advice's git rm (all of them, up to this)
SHOWN_FOLDERS = 8  # and in the message, the largest first
_MEDIA = {"gif", "png", "jpg", "jpeg", "svg", "ico", "webp", "woff", "woff2", "ttf", "eot", "otf"}


@check(
    id="reusability.build-output",
    family="reusability",
    effort="minutes",
    title=T("Les fichiers produits par la construction ne sont pas versionnés", "Build output is not committed"),
    rationale=T(
        "Des fichiers générés par la construction (dist/, target/, .next/, __pycache__…) versionnés à côté des sources "
        "brouillent ce qui fait foi : une autre collectivité ne sait pas s'il faut modifier la source ou le fichier produit, "
        "et les deux divergent au premier correctif.",
        "Files written by a build (dist/, target/, .next/, __pycache__…) committed beside the sources blur what is "
        "authoritative: another territory cannot tell whether to change the source or the built file, and the two "
        "drift apart at the first fix.",
    ),
    remediation=T(
        "Retirez ces dossiers du dépôt (git rm -r --cached dist/), ajoutez-les au .gitignore et produisez-les en "
        "intégration continue ou à la publication d'une version.",
        "Remove these folders from the repository (git rm -r --cached dist/), add them to .gitignore and build them "
        "in continuous integration or when publishing a release.",
    ),
)
def build_output(ctx) -> Result:
    inventory = ctx.fact("inventory")
    count = inventory["categories"].get("build", 0)
    installed = inventory.get("installed") or {}
    # (and the folder Bower installs into, .bowerrc's "directory": www/lib of an Ionic app, its packages' .bower.json in it; its files
    # are other people's, vendored in the inventory)
    bower = (ctx.fact("bower_installs") or {}) if inventory["categories"].get("vendored") else {}
    if bower.get("installed") and bower.get("files") and bower["directory"] not in installed:
        installed = dict(sorted({**installed, bower["directory"]: bower["files"]}.items(), key=lambda kv: (-kv[1], kv[0])))
    if installed and count == 0:  # node_modules committed: what npm install writes, 8,435 files of other people's packages
        n = sum(installed.values())
        shown = ", ".join(f"{f}/ ({k})" for f, k in list(installed.items())[:3])
        return Result.warn(T(f"{n} fichier(s) installé(s) par un gestionnaire de paquets sont versionnés : {shown}.",
                             f"{n} file(s) installed by a package manager are committed: {shown}."),
                           [Evidence(path=f, value=k, kind="finding") for f, k in list(installed.items())[:5]], files=0, installed_files=n).advise(T(
            f"Retirez-les du dépôt sans les effacer de votre poste : git rm -r --cached {shell_words(list(installed)[:3])} ; ajoutez-les au "
            ".gitignore ; le manifeste et son fichier de verrouillage suffisent à les réinstaller.",
            f"Remove them from the repository without deleting your copy: git rm -r --cached {shell_words(list(installed)[:3])}; add them to "
            ".gitignore; the manifest and its lockfile are enough to install them again."))
    if count == 0 and (site := ctx.fact("site_output") or {}).get("tool"):
        # (a deployment's branch: a generator's pages and nothing of its sources, "Deploy to GitHub pages" of an MkDocs wiki)
        return Result.warn(T(f"Le dépôt ne contient que le site produit par {site['tool']} ({site['pages']} page(s) ; {site['page']} indique "
                             f"« {site['generator']} ») et aucune de ses sources : une autre collectivité ne peut ni le modifier ni le reconstruire.",
                             f"The repository holds only the site {site['tool']} built ({site['pages']} page(s); {site['page']} says "
                             f"\"{site['generator']}\") and none of its sources: another local government can neither change nor rebuild it."),
                           [Evidence(path=site["page"], value=site["generator"], kind="finding")], files=0, site_pages=site["pages"]).advise(T(
            f"Versionnez ici les sources du site (les pages Markdown et la configuration de {site['tool']}) et faites construire le site "
            "par l'intégration continue, qui le publie sur une branche de déploiement ou sur les pages de la forge.",
            f"Commit the site's sources here (the Markdown pages and {site['tool']}'s configuration) and have continuous integration build "
            "the site and publish it to a deployment branch or the forge's pages."))
    # (a documentation generator's output the inventory filed as generated: Javadoc's doc/, Doxygen's html/)
    if count == 0 and inventory["categories"].get("generated", 0) and inventory["categories"].get("source", 0) and (docs := generated_docs(ctx)):
        return _generated_docs(docs)
    if count == 0:
        return Result.passed(T("Aucun fichier produit par la construction n'est versionné.", "No build output is committed."))
    examples = inventory["examples"].get("build", [])
    # a JavaScript GitHub Action is run from its repository: the bundle its action.yml runs (runs.main: dist/index.js) and the
    # folder holding it are its distribution, committed on purpose, not build output beside the sources
    has_action = examples and any(e.path.rsplit("/", 1)[-1] in ("action.yml", "action.yaml") for e in tree_of(ctx))
    action = [(a["path"], f) for a in (ctx.fact("action_runs") or {}).get("actions", []) for f in a["runs"]] if has_action else []
    shipped = sorted({f.rsplit("/", 1)[0] for _, f in action if "/" in f})
    if shipped and examples:
        inside = [p for p in examples if any(p.startswith(d + "/") for d in shipped)]
        held = sum(1 for e in tree_of(ctx) if any(e.path.startswith(d + "/") for d in shipped))
        # (every build file counted is in those folders: all examples are, when the examples are all there is or the folders hold as many)
        if len(inside) == len(examples) and (len(examples) == count or held >= count):
            where, run = action[0]
            return Result.passed(T(f"Les {count} fichier(s) produits par la construction et versionnés sont la distribution de l'action GitHub "
                                   f"({shipped[0]}/) : {where} exécute {run} depuis le dépôt, qui doit donc le contenir.",
                                   f"The {count} committed build file(s) are the GitHub Action's distribution ({shipped[0]}/): {where} runs "
                                   f"{run} from the repository, which must therefore hold it."),
                                 [Evidence(path=where, value=run, kind="found"), *(Evidence(path=p, kind="found") for p in examples[:5])],
                                 files=0, action_files=count)
    if len(examples) == count and all(p.rsplit(".", 1)[-1].lower() in _MEDIA for p in examples):
        # (swagger-ui/dist/images/throbber.gif, a copied Swagger UI's spinner: an image in a dist/ folder is neither compiled nor bundled)
        shown = ", ".join(examples[:3])
        return Result.passed(T(f"Aucun fichier compilé ou assemblé n'est versionné ; seulement {count} image(s) ou police(s) dans un dossier "
                               f"de construction ({shown}).",
                               f"No compiled or bundled file is committed; only {count} image(s) or font(s) in a build folder ({shown})."),
                             [Evidence(path=p, kind="found") for p in examples], files=0)
    if len(examples) == count and all(is_coverage_path(p) for p in examples):
        # (a local `pytest --cov` run's .coverage and coverage.json committed at the root: data a test run writes, not a build's bundle)
        shown = ", ".join(examples[:4]) + ("…" if count > 4 else "")
        names = sorted({(p.split("/")[-2] + "/") if p.split("/")[-2:-1] in ([".nyc_output"], ["htmlcov"]) else p.rsplit("/", 1)[-1]
                        for p in examples})
        return Result.warn(T(f"{count} fichier(s) de mesure de la couverture des tests sont versionnés ({shown}) : l'outil de couverture "
                             "les réécrit à chaque exécution des tests, ce ne sont pas des sources.",
                             f"{count} test-coverage data file(s) are committed ({shown}): the coverage tool writes them again at every "
                             "test run; they are no sources."),
                           [Evidence(path=p) for p in examples], files=count, coverage_files=count).advise(T(
            f"Retirez-les du dépôt sans les effacer de votre poste (git rm -r --cached {shell_words(examples[:4])}), ajoutez au .gitignore "
            f"les lignes {', '.join(names)} ; si la couverture doit être publiée, faites-la produire par l'intégration continue.",
            f"Remove them from the repository without deleting your copy (git rm -r --cached {shell_words(examples[:4])}), add the lines "
            f"{', '.join(names)} to .gitignore; if the coverage is to be published, have continuous integration produce it."))
    evidence = [Evidence(path=path) for path in examples]
    rendered = ctx.fact("renders") or {}
    if rendered.get("files") and rendered["files"] == count:  # (a notebook's committed render: its page and <doc>_files/)
        shown = rendered["folders"] + rendered["pages"]
        where = ", ".join(shown[:4]) + ("…" if len(shown) > 4 else "")
        return Result.warn(T(f"{count} fichier(s) d'un rendu de document (Quarto, R Markdown, Jupyter, pandoc…) sont versionnés à côté des sources "
                             f"qu'il reproduit ({where}).",
                             f"{count} file(s) of a document render (Quarto, R Markdown, Jupyter, pandoc…) are committed beside the sources they "
                             f"reproduce ({where})."),
                           [Evidence(path=p) for p in dict.fromkeys(rendered["pages"] + examples)][:10], files=count).advise(T(
            f"Retirez le rendu du dépôt sans l'effacer de votre poste (git rm -r --cached {shell_words(shown[:4])}), ajoutez-le au "
            ".gitignore et publiez-le depuis l'intégration continue (quarto publish gh-pages, ou une action qui lance le rendu) : les "
            "pages et leurs dossiers de figures et de bibliothèques se refont à chaque rendu.",
            f"Remove the render from the repository without deleting your copy (git rm -r --cached {shell_words(shown[:4])}), add it to "
            ".gitignore and publish it from continuous integration (quarto publish gh-pages, or a workflow that runs the render): "
            "the pages and their figure and library folders are written again at every render."))
    # every build folder the build files lie in, not only the first examples' (an Android project's five build/ folders and its
    # .gradle/ caches: the advice removing the first one left 729 build files committed)
    folders = list(inventory.get("build_folders") or {}) or build_folders(examples)
    # (and a web app built with its page into a folder of any name: Angular's docs/ for GitHub Pages)
    sites = [f.rstrip("/") for f in inventory.get("sites") or []]
    folders = sorted(set(folders) | set(sites))[:MAX_FOLDERS]
    # the compiled or bundled files counted sit in a folder that holds more (the images, settings and pages a build copies)
    held = {f: sum(1 for e in tree_of(ctx) if e.path.startswith(f + "/")) for f in folders}
    if len(held) > 1:
        largest = sorted(held.items(), key=lambda kv: (-kv[1], kv[0]))
        more = len(largest) - SHOWN_FOLDERS
        listed = ", ".join(f"{f}/ ({n})" for f, n in largest[:SHOWN_FOLDERS])
        where_fr = (f" ; {len(held)} dossiers de construction en contiennent {sum(held.values())} en tout : {listed}"
                    + (f" et {more} autre(s)" if more > 0 else ""))
        where_en = (f"; {len(held)} build folders hold {sum(held.values())} files in all: {listed}"
                    + (f" and {more} more" if more > 0 else ""))
    else:
        where_fr = "".join(f" ; {f}/ en contient {n} en tout" for f, n in held.items() if n > count)
        where_en = "".join(f"; {f}/ holds {n} files in all" for f, n in held.items() if n > count)
    generated = generator_of(sites[0], {e.path for e in tree_of(ctx)}) if sites else None
    if generated:  # (MkDocs' site/ beside mkdocs.yml: the generator's output, not a bundler's)
        tool, command, config = generated
        what_fr, what_en = (("ses pages, ses listes (index.xml, sitemap.xml) et les fichiers de son thème", "its pages, lists (index.xml, "
                             "sitemap.xml) and theme files") if tool == "Hugo" else
                            ("ses pages, son index de recherche et les scripts de son thème", "its pages, search index and theme scripts"))
        where_fr += f" ; {sites[0]}/ est le site que {tool} écrit à côté de {config} ({command}) : {what_fr}"
        where_en += f"; {sites[0]}/ is the site {tool} writes beside {config} ({command}): {what_en}"
    elif sites:
        where_fr += f" ; {sites[0]}/ est une application web construite avec sa page ({sites[0]}/index.html charge les paquets nommés par leur empreinte)"
        where_en += f"; {sites[0]}/ is a web app built with its page ({sites[0]}/index.html loads the bundles named by their hash)"
    if installed:
        where_fr += f" ; et {sum(installed.values())} fichier(s) installé(s) par un gestionnaire de paquets ({', '.join(list(installed)[:2])}/)"
        where_en += f"; and {sum(installed.values())} file(s) installed by a package manager ({', '.join(list(installed)[:2])}/)"
    # (and a documentation generator's output beside them: a handed-in zip of the sources and Javadoc's doc/ tree, s42 fc42 = Exanc/SAE_PNR)
    # (not a tree the build folders above already count: Sphinx's docs/build/html/ inside docs/build/, counted once, s42 vb42 = django-buttons)
    counted = tuple(f.rstrip("/") + "/" for f in list(held) + list(folders or []))
    # (nor a tree holding the very build files counted, when no build folder is named: a Sphinx site's .buildinfo, its pages and
    # _static/ filed as build output in a user_guide/, counted once, s43 fd43 = Louischaill/Foissy-sur-Vanne)
    counted_in = lambda folder: folder.startswith(counted) or any(p.startswith(folder) for p in examples)  # noqa: E731
    if inventory["categories"].get("generated", 0) and (docs := [d for d in generated_docs(ctx) or [] if not counted_in(d[0].rstrip("/") + "/")]):
        tools = ", ".join(dict.fromkeys(_DOC_TOOLS.get(t, t) for _, t, _ in docs))
        listed = ", ".join(f"{f}/ ({k})" for f, _, k in docs[:3]) + ("…" if len(docs) > 3 else "")
        where_fr += f" ; et {sum(k for _, _, k in docs)} fichier(s) de documentation produits par {tools} à partir du code : {listed}"
        where_en += f"; and {sum(k for _, _, k in docs)} documentation file(s) written by {tools} from the code: {listed}"
    result = Result.warn(T(f"{count} fichier(s) compilé(s) ou assemblé(s) par la construction sont versionnés (par exemple {examples[0]}){where_fr}.",
                           f"{count} compiled or bundled build output file(s) are committed (for example {examples[0]}){where_en}."),
                         evidence, files=count, folder_files=held, installed_files=sum(installed.values()))
    if folders:
        names = sorted({f.rsplit("/", 1)[-1] + "/" for f in folders})
        result.advise(T(f"Retirez ces dossiers du dépôt sans les effacer de votre poste : git rm -r --cached {shell_words(folders)} ; "
                        f"ajoutez au .gitignore les lignes {', '.join(names)} ; produisez-les en intégration continue ou à la publication "
                        "d'une version.",
                        f"Remove these folders from the repository without deleting your copy: git rm -r --cached {shell_words(folders)}; "
                        f"add the lines {', '.join(names)} to .gitignore; build them in continuous integration or when publishing a release."))
    return result


def build_folders(paths: list[str], limit: int = 5) -> list[str]:
    """The committed build folders the example paths lie in (``web/dist``, ``api/__pycache__``), sorted."""
    folders = set()
    for path in paths:
        parts = path.split("/")[:-1]
        for i, seg in enumerate(parts):
            if seg in GENERATED_DIRS:
                folders.add("/".join(parts[: i + 1]))
                break
    return sorted(folders)[:limit]



_DOC_TOOLS = {"javadoc": "Javadoc", "yard": "YARD", "rdoc": "RDoc", "doxygen": "Doxygen", "sphinx": "Sphinx", "jsdoc": "JSDoc"}


def generated_docs(ctx) -> list[tuple[str, str, int]]:
    """``(folder, generator, files)`` of each documentation site a generator wrote from the code and that is committed (Javadoc's
    tree with its allclasses-index.html and element-list, Doxygen's html/…: :mod:`auditor.facts.doc_outputs`), whatever its folder
    (doc/src/, doc/vue/); a copied library's own (its files vendored, most of them) is left out (s41 fl41 = Exanc/SAE_PNR)."""
    paths = [e.path for e in tree_of(ctx)]
    copied = set(ctx.fact("copied_paths") or [])
    out = []
    for folder, tool in doc_outputs(paths):
        inside = [p for p in paths if p.startswith(folder)]
        if inside and sum(p in copied for p in inside) * 2 < len(inside):
            out.append((folder.rstrip("/"), tool, len(inside)))
    return out


def _generated_docs(docs: list[tuple[str, str, int]]) -> Result:
    """A documentation generator's output committed beside the sources it describes: pages that go stale at the first change of the code."""
    n = sum(k for _, _, k in docs)
    tools = ", ".join(dict.fromkeys(_DOC_TOOLS.get(t, t) for _, t, _ in docs))
    folders = [f for f, _, _ in docs][:MAX_FOLDERS]
    shown = ", ".join(f"{f}/ ({k})" for f, _, k in docs[:SHOWN_FOLDERS]) + ("…" if len(docs) > SHOWN_FOLDERS else "")
    return Result.warn(T(f"{n} fichier(s) de documentation produits par {tools} à partir du code sont versionnés à côté des sources : {shown}. "
                         "Ces pages ne se mettent pas à jour quand le code change ; elles divergent au premier correctif.",
                         f"{n} documentation file(s) written by {tools} from the code are committed beside the sources: {shown}. These "
                         "pages do not follow changes of the code; they drift apart at the first fix."),
                       [Evidence(path=f + "/", value=_DOC_TOOLS.get(t, t), kind="finding") for f, t, _ in docs[:10]],
                       files=0, generated_doc_files=n).advise(T(
        f"Retirez ces dossiers du dépôt sans les effacer de votre poste : git rm -r --cached {shell_words(folders)} ; ajoutez-les au "
        f".gitignore ; faites générer la documentation ({tools}) par l'intégration continue et publiez-la sur les pages de la forge.",
        f"Remove these folders from the repository without deleting your copy: git rm -r --cached {shell_words(folders)}; add them to "
        f".gitignore; have continuous integration generate the documentation ({tools}) and publish it on the forge's pages."))
