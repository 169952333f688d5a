"""The service and container names of the repository's own Docker Compose files (read by the hosting and secrets facts).

``postgres://app@pgsql/db`` or ``postgresql://navitia:navitia@navitia_database/…`` names a container of the project's own Compose
file: every reuser starts it with the project, it is no internal server, and the password the same compose file gives it is a
local default, nothing to revoke (so is that password in an address whose host a script sets at run time,
``postgres://postgres:postgres_fcu@$DOCKER_HOST:5432/postgres``). The images they pull (``image: registry.vendor.fr/app/api:1.2``, in a sub-folder's compose file as
in the root one) are read too, by line, for the hosting fact's private registries. Bounded: the first 20 Compose files in path
order, 256 KB and 4,000 lines each; never executed (safe YAML)."""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.facts.inventory import inventory_of
from auditor.lazyre import lazy_compile

COMPOSE = lazy_compile(r"^(docker-)?compose([\w.-]*)?\.ya?ml$", re.I)
_NOT_THE_PROJECTS = ("vendored", "generated", "build")
MAX_COMPOSE_FILES, MAX_COMPOSE_LINES = 20, 4000
_IMAGE = lazy_compile(r"""^[^\S\n]*(?:-[^\S\n]+)?image:[^\S\n]*["']?([^\s"'#]+)""")


# a Compose file named by its role in a docker/ folder (JHipster's src/main/docker/app.yml, run by "docker compose -f app.yml up",
# its database in postgresql.yml): known by its top-level services: key (s31)
_DOCKER_DIR_YAML = lazy_compile(r"(?:^|/)docker/(?:[^/]+/)?[^/]+\.ya?ml$", re.I)
_SERVICES_KEY = lazy_compile(r"^services:[^\S\n]*$", re.M)


def compose_files(ctx) -> list[str]:
    """The project's own Compose files, at any depth (docker-compose.yml, asgard/docker-compose_asgard.yml, docker/app.yml with its
    services: key), the first 20 in path order."""
    inv = inventory_of(ctx)
    files = ctx.snapshot.files
    return [p for p in sorted(files) if files[p].kind in ("file", "executable") and inv.category(p) not in _NOT_THE_PROJECTS
            and (COMPOSE.match(p.rsplit("/", 1)[-1]) or (_DOCKER_DIR_YAML.search(p)
                                                         and _SERVICES_KEY.search(ctx.snapshot.read_text(p, limit=8 * 1024) or "")))][:MAX_COMPOSE_FILES]


def compose_images(ctx) -> list[tuple[str, int, str]]:
    """(path, line, image) of every ``image:`` line of the project's own Compose files that names an image pulled, in path and line
    order. Not the ``image:`` of a service the same file builds (``build:`` beside it, as Laravel Sail's ``build: context:
    ./vendor/laravel/sail/runtimes/8.0`` with ``image: sail-8.0/app``): the name Compose tags the image it builds on the reuser's
    machine with, no registry to reach (issue 12, s45 fg45)."""
    built = _built_images(ctx)
    out = []
    for p in compose_files(ctx):
        for n, line in enumerate((ctx.snapshot.read_text(p, limit=256 * 1024) or "").splitlines()[:MAX_COMPOSE_LINES], 1):
            if (m := _IMAGE.match(line)) is not None and (p, m.group(1)) not in built:
                out.append((p, n, m.group(1)))
    return out


def _built_images(ctx) -> set[tuple[str, str]]:
    """(path, image) for each service of the project's own Compose files given both ``build:`` and ``image:``."""
    out = set()
    for path, doc in _compose_docs(ctx):
        services = doc.get("services") if isinstance(doc, dict) else None
        for service in (services.values() if isinstance(services, dict) else ()):
            if isinstance(service, dict) and service.get("build") and isinstance(service.get("image"), str):
                out.add((path, service["image"].strip()))
    return out


# a container's password setting (POSTGRES_PASSWORD, MYSQL_ROOT_PASSWORD, RABBITMQ_DEFAULT_PASS, MONGO_INITDB_ROOT_PASSWORD)
_PASSWORD_SETTING = lazy_compile(r"(?:PASSWORD|PASSWD|_PASS|_PWD)$", re.I)


