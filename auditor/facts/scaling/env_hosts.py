"""Servers a committed ``.env`` or ``.env.example`` names by a bare host (``DB_HOST=pgsql-sig.agglo.fr``, ``PGHOST=…``,
``LDAP_SERVER=…``), read by the hosting fact: the address of a database or a service the project connects to, which no URL
signal sees (issue 12, s32). Not a developer's, the tests' or an example's settings (.env.local, .env.test, tests/.env,
examples/.env), nor a placeholder (localhost, example.com, ${VAR}, changeme, an IP address in a template: DB_HOST=10.0.0.1 in
.env.example is the value to fill, s38 fo38), nor a one-label name (``db``: a container of a
Compose file). Bounded: the first 20 files in path order, 64 KB and 400 lines each."""

from __future__ import annotations

from auditor.facts.inventory import is_env_template
from auditor.facts.scaling.common import is_dev_only, project_files
from auditor.facts.secret_values import ENV_ASSIGN, PLACEHOLDER, is_env_file
from auditor.facts.textscan import file_class
from auditor.pathparts import TEMPLATE_WORDS

# the last word of a variable naming a server, and the words telling what serves (a database, a directory, an API…): not the app's
# own listening address or public name (HOST=0.0.0.0, VIRTUAL_HOST, SERVER_NAME), nor a mail relay each deployment sets (a
# framework's template ships a provider's sandbox: Laravel's MAIL_HOST=smtp.mailtrap.io)
_HOST_WORDS = ("HOSTNAME", "HOST", "SERVEUR", "SERVER")
_SERVICE_WORDS = {"DB", "DATABASE", "BDD", "BD", "PG", "POSTGRES", "POSTGRESQL", "POSTGIS", "MYSQL", "MARIADB", "MONGO", "MONGODB", "REDIS",
                  "ORACLE", "MSSQL", "SQL", "LDAP", "AD", "API", "WS", "GEOSERVER", "MAPSERVER", "QGIS", "WMS",
                  "WFS", "ELASTIC", "ELASTICSEARCH", "ES", "SOLR", "RABBITMQ", "AMQP", "MQTT", "FTP", "SFTP", "S3", "MINIO", "KEYCLOAK",
                  "CAS", "SSO", "OIDC", "AUTH", "PROXY"}


def _server_variable(name: str) -> bool:
    """DB_HOST, PGHOST, POSTGRES_HOSTNAME, LDAP_SERVER, GEOSERVER_HOST: a variable naming the host of a service."""
    words = name.upper().split("_")
    last = words[-1]
    word = next((w for w in _HOST_WORDS if last.endswith(w)), None)
    if word is None:
        return False
    head = [w for w in words[:-1] if w] + ([last[: -len(word)]] if last != word else [])
    return any(w in _SERVICE_WORDS for w in head)


def _named_host(value: str) -> str | None:
    """``pgsql.ville.fr`` or ``51.91.2.3``: a host named whole (two labels or more, a top-level domain or an IP); None for a
    placeholder or a value with a variable, a path or an address (URLs are the URL signals')."""
    value = value.strip().strip("'\"").strip().lower()
    labels = value.split(".")
    if len(labels) < 2 or PLACEHOLDER.match(value) or not all(0 < len(x) <= 63 and x.replace("-", "").isalnum() and x.isascii() for x in labels):
        return None
    return value if labels[-1].isalpha() or all(x.isdigit() for x in labels) else None


def _env_file(path: str) -> bool:
    return (is_env_file(path) or is_env_template(path)) and not is_dev_only(path) \
        and file_class(path) == "config"  # (not an example's or a guide's: examples/.env, docs/…/.env.sample)


def env_file_hosts(ctx) -> list[tuple[str, int, str, str]]:
    """(path, line, variable, host) of each server a committed env file or its template names, in path and line order."""
    out = []
    for path in [e.path for e in project_files(ctx, tests=False) if _env_file(e.path)][:20]:
        template = is_env_template(path)
        for n, line in enumerate((ctx.snapshot.read_text(path, limit=64 * 1024) or "").splitlines()[:400], 1):
            m = ENV_ASSIGN.match(line)
            if m and _server_variable(m.group(1)):
                host = _named_host(m.group(2).split(" #", 1)[0])
                if host and not (template and host.replace(".", "").isdigit()):  # (a template's IP address: the value to fill)
                    out.append((path, n, m.group(1), host))
    return out


# An INI settings file the code reads (conf.ini, settings.cfg, app.conf: R's read.ini("conf.ini"), Python's configparser) naming its
# database's server by a bare host name, ``[SQL] SERVER = SQL`` (issue 12, s42 fj42 = ISPF/enquetes-tourisme-eft-exportatn): a server
# of the organisation's network, named as its own directory knows it; another territory cannot reach it. Read in a section naming
# the service ([SQL], [database], [ldap]) or by a key naming it (DB_HOST); not a template's (conf.ini.example: the value to fill),
# a developer's, a tool's own file (setup.cfg, tox.ini, php.ini…), nor a placeholder (localhost, server, ${VAR}).
_INI_EXT = ("ini", "cfg", "conf")
_TOOL_INI = {"setup.cfg", "tox.ini", "pytest.ini", "mypy.ini", "php.ini", "uwsgi.ini", "alembic.ini", "pylintrc", ".flake8",
             "my.cnf", "odbcinst.ini", "supervisord.conf", "nginx.conf", "httpd.conf", "krb5.conf", "pgbouncer.ini", "desktop.ini"}
_TEMPLATE_NAME = TEMPLATE_WORDS + ("modele", "modèle")
_BARE_NOT_A_HOST = {"localhost", "host", "hostname", "server", "serveur", "servername", "myserver", "monserveur", "votre_serveur",
                    "your_server", "changeme", "none", "null", "true", "false", "xxx", "todo"}


def _ini_host(value: str) -> str | None:
    value = value.split(" ;", 1)[0].split(" #", 1)[0].strip().strip("'\"").strip()
    if _named_host(value):
        return value.lower()
    low = value.lower()
    if 1 <= len(value) <= 63 and value[0].isalpha() and value.replace("-", "").replace("_", "").isalnum() and value.isascii() \
            and low not in _BARE_NOT_A_HOST and not PLACEHOLDER.match(value):
        return low
    return None


def ini_server_hosts(ctx) -> list[tuple[str, int, str, str]]:
    """(path, line, section.key, host) of each server a committed INI settings file names, in path and line order (the first 20 files,
    64 KB and 400 lines each)."""
    out = []
    files = [e.path for e in project_files(ctx, tests=False) if e.ext.lower() in _INI_EXT and not is_dev_only(e.path)
             and e.name.lower() not in _TOOL_INI and not any(w in e.name.lower() for w in _TEMPLATE_NAME) and file_class(e.path) == "config"]
    for path in files[:20]:
        section = ""
        for n, line in enumerate((ctx.snapshot.read_text(path, limit=64 * 1024) or "").splitlines()[:400], 1):
            s = line.strip()
            if s.startswith("[") and s.endswith("]"):
                section = s[1:-1].strip()
                continue
            if not s or s.startswith((";", "#")) or "=" not in s:
                continue
            key, value = (x.strip() for x in s.split("=", 1))
            words = [w for w in section.upper().replace("-", "_").replace(".", "_").split("_") if w]
            served = _server_variable(key) or (key.upper() in _HOST_WORDS and any(w in _SERVICE_WORDS for w in words))
            if served and (host := _ini_host(value)):
                out.append((path, n, f"{section}.{key}" if section else key, host))
    return out
