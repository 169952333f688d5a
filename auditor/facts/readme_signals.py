"""The README's signals beside its sections: the issue tracker's link, the live service or demo, the code.gouv.fr openness badge
(the ``readme`` fact reports them)."""

from __future__ import annotations

import re
from urllib.parse import unquote, urlparse

from auditor.facts.document import Block, norm
from auditor.facts.readme_cues import documentation_label, further_reading_level
from auditor.lazyre import lazy_compile

BADGE_HOSTS = ("img.shields.io", "shields.io", "badge.fury.io", "codecov.io", "coveralls.io", "travis-ci", "circleci.com",
               "github.com/workflows", "badgen.net", "sonarcloud.io", "app.codacy.com", "deepsource", "snyk.io", "api.codeclimate.com")
FORGE_HOSTS = ("github.com", "gitlab.com", "framagit.org", "forge.", "gitlab.", "bitbucket.org", "codeberg.org", "git.", "sourcehut")
NOT_SERVICE_HOSTS = FORGE_HOSTS + BADGE_HOSTS + (
    "code.gouv.fr", "npmjs.com", "pypi.org", "readthedocs", "docs.", "wikipedia.org", "choosealicense.com", "opensource.org",
    "spdx.org", "keepachangelog.com", "semver.org", "creativecommons.org", "docker.com", "nodejs.org", "python.org",
    "localhost", "127.0.0.1", "0.0.0.0", "example.", "legifrance", "w3.org", "mozilla.org", "google.", "youtube.", "twitter.",
    "linkedin.", "mattermost", "slack.", "discord", "matrix.to", "gitter", "beta.gouv.fr/startups", "etalab.gouv.fr",
    "developer.", "reactjs.org", "react.dev", "vuejs.org", "djangoproject.com", "symfony.com", "rubyonrails.org",
    "nuxt.com", "vitejs.dev", "vite.dev", "nextjs.org", "angular.io", "laravel.com", "getcomposer.org", "yarnpkg.com",
)
DEMO_WORDS = ("demo", "demonstration", "essayer", "essayez", "try it", "try the", "live", "en ligne", "online", "instance",
              "site", "website", "service", "production", "acceder", "access", "url", "plateforme", "platform", "application",
              "preprod", "staging", "recette", "sandbox", "bac a sable")
BADGE_RE = lazy_compile(r"img\.shields\.io/badge/code\.gouv\.fr-(contributif|ouvert|publi(?:e|é))", re.I)
HOST_MENTION = lazy_compile(r"(?<![\w@/.-])((?:[a-z0-9-]+\.)+(?:gouv\.fr|fr|eu))\b(?![\w/-])", re.I)
ISSUE_URL = lazy_compile(r"^https?://[^ ]+?/(-/)?(issues|tickets|boards)(/|\?|$|#)", re.I)


def _has_phrase(normed: str, phrase: str) -> bool:
    return f" {phrase} " in f" {normed} "


def _host(url: str) -> str:
    try:
        return (urlparse(url).hostname or "").lower()
    except ValueError:
        return ""


def _badge(b: Block, u: str) -> dict | None:
    m = BADGE_RE.search(unquote(u))
    if not m:
        return None
    level = norm(m.group(1))
    return {"level": {"publie": "publié"}.get(level, level), "line": b.line, "url": u[:300]}


def _service_link(b: Block, url: str, label: str) -> bool:
    """A link to a web service (not a forge, a badge, an image)."""
    host = _host(url)
    if not host or any(h in host or h in url for h in NOT_SERVICE_HOSTS) or any(url.startswith("https://" + h) for h in BADGE_HOSTS):
        return False
    return not (url in b.images or (label and any(label == im for im in b.images)))


def _mentioned_demo(blocks: list[Block]) -> dict | None:
    """A host named in a sentence about the site or service ("le site exemple.beta.gouv.fr")."""
    for b in blocks[:200]:
        if b.kind != "paragraph" or b.badge_only:
            continue
        for m in HOST_MENTION.finditer(b.text):
            host = m.group(1).lower()
            if any(h in host for h in NOT_SERVICE_HOSTS) or not any(_has_phrase(norm(b.text), w) for w in DEMO_WORDS):
                continue
            return {"url": "https://" + host, "line": b.line}
    return None


def find_signals(blocks: list[Block]) -> dict:
    issue = demo = None
    service_candidates = []
    badge, further = None, 0  # further: the level of the further-reading heading the blocks sit under (0: none)
    for b in blocks:
        further = further_reading_level(b, further)
        for u in [u for u, _ in b.links] + b.images:
            badge = badge or _badge(b, u)
        for url, label in b.links:
            if not url.startswith(("http://", "https://")):
                continue
            if issue is None and ISSUE_URL.match(url):
                issue = {"url": url[:300], "line": b.line}
            if further or not _service_link(b, url, label) or documentation_label(label):  # (a guide's link is no service)
                continue
            if demo is None and any(_has_phrase(norm(label + " " + b.text), w) for w in DEMO_WORDS):
                demo = {"url": url[:300], "line": b.line}
            service_candidates.append({"url": url[:300], "line": b.line})
    if demo is None:
        gov = [c for c in service_candidates if _host(c["url"]).endswith((".gouv.fr", ".fr", ".eu"))]
        demo = gov[0] if gov else _mentioned_demo(blocks)
    return {"issue_tracker": issue, "demo": demo, "openness_badge": badge}
