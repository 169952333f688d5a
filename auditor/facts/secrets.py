"""``secrets``: credentials committed in the audited tree, found by detect-secrets (Yelp).

detect-secrets is fed copies of blobs read through the snapshot, written under a temporary folder
that this module creates (same base name, so that its file-type filters and transformers apply);
it never sees the repository on disk. Values never leave this module: a finding is
``{"path", "line", "kind", "strength", "class"}`` where ``kind`` is detect-secrets' secret type.
Bounded by file size, file count and total bytes in path order, never by time (the same commit gives the
same findings under any load); ``complete`` says whether every candidate was scanned.

Longer than 400 lines: each finding's strength and class are decided in one loop, in one order, so that no rule undoes another's.
"""

from __future__ import annotations

from auditor import safejson
import base64
import bisect
import functools
import os
import re
import threading

from auditor import scratch
from auditor.facts import fact, within_bounds
from auditor.facts.inventory import in_assistant_tooling, inventory_of, is_env_template, is_generated, is_test, is_vendored, VENDOR_DIRS
from auditor.facts.secret_shapes import ELASTIC_KIND, FRAMEWORK_KEY_WORD_KIND, page_server_beside
from auditor.facts.secret_assignments import (ACCESS_CODE_KIND, BROWSER_PAGE_KEY_KIND, ENV_DEFAULT_KEY_KIND, ENV_DEFAULT_KIND, MEMBER_PASSWORD_KIND, OWN_KINDS, extra_findings,
                                              not_a_value, php_defined_password)
from auditor.facts.secret_members import throwaway_mail_account
from auditor.facts.secret_accounts import TABLE_SECRET_KIND, published_account
from auditor.facts.secret_lines import KEY_FILE, KEY_TEMPLATE, doc_example_lines, lines_from_file, pem_example, public_token, site_token, test_code_lines
from auditor.facts.secret_pairs import server_account_pair
from auditor.facts.secret_defaults import LOCAL_DEFAULT_KIND
from auditor.facts.secret_calls import (call_password, filled_settings, keyword_password, local_account_default, remote_account_password,
                                        remote_test_login)
from auditor.facts.secret_qgis import qgz_findings
from auditor.facts.secret_api_keys import sent_api_key
from auditor.facts.secret_docs import PAGE_KIND, block_passwords, internet_host, named_password, page_passwords, url_password
from auditor.facts.secret_commands import KIND as COMMAND_KIND, command_passwords
from auditor.facts.secret_pem import pem_key_files
from auditor.facts.secret_pyc import MAX_PYC_FILES, MAX_PYC_TOTAL_BYTES, compiled_text, source_path
from auditor.facts.secret_sourcemap import MAX_MAP_BYTES, MAX_MAP_FILES, MAX_MAP_TOTAL_BYTES, embedded_sources, is_source_map
from auditor.facts.secret_databases import committed_databases
from auditor.facts.secret_sql import django_fixture_accounts, keystores, sql_accounts
from auditor.facts.secret_values import (DEV_SETTINGS, DOTENV_ASSIGN, ENV_ASSIGN, EXAMPLE_FILE, LOCAL_HOST, PLACEHOLDER, REDACTED, SENSITIVE_NAME,  # noqa: F401 (re-exported)
                                          URL_CREDENTIALS, _env_value_sensitive, is_env_file, placeholder_host, production_env, production_loopback, code_password, php_password, env_accounts, env_value_finding, named_random_key, public_client_key, role_words, SEED_PATH, symfony_defaults_file, _PASSWORD_KEY, _random_value, key_of, no_real_secret)
from auditor.facts.embedded import LITERATE_EXT, NOTEBOOK_MAX_RAW_BYTES, literate_code, notebook_outputs, notebook_scan
from auditor.facts.textscan import file_class, is_scannable
from auditor.facts.compose_names import compose_passwords, compose_services
from auditor.lazyre import lazy_compile

MAX_FILE_BYTES = 256 * 1024
# A program's or a page's file over MAX_FILE_BYTES (a page carrying its program inline, 284 KB) is scanned too, on its first
# LARGE_SCAN_BYTES cut at a line break, up to the hard ceiling LARGE_FILE_BYTES; one over the ceiling is not read, and the fact names
# it (``unread_large``)
LARGE_SCAN_BYTES = 1024 * 1024
LARGE_FILE_BYTES = 8 * 1024 * 1024
MAX_FILES = 10_000
MAX_LINE = 4000  # longer lines (minified, generated, data) are not scanned
_LONG_LINE = lazy_compile(rb"[^\n]{%d,}" % MAX_LINE)
MAX_TOTAL_BYTES = 48 * 1024 * 1024  # scanned, in path order
MAX_FINDINGS = 500
DATA_EXT = {"geojson", "topojson", "gpx", "kml", "csv", "tsv", "ndjson", "jsonl", "svg", "sql"}
# Types that are a credential by their shape (strong) vs. guesses from entropy or a keyword (weak).
WEAK_TYPES = {"Base64 High Entropy String", "Hex High Entropy String", "Secret Keyword", "Public IP (ipv4)", FRAMEWORK_KEY_WORD_KIND,
              LOCAL_DEFAULT_KIND}
EXTRA_NAMES = lazy_compile(r"(^id_(rsa|dsa|ecdsa|ed25519)$|\.(pem|key|ppk|p8|asc)$|^\.(npmrc|pypirc|netrc|htpasswd|pgpass|git-credentials|s3cfg|dockercfg)$|^credentials(\.json)?$|^\.env(\.[\w-]+)?$|\.env$)", re.I)
_lock = threading.Lock()
# the kinds of finding an account's password may take (a settings file's keyword, a literal in code, a URL's user:password)
_ACCOUNT_KINDS = ("Secret Keyword", "Password literal in code", "Basic Auth Credentials", "Credential setting", MEMBER_PASSWORD_KIND)

# A connection's user name and literal password on one line (Tomcat's <Resource username="…" password="…">,
# a Spring/Hibernate datasource): a credential to revoke, whatever its length or entropy
CONNECTION_LOGIN = lazy_compile(r"""\b(?:user(?:name)?|login|uid)\s*=\s*["'][^"'$%{}\s]+["'][^\n]{0,120}?\bpass(?:word|wd)?\s*=\s*["']([^"'$%{}<>\s]{6,})["']""", re.I)


# the host of a credential's address (user:pass@navitia_database/…, @kirin-db:5432): one label, as a Compose network names a container
_CREDENTIAL_HOST = lazy_compile(r"@([A-Za-z0-9][\w-]{0,62})(?=[:/\s?'\"]|$)")


def compose_hosts(ctx) -> frozenset[str]:
    """The service and container names of the repository's own Compose files: an address whose host is one of them reaches a
    container every reuser starts with the project (its default password is the compose file's own, nothing to revoke)."""
    return frozenset(compose_services(ctx))


def on_compose_host(line: str, hosts: frozenset[str]) -> bool:
    return bool(hosts) and any(m.group(1).lower() in hosts for m in _CREDENTIAL_HOST.finditer(line))


# the host of an address given by a variable or as one label (@$DOCKER_HOST, @${DB_HOST}, @pg): no named server of the Internet
_SCRIPT_HOST = lazy_compile(r"@(?:\$\{?\w+(?::?-[^}\s]*)?\}?|[A-Za-z0-9][\w-]{0,62})(?=[:/\s?'\"]|$)")


def compose_password_url(line: str, passwords: frozenset[str]) -> bool:
    """The line's address logs in with the password the repository's own Compose file gives its service container, on a host set
    at run time or named by one label (a sync script's postgres://postgres:postgres_fcu@$DOCKER_HOST:5432, the compose file's
    POSTGRES_PASSWORD: postgres_fcu): the local container's default, published with it, nothing to revoke."""
    creds = URL_CREDENTIALS.search(line) if passwords else None
    return bool(creds) and creds.group(1) in passwords and bool(_SCRIPT_HOST.search(line[creds.end() - 1:]))


