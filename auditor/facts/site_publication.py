"""How a static site served as it is gets published, when no install or deployment section of its README says it (issue 12, s38
fd38 = reader rb38's CEN-Nouvelle-Aquitaine/Sentier_pedagogique19: a hand-written trail site whose README lists "Déploiement via
GitHub Pages" under its technologies, beside a root CNAME naming the site's own domain).

- ``cname``: ``[path, domain]`` when the root holds a CNAME file naming one domain beside a root index.html: GitHub Pages' (or
  Surge's) custom-domain file, so the branch is published as it is, at that domain, on every push;
- ``readme_line``: ``[line, text]`` of the README's first line (outside code blocks) naming a static host the site is published
  on (GitHub or GitLab Pages, Netlify, Vercel, Cloudflare Pages, Surge) with a word of publication (déploiement, publié, hébergé,
  mis en ligne, deployed, hosted, published, served…).

Read as text, bounded: the CNAME file up to 1 KiB, the README's first 256 KiB and lines of at most 400 characters.
"""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.lazyre import lazy_compile

MAX_README_BYTES = 256 * 1024
MAX_LINE = 400
_DOMAIN = lazy_compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}", re.I)
_HOST = lazy_compile(r"\b(?:GitHub|GitLab|Codeberg|Gitea|Forgejo|Framagit)[ -]?Pages\b|\bgh-pages\b|\bNetlify\b|\bVercel\b|"
                     r"\bCloudflare[ -]Pages\b|\bsurge\.sh\b", re.I)
_PUBLISHED = lazy_compile(r"d[ée]ploi|d[ée]ploy|\bdeploy|publi[ée]|publication|\bpublish|h[ée]berg|\bhost(?:ed|ing)?\b|\bserved\b|"
                          r"\bservi\b|mis en ligne|mise en ligne|en ligne (?:sur|via|avec)|\bonline\b", re.I)
_FENCE = lazy_compile(r"^\s*(?:```|~~~)")


def readme_publication(text: str) -> list | None:
    """``[line, text]`` of the first line naming a static host with a word of publication, outside fenced code blocks."""
    fenced = False
    for number, line in enumerate(text.split("\n"), 1):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if fenced or len(line) > MAX_LINE:
            continue
        if _HOST.search(line) and _PUBLISHED.search(line):
            return [number, re.sub(r"^[\s>*#+-]+", "", line).strip()[:120]]
    return None


@fact("site_publication", version=1, public=False)
def site_publication(ctx) -> dict:
    """``{"cname": [path, domain] | None, "readme_line": [line, text] | None}`` (see the module's docstring)."""
    files = ctx.snapshot.files
    cname = None
    entry = files.get("CNAME")
    if entry is not None and entry.kind == "file" and entry.size <= 1024 and ("index.html" in files or "index.htm" in files):
        domain = (ctx.snapshot.read_text("CNAME", limit=1024) or "").strip()
        if _DOMAIN.fullmatch(domain):
            cname = ["CNAME", domain.lower()]
    readme = (ctx.fact("files") or {}).get("readme")
    line = readme_publication(ctx.snapshot.read_text(readme, limit=MAX_README_BYTES) or "") if readme else None
    return {"cname": cname, "readme_line": line}
