"""Runtime versions a deployment kit pins in its Ansible roles and variables (``end_of_life``): a role's default
``postgresql_version: 15`` (roles/postgresql/defaults/main.yml, group_vars/all.yml), or the package a task installs with its
version in the name (``temurin-8-jre``, ``openjdk-11-jre-headless``, ``java-1.8.0-openjdk``, ``postgresql-13``, ``php7.4-fpm``).
Read as text from the YAML files of an Ansible layout (roles/, group_vars/, host_vars/, vars/, playbooks/), and from the install
commands (``apt-get install``, ``apk add``, ``yum``/``dnf install``) of Dockerfiles' ``RUN`` lines and shell scripts, never from their
comments; nothing is run. A version written as a template expression (``postgresql-{{ postgresql_version }}``) names no version: the
variable's default does (a Dockerfile's ``ARG``/``ENV`` default for ``postgresql-${PG_MAJOR}``). A Temurin package is judged by
Adoptium's support dates (``eclipse-temurin``), an OpenJDK or Zulu one as Java."""

from __future__ import annotations

import re

from auditor.data import load
from auditor.lazyre import lazy_compile

MAX_FILES = 80  # the shallowest first, in path order
ANSIBLE_DIRS = {"roles", "group_vars", "host_vars", "vars", "defaults", "playbooks"}
# a variable naming a runtime's version, at the start of a line ("postgresql_version: 15", "php_version: '7.4'")
_VERSION_VAR = lazy_compile(r"""^[^\S\n]*(postgresql|postgres|pg|php|python|nodejs|node|java|jdk|openjdk|temurin|ruby|mysql|mariadb|"""
                            r"""redis|tomcat|golang|go)_version:[^\S\n]*["']?(\d+(?:\.\d+)?)["']?[^\S\n]*(?:#[^\n]*)?$""", re.M | re.I)
_VAR_PRODUCT = {"postgresql": "postgresql", "postgres": "postgresql", "pg": "postgresql", "php": "php", "python": "python",
                "nodejs": "nodejs", "node": "nodejs", "java": "java", "jdk": "java", "openjdk": "java", "temurin": "eclipse-temurin",
                "ruby": "ruby", "mysql": "mysql", "mariadb": "mariadb", "redis": "redis", "tomcat": "tomcat", "golang": "go", "go": "go"}
# a package with its version in its name, as Debian's and Red Hat's repositories (and Adoptium's) name them
_PACKAGES = (
    ("eclipse-temurin", lazy_compile(r"\btemurin-(\d+)-(?:jre|jdk)(?:-headless)?\b")),  # Adoptium's builds: their own support dates
    ("java", lazy_compile(r"\b(?:openjdk|zulu)-(\d+)-(?:jre|jdk)(?:-headless)?\b")),
    ("java", lazy_compile(r"\bjava-(1\.[678]\.0|\d+)-openjdk\b")),
    ("postgresql", lazy_compile(r"\bpostgresql-?(\d{1,2}(?:\.\d)?)\b(?![.\w])")),
    ("php", lazy_compile(r"\bphp(\d\.\d)(?:-[a-z]+)?\b(?![.\w-])")),
)
# names only an install command gives a version: Debian's python3.8, Alpine's openjdk8-jre / php81-fpm / php7
_INSTALLED = (
    ("python", lazy_compile(r"(?<![\w/.-])python([23]\.\d{1,2})(?:-[a-z]+)?(?![.\w])")),
    ("java", lazy_compile(r"(?<![\w/.-])openjdk(\d{1,2})(?:-(?:jre|jdk)(?:-headless|-base)?)?(?![.\w])")),
    ("php", lazy_compile(r"(?<![\w/.-])php([5-8])(\d)?(?:-[a-z]+)?(?![.\w])")),
)
MAX_SCRIPTS = 80  # Dockerfiles and shell scripts read for install commands, the shallowest first
# an install command, up to the end of its shell command (&&, ;, |) on a logical line (continuations joined)
_INSTALL = lazy_compile(r"\b(?:apt-get|apt|aptitude|yum|dnf|microdnf|zypper)[^\S\n]+(?:-\S+[^\S\n]+)*install\b([^\n&;|]*)"
                        r"|\bapk[^\S\n]+(?:-\S+[^\S\n]+)*add\b([^\n&;|]*)")
