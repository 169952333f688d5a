"""Files that hold settings without being read as a template or a settings document (the ``env_settings`` fact's
``code_settings`` and ``settings_shaped``): what keeps reusability.configuration from saying that code reads no setting at all."""

from __future__ import annotations

import re

from auditor.facts.inventory import LOCKFILES, MANIFESTS, is_doc, is_generated, is_test, is_vendored
from auditor.facts.settings_files import _SETTING_VALUE, _UI_FOLDER, CONTAINER_RECIPE, EDITOR_FOLDER, ci_file, in_data_folder
from auditor.lazyre import lazy_compile


# A file of the code named for the settings it holds (config.php, settings.py, db_config.js, src/environments/environment.prod.ts) or
# kept in a settings folder (config/database.php): values a deployment changes by editing the code. Not a tool's own file named
# <tool>.config.js (vite.config.js, eslint.config.js), nor a module named for something else (consts.js of a quiz's questions).
_SETTINGS_CODE = lazy_compile(r"(?:^|/)(?:[a-z0-9]+[_-])?(?:config|configuration|settings?|conf|parameters|params|parametres|parametrage|environment)"
                              r"(?:[_.-][\w-]+)?\.(?:php|inc|py|js|mjs|cjs|ts|jsx|tsx|rb|pl|java|kt|cs|go|lua|r|json|ya?ml|ini|toml|properties)$"
                              r"|(?:^|/)(?:config|conf|configuration|settings|parametres)/[^/]+\.(?:php|inc|py|js|mjs|cjs|ts|rb|pl|lua)$", re.I)


# A settings store: a class or module that saves the user's preferences to a file or the platform's store and loads them back (a
# desktop program's Setting.cs, an IXmlSerializable written with XmlSerializer to Settings\\*.xml and edited in its settings window;
# Qt's and QGIS's QSettings, Java's Preferences, .NET's ApplicationSettingsBase and isolated storage, Android's SharedPreferences,
# Apple's UserDefaults, a browser's localStorage): the user changes them in the program, not in the code (issue 12, s25 o2 W5).
_SETTINGS_STORE = lazy_compile(r"\bIXmlSerializable\b|\bnew[ \t]+XmlSerializer\b|\bXmlSerializer[ \t]+\w+[ \t]*=[ \t]*new\b"
                               r"|\bJsonSerializer\.(?:Serialize|Deserialize)\b|\bJsonConvert\.(?:SerializeObject|DeserializeObject)\b"
                               r"|\bApplicationSettingsBase\b|\bIsolatedStorageFile\b|\bQ(?:gs)?Settings[ \t]*\(|\bPreferences\.user(?:Root|NodeForPackage)\b"
                               r"|\bgetSharedPreferences\b|\bUserDefaults\.standard\b|\blocalStorage\.setItem\b")
# Or a file of the code that writes its values to a data file at run time and reads them back from it (a site's administration
# form saving the town hall's phone, e-mail and address: file_put_contents($file, json_encode($data)) on POST, json_decode(
# file_get_contents($file)); Python's json.dump and json.load, Node's writeFileSync(…, JSON.stringify(…)) and JSON.parse(readFileSync
# (…))): the values live in the data file the site edits, not in the code (issue 12, s40 fb40 = davidbe57/site-megange)
_DATA_WRITE = lazy_compile(r"\bfile_put_contents[ \t]*\([^;]{0,200}?\b(?:json_encode|serialize|var_export)[ \t]*\("
                           r"|\bjson\.dump[ \t]*\(|\bwriteFile(?:Sync)?[ \t]*\([^;]{0,200}?\bJSON\.stringify[ \t]*\(")
_DATA_READ = lazy_compile(r"\b(?:json_decode|unserialize)[ \t]*\([ \t]*file_get_contents[ \t]*\(|\bjson\.load[ \t]*\("
                          r"|\bJSON\.parse[ \t]*\([ \t]*(?:fs\.)?readFile(?:Sync)?[ \t]*\(")
# What a deployment sets, written in such a file: a service's address (a URL of a server, a database's connection string, an IP
# address) or a credential given a value. A settings store holding one is settings in the code again.
_SERVICE_VALUE = lazy_compile(r"""["'@](?:https?|ftps?|ldaps?|postgres(?:ql)?|mysql|mongodb(?:\+srv)?|redis|amqp|jdbc:\w+)://"""
                              r"""|\b(?:Server|Data[ \t]Source|Host)[ \t]*=[^;"'\n]{1,100};"""
                              r"""|\b(?:password|passwd|pwd|api[_-]?key|secret|token)\w*["']?[ \t]*[:=][ \t]*@?["'][^"'\n]{3,}["']"""
                              r"""|["'](?:\d{1,3}\.){3}\d{1,3}(?::\d{2,5})?["']""", re.I)
