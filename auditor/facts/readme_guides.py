"""Chapters of a README that are a section by what they hold rather than by their heading's word: an index of the project's
tools, each item linking the guide of one tool in the repository (usage); the steps of the contribution workflow, from a branch to
a pull request (contributing); a custom resource's fields, the settings an operator reads (configuration). And the heading that
names features only as work to do ("Ajout de fonctionnalités", "Adding features"): how to develop, no presentation."""

from __future__ import annotations

import posixpath
import re
from urllib.parse import urlparse

from auditor.facts.document import norm
from auditor.facts.readme_chapters import section_text
from auditor.lazyre import lazy_compile

# "## Tools", "## Outils disponibles", "## Utilitaires", "## Scripts", "## Command-line tools": the project's own tools, when each item
# links its guide
_TOOLS_HEADING = lazy_compile(r"^(?:\d+ )*(?:(?:les|the|our|nos|available|command line|cli)\s+)?(?:tools?|outils?|utilities|utilitaires|scripts?|"
                              r"toolbox|boite a outils)(?:\s+(?:disponibles?|available|fournis|provided|inclus|included|cli))?$")
_GUIDE_EXT = (".md", ".markdown", ".rst", ".adoc", ".txt", ".html")
MIN_GUIDES = 2


def _own_guide(url: str, targets) -> bool:
    """A link to a documentation page of the repository (a relative path to a Markdown, reStructuredText, AsciiDoc, text or HTML file
    that is there): not another site, not an anchor."""
    parsed = urlparse(url.strip())
    path = parsed.path
    if parsed.scheme or parsed.netloc or not path or url.startswith("#"):
        return False
    return posixpath.basename(path).lower().endswith(_GUIDE_EXT) and not targets.missing(url)


def tool_guides(normed_heading: str, blocks: list, i: int, targets) -> bool:
    """A chapter of the project's tools whose list items (two or more) each link the guide of one in the repository (Borea's "## Tools":
    "* Conversion OPK to OPK: [borea_tools/docs_tools/README_opk_to_opk.md](…)"): how each is used, a usage index. A list of the
    stack's tools linking their sites ("- [pnpm](https://pnpm.io)") is no usage."""
    if not _TOOLS_HEADING.match(normed_heading):
        return False
    level = blocks[i].level or 1
    items = []
    for b in blocks[i + 1:]:
        if b.kind == "heading" and (b.level or 1) <= level:
            break
        if b.kind == "paragraph" and b.item:
            items.append(b)
    guided = sum(1 for b in items[:100] if any(_own_guide(u, targets) for u, _ in b.links[:5]))
    return guided >= MIN_GUIDES and 3 * guided >= 2 * len(items[:100])


# The contribution workflow's steps: a branch created, then a pull (merge) request opened ("1. Créer une branche feature : `git checkout
# -b feature/nom` … 4. Créer une pull request"; "Create a branch from main … open a merge request")
_NEW_BRANCH = lazy_compile(r"\bgit (?:checkout -b|switch -c|branch) \S|\b(?:creer|cree[rz]?|creez|create|creating|ouvrir|open|tirer|partir d) "
                           r"(?:une |un |a |your |votre |ta |sa |new |nouvelle )*(?:feature )?(?:branche|branch)\b|\bnouvelle branche\b|\bnew branch\b")
_OPEN_REQUEST = lazy_compile(r"\b(?:creer|creez|create|ouvrir|ouvrez|open|soumettre|soumettez|submit|proposer|proposez|faire|faites|make|send|envoyer|realiser|realisez|effectuer|effectuez) "
                             r"(?:une |un |a |your |votre |ta |the |la |le )?(?:nouvelle |new )?(?:pull request|merge request|pr|mr|demande de fusion)s?\b")


def contribution_workflow(body: str) -> bool:
    """The chapter gives the steps of a change's way in: a branch created and a pull (merge) request opened."""
    normed = norm(body[:6000])
    return bool(_NEW_BRANCH.search(normed)) and bool(_OPEN_REQUEST.search(normed))


