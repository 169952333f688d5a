"""Authentication signals of a service's own code (registered by :data:`auditor.facts.signal_registry.SIGNAL_MODULES`).

``auth.http-basic``: HTTP Basic authentication the service asks for itself (issue 12, s25 k25 = s24 o1, GrandNancy/OpenTripPlanner:
a JAX-RS ContainerRequestFilter answering ``WWW-Authenticate: Basic realm="…"``, reading "Basic " credentials, ``@RolesAllowed``
on its resources and Jersey's RolesAllowedDynamicFeature): people or programs sign in with the service's own accounts or password.
Jersey's HttpAuthenticationFeature is its client's: a call sending credentials to another service signs nobody in here."""

from __future__ import annotations

from auditor.facts.signal_registry import signal
from auditor.facts.territory_values import _COMMENT_START, _line_of

signal("auth.http-basic",
       r"""\bBasic realm=|\b(?:startsWith|startswith|starts_with)\([^\S\n]*["'][Bb]asic ["']|@RolesAllowed\(|\bRolesAllowedDynamicFeature\b""",
       ("basic realm=", "startswith(", "starts_with(", "@rolesallowed(", "rolesalloweddynamicfeature"), flags=0, classes=("code",),
       accept=lambda m: not _line_of(m).lstrip().startswith(_COMMENT_START))
