"""Credentials committed in forms detect-secrets does not read, and its keyword hits that are no value at all.

- a Java properties file's setting named as a credential with a generated value (``chatbot.recast.token=10791544c2df…``):
  detect-secrets reads only quoted values there, and ``token`` is not in its keyword list;
- a literal token in an HTTP ``Authorization`` header (``-H "Authorization: Token 10791544c2df…"``, ``"Bearer eyJ…"``) or in a
  service's own token header (``-H 'x-access-token: 7Hy…'``, ``X-API-Key``, ``PRIVATE-TOKEN``);
- a GitHub workflow posting the repository's secrets to a host (``curl -X POST -d 'SONAR_TOKEN=${{ secrets.SONAR_TOKEN }}' https://…``):
  they leak at every run, to be revoked like a committed one;
- a UUID given as a client secret (``"PISTE_CLIENT_SECRET": "3f2b…-…"``, ``client-secret: …``, ``clientSecret = '…'``):
  OAuth servers (PISTE, Keycloak) issue UUID secrets, and detect-secrets drops every UUID as a likely identifier;
- a Slack token in clear in Travis CI's notifications (``slack: <account>:<token>``);
- not secrets: a setting naming the environment variable a tool substitutes (Supabase CLI's ``"env(S3_SECRET_KEY)"``), a package pinned in a dependency list (a conda export's ``secretstorage=3.3.1=py310h06a4308_1``) and a
  dotted key name given as a value (``pwd-orange.pwd:`` then ``jcmsplugin.zelli.lbl.account.pwdReset.is.ko``, the
  following properties lines read as its continuation by detect-secrets' INI reading), nor a schema migration's revision
  identifier (Alembic's ``revision = "3dd5e076e921"``).
Findings are ``(type, line, hash, line text)`` like :func:`auditor.facts.secrets.scan`'s; values never leave the fact."""

from __future__ import annotations

import hashlib
import re

from auditor.facts.access_codes import compared_codes
from auditor.facts.js_family import JS_SUFFIXES
from auditor.facts.secret_accounts import TABLE_SECRET_KIND, table_secrets
from auditor.facts.secret_calls import call_findings
from auditor.facts.secret_connect_args import connection_passwords
from auditor.facts.secret_defaults import LOCAL_DEFAULT_KIND, SIGN_IN_KIND, with_local_defaults
from auditor.facts.secret_comments import commented_keys, commented_passwords
from auditor.facts.secret_docs import url_password
from auditor.facts.secret_members import member_passwords
from auditor.facts.secret_names import names_no_value
from auditor.facts.secret_shapes import (ELASTIC_KIND, elastic_private_key, ENV_DEFAULT_KIND, ENV_DEFAULT_KEY_KIND, env_default_key, FCM_KIND, FCM_SERVER_KEY, FRAMEWORK_KEY_WORD_KIND, HMAC_KEY_KIND, REMEMBER_ME_KIND,
                                         SIGNING_KEY_KIND, TRAVIS_SLACK_KIND, ENCRYPTION_KEY_KIND, php_encryption_key, env_default_password, framework_key, remember_me_keys, signing_key,
                                         signing_keys, travis_slack_tokens)
from auditor.facts.secret_values import PLACEHOLDER, REDACTED, _PASSWORD_WORDS_IN_VALUE, _random_value, code_password, placeholder_value
from auditor.facts.server_code import node_server_code, php_code_only
from auditor.lazyre import lazy_compile

PROPERTIES_EXT = (".properties", ".prop")
# a setting whose last word names a credential (recast.token, db.password, mail.smtp.pwd, api.key, client_secret)
_PROPERTY = lazy_compile(r"""^\s*([A-Za-z_][\w.-]*?(?:token|password|passwd|pwd|secret|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key))\s*[=:]\s*(\S+)\s*$""", re.I)
# (or its French name, mdp, mot_de_passe, motDePasse: an Alfresco module's affichage.mdp beside its .login, the password of the web
# service publishing the acts, s31; detect-secrets' keyword list holds no French word, so these are read in every settings format)
_FRENCH_PASSWORD = r"""(?:(?<![A-Za-z])(?:mdp|mot[_.-]?de[_.-]?passe|motdepasse)|(?-i:(?<=[a-z])(?:Mdp|MotDePasse|Motdepasse)))"""
_FRENCH_SETTING = lazy_compile(r"""^\s*((?:[A-Za-z_][\w.-]*?)?""" + _FRENCH_PASSWORD + r""")\s*[=:]\s*(\S+)\s*$""", re.I)
SETTINGS_EXT = (".yml", ".yaml", ".ini", ".cfg", ".conf", ".env")
# Authorization: Token|Bearer|Basic <literal> (a curl header, a Java/JS header map, an HTTP client call)
_AUTH_HEADER = lazy_compile(r"""Authorization['"]?\s*[:=,]\s*['"]?(Token|Bearer|Basic)\s+([A-Za-z0-9._~+/=-]{16,})""", re.I)


