"""Authentication signals of a service's own code (registered by :data:`auditor.facts.signal_registry.SIGNAL_MODULES`).

``auth.http-basic``: HTTP Basic authentication the service asks for itself (issue 12, s25 k25 = s24 o1, GrandNancy/OpenTripPlanner:
a JAX-RS ContainerRequestFilter answering ``WWW-Authenticate: Basic realm="…"``, reading "Basic " credentials, ``@RolesAllowed``
on its resources and Jersey's RolesAllowedDynamicFeature): people or programs sign in with the service's own accounts or password.
Jersey's HttpAuthenticationFeature is its client's: a call sending credentials to another service signs nobody in here; a raw HTTP
answer written as data (a network tool's test buffer) is none either."""

from __future__ import annotations

import re

from auditor.facts.access_codes import TYPED_CODE
from auditor.facts.js_family import JS_EXT
from auditor.facts.signal_registry import signal
from auditor.facts.territory_values import _COMMENT_START, _line_of
from auditor.lazyre import lazy_compile

# the languages web services are written in (not C: a network tool's test buffer holding a raw HTTP answer,
# "Www-authenticate: Basic realm=…\r\n", is data it parses; nor a raw message anywhere, its "\r\n" written out)
SERVICE_EXT = {"java", "kt", "groovy", "scala", "py", *JS_EXT, "ts", "php", "rb", "go", "cs", "rs", "ex", "exs", "pl"}

signal("auth.http-basic",
       r"""\bBasic realm=|\b(?:startsWith|startswith|starts_with)\([^\S\n]*["'][Bb]asic ["']|@RolesAllowed\(|\bRolesAllowedDynamicFeature\b""",
       ("basic realm=", "startswith(", "starts_with(", "@rolesallowed(", "rolesalloweddynamicfeature"), flags=0, classes=("code",),
       exts=SERVICE_EXT, accept=lambda m: not _line_of(m).lstrip().startswith(_COMMENT_START) and "\\r\\n" not in _line_of(m))

# A password column checked inside the SQL a service writes, against a hash of what was typed (``password='".md5($_POST['password'])."'``,
# ``password_utilisateur = crypt('" . $pwd . "', password_utilisateur)``, ``AND mdp = SHA1(?)``): a hand-written sign-in of the
# service's own accounts (a commune's or an SDIS's PHP pages with a users table and a session; issue 12, s32 c32). A PHP variable or
# property set to a hash (``$pwd = md5(…)``), a password set by an UPDATE (an account's administration) are not read here.
signal("auth.sql-password",
       r"""(?i:\b(?:where|and|or)[^\S\n]{1,3})(?:\w{1,30}\.)?(?:\w{0,30}_)?(?i:password|passwd|pwd|mdp|pass|motdepasse|mot_de_passe)(?:_\w{1,30})?['"`\]]?[^\S\n]{0,3}(?<![=!<>])=(?!=)"""
       r"""[^\S\n]{0,3}(?:'[^\S\n]{0,3}["'][^\S\n]{0,3}\.[^\S\n]{0,3})?(?i:md5|sha1|sha2|crypt|password|encrypt|digest)\(""",
       ("md5(", "sha1(", "sha2(", "crypt(", "password(", "digest("), flags=0, classes=("code",), exts=SERVICE_EXT,
       accept=lambda m: not _line_of(m).lstrip().startswith(_COMMENT_START))

# A committed SQL schema's accounts: a password column (VARCHAR/CHAR/TEXT) in a table of users or accounts (app_user, utilisateur,
# compte), in a file that also creates a session or sign-in token table (spring_session, magic_link_token, user_session): the service
# signs people in with local accounts, even when its code is only a built jar (issue 12, s38 fm38 = cridf-openassemblee-orgarif/
# orgarif-deploy's initiate-database.sql). A users table with a password but no session or token table (an import's staging) is not.
_ACCOUNT_TABLE = lazy_compile(r"\bCREATE[^\S\n]+TABLE[^\S\n]+(?:IF[^\S\n]+NOT[^\S\n]+EXISTS[^\S\n]+)?[\w.\"`\[\]]{0,80}?(?:users?|utilisateurs?|accounts?|comptes?|members?)\b[\"`\]]?", re.I)
_ANY_TABLE = lazy_compile(r"\bCREATE[^\S\n]+TABLE\b", re.I)
_SESSION_TABLE = lazy_compile(r"\bCREATE[^\S\n]+TABLE[^\S\n]+(?:IF[^\S\n]+NOT[^\S\n]+EXISTS[^\S\n]+)?[\w.\"`\[\]]{0,80}?(?:sessions?|tokens?)\b", re.I)


