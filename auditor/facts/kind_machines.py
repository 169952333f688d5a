"""Programs run on a machine and deployments of a product built elsewhere, which no other kind rule recognised (issue 12, s22 d7).
Both real cases fell back to "library" for want of a rule:

- a .NET program: a project file (.csproj, .vbproj, .fsproj) whose ``<OutputType>`` is ``Exe`` or ``WinExe`` (or the Worker SDK,
  whose output is a program) builds an executable, not a class library. A window (``WinExe``, Windows Forms, WPF) or a Windows
  service (``Microsoft.Extensions.Hosting.WindowsServices``, ``UseWindowsService()``, a ``ServiceBase``) is a program installed and
  run on the machine, a desktop application in the kinds of this tool (MickaelLehayPaysDeLaLoire/ShutdownIfDontUsed, a Windows
  service shutting idle workstations down); a console program with neither is a command-line tool. Web projects (the Web SDK)
  and test projects are no such program, nor a Xamarin or .NET MAUI application for a telephone (a mobile application).
- the deployment of a product someone else builds: guides whose command lines run a published container image (``docker run``,
  ``docker pull``, ``podman run`` of ``ghcr.io/open-webui/open-webui:main``) that no Dockerfile of the repository builds, beside
  a few scripts and extensions of that product (CharlotteAudiar/dev_outils_dataIA, the kit of an agency's Open WebUI instance).

Read only: at most :data:`MAX_PROJECTS` project files and :data:`MAX_SOURCES` C# sources of 128 KB, :data:`MAX_DOCS` documents
of 128 KB, line by line, in path order; nothing is run.
"""

from __future__ import annotations

import re

from auditor.facts.inventory import is_test
from auditor.facts.kind_mobile import dotnet_mobile_reason
from auditor.lazyre import lazy_compile

MAX_PROJECTS, MAX_SOURCES, MAX_DOCS, READ_BYTES, MAX_LINE = 20, 200, 40, 128 * 1024, 2000
DOTNET_PROJECTS = ("csproj", "vbproj", "fsproj")
DOTNET_SOURCES = ("cs", "vb", "fs")
DOC_EXT = ("md", "markdown", "rst", "adoc", "txt")

_OUTPUT = lazy_compile(r"<OutputType>\s*(\w+)\s*</OutputType>", re.I)
_SDK = lazy_compile(r"<Project\b[^>]*\bSdk\s*=\s*[\"']([\w.\-/]+)[\"']", re.I)
_WINDOW = lazy_compile(r"<(UseWindowsForms|UseWPF)>\s*true\s*</", re.I)
_TEST_PROJECT = lazy_compile(r"<PackageReference\b[^>]*\bInclude\s*=\s*[\"'](?:Microsoft\.NET\.Test\.Sdk|xunit|NUnit|MSTest\.TestFramework)[\"']", re.I)
_UNITY = lazy_compile(r"\bUnityEngine\b")
_SERVICE_PACKAGE = lazy_compile(r"<PackageReference\b[^>]*\bInclude\s*=\s*[\"']Microsoft\.Extensions\.Hosting\.WindowsServices[\"']", re.I)
# a Windows service in the code: the generic host run as a service, or a System.ServiceProcess service class
_SERVICE_CODE = lazy_compile(r"\.\s*(?:UseWindowsService|AddWindowsService)\s*\(|:\s*(?:System\.ServiceProcess\.)?ServiceBase\b|\bServiceBase\.Run\s*\(")