def _elided(value: str, rest: str) -> bool:
    """An example's token cut short: ending in an ellipsis ("eyJ0eXAiOiJKV1Qi…J9...", "abc…"), or a JWT's public header alone
    (eyJ…, its payload and signature left out: no second dot), nothing to revoke (issue 12, s44 fk44 = gestionsiteccsa/MediaBib)."""
    return value.endswith("...") or rest.startswith("\u2026") or (value.startswith("eyJ") and value.rstrip(".").count(".") < 2)


# a service's own token header given a literal (``-H 'x-access-token: 7Hy…'``, ``X-API-Key``, ``X-Auth-Token``, GitLab's
# ``PRIVATE-TOKEN``): the credential the service checks, as an Authorization header's (its value maybe URL-encoded, %40 for @)
_TOKEN_HEADER = lazy_compile(r"""(?<![\w-])(?:x-(?:access|auth|api)-token|x-api-key|private-token|x-gitlab-token|api-key)['"]?\s*[:=,]\s*['"]?([A-Za-z0-9._~+/=%-]{16,})""", re.I)
# a pinned package of a dependency list: name=version(=build), name==version, - name=version
# (or installed from a local build: "Babel @ file:///croot/babel_1671781930836/work" in a pip freeze)
_PACKAGE_PIN = lazy_compile(r"""^\s*(?:-\s*)?[A-Za-z0-9][\w.-]*\s*(?:(?:={1,3}|>=|<=|~=)\s*v?\d+(?:\.\d+)+|@\s*file\b)""")  # (as detect-secrets' INI reading gives it: 'x @ file = "///tmp/…"')
DEPENDENCY_LISTS = lazy_compile(r"""(^|/)(requirements[\w.-]*\.(?:txt|in)|constraints[\w.-]*\.txt|[\w.-]*environment[\w.-]*\.ya?ml|conda[\w.-]*\.ya?ml|Pipfile)$""", re.I)
# a dotted key name (three parts or more, no digit-only part): a reference to another setting or a message, not a credential
_KEY_NAME = lazy_compile(r"""^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*){2,}[:\\]*$""")
# a service's error or status code: a lower-case namespace, a dot, an upper-case name of two words or more, letters only
# ("account.PASSWORD_LOCKED", "service.AUTH_EXPIRED": a mail server's SOAP fault codes in a constants class whose names end in PWD;
# issue 12, s48 fg48 = OPEN-ENT-NG/zimbra-connector): the name of a condition, no credential
_CODE_NAME = lazy_compile(r"""^[a-z]+(?:\.[a-z]+)*\.[A-Z]+(?:_[A-Z]+)+$""")


# A CI step posting the repository's secrets as form data (the 2025 "GhostAction" pattern: curl -X POST -d
# 'SONAR_TOKEN=${{ secrets.SONAR_TOKEN }}&…' https://<some host>): the secrets leave for whoever runs that host
CI_FILE = lazy_compile(r"""(^|/)\.github/workflows/[^/]+\.ya?ml$""")
_DATA_ARG = lazy_compile(r"""\b(?:curl|wget|Invoke-WebRequest|Invoke-RestMethod)\b.*?(?:\s-d|--data(?:-raw|-binary|-urlencode)?|\s-F|--form|--post-data|-Body)(?:\s+|=)(['"])(.*?)\1""")
_SECRET_FIELD = lazy_compile(r"""(\w+)=\$\{\{\s*secrets\.(\w+)\s*\}\}""")