def _account_password(m) -> bool:
    """The password column sits in a users or accounts table (the last CREATE TABLE before it, within 4 KB) of a file that also creates a
    session or token table (searched in its first 256 KB)."""
    before = m.string[max(0, m.start() - 4096):m.start()]
    last = list(_ANY_TABLE.finditer(before))[-1:]
    return bool(last) and bool(_ACCOUNT_TABLE.match(before, last[0].start())) and bool(_SESSION_TABLE.search(m.string[:256 * 1024]))


# A Rails schema dump's accounts: Devise's `t.string "encrypted_password"` (or has_secure_password's "password_digest") in a users,
# accounts, members or admins table of db/schema.rb — a Decidim platform's decidim_users, whose people sign in with the platform's
# own Devise accounts (issue 12, s47 fd47 = aubryprieur/eurometropole, whose sign-in lives in the decidim gems, not in the app's code)
_RAILS_TABLE = lazy_compile(r"""^[^\S\n]*create_table[^\S\n(]*\(?[^\S\n]*["'](\w{1,80})["']""", re.M)
_RAILS_ACCOUNTS = lazy_compile(r"(?:^|_)(?:users?|accounts?|members?|admins?|admin_users|utilisateurs?|comptes?)$", re.I)


def _rails_account_table(m) -> bool:
    """The column's table (the last create_table before it, within 16 KB) holds users or accounts."""
    last = list(_RAILS_TABLE.finditer(m.string, max(0, m.start() - 16_384), m.start()))[-1:]
    return bool(last) and bool(_RAILS_ACCOUNTS.search(last[0].group(1)))


signal("auth.rails-accounts", r"""^[^\S\n]*t\.string[^\S\n(]*\(?[^\S\n]*["'](encrypted_password|password_digest)["']""",
       ("encrypted_password", "password_digest"), flags=re.M, exts={"rb"}, group=1, accept=_rails_account_table)

signal("auth.sql-accounts",
       r"""^[^\S\n]*["`\[]?(?i:password|passwd|password_hash|hashed_password|encrypted_password|mot_de_passe|motdepasse|mdp)["`\]]?[^\S\n]+(?i:varchar|char|character varying|text|bytea)\b""",
       ("password", "passwd", "mot_de_passe", "motdepasse", "mdp"), flags=re.M, exts={"sql"}, accept=_account_password)

# Microsoft's authentication library signing people in through Entra ID (OpenID Connect): MSAL.js's sign-in calls and its React/
# Angular components, MSAL Python's or .NET's interactive and authorization-code flows, MSAL.PS's interactive token. A daemon's
# token for itself (acquire_token_for_client, Get-MsalToken -ClientSecret) signs no one in and is not matched.
signal("auth.msal",
       r"""\b(?:loginPopup|loginRedirect|acquireTokenPopup|acquireTokenRedirect|ssoSilent|acquireTokenByCode|getAuthCodeUrl|"""
       r"""acquire_token_interactive|initiate_auth_code_flow|acquire_token_by_auth_code_flow|acquire_token_by_authorization_code|"""
       r"""AcquireTokenInteractive|AddMicrosoftIdentityWebApp)\(|\b(?:UserAgentApplication|MsalProvider|MsalModule|MsalGuard|MsalRedirectComponent|"""
       r"""MsalAuthenticationTemplate)\b|\bGet-MsalToken\b[^\n]{0,200}-Interactive\b""",
       ("loginpopup", "loginredirect", "acquiretoken", "ssosilent", "getauthcodeurl", "acquire_token_", "auth_code_flow", "microsoftidentitywebapp",
        "useragentapplication", "msal"), flags=0, classes=("code", "template"),
       accept=lambda m: not _line_of(m).lstrip().startswith(_COMMENT_START))

