"""Addresses written without a scheme: a protocol-relative ``//host/path`` in a string or an attribute (Matomo's snippet
``var u="//stats.example-agglo.fr/";``, ``<script src="//host/lib.js">``, CSS ``url(//host/font.woff)``). The page loads
them with its own scheme, so they are servers the service depends on as ``https://`` ones are (``scaling.url``)."""

from __future__ import annotations

from auditor.facts.scaling.common import is_neutral_host
from auditor.facts.scaling.signals import RUN, _interesting_url, in_comment_or_link
from auditor.facts.signal_registry import signal

# after a quote or an opening parenthesis only (a comment's "// text" or a path's "a//b" is none), a host whose last label is a
# top-level domain's letters (//10.0.0.1 and //server/share are left to the other signals)
URL_RELATIVE = (r"""(?<=["'(])//((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?::\d{1,5})?"""
                r"""(/[^\s"'<>()\[\]{}`\\,;|]*)?(?=[\s"'/:)]|$)""")

signal("scaling.url-relative", URL_RELATIVE, ('"//', "'//", "(//"), classes=RUN, accept=_interesting_url)

# A directory, mail or file server named bare to the call that connects to it (Perl's Net::LDAP->new('ldap.host.fr'),
# Net::LDAPS, Net::SMTP, Net::FTP; PHP's ldap_connect('ldap.host.fr'); Python's ldap3.Server('ldap.host.fr')): a connection as a
# database URL is (scaling.dburl); the host is the excerpt
signal("scaling.connect-host", r"""(?:\bNet::(?:LDAPS?|SMTP|FTP)\s*->\s*new|\bldap_connect|\bldap3\.Server)\s*\(\s*['"]"""
       r"""((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?::\d{1,5})?['"]""",
       ("net::ldap", "net::smtp", "net::ftp", "ldap_connect", "ldap3.server"), classes=RUN, group=1,
       accept=lambda m: not is_neutral_host(m.group(1)) and not in_comment_or_link(m))
