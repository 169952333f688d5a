"""Where an address is written, read from its line: a position where the service loads it (a ``src``, a ``fetch``, a tile
template) or one where it is only named (a list of origins allowed or compared, a sentence for people, a link, a manifest's or a
documentation site's links). ``hosting_dependencies`` keeps the first only (issue 12, s26 and s27)."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

# a Content-Security-Policy directive (connect-src, img-src, frame-ancestors; django-csp's CSP_CONNECT_SRC; helmet's connectSrc and
# a dict's img_src opening a list only: a variable named imgSrc holds an image the page loads)
_CSP_DIRECTIVE = lazy_compile(r"\b(?:(?:default|script|style|img|connect|font|frame|worker|child|media|object|manifest|prefetch)-src(?:-elem|-attr)?|"
                              r"frame-ancestors|form-action)\b|\bCSP_[A-Z_]*SRC\b|\bContent-Security-Policy\b|"
                              r"\b(?:default|script|style|img|connect|font|frame|worker|child|media|object|manifest)_?src[\"']?\s*[:=]\s*[\[(]", re.I)
# where requests come from, compared or allowed (a partner's site as the referrer of a visitor, CORS's allowed origins): the
# service loads nothing there. (Not ALLOWED_HOSTS nor CSRF_TRUSTED_ORIGINS: the service's own addresses, where it runs.)
# (the key just before the value or the list; never a referrer policy, <img referrerpolicy="…" src="https://…">, which loads)
# (and a bare "origins" key opening a list: the origins allowed to embed or call a service, giscus.json's {"origins":
# ["https://…github.io"]} naming the sites allowed to show the comments, Flask-CORS' origins=[…])
_ORIGIN_KEY = lazy_compile(r"""(?<![\w-])(?!\w*polic)(?:(?:\w*referr?er\w*|cors_\w*origins?\w*|(?:allowed|trusted|authori[sz]ed)_?origins?|cors\w*whitelist)"""
                           r"""["']?\s*[:=]\s*[\[(]?|origins["']?\s*[:=]\s*[\[(])\s*["'`]?$""", re.I)
# one quoted entry of a list, or several, a trailing comment after them (CSP's keywords quoted twice: "'self'")
_LIST_ENTRY = lazy_compile(r"""^\s*(?:(?:'[^']*'|"[^"]*"|`[^`]*`)\s*,?\s*)+(?:(?://|#).*)?$""")
_COMMENT_LINE = lazy_compile(r"^\s*(?://|#|/\*|\*|<!--)")


def _listed_under(text_lines: list[str], line: int | None, url: str, key) -> bool:
    """The address is on a line ``key`` matches, or one quoted entry of the list such a line opens above it (comment lines
    between entries skipped: django-csp's "# Crisp" before the chat's origins)."""
    if not line or line > len(text_lines) or url not in text_lines[line - 1]:
        return False
    here = text_lines[line - 1]
    if key.search(here[: here.find(url)]):
        return True
    if not _LIST_ENTRY.match(here):
        return False
    for above in reversed(text_lines[max(0, line - 80): line - 1]):  # (up the list's entries to the line that opens it)
        if above.strip() and not _LIST_ENTRY.match(above) and not _COMMENT_LINE.match(above):
            return bool(key.search(above.rstrip()))
    return False


def csp_origin(text_lines: list[str], line: int | None, url: str) -> bool:
    """A source of a Content-Security-Policy allowlist: on the directive's own line, or one entry of the list the directive opens
    above it (next.config.ts's 'connect-src': [ … 'https://openmaptiles.github.io', … ], django-csp's CSP_CONNECT_SRC = [ … ]),
    with its path or not ('https://www.ssa.gov/accessibility/', // the ANDI bookmarklet). An allowlist names where the browser may
    connect, for the libraries and services the code uses elsewhere: no dependency of its own."""
    return _listed_under(text_lines, line, url, _CSP_DIRECTIVE)


def compared_origin(text_lines: list[str], line: int | None, url: str) -> bool:
    """A host or an origin a request's origin is compared with (``referrerHost: "maisons-sans-fissures.vercel.app"``, the site a
    partner's visitors come from) or allowed to call the service (CORS_ALLOWED_ORIGINS = [ … ]): the others' sites, nothing loaded."""
    return _listed_under(text_lines, line, url, _ORIGIN_KEY)


# a string's words before the address: a sentence for people ("… un modèle de courrier élaboré par la CNIL ici : https://…"),
# unless a command or code is written there (wget -q -O - https://…, "curl " + url)
_WORD = lazy_compile(r"[^\W\d_]{2,}")
_NOT_PROSE = lazy_compile(r"""[=(){}\[\]|$<>;\\]|(?:^|\s)--?[a-z]|\b(?:curl|wget|git|fetch|get|post|put|pip|npm|apt|apk|docker|import|"""
                          r"""source|load|loading|download\w*|t[ée]l[ée]charge\w*|requests?|http|url|uri|endpoint|api)\b""", re.I)
_QUOTES = "\"'`"


def in_sentence(text_lines: list[str], line: int | None, url: str) -> bool:
    """The address ends a sentence of five words or more in the same string (a page's text in a JSON content file): a person
    reads it and may follow it; no code loads an address written inside a sentence."""
    if not line or line > len(text_lines) or url not in text_lines[line - 1]:
        return False
    before = text_lines[line - 1][: text_lines[line - 1].find(url)]
    # (the string open before the address: its quote is there an odd number of times; double quotes and backticks first, a
    # French text's apostrophes, "droit d'accès", being no quote)
    opened = next((c for c in _QUOTES if before.count(c) % 2 == 1), None)
    if not opened or not before.endswith((" ", "\u00a0")):
        return False
    head = before[before.rfind(opened) + 1:]
    return len(_WORD.findall(head)) >= 5 and not _NOT_PROSE.search(head)


# the value of a key naming a link a person follows (a privacy page's processors: {"title": "OVH", "lien": "https://…pdf"}),
# unless the address names a service or a file the code reads (a layer's "link": "…/wms", "…/data.json")
# (and a help page's address, given to a key or a setter: a Blockly block's this.setHelpUrl('http://…') or "helpUrl": "…", the page
# its context menu's Help opens; the documentation's link of a form field)
_LINK_VALUE = lazy_compile(r"""(?<!\w)["']?(?:lien|liens|link|links|url_?lien|lien_?url|more_?info|en_?savoir_?plus|help_?url|help_?link|help_?page|"""
                           r"""doc(?:umentation)?_?(?:url|link))["']?\s*[:=]\s*["'`]$|\bset(?:help|doc(?:umentation)?)(?:url|link|page)\s*\(\s*["'`]$""", re.I)
_SERVICE_SHAPE = lazy_compile(r"wms|wfs|wmts|ows\b|/api\b|geoserver|mapserv|arcgis|/tiles?/|\{[xyz]\}|\.(?:json|geojson|xml|pbf|csv|js|css)\b", re.I)


# the value of a choice in a drop-down list (<option value="https://…">Le baptême civil</option>): a page the person picks, which the
# page's script opens (window.location.assign(select.value)), unless the address names a service or a file the code reads (a select
# of layers whose values are WMS or GeoJSON addresses: loaded) — issue 12, s46 fg46, a town site's menus of its online procedures
_OPTION_VALUE = lazy_compile(r"""<option\b[^<>]{0,200}?\bvalue\s*=\s*["']$""", re.I)


def link_value(text_lines: list[str], line: int | None, url: str) -> bool:
    if not line or line > len(text_lines) or url not in text_lines[line - 1]:
        return False
    before = text_lines[line - 1][: text_lines[line - 1].find(url)]
    return bool(_LINK_VALUE.search(before[-40:]) or _OPTION_VALUE.search(before[-240:])) and not _SERVICE_SHAPE.search(url)


# a template's variable set to an address ({% set view = "https://raw.githubusercontent.com/…" %}, Liquid's {% assign … %}) and used
# only inside the href of links (<a href="{{ page.edit_url | replace(edit, view) }}">, a "view source" button): a link target
_TEMPLATE_SET = lazy_compile(r"""\{%-?\s*(?:set|assign)\s+([A-Za-z_]\w{0,60})\s*=\s*["']$""")
_HREF_OPEN = lazy_compile(r"""\bhref\s*=\s*(["'])""", re.I)


def _inside_href(line: str, at: int) -> bool:
    """Position ``at`` of ``line`` lies inside the value of an href attribute (its quote opened before, not closed)."""
    for m in _HREF_OPEN.finditer(line[:at]):
        if m.group(1) not in line[m.end(): at]:
            return True
    return False


def template_link_variable(text_lines: list[str], line: int | None, url: str) -> bool:
    """The address is the value of a template variable (:data:`_TEMPLATE_SET`) whose every use in the file, one at least, lies in
    the href of a link: a page a person opens from a button, nothing the page loads. A use in a src, a stylesheet's <link>, or
    anywhere else keeps it (issue 12, s39 fb39 = romain-kerdigital/cd29.rpa-solutions.io, mkdocs-material's actions.html)."""
    if not line or line > len(text_lines) or url not in text_lines[line - 1]:
        return False
    here = text_lines[line - 1]
    if not (m := _TEMPLATE_SET.search(here[: here.find(url)])):
        return False
    use = re.compile(rf"(?<![\w.]){re.escape(m.group(1))}(?!\w)")
    uses = [(n, u.start()) for n, text in enumerate(text_lines[:5000], 1) if n != line for u in use.finditer(text)
            if _in_expression(text[:u.start()])]  # (the template's own uses, in {{ … }} or {% … %}: not a comment's word)
    return bool(uses) and all(_inside_href(text_lines[n - 1], at) and _in_anchor(text_lines, n, at) for n, at in uses)


def _in_expression(before: str) -> bool:
    return max(before.rfind("{{"), before.rfind("{%")) > max(before.rfind("}}"), before.rfind("%}"))


def _in_anchor(text_lines: list[str], n: int, at: int) -> bool:
    """The tag around position ``at`` of line ``n`` (opened on that line or up to ten lines above) is a link, <a …>."""
    before = "\n".join(text_lines[max(0, n - 11): n - 1] + [text_lines[n - 1][:at]])
    return bool(re.match(r"<a\b", before[before.rfind("<"):], re.I))


# a manifest's links describing the project (pyproject.toml's [project.urls] Documentation = "https://…", package.json's
# "homepage", setup.py's url=, an R DESCRIPTION's URL:/BugReports:): pages for people, whatever their host
_PROJECT_LINK_KEY = lazy_compile(r"""^\s*["']?(?:home[-_ ]?page|homepage|documentation|docs|repository|source(?:[-_ ]?code)?|changelog|changes|"""
                                 r"""release[-_ ]?notes|issues|issue[-_ ]?tracker|bug[-_ ]?tracker|bug[-_ ]?reports|bugs|tracker|funding|"""
                                 r"""download[-_]?url|url|website|discussions|support|help)["']?\s*[:=]""", re.I)
_SECTION = lazy_compile(r"^\s*\[([^\]]+)\]\s*$")
_URLS_BLOCK = lazy_compile(r"(?:^|[._ ])(?:project_)?urls\b|\bproject_urls\s*[=:(]", re.I)  # ([project.urls], setup.cfg's project_urls =)
_MKDOCS = lazy_compile(r"(^|/)mkdocs\.ya?ml$", re.I)
_MKDOCS_LOADED = lazy_compile(r"^(?:extra_javascript|extra_css)\s*:")  # (the documentation site's own scripts and styles: loaded)
_TOP_KEY = lazy_compile(r"^[A-Za-z_][\w-]*\s*:")
# a Quarto project's _quarto.yml: its navbar, sidebar, footer and tools entries (href: https://www.eptb-vienne.fr, "Nous contacter")
# and its site-url/repo-url are links its pages show, as mkdocs' nav entries are; its resources and includes stay read
_QUARTO = lazy_compile(r"(^|/)_quarto(?:-[\w-]+)?\.ya?ml$", re.I)
_QUARTO_LINK = lazy_compile(r"""^\s*(?:-\s*)?(?:href|site-url|repo-url|issue-url|site-path)\s*:\s*["']?$""")


def project_link(path: str, manifest: bool, text_lines: list[str], line: int | None, url: str) -> bool:
    """A link of a manifest's project metadata, or of a documentation site's configuration (mkdocs.yml's nav entry
    "- Accueil Géoplateforme: https://geoplateforme.github.io", site_url, repo_url): a page a reader opens, nothing the service
    loads. A manifest's dependency given by its address, and mkdocs' extra_javascript, are loaded: kept."""
    if not line or line > len(text_lines) or url not in text_lines[line - 1]:
        return False
    here = text_lines[line - 1]
    if _QUARTO.search(path):
        return bool(_QUARTO_LINK.match(here[: here.find(url)]))
    if _MKDOCS.search(path):
        top = next((x for x in reversed(text_lines[:line]) if _TOP_KEY.match(x)), "")
        return not _MKDOCS_LOADED.match(top)
    if not manifest:
        return False
    if _PROJECT_LINK_KEY.search(here[: here.find(url)]):
        return True
    indent = len(here) - len(here.lstrip())
    for above in reversed(text_lines[max(0, line - 40): line - 1]):  # (up to the table or the key holding the links)
        if _SECTION.match(above) or (above.strip() and len(above) - len(above.lstrip()) < indent):
            return bool(_URLS_BLOCK.search(above))
    return False


# a script the page runs: a <script src="…">, a .js file's address, whatever the line
_SCRIPT_SRC = lazy_compile(r"""<script\b[^>]*\bsrc\s*=\s*["']?$""", re.I)
_SCRIPT_PATH = lazy_compile(r"\.m?js$", re.I)


def script_url(text_lines: list[str], line: int | None, url: str, url_path: str) -> bool:
    """The address is a script's the page loads and runs (index.html's <script src="http://cdn.polyfill.io/v2/polyfill.min.js?…">)."""
    if _SCRIPT_PATH.search(url_path or ""):
        return True
    if not line or line > len(text_lines) or url not in text_lines[line - 1]:
        return False
    here = text_lines[line - 1]
    return bool(_SCRIPT_SRC.search(here[: here.find(url)]))


# an address chosen only when the page is served from a given host (jQuery-File-Upload's demo: `var url = window.location.hostname
# === 'blueimp.github.io' ? '//jquery-file-upload.appspot.com/' : 'server/php/'`, carried into a project's upload page): that host
# and the address of the true branch are the demo's, used only when served from there; the false branch is what the project uses
# (issue 12, s42 fh42 = KeolisAix/MDMKPA)
_HOST_BRANCH = lazy_compile(r"""\blocation\.host(?:name)?\s*===?\s*(['"])([\w.-]{1,253})\1\s*\?\s*(['"`])([^'"`\n]{1,300})\3""")


def demo_host_branch(text_lines: list[str], line: int | None, excerpt: str) -> bool:
    """The address (or bare host) ``excerpt`` on ``line`` is the host a page's own host is compared with, or the address chosen
    when they are equal (the test on that line or the one before, its branches on that line or the next)."""
    if not line or line > len(text_lines):
        return False
    text = "\n".join(text_lines[max(0, line - 2): line + 1])[:3000]
    low = excerpt.lower()
    return any(low == m.group(2).lower() or low in m.group(4).lower() for m in _HOST_BRANCH.finditer(text))


# an address a mobile app hands to the phone's browser (or another app) to show: Android's Intent(Intent.ACTION_VIEW, Uri.parse(…)),
# a Custom Tab's launchUrl, React Native's Linking.openURL, Flutter's launchUrl/launch, iOS's UIApplication.shared.open(URL(…)) /
# openURL — a link the person follows, as an <a href> is; the app loads nothing from it (issue 12, s44 ff44 = Ludo81/BilanLSF's
# "À propos" screens: onClickAppLogo opens https://ludo81.github.io/SecoursLSF/ in the browser)
_OPENER = r"""(?:\bACTION_VIEW\s*,|\bLinking\.openURL\s*\(|\blaunch(?:Url|UrlString)?\s*\(|\bopenURL\s*\(|\bUIApplication\.shared\.open\s*\(|\bcanLaunchUrl\s*\()"""
_OPENED_HERE = lazy_compile(_OPENER + r"""[^;\n]{0,80}?["'`]$""")
_PARSED_INTO = lazy_compile(r"""(?:\b(?:val|var|let|final|Uri|URL|NSURL|const)\s+)?([A-Za-z_]\w{0,40})\s*(?::\s*[\w.?]+\s*)?=\s*(?:Uri\.parse|URL|NSURL|URL\.init|Uri\.https?)\s*\(\s*(?:string:\s*)?["'`]$""")


def opened_for_reader(text_lines: list[str], line: int | None, url: str) -> bool:
    """The address is opened for the person by the phone's browser or another app (see :data:`_OPENER`): inside the opening call on
    its own line, or parsed into a variable (``Uri uri = Uri.parse("https://…")``) that such a call takes within the next 6 lines."""
    if not line or line > len(text_lines) or url not in text_lines[line - 1]:
        return False
    before = text_lines[line - 1][: text_lines[line - 1].find(url)]
    if _OPENED_HERE.search(before[-160:]):
        return True
    if not (m := _PARSED_INTO.search(before[-120:])):
        return False
    taken = re.compile(_OPENER + rf"""[^;\n]{{0,80}}?(?<![\w.]){re.escape(m.group(1))}(?!\w)""")
    return any(taken.search(text) for text in text_lines[line - 1: line + 6])
