"""Settings a host platform's plugin declares the host's way (Moodle's settings.php, a Drupal module's config/install, a TYPO3
extension's ext_conf_template.txt and TypoScript constants): each installation sets them in the host, not in the code."""

from __future__ import annotations

import re

import yaml

from auditor import safeyaml
from auditor.facts.inventory import is_test
from auditor.facts.kind_apps import aside
from auditor.lazyre import lazy_compile

# A Java properties file's setting: a key and its value on a line that is no comment (# or !) — `jcmsplugin.zelli.url: https://…`
_PROPERTY_KEY = lazy_compile(r"(?m)^[ \t]*[\w.{}$@-]+[ \t]*[=:]")

class PlayVars:
    """An Ansible playbook whose plays declare their variables (``- hosts: web`` with a non-empty ``vars:`` mapping): read with the
    bounded YAML loader, after two cheap word tests."""

    def search(self, text: str) -> bool:
        if "hosts:" not in text or "vars:" not in text:
            return False
        try:
            doc = safeyaml.load(text)
        except (ValueError, yaml.YAMLError, RecursionError):
            return False
        return isinstance(doc, list) and any(isinstance(play, dict) and "hosts" in play and isinstance(play.get("vars"), dict) and play["vars"]
                                             for play in doc[:50])


class AllOf:
    """Every one of the patterns found in the text (a settings page added to the host's menu and the option it saves)."""

    def __init__(self, *patterns):
        self.patterns = patterns

    def search(self, text: str) -> bool:
        return all(p.search(text) for p in self.patterns)


class AnyOf:
    """One of the markers (a pattern, or an :class:`AllOf`) found in the text."""

    def __init__(self, *markers):
        self.markers = markers

    def search(self, text: str) -> bool:
        return any(m.search(text) for m in self.markers)


# A WordPress plugin's or theme's settings entered in WordPress's administration (s26 d26, e-bourgogne-newsletter: its API key on
# the plugin's admin page, the widget's options in Appearance > Widgets): the Settings API (register_setting, add_settings_field; not
# WordPress's own definition of it), a page added to the admin menu saving its options (add_options_page… with update_option), or a
# widget's options form (extends WP_Widget, its form() holding a field: `$this->get_field_name('title')` or an <input>; an empty
# form() declares nothing, s47 lead: pacomevt/lachapelle-sous-chaux's NewsletterWidget, form() and update() empty); the plugin's own
# files, never a WordPress copy's wp-admin or wp-includes
_WP_SETTINGS = AnyOf(lazy_compile(r"(?<!function )\b(?:register_setting|add_settings_field)\s*\("),
                     AllOf(lazy_compile(r"\badd_(?:options|menu|submenu|theme)_page\s*\("), lazy_compile(r"\bupdate_option\s*\(")),
                     AllOf(lazy_compile(r"\bextends\s+\\?WP_Widget\b"), lazy_compile(r"\bfunction\s+form\s*\("),
                           lazy_compile(r"\bget_field_(?:name|id)\s*\(|<(?:input|select|textarea)\b")))
_WP_FILE = lazy_compile(r"^(?!wp-admin/|wp-includes/|wp-content/)(?:[\w.-]+/){0,2}[\w.-]+\.php$")
_PHP_FILE = lazy_compile(r"^(?:[\w.-]+/){0,2}[\w.-]+\.php$")
_PY_FILE = lazy_compile(r"^(?:[\w.-]+/){0,2}[\w.-]+\.py$")
_DRUPAL_FORM = lazy_compile(r"^(?:[\w.-]+/){0,3}src/Form/[\w.-]+\.php$")
# a CKAN extension's modules (ckanext/<name>/plugin.py, at any depth: an archive of a portal keeps each extension in its own folder)
_CKANEXT_FILE = lazy_compile(r"(^|/)ckanext/[\w-]+/(?:[\w.-]+/)?[\w.-]+\.py$")
_SOURCE_RULES = (_WP_FILE, _PHP_FILE, _PY_FILE, _DRUPAL_FORM, _CKANEXT_FILE)
MAX_READ = 400