MAX_STORE_BYTES = 256 * 1024


def settings_store(text: str) -> bool:
    """A code file that saves and loads the user's settings (:data:`_SETTINGS_STORE`, or its values in a data file: :data:`_DATA_WRITE`
    and :data:`_DATA_READ`) and writes no service address nor credential."""
    stored = bool(_SETTINGS_STORE.search(text)) or bool(_DATA_WRITE.search(text) and _DATA_READ.search(text))
    return stored and not _SERVICE_VALUE.search(text)


# a TYPO3 backend module's declaration (mod1/conf.php: $MCONF['name'], its access, icon and labels in $MLANG, as the Kickstarter
# writes it; issue 12, s41 fs41 = TYPO3-svn-archive/ren_documents): the module's registration with its host, no deployment's setting
_MODULE_DECLARATION = lazy_compile(r"""^[ \t]*\$MCONF\[[ \t]*['"]name['"][ \t]*\][ \t]*=""", re.M)


# A Python library's defaults that the host project's settings override, through the platform's own mechanism: a django-appconf
# class (class ButtonsAppConf(AppConf) with Meta.prefix: BUTTONS_ICON in the host's settings replaces ICON), or a module whose
# every constant reads the host's settings with its default (ICON = getattr(settings, "BUTTONS_ICON", "home")). Nothing there is
# edited to deploy the library elsewhere (issue 12, s42 fe42 = frague59/django-buttons, buttons/conf.py).
_APP_CONF = lazy_compile(r"^[ \t]*class[ \t]+\w+[ \t]*\([ \t]*(?:appconf\.)?AppConf[ \t]*\)[ \t]*:", re.M)
_APPCONF_IMPORT = lazy_compile(r"^[ \t]*(?:from[ \t]+appconf[ \t]+import\b|import[ \t]+appconf\b)", re.M)
_TOP_CONSTANT = lazy_compile(r"^([A-Z][A-Z0-9_]*)[ \t]*(?::[^=\n]{1,80})?=(?!=)[ \t]*([^\n]*)$", re.M)
_SETTINGS_DEFAULT = lazy_compile(r"^getattr[ \t]*\([ \t]*(?:django\.conf\.)?settings[ \t]*,")


def host_overridden_defaults(path: str, text: str) -> bool:
    """The Python file ``text`` declares a library's defaults that the host's settings override (see :data:`_APP_CONF`)."""
    if not path.endswith(".py"):
        return False
    if _APP_CONF.search(text) and _APPCONF_IMPORT.search(text):
        return True
    values = [m.group(2) for m in _TOP_CONSTANT.finditer(text)]
    return bool(values) and all(_SETTINGS_DEFAULT.match(v) for v in values)


def overridden_defaults(entries, category, read) -> list[str]:
    """The settings-named Python files that declare a library's defaults the host's settings override (:func:`host_overridden_defaults`:
    a django-appconf class, getattr(settings, …) defaults), in path order, five at most."""
    return [p for p in _named_settings(entries, category)[:20] if host_overridden_defaults(p, read(p) or "")][:5]


def split_settings_code(entries, category, read) -> tuple[list[str], list[str]]:
    """``(settings in the code, settings stores)``: the files of code named or placed as settings (the first twenty in path order,
    256 KB of each read), parted by what they hold (:func:`settings_store`), then the settings modules (:func:`settings_modules`);
    ten of each at most."""
    named = _named_settings(entries, category)[:20]
    stores = [p for p in named if settings_store(read(p) or "")]
    own = [p for p in named if p not in stores and not _MODULE_DECLARATION.search(read(p) or "")  # (not a TYPO3 module's conf.php,
           and not host_overridden_defaults(p, read(p) or "")  # nor a Django library's AppConf defaults)
           and not settings_screen(p, read(p) or "")]  # (nor the interface's settings page: src/pages/Settings.tsx)
    return (own + [p for p in settings_modules(entries, category, read) if p not in own])[:10], stores[:10]


# A page or component of the interface named for the settings it shows (src/pages/Settings.tsx, components/ParametresView.vue: the
# user's settings screen, a form or a "page under construction") renders markup and writes no value of a deployment (no address, key,
# flag nor environment read): the interface's page, not settings in the code (issue 12, s46 fg46, a React PWA's 16-line "Paramètres"
# page, "Cette page est en cours de construction", called "a code file holding the settings").
_UI_CODE = lazy_compile(r"\.(?:jsx|tsx|vue|svelte|js|ts)$", re.I)
_MARKUP = lazy_compile(r"<(?:[A-Z][\w.]*|div|section|form|main|template|h[1-6]|p|span|ul|table)\b[^<>]*>")


