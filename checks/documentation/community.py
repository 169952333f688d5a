"""``documentation.community-files`` and ``documentation.docs``.

Longer than 400 lines: the two checks share the documentation folder's reading and the advice tables; split, one would import
the other's internals.
"""

from __future__ import annotations

import re

from auditor.checks.interface import Evidence, Result, T, check
from auditor.checks.interoperability.basic import SPEC_GENERATORS
from auditor.checks.reusability.common import code_free, dep_evidence_lines, match_deps
from auditor.facts.content_site import without_content, without_own_pages
from auditor.facts.kind_documents import course_material, kind_undecided, specifies_data
from auditor.facts.docs import API_HEADING, ARCH_HEADING, LAYOUT_ONLY, ROUTES_ONLY, site_pages, tier_lines
from auditor.facts.project import decided_kind, not_deployed
from auditor.facts.readme_headings import deployment_title, own_sections
from auditor.facts.tree import tree_of

from .basic import export_note, own_chapters_above, untouched_template

KIND_LABELS = {
    "contributing": ("CONTRIBUTING (guide de contribution)", "CONTRIBUTING (contribution guide)"),
    "code_of_conduct": ("CODE_OF_CONDUCT (code de conduite)", "CODE_OF_CONDUCT"),
    "security": ("SECURITY (politique de sécurité ou contact)", "SECURITY (security policy or contact)"),
    "changelog": ("CHANGELOG (journal des modifications)", "CHANGELOG"),
    "governance": ("GOVERNANCE (gouvernance)", "GOVERNANCE"),
    "roadmap": ("ROADMAP (feuille de route)", "ROADMAP"),
    "authors": ("AUTHORS ou MAINTAINERS", "AUTHORS or MAINTAINERS"),
    "issue_template": ("modèle de ticket", "issue template"),
    "pr_template": ("modèle de demande de fusion", "pull/merge request template"),
}
WHERE = {
    "contributing": "CONTRIBUTING.md", "code_of_conduct": "CODE_OF_CONDUCT.md", "security": "SECURITY.md",
    "changelog": "CHANGELOG.md", "governance": "GOVERNANCE.md", "roadmap": "ROADMAP.md", "authors": "AUTHORS.md",
    "issue_template": ".github/ISSUE_TEMPLATE/ ou .gitlab/issue_templates/",
    "pr_template": ".github/pull_request_template.md ou .gitlab/merge_request_templates/",
}


