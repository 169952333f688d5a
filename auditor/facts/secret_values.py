"""What a committed value is: a placeholder to fill in (``changeme``, ``<token>``, ``**password**``, ``${VAR}``, an image's well-known
default), a local development host, a generated-looking password, a sensitive ``.env`` setting; and whether a
committed ``.env`` holds no real secret (a configuration template). Shared by the ``secrets`` fact, the settings
facts (:mod:`auditor.facts.install`) and hosting.

It is longer than 400 lines because placeholders, development hosts and generated-looking values are judged by one ordered
set of rules on the same value; split, a rule's order against the others would no longer be visible."""

from __future__ import annotations

import collections
import math
import re

from auditor.facts.framework_markers import symfony_composer, symfony_defaults_named
from auditor.facts.secret_env_keys import encryption_key_setting
from auditor.facts.secret_lines import public_jwt
from auditor.lazyre import lazy_compile


def is_env_file(path: str) -> bool:
    """A dotenv file by its name: ``.env``, ``.env.<anything>`` (.env.prod, .env.example) or ``<anything>.env`` (db.env)."""
    name = path.rsplit("/", 1)[-1].lower()
    return name.startswith(".env.") or name.endswith(".env")


ENV_ASSIGN = lazy_compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$")
# A dotenv line: KEY=value, or KEY: value, read alike by Node's dotenv since version 15 (its LINE pattern, github.com/motdotla/dotenv
# lib/main.js). Only in an env-family file: YAML is no dotenv (issue 12, s40 fe40 = moncomptepro-test-client's .env, HOST: http://…)
DOTENV_ASSIGN = lazy_compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)(?:\s*=\s*|:(?:[ \t]+|$))(.*)$")
# (AUTHOR, AUTHENTIC — Publik's identity provider —, AUTHORITY name no credential; DB_X_PASS is a password, PASSERELLE is not)
SENSITIVE_NAME = lazy_compile(r"(secret|passw|(?:^|_)pass(?:$|_)|pwd|token|api_?key|private|credential|auth(?!or|entic|orit|ori[sz])|salt|dsn)", re.I)
# a setting about a secret, not the secret (an OpenID client's ID_TOKEN_SIGNED_RESPONSE_ALG="ES256", TOKEN_TTL, PASSWORD_MIN_LENGTH,
# SECRET_KEY_FILE): its last word names an algorithm, a lifetime, a size, a place or a kind; or the version of an image or release of the
# software the name is about (an authentication proxy's OAUTH2_PROXY_IMAGE_TAG=stable, AUTH_SERVICE_VERSION=1.3.4), or the realm an
# authentication server names its users' space (AUTH_REALM=agents), or the name it gives a thing (a session cookie's
# AUTH_COOKIE_NAME=ngc_server_auth_jwt, a key header's API_KEY_NAME=X-Api-Key)
SECRET_ATTRIBUTE = lazy_compile(r"_(?:alg|algo|algorithm|ttl|expiry|expiration|expires(?:_in)?|lifetime|duration|timeout|length|len|size|"
                                r"min_length|max_length|issuer|scopes?|type|method|header|endpoint|url|uri|host|port|path|file|dir|"
                                r"image|image_tag|tag|version|release|realm|name)$", re.I)
