"""Files, licence and README facts on State repositories (issue 12, s35 o35, reader r16a at fin53).

The files are written for these tests, in the shape of the real repositories named above each group."""

from __future__ import annotations

from tests.test_state_files_s15_k5 import audit, license_text

LICENSE_FILE = "licensing.license-file"


# - ANSSI-FR/x509-parser: LICENSE says "The files in this project are provided under a dual GPLv2/BSD license … you may do so under
#   either license", then a GPL grant summary ("either version 2 of the License, or (at your option) any later version") and the
#   BSD-2-Clause text: only the BSD text is a full text, and the licence was BSD-2-Clause alone. The dual notice above one full
#   text offers the other licence it names beside it. A BSD text under a paragraph merely mentioning the GPL stays BSD.
GPL_SUMMARY = ("GPLv2 License summary\n---------------------\n\nCopyright (C) 2021\n\nThis program is free software; you can redistribute "
               "it and/or\nmodify it under the terms of the GNU General Public License\nas published by the Free Software Foundation; "
               "either version 2\nof the License, or (at your option) any later version.\n\n")


def _parser(preamble: str) -> dict:
    bsd = license_text("BSD-2-Clause")
    return {"README.md": "# asn1-checker\n\nA small DER parser proven with Frama-C.\n",
            "src/parser.c": "/* dual GPLv2/BSD */\nint parse(const unsigned char *b, int n) { return n > 0 ? b[0] : -1; }\n",
            "LICENSE": preamble + "\nBSD License\n-----------\n\n" + bsd}


def test_a_dual_notice_above_one_full_text_offers_both_licences(tmp_path):
    pre = ("The files in this project are provided under a dual GPLv2/BSD license. When\nusing or redistributing this software, "
           "you may do so under either license.\n\n\n" + GPL_SUMMARY)
    lic = audit(tmp_path, _parser(pre), [LICENSE_FILE])["facts"]["license"]
    assert lic["spdx"] == "BSD-2-Clause OR GPL-2.0-or-later", lic["spdx"]


def test_a_bsd_text_under_a_gpl_mention_stays_bsd(tmp_path):
    pre = ("This parser was first written as part of a GPLv2 tool, then rewritten from scratch; it is now provided under the\n"
           "BSD license below.\n\n")
    lic = audit(tmp_path, _parser(pre), [LICENSE_FILE])["facts"]["license"]
    assert lic["spdx"] == "BSD-2-Clause", lic["spdx"]


# - etalab/transport-topo: the stack is local-compose.yml (services wikibase, mysql, wdqs…, "extends the one used for the tests
#   (./tests/minimal-docker-compose.yml)"), run by `docker-compose -f tests/minimal-docker-compose.yml -f local-compose.yml up`:
#   files.compose was null, the names ending in "-compose.yml" were not read as compose files. A file so named that declares no
#   services (a CI workflow build-compose.yml, a list of values) is none.
TOPO = {"Cargo.toml": '[package]\nname = "transit-topo"\nversion = "0.1.0"\nlicense = "MIT"\n',
        "src/lib.rs": "pub fn topo() -> u32 {\n    1\n}\n",
        "tests/simple_test.rs": "#[test]\nfn it_imports() {\n    assert_eq!(transit_topo::topo(), 1);\n}\n",
        "tests/minimal-docker-compose.yml": "version: '3'\n\nservices:\n  wikibase:\n    image: wikibase/wikibase:1.33-bundle\n  mysql:\n    image: mariadb:10.3\n",
        "local-compose.yml": ("# extends ./tests/minimal-docker-compose.yml with ports and volumes\nversion: '3'\nservices:\n  wikibase:\n"
                              "    ports:\n      - \"8181:80\"\n  mysql:\n    volumes:\n      - mediawiki-mysql-data:/var/lib/mysql\n"),
        "Makefile": "docker-up:\n\tdocker-compose -f tests/minimal-docker-compose.yml -f local-compose.yml up\n",
        "readme.md": "# Topo\n\nA toolkit to populate a transit database.\n"}


def test_a_compose_file_named_for_its_use_is_the_compose_file(tmp_path):
    files = audit(tmp_path, TOPO, [LICENSE_FILE])["facts"]["files"]
    assert files["compose"] == "local-compose.yml", files["compose"]


def test_a_file_named_like_compose_without_services_is_none(tmp_path):
    topo = {**TOPO, "local-compose.yml": "# versions to compose the release notes\nwikibase: 1.33\nmysql: 10.3\n"}
    files = audit(tmp_path, topo, [LICENSE_FILE])["facts"]["files"]
    assert files["compose"] is None, files["compose"]