@check(
    id="documentation.community-files",
    family="documentation",
    effort="hours",
    title=T("Les fichiers communautaires accueillent les contributeurs", "Community files welcome contributors"),
    rationale=T(
        "Pour qu'une autre collectivité ou un prestataire contribue, il faut savoir comment proposer une modification et "
        "lancer les tests (CONTRIBUTING), comment signaler une faille (SECURITY), ce qui a changé (CHANGELOG), qui décide "
        "(GOVERNANCE, MAINTAINERS) et où va le projet (ROADMAP). code.gouv.fr compte CONTRIBUTING et CHANGELOG dans son score ; "
        "les critères « Awesome » y ajoutent ROADMAP, AUTHORS, CODE_OF_CONDUCT et GOVERNANCE.",
        "For another local government or a contractor to contribute, they must know how to propose a change and run the tests "
        "(CONTRIBUTING), how to report a vulnerability (SECURITY), what changed (CHANGELOG), who decides (GOVERNANCE, "
        "MAINTAINERS) and where the project goes (ROADMAP). code.gouv.fr's score counts CONTRIBUTING and CHANGELOG; its "
        "\"Awesome\" criteria add ROADMAP, AUTHORS, CODE_OF_CONDUCT and GOVERNANCE.",
    ),
    remediation=T(
        "Ajoutez à la racine (ou dans docs/, .github/, .gitlab/) les fichiers manquants listés dans les preuves. Dans "
        "CONTRIBUTING.md, donnez la commande qui lance les tests. Tenez le CHANGELOG au format keepachangelog.com. Une adresse "
        "de signalement dans SECURITY.md suffit pour commencer.",
        "Add the missing files listed in the evidence at the root (or in docs/, .github/, .gitlab/). In CONTRIBUTING.md, give "
        "the command that runs the tests. Keep the CHANGELOG in the keepachangelog.com format. A reporting address in "
        "SECURITY.md is enough to start.",
    ),
    params={"weights": {"contributing": 3, "code_of_conduct": 1, "security": 2, "changelog": 2, "governance": 1, "roadmap": 1,
                        "authors": 1, "issue_template": 1, "pr_template": 1},
            "contributing_tests_share": 0.3},
)
def community_files(ctx) -> Result:
    facts = ctx.fact("docs") or {}
    found = facts.get("community") or {}
    weights = {k: float(v) for k, v in (ctx.params.get("weights") or {}).items() if float(v) > 0}
    tests_share = float(ctx.params.get("contributing_tests_share", 0.3))
    if not weights:
        return Result.not_applicable(T("Aucun fichier communautaire demandé par le jeu de règles.", "The ruleset asks for no community file."))
    got = 0.0
    evidence: list[Evidence] = []
    missing = []
    for kind, weight in weights.items():
        item = found.get(kind)
        fr, en = KIND_LABELS.get(kind, (kind, kind))
        if kind == "security" and not item and found.get("security_contact"):
            c = found["security_contact"]
            got += weight * 0.5
            evidence.append(Evidence(path=c["path"], line=c["line"], value="security_contact", kind="found",
                                     note=T("Contact de sécurité dans le texte, sans fichier SECURITY.", "Security contact in the text, no SECURITY file.")))
            continue
        if not item:
            missing.append(kind)
            evidence.append(Evidence(path=WHERE.get(kind), value=kind, kind="missing", note=T(f"{fr} absent.", f"No {en}.")))
            continue
        share = 1.0
        note = None
        if kind == "contributing":
            if item.get("explains_tests"):
                note = T("Explique comment lancer les tests.", "Explains how to run the tests.")
            else:
                share = 1 - tests_share
                note = T("Ne dit pas comment lancer les tests : ajoutez la commande.", "Does not say how to run the tests: add the command.")
        if item.get("via") == "link":
            note = T(f"Lien depuis le README : {item.get('url')}", f"Linked from the README: {item.get('url')}")
        if kind == "changelog" and item.get("via") == "readme_chapter":
            note = T("Historique des versions tenu dans un chapitre du README.", "Release history kept in a chapter of the README.")
        if kind == "changelog" and item.get("keep_a_changelog"):
            note = T("Au format keep-a-changelog.", "In the keep-a-changelog format.")
        got += weight * share
        evidence.append(Evidence(path=item["path"], line=item.get("tests_line") or item.get("line"), value=kind,
                                 kind="finding" if share < 1 else "found", note=note))
    score = 10 * got / sum(weights.values())
    present = [k for k in weights if k not in missing]
    lab = lambda ks, i: ", ".join(KIND_LABELS.get(k, (k, k))[i].split(" (")[0] for k in ks) or "—"  # noqa: E731
    res = Result.scored(score, T(f"Présents : {lab(present, 0)} ; absents : {lab(missing, 0)}.",
                                 f"Present: {lab(present, 1)}; missing: {lab(missing, 1)}."),
                        evidence, present=present, missing=missing)
    if missing:
        fr = [f"{WHERE.get(k, k)} ({KIND_LABELS.get(k, (k, k))[0].split(' (')[-1].rstrip(')')})" for k in missing[:6]]
        en = [f"{WHERE.get(k, k).replace(' ou ', ' or ')} ({KIND_LABELS.get(k, (k, k))[1].split(' (')[-1].rstrip(')')})" for k in missing[:6]]
        res.advise(T(f"Créez {', '.join(fr)}. Dans CONTRIBUTING.md, écrivez la commande qui lance les tests ; dans SECURITY.md, "
                       "l'adresse où signaler une faille.",
                       f"Create {', '.join(en)}. In CONTRIBUTING.md, write the command that runs the tests; in SECURITY.md, "
                       "the address where to report a vulnerability."))
    return res