def _sends_secrets(line: str) -> bool:
    """The command posts secrets as data fields named after them, or several secrets at once (a service's own token sent
    to that service is one field under the service's name: -F token=${{ secrets.CODECOV_TOKEN }})."""
    m = _DATA_ARG.search(line)
    if not m or "secrets." not in m.group(2):
        return False
    fields = _SECRET_FIELD.findall(m.group(2))
    return any(k.lower() == v.lower() for k, v in fields) or m.group(2).count("secrets.") >= 2


def _example_login(value: str) -> bool:
    """Basic credentials whose password is a placeholder or words (RFC 7617's "Aladdin:open sesame", a test client's
    "client:secret"), or that are no user:password pair at all."""
    import base64
    import binascii

    try:
        decoded = base64.b64decode(value, validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return True
    user, sep, password = decoded.partition(":")
    return not sep or not password or " " in password or bool(PLACEHOLDER.match(password))


def _hash(value: str) -> str:
    return hashlib.sha1(value.encode("utf-8", "replace")).hexdigest()  # as detect-secrets hashes its secrets


_GOOGLE_KEY = re.compile(r"(?<![\w-])AIza[0-9A-Za-z_-]{35}(?![\w-])")
_SERVER_CONFIG_EXT = (".properties", ".yml", ".yaml", ".conf", ".cfg", ".ini", ".env", ".py", ".java", ".php", ".rb", ".toml", ".xml")
# The Google keys made to ship with a page or an app, as Google documents them: a Firebase web app's config (apiKey beside
# authDomain, projectId), the Maps JavaScript API's (its loader URL, google.maps, a map component's key) and the Maps and Places
# SDKs' of a mobile app (Places.initialize(context, key), restricted to the app's signature). Any other Google
# key in a front end's code (?key= on www.googleapis.com/drive/v3, Sheets, YouTube Data) spends its owner's quota and
# reaches what the key is allowed to: a credential, to restrict or to move behind a server
_BROWSER_GOOGLE_KEY = re.compile(r"firebase|authDomain|messagingSenderId|maps\.googleapis\.com/maps/api/js|google\.com/maps/embed|google\.maps\b|google[-_]?maps?|"
                                 r"googlemaps|GoogleMap|gmaps?\b|agm-map|maps_?api_?key|mapsKey|recaptcha|Places\.initialize|libraries\.places|PlacesClient", re.I)
# An Android app's resources and manifest (res/values*/google_maps_api.xml, Android Studio's Maps Activity template with its
# google_maps_key; AndroidManifest.xml's com.google.android.geo.API_KEY meta-data): the key is compiled into the app (APK) and
# restricted to the Android apps Google lets use it (package name and signing certificate's SHA-1), not a server's setting
ANDROID_GOOGLE_KEY_KIND = "Google API key in an Android app's resources"
# A key given in the address of a map a page loads (a PHP or XML template's markup: the Maps Embed API's iframe,
# www.google.com/maps/embed/v1/search?key=AIza…&q=…; the Maps JavaScript API's script, maps.googleapis.com/maps/api/js?key=…): the
# page's browser key, sent to every visitor and restricted by the site's referrer, not a server's setting (a server calling the
# Geocoding or Places web service, maps.googleapis.com/maps/api/geocode/json?key=…, keeps its key a server's)
_PAGE_MAP_KEY = re.compile(r"(?:www\.google\.com/maps/embed|maps\.googleapis\.com/maps/(?:embed|api/js\b))[^\s\"'<>]*?[?&](?:amp;)?key=AIza")
BROWSER_PAGE_KEY_KIND = "Google browser key in a page's map address"
_ANDROID_RESOURCE = re.compile(r"(?:^|/)(?:res/values[\w-]*/[^/]+\.xml|AndroidManifest\.xml)$")
_FRONT_CODE_EXT = (".js", ".jsx", ".mjs", ".cjs", ".ts", ".tsx", ".vue", ".svelte", ".kt", ".swift", ".dart", ".cs", ".go")


# (and a bare secret= parameter, the server's secret key a verification call sends: Google reCAPTCHA's siteverify?secret=…&response=…)
# A service's key given in a URL's query (Metromobilite/MetromobiliteWS' config.json: "key": "&user_key=2f35…", 32 hex digits, beside
# keys masked "******"): the key itself, in a server's settings (a browser page's map key, in its HTML or JS, is public by design)
_FRONT_DIRS = re.compile(r"(^|/)(static|public|www|assets|client|front(end)?|web|src/app|apps?/[\w-]+/config)/", re.I)
_URL_KEY = re.compile(r"[?&](?:user_?key|api_?key|apikey|app_?key|access_?token|auth_?token|(?:client_?)?secret|private_?token|token|key)="
                      r"([A-Za-z0-9_-]{20,})(?![\w-])", re.I)
# A token named as one in a page's URL (urbanlab/periscope-pollution's index.html: `…/indices?date=now&api_token=08cb…`, an account's
# token for a regional air-quality API): not a map key public by design (key=, apikey=, Mapbox's access_token=pk.…), the
# author's credential, shipped to every visitor
_PAGE_URL_TOKEN = re.compile(r"[?&](?:api_?token|auth_?token|private_?token|(?:client_?)?secret)=([A-Za-z0-9_-]{20,})(?![\w-])", re.I)

# A cookie jar committed with its session or authentication cookies (curl's cookies.txt: ".ASPXAUTH", "ASP.NET_SessionId",
# PHPSESSID, JSESSIONID): a signed-in session anyone can replay until it expires, and the account it belongs to
_COOKIE_JAR = re.compile(r"\A\s*#\s*(?:Netscape\s+)?HTTP\s+Cookie\s+File", re.I)
_SESSION_COOKIE = re.compile(r"sess|auth|token|sid$|login|remember|jwt|identity", re.I)


def _cookie_findings(text: str) -> list[tuple]:
    out = []
    for number, line in enumerate(text.split("\n")[:2000], 1):
        fields = line.removeprefix("#HttpOnly_").split("\t")
        value = fields[-1].strip()  # (a random token: not a remembered login's e-mail, "last-login	jane@example.org")
        if len(fields) == 7 and not fields[0].startswith("#") and _SESSION_COOKIE.search(fields[5]) and len(value) >= 16 \
                and re.fullmatch(r"[\w+/=%-]+", value) and re.search(r"\d", value) and re.search(r"[A-Za-z]", value):
            out.append(("Session cookie", number, _hash(fields[6].strip()), line))
    return out


# a setting named as a secret (client_secret, CLIENT_SECRET, clientSecret, app-secret, secret) whose value is a UUID
# (not the all-zero or repeated-digit UUID of an example); the client's id beside it is no secret
_UUID_SECRET = re.compile(r"""(?<![\w-])['"]?([\w.-]{0,60}secret)['"]?\s*(?:=>|:=?|=(?!=))\s*['"]?"""
                          r"""([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![\w-])""", re.I)


def _uuid_secret(line: str) -> str | None:
    m = _UUID_SECRET.search(line) if "ecret" in line or "ECRET" in line else None
    if not m or len(set(m.group(2).replace("-", "").lower())) <= 2:
        return None
    return m.group(2)


# a password kept in a comment beside its emptied field (auditor.facts.secret_comments)
COMMENTED_PASSWORD_KIND = "Password kept in a comment beside its field"
COMMENTED_KEY_KIND = "API key kept in a comment beside its field"  # ($apiKey=$_GET['apiKey']; /* QTfpNkyX <- OK */: s43 fi43)
# A password or an access code compared with what a person typed (SUPER_ADMIN_CODE = '…' then c === SUPER_ADMIN_CODE; pwd !== "…"):
# the key of a home-made sign-in, published with the code (issue 12, s32 j32; auditor.facts.access_codes)
ACCESS_CODE_KIND = "Access code or password compared in code"
# a password member given a literal beside its login member in a service client's code (auditor.facts.secret_members: s44 fa44)
MEMBER_PASSWORD_KIND = "Account password beside its login in code"
# the kinds of finding this module names by their shape: one outranks detect-secrets' keyword or entropy guess on its line (the same
# value, the guess dropped), and a developer's settings file (settings_local.py, Spring's application-dev.yml) makes it a hint
OWN_KINDS = (SIGNING_KEY_KIND, ENCRYPTION_KEY_KIND, FRAMEWORK_KEY_WORD_KIND, FCM_KIND, ELASTIC_KIND, ENV_DEFAULT_KIND, ENV_DEFAULT_KEY_KIND, HMAC_KEY_KIND, REMEMBER_ME_KIND, ACCESS_CODE_KIND, TABLE_SECRET_KIND, TRAVIS_SLACK_KIND,
             MEMBER_PASSWORD_KIND)
_CODE_EXT = (".py", *JS_SUFFIXES, ".ts", ".tsx", ".vue", ".java", ".kt", ".groovy", ".php", ".rb", ".go", ".cs", ".r", ".scala")
_PASSWORD_HINT = re.compile(r"pass|pwd|mdp|mot_?de_?passe", re.I)
_KEY_HINT = re.compile(r"key|token|secret", re.I)


# A PHP constant named as a password given its value in a define() (``define('DB_PASSWORD', 'eruption')``): the password itself, a
# dictionary word as often as not — an account's real password need hold no digit; the constant's name ends on the password word
# (DB_PASSWORD, LDAP_PASS, not PASSWORD_FIELD: a field's name) (issue 12, s37)
_PHP_DEFINE_PASSWORD = lazy_compile(r"""\bdefine\s*\(\s*(['"])\w*?(?:pass(?:word|wd)?|pwd|mdp|mot_?de_?passe|motdepasse)\1\s*,\s*(['"])([^'"\s\\]{5,64})\2\s*\)""",
                                    re.I)


def php_defined_password(line: str) -> bool:
    """A PHP define() giving a password-named constant a literal (see :data:`_PHP_DEFINE_PASSWORD`): letters (digits and signs
    allowed), four distinct characters at least, no placeholder, no word of its role (``'motdepasse'``, ``'password'``), nothing
    blanked out, no variable or path."""
    m = _PHP_DEFINE_PASSWORD.search((line or "")[:4000])
    if not m:
        return False
    value = m.group(3)
    return bool(re.fullmatch(r"[\w!#%&*+,./:;?@^~-]+", value)) and bool(re.search(r"[A-Za-z]", value)) and len(set(value.lower())) >= 4 \
        and not placeholder_value(value) and not _PASSWORD_WORDS_IN_VALUE.search(value) and not REDACTED.match(value) \
        and not value.startswith(("$", "%", "{", "<", "@", "/", "."))


def extra_findings(path: str, text: str) -> list[tuple]:
    """Credentials of a properties file's settings and of literal Authorization headers, as (type, line, hash, text)."""
    if _COOKIE_JAR.match(text):
        return _cookie_findings(text)
    out = []
    properties = path.lower().endswith(PROPERTIES_EXT)
    settings = path.lower().endswith(SETTINGS_EXT)
    ci = bool(CI_FILE.search(path))
    server_side = path.lower().endswith(_SERVER_CONFIG_EXT)
    code = path.lower().endswith(_CODE_EXT)
    front_code = path.lower().endswith(_FRONT_CODE_EXT)
    # (a server's settings: not a page template emitting the URL to the browser, PHP or XML, nor a front end's static JSON; a PHP
    # file of code alone, a controller or a service that fetches the URL itself, is the server's: its lines without markup)
    php_code = path.lower().endswith(".php") and php_code_only(text)
    node_server = node_server_code(path, text)  # (a Node server's JavaScript or TypeScript, every line: no markup to tell apart)
    url_keys = (server_side and not path.lower().endswith((".php", ".xml"))) or \
        (path.lower().endswith(".json") and not _FRONT_DIRS.search(path))
    # (a password kept in a comment beside the field the code empties, //<password> -> "" over $password = "": s43 fh43)
    out += [(COMMENTED_PASSWORD_KIND, number, _hash(value), text.split("\n")[number - 1]) for number, value in commented_passwords(text)] if code else []
    out += [(COMMENTED_KEY_KIND, number, _hash(value), text.split("\n")[number - 1]) for number, value in commented_keys(text)] if code else []
    for number, line in enumerate(text.split("\n"), 1):
        if len(line) > 4000:
            continue
        if ci and "secrets." in line and _sends_secrets(line):
            out.append(("CI secrets sent to an outside host", number, _hash(line.strip()), line))
            continue
        if not line.lstrip().startswith(("#", "!", ";")) and \
                ((properties and (m := _PROPERTY.match(line))) or ((settings or properties) and (m := _FRENCH_SETTING.match(line)))):
            value = m.group(2).strip("'\"") if settings else m.group(2)  # (a YAML value may be quoted)
            if not PLACEHOLDER.match(value) and _random_value(f"={value}") and "${" not in value:
                out.append(("Credential setting", number, _hash(value), line))
                continue
        if "AIza" in line and server_side and (m := _GOOGLE_KEY.search(line)) and _PAGE_MAP_KEY.search(line):
            out.append((BROWSER_PAGE_KEY_KIND, number, _hash(m.group(0)), line))  # (a page's map key: public, to restrict, no secret)
            continue
        if "AIza" in line and server_side and (m := _GOOGLE_KEY.search(line)):  # a server's Google API key (YouTube Data API): its quota
            kind = ANDROID_GOOGLE_KEY_KIND if _ANDROID_RESOURCE.search(path) else "Google API key in server configuration"
            out.append((kind, number, _hash(m.group(0)), line))  # (a browser's, in JS, is public)
            continue
        if "AIza" in line and front_code and (m := _GOOGLE_KEY.search(line)) and not _BROWSER_GOOGLE_KEY.search(text):
            out.append(("Google API key in code", number, _hash(m.group(0)), line))  # (a Drive API key in a React controller)
            continue
        if (value := _uuid_secret(line)) is not None:
            out.append(("Client secret (UUID)", number, _hash(value), line))
            continue
        if "=" in line and (m := (_URL_KEY if url_keys or node_server or (php_code and "<" not in line) else _PAGE_URL_TOKEN).search(line)):
            value = m.group(1)
            if not PLACEHOLDER.match(value) and re.search(r"\d", value) and re.search(r"[A-Za-z]", value) and "${" not in line \
                    and not value.startswith("AIza"):  # (a Google key: the rule above, which knows a browser's from a server's)
                out.append(("API key in a URL", number, _hash(value), line))
                continue
        if path.lower().endswith(".py") and (value := signing_key(line)) is not None:
            out.append((SIGNING_KEY_KIND, number, _hash(value), line))
            continue
        if path.lower().endswith(".py") and (value := framework_key(line)) is not None:  # (a word, 'supersecretkey': a hint to review)
            out.append((FRAMEWORK_KEY_WORD_KIND, number, _hash(value), line))
            continue
        if "encryption_key" in line and path.lower().endswith(".php") and (hit := php_encryption_key(line)) is not None:
            out.append((ENCRYPTION_KEY_KIND if hit[1] else FRAMEWORK_KEY_WORD_KIND, number, _hash(hit[0]), line))  # (CodeIgniter's)
            continue
        if "APA91b" in line and (m := FCM_SERVER_KEY.search(line)):
            out.append((FCM_KIND, number, _hash(m.group(0)), line))
            continue
        if "private-" in line and (value := elastic_private_key(line)) is not None:
            out.append((ELASTIC_KIND, number, _hash(value), line))
            continue
        if _PASSWORD_HINT.search(line) and (value := env_default_password(line)) is not None:
            out.append((ENV_DEFAULT_KIND, number, _hash(value), line))
            continue
        if _KEY_HINT.search(line) and (value := env_default_key(line)) is not None:  # (API_KEY's random fallback: s40 ff40)
            out.append((ENV_DEFAULT_KEY_KIND, number, _hash(value), line))
            continue
        if code and _PASSWORD_HINT.search(line) and (code_password(line) or php_defined_password(line)):  # connect(host=h, password="Vb82…"), missed by detect-secrets
            out.append(("Password literal in code", number, _hash(line.strip()), line))
            continue
        if "://" in line and "@" in line and (value := url_password(line)) is not None:  # (a password with "!" detect-secrets' URL pattern leaves out)
            out.append(("Basic Auth Credentials", number, _hash(value), line))
            continue
        if "uthorization" in line and (m := _AUTH_HEADER.search(line)):
            value = m.group(2)
            if not PLACEHOLDER.match(value) and re.search(r"\d", value) and re.search(r"[A-Za-z]", value) \
                    and not (m.group(1).lower() == "basic" and _example_login(value)) and not _elided(value, line[m.end():]):
                out.append(("Authorization header token", number, _hash(value), line))
                continue
        if "-" in line and (m := _TOKEN_HEADER.search(line)):
            value = m.group(1)
            if not PLACEHOLDER.match(value) and re.search(r"\d", value) and re.search(r"[A-Za-z]", value) and not value.startswith("AIza"):
                out.append(("Authorization header token", number, _hash(value), line))
    rows = text.split("\n")

    def add(kind: str, found) -> None:  # (numbered values of one more kind, on lines no finding holds yet)
        taken = {f[1] for f in out}
        out.extend((kind, n, _hash(v), rows[n - 1]) for n, v in found if n not in taken)

    add(REMEMBER_ME_KIND, remember_me_keys(path, text))
    add(TRAVIS_SLACK_KIND, travis_slack_tokens(path, text))
    if code:
        add(HMAC_KEY_KIND, ((n, v) for _name, v, n in signing_keys(text)))
    add(MEMBER_PASSWORD_KIND, member_passwords(path, text))  # (SubscriberPassword = "$sydela!" beside SubscriberLogin, a CRM's client)
    if code or front_code or path.lower().endswith((".html", ".htm")):  # (and a page's script: an Apps Script view's prompt())
        add(ACCESS_CODE_KIND, compared_codes(text))
    if path.lower().endswith((".md", ".markdown", ".mdx")):  # (a deployment guide's table of the production settings)
        add(TABLE_SECRET_KIND, table_secrets(text))
    if code:  # (R's db_password <- 'citron!' then dbConnect(…, password = db_password): a database account's password)
        found = connection_passwords(text)
        add(SIGN_IN_KIND, ((n, v) for n, v, local in found if not local))
        add(LOCAL_DEFAULT_KIND, ((n, v) for n, v, local in found if local))
    lines = {f[1] for f in out}  # (a sign-in call's, sudo's or a connection string's password: secret_calls)
    return out + with_local_defaults([f for f in call_findings(text) if f[1] not in lines], text)  # (mysql_connect('localhost', 'u', 'u'))


_ROOM_EXPORT = lazy_compile(r"(^|/)schemas/[\w$]+(?:\.[\w$]+)+/\d+\.json$")
_SLUG_SEGMENT = lazy_compile(r"[A-Za-z]{2}[-_]+[A-Za-z]{2}")  # (words joined by '-' or '_': "Hautes-Vallees---Bureau")
# a schema migration's own identifiers (Alembic's revision: str = "3dd5e076e921", down_revision, depends_on; a merge's tuple):
# the name of a step in the migration chain, written again in its file name and in the next migration, no credential
_MIGRATION_ID = lazy_compile(r"""^\s*(?:revision|down_revision|depends_on)\s*(?::[^=]*)?=\s*[(\[]?\s*(?:['"][0-9a-f]{8,40}['"]\s*,?\s*)+[)\]]?\s*(?:#.*)?$""")


# a file's digest keyed by the file's name (a download script's state, "B1 2019_14429248.zip": "<64 hex>"; a checksums map): the
# fingerprint of a public file, no credential (issue 12, s27)
_FILE_DIGEST = lazy_compile(r"""(?i)^\s*["'][^"'\n]{1,200}\.(?:zip|gz|tgz|bz2|xz|7z|tar|rar|csv|tsv|json|geojson|xml|txt|pdf|xlsx?|ods|odt|docx?|parquet|shp|gpkg|js|css|png|jpe?g|gif|svg|html?|jar|war|whl|exe|msi|deb|rpm|iso|img|bin|dat|sql|py|sh)["']\s*:\s*["'](?:[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64}|[0-9a-fA-F]{128})["']\s*,?\s*$""")


_MAP_KEY = lazy_compile(r"""^\s*["']([0-9a-fA-F]{16})["']\s*:""")
_EUI_NAMED = lazy_compile(r"""(?i)\b(?:dev|app|join)[-_]?eui\b["']?\s*[:=]""")

# a file's revision in a service worker's precache manifest (Workbox's generated `self.__precacheManifest = [{"url": "…",
# "revision": "<32 hex>"}, …]`): the content hash of a public file, so the browser knows when to fetch it again (issue 12, s32 r32)
_REVISION_DIGEST = lazy_compile(r"""(?i)(?:^|[\s{,])["']?revision["']?\s*:\s*["']([0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64})["']""")


# a setting's value naming the environment variable a tool substitutes for it (Supabase CLI's config.toml, openai_api_key =
# "env(OPENAI_API_KEY)", as a ${NAME} would be; Prisma's url = env("DATABASE_URL")): a reference, no value (issue 12, s35 i35)
_ENV_FUNCTION = lazy_compile(r"""env\(\s*['"]?[A-Za-z_][A-Za-z0-9_]{0,80}['"]?\s*\)""")


# a ``typeof`` test (JavaScript, TypeScript) compares a variable with a type's name: ``typeof pwd === "string"`` names no password
_TYPEOF = lazy_compile(r"(?<![\w$])typeof\b")
_TYPE_NAME = lazy_compile(r"string|number|object|function|boolean|bigint|symbol|undefined")


def not_a_value(path: str, kind: str, line: str, value: str) -> bool:
    """A keyword hit that names no credential: a package pin in a dependency list, a dotted key name as the value."""
    if kind == "IBM Cloud IAM Key":  # (44 random characters: never a word without a digit, a Spring bean's p:key="taskSignalementUser…")
        # (nor words joined by dashes, a referential's entry key="PANTHEON-SORBONNE-PARIS-1-Panthe-on-Sorbonne": a random key's
        # segments mix letters and digits)
        parts = re.split(r"[-_]+", value or "")
        return bool(value) and (not re.search(r"\d", value) or (len(parts) >= 3 and all(p.isalpha() or p.isdigit() for p in parts if p)))
    if kind not in ("Secret Keyword", "Base64 High Entropy String", "Hex High Entropy String"):
        return False
    if DEPENDENCY_LISTS.search(path) and _PACKAGE_PIN.match(line or ""):
        return True
    if kind == "Secret Keyword" and _ENV_FUNCTION.fullmatch((value or "").strip().strip("'\"")):
        return True  # (Supabase CLI's s3_secret_key = "env(S3_SECRET_KEY)": the variable's name, its value given at run time)
    if kind == "Secret Keyword" and _TYPE_NAME.fullmatch((value or "").strip().strip("'\"")) and _TYPEOF.search(line or ""):
        return True  # (typeof pwd === "string": a JS type's name, the password itself read from the environment; s36 i36)
    if names_no_value(kind, line, value):  # (a parameter's name, Laravel's password broker, an id in a commented example URL)
        return True
    # Room's exported schema (app/schemas/<database class>/<version>.json): its identityHash, repeated in the room_master_table
    # query, is the hash of the schema Room's annotation processor wrote, no credential
    if kind == "Hex High Entropy String" and ((m := _REVISION_DIGEST.search(line or "")) and m.group(1) == value):
        return True  # (a precache manifest's {url, revision}: the listed file's content hash)
    if kind == "Hex High Entropy String" and _FILE_DIGEST.match(line or ""):
        return True
    # a device's hardware identifier (a LoRaWAN DevEUI, AppEUI or JoinEUI: 16 hex digits, printed on the sensor and sent in clear
    # with every uplink) as a mapping's key or named as one (a sensor → decoder map, "70b3d5e75e003dcd": "pre_traitement")
    if kind == "Hex High Entropy String" and re.fullmatch(r"[0-9a-fA-F]{16}", value or "") and (_EUI_NAMED.search(line or "")
                                                                                             or ((m := _MAP_KEY.match(line or "")) and m.group(1) == value)):
        return True
    if kind == "Hex High Entropy String" and path.endswith(".py") and _MIGRATION_ID.match(line or ""):
        return True
    if kind == "Hex High Entropy String" and _ROOM_EXPORT.search(path) and ("identityHash" in line or "room_master_table" in line):
        return True
    # a value mixing '/' with '-' or '_' is no base64 string (standard base64 has '/' and '+', the URL-safe alphabet '-' and '_'):
    # a path or a slug (a MongoDB export's "url": "LegalEntity/Detail/STRUCTURE/34196/Parc-naturel-regional-du-Luberon/ENT2…")
    if kind == "Base64 High Entropy String" and value.count("/") >= 2 and _SLUG_SEGMENT.search(value) and "+" not in value:
        return True
    bare = (value or "").strip().strip("'\"")
    return kind == "Secret Keyword" and bool(_KEY_NAME.match(bare) or _CODE_NAME.match(bare))