# (a mask of x is "xx+(?:[-_.]x+)*", a separator between its runs: with an optional one, "(?:[-_.]?x+)*", a run of 30 x then another
# character was cut every way, 2^30 tries; issue 12, s47 fb47)
PLACEHOLDER = lazy_compile(r"^(['\"]?)(|(?:do|please|pls|to)?[-_]?change[-_]?me|change[-_]?it|changethis|replace[-_]?me|to[-_]?(?:be[-_]?)?(?:changed|defined|replaced|fill)|"
                         r"[àa][-_]?(?:remplir|changer|d[ée]finir|compl[ée]ter)|placeholder|__\w+__|@[\w.-]+@|\*{2,3}[A-Za-z][A-Za-z_-]*\*{2,3}|##[A-Za-z][A-Za-z_-]*##|#\{[^}]*\}|xx+(?:[-_.]x+)*|\*+|\.\.\.|…|<[^>]*>|\[[^\]]*\]|\{\{[^}]*\}\}|"
                         r"\{[^}]*\}|\$\{\{[^}]*\}\}|\$\{[^}]*\}|\$\w+|"
                         # (a ${…} placeholder its closing brace forgotten: a foreign server's user mapping, password '${MON_PASS' beside
                         # user '${MON_USER}', a template to fill; issue 12, s35 ab35)
                         r"\$\{\w+|%[\w()]+%?|%\([\w]+\)s|your\w*|your[-_ ].*|my[-_]?(?:pass|secret|token|key|api|user|login|db|database)\w*|"
                         # "my" then what the value stands for, then a secret's word: the owner's own to write in ("mypostgrespassword",
                         # "my_db_password", "mySecretKey"; a local compose database's placeholder)
                         r"my[-_]?[a-z]{1,24}?[-_]?(?:password|passwd|pass|pwd|mdp|secret|token|key)\d*|"
                         r"(?:mon|ma|votre|notre)[-_]?(?:pass\w*|mdp|mot[-_]?de[-_]?passe|motdepasse|secret|token|cl[ée]\w*|user\w*|utilisateur|login|identifiant|base|bdd|db)|"
                         r"(?:insert|put|enter|add|paste)[-_ ]?\w*[-_ ]?here|\w+[-_]here|(?:fake|dummy|sample|example|exemple|demo)\w*|"
                         r"(?:super[-_]?)?secret(?:[-_]?(?:token|key|value|password|pass))?|(?:api|access|auth|app)[-_]?(?:key|token|secret)|token|"
                         r"todo|none|null|nil|false|true|pass|passwd|password\d*|pwd|mdp|mot[-_]?de[-_]?passe|motdepasse|user|username|admin|root|"
                         r"test|dev|local|localhost|\d{1,5}|"
                         # a sentinel saying there is no secret (an LLM proxy's api_key: "no_token" for a model that needs none,
                         # vLLM's "EMPTY", llama.cpp's "sk-no-key-required", "not-needed", "sans_mot_de_passe")
                         r"(?:no|not|none|sans|aucun|pas)[-_]?(?:de[-_]?)?(?:api[-_]?)?(?:token|key|cl[ée]|secret|pass(?:word)?|mdp|mot[-_]?de[-_]?passe|auth)"
                         r"(?:[-_]?(?:needed|required|set|used))?|(?:sk[-_])?no[-_]?key[-_]?required|not[-_]?(?:needed|required|set|used)|empty|"
                         # a mask of underscores in the value's shape ("________", a token's "____.____.____", an id's "____-____-____")
                         r"_{2,}(?:[-.:]_+)*|"
                         # a name standing for a value given elsewhere, in capitals (geremi's password: EXTERNAL_CONF, TO_DEFINE; PASSWORD_ENCODÉ)
                         r"(?-i:[A-ZÀ-ÖØ-Þ]{2,}(?:_[A-ZÀ-ÖØ-Þ]{2,}){1,4})|"
                         # the well-known defaults of a local service's image (MinIO, RabbitMQ, PostgreSQL, a Java keystore; Tomcat's
                         # sample tomcat-users.xml, password="tomcat", kept for a developer's server: issue 12, s35 i35)
                         r"minioadmin|minio123|guest|postgres|changeit|tomcat|"
                         # "password" and "admin" written in leetspeak (application.conf's default password="Pa55w0rd")
                         r"p[a4@][s5$]{2}w[o0]rd\d*!?|[a4@]dm[i1]n\d*)\1$", re.I)

# a value blanked out before publishing (username="REMOVED" password="REMOVED", [REDACTED], **masqué**): no credential left
# (or blanked out with its reason, a diagnostic page's 'password' => 'hidden_for_security', "masque_pour_securite": issue 12, s27)
REDACTED = lazy_compile(r"^(['\"]?)[*#_\[(<-]*(?:removed|redacted|hidden|masked|censored|scrubbed|obfuscated|omitted|anonymi[sz]ed|confidential|"
                        r"supprim[ée]|masqu[ée]|cach[ée]|retir[ée]|anonymis[ée]|confidentiel)(?:[_ -](?:for|pour|par)[_ -][a-zéè]{3,20}(?:[_ -][a-zéè]{2,20})?)?"
                        r"[*#_\])>-]*\1$", re.I)