@check(
    id="documentation.docs",
    family="documentation",
    effort="days",
    title=T("Une documentation au-delà du README", "Documentation beyond the README"),
    rationale=T(
        "Installer un service en production dans une autre collectivité demande plus qu'un README : une documentation "
        "d'architecture, de déploiement et d'API, idéalement publiée comme un site (MkDocs, Sphinx, Docusaurus…). Le "
        "Standard for Public Code (critère 9) et les standards beta.gouv demandent une architecture documentée et une API "
        "décrite (OpenAPI).",
        "Running the service in production in another local government takes more than a README: architecture, deployment "
        "and API documentation, ideally published as a site (MkDocs, Sphinx, Docusaurus…). The Standard for Public Code "
        "(criterion 9) and beta.gouv standards ask for a documented architecture and a described API (OpenAPI).",
    ),
    remediation=T(
        "Créez un dossier docs/ avec au moins : architecture.md (composants, schéma, dépendances externes), deploiement.md "
        "(prérequis, variables, sauvegardes, mises à jour) et la description de l'API (fichier OpenAPI). Publiez-le avec "
        "MkDocs ou Docusaurus si possible.",
        "Create a docs/ folder with at least: architecture.md (components, diagram, external dependencies), deployment.md "
        "(requirements, variables, backups, upgrades) and the API description (an OpenAPI file). Publish it with MkDocs or "
        "Docusaurus if you can.",
    ),
    params={"weights": {"folder": 3, "site": 1.5, "architecture": 2, "deployment": 2, "api": 1.5}, "min_doc_files": 2},
)
def docs(ctx) -> Result:
    facts = ctx.fact("docs") or {}
    site_info = ctx.fact("content_site") or {}
    content = bool(site_info.get("content"))
    if content:  # a commune's website: its pages are the product, not its documentation
        facts = without_content(facts, site_info.get("page_dirs"))
    if site_info.get("own_pages_root"):  # a slide deck compiled to index.html, no code: its pages address is the deck itself
        facts = without_own_pages(facts)
    if (built := _site_output_only(ctx)) is not None:
        return built
    readme, weights, min_files = ctx.fact("readme") or {}, _doc_weights(ctx, facts), int(ctx.params.get("min_doc_files", 2))
    have = _docs_found(ctx, facts, readme, min_files)
    if "deployment" in weights and "deployment" not in have and decided_kind(ctx.fact("project") or {}) == "infrastructure" and (titled := deployment_title(readme)):
        have["deployment"] = [Evidence(path=readme.get("path"), line=titled["line"], value=titled["text"], kind="found")]  # (a README titled as its deployment guide, s42 fr42)
    if "api" in weights and "api" not in have and decided_kind(ctx.fact("project") or {}) == "library":
        have.update(_component_reference(ctx, facts))
    if "api" in weights and "api" not in have and (gen := match_deps(ctx, [SPEC_GENERATORS], dev=True)):
        have["api"] = dep_evidence_lines(ctx, gen, limit=2)  # fastify-oas, drf-spectacular: the API's reference is served from its route schemas
    labels = {"folder": ("guides rédigés", "written guides") if have.get("folder") and not have["folder"][0].path.endswith("/") or have.get("folder") and have["folder"][0].path == "./" else ("dossier de documentation", "documentation folder"), "site": ("site de documentation", "documentation site"),  # (root guides are no folder)
              "architecture": ("architecture", "architecture"), "deployment": ("déploiement", "deployment"), "api": ("API", "API")}
    if not_deployed(ctx.fact("project") or {}):  # (what is installed, not deployed: its guide installs it)
        labels["deployment"] = ("guide d'installation", "installation guide")
    pages = site_pages(ctx.fact("project") or {}, tree_of(ctx), (ctx.fact("inventory") or {}).get("copied_themes")) if not {"folder", "site"} <= set(have) and not content else {}
    if sum(pages.values()) >= min_files and "folder" not in have:  # a static site generator's pages (a Jekyll site's articles/) are its documentation folder
        top = max(pages, key=lambda d: (pages[d], d))
        have["folder"] = [Evidence(path=f"{top}/" if top != "." else ".", value={"doc_files": sum(pages.values())}, kind="found")]
    if sum(pages.values()) >= min_files and "site" not in have:  # and the repository is that site (a Middleman site's Gemfile, config.rb)
        have["site"] = [Evidence(path=e["path"], value="static site generator", kind="found")
                        for e in (ctx.fact("project") or {}).get("kind_evidence") or [] if e.get("reason") == "static site generator"][:1]
    if facts.get("docs_dirs") and facts.get("doc_files") and "folder" not in have:  # a folder with fewer pages than asked: say so
        n, d = facts.get("doc_files", 0), facts["docs_dirs"][0]
        labels["folder"] = (f"dossier de documentation d'au moins {min_files} pages ({n} dans {d}/)",
                            f"documentation folder of {min_files} pages or more ({n} in {d}/)")
    if not have and readme.get("guidelines") and code_free(ctx):  # (erasme/guidelines: a document of rules, no software to document)
        return Result.not_applicable(T("Le README est un recueil de règles ou de bonnes pratiques, sans code : pas de documentation technique "
                                       "(architecture, déploiement, API) à attendre.",
                                       "The README is a set of guidelines, without code: no technical documentation (architecture, deployment, "
                                       "API) to expect."))
    cats = (ctx.fact("inventory") or {}).get("categories") or {}
    if not have and cats.get("asset", 0) >= 3 and not sum(v for k, v in cats.items() if k not in ("asset", "community")) and code_free(ctx):
        return Result.not_applicable(T(f"Collection de {cats['asset']} fichiers graphiques ou polices, sans code : pas de documentation technique "
                                       "(architecture, déploiement, API) à attendre.",
                                       f"A collection of {cats['asset']} picture or font files, without code: no technical documentation "
                                       "(architecture, deployment, API) to expect."))  # (datalocale/pictoGironde's pictograms)
    # a technical documentation kept as PDF, whose chapters the auditor cannot read (doc/…_Documentation_TechniqueV2.pdf with its
    # "8. Déploiement"): the architecture or deployment not found elsewhere is not measured, neither found nor missing (tech_documents)
    unread = (facts.get("unread_documents") or [])[:3]
    unmeasured = [k for k in ("architecture", "deployment") if unread and k in weights and k not in have]
    for k in unmeasured:
        weights.pop(k)
    evidence = [e for k in weights for e in have.get(k, [])]
    missing = [k for k in weights if k not in have]
    for k in missing:
        evidence.append(Evidence(value=k, kind="missing", note=T(f"Pas de documentation : {labels.get(k, (k, k))[0]}.",
                                                                f"No documentation: {labels.get(k, (k, k))[1]}.")))
    total = sum(weights.values())
    score = 10 * sum(w for k, w in weights.items() if k in have) / total if total else 0
    lab = lambda ks, i: ", ".join(labels.get(k, (k, k))[i] for k in ks) or "—"  # noqa: E731
    folder = (facts.get("docs_dirs") or ["docs"])[0]
    # (an R package's man/ holds roxygen2's .Rd help, no Markdown page: its guides are vignettes, its site pkgdown's, s46 fm46)
    r_package = folder == "man" and any(e.path == "DESCRIPTION" for e in tree_of(ctx))
    unread_fr = unread_en = ""
    if unmeasured:
        shown = ", ".join(unread)
        unread_fr = f" ; non mesuré : {lab(unmeasured, 0)} ({shown} : documentation technique en PDF, dont les chapitres ne sont pas lus)"
        unread_en = f"; not measured: {lab(unmeasured, 1)} ({shown}: technical documentation in PDF, whose chapters are not read)"
        evidence += [Evidence(path=p, value=[labels[k][1] for k in unmeasured], kind="unread",
                              note=T("PDF non lu : ses chapitres peuvent couvrir ce sujet.", "PDF not read: its chapters may cover this topic."))
                     for p in unread]
    return Result.scored(score, T(f"Trouvé : {lab([k for k in weights if k in have], 0)} ; absent : {lab(missing, 0)}{unread_fr}.",
                                  f"Found: {lab([k for k in weights if k in have], 1)}; missing: {lab(missing, 1)}{unread_en}."),
                         evidence, found=sorted(have), missing=missing, not_measured=unmeasured).advise(
                             _docs_todo(missing, folder, r_package, library=decided_kind(ctx.fact("project") or {}) == "library"))