# A password or an access code the code compares with what a person typed (``if (pwd !== "APP66")`` after a prompt(), ``c ===
# SUPER_ADMIN_CODE``): a home-made sign-in whose key is in the source (issue 12, s32 j32; :mod:`auditor.facts.access_codes`). The hit is
# the name and its operator, never the value.
signal("auth.typed-code", TYPED_CODE, ("pass", "pwd", "mdp", "code"), flags=0, classes=("code", "template"), group=1,
       accept=lambda m: not _line_of(m).lstrip().startswith(_COMMENT_START))

# Symfony's security configuration as the security-bundle's recipe writes it (config/packages/security.yaml: `providers: in_memory:
# { memory: ~ }` or `users_in_memory: { memory: null }`, a `main` firewall `anonymous: true` or `lazy: true`, form_login and
# http_basic commented out, access_control's rules commented out; the 5.3+ recipe's password_hashers for the generic interface):
# the bundle installed, nobody signed in by it (issue 12, s33 c33). A key that signs people in or gives them accounts, not commented
# out (an authenticator of a firewall, a provider of entities, LDAP entries, listed users or a service, logout, remember_me,
# switch_user, an access_control rule), makes it a sign-in (symfony.com/doc/current/security.html, read 2026-12-06).
_SYMFONY_SIGNS_IN = lazy_compile(
    r"""(?:^[ \t]*(?:-[ \t]*)?|[{,][ \t]*)(?:form_login(?:_ldap)?|json_login(?:_ldap)?|http_basic(?:_ldap)?|http_digest|guard|"""
    r"""custom_authenticators?|authenticators|remote_user|x509|login_link|access_token|simple_form|simple_preauth|entry_point|logout|"""
    r"""remember_me|switch_user|oauth|hwi_oauth|saml|cas|two_factor|entity|ldap|users|chain|id|path)[ \t]*:""", re.M)
_SECURITY_ROOT = lazy_compile(r"^security[ \t]*:", re.M)
_YAML_COMMENT = lazy_compile(r"(?:^|(?<=[ \t]))#[^\n]*", re.M)  # (a commented-out rule, "# - { path: ^/admin, roles: ROLE_ADMIN }")


def idle_symfony_security(m) -> bool:
    """The `firewalls:` key of a Symfony security configuration (a file whose root key is `security:`) that signs no one in."""
    text = m.string
    return bool(_SECURITY_ROOT.search(text)) and not _SYMFONY_SIGNS_IN.search(_YAML_COMMENT.sub("", text))


signal("auth.symfony-idle", r"""^[ \t]*firewalls[ \t]*:""", ("firewalls",), flags=re.M, exts={"yml", "yaml"}, classes=("config",),
       accept=idle_symfony_security)

# A hand-written sign-in of the service's own accounts: a session set (``session[:user] = @u.id``, ``$_SESSION['user'] = $row``,
# ``request.session['user_id'] = …``, ``req.session.user = …``) in a file that reads the password typed from the request
# (``params[:user][:password]``, ``$_POST['mdp']``, ``request.form['password']``, ``req.body.password``): a sign-in action without a
# framework's accounts (a commune's school-canteen billing in Rails 2-era style, its agents' and families' logins, issue 12, s35
# d35). The request's key is a sign-in password's (password, pwd, mdp, pass, mot_de_passe, optionally after user_/login_/admin_), not
# a connector's (db_password, smtp_pass: an installer's form keeping its step in the session signs no one in); a session cleared
# (= nil, None, null) is a sign-out.
_SIGN_IN_KEY = r"(?:user_?|login_?|admin_?|utilisateur_?)?(?:password|passwd|pwd|mdp|pass|passe|motdepasse|mot_de_passe)"
_TYPED_PASSWORD = lazy_compile(
    r"""(?<![\w$])params(?:\[[^\]\n]{1,40}\])*\[\s*(?::|['"])""" + _SIGN_IN_KEY + r"""['"]?\s*\]"""  # Rails, Sinatra
    r"""|\$_(?:POST|REQUEST|GET)\[\s*['"]""" + _SIGN_IN_KEY + r"""['"]\s*\]"""  # PHP
    r"""|\brequest\.(?:form|POST|json|values|data|get_json\(\))(?:\.get\(\s*|\[\s*)['"]""" + _SIGN_IN_KEY + r"""['"]"""  # Flask, Django
    r"""|\breq\.body(?:\.""" + _SIGN_IN_KEY + r"""\b|\[\s*['"]""" + _SIGN_IN_KEY + r"""['"]\s*\])"""  # Express
    r"""|\{[^{}\n]{0,80}\b""" + _SIGN_IN_KEY + r"""\b[^{}\n]{0,80}\}\s*=\s*req\.body\b""", re.I)  # (const { login, password } = req.body)