LOCAL_HOST = lazy_compile(r"""@(localhost|127\.0\.0\.1|0\.0\.0\.0|postgres|postgis|db|database|mysql|mariadb|redis|rabbitmq|mongo|mongodb|host\.docker\.internal"""
                          # a service container's name: one label (no domain, unreachable outside its Compose network or CI job) naming a
                          # database or broker image (postgres-idelibre, a CI job's alias postgresidelibre, app_db); Docker's bridge gateway
                          # 172.17.0.1, the developer's own machine seen from a container (issue 12, s20)
                          r"""|[\w-]*(?:postgres|postgis|pgsql|mysql|mariadb|redis|rabbitmq|mongo|db)[\w-]*|172\.17\.0\.1"""
                          r"""|x\.x\.x\.x|xxx\.xxx\.xxx\.xxx|<[\w-]+>)(?=[:/\s?'"]|$)""", re.I)  # (or a placeholder: @x.x.x.x, @<host>)
DEV_SETTINGS = lazy_compile(r"(^|/)(settings|config|conf)/(test|tests|testing|ci|local|dev|development)\.py$|(^|/)settings_(test|ci|local|dev)\.py$|(^|/)\.github/workflows/|(^|/)\.gitlab-ci\.ya?ml$|(^|/)(docker-)?compose[\w.-]*\.ya?ml$")
EXAMPLE_FILE = lazy_compile(r"[._-](example|sample|dist|template|tpl|exemple)(\.\w+)?$", re.I)
URL_CREDENTIALS = lazy_compile(r"://[^/\s:@]{1,256}:([^@\s]{1,256})@")  # (bounded: linear on a 200 KB word of "a://a:…")
_URL_HOST = lazy_compile(r"://[^/\s:@]{1,256}:[^@\s]{1,256}@([\w.-]{1,253})")
_PLACEHOLDER_LABEL = lazy_compile(r"^(?:[\w-]*[^\Wx_-])?[xX]{2,}$")


def placeholder_host(value: str) -> bool:
    """A URL's credentials on a host one of whose labels is a placeholder to fill in, "xx" standing for a number or a name
    (`postgresql://redash:redash@postgis.sdisxx.fr/redash` for each SDIS's own server, `@srv-xxx.domaine.fr`): a template value,
    nothing to revoke (issue 12, s22)."""
    m = _URL_HOST.search(value[:4000])
    return bool(m) and any(_PLACEHOLDER_LABEL.match(label) for label in m.group(1).lower().split("."))


# a password or secret, not an API key (a Firebase web apiKey is public by design, shipped to every browser)
_PASSWORD_KEY = lazy_compile(r"pass|pwd|secret|private", re.I)
# the assignment's ":" or "=", not a scope operator (Ruby's App::Application.config.secret_token = '…', PHP's Foo::BAR) nor "=="
ASSIGN_SEP = lazy_compile(r"(?<!:):(?!:)|(?<![=!<>])=(?!=)")
_KEYWORD_VALUE = lazy_compile(r"""(?:(?<!:):(?!:)|(?<![=!<>])=(?!=))\s*['"]?([^\s'"#,;]+)""")


def key_of(line: str) -> str:
    """The part of a ``key = value`` line before its assignment."""
    return ASSIGN_SEP.split(line or "", maxsplit=1)[0]


def _random_value(line: str) -> bool:
    """The value of a 'password: …' line looks generated (letters and digits, 8+ characters), not a word or a placeholder."""
    m = _KEYWORD_VALUE.search(line or "")
    value = m.group(1) if m else ""
    return len(value) >= 8 and bool(re.search(r"[A-Za-z]", value)) and bool(re.search(r"\d", value)) \
        and not PLACEHOLDER.match(value) and not value.startswith(("$", "%", "{", "<", "@"))


# The variable or argument a password literal is assigned to, ending with a password word (serviceAPIpassword, DB_PASSWORD,
# connect(password=…, $mdp, adminPwd); not a field's name or label (passwordField, password_label, PASSWORD_MIN_LENGTH)
_CODE_PASSWORD_KEY = lazy_compile(r"(?:pass(?:word|wd)?|pwd|mdp|mot_?de_?passe|motdepasse)['\"\]]?\s*$", re.I)
_CODE_PASSWORD_VALUE = lazy_compile(r"""(?:(?<!:):(?!:)|(?<![=!<>])=(?!=))\s*(['"])([^'"\s]{8,64})\1""")
_PASSWORD_WORDS_IN_VALUE = lazy_compile(r"pass|pwd|mdp|secret|user|login|admin|test|demo|example|exemple", re.I)
_DOTTED_NAME = lazy_compile(r"^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)+$")