def settings_screen(path: str, text: str) -> bool:
    """A page or component of the interface (see above): in a pages/, components/, views/… folder, rendering markup, without a
    setting's value."""
    return bool(_UI_CODE.search(path)) and bool(_UI_FOLDER.search(path.rpartition("/")[0] + "/")) and bool(_MARKUP.search(text)) \
        and not _SETTING_VALUE.search(text)


# A JavaScript module named for something else that exports the service's settings as an object literal (a département's
# Pastell-Alfresco bridge: systeme/administration.systeme.js, module.exports = { env, port, bdds: { hote, login, mdp, bdd },
# services: { pastell: { hote, login, mdp } } }) and that other files of the code require: the settings, written in the code. Its
# keys name a server and a password, in English or French (host/hote/server/serveur/url, password/passwd/pwd/mdp/motdepasse), and
# a user (user/username/login/utilisateur); two files of the project at least require it by its name. A module of one of these
# keys, or required by one file only (a client's own connection), is no settings module.
_JS_MODULE = lazy_compile(r"\.(?:js|mjs|cjs|ts)$")
_EXPORTS_OBJECT = lazy_compile(r"^[ \t]*(?:module\.exports[ \t]*=|export[ \t]+default)[ \t]*\{", re.M)
_KEY = r"""(?:^|[{,])[ \t]*["']?(?:%s)["']?[ \t]*:"""
_HOST_KEY = lazy_compile(_KEY % r"host|hostname|hote|h[oô]te|server|serveur|url|adresse", re.M | re.I)
_PASSWORD_KEY = lazy_compile(_KEY % r"password|passwd|pwd|pass|mdp|motdepasse|mot_de_passe|secret", re.M | re.I)
_USER_KEY = lazy_compile(_KEY % r"user|username|login|utilisateur|identifiant", re.M | re.I)
MAX_MODULE_FILES, MAX_MODULE_BYTES = 400, 64 * 1024


def settings_modules(entries, category, read) -> list[str]:
    """The project's JavaScript or TypeScript modules exporting its settings (see :data:`_EXPORTS_OBJECT`) that two of its files
    require at least: the first MAX_MODULE_FILES code files in path order, MAX_MODULE_BYTES of each; five at most."""
    code = sorted(e.path for e in entries if _JS_MODULE.search(e.name) and e.size <= MAX_MODULE_BYTES and category(e.path) == "source"
                  and not is_vendored(e.path) and not is_test(e.path) and not is_generated(e.path) and not is_doc(e.path))[:MAX_MODULE_FILES]
    texts = {p: read(p) or "" for p in code}
    found = [p for p, t in texts.items() if _EXPORTS_OBJECT.search(t) and _HOST_KEY.search(t) and _PASSWORD_KEY.search(t) and _USER_KEY.search(t)]
    out = []
    for p in found:
        stem = re.escape(p.rsplit("/", 1)[-1].rsplit(".", 1)[0])
        imported = re.compile(r"""(?:\brequire[ \t]*\(|\bfrom)[ \t]*["'][^"'\n]*/%s(?:\.\w+)?["']""" % stem)
        if sum(1 for q, t in texts.items() if q != p and imported.search(t)) >= 2:
            out.append(p)
    return out[:5]


def _named_settings(entries, category) -> list[str]:
    # (nor a package manifest or lockfile, a conda environment.yml of dependencies; nor a tool's own settings file in its hidden
    # folder, Streamlit's .streamlit/config.toml of port and theme, which the tool reads and a deployment edits: no code, s34 l34)
    pages = {e.dir for e in entries if e.name in _DOC_INDEX}
    # (nor an empty file, which holds no setting, nor an editor's own folder, NetBeans' nbproject/private/config.properties: s45 fe45)
    return sorted(e.path for e in entries if _SETTINGS_CODE.search(e.path) and e.name not in MANIFESTS and e.name not in LOCKFILES
                  and e.size != 0 and not EDITOR_FOLDER.search(e.path) and not _HIDDEN_FOLDER.search(e.path) and not is_vendored(e.path) and not is_test(e.path)
                  and not is_generated(e.path) and not is_doc(e.path) and category(e.path) not in ("vendored", "generated")
                  and not (e.name == "conf.py" and e.dir in pages) and not TYPO3_WIRING.search(e.path))


