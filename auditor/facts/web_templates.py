"""A web server's configuration shipped as a template, filled at the container's start (issue 12, s20 f1)."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile
from auditor.pathparts import TEMPLATE_ALT

# A web server's configuration shipped as a template (the nginx image's templates/default.conf.template, which its entrypoint runs
# through envsubst at the container's start; an Apache vhost.conf.tmpl): it documents the deployment's settings only when it holds
# the placeholders the deployer fills (proxy_pass http://${API_URL}); without one it is how the image serves the site, no setting.
_WEB_TEMPLATE_NAME = lazy_compile(rf"\.(?:conf|location|vhost)[._-](?:{TEMPLATE_ALT})$|^(?:nginx|apache2?|httpd|vhost|"
                                  r"default|site|000-default)[\w.-]*\.(?:template|tmpl|tpl)$", re.I)
_WEB_TEMPLATE_DIR = lazy_compile(r"(^|/)(nginx|apache2?|httpd|caddy|conf\.d|sites-available|sites-enabled)/", re.I)
_WEB_DIRECTIVES = lazy_compile(r"^[ \t]*(?:<VirtualHost\b|server[ \t]*\{|http[ \t]*\{|location[ \t]+[^\n{]*\{|upstream[ \t]+[\w.-]+[ \t]*\{)", re.M | re.I)
ENVSUBST_PLACEHOLDER = lazy_compile(r"\$\{[A-Za-z_][A-Za-z0-9_]*\}")
# A web server's configuration snippet with no block, in a web server's folder: nginx statements (`gzip on;`, `add_header X-Frame-Options
# "SAMEORIGIN";`, a directive name, its arguments, a closing semicolon) or Apache directives (`ServerTokens Prod`), and no `KEY=value`
# setting (issue 12, s42 fd42: voeux-affelnet's nginx/templates/conf.d/gzip.conf.template, one line `gzip on;`, read as a settings template)
_WEB_STATEMENT = lazy_compile(r"^[ \t]*(?:[a-z][a-z0-9_]*[ \t][^\n;{}#]*;[ \t]*(?:#[^\n]*)?$|[A-Z][a-z]+[A-Z]\w*[ \t]+\S)")
_SETTING_LINE = lazy_compile(r"^[ \t]*(?:export[ \t]+)?[A-Za-z_][\w.-]*[ \t]*[=:]")


def web_server_template(snap, path: str) -> str | None:
    """``"filled"`` for a web server's configuration template holding ``${VAR}`` placeholders (the deployment's settings, filled by
    envsubst), ``"fixed"`` for one holding none, None for any other file (64 KB read, only for a template's name)."""
    name = path.rsplit("/", 1)[-1]
    if not _WEB_TEMPLATE_NAME.search(name):
        return None
    text = snap.read_text(path, limit=64 * 1024) or ""
    if not (_WEB_DIRECTIVES.search(text) or (_WEB_TEMPLATE_DIR.search(path) and ("{" in text or _web_snippet(text)))):
        return None
    return "filled" if ENVSUBST_PLACEHOLDER.search(text) else "fixed"


def _web_snippet(text: str) -> bool:
    """Web server statements alone: the first line not blank nor a comment is one, and no line is a ``KEY=value`` setting."""
    lines = [ln for ln in text.splitlines()[:400] if ln.strip() and not ln.lstrip().startswith("#")]
    return bool(lines) and not any(_SETTING_LINE.match(ln) for ln in lines) and bool(_WEB_STATEMENT.search(lines[0]))