def _committed_env_files(snap, entries, hosts: frozenset[str] = frozenset()) -> list[dict]:
    """Plain ``.env`` files (not templates) with sensitive values (:func:`env_value_finding`): path, line and variable name only;
    a value addressing a container of the repository's own Compose files is its local default. A production file
    (:func:`production_env`) is no framework's defaults file, and a framework's development secret equal to the value another
    settings file of the application sets is that file's secret, not a development default."""
    out = []
    files = []
    for e in entries:
        if not is_env_file(e.name) or is_env_template(e.path):
            continue
        text = snap.read_text(e.path, limit=MAX_FILE_BYTES)
        if text:
            files.append((e.path, text, production_env(e.path, text)))
    # (the values the application's production files set, by folder: .env.dev's APP_SECRET equal to .env.prod's, flagged there; a
    # CI file's copy of the development secret, .env.ci, stays one)
    served = {(path.rpartition("/")[0], m.group(1), m.group(2).strip()) for path, text, production in files if production
              for m in map(DOTENV_ASSIGN.match, text.splitlines()) if m and m.group(2).strip()}
    for path, text, production in files:
        framework_defaults = symfony_defaults_file(snap, path) and not production
        accounts = env_accounts(text)
        for i, line in enumerate(text.splitlines(), 1):
            m = DOTENV_ASSIGN.match(line)  # (KEY: value, as dotenv reads it)
            found = env_value_finding(m.group(1), m.group(2), accounts, framework_defaults) if m else None
            if found and "://" in m.group(2) and on_compose_host(m.group(2), hosts):
                continue  # KIRIN_DATABASE_URI=postgresql://kirin:kirin@kirin_database/kirin: the compose file's own container
            if found and found.get("default") == "framework" and (path.rpartition("/")[0], m.group(1), m.group(2).strip()) in served:
                found = {"kind": found["kind"], "variable": found["variable"], "strength": "strong", "class": "config"}
            if found:
                out.append({"path": path, "line": i, **found})
    return out


# Simpler regexes that match wherever these plugins' own (slow, look-behind) patterns can match.
CHEAP_PREFILTERS = {
    "CloudantDetector": r"cl(?:oudant|ou)?[_-]?(?:api)?[_-]?(?:key|pwd?|pass|token)|cloudant",
    "SoftlayerDetector": r"(?:softlayer|sl)[_-]?(?:api)?[_-]?(?:key|pwd?|pass|token)|softlayer",
    "IbmCloudIamDetector": r"key|pwd|pass|token",
    "IbmCosHmacDetector": r"secret[-_]?(?:access)?[-_]?key",
}


def _prefilters():
    """(regex, plugins) pairs: a line none of whose regexes matches cannot give a finding of those plugins.

    Regex-based plugins are prefiltered by their own denylist; the keyword plugin by its keyword list;
    the entropy plugins by quoted tokens long enough to pass their entropy limit (log2(length) must
    exceed it: 23 characters for base64 at 4.5, 8 for hex at 3.0).
    """
    from detect_secrets.plugins.keyword import DENYLIST
    from detect_secrets.settings import get_plugins

    out = []
    for plugin in get_plugins():
        name = type(plugin).__name__
        if name in CHEAP_PREFILTERS:
            out.append((re.compile(CHEAP_PREFILTERS[name], re.I), plugin))
        elif name == "KeywordDetector":
            out.append((re.compile("|".join(DENYLIST), re.I), plugin))
        elif name == "Base64HighEntropyString":
            out.append((re.compile(r"""['"][A-Za-z0-9+/=_-]{20,}"""), plugin))
        elif name == "HexHighEntropyString":
            out.append((re.compile(r"""['"][0-9a-fA-F]{8,}"""), plugin))
        elif getattr(plugin, "denylist", None):
            for pattern in plugin.denylist:
                out.append((pattern if hasattr(pattern, "search") else re.compile(pattern), plugin))
        else:  # an unknown plugin: run it on every line
            out.append((re.compile(r"\S"), plugin))
    return out


def _scan_local_file(filename: str, prefilters) -> list:
    """detect-secrets' line-based scan of one file, running on each line only the plugins that could match.

    Same steps as ``detect_secrets.core.scan.scan_file`` (file filters, transformers, line filters,
    plugins, context filters); falls back to it if the private helpers change.
    """
    from detect_secrets.core import scan as ds

    needed = ("_is_filtered_out", "_get_lines_from_file", "_scan_line", "get_code_snippet")
    if not all(hasattr(ds, n) for n in needed):  # pragma: no cover - other detect-secrets versions
        return [(s, "") for s in ds.scan_file(filename)]
    if ds._is_filtered_out(required_filter_parameters=["filename"], filename=filename):
        return []
    out = []
    for lines in lines_from_file(filename):  # ds._get_lines_from_file without the INI parse that cannot succeed
        content = [ln.rstrip() for ln in lines]
        text = "\n".join(content)
        starts = [0]
        for ln in content[:-1]:
            starts.append(starts[-1] + len(ln) + 1)
        candidates: dict[int, list] = {}
        for rx, plugin in prefilters:  # one pass of each regex over the whole text, in C
            last = -1
            for m in rx.finditer(text):
                if m.start() < last:
                    continue
                number = bisect.bisect_right(starts, m.start())
                plist = candidates.setdefault(number, [])
                if plugin not in plist:
                    plist.append(plugin)
                last = starts[number] if number < len(starts) else len(text)  # skip to the next line
        for number in sorted(candidates):
            line = content[number - 1]
            if len(line) > MAX_LINE:
                continue  # minified or data lines: the keyword and entropy plugins are quadratic there
            snippet = ds.get_code_snippet(lines=content, line_number=number)
            if ds._is_filtered_out(required_filter_parameters=["line"], filename=filename, line=line, context=snippet):
                continue
            for plugin in candidates[number]:
                for secret in ds._scan_line(plugin=plugin, filename=filename, line=line, line_number=number, context=snippet):
                    if not ds._is_filtered_out(required_filter_parameters=["context"], filename=secret.filename, secret=secret.secret_value,
                                               plugin=plugin, line=line, context=snippet):
                        out.append((secret, line))
        if out:
            break
    return out


def _baseline(snap) -> set[tuple[str, str]]:
    """(path, hashed secret) pairs a project's own .secrets.baseline marks as reviewed and not secret."""
    text = snap.read_text(".secrets.baseline", limit=5_000_000) if ".secrets.baseline" in snap.files else None
    if not text:
        return set()
    try:

        data = safejson.loads(text)
        return {(path, item.get("hashed_secret")) for path, items in (data.get("results") or {}).items() for item in items
                if isinstance(item, dict) and item.get("is_secret") is not True}
    except (ValueError, AttributeError, TypeError):
        return set()


def _is_prose(secret) -> bool:
    """A keyword hit whose value is words separated by spaces is a label or a sentence, not a
    credential (French code is full of them: ``SECRETISE = 'gisement nul (partiellement secrétisé)'``),
    and a placeholder (``YOURPASSWORD``, ``changeme``, ``secret_token``, ``<token>``, ``${VAR}``) is a
    value to fill in, not a secret."""
    value = getattr(secret, "secret_value", None) or ""
    return secret.type == "Secret Keyword" and (len(value.split()) >= 2 or bool(PLACEHOLDER.match(value.strip()) or REDACTED.match(value.strip())))


_SRI = lazy_compile(r"""\bintegrity\s*[=:]\s*["']?sha(256|384|512)-""", re.I)


def _is_integrity_hash(secret_type: str, line: str) -> bool:
    """A Subresource Integrity hash (``integrity="sha512-…"`` on a script or stylesheet from a CDN) is a public digest that
    makes the page safer, not a credential."""
    return secret_type in ("Base64 High Entropy String", "Hex High Entropy String") and bool(_SRI.search(line or "") or _only_digests(line or "")
                                                                                          or _ALPHABET.search(line or ""))


# base64's alphabet itself, written by every encoder and polyfill ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=", a
# btoa polyfill bundled into an ENT module's behaviours.js): public, no credential (issue 12, s47 fh47 = OPEN-ENT-NG/collaborative-wall)
_ALPHABET = lazy_compile(r"""["'`]ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789[+/=_-]{0,3}["'`]""")


# A Content-Security-Policy source ('sha256-…' of an inline script) is such a digest too, wherever it sits on the line.
_DIGEST = lazy_compile(r"sha(?:256|384|512)-[A-Za-z0-9+/]{20,}={0,2}")
_LONG_B64 = lazy_compile(r"[A-Za-z0-9+/]{20,}={0,2}")


def _only_digests(line: str) -> bool:
    """The line's long base64 strings are all CSP or SRI digests: hashes of public scripts, not credentials."""
    return bool(_DIGEST.search(line)) and not _LONG_B64.search(_DIGEST.sub("", line))


def _names_itself(line: str, value: str) -> bool:
    """A keyword hit whose value is a word of its own variable's name (``DB_PASSERELLE_NAME=passerelle``,
    ``DB_WCS_USER=wcs``) is a default name, not a credential."""
    m = ENV_ASSIGN.match(line or "")
    word = value.strip().strip("'\"").lower()
    return bool(m and word and word in m.group(1).lower().split("_"))


