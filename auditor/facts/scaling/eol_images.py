"""The runtimes and systems a container image reference pins (``end_of_life``): the image's own product and version, the
system release its tag names, a well-known publisher's runtime. Read as text, nothing is pulled or run."""

from __future__ import annotations

import re

from auditor.data import load

OS_IMAGES = ("debian", "ubuntu", "alpine", "centos")  # named alike under any organisation, tagged with the system's release
# A language runtime's official image name, reused as its own repository's name in a publisher's namespace and tagged with the
# runtime's version (opendigitaleducation/node:10-alpine, acme/python:3.6): that runtime. Only the languages' own official names
# (a database's, acme/postgresql, stays unguessed: a publisher's server image may carry anything), and only on Docker Hub (a
# "publisher/name" reference, published for others to pull under the official image's name and tags; an image of a private
# registry, registry.example.org/acme/python:3.7, is an organisation's internal build and stays unguessed) (issue 12, s42 fi42).
RUNTIME_IMAGES = ("node", "python", "php", "ruby", "golang")


def image_versions(image: str) -> list[tuple[str, str]]:
    """(product, constraint) pairs an image reference pins: ``python:3.7-slim-buster`` pins Python 3.7
    and Debian 10; ``postgis/postgis:11-2.5`` PostgreSQL 11; a well-known publisher's image the runtime its
    tag states (``bitnami/postgresql:11-debian-10`` PostgreSQL 11 and Debian 10, ``timbru31/java-node:11-jre-14``
    Node.js 14); any image the system release its tag names (``eclipse-temurin:17-jdk-jammy`` Ubuntu 22.04)."""
    d = load("endoflife.yml")
    image = image.strip().strip("'\"")
    if "$" in image or ":" not in image.rsplit("/", 1)[-1]:
        return []
    name, tag = image.rsplit(":", 1)
    name = name.lower()
    for prefix in ("docker.io/", "index.docker.io/", "registry.hub.docker.com/"):
        if name.startswith(prefix):
            name = name[len(prefix):]
    product = d["images"].get(name)
    if not product and name.rsplit("/", 1)[-1] in OS_IMAGES:  # an organisation's own base image of that system (nantesmetropole/debian:wheezy)
        product = name.rsplit("/", 1)[-1]
    if not product and name.count("/") == 1 and name.rsplit("/", 1)[-1] in RUNTIME_IMAGES:  # (a publisher's own runtime image: ODE's node:10)
        product = d["images"].get(name.rsplit("/", 1)[-1])
    tag = tag.split("@")[0].lower()
    out = []
    several = (d.get("image_tags") or {}).get(name)
    m = re.match(several, tag) if several else None
    if m:
        out += [(prod, "==" + version) for prod, version in m.groupdict().items() if version]
    words = re.split(r"[-_]", tag)
    for os_name, names in (d.get("codenames") or {}).items():
        for word in words:
            if word in names and os_name not in {p for p, _ in out}:
                out.append((os_name, "==" + names[word]))
    for i, word in enumerate(words[:-1]):  # bitnami's "-debian-10-", "-ubuntu-22.04"
        if word in ("debian", "ubuntu") and re.fullmatch(r"\d+(?:\.\d+)?", words[i + 1]) and word not in {p for p, _ in out}:
            out.append((word, "==" + words[i + 1]))
    for word in words:  # a tool's image tagged with the runtime it carries (astral-sh/uv:python3.13-trixie-slim, python-nodejs:python3.11-nodejs20)
        m = re.fullmatch(r"(python|nodejs|node)(\d+(?:\.\d+)?)", word)
        if m and not (m.group(1) == "python" and "." not in m.group(2)) and (prod := "nodejs" if m.group(1).startswith("node") else "python") != product \
                and prod not in {p for p, _ in out}:
            out.append((prod, "==" + m.group(2)))
    system = (d.get("image_systems") or {}).get(name)
    if system and (found := _system_of(system, tag)) and system["product"] not in {p for p, _ in out}:
        out.append((system["product"], "==" + found))
    if not product:
        return out
    m = re.match(r"^v?(\d+(?:\.\d+){0,2})", tag)
    if m:
        version = m.group(1).split(".")[0] if name == "postgis/postgis" else m.group(1)
        if product not in {p for p, _ in out}:
            out.insert(0, (product, "==" + version))
    m = re.search(r"alpine(\d+\.\d+)", tag)
    if m and product != "alpine":
        out.append(("alpine", "==" + m.group(1)))
    return out


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(x) for x in version.split("."))


def _system_of(system: dict, tag: str) -> str | None:
    """The system release an image of :data:`image_systems` is built on, by its tag's version (``4.1.2``: Ubuntu 20.04; ``4.1``, a
    minor version, its last patch's, judged by the first: the same row for every patch of the table), None outside the table."""
    m = re.fullmatch(r"(\d+\.\d+(?:\.\d+)?)(?:[-_][\w.-]*)?", tag)
    if not m:
        return None
    version = _key(m.group(1))
    rows = [(_key(v), cycle) for v, cycle in system.get("from") or []]
    if not rows or version < rows[0][0] or version[:len(_key(system["last"]))] > _key(system["last"]):
        return None
    if len(version) == 2:  # (a minor version: its patches all in one row, else unknown)
        cycles = {c for v, c in rows if v[:2] == version} | {next((c for v, c in reversed(rows) if v <= version + (0,)), None)}
        return cycles.pop() if len(cycles) == 1 else None
    return next((c for v, c in reversed(rows) if v <= version), None)


_ENV_LINE = re.compile(r"^[^\S\n]*(?:export\s+)?([A-Za-z_]\w*)\s*=\s*['\"]?([^\s'\"#]+)", re.M)


def env_defaults(read_text, files, path: str, limit: int) -> dict[str, str]:
    """The values a committed ``.env`` gives to ``${VAR}`` in a compose file or a Dockerfile (``FROM ${PHP_IMG_VERSION}`` with
    ``PHP_IMG_VERSION=php:7.3-fpm-alpine``): Compose reads the ``.env`` of the project folder; the nearest one up from the file
    is taken, then those above it for what it leaves out."""
    out: dict[str, str] = {}
    parts = path.split("/")[:-1]
    for i in range(len(parts), -1, -1):
        env = "/".join(parts[:i] + [".env"])
        if env in files:
            for k, v in _ENV_LINE.findall(read_text(env, limit=limit) or ""):
                out.setdefault(k, v)
    return out
