"""A product's well-known default password, and the kind of finding it makes in a connection string to a named server
(:func:`auditor.facts.secret_calls.dsn_password` with ``default``)."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

# a product's well-known default password (PostgreSQL's postgres, MySQL's root, admin, password, RabbitMQ's guest, Tomcat's, a Java
# keystore's changeit, MinIO's): a placeholder on this machine, but the real credential of a named server a connection string
# reaches (pg_connect("host=192.168.1.20 … user=postgres password=postgres"): anyone on that network signs in with it; issue 12,
# s42 fh42 = KeolisAix/MDMKPA)
WELL_KNOWN_DEFAULT = lazy_compile(r"^(?:postgres|root|toor|admin|administrator|password|passwd|guest|tomcat|changeit|minioadmin|minio123|"
                                  r"mysql|oracle|manager|sa)$", re.I)
DEFAULT_DSN_KIND = "Well-known default password in a connection string to a named server"