# A plugin's settings declared the way its host platform reads them: (platform, path rule, text the file must hold, a file the layout
# puts beside it). Each installation sets them in the host (its administration pages, an override file, inventory variables).
HOST_SETTINGS = (
    # a Jalios JCMS plugin's properties (WEB-INF/plugins/ZelliPlugin/properties/plugin.prop), overridden in the site's custom.prop
    # (one key at least: the JCMS skeleton's plugin.prop, every line of it a commented-out sample, declares no setting)
    ("Jalios JCMS", lazy_compile(r"(^|/)WEB-INF/plugins/[^/]+/properties/plugin\.prop$"), _PROPERTY_KEY, None),
    # a Lutece plugin's properties (webapp/WEB-INF/conf/plugins/transparency.properties), overridden in WEB-INF/conf/override/
    ("Lutece", lazy_compile(r"(^|/)WEB-INF/conf/plugins/[^/]+\.properties$"), _PROPERTY_KEY, None),
    # a Drupal module's default configuration (config/install/api_lemon_pleiade.settings.yml), edited on its settings form
    ("Drupal", lazy_compile(r"(^|/)config/install/[\w.-]+\.settings\.ya?ml$"), None, None),
    # a Moodle plugin's administration settings (settings.php: $settings->add(new admin_setting_configtext(…)))
    ("Moodle", lazy_compile(r"^([\w.-]+/){0,2}settings\.php$"), "admin_setting_", None),
    # an Ansible role's variables and their defaults (defaults/main.yml beside tasks/main.yml), set in the inventory
    ("Ansible", lazy_compile(r"(^|/)defaults/main\.ya?ml$"), None, lambda p: p.replace("defaults/main.", "tasks/main.")),
    # an Ansible project's own settings (s24 a24, georchestra-ansible): its inventory (hosts: `mygeorchestra ansible_ssh_host=…`), its
    # group and host variables (group_vars/all.yml, host_vars/web1.yml), and a playbook's play-level `vars:` (playbooks/site.yml:
    # `- hosts: … roles: … vars: {db: {…}}`) that the roles' Jinja templates read: each deployment sets them, not the templates
    ("Ansible", lazy_compile(r"(^|/)(?:hosts|inventory|inventaire)(?:\.ini|\.cfg)?$|(^|/)inventor(?:y|ies)/(?:[\w.-]+/){0,2}hosts(?:\.ini)?$"),
     lazy_compile(r"\bansible_(?:ssh_)?(?:host|user|port|connection)[ \t]*="), None),
    ("Ansible", lazy_compile(r"(^|/)(?:group|host)_vars/(?:[\w.-]+/)?[\w.-]+$"), None, None),
    ("Ansible", lazy_compile(r"^(?:playbooks?/)?[\w-][\w.-]*\.ya?ml$"), PlayVars(), None),
    # geOrchestra's configuration, the values its Maven build writes into every application's settings (build_support/shared.maven.filters:
    # "the primary configuration file for your SDI"; not a project's own src/main/filters, one environment's values)
    ("geOrchestra", lazy_compile(r"(^|/)shared\.maven\.filters$"), None, None),
    # a geOrchestra (mapfishapp) add-on's options and their defaults (manifest.json "default_options"), set per installation in
    # the add-on's entry of the viewer's configuration (the add-on's config.json is that entry to paste)
    # (the repository's own add-on, at its root, or each add-on of a repository of add-ons in its folder, opacityslider/manifest.json;
    # deeper, one add-on among the components of a larger repository leaves the others to judge)
    ("geOrchestra", lazy_compile(r"^(?:[\w.-]+/)?manifest\.json$"), '"default_options"', None),
    # a Puppet module's class parameters and defaults (manifests/params.pp; or its Hiera data, data/common.yaml beside hiera.yaml), set per node
    ("Puppet", lazy_compile(r"(^|/)manifests/params\.pp$"), "class ", None),
    ("Puppet", lazy_compile(r"(^|/)data/common\.ya?ml$"), None, lambda p: p.replace("data/common.", "hiera.")),
    # or the module's main class declaring its parameters with their defaults (manifests/init.pp: `class agent ( $server = '…', ) {`)
    ("Puppet", lazy_compile(r"(^|/)manifests/init\.pp$"), lazy_compile(r"(?m)^[ \t]*class[ \t]+[\w:]+[ \t]*\([^{]{0,4000}?\$\w+[ \t]*="), None),
    # a Helm chart's values and their defaults (values.yaml beside Chart.yaml), overridden per installation by `-f my-values.yaml`
    ("Helm", lazy_compile(r"(^|/)values\.ya?ml$"), None, lambda p: p.rsplit("/", 1)[0] + "/Chart.yaml" if "/" in p else "Chart.yaml"),
    # an mviewer add-on's declaration and options (config.json: "js", "html", "target", "options": {…}), set in each viewer's XML configuration
    ("mviewer", lazy_compile(r"(^|/)config\.json$"), lazy_compile(r'(?s)\A\s*\{(?=.*"options"\s*:\s*\{)(?=.*"(?:js|html|target)"\s*:)'), None),
    # a Symfony bundle's configuration tree (its root's DependencyInjection/Configuration.php: scalarNode('server')->isRequired()), set in the app's config
    ("Symfony", lazy_compile(r"^(?:src/)?DependencyInjection/Configuration\.php$"), lazy_compile(r"(?:scalar|array|boolean|integer|float|enum|variable)Node\s*\(\s*['\"]\w"), None),
    # an Android app's managed configuration (res/xml/app_restrictions.xml: <restrictions> with each key's default), set per fleet by its MDM
    ("Android", lazy_compile(r"(^|/)res/xml/[\w.-]+\.xml$"), lazy_compile(r"<restrictions\b"), None),
    # a Chef cookbook's attributes and their defaults (attributes/default.rb: `default['tefenua']['databag']['name'] = 'apps'` beside its
    # metadata.rb), overridden per node, role or environment (a Vagrantfile's chef.json): issue 12, s40 fo40
    ("Chef", lazy_compile(r"(^|/)attributes/[\w.-]+\.rb$"), lazy_compile(r"(?m)^[ \t]*(?:default|normal|override)(?:\[|\.)"),
     lambda p: p.rsplit("attributes/", 1)[0] + "metadata.rb"),
    # a Terraform module's or configuration's input variables (variables.tf: `variable "project_id" { type = string … }`), set per deployment
    # in a .tfvars file or the calling module (a GCP network module whose README's terraform-docs "Inputs" table lists them)
    ("Terraform", lazy_compile(r"(^|/)variables\.tf$"), lazy_compile(r'(?m)^[ \t]*variable[ \t]+"[\w-]+"[ \t]*\{'), None),
    # a QGIS plugin's settings files in its config/ folder (beside the plugin's metadata.txt): the resource tree and authentication
    # configuration a plugin loads (QGISWeblink's config/config.json, config_authent.xml), edited in its settings dialog or replaced per site
    # (or in a folder of it, MapCEN's config/yaml/links.yaml: the addresses of its changelog and of its update check)
    ("QGIS", lazy_compile(r"(^|/)config/(?:[\w.-]+/)?[\w.-]+\.(?:json|xml|ini|ya?ml)$"), None, lambda p: p.rsplit("config/", 1)[0] + "metadata.txt"),
    # a TYPO3 extension's settings: its extension configuration template (ext_conf_template.txt) and its TypoScript constants
    # (ext_typoscript_constants.txt, Configuration/TypoScript/…/constants.typoscript), each setting annotated for TYPO3's editors
    # (`# cat=basic/enable/10; type=boolean; label=…`), set per site in the backend's settings or Constant Editor
    ("TYPO3", lazy_compile(r"(^|/)(?:ext_conf_template\.txt|ext_typoscript_constants\.(?:txt|typoscript|ts)"
                           r"|Configuration/TypoScript/(?:[\w.-]+/)*constants\.(?:txt|typoscript|ts))$"),
     lazy_compile(r"(?m)^[ \t]*#[ \t]*cat[ \t]*=[^\n;]*;[^\n]*\b(?:type|label)[ \t]*="), None),
    # settings a host application's extension has entered in the host's administration pages (s26 d26): a WordPress plugin's (above);
    # a Drupal module's settings form (src/Form/…: extends ConfigFormBase, Drupal 7's system_settings_form()); a GLPI plugin's values
    # saved in GLPI's configuration (Config::setConfigurationValues('plugin:…')); a SPIP plugin's configuration form
    # (formulaires/configurer_<plugin>.html, the page of its settings in SPIP's private area); a QGIS plugin's page in QGIS's Options
    # (QgsOptionsWidgetFactory); a Nextcloud app's admin settings (appinfo/info.xml <settings><admin>); a Joomla extension's options
    # (config.xml <config><fieldset>/<fields>); a Redmine plugin's settings (init.rb `settings default: …`); an Odoo module's
    # (res.config.settings inherited)
    ("WordPress", _WP_FILE, _WP_SETTINGS, None),
    ("Drupal", _DRUPAL_FORM, lazy_compile(r"\bextends\s+\\?(?:Drupal\\Core\\Form\\)?ConfigFormBase\b"), None),
    ("Drupal", lazy_compile(r"^(?:[\w.-]+/){0,2}[\w.-]+\.(?:module|admin\.inc|inc)$"), lazy_compile(r"\bsystem_settings_form\s*\("), None),
    ("GLPI", _PHP_FILE, lazy_compile(r"\bConfig::setConfigurationValues\s*\(\s*['\"]plugin:"), None),
    ("SPIP", lazy_compile(r"^(?:[\w.-]+/){0,2}formulaires/configurer_[\w-]+\.html$"), None, None),
    ("QGIS", _PY_FILE, lazy_compile(r"\bQgsOptionsWidgetFactory\b"), None),
    ("Nextcloud", lazy_compile(r"^(?:[\w.-]+/)?appinfo/info\.xml$"), lazy_compile(r"<settings>\s*<admin(?:-section)?>"), None),
    ("Joomla", lazy_compile(r"^(?:[\w.-]+/){0,2}config\.xml$"), lazy_compile(r"<config>\s*<(?:fieldset|fields)\b"), None),
    ("Redmine", lazy_compile(r"^(?:[\w.-]+/)?init\.rb$"), lazy_compile(r"^[ \t]*settings[ \t(]+(?::default\s*=>|default:)", re.M), None),
    ("Odoo", _PY_FILE, lazy_compile(r"_inherit\s*=\s*['\"]res\.config\.settings['\"]"), None),
    # (a reusable Django application's settings, read from its host project's settings module: `from django.conf import settings` and
    # settings.DIRECTORY_STORAGE, getattr(settings, 'RESOURCE_STORE_EXTENSIONS', …): each installation sets them in its settings.py,
    # issue 12, s37 fj37 = neogeo-technologies/idgo-store)
    ("Django", _PY_FILE, AllOf(lazy_compile(r"(?m)^[ \t]*from[ \t]+django\.conf[ \t]+import[ \t]+(?:[\w, \t]*\b)?settings\b"),
                               lazy_compile(r"\bsettings\.[A-Z][A-Z0-9]*_[A-Z0-9_]+\b|\bgetattr\(\s*settings\s*,\s*['\"][A-Z][A-Z0-9_]+['\"]")), None),
    # (a CKAN extension's options, read from the host's ini file through CKAN's configuration object: `from ckan.common import config`
    # (or pylons', or toolkit.config) and config.get('ckanext.cas.login_url'), each installation setting them in its production.ini;
    # issue 12, s39 fn39 = DataSud/DataSud-2020-2022; an extension reading no dotted option declares none)
    ("CKAN", _CKANEXT_FILE, AllOf(lazy_compile(r"(?m)^[ \t]*(?:from[ \t]+(?:ckan(?:\.common|\.plugins(?:\.toolkit)?)?|pylons)[ \t]+import[ \t]+[^\n]*\b(?:config|toolkit)\b"
                                               r"|import[ \t]+ckan\.plugins\.toolkit\b)"),
                                  lazy_compile(r"""\b(?:toolkit\.|tk\.|t\.)?config(?:\.get\(|\[)[ \t]*u?['"][a-z][\w-]*\.[\w.-]+['"]""")), None),
    # an FME workspace's published parameters (#! <GLOBAL_PARAMETER … GUI_LINE="GUI … NUMERO_DOSSIER …">, repeated as `--NAME value` in
    # the command line FME writes at its head): what each run sets, in FME Workbench's prompt, on fme.exe's command line or in FME Server
    ("FME", lazy_compile(r"\.fmwt?$", re.I), lazy_compile(r"(?m)^#![ \t]*<GLOBAL_PARAMETER\b|^#[ \t]+--[A-Za-z_]\w*(?:[ \t]|$)"), None),
    # a dbt project's variables (dbt_project.yml's `vars:` mapping, read by var('limit') in the models), which `dbt run --vars
    # '{limit: 10}'` overrides at each run (docs.getdbt.com, "Project variables"; issue 12, s38 fj38 = France-Data-Reseau/fdr-appuiscommuns;
    # its connection profile, a profiles.yml reading env_var('DBT_PASSWORD'), is a template of settings read from the environment)
    ("dbt", lazy_compile(r"(^|/)dbt_project\.yml$"), lazy_compile(r"(?m)^vars[ \t]*:[ \t]*(?:#[^\n]*)?\n(?:[ \t]*(?:#[^\n]*)?\n)*[ \t]+['\"]?[\w-]+['\"]?[ \t]*:"), None),
)
# (an FME workspace holds its whole drawing, often past 256 KB: read to 4 MB, the snapshot's own cap bounding it further)
_LARGER = {"FME": 4 * 1024 * 1024}


