"""Text signals of the scaling facts, matched by the one ``textscan`` pass (see
:mod:`auditor.facts.textscan`): URLs and hosts in code and configuration, proprietary services'
hosts and code, database connection strings, restricted data sets, git dependencies cloned from an
account, statistics routes. Built from the data files, so a new service or data set is a data change."""

from __future__ import annotations

import re

from auditor.data import load
from auditor.facts.scaling.common import is_neutral_host
from auditor.facts.textscan import signal

RUN = ("code", "template", "config", "other", "style")

URL = r"""(?<![\w@])https?://([a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+)(?::\d{1,5})?(/[^\s"'<>()\[\]{}`\\,;|]*)?"""


_COMMENT = ("#", "//", "*", "/*", "<!--", "{#", "--", "\x27" * 3, '"' * 3, ";")


def _line_before(m) -> str:
    s = m.string
    return s[s.rfind("\n", 0, m.start()) + 1: m.start()]


def in_comment_or_link(m) -> bool:
    """A URL in a comment, or the target of a link (``href=``, Markdown ``](``), is not something the
    code loads: a person may follow it, the service does not depend on it."""
    before = _line_before(m)
    if before.lstrip().startswith(_COMMENT):
        return True
    return bool(re.search(r"""(href|xlink:href|to)\s*=\s*\{?\s*["'`]?$|\]\($""", before[-30:], re.I))


def _interesting_url(m) -> bool:
    host = m.group(1).lower()
    if "${" in m.group(0) or "{{" in m.group(0):
        return False
    return not is_neutral_host(host) and not in_comment_or_link(m)


signal("scaling.url", URL, ("http://", "https://"), classes=RUN, accept=_interesting_url)

# Database and service connection strings (the host is group 2), private addresses.
signal("scaling.dburl", r"""\b(postgres(?:ql)?|postgis|mysql|mariadb|mongodb(?:\+srv)?|redis|oracle|mssql|sqlserver|jdbc:[a-z:]+)://(?:[^\s@'"/]*@)?([a-z0-9][a-z0-9.-]*)""",
       ("://",), classes=RUN, accept=lambda m: not is_neutral_host(m.group(2)) and m.group(2).lower() not in ("db", "database", "postgres", "postgresql", "mysql", "redis", "mongo", "mongodb", "host", "hostname", "user", "localhost"))
signal("scaling.private_ip", r"(?<![\d.])(10\.\d{1,3}\.\d{1,3}\.\d{1,3}|192\.168\.\d{1,3}\.\d{1,3}|172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3})(?![\d.])",
       ("10.", "192.168.", "172."), classes=RUN)

# Git dependencies fetched from an account: `git clone` in scripts and Dockerfiles, git+ URLs in manifests.
def _not_metadata(m) -> bool:
    s = m.string
    end = s.find("\n", m.end())
    line = s[s.rfind("\n", 0, m.start()) + 1: end if end != -1 else len(s)]
    return not re.search(r'"(url|repository|homepage|bugs)"\s*:', line) and not in_comment_or_link(m)


signal("scaling.gitclone", r"""(?:\bgit\s+clone\s+(?:-{1,2}[\w-]+(?:[ =]\S+)?\s+)*|\bgit\+|["']github:)(?:https?://|ssh://git@|git@)?((?:github\.com|gitlab\.com|framagit\.org|bitbucket\.org)[:/][\w.-]+/[\w.-]+)""",
       ("git clone", "git+", "github:"), classes=RUN, group=1, accept=_not_metadata)

# Statistics and impact pages served by the application.
signal("scaling.stats_route", r"""(?:["'`](?:/[\w-]+)*/(stats|statistiques|statistics|impact|impacts|indicateurs|mesure-d-impact|mesure-impact|kpis?|chiffres-cles|tableau-de-bord-public)/?["'`]|\bpath\(\s*["']\^?(stats|statistiques|statistics|impact|indicateurs)/?["'])""",
       ("stat", "impact", "indicateur", "kpi", "chiffres"), classes=("code", "template", "config"))


def _services() -> list[dict]:
    return load("proprietary_services.yml")["services"]


def _host_regex(hosts: list[str]) -> str:
    alts = "|".join(re.escape(h.lower()) for h in sorted(set(hosts), key=lambda h: (-len(h), h)))
    return r"(?<![\w.-])((?:[a-z0-9-]+\.)*(?:" + alts + r"))(?![\w-])"


for _s in _services():
    if _s.get("hosts"):
        # A link to a form service is the service's dependency (users fill it in); a link elsewhere is not.
        signal(f"scaling.svc.{_s['id']}.host", _host_regex(_s["hosts"]), tuple(_s["hosts"]), classes=RUN,
               accept=None if _s.get("category") == "forms" else (lambda m: not in_comment_or_link(m)))
    for _i, _c in enumerate(_s.get("code") or []):
        signal(f"scaling.svc.{_s['id']}.code{_i}", _c["re"], tuple(_c.get("hints") or ()), classes=RUN)
    for _i, _pat in enumerate(_s.get("host_patterns") or []):
        signal(f"scaling.svc.{_s['id']}.path{_i}", _pat, ("/api/",), classes=RUN)

for _r in load("hosting.yml").get("restricted_data") or []:
    signal(f"scaling.restricted.{_r['id']}", _r["regex"], tuple(_r.get("hints") or ()), classes=None)
