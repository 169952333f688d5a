"""Python packages a Dockerfile installs by name: ``RUN pip install fastapi==0.65.1 SQLAlchemy==1.3.23 geoalchemy2 …`` (and a
shell install script's ``pip install`` lines, read alike: :func:`script_manifests`).

A back end whose image is built from such a line has no other list of its dependencies: ``backend/Dockerfile.base`` of an
application whose 114 Python files import FastAPI, SQLAlchemy, GeoAlchemy2, Celery… and no requirements.txt, pyproject.toml
or Pipfile anywhere (issue 12, s36 a36 = naturalsolutions/ecoteka). That line is the project's declaration of its Python
dependencies, read here as a manifest (the ``manifests`` fact): unlocked unless every package is pinned (``==``), the versions
read by the end-of-life fact where they name a framework it follows.

Read as text, never run: the ``RUN`` instructions (shell form, lines continued by a backslash, comment lines inside dropped; exec
form ``["pip", "install", …]``), each command of a chain (``&&``, ``;``, ``||``, ``|``) that runs ``pip``/``pip3``/``pip3.11``,
``python -m pip``/``python3 -m pip`` or ``uv pip`` with ``install``. What it names: the requirements (``name``, ``name[extra]``,
``name==1.2``, ``"name>=2"``). Not packages: a requirements or constraints file (``-r``, ``-c``: a manifest of its own), an
editable or local project (``-e .``, ``.``, a path, an archive), an address (``git+https://…``), a variable (``$PACKAGES``), an
option's value (``--prefix=/install``, ``-i <index>``); nor pip, setuptools and wheel, the installer's own tools, nor the
packaging and environment tools (poetry, pipenv, uv, pip-tools, virtualenv, hatch, pdm, build, twine…) that install or package
the project. An image whose only Python installs are documentation tools (Sphinx, MkDocs, their themes and extensions: a C++
application's build image installing Sphinx for its manual, IGNF/Comp3D) builds the documentation: it declares nothing of the
project's, no manifest. ``npm install``, ``apt-get install``, ``apk add`` lines are no Python declaration."""

from __future__ import annotations

import re
import shlex

from auditor import safejson
from auditor.lazyre import lazy_compile

MAX_DOCKERFILES = 40
MAX_BYTES = 256 * 1024
MAX_PACKAGES = 500
_RUN = lazy_compile(r"^[ \t]*RUN[ \t]+(.*)$", re.I | re.S)
_RUN_OPTION = lazy_compile(r"^--[\w-]+=\S*[ \t]+")  # RUN --mount=type=cache,target=/root/.cache pip install …
_SPLIT = lazy_compile(r"&&|\|\||;|\|")
_ASSIGNMENT = lazy_compile(r"^[A-Za-z_]\w*=")
_PIP = lazy_compile(r"^pip(?:\d+(?:\.\d+)?)?$")
_PYTHON = lazy_compile(r"^python(?:\d+(?:\.\d+)?)?$")
# pip's options taking a value as the next word (a value given with "=" is one word)
_VALUE_OPTIONS = frozenset({"-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-i", "--index-url", "--extra-index-url",
                            "-f", "--find-links", "--prefix", "-t", "--target", "--root", "--src", "--trusted-host", "--platform",
                            "--python-version", "--implementation", "--abi", "--upgrade-strategy", "--progress-bar", "--global-option",
                            "--install-option", "-C", "--config-settings", "--cache-dir", "--log", "--proxy", "--retries", "--timeout",
                            "--exists-action", "--cert", "--client-cert", "--root-user-action", "--report", "--only-binary",
                            "--no-binary", "--python", "--python-platform", "--index-strategy", "--keyring-provider"})
_REQUIREMENT = lazy_compile(r"^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)(\[[^\]]*\])?[ \t]*((?:===?|~=|!=|<=?|>=?)[^;]*)?(?:;.*)?$")
_PINNED = lazy_compile(r"^===?[ \t]*[\w.+!-]+$")
# the installer's own tools and the packaging and environment tools an image installs to install or package the project (``RUN pip
# install poetry`` then ``poetry install``: MTES-MCT/bea-sea-event-manager, s36 m36): none of the project's dependencies
_INSTALLER_TOOLS = frozenset({"pip", "setuptools", "wheel", "poetry", "pipenv", "uv", "pip-tools", "virtualenv", "hatch", "pdm", "build",
                              "twine", "pipx", "flit"})