# A TYPO3 extension's registration files in its Configuration/ folder, read by the core at fixed paths (docs.typo3.org, "Extension
# folder Configuration": RequestMiddlewares.php registers PSR-15 middlewares with their target class and order, Services.php the
# container's services, Icons.php, JavaScriptModules.php, ExpressionLanguage.php, ContentSecurityPolicies.php, Backend/Modules.php,
# Backend/Routes.php, TCA/*.php and TCA/Overrides/*.php the tables' definitions, Extbase/Persistence/Classes.php): the extension's
# wiring, no value of a deployment (issue 12, s38 fi38 = sketchy64/site-commune-rgaa). Its settings are TypoScript constants and site
# settings, which the check reads apart.
TYPO3_WIRING = lazy_compile(r"(?:^|/)Configuration/(?:RequestMiddlewares|Services|Icons|JavaScriptModules|ExpressionLanguage|ContentSecurityPolicies"
                            r"|Backend/(?:Modules|Routes|AjaxRoutes|DashboardWidgets)|TCA/(?:Overrides/)?\w+|Extbase/Persistence/Classes)\.php$")


_DOC_INDEX = ("index.rst", "index.md", "index.txt")
_HIDDEN_FOLDER = lazy_compile(r"(?:^|/)\.[^/]+/")


# A file of settings' shape (JSON, YAML, XML, INI, properties…) that no rule above took for a template or a settings document: an
# add-on's manifest.json of default options, a Java application's WEB-INF/web.xml, a quiz's questions.json. Not the package's manifest
# or lockfile, a container, compose or CI recipe, a hidden tool's file (.eslintrc.json, .vscode/), a TypeScript or JavaScript
# compiler's tsconfig.json, nor a web app's PWA manifest, nor a file of a data folder (public/data/communes.json): none of them holds
# the service's settings.
_SETTINGS_SHAPED = lazy_compile(r"\.(?:json|ya?ml|xml|ini|conf|cfg|properties|toml|env|plist)$", re.I)
_NO_SETTINGS = lazy_compile(r"(?:^|/)\.|(?:^|/)(?:[jt]sconfig[\w.-]*\.json|renovate\.json|lerna\.json|nx\.json|turbo\.json|mkdocs\.ya?ml"
                            r"|[\w.-]+\.webmanifest|public/manifest\.json|dependabot\.ya?ml)$"
                            # (Drizzle Kit's migrations journal and snapshots, drizzle/meta/_journal.json: its own record, orm.drizzle.team/docs/kit-overview)
                            r"|(?:^|/)(?:drizzle|migrations)/meta/[\w.-]+\.json$", re.I)


def settings_shaped(entries, category) -> list[str]:
    """The project's own files of a settings file's shape (see :data:`_SETTINGS_SHAPED`), in path order, ten at most."""
    return sorted(e.path for e in entries if _SETTINGS_SHAPED.search(e.name) and not _NO_SETTINGS.search(e.path) and not in_data_folder(e.path)
                  and e.name not in MANIFESTS and e.name not in LOCKFILES and not CONTAINER_RECIPE.search(e.path) and not ci_file(e.path)
                  and not is_vendored(e.path) and not is_test(e.path) and not is_generated(e.path) and not is_doc(e.path)
                  and category(e.path) != "vendored")[:10]


# a comment telling what to put in the value beside it ("// A renseigner en fonction de votre opérateur", "# fill in your key")
FILL_IN_COMMENT = lazy_compile(r"""(?://|#|/\*).*?\b(?:[àa] (?:renseigner|compl[ée]ter|remplir|modifier|adapter|changer)|renseigner|"""
                               r"""compl[ée]ter|remplacer|fill(?:ed)? in|to fill|replace|change (?:it|this|me)|set (?:it|this|your))\b""", re.I)

def placeholder_settings(signals: dict, category) -> list[list]:
    """The settings the project's own code leaves for the installer to fill (s29 j29, a PHP tool's 'your-host' and 'your-password'
    in classes/connect.php, an iOS app's Constants.swift of blank URLs, tokens and OAuth endpoints): the placeholders it writes, and
    the blank constants of a file holding two at least (one blank constant is a default, not a file of settings to fill); ten."""
    own = [h for h in signals.get("config.placeholder", []) + signals.get("config.fill-in", []) if category(h[0]) == "source"]
    blank = [h for h in signals.get("config.blank-constant", []) if category(h[0]) == "source"]
    per_file: dict[str, int] = {}
    for h in blank:
        per_file[h[0]] = per_file.get(h[0], 0) + 1
    return (own + [h for h in blank if per_file[h[0]] >= 2])[:10]
