"""Authentication signals of a service's own code (registered by :data:`auditor.facts.signal_registry.SIGNAL_MODULES`).

``auth.http-basic``: HTTP Basic authentication the service asks for itself (issue 12, s25 k25 = s24 o1, GrandNancy/OpenTripPlanner:
a JAX-RS ContainerRequestFilter answering ``WWW-Authenticate: Basic realm="…"``, reading "Basic " credentials, ``@RolesAllowed``
on its resources and Jersey's RolesAllowedDynamicFeature): people or programs sign in with the service's own accounts or password.
Jersey's HttpAuthenticationFeature is its client's: a call sending credentials to another service signs nobody in here; a raw HTTP
answer written as data (a network tool's test buffer) is none either."""

from __future__ import annotations

from auditor.facts.signal_registry import signal
from auditor.facts.territory_values import _COMMENT_START, _line_of

# the languages web services are written in (not C: a network tool's test buffer holding a raw HTTP answer,
# "Www-authenticate: Basic realm=…\r\n", is data it parses; nor a raw message anywhere, its "\r\n" written out)
SERVICE_EXT = {"java", "kt", "groovy", "scala", "py", "js", "mjs", "cjs", "ts", "php", "rb", "go", "cs", "rs", "ex", "exs", "pl"}

signal("auth.http-basic",
       r"""\bBasic realm=|\b(?:startsWith|startswith|starts_with)\([^\S\n]*["'][Bb]asic ["']|@RolesAllowed\(|\bRolesAllowedDynamicFeature\b""",
       ("basic realm=", "startswith(", "starts_with(", "@rolesallowed(", "rolesalloweddynamicfeature"), flags=0, classes=("code",),
       exts=SERVICE_EXT, accept=lambda m: not _line_of(m).lstrip().startswith(_COMMENT_START) and "\\r\\n" not in _line_of(m))