def _instructions(text: str) -> list[tuple[int, str]]:
    """The Dockerfile's instructions, each with the line it starts on: continued lines joined (a backslash at the end of a line),
    comment lines inside an instruction dropped, as Docker reads them."""
    out: list[tuple[int, str]] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(text.splitlines(), 1):
        if current and line.lstrip().startswith("#"):
            continue  # (a comment line inside a continued instruction)
        if not current:
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            start = number
        stripped = line.rstrip()
        if stripped.endswith("\\"):
            current.append(stripped[:-1])
            continue
        current.append(stripped)
        out.append((start, " ".join(current)))
        current = []
    if current:
        out.append((start, " ".join(current)))
    return out


def _drop_comment(body: str) -> str:
    """The shell command without its comment: from an unquoted ``#`` opening a word to the end (the shell reads no further, the
    lines Docker joined after it included: ``pip install --no-deps -r requirements.txt  # some dependencies dont like …``)."""
    quote, i = None, 0
    while i < len(body):
        c = body[i]
        if quote:
            if c == "\\" and quote == '"':
                i += 1  # (an escaped character inside double quotes)
            elif c == quote:
                quote = None
        elif c in "'\"":
            quote = c
        elif c == "#" and (i == 0 or body[i - 1] in " \t"):
            return body[:i]
        i += 1
    return body


def _words(command: str) -> list[str]:
    try:
        return shlex.split(command, comments=False, posix=True)
    except ValueError:  # (an unclosed quote: the words as written)
        return command.split()


def _install_args(words: list[str]) -> list[str] | None:
    """The arguments of a pip install command (``words``: one command of a chain), or None when it is none."""
    while words and (words[0] in ("sudo", "env", "exec", "time", "nice") or _ASSIGNMENT.match(words[0]) or (words[0].startswith("-") and words[0] != "-m")):
        words = words[1:]  # (sudo -H pip …, env PIP_NO_CACHE_DIR=1 pip …)
    if not words:
        return None
    head = words[0].rsplit("/", 1)[-1]  # (/opt/venv/bin/pip, /usr/local/bin/python3)
    if _PIP.match(head):
        rest = words[1:]
    elif _PYTHON.match(head) and words[1:3] == ["-m", "pip"]:
        rest = words[3:]
    elif head == "uv" and words[1:2] == ["pip"]:
        rest = words[2:]
    else:
        return None
    while rest and rest[0].startswith("-"):  # pip's general options before the command (pip --no-cache-dir install …)
        rest = rest[2:] if rest[0] in _VALUE_OPTIONS else rest[1:]
    return rest[1:] if rest and rest[0] == "install" else None


def _requirements(args: list[str]) -> list[tuple[str, str, str]]:
    """(name, requirement as written, version specifier) for each package an install command names (see the module's doc for what is none)."""
    out = []
    skip = False
    for word in args:
        if skip:
            skip = False
            continue
        if word.startswith("-"):
            skip = word in _VALUE_OPTIONS
            continue
        if "$" in word or "/" in word or "\\" in word or "://" in word or word.startswith(".") or re.search(r"\.(whl|tar\.gz|zip|tgz|egg)$", word, re.I):
            continue  # a variable, a path, an archive, an address: no package named
        m = _REQUIREMENT.match(word.strip())
        if m and m.group(1).lower() not in _INSTALLER_TOOLS:
            out.append((m.group(1), word.strip(), (m.group(3) or "").strip()))
    return out