# the reader invited to propose changes to the code ("You can get this package and propose modifications of the code.", "Vous pouvez
# proposer des modifications du code"): how to contribute, whatever the heading ("# Retrieve package and develop")
_PROPOSE_CHANGES = lazy_compile(r"\b(?:propose|proposer|proposez|submit|soumettre|soumettez|suggest|suggerer|suggerez) (?:\w+ ){0,2}?"
                                r"(?:modifications?|changes|changements|corrections|improvements|ameliorations|evolutions) (?:of|to|in|du|au|de|dans|sur) "
                                r"(?:the |this |le |la |ce |cet |cette |l )?(?:source )?(?:code|codes|project|projet|package|repository|depot)\b")


def proposes_changes(body: str) -> bool:
    """The chapter's first paragraph invites the reader to propose changes to the code."""
    first = next((p for p in re.split(r"\n\s*\n", body) if p.strip()), "")
    return bool(_PROPOSE_CHANGES.search(norm(first[:1000])))


# a change reaching the code by a pull (merge) request: one the reader opens ("vous pouvez … ouvrir une pull request avec les
# modifications nécessaires", "proposer une `pull-request` à partir de ces suggestions") or the way every change must go ("Les
# modifications apportées au code doivent passer par des PR qui seront validées"); with a word of the change itself
_REQUEST_WORDS = r"(?:pull requests?|merge requests?|prs?|mrs?|demandes? de fusion)"
_CHANGE_ROUTE = lazy_compile(r"\b(?:passer|passent|passe|go|goes|going) (?:par|through|via) (?:des |une |un |les |a |the )?" + _REQUEST_WORDS + r"\b")
_CHANGE_WORD = lazy_compile(r"\b(?:modifications?|modifier|modifiez|changes?|changements?|ameliorations?|ameliorer|corrections?|corriger|corrigez|"
                            r"edit|editer|editez|fix|fixes|suggestions?|contributions?|contribuer)\b")


# the request opened on the repository itself ("réaliser une PR sur ce dépôt en respectant la structure de celui-ci", under "## Ajout
# d'un DAG"): the change's way into this code, whatever the change is called
_ON_THIS_REPOSITORY = lazy_compile(r"\b(?:pull requests?|merge requests?|prs?|mrs?|demandes? de fusion) (?:sur|dans|a|on|to|in|against) (?:ce|cet|this) (?:depot|repo|repository|projet|project)\b")


def change_requests(own: str) -> bool:
    """The chapter's own text (``own``: up to the next heading) says how a change reaches the code: by a pull (merge) request the
    reader opens, or one every change must go through; and speaks of the change (a modification, an improvement, a fix) or opens
    it on this repository."""
    normed = norm(own[:6000])
    return bool(m := _OPEN_REQUEST.search(normed) or _CHANGE_ROUTE.search(normed)) and bool(_CHANGE_WORD.search(normed) or _ON_THIS_REPOSITORY.search(normed, m.start()))


def contributing_chapter(blocks: list, lines: list[str], title, sections) -> bool:
    """A chapter (not the title) named for contributing ("## Contribution") or inviting changes to the code (:func:`proposes_changes`):
    the README's contributing chapter, which a pull request opened in another chapter ("### Modification des contenus") does not replace
    (``sections``: heading -> sections)."""
    return any("contributing" in sections(b.text) or proposes_changes(section_text(lines, blocks, k))
               for k, b in enumerate(blocks) if b.kind == "heading" and b is not title)


# "Ajout de fonctionnalités", "Ajouter une fonctionnalité", "Adding features", "Add a new feature", "Développer une nouvelle fonctionnalité":
# features as work to do, not the project's presented
ADDING_FEATURES = lazy_compile(r"\b(?:ajout|ajouts|ajouter|add|adding|developper|developpement|develop|developing|implementer|implementation|"
                               r"implement|implementing|creer|creation|create|creating|contribuer)(?: (?:de|d|des|du|une|un|a|an|of|new|nouvelles?|la|les|the))*"
                               r" (?:fonctionnalites?|features?)\b")