SEED_PATH = lazy_compile(r"(^|/)(mocks?|seeds?|seeders|fixtures?|demo|samples?|stories)(/|$)|\.(stories|mock)\.\w+$", re.I)  # demo accounts' data


def code_password(line: str) -> bool:
    """A quoted literal password assigned in code to a variable, field or argument named as a password
    (``export const serviceAPIpassword = "9SV4…"``, ``connect(password="k2Lm9…")``): letters and digits, 8 to 64 characters, no
    regex, message key, template or placeholder, and no word of its own role (``Password1``, ``test1234``)."""
    return any(_CODE_PASSWORD_KEY.search(line[:m.start()]) and _password_like(m.group(2)) for m in _CODE_PASSWORD_VALUE.finditer(line or ""))


# A PHP statement or array entry giving a password-named variable, key or constant a quoted literal (``$http_proxy_password="k#7";``,
# ``'password' => 'k2Lm9'``, ``define('DB_PASS', 'k2Lm9')``), ended by ";", ",", ")" or "]" (issue 12, s25)
_PHP_PASSWORD_VALUE = lazy_compile(r"""(?:(?<![=!<>])=>?|,)\s*(['"])([^'"\s\\]{5,64})\1\s*(?:[;,)\]]|$)""")


def php_password(line: str) -> bool:
    """A clear-text password a committed PHP file assigns (a configuration file's ``$http_proxy_password="Spg#7";`` or a
    configuration array's ``'password' => 'k2Lm9'``): 5 to 64 characters of letters with a digit, no placeholder, no word of
    its role, no interpolated variable. Shorter than :func:`code_password`'s 8 because a PHP configuration is read as it is:
    an account's real password often is short (issue 12, s25)."""
    line = (line or "")[:4000]
    return any(_CODE_PASSWORD_KEY.search(line[:m.start()]) and _password_like(m.group(2)) and not REDACTED.match(m.group(2))
               and len(set(m.group(2).lower())) >= 4 for m in _PHP_PASSWORD_VALUE.finditer(line))


def _password_like(value: str) -> bool:
    return bool(re.fullmatch(r"[\w!#%&*+,./:;?@^~-]+", value)) and bool(re.search(r"[A-Za-z]", value)) and bool(re.search(r"\d", value)) \
        and not PLACEHOLDER.match(value) and not _PASSWORD_WORDS_IN_VALUE.search(value) and not _DOTTED_NAME.match(value) \
        and not value.startswith(("$", "%", "{", "<", "@", "/", "."))


# A value that opens on words asking to fill it in or saying it is fake, then says how (``A_REMPLIR_VIA_OPENSSL``,
# ``CHANGE_ME_IN_PRODUCTION``, ``fake-token-for-tests``): a placeholder to replace, whatever follows (issue 12, s22)
_FILL_IN_LEAD = lazy_compile(r"^['\"]?(?:(?:do|please|to)?[-_]?change[-_]?me|change[-_]?(?:it|this)|replace[-_]?(?:me|with|by)|"
                             r"to[-_]?(?:be[-_]?)?(?:changed|defined|replaced|filled|set)|fill[-_]?(?:me|in)|"
                             r"[àa][-_]?(?:remplir|changer|d[ée]finir|compl[ée]ter|renseigner|modifier|g[ée]n[ée]rer)|fake|dummy|placeholder)"
                             r"(?:[-_ .:,;(]|$)", re.I)
# a placeholder followed, after a space, by an explanation (``"FAKE_TOKEN_OK_5 : cf la documentation de l'API"``,
# ``xxxx (demander à l'équipe)``): the first word says the value is to be given
_HEAD_WORD = lazy_compile(r"^(['\"]?)(\S{1,80}?)[:,;]?\s")


# a token's shape kept with its secret part masked: a service's short prefix, then runs of X (or *) only between its separators
# ("MLY|XXXX…|XXXX…", "sk-XXXXXXXX", "ghp_XXXXXXXXXXXX"): nothing to revoke (issue 12, s45 fi45)
_MASKED_TOKEN = lazy_compile(r"^(['\"]?)[A-Za-z][A-Za-z0-9]{0,7}[-_|.:]?(?:[xX]{4,}|\*{4,})(?:[-_|.:](?:[xX]{4,}|\*{4,}))*\1$")