def dockerfile_requirements(text: str) -> list[dict]:
    """``[{"name", "requirement", "line", "pinned"}]``: the Python packages the Dockerfile's RUN instructions install by name, in
    order, each once (its first line)."""
    out: list[dict] = []
    seen: set[str] = set()
    for line, instruction in _instructions(text[:MAX_BYTES]):
        m = _RUN.match(instruction)
        if not m:
            continue
        body = m.group(1).strip()
        while _RUN_OPTION.match(body):
            body = _RUN_OPTION.sub("", body, count=1)
        commands: list[list[str]]
        if body.startswith("["):  # the exec form: RUN ["pip", "install", "flask"]
            try:
                words = safejson.loads(body)
            except ValueError:
                continue
            commands = [words] if isinstance(words, list) and all(isinstance(w, str) for w in words) else []
        else:
            commands = [_words(part) for part in _SPLIT.split(_drop_comment(body))]
        for words in commands:
            args = _install_args(words)
            for name, requirement, spec in _requirements(args or []):
                if name.lower() not in seen and len(out) < MAX_PACKAGES:
                    seen.add(name.lower())
                    out.append({"name": name, "requirement": requirement, "line": line, "pinned": bool(_PINNED.match(spec))})
    return out


def dockerfile_manifests(snap, live: list, python_sources: list[str]) -> list[dict]:
    """The ``manifests`` fact's entries of the Dockerfiles (``live``: the repository's own files) whose RUN instructions pip-install
    packages by name, when the repository has Python code of its own (``python_sources``; a Node front end's image installing
    a tool with pip declares nothing of the project's). Ecosystem ``pip``, ``"dockerfile": True``, the packages written
    without an exact version in ``unpinned``; locked by itself when every one is pinned (``==``). A documentation site's, a CI
    machine's, a development workspace's or a test's image installs tools (``tooling``), as a docs/requirements.txt does; an image installing
    documentation generators only (Sphinx and its extensions in an application's build image) is no manifest."""
    from auditor.facts.container_files import CI_IMAGE, DEV_WORKSPACE
    from auditor.facts.inventory import DOCKERFILE, is_doc, is_test
    from auditor.facts.requirement_files import docs_build_only

    if not python_sources:
        return []
    out = []
    for e in sorted((e for e in live if DOCKERFILE.search(e.path)), key=lambda e: (e.path.count("/"), e.path))[:MAX_DOCKERFILES]:
        found = dockerfile_requirements(snap.read_text(e.path, limit=MAX_BYTES) or "")
        if not found:
            continue
        names = [r["name"] for r in found]
        if docs_build_only(names):  # (the documentation's generator and its themes, wherever the image lies: no dependency of the project)
            continue
        unpinned = [r["name"] for r in found if not r["pinned"]]
        entry = {"path": e.path, "ecosystem": "pip", "name": None, "dependencies": names, "dev_dependencies": [],
                 "lockfile": None if unpinned else e.path, "error": None, "dockerfile": True, "unpinned": unpinned[:50]}
        docs = is_doc(e.path)
        if docs or CI_IMAGE.search(e.path) or DEV_WORKSPACE.search(e.path) or is_test(e.path):
            entry.update(dependencies=[], dev_dependencies=names, tooling=True, docs_build=docs)
        out.append(entry)
    return out


# -- shell install scripts --------------------------------------------------------------------------------------------------------
# A project installed by its own shell script runs the same command there: ``pip install requests configparser ipaddress datetime
# jinja2`` in main_scripts/hook.sh, which its README has the reader run, beside the Dockerfile's RUN pip install of four of them
# (issue 12, s43 fb43 = lecoqal/pphook: "declared only by the Dockerfile's pip install" was false). Read as the Dockerfile's RUN
# lines are (text, never run; continued lines joined, comment lines and a command's comment dropped: ``# pip install x`` declares
# nothing), each command of a line, after the shell's ``then``/``do``/``else`` opening it. Bounded: MAX_SCRIPTS scripts, MAX_BYTES each.
MAX_SCRIPTS = 40
MAX_PYTHON_FILES = 200
SHELL_SCRIPT = lazy_compile(r"\.(?:sh|bash)$", re.I)
_SHELL_OPENERS = frozenset({"then", "do", "else", "{", "(", "!"})
# developers' tools a script installs to check or test the code, not to run it
_DEV_TOOLS = frozenset({"pre-commit", "black", "ruff", "flake8", "pylint", "isort", "mypy", "pyright", "pytest", "pytest-cov", "tox",
                        "nox", "coverage", "bandit", "autopep8", "yapf", "pycodestyle", "pydocstyle"})