_STATE: tuple | None = None  # this process's detect-secrets settings and line prefilters
# detect-secrets' is_indirect_reference filter (secret = get_secret_key(), request.headers['apikey']) searches each finding's
# line with '([^\v=!:]*)\s*(:=?|[!=]{1,3})\s*(…)': the leading run, tried from every position, costs n² on a line of up to
# 1,000 characters (5 ms a finding: 40 % of the secrets scan of a portal of 8,792 files). The run may be empty, so a line
# matches exactly when the rest matches from an operator: the same filter, linear.
INDIRECT_REFERENCE = re.compile(r"(?::=?|[!=]{1,3})\s*[\w.-]+[\[\(][^\v]*[\]\)]")


def _state() -> tuple:
    global _STATE
    if _STATE is None:  # called under _lock: detect-secrets' modules import each other, a first import from two threads at once fails
        import detect_secrets.core.plugins  # noqa: F401
        import detect_secrets.core.scan  # noqa: F401
        from detect_secrets.core.plugins.util import get_mapping_from_secret_type_to_class
        from detect_secrets.settings import cache_bust, configure_settings_from_baseline

        # detect-secrets' default_settings() without the restore at exit: this process keeps them
        cache_bust()
        settings = configure_settings_from_baseline({"plugins_used": [{"name": t.__name__} for t in get_mapping_from_secret_type_to_class().values()]})
        from detect_secrets.filters import heuristic

        heuristic._get_indirect_reference_regex = lambda: INDIRECT_REFERENCE
        _STATE = (settings, _prefilters())
    return _STATE


