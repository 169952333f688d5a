"""The name a deployment kit gives its own site: a web server's virtual host (Apache ``ServerName``/``ServerAlias``, nginx
``server_name``) or the name a Dockerfile writes into the image's ``/etc/hosts`` (``echo "127.0.0.1 geo.<authority>.dev" >>
/etc/hosts``). ``reusability.territory-neutral`` keeps those on the sponsoring authority's own domain name, whatever its top-level
domain (:func:`checks.reusability.territory_own._own_server_names`): the authority's site, which a second territory replaces
in every file that names it. Registered by :data:`auditor.facts.signal_registry.SIGNAL_MODULES`.
"""

from __future__ import annotations

from auditor.facts.signal_registry import signal
from auditor.facts.territory_values import in_code

_HOST = r"""((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,6}[a-z]{2,24})(?![\w.-])"""
signal("territory.server-name",
       r"""(?:\b(?:ServerName|ServerAlias|server_name)[ \t]+|(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}[ \t]+(?=[^\n]{0,200}?>>[ \t]*/etc/hosts))""" + _HOST,
       ("servername", "serveralias", "server_name", "/etc/hosts"), exts=None, classes=("code", "config", "template", "other"), group=1,
       accept=in_code)