def placeholder_value(value: str) -> bool:
    """A committed value that is a placeholder: one of :data:`PLACEHOLDER`, a fill-in phrase followed by how to fill it in, a
    placeholder word followed by an explanation, or a token's prefix followed by runs of X only (:data:`_MASKED_TOKEN`)."""
    value = value.strip()
    if PLACEHOLDER.match(value) or _FILL_IN_LEAD.match(value) or _MASKED_TOKEN.match(value):
        return True
    head = _HEAD_WORD.match(value)
    return bool(head) and bool(PLACEHOLDER.match(head.group(2)))


def _env_value_sensitive(name: str, value: str) -> bool:
    value = value.strip()
    if placeholder_value(value):
        return False
    if "://" in value:  # a DSN or URL is a secret only when it carries a password for a non-local host
        m = URL_CREDENTIALS.search(value)
        return bool(m) and not PLACEHOLDER.match(m.group(1)) and not LOCAL_HOST.search(value) and not placeholder_host(value)
    return bool(SENSITIVE_NAME.search(name) or encryption_key_setting(name, value)) and not SECRET_ATTRIBUTE.search(name)  # (APP_KEY=base64:…)


_VALUE_PATH = lazy_compile(r"^(?:/|\./|\.\./|~/|[A-Za-z]:[\\/])\S*$")
_STORE_NAME = lazy_compile(r"^[A-Za-z][\w-]{0,31}$")
_REPEATED = lazy_compile(r"^(.{2,}?)\1+$")
_SECRET_WORDS = ("secret", "token", "key", "pass", "password", "passphrase", "salt", "jwt", "app", "api", "auth", "test", "dev", "local",
                 "default", "change", "me", "my", "the", "for")
_ACCOUNT_NAME = lazy_compile(r"(?:^|_)(?:user(?:name)?|login|db|database|dbname|name)$", re.I)


def dev_default(name: str, value: str, accounts: set[str] = frozenset()) -> str | None:
    """Why a committed ``.env`` value under a secret's name is a development default and no secret (issue 12, s20): ``"path"``
    (a folder, TOKEN_DIRECTORY=/tmp/), ``"name"`` (a DSN naming a store, not a URL with a password: LOCK_DSN=semaphore),
    ``"placeholder"`` (a repeated word, SALT='saltsaltsalt', or the words of its own name and of secrets, JWT_SECRET=jwtsecret),
    ``"account"`` (a password equal to the account or database name set beside it, POSTGRES_PASSWORD=idelibre); None for a
    value that may be a real secret (random, or a word that names nothing around it)."""
    v = value.strip().split(" #")[0].strip().strip("'\"")
    if _VALUE_PATH.match(v):
        return "path"
    if name.lower().endswith("dsn") and "://" not in v and _STORE_NAME.match(v):
        return "name"
    low = re.sub(r"[-_.\s]", "", v.lower())
    if len(low) >= 4 and _REPEATED.match(low):
        return "placeholder"
    words = sorted({w for w in name.lower().split("_") if len(w) >= 2} | set(_SECRET_WORDS), key=len, reverse=True)
    if low.isalpha() and re.fullmatch("(?:%s)+" % "|".join(map(re.escape, words)), low):
        return "placeholder"
    if described_secret(name, v) or fake_secret(v):
        return "placeholder"
    if v and v in accounts and _PASSWORD_KEY.search(name):
        return "account"
    return None


# A value written as words saying what the secret must be (Lucca's LUCCA_REST_API_JWT_SECRET=secret_jwt_key_need_256_bit_of_length,
# JWT_SECRET=a-secret-of-at-least-32-characters; s35 g35 = r15a): a secret's word, the words of its name and of its requirements, a
# number only beside a size's unit. A random value, or a passphrase of other words (correct_horse_battery_staple), is none
_SECRET_ROLE = frozenset({"secret", "token", "key", "pass", "password", "passphrase", "salt", "jwt"})
_REQUIREMENT_WORDS = frozenset({"need", "needs", "needed", "must", "should", "be", "is", "of", "at", "least", "min", "minimum", "max", "maximum",
                                "with", "a", "an", "random", "generated", "long", "string", "value", "here", "your", "in", "to", "replace", "set"})
_SIZE_UNITS = frozenset({"bit", "bits", "byte", "bytes", "char", "chars", "character", "characters", "length", "long", "caracteres", "octets"})
_DESCRIBED = lazy_compile(r"[A-Za-z0-9]+(?:[-_. ][A-Za-z0-9]+){1,11}")
_WORD_PARTS = lazy_compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