def scan(path: str, data: bytes | None) -> list[tuple] | None:
    """detect-secrets on one file's contents (None when unreadable or binary): a task of
    ``ctx.map_blobs``, run in a worker process or here. The contents are written under a
    temporary folder with the file's base name (so that detect-secrets' file-type filters apply)."""
    if data is not None and path.lower().endswith(".pyc"):
        return _compiled_scan(path, data)
    if data is not None and is_source_map(path):
        return _map_scan(data)
    if data is not None and data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte order mark (a Windows editor's
        text = data.decode("utf-16", errors="replace")  # appsettings.json, a PowerShell-written .env): read as the snapshot reads it
        data = None if "\x00" in text[:4000] else text.lstrip("\ufeff").encode("utf-8")
    if data is None or b"\x00" in data[:8000]:
        return None
    if path.rsplit(".", 1)[-1].lower() in CELL_EXT:
        return _cells_scan(path, data)
    if len(data) > LARGE_SCAN_BYTES:  # (a large text file: its first LARGE_SCAN_BYTES, whole lines)
        data = data[:data.rfind(b"\n", 0, LARGE_SCAN_BYTES) + 1]
    name = path.rsplit("/", 1)[-1]
    name = name if name not in (".", "..") else "file"
    if name.lower().endswith((".yml", ".yaml")):
        # Scanned as a configuration file (its keyword plugin reads unquoted "password: value" lines, as in
        # Spring's application.yml; as plain text it wants quotes): detect-secrets' YAML transformer parses each
        # file in pure Python (37 s on openfisca-france's 4,000 parameter files) and would expand an alias bomb.
        name += ".conf"
    if len(data) >= MAX_LINE:  # blank lines of minified or generated code: detect-secrets' patterns are slow on them
        data = _LONG_LINE.sub(b"", data)
    with _lock:  # one scan at a time per process (global settings), in this process's own folder
        _settings, prefilters = _state()
        local = os.path.join(_scratch(), name)
        try:
            with open(local, "wb") as fh:
                fh.write(data)
            found = [(s.type, s.line_number, s.secret_hash, line) for s, line in _scan_local_file(local, prefilters)
                     if not _is_prose(s) and not (s.type == "Secret Keyword" and _names_itself(line, getattr(s, "secret_value", None) or ""))
                     and not not_a_value(path, s.type, line, getattr(s, "secret_value", None) or "")
                     and not _is_integrity_hash(s.type, line) and not (s.type == "Private Key" and (KEY_TEMPLATE.search(line or "") or pem_example(data.decode("utf-8", "replace"), s.line_number)))]
        finally:
            try:
                os.unlink(local)
            except OSError:
                pass
    seen = {n for _t, n, _h, _l in found}
    # (a Google key's own finding, a settings module's SECRET_KEY, a password's environment default, outranks detect-secrets' entropy or keyword guess on its line: the shape says what it is)
    return found + [f for f in extra_findings(path, data.decode("utf-8", "replace")) if f[1] not in seen or f[0].startswith("Google API key") or f[0] in OWN_KINDS]


# what a compiled file's lone constants cannot say: an entropy or address guess has no name beside it to judge it by
_COMPILED_GUESSES = {"Base64 High Entropy String", "Hex High Entropy String", "Public IP (ipv4)"}


def _compiled_scan(path: str, data: bytes) -> list[tuple]:
    """:func:`scan` on a committed compiled Python file's string constants and keyword calls (:mod:`secret_pyc`: its bytes read,
    never unmarshalled), as lines of its source file; line numbers are those of the rebuilt text, no line of the repository."""
    return [f for f in scan(source_path(path), compiled_text(data).encode("utf-8")) or [] if f[0] not in _COMPILED_GUESSES]


def _map_scan(data: bytes) -> list[tuple]:
    """:func:`scan` on the project's own sources a committed source map embeds (:mod:`secret_sourcemap`), each as a file of its
    name; a finding's line number is "<source>:<line>" (a line of the embedded source, no line of the repository). The same
    secret found in several sources is one finding."""
    found: list[tuple] = []
    for name, text in embedded_sources(data):
        for kind, number, secret_hash, line in scan(name, text.encode("utf-8")) or []:
            if (kind, secret_hash) not in {f[::2] for f in found}:
                found.append((kind, f"{name}:{number}", secret_hash, line))
    return found


# Jupyter notebooks, R Markdown and Quarto documents: their code cells are code, a token written in one as committed as in a
# script (a notebook's `access_token = '…'`); their prose and figures are not read (a figure's base64 is no secret)
CELL_EXT = {"ipynb", *LITERATE_EXT}
# A notebook is bounded as textscan bounds it (s35 ad35): its file read up to NOTEBOOK_MAX_RAW_BYTES (and the snapshot's cap), its
# outputs dropped, its cell sources (code and Markdown) bounded to MAX_FILE_BYTES: a token in the code cells of a notebook of 600 KB,
# most of it figures in base64, is read. Cells alone over the bound: the notebook is left unread and counted too large (the scan's
# answer is this kind, with the cells' size). In the MAX_TOTAL_BYTES of the scan a notebook weighs at most twice MAX_FILE_BYTES
# (what is scanned of it: cells, outputs); the raw files of the notebooks read are bounded together by NOTEBOOK_TOTAL_RAW_BYTES.
CELLS_TOO_LARGE = "~cells-too-large"
NOTEBOOK_TOTAL_RAW_BYTES = 256 * 1024 * 1024
# A notebook's text outputs (what its cells printed: `!env`, `print(os.environ)`, a response) are published with it, a printed token
# as readable as a written one: they are read too, their first MAX_FILE_BYTES (embedded.notebook_outputs), for the credentials
# detect-secrets knows by their shape only (a GitHub or AWS key, a private key, a JWT, a password in an address). Its guesses (a
# long random string, a "password" word) are not kept there: outputs are data (identifiers, hashes, a table's cells), not settings.
OUTPUT_EXT = "txt"


def _cells_scan(path: str, data: bytes) -> list[tuple]:
    """:func:`scan` on a notebook's or literate document's code cells, each language's as a file of that language, on the
    lines of the document (textscan's reading: a notebook's cells in its kernel's language, a document's chunks in their language),
    and on a notebook's text outputs (:data:`OUTPUT_EXT`, shaped credentials only)."""
    text = data.decode("utf-8", "replace")
    outputs = None
    if path.lower().endswith(".ipynb"):
        code, size, ext = notebook_scan(text, MAX_FILE_BYTES)
        if size is not None and size > MAX_FILE_BYTES:
            return [(CELLS_TOO_LARGE, size, "", "")]
        parts = {ext or "txt": code} if code is not None else {}
        outputs = notebook_outputs(text, MAX_FILE_BYTES) if size is not None else None
    else:
        parts = literate_code(text, shown=True)  # (a chunk only shown, {r, eval = FALSE}, is published all the same)
    found: list[tuple] = []
    for ext, code in parts.items():
        found += [f for f in scan(f"{path}.{ext}", code.encode("utf-8")) or [] if f[:2] not in {g[:2] for g in found}]
    if outputs and outputs.strip():
        printed = scan(f"{path}.{OUTPUT_EXT}", outputs.encode("utf-8")) or []
        shaped = _shaped_types()  # (after a scan: detect-secrets' modules imported under its lock)
        found += [f for f in printed if f[0] in shaped and f[:2] not in {g[:2] for g in found}]
    return found


def _shaped_types() -> frozenset[str]:
    """The secret types of detect-secrets' plugins that are a credential by their shape (its entropy, keyword and address guesses
    left out: :data:`WEAK_TYPES`)."""
    from detect_secrets.core.plugins.util import get_mapping_from_secret_type_to_class

    return frozenset(get_mapping_from_secret_type_to_class()) - WEAK_TYPES


def _scratch() -> str:
    """This process's scratch folder for the file being scanned (:mod:`auditor.scratch`: inside the audit's own
    root, which the audit removes even when this process is a worker killed on the audit's budget)."""
    return scratch.folder()


_DEV_SECTION = {"development", "dev", "test", "testing", "local"}
_TOP_KEY = lazy_compile(r"^([A-Za-z_][\w-]*)\s*:\s*(?:&\w+\s*)?(?:#.*)?$")


def _dev_section(text: str, line_number: int) -> bool:
    """The line sits in the development or test section of a YAML file keyed by environment (Rails' config/secrets.yml,
    database.yml: ``development:`` then ``secret_key_base: d4edb…``): a throw-away value of a developer's machine."""
    for line in reversed(text.splitlines()[: line_number - 1]):
        m = _TOP_KEY.match(line)
        if m:
            return m.group(1).lower() in _DEV_SECTION
        if line and not line[0].isspace() and not line.startswith("#"):
            return False
    return False


def _class(ctx, path: str, strength: str) -> str:
    """Where a finding stands: test, development settings (weak guesses only), example, or the file's class."""
    cls = "test" if inventory_of(ctx).category(path) == "test" else file_class(path)
    cls = "config" if cls == "doc" and KEY_FILE.search(path) else cls  # (a key file kept beside the docs, Documentation/Reports/idpprivkey.pem: a key)
    if DEV_SETTINGS.search(path) and strength == "weak":
        cls = "dev-config"
    if EXAMPLE_FILE.search(path):
        cls = "example"
    if cls == "example" and template_package(ctx, path):
        cls = "code"
    return cls


# a JVM source file at a source root's top-level package named like an example folder (package sample;): IntelliJ's JavaFX
# project template names the application's package "sample" (src/sample/Main.java): the program's own code, no example
_SOURCE_ROOT = lazy_compile(r"(?:^|/)src(?:/main/(?:java|kotlin|scala|groovy))?/([A-Za-z_]\w*)/[^/]+\.(?:java|kt|scala|groovy)$")
_PACKAGE_LINE = lazy_compile(r"^[ \t]*package[ \t]+([A-Za-z_]\w*)[ \t]*;?[ \t]*$", re.M)


def template_package(ctx, path: str) -> bool:
    """The file sits in a top-level package of a source root (src/sample/, src/main/java/sample/) that its own ``package`` line
    declares: the program's package, whatever its name (its first 4 KB searched)."""
    m = _SOURCE_ROOT.search(path)
    if not m:
        return False
    declared = _PACKAGE_LINE.search(ctx.snapshot.read_head(path, 4096) or "")
    return bool(declared) and declared.group(1) == m.group(1)


def _unique(findings: list[dict]) -> list[dict]:
    """One finding per line of a file, the first strong one else the first: a line holds one value, which detect-secrets' entropy
    and keyword guesses may both name (s28 c28 = s27 m19o1, a map page's `const ORS_API_KEY = '<56 hex>'`: two "probable secrets"
    for one key). Findings without a line (a keystore) stay one per (path, kind), a source map's one per embedded source line."""
    first: dict = {}
    for f in findings:
        key = (f["path"], f["line"]) if f.get("line") is not None else (f["path"], None, f["kind"], f.get("embedded"))
        if key not in first or (f["strength"] == "strong" and first[key]["strength"] != "strong"):
            first[key] = f
    return [f for f in findings if first.get((f["path"], f["line"]) if f.get("line") is not None else (f["path"], None, f["kind"], f.get("embedded"))) is f]


_API_KEY = lazy_compile(r"api_?key|apikey|access_?key|secret|token", re.I)
# A YAML setting naming a class, not a value (issue 12, s45 fh45 = a Symfony application's config/packages/): a PHP class as the value
# (request_password_repository: App\Repository\ResetPasswordRequestRepository), or a class as the key given a word of the framework
# (password_hashers: Symfony\…\PasswordAuthenticatedUserInterface: 'auto'): code the framework loads, no secret to revoke
_PHP_CLASS = r"\\?[A-Z]\w*(?:\\[A-Z]\w*)+(?:::class)?"  # (StudlyCaps namespaces, as PSR-4 names them)
_CLASS_SETTING = lazy_compile(r"""^\s*(?:-\s*)?(['"]?)(?P<key>[^'":#]{1,200})\1\s*:\s*(['"]?)(?P<value>[^'"#\s]{1,200})\3\s*(?:#.*)?$""")
_FRAMEWORK_WORD = lazy_compile(r"[a-z][a-z0-9_]{0,19}")


def class_setting(line: str) -> bool:
    """A YAML line whose value is a PHP class name, or whose key is one given a lower-case word (see :data:`_CLASS_SETTING`)."""
    m = _CLASS_SETTING.match(line or "")
    if not m:
        return False
    key, value = m.group("key").strip(), m.group("value")
    return bool(re.fullmatch(_PHP_CLASS, value) or (re.fullmatch(_PHP_CLASS, key) and _FRAMEWORK_WORD.fullmatch(value)))


# Composer's forge credentials (config.github-oauth / gitlab-oauth / gitlab-token in composer.json or auth.json): a forge
# host given a token of the forge's shape (40 hex of a GitHub OAuth token, ghp_…, github_pat_…, glpat-…)
_COMPOSER_AUTH_KEY = lazy_compile(r'"(?:github-oauth|gitlab-oauth|gitlab-token)"\s*:')
_FORGE_TOKEN = lazy_compile(r'"[\w.-]+"\s*:\s*"(?:[0-9a-fA-F]{40}|gh[pousr]_[A-Za-z0-9]{36,}|github_pat_\w{22,}|glpat-[\w-]{20,})"')


def composer_forge_token(path: str, line: str, before: str) -> bool:
    """A forge token under Composer's ``github-oauth`` (or GitLab's) key: an account's access token to the forge's API."""
    return os.path.basename(path) in ("composer.json", "auth.json") and bool(_FORGE_TOKEN.search(line or "")) \
        and bool(_COMPOSER_AUTH_KEY.search(before + "\n" + (line or "")))


# Nx Cloud's access token in nx.json ("nxCloudAccessToken", or tasksRunnerOptions' "accessToken" before Nx 17): base64 of
# "<uuid>|read-write" or "<uuid>|read-only". Nx lets a read-only one be committed; a read-write one writes the remote build cache
# every clone then replays (an nx.json's "OTI0…ZQ==" decoding to "…|read-write": issue 12, s31)
_NX_CLOUD_TOKEN = lazy_compile(r'"(?:nxCloudAccessToken|accessToken)"\s*:\s*"([A-Za-z0-9+/]{20,}={0,2})"')


def nx_cloud_write_token(path: str, line: str) -> bool:
    """An Nx Cloud read-write access token written in ``nx.json`` (:data:`_NX_CLOUD_TOKEN`)."""
    m = _NX_CLOUD_TOKEN.search(line or "") if os.path.basename(path) == "nx.json" else None
    try:
        decoded = base64.b64decode(m.group(1), validate=True).decode("ascii") if m else ""
    except (ValueError, UnicodeDecodeError):
        return False
    return bool(re.fullmatch(r"[\w-]{8,}\|read-write", decoded))


# a long value of a line: a key, token or password as written (never kept, only compared)
_LONG_VALUE = re.compile(r"[A-Za-z0-9+/_.=-]{20,}")


def upstream_texts(snap, path: str) -> list[str]:
    """The same-named files of the submodules' committed copies (:attr:`Snapshot.folded`), at most 5 read."""
    name = path.rsplit("/", 1)[-1]
    same = [p for p in sorted(snap.folded) if p.rsplit("/", 1)[-1] == name][:5]
    return [t for p in same if (t := snap.read_folded(p, MAX_FILE_BYTES))]


def upstream_default(texts: list[str], line: str) -> bool:
    """The line's long value is written in the same-named file of a submodule's committed copy (``texts``, :func:`upstream_texts`:
    MapStore2/'s own web/client/configs/localConfig.json bingApiKey, copied into a MapStore extension's configs/localConfig.json):
    the upstream's default, published by it, not the project's to revoke (issue 12, s29)."""
    values = [v for v in _LONG_VALUE.findall((line or "")[:4000]) if re.search(r"\d", v) and re.search(r"[A-Za-z]", v)]
    return any(v in text for text in texts for v in values)


# Secrets their vendor publishes as a default, by detect-secrets' hash (values never written here): BigBlueButton's public test
# server, test-install.blindsidenetworks.com, whose shared secret Greenlight's config/application.rb and BigBlueButton's own
# documentation ship as the fallback of BIGBLUEBUTTON_SECRET; every fork carries it, nothing of the project's to revoke (issue 12, s30)
PUBLIC_DEFAULTS = {"922f2c0d71afabb6ea78279e8bea2fef2c93b76b": "BigBlueButton test server (test-install.blindsidenetworks.com)"}


# Spring's development and test profiles (application-dev.yml, the profile JHipster runs with ./mvnw): their signing keys (a JWT
# "base64-secret", a remember-me key) sign a developer's local sessions only; the same key in application.yml or application-prod.yml
# is the deployed one (issue 12, s31 h31)
SPRING_DEV_PROFILE = lazy_compile(r"(^|/)application-(dev|development|local|test)\.(ya?ml|properties)$")
_PASS_NAME = lazy_compile(r"pass|pwd|mdp", re.I)
# A Rails initializer (config/initializers/*.rb) as its generator wrote it: every option commented out with an example value (Devise's
# `# config.secret_key = '<128 hex>'`, `# config.pepper = '…'`, generated at install, never read): a commented-out line there is
# the generator's example, not a live secret (issue 12, s32 r32)
_INITIALIZER = lazy_compile(r"(^|/)config/initializers/[^/]+\.rb$")


def _compiled_findings(ctx, compiled: list, scans: dict, reviewed: set, local) -> list[dict]:
    """Findings of the committed compiled Python files (``compiled``, scanned by :func:`_compiled_scan`), without a line: a secret
    their source file, committed, holds too is that file's finding (one secret, one finding), and one the several compilations
    of a module hold (.cpython-311.pyc, .cpython-312.pyc) is the first's. Judged as the main loop judges a source line: a shape
    is a credential, a keyword a hint unless given beside its account's name or to a named server's sign-in, not on this
    machine's database (issue 12, s36 a36 = cromex-DORA/DORA_app_aws)."""
    sources = {(p, h) for p, found in scans.items() if found and not p.lower().endswith(".pyc") for _k, _n, h, _l in found}
    out, seen = [], set()
    for e in compiled:
        source = source_path(e.path)
        for kind, _number, secret_hash, line in scans.get(e.path) or []:
            if (source, secret_hash) in sources or (source, secret_hash) in seen or (e.path, secret_hash) in reviewed:
                continue
            seen.add((source, secret_hash))
            home = local(line) or local_account_default(line or "", line or "")
            if kind == "Basic Auth Credentials":
                creds = URL_CREDENTIALS.search(line)
                if creds and (PLACEHOLDER.match(creds.group(1)) or role_words(line) or placeholder_host(line)) or home:
                    continue  # (an example's address, a local database's: as in a source file)
            strength = "weak" if kind in WEAK_TYPES else "strong"
            if kind == "Secret Keyword" and not home and (((login := CONNECTION_LOGIN.search(line)) and not PLACEHOLDER.match(login.group(1))
                                                           and not REDACTED.match(login.group(1))) or call_password(line)
                                                          or remote_account_password(line, line)):
                strength = "strong"  # (psycopg.connect(user=…, password="…", host="<public address>") compiled in: a credential)
            out.append({"path": e.path, "line": None, "kind": kind, "strength": strength, "class": _class(ctx, source, strength), "compiled": True})
    return out


def _map_findings(ctx, maps: list, scans: dict, reviewed: set, local) -> list[dict]:
    """Findings of the committed source maps (``maps``, scanned by :func:`_map_scan`), without a line of the repository, the
    embedded source and its line named: a secret a committed file holds too is that file's finding (one secret, one finding), and
    one several maps hold is the first's. A shape, a password literal or an API key is a credential; a keyword or entropy guess
    a hint, as in a compiled file."""
    sources = {h for p, found in scans.items() if found and not is_source_map(p) and not p.lower().endswith(".pyc") for _k, _n, h, _l in found}
    out, seen = [], set()
    for e in maps:  # (a key's own finding before the entropy guess on the same value)
        for kind, where, secret_hash, line in sorted(scans.get(e.path) or [], key=lambda f: f[0] in WEAK_TYPES):
            if secret_hash in sources or secret_hash in seen or (e.path, secret_hash) in reviewed or local(line or ""):
                continue
            if kind == "Basic Auth Credentials" and (creds := URL_CREDENTIALS.search(line or "")) and (PLACEHOLDER.match(creds.group(1)) or placeholder_host(line)):
                continue
            seen.add(secret_hash)
            strength = "weak" if kind in WEAK_TYPES else "strong"
            out.append({"path": e.path, "line": None, "kind": kind, "strength": strength, "class": _class(ctx, str(where).rsplit(":", 1)[0], strength),  # (the embedded source's)
                        "compiled": True, "source_map": True, "embedded": str(where)})
    return out


def _within_bounds(candidates: list) -> list:
    """The candidates read, in path order (:func:`within_bounds`, by count then bytes): a notebook weighs what is scanned of it, at
    most twice MAX_FILE_BYTES (its cells, its printed text), in MAX_TOTAL_BYTES, and its file in NOTEBOOK_TOTAL_RAW_BYTES of its own."""
    kept, total, raw = [], 0, 0
    for e in candidates:
        notebook = e.ext.lower() == "ipynb"
        weight = min(e.size, 2 * MAX_FILE_BYTES) if notebook else min(e.size, LARGE_SCAN_BYTES)  # (what is scanned of it)
        if len(kept) >= MAX_FILES:
            break
        if total + weight > MAX_TOTAL_BYTES or (notebook and raw + e.size > NOTEBOOK_TOTAL_RAW_BYTES):
            continue
        kept.append(e)
        total += weight
        raw += e.size if notebook else 0
    return kept


def own_assistant_file(path: str) -> bool:
    """A file of a coding assistant's folder (.claude/, .specify/…) outside any folder of installed packages (node_modules/…)."""
    return in_assistant_tooling(path) and not any(seg in VENDOR_DIRS for seg in path.split("/")[:-1])


@fact("secrets", version=117, public=False, ahead=3)
def secrets(ctx) -> dict:
    snap = ctx.snapshot
    inv = inventory_of(ctx)  # a package copied into libs/ (its own licence or manifest) is vendored by the inventory, not by its path
    # (a shell script in a distribution folder is written by hand, no build writes one: dist/install-ubuntu-20.04.sh, the installer
    # shipped with a release, its defaults the installation's passwords)
    pool = [e for e in snap.files.values()
            if e.kind in ("file", "executable")
            and (e.ext in ("sh", "bash") or (not is_generated(e.path) and inv.category(e.path) != "build"))
            # (nor what a build wrote: NuGet's obj/project.assets.json hashes); a coding assistant's folder is tooling, not the
            # project's code, but its settings and scripts are the developers' own: a token written there is committed too
            and ((not is_vendored(e.path) and inv.category(e.path) != "vendored") or own_assistant_file(e.path))
            and e.ext not in DATA_EXT]
    named = lambda e: is_scannable(e, tooling=True) or e.ext in ("sh", "bash") or e.ext.lower() in CELL_EXT or EXTRA_NAMES.search(e.name) or re.search(r"(^|/)\.?envs?/", e.path)  # noqa: E731
    entries = [e for e in pool if named(e)]
    # (and a file of any other name whose first line is a private key's: Vagrant's .vagrant/machines/default/virtualbox/private_key)
    entries = sorted(entries + pem_key_files(snap, [e for e in pool if not named(e)]), key=lambda e: e.path)
    notebook_cap = min(NOTEBOOK_MAX_RAW_BYTES, snap.max_blob) if snap.max_blob else NOTEBOOK_MAX_RAW_BYTES
    # (a program's or a page's file over MAX_FILE_BYTES, up to LARGE_FILE_BYTES: scanned in part; a data or settings file over it, a
    # dump read by its own rules, is not)
    program = lambda e: e.ext.lower() != "ipynb" and file_class(e.path) in ("code", "template")  # noqa: E731
    candidates = [e for e in entries if e.size <= (notebook_cap if e.ext.lower() == "ipynb" else LARGE_FILE_BYTES if program(e) else MAX_FILE_BYTES)]
    too_large = len(entries) - len(candidates)
    # (files over the ceiling, not read: named, never left out silently; those over LARGE_SCAN_BYTES are read in part)
    unread_large = [e.path for e in entries if program(e) and e.size > LARGE_FILE_BYTES]
    read_in_part = [e.path for e in candidates if e.ext.lower() != "ipynb" and e.size > LARGE_SCAN_BYTES]
    hosts = compose_hosts(ctx)
    passwords = compose_passwords(ctx)
    local_address = lambda line: bool(LOCAL_HOST.search(line)) or on_compose_host(line, hosts) or compose_password_url(line, passwords)  # noqa: E731 - a dev/CI database or the compose's own container
    findings: list[dict] = _committed_env_files(snap, candidates, hosts) + [{"path": p, "line": n, "kind": k, "strength": "strong", "class": _class(ctx, p, "strong")}
                                                                    for p, k, n in filled_settings(snap, candidates, MAX_FILE_BYTES)]  # (secret_calls)
    # the lines of a framework's development secret in its committed defaults file (Symfony's APP_SECRET in .env): set aside once,
    # detect-secrets' keyword and entropy guesses on them are the same value
    framework_lines = {(f["path"], f["line"]) for f in findings if f.get("default") == "framework"}
    reviewed = _baseline(snap)
    acknowledged = 0
    placeholders = 0
    local_dev = 0
    scanned = 0
    kept = _within_bounds(candidates)
    complete = len(kept) == len(candidates)
    # (committed compiled Python files, __pycache__/*.pyc: read through their string constants, secret_pyc)
    compiled_all = sorted((e for e in snap.files.values() if e.kind == "file" and e.ext.lower() == "pyc" and not is_vendored(e.path)
                           and inv.category(e.path) != "vendored"), key=lambda e: e.path)
    compiled = within_bounds([e for e in compiled_all if e.size <= MAX_FILE_BYTES], MAX_PYC_FILES, MAX_PYC_TOTAL_BYTES)[0]
    too_large += sum(1 for e in compiled_all if e.size > MAX_FILE_BYTES)
    compiled_complete = len(compiled) == len([e for e in compiled_all if e.size <= MAX_FILE_BYTES])
    # (committed source maps of a JavaScript build, *.js.map: the project's own sources they embed, secret_sourcemap)
    maps_all = sorted((e for e in snap.files.values() if e.kind == "file" and is_source_map(e.path) and not is_vendored(e.path)
                       and inv.category(e.path) != "vendored"), key=lambda e: e.path)
    map_cap = min(MAX_MAP_BYTES, snap.max_blob) if snap.max_blob else MAX_MAP_BYTES  # (over the snapshot's cap a file is never read)
    maps = within_bounds([e for e in maps_all if e.size <= map_cap], MAX_MAP_FILES, MAX_MAP_TOTAL_BYTES)[0]
    unread_maps = [[e.path, e.size] for e in maps_all if e.size > map_cap]  # (named: their sources may hold what .gitignore keeps out)
    compiled_complete = compiled_complete and len(maps) == len([e for e in maps_all if e.size <= map_cap])
    scans = ctx.map_blobs("detect-secrets", 36, kept + compiled + maps, scan, binary=True, limit=max(LARGE_FILE_BYTES, notebook_cap))  # (each file's bound checked above)
    # (a notebook whose cells alone are over MAX_FILE_BYTES: unread, as a file over it)
    cells_too_large = {p for p, found in scans.items() if found and found[0][0] == CELLS_TOO_LARGE}
    if cells_too_large:
        scans = {p: (None if p in cells_too_large else found) for p, found in scans.items()}
        too_large += len(cells_too_large)
    specs = {d["path"] for d in (ctx.fact("api_specs") or {}).get("documents") or [] if d.get("spec")}  # (asked after the scan is submitted: started ahead, this fact stops at map_blobs, before api_specs computes the text signals here)
    limit_of = lambda path: notebook_cap if path.lower().endswith(".ipynb") else LARGE_FILE_BYTES  # noqa: E731 - as the scan read it
    text_lines = functools.lru_cache(maxsize=1)(lambda path: (snap.read_text(path, limit=limit_of(path)) or "").splitlines())

    def lines_before(path: str, number: int) -> str:  # the 3 lines above a finding (an argument list broken over lines)
        return "\n".join(text_lines(path)[max(0, number - 4): max(0, number - 1)])

    def lines_around(path: str, number: int) -> str:  # the 3 lines above and below a finding, its own too (an array's other keys)
        return "\n".join(text_lines(path)[max(0, number - 4): number + 3])
    upstream_of = functools.lru_cache(maxsize=1)(lambda path: upstream_texts(snap, path))
    tests_of = functools.lru_cache(maxsize=1)(lambda path: test_code_lines(snap.read_text(path, limit=limit_of(path)) or ""))
    examples_of = functools.lru_cache(maxsize=1)(lambda path: doc_example_lines(snap.read_text(path, limit=limit_of(path)) or ""))
    browser_keys: list[list] = []
    for e in kept:
        found = scans[e.path]
        if found is None:  # unreadable or binary (or a notebook's cells over the bound)
            continue
        scanned += 1
        # (a production settings file's localhost is the production server's own database: its password, other than the
        # account's name, is live; a service container's stays the Compose file's default)
        production = bool(found) and ".env" in e.name.lower() and production_env(e.path, "\n".join(text_lines(e.path)))
        local = (lambda line: local_address(line) and not production_loopback(line)) if production else local_address
        random_lines = {ln for kind, ln, _h, _l in found if kind in ("Base64 High Entropy String", "Hex High Entropy String")}
        shaped_lines = {ln for kind, ln, _h, _l in found if kind not in WEAK_TYPES}  # (a token of a known shape says it already)
        key_lines = {ln for kind, ln, _h, _l in found if kind in OWN_KINDS}
        browser_keys += [[e.path, f[1]] for f in found if f[0] == BROWSER_PAGE_KEY_KIND]  # (a page's map key: public by design, named apart)
        found = [f for f in found if f[0] != BROWSER_PAGE_KEY_KIND]
        for kind, line_number, secret_hash, line in (f for f in found if not site_token(f) and not public_token(f) and (e.path, f[1]) not in framework_lines):  # (a page's site-ownership token, a captcha's site key, a Supabase anon key: public)
            if (e.path, secret_hash) in reviewed:
                acknowledged += 1
                continue
            strength = "weak" if kind in WEAK_TYPES else "strong"
            if kind not in OWN_KINDS and line_number in key_lines:
                continue  # (detect-secrets' keyword or entropy guess on a SECRET_KEY line: the same value, already a finding)
            if _INITIALIZER.search(e.path) and (line or "").lstrip().startswith("#"):
                findings.append({"path": e.path, "line": line_number, "kind": kind, "strength": "weak", "class": "example"})
                continue  # (a generator's commented-out example option: nothing reads it)
            if kind in WEAK_TYPES and line_number in examples_of(e.path):  # (a doc comment's example answer, @return … {"token": "1mx6…"})
                findings.append({"path": e.path, "line": line_number, "kind": kind, "strength": "weak", "class": "doc"})
                continue
            if kind in (ENV_DEFAULT_KIND, ENV_DEFAULT_KEY_KIND) and (SEED_PATH.search(e.path) or local(line)):
                strength = "weak"  # (a seed's or a local database's fallback: a hint, as detect-secrets' keyword one)
            if kind in OWN_KINDS and (DEV_SETTINGS.search(e.path) or SPRING_DEV_PROFILE.search(e.path)):
                strength = "weak"  # (settings/dev.py, settings_local.py, Spring's application-dev.yml: a developer's own machine, as a keyword hint there)
            # (a constant named as a development default, DEV_JWT_SECRET = '…', that the same file compares the configured value with
            # to refuse it, env.JWT_SECRET === DEV_JWT_SECRET in an environment schema's production rule: a default the code itself
            # rejects in production, nothing to revoke — issue 12, s45 fl45)
            if kind in _DEFAULT_KINDS and file_class(e.path) in ("code", "config") and refused_dev_default(line or "", "\n".join(text_lines(e.path))):
                findings.append({"path": e.path, "line": line_number, "kind": kind, "strength": "weak", "class": "dev-config", "default": "refused"})
                continue
            if kind in ("Secret Keyword", "Credential setting") and file_class(e.path) == "i18n":
                continue  # a translation file's label ("password: 'Mot de passe'", FOSUserBundle's 40 languages): words shown, not a secret
            if kind == "Secret Keyword" and e.ext.lower() in ("yml", "yaml") and class_setting(line):
                continue  # a class named by a setting (App\Repository\…Repository; a hasher per user class, 'auto'): code, no secret
            if kind == "Secret Keyword" and "django-insecure-" in line:  # Django's throw-away key of startproject, refused by its deploy checks
                findings.append({"path": e.path, "line": line_number, "kind": kind, "strength": "weak", "class": "dev-config"})
                continue
            if kind == "Secret Keyword" and e.ext in ("yml", "yaml") and _dev_section(snap.read_text(e.path, limit=MAX_FILE_BYTES) or "", line_number):
                findings.append({"path": e.path, "line": line_number, "kind": kind, "strength": "weak", "class": "dev-config"})
                continue  # the development or test section of an environment-keyed YAML file: nothing deployed to revoke
            if kind == "Secret Keyword" and _PASSWORD_KEY.search(key_of(line)) and _random_value(line) and file_class(e.path) == "config" \
                    and not DEV_SETTINGS.search(e.path) and not EXAMPLE_FILE.search(e.path) \
                    and not (SPRING_DEV_PROFILE.search(e.path) and not _PASS_NAME.search(key_of(line))):  # (a token key of the dev profile, as its remember-me key)
                strength = "strong"  # password: v8s822or18hH in the service's own application.yml: a credential, not a guess
            # (this machine's database, by an address or by the account's own name as its password beside host localhost: a hint)
            home = local(line) or (kind in ("Secret Keyword", "Password literal in code") and local_account_default(line or "", lines_around(e.path, line_number)))
            if kind in ("Secret Keyword", "Password literal in code") and e.ext in ("php", "inc") and (php_password(line) or php_defined_password(line)) \
                    and file_class(e.path) in ("code", "config") \
                    and not DEV_SETTINGS.search(e.path) and not EXAMPLE_FILE.search(e.path) and not is_test(e.path) and not SEED_PATH.search(e.path) \
                    and not home:
                strength = "strong"  # $http_proxy_password="Spg#7"; in a committed PHP configuration: the account's password, read as it is (s25)
            if kind == "Secret Keyword" and line_number in random_lines and _API_KEY.search(key_of(line)) \
                    and _random_value(line) and not DEV_SETTINGS.search(e.path) and not EXAMPLE_FILE.search(e.path) and not is_test(e.path) \
                    and not public_client_key(line):  # (a Google/Firebase web key, AIza…, a Mapbox pk.…, is public by design: a hint)
                strength = "strong"  # const API_KEY = '<56 random characters>' in a script: both detectors agree on a committed key
            # (a keyword or an entropy hit: var CLEFAPI = '<32 hex>' is seen by its entropy only, s44 fk44)
            if kind in ("Secret Keyword", "Hex High Entropy String", "Base64 High Entropy String") and file_class(e.path) == "code" \
                    and not is_test(e.path) and not EXAMPLE_FILE.search(e.path) \
                    and not DEV_SETTINGS.search(e.path) and not public_client_key(line) and sent_api_key(line or "", "\n".join(text_lines(e.path))):
                strength = "strong"  # API_KEY = "<8 characters>" sent as "apiKey" to https://api.<service>.com: the service's key, however short
                # (not a Google/Firebase web key, AIza…: public by design, judged by its own rule, "Google API key in code", s26)
            if kind in ("Base64 High Entropy String", "Hex High Entropy String") and named_random_key(line) and line_number not in shaped_lines \
                    and (file_class(e.path) == "code" or inv.category(e.path) == "source") and not DEV_SETTINGS.search(e.path) and not EXAMPLE_FILE.search(e.path) and not is_test(e.path):
                strength = "strong"  # $token = '<40 random characters>' sent as an API header (detect-secrets' keywords lack "token"): a key
            if kind in ("Base64 High Entropy String", "Hex High Entropy String") and composer_forge_token(e.path, line, lines_before(e.path, line_number)):
                strength = "strong"  # "github-oauth": {"github.com": "<40 hex>"} in composer.json: a GitHub account's token, not a random string to review
            if kind in ("Base64 High Entropy String", "Secret Keyword") and nx_cloud_write_token(e.path, line):
                kind, strength = "Nx Cloud read-write access token", "strong"  # (a write key to the shared build cache, not a string to review)
            # (not a test's user, a pytest fixture's create_user(username="testuser", password="testpass123") in conftest.py: the throw-away
            # test database's account; a test signing in to a live server is one, remote_test_login below; s44 fk44)
            if kind == "Secret Keyword" and not home and (((login := CONNECTION_LOGIN.search(line)) and not PLACEHOLDER.match(login.group(1))
                    and not REDACTED.match(login.group(1)) and file_class(e.path) != "test") or (call_password(line) and not is_test(e.path))):
                strength = "strong"  # a connection's user name and literal password (a Tomcat DataSource), a literal given to a sign-in call ($ldap->bind($dn, password => 'k8Zq…')): a credential
            # (or beside its account's name and a host on the Internet, whatever the detector's guess: Django's DATABASES "USER", "PASSWORD",
            # "HOST": "<name>.proxy.rlwy.net" in the settings, a hosted database's credentials)
            if kind in ("Secret Keyword", "Base64 High Entropy String", "Hex High Entropy String") and not home and file_class(e.path) in ("code", "config") \
                    and (remote_account_password(line or "", lines_around(e.path, line_number))
                         or server_account_pair(line or "", lines_around(e.path, line_number))) and not is_test(e.path) and not SEED_PATH.search(e.path) \
                    and not DEV_SETTINGS.search(e.path) and not EXAMPLE_FILE.search(e.path):
                strength = "strong"
            # (a password given by name beside its account's name: http_basic_authenticate_with name: 'staging', password: '…')
            if kind in ("Secret Keyword", "Password literal in code") and (code_password(line) or keyword_password(line, lines_before(e.path, line_number))):
                if file_class(e.path) == "code" and not is_test(e.path) and not SEED_PATH.search(e.path) and not DEV_SETTINGS.search(e.path) \
                        and not EXAMPLE_FILE.search(e.path) and not home:
                    strength = "strong"  # const serviceAPIpassword = "9SV4…" in the application's code: an account's password, shipped with it
                elif kind != "Secret Keyword" and strength != "strong":  # (a PHP configuration's password stays: php_password above)
                    continue  # (a test's, a seed's or a local database's password: detect-secrets' own hint, if any, is enough)
            if kind == MEMBER_PASSWORD_KIND and (is_test(e.path) or SEED_PATH.search(e.path) or EXAMPLE_FILE.search(e.path)):
                strength = "weak"  # (a test's or a seed's account beside its login: a hint, as detect-secrets' keyword one)
            if strength == "strong" and kind in _ACCOUNT_KINDS and throwaway_mail_account(lines_around(e.path, line_number)):
                strength = "weak"  # (an Ethereal or Mailtrap testing inbox's generated account: a fake SMTP server, nothing delivered; s44 fa44)
            if kind == "Basic Auth Credentials":
                creds = URL_CREDENTIALS.search(line)
                if creds and (PLACEHOLDER.match(creds.group(1)) or role_words(line) or placeholder_host(line)):
                    placeholders += 1  # user:password@host in an example or a usage text
                    continue
                if local(line):
                    local_dev += 1  # a throw-away database of the dev/CI environment: nothing to revoke
                    continue
            if secret_hash in PUBLIC_DEFAULTS:
                findings.append({"path": e.path, "line": line_number, "kind": kind, "strength": "weak", "class": "dev-config", "default": "public"})
                continue  # a vendor's published default (a public test server's shared secret): known to all, nothing to revoke
            if kind in ("Secret Keyword", "Base64 High Entropy String", "Hex High Entropy String") and snap.folded \
                    and upstream_default(upstream_of(e.path), line):
                findings.append({"path": e.path, "line": line_number, "kind": kind, "strength": "weak", "class": "dev-config", "default": "upstream"})
                continue  # a copied upstream's own default key: that upstream's, published by it
            # (a sample request in an API specification's description — WSO2's reference copied into rudi-facet-apimaccess/openapi,
            # `-H "Authorization: Basic Zk9D…"` eighty times — is the vendor's documentation)
            cls = "doc" if e.path in specs else _class(ctx, e.path, strength)
            if cls == "doc" and kind == "Secret Keyword" and published_account(line, lines_before(e.path, line_number)):
                # (a course page's username = "<a private mailbox>" then password = "…": its author's account, published)
                findings.append({"path": e.path, "line": line_number, "kind": kind, "strength": "strong", "class": cls, "account": True})
                continue
            if cls == "doc" and ((kind == "Basic Auth Credentials" and url_password(line or "")) or (kind == "Secret Keyword" and named_password(
                    line or "", "\n".join(text_lines(e.path)[max(0, line_number - 7): line_number + 3])))):  # (a real server's password in a page: its URL, or its block's Host)
                findings.append({"path": e.path, "line": line_number, "kind": kind, "strength": "strong", "class": cls, "published": True})
                continue
            if cls == "doc" and kind == ELASTIC_KIND and page_server_beside(text_lines(e.path), line_number, internet_host):
                # (an Elastic private key beside its deployment's address in a page: the production's write key, published)
                findings.append({"path": e.path, "line": line_number, "kind": kind, "strength": "strong", "class": cls, "published": True})
                continue
            if cls == "doc" and kind == TABLE_SECRET_KIND:  # (a deployment guide's production values: published, to revoke)
                findings.append({"path": e.path, "line": line_number, "kind": kind, "strength": "strong", "class": cls, "published": True})
                continue
            if cls == "test" and kind == "Secret Keyword" and remote_test_login("\n".join(text_lines(e.path)), line_number, line):
                cls, strength = "code", "strong"  # (a test that signs in to a live server of the Internet: that server's account)
            if cls == "code" and kind in ("Base64 High Entropy String", "Hex High Entropy String") and strength == "weak" and line_number in tests_of(e.path):
                cls = "test"  # (a hash's or a decoder's expected value in a unit test or an assertion: a test vector)
            findings.append({"path": e.path, "line": line_number, "kind": kind, "strength": strength, "class": cls})
        if len(findings) >= MAX_FINDINGS:
            complete = False
            break
    findings += _compiled_findings(ctx, compiled, scans, reviewed, local_address)
    findings += _map_findings(ctx, maps, scans, reviewed, local_address)
    # (a password a script gives a transfer command: curl --user "name:<password>" ftp://…, sshpass -p '…', secret_commands)
    seen = {(f["path"], f.get("line")) for f in findings}
    findings += [{"path": p, "line": n, "kind": COMMAND_KIND, "strength": "strong", "class": _class(ctx, p, "strong")}
                 for p, n in command_passwords(snap, candidates, PLACEHOLDER, REDACTED, local_address) if (p, n) not in seen]
    # (and a command's password option in a page's code block: az mysql … --admin-password '…', a real server's, published)
    findings += [{"path": p, "line": n, "kind": COMMAND_KIND, "strength": "strong", "class": _class(ctx, p, "strong"), "published": True}
                 for p, n in block_passwords(snap, candidates, local_address) if (p, n) not in seen]
    # (and a password a page gives by name beside its server's name: "Serveur : ftp.<domain>", "Mot de passe : …", published)
    seen = {(f["path"], f.get("line")) for f in findings}
    findings += [{"path": p, "line": n, "kind": PAGE_KIND, "strength": "strong", "class": _class(ctx, p, "strong"), "published": True}
                 for p, n in page_passwords(snap, candidates) if (p, n) not in seen]
    # (and a service's key written in a URL whose same service's key the code reads from the environment elsewhere: secret_url_keys)
    from auditor.facts.secret_url_keys import KIND as URL_KEY_KIND, url_key_findings

    seen = {(f["path"], f.get("line")) for f in findings}
    findings += [{"path": p, "line": n, "kind": URL_KEY_KIND, "strength": "strong", "class": _class(ctx, p, "strong")}
                 for p, n in url_key_findings(snap, candidates) if (p, n) not in seen]
    # (and a service's key in the URL of a template the project's own program prints to PDF, never served: the account's key, s45 fh45;
    # counted as the program's code, whose input it is, not as a page's template)
    from auditor.facts.secret_print_keys import KIND as PRINT_KEY_KIND, printed_template_keys

    seen = {(f["path"], f.get("line")) for f in findings}
    findings += [{"path": p, "line": n, "kind": PRINT_KEY_KIND, "strength": "strong", "class": "code"}
                 for p, n in printed_template_keys(ctx, candidates) if (p, n) not in seen]
    unread_sql, sql_read = sql_accounts(ctx, inv, findings, _class)  # (SQL scripts, left out of detect-secrets' scan, read here)
    unread_sql = sorted(unread_sql + django_fixture_accounts(ctx, inv, findings, _class))  # (and Django's JSON dumps)
    findings += keystores(ctx, inv, _class) + qgz_findings(ctx, inv, _class)  # (and the .qgs inside a zipped QGIS project)
    # (and a private JSON Web Key, a .jwks with an RSA key's "d": a signing key, which no PEM rule sees — s48 fd48)
    from auditor.facts.secret_jwk import jwk_findings
    jwks = jwk_findings(ctx, inv, _class, lambda e: is_vendored(e.path) or is_generated(e.path) or inv.category(e.path) in ("vendored", "build"))
    at = {(f["path"], f["line"]) for f in jwks}  # (an entropy guess on the same line is that key: the key's finding replaces it)
    findings = [f for f in findings if not (f["strength"] == "weak" and (f["path"], f.get("line")) in at)]
    strong_at = {(f["path"], f.get("line")) for f in findings}
    findings += [f for f in jwks if (f["path"], f["line"]) not in strong_at]
    # (and a committed SQLite database of the application, read as bytes: PocketBase's pb_data/data.db with its token-signing keys, a
    # database with an accounts table; one over the read limit is not read, as a SQL dump over it — issue 12, s47 fi47)
    unread_sql = sorted(unread_sql + committed_databases(ctx, inv, findings, _class))
    # (the entropy guesses on the rows of an INSERT of named accounts' password hashes are those hashes: that one finding)
    rows = [(f["path"], f["line"], f.pop("through")) for f in findings if "through" in f]
    findings = [f for f in findings if not (f["strength"] == "weak" and f.get("line") is not None
                                            and any(f["path"] == p and a < f["line"] <= b for p, a, b in rows))]
    return {"findings": _unique(findings), "unread_sql": unread_sql[:10], "unread_sql_total": len(unread_sql), "scanned": scanned, "sql_read": sql_read, "candidates": len(candidates) - len(cells_too_large), "too_large": too_large, "unread_large": unread_large[:10], "unread_large_total": len(unread_large),
            "read_in_part": read_in_part[:10], "acknowledged": acknowledged, "placeholders": placeholders,
            "local_dev_urls": local_dev, "browser_keys": browser_keys[:10], "browser_keys_total": len(browser_keys),
            "baseline": bool(reviewed) or ".secrets.baseline" in snap.files, "complete": complete and compiled_complete,
            "compiled_read": sum(1 for e in compiled if scans.get(e.path) is not None), "compiled_candidates": len(compiled_all),
            "maps_read": sum(1 for e in maps if scans.get(e.path) is not None), "maps_candidates": len(maps_all),
            "unread_maps": unread_maps[:10], "unread_maps_total": len(unread_maps)}


_DEFAULT_KINDS = ("Secret Keyword", "Password literal in code", "Base64 High Entropy String", "Hex High Entropy String", ACCESS_CODE_KIND)
# a constant named as a development or local default (DEV_JWT_SECRET, DEFAULT_DEV_PASSWORD, LOCAL_API_KEY, JWT_SECRET_DEV), given a
# quoted literal by const/let/var/final/define or a bare assignment
_DEV_CONSTANT = lazy_compile(r"""^\s*(?:export\s+)?(?:(?:const|let|var|final|static|private|public|readonly)\s+)*(?:[\w<>\[\]]+\s+)?"""
                             r"""([A-Za-z_][A-Za-z0-9_]{0,63})\s*(?::\s*\w+\s*)?=\s*['"]""")
_DEV_WORD = lazy_compile(r"(?:^|_)(?:dev|development|local)(?:_|$)|^(?:dev|development|local)[A-Z]")
# a configured value: the environment's or the settings' (env.JWT_SECRET, process.env.X, config.get('x'), settings.X, os.environ['X'],
# getenv('X'), $_ENV['X']), as the program reads it
_CONFIGURED = lazy_compile(r"""(?:\b(?:process\.env|os\.environ|env|environment|config|configuration|cfg|settings|conf)\b|\$_(?:ENV|SERVER)\b|\bgetenv\s*\([^()]{0,80}\))"""
                           r"""(?:\??\.\w+|\[\s*['"]?\w+['"]?\s*\]|\.get\w*\(\s*['"]\w+['"][^()]{0,40}\))*""")
MAX_REFUSAL_TEXT = 256 * 1024


def refused_dev_default(line: str, text: str) -> bool:
    """``line`` gives a constant named as a development default (:data:`_DEV_CONSTANT`) a literal, and ``text`` (its file, first
    256 KB) compares a configured value with that constant (``env.JWT_SECRET === DEV_JWT_SECRET``, ``!=``, ``.equals(DEV_…)``): the code
    refuses the default where it matters, the literal is no secret of a deployment. A constant compared with what a person typed
    (``code === DEV_ADMIN_CODE``) is not: a home-made sign-in's key."""
    m = _DEV_CONSTANT.match(line[:400])
    if not m or not (_DEV_WORD.search(m.group(1).lower()) or _DEV_WORD.search(m.group(1))):
        return False
    name, cfg = re.escape(m.group(1)), _CONFIGURED.pattern
    return bool(re.search(rf"{cfg}\s*(?:[!=]==?\s*{name}\b|\.equals\(\s*{name}\s*\))|\b{name}\s*(?:[!=]==?\s*|\.equals\(\s*){cfg}", text[:MAX_REFUSAL_TEXT]))
