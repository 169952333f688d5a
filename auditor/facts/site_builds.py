"""A static site generator's build run from an npm script (issue 12, s36 j36): a VuePress site kept in a sub-folder
(rapport-alternance/.vuepress/config.js) with its own package.json beside it, ``"docs:build": "vuepress build ."``. That script is
how the site is regenerated, whatever its name (VuePress's and VitePress's guides name it docs:build) and wherever the site's
folder is; read by the ``install_recipes`` fact (``site_builds``), kept by reusability.install for a static site only."""

from __future__ import annotations

import re
import shlex

from auditor import safejson
from auditor.facts.inventory import is_vendored
from auditor.lazyre import lazy_compile

MAX_BYTES = 256 * 1024
MAX_PACKAGES = 20
MAX_SCRIPTS = 200
# A site generator's command that writes the site (not its development server): VuePress, VitePress, Docusaurus, Gatsby, Astro,
# Gridsome, Retype, HonKit/GitBook, Zola, Jekyll, MkDocs, Quartz `… build`; Hexo's `generate` (or `g`), Nuxt's `generate`;
# Eleventy and Hugo build when run bare (not `--serve`/`--watch`, not `hugo server`); sphinx-build; Antora's playbook
GENERATOR_BUILD = lazy_compile(
    r"(?<![\w@/.-])(?:(?:vuepress|vitepress|docusaurus|gatsby|astro|gridsome|retype|honkit|gitbook|zola|jekyll|mkdocs|quartz)[ \t]+build"
    r"|hexo[ \t]+(?:generate|g)|nuxi?[ \t]+generate|(?:@11ty/)?eleventy(?![^;&|\n]*--(?:serve|watch))"
    r"|hugo(?![ \t]+(?:server|serve|new|mod|version|env|config))|sphinx-build|antora)(?![\w-])")


def site_builds(snap, paths: list[str]) -> list[list[str]]:
    """``[package.json path, script name, command]`` for each package.json at most two folders down (not vendored, the first twenty
    by depth then path) one of whose scripts runs a static site generator's build (:data:`GENERATOR_BUILD`); its first such
    script, in the manifest's order."""
    found = sorted((p for p in paths if (p == "package.json" or p.endswith("/package.json")) and p.count("/") <= 2 and not is_vendored(p)),
                   key=lambda p: (p.count("/"), p))[:MAX_PACKAGES]
    out = []
    for path in found:
        try:
            data = safejson.loads(snap.read_text(path, limit=MAX_BYTES) or "")
        except ValueError:
            continue
        scripts = data.get("scripts") if isinstance(data, dict) else None
        if not isinstance(scripts, dict):
            continue
        hit = next(([str(k), v[:200]] for k, v in list(scripts.items())[:MAX_SCRIPTS] if isinstance(v, str) and GENERATOR_BUILD.search(v[:2000])), None)
        if hit:
            out.append([path, *hit])
    return out


# A CI job's step copying the built site to a host (issue 12, s42 fe42 = nastoo/culture-saint-romans: `hugo --minify` then
# burnett01/rsync-deployments to the commune's server): an rsync, scp, SFTP, FTP or SSH deploy action, or such a command (rsync, scp,
# lftp, sftp, an object store's sync, a static host's CLI deploy)
_PUSH_ACTION = lazy_compile(r"\buses:[ \t]*['\"]?[\w.-]+/[\w.-]*(?:rsync|scp|sftp|ftp|ssh-deploy|ssh-action|s3-sync|netlify|surge|pages-action|"
                            r"static-web-apps-deploy|firebase|wrangler)[\w.-]*@", re.I)
_PUSH_COMMAND = lazy_compile(r"(?<![\w./-])(?:rsync|scp|lftp|sftp|ncftpput|(?:aws[ \t]+s3|gsutil(?:[ \t]+-m)?)[ \t]+(?:sync|cp|rsync)|netlify[ \t]+deploy"
                             r"|firebase[ \t]+deploy|surge|wrangler[ \t]+(?:pages[ \t]+)?(?:deploy|publish)|az[ \t]+storage[ \t]+blob[ \t]+upload-batch)(?![\w-])")