def script_requirements(text: str) -> list[dict]:
    """``[{"name", "requirement", "line", "pinned"}]``: the Python packages a shell script's pip install commands name, in order,
    each once (its first line)."""
    out: list[dict] = []
    seen: set[str] = set()
    for line, command_line in _instructions(text[:MAX_BYTES]):
        for part in _SPLIT.split(_drop_comment(command_line)):
            words = _words(part)
            while words and words[0] in _SHELL_OPENERS:
                words = words[1:]
            for name, requirement, spec in _requirements(_install_args(words) or []):
                if name.lower() not in seen and len(out) < MAX_PACKAGES:
                    seen.add(name.lower())
                    out.append({"name": name, "requirement": requirement, "line": line, "pinned": bool(_PINNED.match(spec))})
    return out


def _imported(snap, python_sources: list[str]) -> set[str]:
    """The top-level modules the project's Python code imports, in lower case (the first MAX_PYTHON_FILES files, MAX_BYTES each)."""
    from auditor.facts.python_imports import _FROM, _IMPORT

    out: set[str] = set()
    for path in sorted(python_sources)[:MAX_PYTHON_FILES]:
        text = snap.read_text(path, limit=MAX_BYTES) or ""
        out |= {m.group(1).split(".")[0].lower() for m in _FROM.finditer(text)}
        out |= {part.strip().split()[0].split(".")[0].lower() for m in _IMPORT.finditer(text) for part in m.group(1).split(",") if part.strip()}
    return out


def _modules_of(package: str) -> set[str]:
    """The module names a distribution is imported by: its own name (``-`` read ``_``), or the module whose distribution it is (pyyaml: yaml)."""
    from auditor.facts.python_imports import DISTRIBUTIONS

    low = package.lower()
    return {low.replace("-", "_").replace(".", "_")} | {m.lower() for m, dists in DISTRIBUTIONS.items() if low in dists}


def script_manifests(snap, live: list, python_sources: list[str]) -> list[dict]:
    """The ``manifests`` fact's entries of the repository's shell scripts (``live``) whose pip install commands name packages, one of
    them at least imported by the project's own Python code (a kit installing the applications it deploys declares none of its
    code's), when the repository has Python code of its own: ecosystem ``pip``, ``"script": True``, ``unpinned`` as a Dockerfile's. A CI's, a
    development workspace's, a test's or a documentation folder's script, or one installing developers' tools only, installs
    tools (``tooling``); one installing documentation generators only is no manifest."""
    from auditor.facts.container_files import CI_IMAGE, DEV_WORKSPACE
    from auditor.facts.inventory import CI_DIRS, is_doc, is_test
    from auditor.facts.requirement_files import docs_build_only

    if not python_sources:
        return []
    out = []
    imported: set[str] | None = None
    for e in sorted((e for e in live if SHELL_SCRIPT.search(e.path)), key=lambda e: (e.path.count("/"), e.path))[:MAX_SCRIPTS]:
        found = script_requirements(snap.read_text(e.path, limit=MAX_BYTES) or "")
        names = [r["name"] for r in found]
        if not found or docs_build_only(names):
            continue
        imported = _imported(snap, python_sources) if imported is None else imported
        if not any(_modules_of(n) & imported for n in names):
            continue  # (a deployment kit pip-installing the applications it deploys: none is what the project's own code imports)
        unpinned = [r["name"] for r in found if not r["pinned"]]
        entry = {"path": e.path, "ecosystem": "pip", "name": None, "dependencies": names, "dev_dependencies": [],
                 "lockfile": None if unpinned else e.path, "error": None, "script": True, "unpinned": unpinned[:50]}
        docs = is_doc(e.path)
        if docs or e.path.split("/", 1)[0].lower() in CI_DIRS or CI_IMAGE.search(e.path) or DEV_WORKSPACE.search(e.path) \
                or is_test(e.path) or all(n.lower() in _DEV_TOOLS for n in names):
            entry.update(dependencies=[], dev_dependencies=names, tooling=True, docs_build=docs)
        out.append(entry)
    return out
