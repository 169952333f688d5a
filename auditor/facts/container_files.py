"""The project's container files, by name and by what they build: its Compose files (docker-compose.yml and its variants, a
prefixed name declaring ``services:``), its Dockerfiles (the canonical name, a CI service's own machine, a development workspace's)
and which of them is the project's image (read by the ``files`` fact)."""

from __future__ import annotations

import re

from auditor.facts.inventory import DOCKERFILE, MANIFESTS, is_doc
from auditor.lazyre import lazy_compile


# (a compose file shipped to copy, docker-compose.yml.dist, is the project's compose file all the same)
COMPOSE = lazy_compile(r"(^|/)(docker-)?compose([.-][^/]*)?\.ya?ml(\.(dist|example|sample|template|tpl))?$", re.I)
CANONICAL_COMPOSE = lazy_compile(r"^(docker-)?compose\.ya?ml$", re.I)
# a compose file named for its use in front of the name (local-compose.yml, tests/minimal-docker-compose.yml, prod-compose.yaml):
# one when it declares services (a workflow or a chart named build-compose.yml does not)
PREFIXED_COMPOSE = lazy_compile(r"(^|/)[\w.]+-(docker-)?compose\.ya?ml(\.(dist|example|sample|template|tpl))?$", re.I)
_COMPOSE_SERVICES = lazy_compile(r"^services[ \t]*:[ \t]*(#.*)?$", re.M)


def compose_named(snap, path: str) -> bool:
    """A Compose file by its name: docker-compose.yml and its variants, or a prefixed name whose file declares ``services:``."""
    if COMPOSE.search(path):
        return True
    return bool(PREFIXED_COMPOSE.search(path) and not CI_IMAGE.search(path) and _COMPOSE_SERVICES.search(snap.read_text(path, 64 * 1024) or ""))
CANONICAL_DOCKERFILE = lazy_compile(r"^(Dockerfile|Containerfile)$")
# a CI service's own machine (.circleci/images/<name>/Dockerfile, a workflow's container action under .github/): not the project's image
CI_IMAGE = lazy_compile(r"\.(?:circleci|github|gitlab|buildkite|woodpecker|drone)/", re.I)
DEV_WORKSPACE = lazy_compile(r"(^|/)(\.devcontainer/|\.gitpod[./])", re.I)


# A documentation site's server (docs/Dockerfile: "bundle exec jekyll serve", mkdocs serve, sphinx-autobuild): the image of the
# documentation, not the project's
_DOC_SERVER = lazy_compile(r"\b(jekyll|mkdocs|sphinx(?:-autobuild)?|docusaurus|hugo|antora|gitbook|vitepress|mdbook|docsify|hexo|pelican)\b", re.I)
MAX_COMPOSE_BYTES = 256 * 1024
# A project template's Dockerfile (issue 12, s42 fd42 = France-Travail/gabarit: gabarit/template_api/api_project/Dockerfile, "LABEL …
# Service REST {{package_name}}", "COPY {{package_name}}/ …"): in a folder named for a template (template_api/, templates/, a
# cookiecutter's {{cookiecutter.project_slug}}/, a skeleton/) and holding Jinja's placeholders or tags, it is what a generator writes
# into each new project, not an image of the repository
_TEMPLATE_FOLDER = lazy_compile(r"(?:^|/)(?:[^/]*templates?(?:[-_.][^/]*)?|skeletons?|skel|\{\{[^/]*\}\})/", re.I)
_JINJA = lazy_compile(r"\{\{-?[ \t]*[A-Za-z_][\w.]*[ \t]*(?:\|[^}\n]*)?-?\}\}|\{%-?[ \t]*(?:if|for|set|include|block|raw|macro)\b")


def template_dockerfile(snap, path: str) -> bool:
    """A Dockerfile of a project template: in a template's folder, with Jinja's ``{{ name }}`` placeholders or ``{% if %}`` tags."""
    return bool(_TEMPLATE_FOLDER.search(path) and _JINJA.search(snap.read_text(path, 64 * 1024) or ""))


def compose_builds(snap, compose: str | None) -> set[str]:
    """The Dockerfiles a compose file builds its services from (``build: ./web``; ``build: {context: ./web, dockerfile: Dockerfile}``),
    as paths of the repository (a compose file of 256 KB at most, read as YAML; the file's own folder is the contexts' base)."""
    import posixpath

    from auditor import safeyaml

    if not compose:
        return set()
    try:
        data = safeyaml.load(snap.read_text(compose, MAX_COMPOSE_BYTES) or "")
    except Exception:  # noqa: BLE001 (a compose file that is no YAML builds nothing we can read)
        return set()
    services = data.get("services", data) if isinstance(data, dict) else {}
    base, out = compose.rpartition("/")[0], set()
    for svc in (services.values() if isinstance(services, dict) else []):
        build = svc.get("build") if isinstance(svc, dict) else None
        if isinstance(build, str):
            context, dockerfile = build, "Dockerfile"
        elif isinstance(build, dict) and isinstance(build.get("context", "."), str) and isinstance(build.get("dockerfile", "Dockerfile"), str):
            context, dockerfile = build.get("context", "."), build.get("dockerfile", "Dockerfile")
        else:
            continue
        path = posixpath.normpath(posixpath.join(base, context, dockerfile))
        if not path.startswith("../"):
            out.add(path)
    return out


def project_image(snap, live: list, compose: str | None) -> str | None:
    """The project's container recipe: a root Dockerfile; else one the root compose file builds a service from, at any depth (an
    application's backend/docker/Dockerfile, not a shallower proxy's apache2/Dockerfile that only a development compose file builds);
    else the shallowest; at one depth the canonical name (Dockerfile) before its variants, then the one a compose file builds (web/,
    not a development side service's nextcloud/), then one beside its component's build manifest (a Spring API's pom.xml, not a backup
    job's image alone in its folder), then by path. A development workspace's image (.gitpod.dockerfile, .devcontainer/) comes last;
    a documentation site's server in a documentation folder (docs/Dockerfile running jekyll serve) is none. Before all these, the
    Dockerfile the CI builds and pushes (ci_images.py: build-push-action's file:, docker build -f … and docker push): the image the
    project publishes, not a side service's that a development compose file builds."""
    from auditor.facts.ci_images import ci_published_images

    built = compose_builds(snap, compose)
    root_built = built if compose and "/" not in compose else set()
    found = [e for e in live if DOCKERFILE.search(e.path) and not CI_IMAGE.match(e.path)]
    found = [e for e in found if not (is_doc(e.path) and _DOC_SERVER.search(snap.read_text(e.path, 16 * 1024) or "")) and not template_dockerfile(snap, e.path)]
    built_dirs = {e.dir for e in live if e.name in MANIFESTS}
    published = ci_published_images(snap, [e.path for e in live]) if found else set()
    found.sort(key=lambda e: (bool(DEV_WORKSPACE.search(e.path)), e.path not in published, not ("/" not in e.path and CANONICAL_DOCKERFILE.match(e.name)), e.path not in root_built,
                              e.path.count("/"), not CANONICAL_DOCKERFILE.match(e.name), e.path not in built, e.dir not in built_dirs, e.path))
    return found[0].path if found else None