# A value of words saying it is a fake secret (SESSION_SECRET=CeciEstUnFauxSecret, "this is a fake secret" in French; ThisIsADummyToken): a
# word of fakery beside a secret's word, letters only; a placeholder written out, no secret (issue 12, s40 fe40)
_FAKE_WORDS = frozenset({"fake", "dummy", "bogus", "faux", "fausse", "fictif", "fictive", "bidon", "factice"})
_FAKE_VALUE = lazy_compile(r"[A-Za-z]+(?:[-_. ][A-Za-z]+){0,11}")


def fake_secret(value: str) -> bool:
    """``value`` is words saying it is a fake secret (:data:`_FAKE_WORDS` beside a word of :data:`_SECRET_ROLE`)."""
    tokens = {t.lower() for t in _WORD_PARTS.findall(value)} if len(value or "") <= 80 and _FAKE_VALUE.fullmatch(value or "") else set()
    return bool(tokens & _FAKE_WORDS) and bool(tokens & (_SECRET_ROLE | {"cle", "jeton", "mdp", "motdepasse"}))


def described_secret(name: str, value: str) -> bool:
    """``value`` (of the setting ``name``) is words describing the secret to give, no secret (:data:`_SECRET_ROLE`)."""
    if not _DESCRIBED.fullmatch(value or ""):
        return False
    tokens = [t.lower() for t in _WORD_PARTS.findall(value)]
    own = {w for w in name.lower().split("_") if len(w) >= 2} | set(_SECRET_WORDS) | _REQUIREMENT_WORDS | _SIZE_UNITS
    return bool(_SECRET_ROLE & set(tokens)) and all(t in own or t.isdigit() for t in tokens) \
        and (not any(t.isdigit() for t in tokens) or bool(_SIZE_UNITS & set(tokens)))


# The secrets a framework's installer writes into the defaults file it commits, for development only (Symfony's framework-bundle
# recipe sets APP_SECRET to a generated value in .env; its documentation: ".env contains default values", production secrets go in
# .env.local or the real environment — https://symfony.com/doc/current/configuration.html#configuring-environment-variables-in-env-files,
# https://github.com/symfony/recipes/blob/main/symfony/framework-bundle/5.4/manifest.json, read 2026-12-04)
FRAMEWORK_DEV_SECRETS = frozenset({"APP_SECRET"})


def symfony_defaults_file(snap, path: str) -> bool:
    """``path`` is the defaults file a Symfony application commits by design (its .env, .env.dev or .env.test, beside the application's
    composer.json naming Symfony, read up to 1 MB): at the root, or in the app's own folder (App/.env beside App/composer.json)."""
    folder, _, name = path.rpartition("/")
    composer = f"{folder}/composer.json" if folder else "composer.json"
    if composer not in snap.files or name not in (".env", ".env.dev", ".env.test") and not symfony_defaults_named(name, snap.read_head(path, 4096) or ""):
        return False  # (or the same file under another name, .env.install, by the recipe's header)
    return symfony_composer(snap.read_text(composer, limit=1_000_000) or "")  # (not Laravel's, requiring symfony/* parts)


# A committed settings file that says it is production's: its name (.env.prod, .env.production.local) or its own environment
# setting (APP_ENV=prod in a Symfony .env, NODE_ENV=production, RAILS_ENV=production). Its localhost is the production server's
# own database and its framework secret the running one's: nothing in it is a development default (issue 12, s29 f29)
_PRODUCTION_NAME = lazy_compile(r"(?:^|/)\.env\.(?:prod|production)(?:\.local)?$", re.I)
_PRODUCTION_SETTING = lazy_compile(r"""^[ \t]*(?:export[ \t]+)?(?:APP_ENV|APP_ENVIRONMENT|NODE_ENV|ENV|ENVIRONMENT|RAILS_ENV|RACK_ENV|FLASK_ENV|"""
                                   r"""DJANGO_ENV|SYMFONY_ENV|MIX_ENV|GO_ENV|ASPNETCORE_ENVIRONMENT|LARAVEL_ENV)[ \t]*=[ \t]*["']?(?:prod|production)["']?[ \t]*(?:#.*)?$""", re.M)


def production_env(path: str, text: str) -> bool:
    """``path`` is a committed ``.env`` file of production (:data:`_PRODUCTION_NAME`, :data:`_PRODUCTION_SETTING`)."""
    if not is_env_file(path):
        return False
    return bool(_PRODUCTION_NAME.search(path)) or bool(_PRODUCTION_SETTING.search(text or ""))


