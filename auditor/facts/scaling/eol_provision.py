"""Runtime versions a deployment kit pins in its Ansible roles and variables (``end_of_life``): a role's default
``postgresql_version: 15`` (roles/postgresql/defaults/main.yml, group_vars/all.yml), or the package a task installs with its
version in the name (``temurin-8-jre``, ``openjdk-11-jre-headless``, ``java-1.8.0-openjdk``, ``postgresql-13``, ``php7.4-fpm``).
Read as text from the YAML files of an Ansible layout (roles/, group_vars/, host_vars/, vars/, playbooks/); nothing is run.
A version written as a template expression (``postgresql-{{ postgresql_version }}``) names no version: the variable's
default does."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

MAX_FILES = 80  # the shallowest first, in path order
ANSIBLE_DIRS = {"roles", "group_vars", "host_vars", "vars", "defaults", "playbooks"}
# a variable naming a runtime's version, at the start of a line ("postgresql_version: 15", "php_version: '7.4'")
_VERSION_VAR = lazy_compile(r"""^[^\S\n]*(postgresql|postgres|pg|php|python|nodejs|node|java|jdk|openjdk|temurin|ruby|mysql|mariadb|"""
                            r"""redis|tomcat|golang|go)_version:[^\S\n]*["']?(\d+(?:\.\d+)?)["']?[^\S\n]*(?:#[^\n]*)?$""", re.M | re.I)
_VAR_PRODUCT = {"postgresql": "postgresql", "postgres": "postgresql", "pg": "postgresql", "php": "php", "python": "python",
                "nodejs": "nodejs", "node": "nodejs", "java": "java", "jdk": "java", "openjdk": "java", "temurin": "java",
                "ruby": "ruby", "mysql": "mysql", "mariadb": "mariadb", "redis": "redis", "tomcat": "tomcat", "golang": "go", "go": "go"}
# a package with its version in its name, as Debian's and Red Hat's repositories (and Adoptium's) name them
_PACKAGES = (
    ("java", lazy_compile(r"\b(?:temurin|openjdk|zulu)-(\d+)-(?:jre|jdk)(?:-headless)?\b")),
    ("java", lazy_compile(r"\bjava-(1\.[678]\.0|\d+)-openjdk\b")),
    ("postgresql", lazy_compile(r"\bpostgresql-?(\d{1,2}(?:\.\d)?)\b(?![.\w])")),
    ("php", lazy_compile(r"\bphp(\d\.\d)(?:-[a-z]+)?\b(?![.\w-])")),
)


def is_provision_file(path: str) -> bool:
    """A YAML file of an Ansible layout (roles/x/defaults/main.yml, group_vars/all.yml, vars/main.yml, playbooks/site.yml)."""
    segs = path.split("/")
    return segs[-1].lower().endswith((".yml", ".yaml")) and any(s in ANSIBLE_DIRS for s in segs[:-1])


def provision_files(paths: list[str]) -> list[str]:
    return sorted((p for p in paths if is_provision_file(p)), key=lambda p: (p.count("/"), p))[:MAX_FILES]


def provisioned(read_text, paths: list[str], limit: int) -> list[tuple[str, str, str, int, str]]:
    """(path, product, version, line, excerpt) of the runtimes the Ansible files among ``paths`` pin (``read_text(path, limit=…)``)."""
    out = []
    for p in provision_files(paths):
        text = read_text(p, limit=limit) or ""
        seen = set()  # a version once per file (a task's name "INSTALLATION DU PAQUET temurin-8-jre", then its package)
        for product, version, pos, excerpt in provisioned_versions(text):
            if (product, version) not in seen:
                seen.add((product, version))
                out.append((p, product, version, text.count("\n", 0, pos) + 1, excerpt))
    return out


def provisioned_versions(text: str) -> list[tuple[str, str, int, str]]:
    """(product, version, position, excerpt) of the runtime versions a role's YAML pins, in order of position."""
    out = []
    for m in _VERSION_VAR.finditer(text):
        out.append((_VAR_PRODUCT[m.group(1).lower()], _normal(m.group(2)), m.start(), m.group(0).strip()))
    for product, rx in _PACKAGES:
        for m in rx.finditer(text):
            if "{{" in text[max(0, m.start() - 3):m.start()]:
                continue  # ("{{ pkg }}postgresql-13": a template, not a name)
            out.append((product, _normal(m.group(1)), m.start(), m.group(0)))
    return sorted(out, key=lambda t: (t[2], t[0]))


def _normal(version: str) -> str:
    """Java's old numbering (1.8.0) as its cycle (8)."""
    m = re.match(r"^1\.([678])(?:\.0)?$", version)
    return m.group(1) if m else version