def dotnet_program(ctx, files) -> tuple[str, str, str] | None:
    """(project file, kind, reason) of the .NET program the repository builds: ``desktop-application`` for a window or a Windows
    service, ``cli-tool`` for a console program; None when no project file of its own (tests and Unity's aside) builds a program."""
    projects = sorted(e.path for e in files if e.ext.lower() in DOTNET_PROJECTS and not is_test(e.path))[:MAX_PROJECTS]
    programs = []
    for path in projects:
        text = ctx.snapshot.read_text(path, limit=READ_BYTES) or ""
        sdk = _SDK.search(text)
        sdk_name = sdk.group(1).lower() if sdk else ""
        if _UNITY.search(text):  # (the projects Unity writes for a game's scripts: the player Unity builds, judged elsewhere)
            return None
        if dotnet_mobile_reason(text):
            continue  # (a Xamarin or .NET MAUI application for a telephone: every iOS one has OutputType Exe, judged a mobile application)
        if _TEST_PROJECT.search(text) or sdk_name.startswith(("microsoft.net.sdk.web", "microsoft.net.sdk.razor", "microsoft.net.sdk.blazor")):
            continue  # (a test runner; a web project is a server, judged by its HTTP code)
        output = _OUTPUT.search(text)
        kind = output.group(1).lower() if output else ("exe" if sdk_name == "microsoft.net.sdk.worker" else "library")
        if kind in ("exe", "winexe"):
            programs.append((path, kind, text))
    if not programs:
        return None
    path, output, text = programs[0]
    if output == "winexe" or _WINDOW.search(text):
        return path, "desktop-application", f"Windows program (.NET, OutputType {'WinExe' if output == 'winexe' else 'Exe'} with a window)"
    folder = path.rsplit("/", 1)[0] + "/" if "/" in path else ""
    service = bool(_SERVICE_PACKAGE.search(text))
    if not service:
        sources = sorted(e.path for e in files if e.ext.lower() in DOTNET_SOURCES and e.path.startswith(folder) and not is_test(e.path))[:MAX_SOURCES]
        service = any(_SERVICE_CODE.search(ctx.snapshot.read_text(p, limit=READ_BYTES) or "") for p in sources)
    if service:
        return path, "desktop-application", "Windows service (.NET executable installed and run on the machine)"
    return path, "cli-tool", "console program (.NET executable, OutputType Exe)"


# a command line running or pulling a container image: "docker run …", "$ sudo docker pull …", "podman container run …" (at the
# start of the line, after a list marker, a prompt or a backtick: a command given, not a word of prose)
_RUN = lazy_compile(r"^(?:[-*+]|\d{1,3}[.)])?[^\S\n]*`{0,3}[^\S\n]*(?:\$[^\S\n]+)?(?:sudo[^\S\n]+)?(?:docker|podman)[^\S\n]+(?:(?:container|image)[^\S\n]+)?(run|pull|create)[^\S\n]")
_IMAGE = lazy_compile(r"(?:[a-z0-9][a-z0-9.-]{0,100}(?::\d{1,5})?/)?[a-z0-9][a-z0-9._-]{0,100}(?:/[a-z0-9][a-z0-9._-]{0,100}){0,4}(?::[\w][\w.-]{0,100})?(?:@sha256:[0-9a-f]{64})?")
# options taking no value (the others take the next word: -p 8080:8080, -v data:/data, --name x)
_BARE_OPTIONS = frozenset({"-d", "-i", "-t", "-it", "-ti", "-dit", "-itd", "-P", "-q", "-a", "--detach", "--interactive", "--tty", "--rm", "--privileged",
                           "--init", "--read-only", "--quiet", "--all-tags", "--publish-all", "--no-healthcheck", "--oom-kill-disable"})
_CONTINUED = ("\\", "`", "^")
_TRIVIAL_IMAGES = frozenset({"hello-world", "busybox"})


def _image_of(words: list[str]) -> str | None:
    """The image a docker/podman command line names: the first word after the options (and their values)."""
    skip = False
    for word in words:
        if skip:
            skip = False
        elif word.startswith("-"):
            skip = not ("=" in word or word in _BARE_OPTIONS)
        else:
            word = word.strip("`\"'")
            return word if _IMAGE.fullmatch(word) and word.split(":", 1)[0].rsplit("/", 1)[-1] not in _TRIVIAL_IMAGES else None
    return None


def documented_images(ctx, files) -> list[tuple[str, int, str]]:
    """(document, line, image) of each container image the repository's documents (the root's and their folders', one level deep)
    tell to run or pull, the first of each image, in path order: at most :data:`MAX_DOCS` documents read."""
    docs = sorted(e.path for e in files if e.ext.lower() in DOC_EXT and e.path.count("/") <= 1 and not is_test(e.path))[:MAX_DOCS]
    found: dict[str, tuple[str, int, str]] = {}
    for path in docs:
        lines = (ctx.snapshot.read_text(path, limit=READ_BYTES) or "").splitlines()
        for i, line in enumerate(lines):
            line = line[:MAX_LINE].strip()
            m = _RUN.match(line)
            if not m:
                continue
            command = line[m.end():]
            for nxt in lines[i + 1:i + 9]:  # (a command continued on the next lines: "\", PowerShell's "`", cmd's "^")
                if not command.rstrip().endswith(_CONTINUED):
                    break
                command = command.rstrip()[:-1] + " " + nxt[:MAX_LINE].strip()
            image = _image_of(command.replace("`", " ").split()[:60])
            if image and image not in found:
                found[image] = (path, i + 1, image)
    return sorted(found.values(), key=lambda f: (f[0], f[1]))[:3]