_LOOPBACK_LOGIN = lazy_compile(r"""://([^/\s:@]{1,256}):([^@\s]{1,256})@(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?=[:/\s?'"]|$)""", re.I)


def production_loopback(line: str) -> bool:
    """The line's address logs in to the machine's own database with a password other than its user's name (a production
    file's ``mysql://app_user:<password>@localhost:3306/…``): the production server's account."""
    m = _LOOPBACK_LOGIN.search((line or "")[:4000])
    return bool(m) and m.group(1) != m.group(2).strip("'\"")


_ISSUED_CHARS = lazy_compile(r"[A-Za-z0-9_+/=-]{20,256}")
_WORD_RUN = lazy_compile(r"[a-z]{3,}")


def issued_key(value: str) -> bool:
    """A value a service issued (Google's 40-character reCAPTCHA secret key, a payment provider's API key): 20 characters or more of
    letters of both cases and digits, random (an entropy of 3.5 bits a character, less than half of it in lower-case words), no
    placeholder nor word of its role. Not the lower-case hex a Symfony recipe generates (%generate(secret)%: APP_SECRET,
    lexik's JWT_PASSPHRASE), nor words written in camel case (ThisIsTheDefaultDevelopmentValue)."""
    v = (value or "").strip().split(" #")[0].strip().strip("'\"")
    if not _ISSUED_CHARS.fullmatch(v) or not (re.search(r"[a-z]", v) and re.search(r"[A-Z]", v) and re.search(r"\d", v)):
        return False
    if PLACEHOLDER.match(v) or _FILL_IN_LEAD.match(v) or _PASSWORD_WORDS_IN_VALUE.search(v):
        return False
    counts = collections.Counter(v)
    entropy = -sum(c / len(v) * math.log2(c / len(v)) for c in counts.values())
    return entropy >= 3.5 and sum(len(w) for w in _WORD_RUN.findall(v)) * 2 < len(v)


def env_value_finding(name: str, value: str, accounts: set[str], framework_defaults: bool) -> dict | None:
    """A committed ``.env`` setting as a finding of the ``secrets`` fact (without its place), or None when it holds no secret. Symfony
    commits ``.env`` by design as the defaults file: there a value is a weak hint, and the APP_SECRET its recipe generated for
    development is a development default (``"framework"``); a development default (:func:`dev_default`) is set aside as such, with
    its reason."""
    if not _env_value_sensitive(name, value) or public_client_key(value.strip()):
        return None  # (nor a key public by design: compiled into the page the browser gets, nothing to revoke)
    found = {"kind": "Value in a committed .env file", "variable": name}
    if framework_defaults and name in FRAMEWORK_DEV_SECRETS:
        return {**found, "strength": "weak", "class": "dev-config", "default": "framework"}
    default = dev_default(name, value, accounts)
    if default:
        return {**found, "strength": "weak", "class": "dev-config", "default": default}
    # (a service's key pasted over a recipe's placeholder — karser's RECAPTCHA3_SECRET=my_secret become Google's secret key — is no
    # default of the framework: a secret, wherever it is committed; issue 12, s35 ac35)
    return {**found, "strength": "weak" if framework_defaults and not issued_key(value) else "strong", "class": "config"}


# the variable a random literal is assigned to, named as a key ($token, API_KEY, apiToken, client_secret, $secretKey; issue 12, s20)
_NAMED_KEY = lazy_compile(r"(?:api_?key|apikey|access_?key|secret_?key|private_?key|secret|token)['\"\]]?\s*$", re.I)
# keys public by design, shipped to every browser: a Google/Firebase web key (AIza…; a server's own is the Google rules' to judge,
# secret_assignments), a Mapbox public token (pk.eyJ…, quoted in code or a .env's bare value; Mapbox's secret tokens are sk.…)
_PUBLIC_KEY = lazy_compile(r"AIza|['\"]pk\.|(?:^|[\s=:])pk\.eyJ")


def public_client_key(text: str) -> bool:
    """The line or value holds a key made to ship to the browser (:data:`_PUBLIC_KEY`): one definition for a literal in code and
    a committed ``.env``'s value (a React app's REACT_APP_MAPBOX_ACCESS_TOKEN=pk.eyJ… in frontend/.env: issue 12, s29)."""
    return bool(_PUBLIC_KEY.search(text or "")) or public_jwt(text)  # (or Supabase's anon key: secret_lines)