def _compose_docs(ctx) -> list[tuple[str, object]]:
    """(path, parsed document or None) of each of the project's own Compose files, in path order; parsed once per audit (the
    secrets fact's passwords and services, the hosting fact's services and the auth check's pulled images all read them)."""
    docs = getattr(ctx, "_compose_docs", None)
    if docs is not None:
        return docs
    from auditor import safeyaml

    docs = []
    for p in compose_files(ctx):
        text = ctx.snapshot.read_text(p, limit=256 * 1024)
        try:
            docs.append((p, safeyaml.load(text) if text else None))
        except Exception:  # noqa: BLE001 - an unreadable compose file names no service
            docs.append((p, None))
    ctx._compose_docs = docs
    return docs


def compose_passwords(ctx) -> frozenset[str]:
    """The literal passwords the project's own Compose files give their service containers (``POSTGRES_PASSWORD: postgres_fcu``,
    ``- MYSQL_PASSWORD=app``, or a variable's default ``${DB_PASSWORD:-app}``): the local container's default every reuser starts."""
    out: set[str] = set()
    for _, doc in _compose_docs(ctx):
        services = doc.get("services") if isinstance(doc, dict) else None
        for service in (services.values() if isinstance(services, dict) else ()):
            env = service.get("environment") if isinstance(service, dict) else None
            pairs = env.items() if isinstance(env, dict) else (str(v).partition("=")[::2] for v in env) if isinstance(env, list) else ()
            for key, value in pairs:
                value = str(value or "").strip()
                if (m := re.fullmatch(r"\$\{\w+:?-([^}]*)\}", value)) is not None:
                    value = m.group(1)
                if _PASSWORD_SETTING.search(str(key)) and len(value) >= 4 and "$" not in value:
                    out.add(value)
    return frozenset(out)


# a service block left commented out in the project's Compose file ("  # postgres:" over "  #   container_name: calqul_db" and
# "  #   build: ./Dockerfiles/db"): the project's own container, which a reuser uncomments, its name no internal server's (issue 12,
# s38 fk38 = TelesCoop/IArbre-…: DATABASE_URL=postgres://…@calqul_db in the live service beside it)
_COMMENTED_NAME = lazy_compile(r"""^[^\S\n]*#[^\S\n]*(?:container_name|hostname)[^\S\n]*:[^\S\n]*["']?([A-Za-z0-9][\w.-]{0,62})""", re.M)
_COMMENTED_SERVICE = lazy_compile(r"^[^\S\n]{2,4}#[^\S\n]?([A-Za-z0-9][\w.-]{0,62}):[^\S\n]*\n[^\S\n]*#[^\S\n]{2,}(?:image|build|container_name)[^\S\n]*:", re.M)


def compose_services(ctx) -> set[str]:
    """Service names, container_name and hostname values (lower case) of the project's own Compose files, its services left
    commented out included."""
    names: set[str] = set()
    for path, doc in _compose_docs(ctx):
        services = doc.get("services") if isinstance(doc, dict) else None
        if isinstance(services, dict):
            names.update(str(k).lower() for k in services)
            names.update(str(v.get("container_name") or v.get("hostname")).lower() for v in services.values()
                         if isinstance(v, dict) and (v.get("container_name") or v.get("hostname")))
            text = "\n".join((ctx.snapshot.read_text(path, limit=256 * 1024) or "").splitlines()[:MAX_COMPOSE_LINES])
            names.update(m.group(1).lower() for rx in (_COMMENTED_NAME, _COMMENTED_SERVICE) for m in rx.finditer(text))
    return names


@fact("compose_image_env", version=2, public=False)
def compose_image_env(ctx) -> list[list[str]]:
    """[path, variable] of the environment the project's own Compose files give a service it pulls (``image:``, no ``build:``):
    settings of that third party's container (a Jena Fuseki image's ``ADMIN_PASSWORD: "admin"``, its own administrator), not of
    the project's code: no sign-in of the project (interoperability.auth)."""
    out = set()
    for path, doc in _compose_docs(ctx):
        services = doc.get("services") if isinstance(doc, dict) else None
        for service in (services.values() if isinstance(services, dict) else ()):
            if not isinstance(service, dict) or not service.get("image") or service.get("build"):
                continue
            env = service.get("environment")
            keys = env.keys() if isinstance(env, dict) else (str(v).partition("=")[0] for v in env) if isinstance(env, list) else ()
            out.update((path, str(k).strip()) for k in keys)
    return sorted([p, k] for p, k in out)
