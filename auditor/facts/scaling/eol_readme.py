"""Runtime versions a README states (``end_of_life``), read only for a runtime no file of the repository versions: "This server
uses nodejs version 12.16", "Installer PHP 5.6", "Testé avec python 3.7", and the system it is installed on ("Must be installed on
Ubuntu 18": 18.04, the long-term release of that year). A statement of a minimum ("PHP >= 7.2", "Node 18+",
"Python 3.8 ou supérieur", "at least Java 11", "à partir de PHP 7.2") says nothing of the runtime in use and is not read, nor is a
"compatible with" list, a version inside a fenced block, a link's address or a longer word (``php5.6-fpm`` is a package).
A series ("Symfony 2.6.x", "Node 12.x") is its one cycle; the framework Symfony is read as the runtimes are. Read as text,
first README at the root."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

MAX_BYTES = 256 * 1024
_PRODUCTS = {"node": "nodejs", "nodejs": "nodejs", "node.js": "nodejs", "php": "php", "python": "python", "ruby": "ruby",
             "java": "java", "jdk": "java", "openjdk": "java", "postgresql": "postgresql", "postgres": "postgresql",
             # the system it must be installed on ("Must be installed on Ubuntu 18", "Debian 10"): its end of life is the service's
             "ubuntu": "ubuntu", "debian": "debian", "centos": "centos",
             # the framework a README requires for a package that names it nowhere else (s23 m2, a Symfony bundle's "Requirements:
             # Symfony 2.6.x", its composer.json requiring only sibling bundles)
             "symfony": "symfony"}
# (an upper bound between the name and its number is the newest release it runs on: "compatible qu'avec ubuntu antérieurs à 16.04",
# "Ubuntu older than 18.04", "PHP jusqu'à 7.4"; past its end of life, every older one is too — issue 12, s35 ae35 = urbanlab/funambulium,
# an openFrameworks 0.9.8 installation whose README pins the system so)
_UP_TO = (r"(?:(?:antérieur|inférieur)e?s?[^\S\n]{1,2}(?:ou[^\S\n]égale?s?[^\S\n])?(?:à|a)|older[^\S\n]than|earlier[^\S\n]than|"
          r"prior[^\S\n]to|up[^\S\n]to|jusqu'(?:à|a)|<=?|≤)[^\S\n]{1,2}")
_STATED = lazy_compile(r"(?<![\w/.=-])(node\.js|nodejs|node|php|python|ruby|java|openjdk|jdk|postgresql|postgres|ubuntu|debian|centos|symfony)[^\S\n]{0,2}"
                       r"(?:" + _UP_TO + r")?(?:version[^\S\n]{1,2}|v(?=\d))?(\d{1,2}(?:\.\d{1,2}){0,2})(?![\w-]|\.\d)((?:\.x)?[^\S\n]*\+?)", re.I)
_MIN_BEFORE = lazy_compile(r"(?:>=?|≥|\bmin(?:imum|imale?)?\b|au moins|at least|à partir d[eu']|from|since|depuis|compatib\w*|"
                           r"upgrade|mise à jour|migr\w*|support\w*|or|ou)[^\n]{0,12}$", re.I)
# (a list of versions, a range: "3.7 - 3.9", "3.7-3.9"; not a command's option after it, "python3.9 -m venv .venv")
_MIN_AFTER = lazy_compile(r"^[^\S\n]*(?:(?:or|ou)\b|/|,|-(?=[^\S\n]*v?\d))")
# a minimum said after the version, within a few words ("Node.js 22 LTS ou supérieur", "PHP 8.1 or newer")
_MIN_NEAR = lazy_compile(r"\+|\b(?:or (?:later|higher|above|newer|more|greater)|and (?:above|later|up|higher|newer)|ou (?:sup|plus|\+|ult)|"
                         r"et (?:sup|plus|\+)|minimum|min\b)", re.I)
# (compatible only with one: "n'est compatible qu'avec ubuntu antérieurs à 16.04", "only compatible with Node 12" is the one in use,
# not a list of those supported)
_ONLY_WITH = lazy_compile(r"(?:\bqu'avec|\b(?:uniquement|seulement)[^\S\n]avec|\bonly[^\S\n](?:compatible[^\S\n])?with)[^\S\n]{1,2}$", re.I)
_FENCE = lazy_compile(r"^[^\S\n]*(?:```|~~~)", re.M)


def readme_path(paths: list[str]) -> str | None:
    names = sorted(p for p in paths if "/" not in p and re.match(r"^readme(\.(md|markdown|rst|txt))?$", p, re.I))
    return names[0] if names else None


def readme_versions(text: str) -> list[tuple[str, str, int, str]]:
    """(product, version, line, excerpt) of the runtimes the README states as the one in use, outside fenced blocks."""
    out = []
    inside = False
    for i, line in enumerate(text.split("\n"), 1):
        if _FENCE.match(line):
            inside = not inside
            continue
        if inside:
            continue
        for m in _STATED.finditer(line):
            # (a series, "Symfony 2.6.x", "Node 12.x", is that one cycle; "5.3+" a minimum)
            if "+" in m.group(3) or (_MIN_BEFORE.search(line[:m.start()]) and not _ONLY_WITH.search(line[:m.start()])) \
                    or _MIN_AFTER.match(line[m.end():]) \
                    or _MIN_NEAR.search(line[m.end():m.end() + 24]):
                continue
            if re.search(r"\]\([^)]*$", line[:m.start()]):  # (inside a link's address)
                continue
            version = ".".join(m.group(2).split(".")[:2])
            if "." not in version and _PRODUCTS[m.group(1).lower()] in ("python", "php", "ruby", "symfony"):
                continue  # ("Python 3", "Symfony 3.x": a range of releases, not one)
            product = _PRODUCTS[m.group(1).lower()]
            if product in ("debian", "centos"):
                version = version.split(".")[0]  # (Debian 10.5 is a point release of Debian 10)
            elif product == "ubuntu" and "." not in version:
                if int(version) % 2:
                    continue  # ("Ubuntu 19": no long-term release of that year)
                version += ".04"  # ("Ubuntu 18": the long-term release of that year, 18.04)
            v = re.match(r"^1\.([5-8])$", version) if m.group(1).lower() in ("java", "jdk", "openjdk") else None
            out.append((product, v.group(1) if v else version, i, line.strip()[:120]))
    return out


SYSTEMS = frozenset({"ubuntu", "debian", "centos", "alpine"})


def stated_in_readme(read_text, paths: list[str], versioned: set[str], system_deployed: bool = False) -> list[tuple[str, str, str, int, str]]:
    """(path, product, version, line, excerpt) of the root README's statements of a runtime not in ``versioned`` (the products
    the repository's files version). ``system_deployed``: the deployment code names the system its machines run (a Proxmox
    container's template); the README's systems are then not read, nor when the files version one system already: a README listing
    the systems a vendor supports ("Business Geografic assure une compatibilité de GEO uniquement sur … Debian 9 - Debian 10 …
    CentOS 7") beside a playbook deploying Rocky Linux 9 names no system the project runs on."""
    readme = readme_path(paths)
    versioned = versioned | ({"java"} if "eclipse-temurin" in versioned else set())  # (a Temurin package is the Java in use)
    if system_deployed or versioned & SYSTEMS:
        versioned = versioned | SYSTEMS
    if not readme:
        return []
    return [(readme, *v) for v in readme_versions(read_text(readme, limit=MAX_BYTES) or "") if v[0] not in versioned]