_NPM_BUILD = lazy_compile(r"(?<![\w./-])(?:npm|pnpm|yarn)(?:[ \t]+run)?[ \t]+(?:build|generate|export)(?![\w-])")
_YAML_COMMENT = lazy_compile(r"^[ \t]*#[^\n]*$", re.M)


def ci_publishes_site(text: str) -> bool:
    """The CI file ``text`` builds a static site with its generator (:data:`GENERATOR_BUILD`, or an npm script's build) and copies the
    output to a host (:data:`_PUSH_ACTION`, :data:`_PUSH_COMMAND`): the site's automatic publication, whatever the host."""
    text = _YAML_COMMENT.sub("", text[:MAX_BYTES])
    built = GENERATOR_BUILD.search(text) or _NPM_BUILD.search(text)
    return bool(built and (_PUSH_ACTION.search(text) or _PUSH_COMMAND.search(text)))


# The local folder a CI step copies to a host (issue 12, s43 ft43, the rule fe42 left open: a plain-HTML site, no generator): an
# rsync or scp command's first argument that is no option and no remote (no "host:"), lftp's "mirror -R <folder>", or a deploy
# action's source key (path, local-dir, local_path, source, source-dir, folder, dir…)
_COPY_COMMAND = lazy_compile(r"(?<![\w./-])(?:rsync|scp)[ \t]+(?P<args>[^\n|;&]{1,1000})")
_LFTP_MIRROR = lazy_compile(r"\bmirror\b(?:[ \t]+-[\w-]+(?:=\S+)?)*[ \t]+(?:-R|--reverse)(?:[ \t]+-[\w-]+(?:=\S+)?)*[ \t]+(?P<src>[^\s'\";]+)")
_SOURCE_KEY = lazy_compile(r"^[ \t]*(?:path|local[-_]dir|local[-_]path|source|source[-_]dir|src|folder|dir|local[-_]folder|local_path)[ \t]*:[ \t]*"
                           r"['\"]?(?P<src>[^\s'\"#]*)['\"]?[ \t]*$", re.M | re.I)


def _folder(src: str) -> str:
    """A copied source as a folder of the repository ("" for its root): ./site/ → site, . or ./ or * → "" ; a parent (..) or an
    absolute path outside the checkout → None."""
    src = src.strip().strip("'\"")
    src = re.sub(r"^\$\{?\{?[ \t]*github\.workspace[ \t]*\}?\}?/?|^\$CI_PROJECT_DIR/?", "", src)
    src = src.removeprefix("./").rstrip("*").strip("/")
    src = "" if src in (".", "") else src
    return None if src.startswith(("..", "/", "$", "~")) or ".." in src.split("/") else src


def ci_copies_site(text: str, paths) -> bool:
    """The CI file ``text`` copies to a host (:data:`_PUSH_ACTION`, :data:`_PUSH_COMMAND`) a folder of the repository holding a
    committed ``index.html`` (``paths``: the repository's files): a plain-HTML site published as it is, no generator needed. A data
    folder copied (no index.html in it) is no publication."""
    text = _YAML_COMMENT.sub("", text[:MAX_BYTES])
    if not (_PUSH_ACTION.search(text) or _PUSH_COMMAND.search(text)):
        return False
    sources = [m.group("src") for m in _LFTP_MIRROR.finditer(text)]
    for m in _COPY_COMMAND.finditer(text):  # (its arguments up to the remote "host:path": the local ones, options and their values aside)
        try:
            words = shlex.split(m.group("args"))
        except ValueError:
            continue
        for word in words[:40]:
            if ":" in word:
                break
            if not word.startswith("-"):
                sources.append(word)
    if _PUSH_ACTION.search(text):
        sources += [m.group("src") for m in _SOURCE_KEY.finditer(text)]
    folders = {f for f in (_folder(s) for s in sources[:50]) if f is not None}
    return any((f + "/index.html" if f else "index.html") in paths for f in folders)