# the languages of a static site generator's output: its pages, their style sheets and scripts
_SITE_LANGUAGES = frozenset({"HTML", "CSS", "JavaScript"})


def _site_output_only(ctx) -> Result | None:
    """Not applicable when the repository is only the pages a static site generator wrote (the ``site_output`` fact: an MkDocs wiki's
    deployment branch, its index.html naming "mkdocs-1.1.2", no mkdocs.yml nor Markdown page) and holds no code of another language:
    it is the published site itself, and the documentation of how it is made (architecture, deployment) would go with its sources,
    kept elsewhere (reusability.build-output says they are missing). None otherwise (s35 b35: foncier-eco.github.io was told "missing:
    documentation folder, documentation site")."""
    site = ctx.fact("site_output") or {}
    langs = set(((ctx.fact("inventory") or {}).get("languages") or {}))
    if not site.get("tool") or langs - _SITE_LANGUAGES:
        return None
    tool, n, gen = site["tool"], site.get("pages") or 0, site.get("generator") or ""
    return Result.not_applicable(
        T(f"Le dépôt ne contient que le site produit par {tool} ({n} page(s) ; {site.get('page', 'index.html')} indique « {gen} ») : il est "
          "lui-même le site publié, et aucune de ses sources n'est ici ; la documentation de sa fabrication (architecture, déploiement) "
          "irait avec elles (voir reusability.build-output).",
          f"The repository holds only the site {tool} built ({n} page(s); {site.get('page', 'index.html')} says \"{gen}\"): it is the "
          "published site itself and none of its sources is here; the documentation of how it is made (architecture, deployment) would "
          "go with them (see reusability.build-output)."),
        [Evidence(path=site.get("page") or "index.html", value=gen, kind="found")])