def _sign_in_session(m) -> bool:
    return not _line_of(m).lstrip().startswith(_COMMENT_START) and bool(_TYPED_PASSWORD.search(m.string))


signal("auth.session-sign-in",
       r"""(?:(?<![\w.$])session\[\s*(?::\w+|['"]\w+['"])\s*\]|\b(?:request|req)\.session(?:\[\s*['"]\w+['"]\s*\]|\.(?!save\b|destroy\b|regenerate\b)\w+)"""
       r"""|\$_SESSION\[\s*['"]\w+['"]\s*\])[^\S\n]*=(?![=>~])[^\S\n]*(?!nil\b|None\b|null\b|NULL\b|undefined\b|false\b|array\(\s*\)|\[\s*\])""",
       ("session",), flags=0, classes=("code",), exts=SERVICE_EXT, accept=_sign_in_session)

# A script sending a typed password to a server: a request (fetch, axios, jQuery's ajax or post, XMLHttpRequest's send, or the
# project's own helper named as one: apiPost, postJSON, sendRequest) whose arguments carry a password key, within 400 characters
# and one statement (`fetch(API_URL, {method: "POST", body: new URLSearchParams({action: "login", password: pwd})})`, `apiPost("login",
# {role, secteur, password})`). With a password field on a page, people sign in to the project's server with local accounts, even
# when that server's code is not in the repository (issue 12, s40 fa40 = Cedrico59/patrimoine-arbor-V3, whose Apps Script server
# lives elsewhere). A request to an identity provider (an OpenID Connect or OAuth token endpoint, a password grant) is not this.
_TO_PROVIDER = lazy_compile(r"openid|oauth|/token\b|grant_type|auth0|cognito|keycloak|identitytoolkit|/realms/", re.I)


def _password_posted(m) -> bool:
    return not _line_of(m).lstrip().startswith(_COMMENT_START) and not _TO_PROVIDER.search(m.group(0))


signal("auth.password-posted",
       r"""\b((?:fetch|axios(?:\.post)?|\$\.(?:ajax|post)|\.send|[A-Za-z_$][\w$]{0,30}(?:[Pp]ost|[Aa]pi|[Rr]equest|[Ss]end)[\w$]{0,20})[^\S\n]*\()"""
       r"""[^;]{0,400}?[{,(](?:[^\S\n]*//[^\n]{0,200})?[^\S]{0,200}["']?(?i:password|passwd|pwd|mdp|motdepasse|mot_de_passe)["']?[^\S\n]*(?::|[,})])""",
       ("password", "passwd", "pwd", "mdp", "motdepasse", "mot_de_passe"), flags=0, classes=("code", "template"),
       exts={*JS_EXT, "ts", "tsx", "vue", "svelte", "html", "htm"}, group=1, accept=_password_posted)

# A script reading what was typed in a password field, named by its id (`document.getElementById('gate-pwd').value`,
# `querySelector('#admin-password').value`, `$('#mdp').val()`): with that field on the page, the page checks a password itself (a
# shared password compared in the browser, the gate of a commission's working space) or hands it on — people sign in with a
# local password, whoever keeps it (issue 12, s40 fi40 = Korno1970/Commissions-mairie-Lestiac). The field's id carries a
# password's word (pwd, password, mdp, pass…); a search box's or a name field's value is not this.
signal("auth.password-read",
       r"""(?:getElementById[^\S\n]*\([^\S\n]*["'`]|querySelector[^\S\n]*\([^\S\n]*["'`]#|\$[^\S\n]*\([^\S\n]*["'`]#)"""
       r"""([\w-]{0,30}(?i:pwd|passwd|password|mdp|motdepasse|mot-de-passe|pass)(?![a-z])[\w-]{0,30})["'`][^\S\n]*\)[^\S\n]*\.(?:value\b|val[^\S\n]*\()""",
       ("pwd", "passwd", "password", "mdp", "motdepasse", "mot-de-passe", "pass"), flags=0, classes=("code", "template"),
       exts={*JS_EXT, "ts", "tsx", "vue", "svelte", "html", "htm"}, group=1,
       accept=lambda m: not _line_of(m).lstrip().startswith(_COMMENT_START))