# A custom resource's manifest with its fields commented ("kind: BuildProject", "spec:", "idleTimeoutSec: 900   # wake window …"): the
# settings the operator reads for each object, its configuration. Kubernetes' own kinds are the deployment's, not such settings.
_FENCE_LINE = lazy_compile(r"^[ \t]{0,3}(?:```|~~~)")
_KIND = lazy_compile(r"^kind:[ \t]*([A-Z]\w{1,60})[ \t]*$")
_SPEC = lazy_compile(r"^spec:[ \t]*$")
_COMMENTED_FIELD = lazy_compile(r"^[ \t]+[A-Za-z_][\w.-]{0,60}:[^\n#]*#[ \t]*\S")
_BUILTIN_KINDS = frozenset({"Deployment", "Service", "Ingress", "Pod", "StatefulSet", "ConfigMap", "Secret", "DaemonSet", "ReplicaSet", "Job",
                            "CronJob", "Namespace", "PersistentVolume", "PersistentVolumeClaim", "ServiceAccount", "Role", "RoleBinding",
                            "ClusterRole", "ClusterRoleBinding", "NetworkPolicy", "HorizontalPodAutoscaler", "PodDisruptionBudget",
                            "StorageClass", "CustomResourceDefinition", "List", "Config", "Cluster", "Pipeline",
                            # the deployment tools' own resources (Argo CD, Flux, cert-manager, Traefik, Prometheus, Istio, Gateway API)
                            "Application", "ApplicationSet", "AppProject", "HelmRelease", "Kustomization", "GitRepository", "Certificate",
                            "Issuer", "ClusterIssuer", "IngressRoute", "Middleware", "ServiceMonitor", "PodMonitor", "PrometheusRule",
                            "SealedSecret", "ExternalSecret", "VirtualService", "DestinationRule", "Gateway", "HTTPRoute"})
# the chapter's heading names the resource ("## The `BuildProject` resource", "## Spécification de la ressource", "## CRD")
_RESOURCE_HEADING = lazy_compile(r"\b(?:resources?|ressources?|crds?|custom resources?|spec|specs|specification|manifest|manifeste)\b")
MIN_FIELDS = 3


def _fenced_blocks(text: str) -> list[list[str]]:
    """The lines of each fenced block (10 at most, 400 lines each)."""
    blocks, current = [], None
    for line in text.split("\n")[:4000]:
        if _FENCE_LINE.match(line):
            if current is None:
                current = []
            else:
                blocks.append(current[:400])
                current = None
                if len(blocks) >= 10:
                    break
        elif current is not None:
            current.append(line)
    return blocks


# A line of code loading a package (R's library(ckm), Python's import ckm or from ckm import …, JavaScript's require("x") or import … from
# "x"): group 1, 2 or 3 its name
_LOADS = lazy_compile(r"^[ \t]*(?:(?:library|require|requireNamespace)\([ \t]*[\"']?([\w.]{1,60})|(?:from|import)[ \t]+([\w.]{1,60})[ \t]*(?:$|import\b|as\b|,)"
                      r"|(?:import|const|let|var)\b[^\n]{0,200}?(?:require\([ \t]*|from[ \t]+)[\"']([@\w./-]{1,100})[\"'])")
_CALL = lazy_compile(r"[\w.$]\(")


def _package_keys(name: str) -> set[str]:
    """A package's name as compared with the repository's: lower case, letters and digits only, whole or its first part ("ckm",
    "doremifasol"; "wilco.utils" -> "wilcoutils", "wilco"; "@etalab/decoupage" -> "decoupage")."""
    name = name.lower().lstrip("@")
    return {k for k in (re.sub(r"[^a-z0-9]", "", p) for p in (name, re.split(r"[/.]", name)[0], name.rsplit("/", 1)[-1])) if len(k) >= 2}