_ALPINE_PIN = lazy_compile(r"""\balpine[\w]{0,24}?(?:_?(?:version|release|branch|distroname|distro|rel|ver|vers))\b["']?[^\S\n]*(?::?=|:-)[^\S\n]*["']?v?(3\.\d{1,2})(?![\d])"""
                           r"""|alpinelinux\.org/alpine/v(3\.\d{1,2})/""", re.I)
_DOCKER_DEFAULT = lazy_compile(r"^[^\S\n]*(?:ARG|ENV)[^\S\n]+(\w+)[=\s][^\S\n]*[\"']?([\w.-]+)", re.I | re.M)
_VAR_USE = lazy_compile(r"\$\{(\w+)\}|\$(\w+)")


def is_provision_file(path: str) -> bool:
    """A YAML file of an Ansible layout (roles/x/defaults/main.yml, group_vars/all.yml, vars/main.yml, playbooks/site.yml)."""
    segs = path.split("/")
    return segs[-1].lower().endswith((".yml", ".yaml")) and any(s in ANSIBLE_DIRS for s in segs[:-1])


def provision_files(paths: list[str]) -> list[str]:
    return sorted((p for p in paths if is_provision_file(p)), key=lambda p: (p.count("/"), p))[:MAX_FILES]


def is_install_script(path: str) -> bool:
    """A Dockerfile or a shell script, whose install commands name the packages a deployment gets."""
    low = path.rsplit("/", 1)[-1].lower()
    return low.startswith(("dockerfile", "containerfile")) or low.endswith((".dockerfile", ".sh", ".bash"))


def provisioned(read_text, paths: list[str], limit: int) -> list[tuple[str, str, str, int, str]]:
    """(path, product, version, line, excerpt) of the runtimes the Ansible files among ``paths`` pin, and the versioned packages
    the install commands of their Dockerfiles and shell scripts install (``read_text(path, limit=…)``)."""
    out = []
    scripts = sorted((p for p in paths if is_install_script(p)), key=lambda p: (p.count("/"), p))[:MAX_SCRIPTS]
    for p in provision_files(paths) + scripts:
        text = read_text(p, limit=limit) or ""
        seen = set()  # a version once per file (a task's name "INSTALLATION DU PAQUET temurin-8-jre", then its package)
        found = provisioned_versions(text) if is_provision_file(p) else installed_versions(text, docker=not p.lower().endswith((".sh", ".bash")))
        for product, version, pos, excerpt in found:
            product = _temurin_or_java(product, version)
            if (product, version) not in seen:
                seen.add((product, version))
                out.append((p, product, version, text.count("\n", 0, pos) + 1, excerpt))
    return out