# A Streamlit application's password gate: a password field (``st.text_input("Mot de passe", type="password")``) whose value the
# code compares (``if saisie == mot_de_passe_requis``) in a file reading a secret or setting (``st.secrets``, ``os.environ``,
# ``os.getenv``) and marking the session signed in (``st.session_state.authentifie = True``): a shared password guarding the app, a
# local sign-in (issue 12, s42 fp42 = ThomasLafargue/mediatheque-arcachon; docs.streamlit.io st.text_input, type="password", and
# its authentication guide, consulted 2026-12-07). A password field handed on (a database's password given to a connection) with
# no comparison nor session flag signs nobody in.
_ST_SECRET = lazy_compile(r"""\bst\.secrets\b|\bos\.environ\b|\b(?:os\.)?getenv\(""")
_ST_SIGNED = lazy_compile(r"""\bsession_state(?:\.\w+|\[[^\]\n]{1,60}\])[^\S\n]*=[^\S\n]*True\b""")


def _streamlit_gate(m) -> bool:
    if _line_of(m).lstrip().startswith("#"):
        return False
    text = m.string
    if not (_ST_SECRET.search(text) and _ST_SIGNED.search(text)):
        return False
    var = m.group(1)
    if var:  # (the value typed, by the name it is given, compared)
        return bool(re.search(rf"""(?<![\w.])(?:{re.escape(var)}[^\S\n]*[!=]=|[!=]=[^\S\n]*{re.escape(var)}(?![\w(]))""", text))
    return bool(re.search(r"""text_input\([^)]{0,300}\)[^\S\n]*[!=]=""", text))


signal("auth.streamlit",
       r"""(?:(?<![\w.])(\w+)[^\S\n]*=[^\S\n]*)?(?:\bst|\bstreamlit)\.(?:sidebar\.)?text_input\([^)]{0,300}?\btype[^\S\n]*=[^\S\n]*["']password["']""",
       ("text_input",), flags=0, classes=("code",), exts={"py"}, accept=_streamlit_gate)

# A federated sign-in asked of an authentication client by naming its provider: Supabase Auth's ``client.auth.signInWithOAuth({
# provider: 'google' })``, ``signInWithSSO`` (SAML) and ``signInWithIdToken`` (an OpenID Connect ID token); Firebase Auth's
# ``new GoogleAuthProvider()``, ``new OAuthProvider('microsoft.com')``, ``new SAMLAuthProvider(…)`` handed to signInWithPopup/
# signInWithRedirect (supabase.com/docs/reference/javascript/auth-signinwithoauth, firebase.google.com/docs/auth/web/google-signin,
# consulted 2026-12-07): people sign in through an OAuth/OpenID Connect or SAML provider (issue 12, s42 fp42 = D-OTIsud/Bertel). The
# same clients' e-mail and password calls (signInWithPassword, signInWithEmailAndPassword) stay local accounts.
# (and Supabase's Auth UI component given providers by name, <Auth supabaseClient={…} providers={['google', 'azure']} />: its OAuth
# buttons; an empty list, providers={[]}, leaves its e-mail and password form alone — auth.local's)
signal("auth.provider-sign-in",
       r"""(\.auth\.signInWith(?:OAuth|SSO|IdToken)[^\S\n]*\(|\bnew[^\S\n]+(?:firebase\.auth\.)?(?:GoogleAuthProvider|OAuthProvider|SAMLAuthProvider|"""
       r"""MicrosoftAuthProvider|GithubAuthProvider|FacebookAuthProvider|AppleAuthProvider)[^\S\n]*\(|\bproviders=\{\[[^\S\n]*["'][a-z_]+["'])""",
       ("signinwith", "authprovider", "oauthprovider", "providers={["), flags=0, classes=("code",), exts={*JS_EXT, "ts", "tsx", "vue", "svelte"},
       accept=lambda m: not _line_of(m).lstrip().startswith(_COMMENT_START)
       and (not m.group(0).startswith("providers") or "@supabase/auth-ui-" in m.string[:256 * 1024]))