def named_random_key(line: str) -> bool:
    """A random literal assigned to a variable named as a key or token (``$token = '<40 random characters>'``), not a public one."""
    return bool(_NAMED_KEY.search(key_of(line))) and _random_value(line) and not public_client_key(line)


def env_accounts(text: str) -> set[str]:
    """The account and database names a ``.env`` file sets (POSTGRES_USER=idelibre, DB_NAME=app)."""
    out = set()
    for m in map(DOTENV_ASSIGN.match, text.splitlines()):
        if m and _ACCOUNT_NAME.search(m.group(1)):
            v = m.group(2).split(" #")[0].strip().strip("'\"")
            if v:
                out.add(v)
    return out


def no_real_secret(text: str, framework_defaults: bool = False) -> bool:
    """A ``.env`` whose secrets are all empty or placeholders (``KEY=``, ``PASSWORD=YOURPASSWORD``, ``TOKEN=<token>``),
    the other settings holding their defaults (ports, host and database names): a configuration template, not a leak. In a
    framework's committed defaults file (``framework_defaults``), the development secret its installer wrote is such a default."""
    pairs = [(m.group(1), m.group(2).split(" #")[0]) for m in map(DOTENV_ASSIGN.match, text.splitlines()) if m]
    # (nor a value made of the words of its name or of what it must be: PROCONNECT_CLIENT_SECRET=proconnectClientSecret,
    # LUCCA_REST_API_KEY=secret_api_key — dev_default's "placeholder", which the secrets fact sets aside)
    return bool(pairs) and not any(_env_value_sensitive(name, value) and dev_default(name, value) != "placeholder" for name, value in pairs
                                   if not (framework_defaults and name in FRAMEWORK_DEV_SECRETS))


# Docker Compose's and BuildKit's own variables (COMPOSE_PROJECT_NAME, DOCKER_BUILDKIT): no setting of the project
_TOOL_VARS = lazy_compile(r"(COMPOSE|DOCKER|BUILDKIT)_\w+")
# The release's own stamp, rewritten at each version (a Vue app's .env of one line VUE_APP_VERSION=v1.2.3.20071911): nothing an
# installation sets, no setting of the project
_STAMP_VARS = lazy_compile(r"(?:(?:VUE_APP|REACT_APP|VITE|VITE_APP|NEXT_PUBLIC|NUXT_PUBLIC|NG_APP|EXPO_PUBLIC)_)?(?:APP_)?"
                           r"(?:VERSION|APP_VERSION|BUILD|BUILD_(?:NUMBER|DATE|ID|TIME)|COMMIT|COMMIT_(?:SHA|HASH)|GIT_(?:SHA|COMMIT|HASH)|RELEASE(?:_DATE)?)")


def settings_env(text: str, framework_defaults: bool = False) -> bool:
    """A committed ``.env`` that is the project's configuration template: it names settings of the project (not only Docker
    Compose's own) and holds no real secret, every secret empty or a placeholder (``KEY=``, ``"________"``), the other settings
    their defaults (issue 12 §7). The ``files`` fact's env_template and the settings facts share this reading."""
    names = [m.group(1) for m in map(DOTENV_ASSIGN.match, text.splitlines()) if m]
    return no_real_secret(text, framework_defaults) and any(not _TOOL_VARS.fullmatch(n) and not release_stamp(n) for n in names)


def release_stamp(name: str) -> bool:
    """The release's version or build stamp (VUE_APP_VERSION, BUILD_NUMBER, GIT_SHA): set at each release, no setting to give."""
    return bool(_STAMP_VARS.fullmatch(name))


_URL_LOGIN = lazy_compile(r"://([^/\s:@]{1,256}):([^@\s]{1,256})@")
_USER_WORDS = {"user", "username", "usr", "login", "utilisateur", "identifiant", "account"}
_PASSWORD_WORDS = {"pass", "passwd", "password", "pwd", "mdp", "motdepasse", "secret"}


def role_words(line: str) -> bool:
    """A URL's user and password that name their role (`http://proxy_user:proxy_passwd@proxy_server:proxy_port`, a usage
    example): words to replace, no credential."""
    m = _URL_LOGIN.search(line)
    words = (lambda s: set(re.split(r"[_.-]", s.lower())))
    return bool(m) and bool(words(m.group(1)) & _USER_WORDS) and bool(words(m.group(2)) & _PASSWORD_WORDS)