def host_settings(snap, entries) -> list[list[str]]:
    """``[path, platform]`` of the settings files a host platform's plugin declares (at most fifty, shallowest first)."""
    out = []
    # (a Django project of its own, manage.py or a settings.py, sets its settings itself: no host's, s37 fj37)
    # (not a demonstration site kept in a demo/ or examples/ folder beside the application: the host it shows, its settings the demo's, s43 fg43)
    own_django = any(e.path.rsplit("/", 1)[-1] in ("manage.py", "settings.py") and not aside(e.path) for e in entries)
    for platform, rx, marker, beside in HOST_SETTINGS:
        if platform == "Django" and own_django:
            continue
        cap = _LARGER.get(platform, 256 * 1024)
        candidates = [e for e in entries if rx.search(e.path) and not is_test(e.path) and 0 < e.size <= cap
                      and not (platform == "Django" and aside(e.path))]
        if rx in _SOURCE_RULES:  # (a rule on any PHP or Python file: a large tree's shallowest files only)
            candidates = sorted(candidates, key=lambda e: (e.path.count("/"), e.path))[:MAX_READ]
        for e in candidates:
            if beside is not None and (b := beside(e.path)) not in snap.files and not any(b.rsplit(".", 1)[0] + ext in snap.files for ext in (".yml", ".yaml")):
                continue
            text = snap.read_text(e.path, limit=cap) or "" if marker is not None else ""
            if marker is not None and not (marker.search(text) if hasattr(marker, "search") else marker in text):
                continue
            if [e.path, platform] not in out:
                out.append([e.path, platform])
    return sorted(out, key=lambda h: (h[0].count("/"), h[0]))[:50]
