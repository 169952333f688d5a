"""Templates that are not the project's own files (issue 12, session 22 b4; left open by s21 k11 and k16):

- a code generator's templates/ folder holds the files it copies into the project it generates: a Yeoman generator's
  generators/app/templates/ (or app/templates/ at the root) beside the generator's index.js, a Rails generator's
  lib/generators/<name>/templates/ beside its <name>_generator.rb. Like a Maven archetype's archetype-resources/ and a
  cookiecutter's {{cookiecutter.*}}/ tree, they are the generated project's, not what the generator is (yeoman/generator-webapp);
- a settings file the build fills in, autoconf's way (``suricata.yaml.in`` made suricata.yaml by ./configure, OISF's Suricata forked
  by a commune), is the settings template of the configuration check; a manifest's template (Cargo.toml.in), pip-compile's input
  (requirements.in) or a tool's settings in a hidden folder (.cargo/config.toml.in) is none."""

from __future__ import annotations

import pytest

from auditor.facts.inventory import is_config_template
from tests.test_state_facts_s21 import facts

PAGE = "<!doctype html>\n<html lang=\"fr\"><head><title><%= appname %></title></head><body><h1>Bienvenue</h1></body></html>\n"
GENERATOR = {
    "package.json": ('{"name": "generator-carte-commune", "version": "1.2.0", "main": "generators/app/index.js", '
                     '"files": ["generators"], "dependencies": {"yeoman-generator": "^5.9.0", "chalk": "^4.1.2"}}'),
    "generators/app/index.js": ("const Generator = require('yeoman-generator');\n\nmodule.exports = class extends Generator {\n"
                                "  writing() {\n    this.fs.copyTpl(this.templatePath('index.html'), this.destinationPath('index.html'), {appname: 'carte'});\n"
                                "  }\n};\n"),
    "generators/app/templates/index.html": PAGE,
    "generators/app/templates/apropos.html": PAGE.replace("Bienvenue", "À propos"),
    "generators/app/templates/main.js": "import L from 'leaflet';\nconst carte = L.map('carte');\n",
    "generators/app/templates/main.css": "body { margin: 0; }\n",
    "generators/app/templates/_package.json": '{"name": "<%= appname %>", "dependencies": {"leaflet": "^1.9.4"}}\n',
    "README.md": "# generator-carte-commune\n\nGénérateur Yeoman d'une carte communale : `yo carte-commune`.\n",
}


def test_a_yeoman_generators_templates_are_the_generated_projects(tmp_path):
    f, _ = facts(tmp_path, GENERATOR, "gen", only=("documentation.readme",))
    kind = f["project"]
    assert kind["kind"] not in ("static-site", "web-application"), kind
    assert not any("/templates/" in str(e.get("path")) for e in kind["kind_evidence"]), kind["kind_evidence"]


def test_a_yeoman_generator_at_the_root_layout_too(tmp_path):
    files = {k.replace("generators/app/", "app/"): v for k, v in GENERATOR.items()}
    f, _ = facts(tmp_path, files, "root", only=("documentation.readme",))
    assert f["project"]["kind"] not in ("static-site", "web-application"), f["project"]


def test_a_sites_own_templates_folder_beside_an_index_js_stays_its_pages(tmp_path):
    # no Yeoman generator: an application whose app/templates/ are its own pages, served by its app/index.js
    files = {"package.json": '{"name": "portail-commune", "private": true, "dependencies": {"express": "^4.19.2", "ejs": "^3.1.10"}}',
             "app/index.js": ("const express = require('express');\nconst app = express();\napp.set('views', __dirname + '/templates');\n"
                              "app.get('/', (req, res) => res.render('index'));\napp.listen(3000);\n"),
             "app/templates/index.html": PAGE, "app/templates/apropos.html": PAGE.replace("Bienvenue", "À propos"),
             "README.md": "# Portail\n\nLe portail de la commune.\n"}
    f, _ = facts(tmp_path, files, "site", only=("documentation.readme",))
    assert f["project"]["kind"] == "web-application", f["project"]


@pytest.mark.parametrize(("path", "template"), [
    ("sonde.yaml.in", True), ("etc/passerelle.conf.in", True), (".env.in", True), ("deploy/settings.ini.in", True),
    ("rust/Cargo.toml.in", False), ("rust/.cargo/config.toml.in", False), ("requirements.in", False), ("requirements/base.in", False),
    ("docker-compose.yml.in", False), ("tox.ini.in", False), ("Makefile.in", False), ("src/config.h.in", False),
    ("python/defaults.py.in", False), (".gitlab-ci.yml.in", False),
])
def test_filled_in_settings_templates(path, template):
    assert is_config_template(path) is template


def test_an_autoconf_settings_template_is_the_configuration_template(tmp_path):
    files = {"configure.ac": "AC_INIT([sonde], [7.0.0])\nAC_CONFIG_FILES([Makefile sonde.yaml])\nAC_OUTPUT\n",
             "Makefile.am": "bin_PROGRAMS = sonde\nsonde_SOURCES = src/main.c\n",
             "src/main.c": ('#include <stdlib.h>\n\nint main(void) {\n  const char *sock = getenv("SONDE_SOCKET");\n'
                            '  const char *dir = getenv("SONDE_LOG_DIR");\n  return sock && dir ? 0 : 1;\n}\n'),
             "sonde.yaml.in": "%YAML 1.1\n---\nvars:\n  address-groups:\n    HOME_NET: \"[192.168.0.0/16]\"\ndefault-log-dir: @e_logdir@\n",
             "rust/Cargo.toml.in": '[package]\nname = "sonde"\nversion = "@PACKAGE_VERSION@"\n',
             "README.md": "# Sonde\n\nSonde de détection d'intrusions réseau.\n"}
    f, res = facts(tmp_path, files, "sonde", only=("reusability.configuration",))
    assert f["files"]["env_template"] == "sonde.yaml.in", f["files"]
    assert "sonde.yaml.in" in res["reusability.configuration"]["message"]["en"], res["reusability.configuration"]["message"]