def package_calls(lines: list[str], blocks: list, i: int, sections, name: str | None) -> bool:
    """The chapter ``blocks[i]`` (its sub-chapters too, up to one that names a section: ``sections``, heading -> sections) shows code
    that loads the project's own package (``name``: the repository's; unknown: never) then calls it ("## Applying the Cell Key Method
    Step by Step": ```library(ckm)``` then ```build_individual_keys(dtest)```): how the library is used, whatever the heading's words."""
    own = {k for k in [re.sub(r"[^a-z0-9]", "", (name or "").lower())] if len(k) >= 2}
    if not own:
        return False
    level = blocks[i].level or 1
    end = next((b.line for b in blocks[i + 1:] if b.kind == "heading" and ((b.level or 1) <= level or sections(b.text))), len(lines) + 1)
    code = [ln for block in _fenced_blocks("\n".join(lines[(blocks[i].line or 0):end - 1])) for ln in block]
    for k, ln in enumerate(code):
        if (m := _LOADS.match(ln)) and own & _package_keys(next(g for g in m.groups() if g)):
            return any(_CALL.search(x) and not _LOADS.match(x) and not x.lstrip().startswith(("#", "//")) for x in code[k + 1:k + 400])
    return False


def resource_fields(normed_heading: str, body: str) -> bool:
    """The chapter, named for a resource (or for its kind), gives in fenced YAML one custom resource (apiVersion, a kind that is no
    Kubernetes built-in nor a deployment tool's, spec) whose fields are commented (three or more): the fields one sets, documented."""
    for lines in _fenced_blocks(body[:40000]):
        kinds = [k.group(1) for k in (_KIND.match(ln) for ln in lines) if k]
        if len(kinds) != 1 or kinds[0] in _BUILTIN_KINDS or not (_RESOURCE_HEADING.search(normed_heading) or norm(kinds[0]) in normed_heading.split()) or not any(ln.startswith("apiVersion:") for ln in lines) or not any(_SPEC.match(ln) for ln in lines):
            continue
        if sum(1 for ln in lines if _COMMENTED_FIELD.match(ln)) >= MIN_FIELDS:
            return True
    return False


# "## How to improve Wilco", "## Comment améliorer le projet", "## Improving the library": how a developer changes the project (run it
# while changing it, build a local version), the contributors' guide; "## How to improve performance" is on something else
_IMPROVE_HEADING = lazy_compile(r"^(?:\d+ )*(?:(?:how to|how can (?:i|you|we)|comment|pour) )?(?:improve|improving|enhance|ameliorer|faire evoluer|"
                                r"contribute to|contribuer a) (?:(?:le|la|l|les|the|this|ce|cet|cette) )?(.{1,80})$")
_PROJECT_WORDS = frozenset({"it", "project", "projet", "library", "librairie", "bibliotheque", "tool", "outil", "code", "module", "app", "application",
                            "package", "plugin", "component library", "composants"})


# "## Using Wilco into your project", "## Utiliser la librairie dans votre projet": a library taken into another project, its use
_USE_IN_HEADING = lazy_compile(r"^(?:\d+ )*(?:using|use|utiliser|utilisation de|utilisation d) (?:(?:le|la|l|les|the|this|ce|cet|cette) )?(.{1,80}?) "
                               r"(?:in|into|within|dans) (?:your|a|an|votre|vos|un|une) (?:own )?(?:projects?|apps?|applications?|code|projets?)$")


def _the_project(m, named: str) -> bool:
    return bool(m) and (m.group(1) in _PROJECT_WORDS or bool(named) and m.group(1) == norm(named))


def project_work_heading(normed_heading: str, named: str) -> list[str]:
    """The sections of a heading (normalised) on improving the project itself (contributing) or on using it in another project (usage),
    the project named (``named``: its title) or called so ("the library"); [] for any other heading."""
    return ["contributing"] if _the_project(_IMPROVE_HEADING.match(normed_heading), named) else ["usage"] if _the_project(
        _USE_IN_HEADING.match(normed_heading), named) else []
