"""The settings files a container recipe hands to the service (the files a Dockerfile copies into the image, those a compose file
mounts or declares as configs), and what such a copy is not: a data file, a build tool's configuration, a web server's own
configuration, a mock server's answers, an Ansible playbook or local inventory run at build time (read by the ``install`` facts
through :mod:`auditor.facts.settings_files`)."""

from __future__ import annotations

import re

from auditor.facts.inventory import LOCKFILES, MANIFESTS
from auditor.lazyre import lazy_compile


_DATA_DIR = lazy_compile(r"(^|[_-])(data|datas|dataset|datasets|donnees|données|input|inputs|output|outputs|geojson)([_-]|$)", re.I)
_SETTINGS_NAME = lazy_compile(r"conf|settings|param|options|env", re.I)
_GEOJSON = lazy_compile(r'"type"\s*:\s*"(FeatureCollection|Feature|Topology)"')


def in_data_folder(path: str) -> bool:
    """A file in a data folder (data/, donnees/, input_data/…) not named as settings (data/config.yml is)."""
    return any(_DATA_DIR.search(d) for d in path.split("/")[:-1]) and not _SETTINGS_NAME.search(path.rsplit("/", 1)[-1])


def is_data_copy(snap, e) -> bool:
    """A data file a container copies (an open-data GeoJSON in input_data/, megabytes of features): no settings file."""
    if e.size > 64 * 1024:
        return True
    if in_data_folder(e.path):  # (not data/config.yml)
        return True
    return e.ext in ("json", "geojson") and bool(_GEOJSON.search(snap.read_head(e.path, 4096) or ""))


# What a container recipe hands to the service: the files a Dockerfile copies into the image, those a compose file mounts
# or declares as configs (lufi-docker: `configs: lufi_config.v1: file: lufi.conf`, mounted over the application's own)
_COPY = lazy_compile(r"^[^\S\n]*(?:COPY|ADD)\s+((?:--\S+\s+)*)(.+?)\s*$", re.I | re.M)
_COMPOSE_SOURCE = lazy_compile(r"^[^\S\n]*(?:-\s*|file:\s*|source:\s*)['\"]?(\.{0,2}/?[\w./-]+?)['\"]?(?::/[^\s]*)?\s*$", re.M)
SETTINGS_EXT = {"conf", "ini", "cfg", "yml", "yaml", "json", "toml", "properties", "xml", "env"}
CONTAINER_RECIPE = lazy_compile(r"(^|/)(dockerfile|containerfile)([.-][\w.-]+)?$|(^|/)(docker-)?compose([.-][\w.-]+)?\.ya?ml$", re.I)


def copied_sources(dockerfile: str) -> list[str]:
    """The paths a Dockerfile copies from the repository into the image (COPY/ADD sources; not from another stage)."""
    return [w.strip('"[],') for m in _COPY.finditer(dockerfile) if "--from=" not in m.group(1) for w in m.group(2).split()[:-1]]


BUILD_CONFIG = lazy_compile(r"^(tsconfig[\w.-]*|jsconfig[\w.-]*|\.babelrc|babel\.config|\.eslintrc[\w.-]*|\.prettierrc[\w.-]*|angular|nx|lerna|"
                            r"turbo|tslint|\.swcrc|vercel|netlify|renovate)(\.json5?|\.ya?ml)?$", re.I)


# A web server's own configuration (an nginx server block, an Apache vhost copied to sites-available): how the image serves the
# application (try_files, rewrites), not the application's settings a deployment adapts (gtt-webapp's nginx.conf, mobilcos-web's
# docker/nginx.conf, prevarisc-skeleton's config/apache2.conf)
WEB_SERVER_CONF = lazy_compile(r"^(nginx|apache2?|httpd|vhost|000-default|default\.vhost)([._-][\w.-]*)?\.conf$", re.I)
_SERVER_DIRECTIVES = lazy_compile(r"^[ \t]*(?:<VirtualHost\b|server[ \t]*\{|http[ \t]*\{)", re.M | re.I)


# PHP-FPM's process manager, the FastCGI server a PHP image runs behind nginx: a pool ("[www]" … "pm = dynamic", copied to
# pool.d/www.conf) or its global file; its workers and sockets, like nginx's, are the server's, not the application's settings
_FPM_DIRECTIVES = lazy_compile(r"^[ \t]*pm[ \t]*=[ \t]*(?:static|dynamic|ondemand)\b|^[ \t]*pm\.max_children[ \t]*=", re.M)