# What each missing piece of documentation is, as a file to write in the documentation folder
DOC_FILES = {
    "folder": ("{d}/ avec au moins deux pages (guide d'installation, guide d'utilisation)",
               "{d}/ with at least two pages (installation guide, user guide)"),
    "architecture": ("{d}/architecture.md : les composants, les données qu'ils échangent et les services extérieurs appelés",
                     "{d}/architecture.md: the components, the data they exchange and the external services called"),
    "deployment": ("{d}/deploiement.md : serveurs, variables d'environnement, sauvegarde et mise à jour",
                   "{d}/deployment.md: servers, environment variables, backup and upgrade"),
    "api": ("{d}/api.md ou une spécification OpenAPI (openapi.yaml) : chaque point d'accès, ses paramètres et ses réponses",
            "{d}/api.md or an OpenAPI specification (openapi.yaml): each endpoint, its parameters and its responses"),
    # (a library serves no endpoint: its API is its public classes and functions, documented from the code — issue 12, s48 fg48 =
    # GIP-RECIA/redis-session-cleanup-service, a Java library told to write an OpenAPI specification of its endpoints)
    "api_library": ("{d}/api.md ou la référence produite depuis le code (Javadoc, Sphinx autodoc, TypeDoc…) : chaque classe ou fonction "
                    "publique, ses paramètres et ce qu'elle renvoie",
                    "{d}/api.md or the reference generated from the code (Javadoc, Sphinx autodoc, TypeDoc…): each public class or "
                    "function, its parameters and what it returns"),
    "site": ("un site de documentation publié depuis {d}/ (MkDocs ou Sphinx, sur les pages de la forge)",
             "a documentation site published from {d}/ (MkDocs or Sphinx, on the forge's pages)"),
    "pkgdown": ("un site pkgdown publié sur les pages de la forge (construit depuis DESCRIPTION, man/ et vignettes/)",
                "a pkgdown site published on the forge's pages (built from DESCRIPTION, man/ and vignettes/)"),
}


def _docs_todo(missing: list[str], folder: str, r_package: bool = False, library: bool = False) -> dict[str, str] | None:
    items = [DOC_FILES["pkgdown" if r_package and k == "site" else "api_library" if library and k == "api" else k] for k in missing if k in DOC_FILES]
    if r_package:  # (R Markdown vignettes in vignettes/)
        folder, items = "vignettes", [(fr.replace(".md ", ".Rmd "), en.replace(".md:", ".Rmd:")) for fr, en in items]
    if not items:
        return None
    return T("Écrivez " + " ; ".join(fr.format(d=folder) for fr, _ in items) + ".",
             "Write " + "; ".join(en.format(d=folder) for _, en in items) + ".")