# - gip-inclusion/datacube: the root .template.env holds two comment lines and no setting ("# These settings are NOT suited for
#   production."); the settings template is spock/.env.template (PGHOST, PGUSER, PGPASSWORD), the Django app's: the shallowest name
#   was taken. A template that sets something comes before one that sets nothing; a settingless one alone stays the template.
CUBE = {"README.md": "# datacube\n\nData platform.\n", ".template.env": "# These settings are NOT suited for production.\n# For development.\n",
        "pyproject.toml": '[project]\nname = "datacube"\nversion = "0.1"\n', "matching/match.py": "print('match')\n",
        "spock/manage.py": "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'spock.settings')\n",
        "spock/requirements.txt": "django==4.2\n", "spock/.env.template": "PGHOST=localhost\nPGUSER=postgres\nPGPASSWORD=password\n",
        "spock/spock/settings.py": "import os\nDATABASES = {'default': {'HOST': os.environ['PGHOST'], 'USER': os.environ['PGUSER']}}\n"}
CONFIGURATION = "reusability.configuration"


def test_a_template_that_sets_something_comes_before_a_settingless_one(tmp_path):
    files = audit(tmp_path, CUBE, [CONFIGURATION])["facts"]["files"]
    assert files["env_template"] == "spock/.env.template" and files["env_template_component"] == "spock", files


def test_a_settingless_template_alone_stays_the_template(tmp_path):
    cube = {k: v for k, v in CUBE.items() if k != "spock/.env.template"}
    files = audit(tmp_path, cube, [CONFIGURATION])["facts"]["files"]
    assert files["env_template"] == ".template.env", files


# - anct-cnum/datalake-backend: config/production.json, beside config/default.json, maps 12 of its 14 values to environment variables
#   ("host": "HOST", "aws": {"endpoint": "AWS_ENDPOINT"…}) with two fixed settings (a false flag, a logger level "error"): refused at
#   86 % (nine in ten wanted), env_template was null. The fixed flag is no word that could name a variable: nine in ten of the words
#   and three in four of all values will do. A file of as many fixed values as names stays no mapping.
FEATHERS_PACKAGE = '{"name": "datalake-backend", "dependencies": {"@feathersjs/configuration": "^4.5.11", "@feathersjs/feathers": "^4.5.11"}}\n'
FEATHERS_APP = "const feathers = require('@feathersjs/feathers');\nconst configuration = require('@feathersjs/configuration');\n" \
               "const app = feathers();\napp.configure(configuration());\nmodule.exports = app;\n"
FEATHERS_MAP = ('{\n  "host": "HOST",\n  "port": "PORT",\n  "mongodb": "MONGODB",\n  "mongodb_monitor_commands": false,\n'
                '  "mongodb_logger_level": "error",\n  "pix": {"endPoint": "PIX_ENDPOINT", "login": "PIX_LOGIN", "password": "PIX_PASSWORD"},\n'
                '  "aws": {"endpoint": "AWS_ENDPOINT", "access_key_id": "AWS_ACCESS_KEY_ID", "secret_access_key": "AWS_ACCESS_KEY_SECRET",'
                ' "bucket": "AWS_BUCKET", "timeout": "AWS_TIMEOUT"}\n}\n')
LAKE = {"package.json": FEATHERS_PACKAGE, "src/app.js": FEATHERS_APP, "README.md": "# datalake-backend\n\nCron tasks.\n",
        "config/default.json": '{\n  "host": "localhost",\n  "port": 8080,\n  "mongodb": "mongodb://localhost:27017/lake"\n}\n',
        "config/production.json": FEATHERS_MAP}


def test_a_feathers_mapping_with_a_few_fixed_settings_is_the_template(tmp_path):
    files = audit(tmp_path, LAKE, [CONFIGURATION])["facts"]["files"]
    assert files["env_template"] == "config/production.json", files


def test_a_production_file_of_as_many_fixed_values_is_no_mapping(tmp_path):
    mixed = ('{\n  "host": "HOST",\n  "port": "PORT",\n  "mongodb": "MONGODB",\n  "secure": true,\n  "paginate": {"default": 10, "max": 50},\n'
             '  "cache": false\n}\n')
    files = audit(tmp_path, {**LAKE, "config/production.json": mixed}, [CONFIGURATION])["facts"]["files"]
    assert files["env_template"] != "config/production.json", files