def web_server_conf(snap, path: str) -> bool:
    """``path`` is a web server's own configuration (named so, or an nginx ``server {`` block, an Apache ``<VirtualHost>``, a
    PHP-FPM pool)."""
    name = path.rsplit("/", 1)[-1]
    if WEB_SERVER_CONF.match(name):
        return True
    text = (snap.read_text(path, limit=64 * 1024) or "") if name.endswith(".conf") else ""
    return bool(_SERVER_DIRECTIVES.search(text)) or bool(_FPM_DIRECTIVES.search(text))


# A mock server's or a stub's folder (mocks/api.crisp.chat/mockserverInitialization.json, mounted by mocks/docker-compose.mocks.yaml into
# MockServer): the answers a stand-in for a third-party API gives during development and tests, no setting of the service
MOCK_FOLDER = lazy_compile(r"(^|/)(mocks?|__mocks__|mock[-_]?servers?|wiremock|stubs?|fixtures?)/", re.I)


# An Ansible playbook a container recipe runs at build time (`RUN ansible-playbook -i /inventory.yml /base-packages-playbook.yml`): its
# plays ("- hosts: local" with "tasks:", apt packages to install) are the image's build steps, and an inventory whose hosts are reached
# with ansible_connection: local is the build's own machine: neither is a settings file a deployment adapts
_PLAY_KEYS = (lazy_compile(r"^[ \t]*(?:-[ \t]+)?hosts[ \t]*:", re.M), lazy_compile(r"^[ \t]*(?:-[ \t]+)?(?:tasks|roles|pre_tasks|post_tasks)[ \t]*:", re.M))
_FIRST_ITEM = lazy_compile(r"\A(?:[ \t]*(?:#[^\n]*|---[ \t]*)?\n)*[ \t]*-[ \t]")  # (a YAML list at the top: the plays)
_LOCAL_INVENTORY = lazy_compile(r"\bansible_connection[ \t]*[:=][ \t]*[\"']?local\b")


def ansible_build_file(text: str) -> bool:
    """``text`` is an Ansible playbook (a list of plays with hosts and tasks or roles), or an inventory of the local machine only."""
    return (bool(_FIRST_ITEM.match(text)) and all(rx.search(text) for rx in _PLAY_KEYS)) or bool(_LOCAL_INVENTORY.search(text))


def container_settings(snap, entries, own_code: bool = False) -> list[str]:
    """Settings files (.conf, .ini, .yml…) a container recipe copies into the image or mounts into the service: the
    configuration a deployment starts from, each setting written in it (beside the project's own code, not the web server's
    configuration that serves it)."""
    recipes = sorted(e.path for e in entries if CONTAINER_RECIPE.search(e.path) and not MOCK_FOLDER.search(e.path))[:10]
    out: set[str] = set()
    for recipe in recipes:
        text = snap.read_text(recipe, limit=64 * 1024) or ""
        base = recipe.rsplit("/", 1)[0] + "/" if "/" in recipe else ""
        if "compose" in recipe.rsplit("/", 1)[-1].lower():
            sources = [m.group(1) for m in _COMPOSE_SOURCE.finditer(text)]
        else:
            sources = copied_sources(text)
        for src in sources:
            path = re.sub(r"^(\./)+", "", base + src.removeprefix("./"))
            name = path.rsplit("/", 1)[-1]  # (a manifest, lockfile or build tool's config copied for the build is no settings file)
            if path in snap.files and name.rsplit(".", 1)[-1].lower() in SETTINGS_EXT and not CONTAINER_RECIPE.search(path) \
                    and name not in MANIFESTS and name not in LOCKFILES and not BUILD_CONFIG.match(name) and not is_data_copy(snap, snap.files[path]) \
                    and not (own_code and web_server_conf(snap, path)) and not MOCK_FOLDER.search(path) \
                    and not (name.endswith((".yml", ".yaml", ".ini", ".cfg")) and ansible_build_file(snap.read_text(path, limit=64 * 1024) or "")):
                out.add(path)
    return sorted(out)[:10]