def installed_versions(text: str, docker: bool) -> list[tuple[str, str, int, str]]:
    """(product, version, position, excerpt) of the versioned packages the install commands of a Dockerfile or a shell script name
    (``RUN apt-get install -y openjdk-8-jre postgresql-13``, ``apk add php81-fpm``); comments are not read."""
    defaults = dict(_DOCKER_DEFAULT.findall(text)) if docker else {}
    # logical lines: a line ending with a backslash goes on with the next; a comment line (Docker drops those inside a RUN) or a
    # comment's tail says nothing
    lines, start, buf = [], 0, []
    pos = 0
    for raw in text.split("\n"):
        if raw.lstrip().startswith("#"):
            pos += len(raw) + 1
            continue
        code = re.sub(r"(^|\s)#.*$", "", raw) if "#" in raw else raw
        if not buf:
            start = pos
        buf.append(code.rstrip().removesuffix("\\"))
        if not code.rstrip().endswith("\\"):
            lines.append((start, " ".join(buf)))
            buf = []
        pos += len(raw) + 1
    if buf:
        lines.append((start, " ".join(buf)))
    out = []
    for start, line in lines:
        # (a script building an Alpine system pins its release: `: "${ALPINE_VERSION:=v3.20}"`, ALPINE_BRANCH=v3.18, the mirror's
        # …alpinelinux.org/alpine/v3.20/main: the system the image it builds runs on; s45 fg45 = abotzung/foguefi's boot image builder)
        for m in ([] if docker else _ALPINE_PIN.finditer(line)):
            version = m.group(1) or m.group(2)
            at = text.find(m.group(0), start)
            out.append(("alpine", version, at if at >= 0 else start, m.group(0).strip()[:120]))
        for m in _INSTALL.finditer(line):
            args = _VAR_USE.sub(lambda a: defaults.get(a.group(1) or a.group(2), a.group(0)), m.group(1) or m.group(2) or "")
            for product, rx in _PACKAGES + _INSTALLED:
                for n in rx.finditer(args):
                    if "$" in args[max(0, n.start() - 2):n.start()] or "{{" in args[max(0, n.start() - 3):n.start()]:
                        continue
                    version = n.group(1) + ("." + n.group(2) if n.lastindex and n.lastindex > 1 and n.group(2) else "")
                    at = text.find(n.group(0), start)  # (the line the package is on, in a RUN continued over lines)
                    out.append((product, _normal(version), at if at >= 0 else start, n.group(0)))
    return sorted(out, key=lambda t: (t[2], t[0], t[1]))


def _temurin_or_java(product: str, version: str) -> str:
    """A Temurin release Adoptium never built (temurin-7-jre) is judged as Java."""
    if product == "eclipse-temurin" and version not in {str(c) for c in load("endoflife.yml")["products"]["eclipse-temurin"]["cycles"]}:
        return "java"
    return product


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


# the system a deployment creates its machine from: a Proxmox container's template (ostemplate: local:vztmpl/rockylinux-9-default_…
# .tar.xz), a Vagrant box (config.vm.box = "debian/bookworm64"), a cloud or VM image named with its distribution and release
# (not Ansible's template: module, whose sources may be named after a system: templates/ubuntu-sources.list.j2)
_SYSTEM_IMAGE = lazy_compile(r"""^[^\S\n]*(?:-[^\S\n]+)?(?:ostemplate|os_template|(?:config\.)?vm\.box|box|cloud_image|os_image)[^\S\n]*[:=]"""
                             r"""[^\n]*?(?<![a-z])(rockylinux|rocky|almalinux|alma|debian|ubuntu|centos|alpine|fedora|rhel|oraclelinux|opensuse)"""
                             r"""(?:[-_:]?v?(\d+(?:\.\d+)?)|/([a-z]+\d*))""", re.I | re.M)


def deployed_systems(read_text, paths: list[str], limit: int) -> list[tuple[str, int, str]]:
    """(path, line, excerpt) of the operating system images a deployment kit's own files create its machines from: its Ansible YAML
    (a Proxmox LXC's ostemplate) and its Vagrantfiles. A README's list of systems a vendor supports is then no system the project
    runs on (:func:`auditor.facts.scaling.eol_readme.stated_in_readme`)."""
    out = []
    files = provision_files(paths) + sorted(p for p in paths if p.rsplit("/", 1)[-1] == "Vagrantfile")[:5]
    for p in files:
        text = read_text(p, limit=limit) or ""
        for m in _SYSTEM_IMAGE.finditer(text):
            if "{{" in m.group(0) and "default" not in m.group(0):
                continue  # (a template expression with no default names no system)
            out.append((p, text.count("\n", 0, m.start()) + 1, m.group(0).strip()[:120]))
            break
    return out[:5]
