"""The Dockerfiles the project's CI builds and publishes: its released image (files.dockerfile's first cue).

Read, never run, from the CI files (GitHub Actions workflows, ``.gitlab-ci.yml``), as YAML (256 KB each, 30 files at most, by path):

- a ``docker/build-push-action`` step that pushes (``push:`` set and not ``false``): its ``file:``, else ``<context>/Dockerfile``;
- a job's commands that build with ``-f``/``--file`` (``docker build``, ``docker buildx build``, ``podman build``, ``buildah bud``), or
  without it from a context folder (``docker build -t $IMAGE_ID:latest .``: that folder's Dockerfile), and push (``docker push``,
  ``--push``) in the same job, or kaniko's ``--dockerfile`` (kaniko pushes unless ``--no-push``).

A Dockerfile a development compose file builds (a side service run beside the application) is not published: the one the release
pipeline pushes is the project's image. Paths as the repository names them (``./`` dropped, a context's folder joined); a path
with a CI variable in it is left out.
"""

from __future__ import annotations

import posixpath
import re

from auditor.lazyre import lazy_compile

CI_FILE = lazy_compile(r"^(\.github/workflows/[^/]+\.ya?ml|\.gitlab-ci\.ya?ml|\.gitlab/ci/[^/]+\.ya?ml)$")
MAX_FILES, MAX_BYTES = 30, 256 * 1024
_BUILD = lazy_compile(r"\b(?:docker\s+(?:buildx\s+)?build|podman\s+build|buildah\s+(?:bud|build))\b[^\n;&|]*?\s(?:-f|--file)[\s=]+['\"]?([^\s'\"]+)")
_BUILD_COMMAND = lazy_compile(r"\b(?:docker\s+(?:buildx\s+)?build|podman\s+build|buildah\s+(?:bud|build))\b([^\n;&|]*)")
_FILE_OPTION = lazy_compile(r"(?:^|\s)(?:-f|--file)(?:[\s=]|$)")
_PUSH = lazy_compile(r"\b(?:docker|podman|buildah)\s+push\b|\s--push\b")
_KANIKO = lazy_compile(r"(?:/kaniko/executor|\bexecutor)\b[^\n]*?\s--dockerfile[\s=]+['\"]?([^\s'\"]+)")
_NO_PUSH = lazy_compile(r"\s--no-push\b")


def _path(value, context: str = "") -> str | None:
    text = str(value or "").strip()
    if not text or "$" in text or "{" in text:
        return None
    text = posixpath.normpath(posixpath.join(context, text) if context and not text.startswith("/") else text.lstrip("/"))
    return None if text.startswith("..") else text.removeprefix("./")


def _context_dockerfile(args: str, context: str = "") -> str | None:
    """The Dockerfile a build without ``-f`` reads: the one in its context folder, the command's last word ("docker build -t
    $IMAGE_ID:latest ." builds ./Dockerfile); none when the last word is an option's value, a URL or standard input."""
    words = args.split()
    if not words or _FILE_OPTION.search(args) or words[-1].startswith("-") or len(words) >= 2 and words[-2].startswith("-") and "=" not in words[-2] \
            or "://" in words[-1] or words[-1].startswith("git@"):
        return None
    folder = _path(words[-1], context)
    return None if folder is None else "Dockerfile" if folder in (".", "") else f"{folder}/Dockerfile"


def _commands(value) -> str:
    """The shell text of a job's commands (``run:`` of its steps, ``script:``/``before_script:`` lists)."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "\n".join(_commands(x) for x in value[:200])
    return ""


def _from_commands(text: str, context: str = "") -> set[str]:
    out: set[str] = set()
    if _PUSH.search(text):
        out |= {p for m in _BUILD.finditer(text) if (p := _path(m.group(1), context))}
        out |= {p for m in _BUILD_COMMAND.finditer(text.replace("\\\n", " ")) if (p := _context_dockerfile(m.group(1), context))}
    for m in _KANIKO.finditer(text):
        line = text[m.start(): (text.find("\n", m.end()) + 1 or len(text) + 1) - 1]
        if not _NO_PUSH.search(line):
            out |= {p for p in [_path(m.group(1).replace("${CI_PROJECT_DIR}/", "").replace("$CI_PROJECT_DIR/", ""))] if p}
    return out


def _github_job(job: dict) -> set[str]:
    out: set[str] = set()
    steps = job.get("steps") if isinstance(job.get("steps"), list) else []
    run = "\n".join(_commands(s.get("run")) for s in steps[:200] if isinstance(s, dict))
    out |= _from_commands(run)
    for s in steps[:200]:
        if not isinstance(s, dict) or not str(s.get("uses") or "").startswith("docker/build-push-action"):
            continue
        w = s.get("with") if isinstance(s.get("with"), dict) else {}
        push = w.get("push")
        if push is None or str(push).strip().lower() in ("false", "0", ""):
            continue
        context = _path(w.get("context") or ".") or ""
        context = "" if context == "." else context
        found = _path(w.get("file")) if w.get("file") else _path("Dockerfile", context)
        if found:
            out.add(found)
    return out


def _gitlab_job(job: dict) -> set[str]:
    return _from_commands("\n".join(_commands(job.get(k)) for k in ("before_script", "script")))


def ci_published_images(snap, paths) -> set[str]:
    """The Dockerfiles (repository paths) the CI files among ``paths`` build and push."""
    from auditor import safeyaml

    out: set[str] = set()
    for path in sorted(p for p in paths if CI_FILE.match(p))[:MAX_FILES]:
        text = snap.read_text(path, MAX_BYTES)
        if not text or len(text) >= MAX_BYTES:
            continue
        try:
            doc = safeyaml.load(text)
        except Exception:  # noqa: BLE001 - an unreadable CI file publishes nothing we can read
            continue
        if not isinstance(doc, dict):
            continue
        if path.startswith(".github/"):
            jobs = doc.get("jobs") if isinstance(doc.get("jobs"), dict) else {}
            for job in list(jobs.values())[:100]:
                if isinstance(job, dict):
                    out |= _github_job(job)
        else:
            for job in list(doc.values())[:200]:  # (a hidden template job, .build, is read too: the jobs extending it run its commands)
                if isinstance(job, dict):
                    out |= _gitlab_job(job)
    return {re.sub(r"/{2,}", "/", p) for p in out}