def _doc_weights(ctx, facts: dict) -> dict[str, float]:
    """The ruleset's weights, without a deployment guide for what is loaded, not deployed, nor API
    documentation for a kind of project that serves no API."""
    weights = {k: float(v) for k, v in (ctx.params.get("weights") or {}).items()}
    proj = ctx.fact("project") or {}
    kind = decided_kind(proj)
    # a document of rules and no code (a governance charter), documents specifying data and no code (an open-data standards space
    # whose schemas are published elsewhere, s27 u27), documents only (a web map's manual, s34 h34): no architecture, deployment, API
    if ((ctx.fact("readme") or {}).get("guidelines") or specifies_data(proj) or kind_undecided(proj) == "documents-only") and code_free(ctx) \
            or kind == "data-specification" and _ci_code_only(ctx):  # (or a Table Schema, its example, a CI script checking its version)
        return {k: w for k, w in weights.items() if k in ("folder", "site")}
    if not_deployed(proj) and not facts.get("deployment"):  # loaded or imported, not deployed: no deployment guide expected
        weights.pop("deployment", None)  # (an installation guide written for it still counts: "Installation et fonctionnement du batch.docx")
    # (a mobile application calls its server's API: it serves none of its own)
    if (kind in ("data-model", "gis-kit", "data-specification", "analysis", "static-site", "cli-tool", "infrastructure", "mobile-application", "desktop-application") or course_material(proj)) and not facts.get("api"):
        weights.pop("api", None)
    elif kind == "library" and any(str(e.get("reason", "")).startswith(("plugin of ", "theme of ")) for e in proj.get("kind_evidence") or []):
        weights.pop("api", None)  # an add-on its host loads (an mviewer add-on, a WordPress plugin) offers nothing for others to call
    elif kind == "web-application" and not facts.get("api"):
        from auditor.checks.interoperability.basic import serves_no_api

        if serves_no_api(ctx) or _serves_pages_only(ctx):  # a front end reading others' services (a React dashboard over a WFS), or
            weights.pop("api", None)  # a site whose framework serves its pages and no JSON: no API of its own to document
    return weights


def _ci_code_only(ctx) -> bool:
    """No source file but the continuous integration's tooling (under .github/, .gitlab/, ci/…; the inventory's examples being
    all its sources): a data specification's schemas have then no architecture, deployment or API to document."""
    from auditor.facts.inventory import CI_DIRS

    inv = ctx.fact("inventory") or {}
    sources = (inv.get("examples") or {}).get("source") or []
    return len(sources) == (inv.get("categories") or {}).get("source", 0) and all(p.split("/", 1)[0] in CI_DIRS for p in sources)


def _serves_pages_only(ctx) -> bool:
    """api-spec's reading of a web application whose framework serves its pages and whose code answers no JSON (a Flask site of
    server-side templates: issue 12, s37 fh37 = manelocana/SIVOM_du_Fenouilledes), so that the two checks never disagree."""
    from auditor.checks.interoperability.api_frameworks import _web, pages_only
    from auditor.checks.reusability.common import textscan_ok

    web = _web(ctx)
    return bool(web) and pages_only(ctx, web, textscan_ok(ctx), {}) is not None


def _component_reference(ctx, facts: dict) -> dict[str, list[Evidence]]:
    """A library's reference written as one page per component in its documentation folder (a design system's
    docs/components/bouton.md), or as pages listing a component's properties (documentation-chart.md's "Liste des propriétés" and
    its tables Propriété | Type | Défaut): the reference of what it offers, as an API document is a service's."""
    from auditor.facts.inventory import DOC_EXT
    from auditor.facts.tree import tree_of

    dirs = tuple(d + "/" for d in facts.get("docs_dirs") or [])
    pages = sorted(e.path for e in tree_of(ctx) if dirs and e.path.startswith(dirs) and e.ext in DOC_EXT | {"html"}
                   and {"components", "composants"} & set(e.path.lower().split("/")[:-1]))
    if len(pages) >= 2:
        return {"api": [Evidence(path=p, value="component reference", kind="found") for p in pages[:5]]}
    if properties := facts.get("properties") or []:
        return {"api": [Evidence(path=p, value="properties reference", kind="found") for p in properties[:5]]}
    return _class_headings(ctx)


# a class's name as a heading: two capitalised words or more run together (RedisCleanupConfig), as a Java or C# class is named
_CLASS_HEADING = re.compile(r"[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+")
_CLASS_EXT = frozenset({"java", "kt", "scala", "groovy", "cs", "ts", "py", "php", "rb", "swift", "dart"})


def _class_headings(ctx) -> dict[str, list[Evidence]]:
    """A library's README chapters headed by the name of one of its own classes (a source file, no test, named so: "###
    RedisCleanupConfig" over the table of its parameters), at least two of them: the reference of its public classes, its API
    documentation (issue 12, s48 fg48 = GIP-RECIA/redis-session-cleanup-service). One heading alone may be a title or an example."""
    from auditor.facts.inventory import is_test
    from auditor.facts.tree import tree_of

    readme = ctx.fact("readme") or {}
    classes = {e.name.rsplit(".", 1)[0] for e in tree_of(ctx) if e.ext in _CLASS_EXT and not is_test(e.path)}
    named = [h for h in readme.get("headings") or [] if (t := _bare(h.get("text")).strip("`* ")) in classes and _CLASS_HEADING.fullmatch(t)]
    if len({_bare(h.get("text")).strip("`* ") for h in named}) < 2:
        return {}
    return {"api": [Evidence(path=readme.get("path"), line=h.get("line"), value=h.get("text"), kind="found") for h in named[:5]]}


def _bare(heading: str | None) -> str:
    """A heading without the pictograms, numbers and punctuation before its first word ("🏗️ Architecture", "2. API")."""
    import re

    return re.sub(r"^[\W\d_]+", "", (heading or "").strip())


# instructions written for a coding assistant (AGENTS.md, CLAUDE.md, GEMINI.md, copilot-instructions.md), not guides for people
_AGENT_FILE = ("agents.md", "agent.md", "claude.md", "gemini.md", "copilot-instructions.md", "cursorrules.md", "llms.txt")


def _substantial(ctx, guides: list[str]) -> list[str]:
    """The root guides of at least 1 KB that are no coding assistant's instructions."""
    from auditor.facts.tree import tree_of

    sizes = {e.path: e.size for e in tree_of(ctx) if "/" not in e.path}
    return [g for g in guides if g.lower() not in _AGENT_FILE and sizes.get(g, 0) >= 1024]


def _docs_found(ctx, facts: dict, readme: dict, min_files: int) -> dict[str, list[Evidence]]:
    """The kinds of documentation found, with their evidence."""
    have: dict[str, list[Evidence]] = {}
    if facts.get("docs_dirs") and facts.get("doc_files", 0) >= min_files:
        by_dir = facts.get("doc_files_by_dir") or {}
        shown = [d for d in facts["docs_dirs"] if by_dir.get(d, 1)] or facts["docs_dirs"]  # (a folder holding none of the pages is not shown)
        have["folder"] = [Evidence(path=d + "/", value={"doc_files": by_dir.get(d, facts["doc_files"])}, kind="found") for d in shown[:3]]
    elif len(guides := [g for g in facts.get("root_guides") or [] if g.lower() not in _AGENT_FILE]) >= max(min_files, 3) \
            or len(guides := _substantial(ctx, guides)) >= min_files:  # (never a coding assistant's AGENTS.md or CLAUDE.md)
        # (the guides are the root's documents: the root is the folder; two written guides suffice, a GitHub Action's
        # KICKSTART_FOR_DUMMIES.md tutorial and its HOW_TO_MAINTAIN.md procedure)
        have["folder"] = [Evidence(path="./", value={"doc_files": len(guides), "guides": guides[:10]}, kind="found",
                                   note=T(f"{len(guides)} guides à la racine du dépôt.", f"{len(guides)} guides at the repository's root."))]
    elif len(guides := [g for g in _substantial(ctx, facts.get("root_guides") or []) + (facts.get("code_guides") or []) if g not in ctx.fact("compiled_pages")]) >= max(min_files, 2):
        # (no documentation folder: method sheets beside the code are its documentation; not a document build's pages, its product)
        coded = ((ctx.fact("inventory") or {}).get("categories") or {}).get("source")
        have["folder"] = [Evidence(path=guides[0], value={"doc_files": len(guides), "guides": guides[:10]}, kind="found", note=T(f"{len(guides)} guides rédigés" + (" à côté du code qu'ils décrivent." if coded else " (le dépôt ne contient pas de code)."),
            f"{len(guides)} written guides" + (" beside the code they describe." if coded else " (the repository holds no code).")))]
    elif (named := (ctx.fact("files") or {}).get("docs")) and named in _substantial(ctx, facts.get("root_guides") or []):
        # (one document at the root named for documentation, documentation_fonctionnelle.md of 300 lines: the files fact's docs)
        have["folder"] = [Evidence(path=named, value={"doc_files": 1, "guides": [named]}, kind="found",
                                   note=T("Document de documentation à la racine du dépôt.", "A documentation document at the repository's root."))]
    framework_readme = untouched_template(readme) is not None and not export_note(readme)  # its links and chapters are the framework's (nextjs.org/docs, "Deploy on Vercel"); an exporter's note (qgis2web's) is this export's
    # (a README completed above the template, "# Webpack config" over Create React App's: the links from its first line down are the framework's)
    below = readme["template"]["line"] if own_chapters_above(readme) else 10**9
    sites = [s for s in facts.get("site") or [] if not ((framework_readme or (s.get("line") or 0) >= below) and s.get("tool") == "link" and s.get("path") == readme.get("path"))]
    if sites:
        have["site"] = [Evidence(path=s["path"], line=s.get("line"), value=s.get("url") or s["tool"], kind="found") for s in sites[:3]]
    if facts.get("architecture"):
        have["architecture"] = [Evidence(path=p, kind="found") for p in facts["architecture"][:5]]
    elif not framework_readme and (h := next((h for h in readme.get("headings") or [] if ARCH_HEADING.search(_bare(h.get("text")))
                                              or LAYOUT_ONLY.search(_bare(h.get("text"))) and h.get("line") in (facts.get("readme_layout") or [])  # (a bare
                                              or h.get("line") in tier_lines(readme.get("headings"))), None)):  # "Structure" only over the layout; a set of tiers' models)
        have["architecture"] = [Evidence(path=readme.get("path"), line=h.get("line"), value=h.get("text"), kind="found")]  # a README chapter
    if facts.get("deployment"):
        have["deployment"] = [Evidence(path=p, kind="found") for p in facts["deployment"][:5]]
    elif "deployment" in own_sections(readme) and not framework_readme and not readme.get("guidelines"):  # (a guideline's topic)
        d = next((x for x in readme.get("section_details") or [] if x["name"] == "deployment"), None)
        have["deployment"] = [Evidence(path=readme.get("path"), line=(d or {}).get("line"), value="README", kind="found")]
    if facts.get("api"):
        have["api"] = [Evidence(path=p, kind="found") for p in facts["api"][:5]]
    elif not framework_readme and (h := next((h for h in readme.get("headings") or [] if API_HEADING.search(_bare(h.get("text")))
                                              # (a bare "Routes" only over HTTP routes: "🚗 ROUTES" over the roads' data sources is none)
                                              and (not ROUTES_ONLY.search(_bare(h.get("text"))) or h.get("line") in (facts.get("readme_routes") or []))
                                              # (nor an API heading over the command starting it alone: "API REST (Port 8987)" over uvicorn)
                                              and h.get("line") not in (facts.get("readme_launches") or [])), None)):
        have["api"] = [Evidence(path=readme.get("path"), line=h.get("line"), value=h.get("text"), kind="found")]  # a README chapter
    elif not framework_readme and (d := _request_examples(readme)):
        # (or the README gives the service's requests on the reader's own server, xml2csw's "Pour simuler un requête "GetRecords" :
        # http://domaine.dom/xml2csw.php?…&request=GetRecords" then each parameter: how its API is called)
        have["api"] = [Evidence(path=readme.get("path"), line=d.get("line"), value=(d.get("text") or "")[:120], kind="found")]
    return have


def _request_examples(readme: dict) -> dict | None:
    from auditor.facts.readme_uses import request_example

    return next((d for d in readme.get("section_details") or [] if d.get("name") == "usage" and request_example(d.get("text") or "")), None)
