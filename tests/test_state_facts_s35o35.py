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


# README facts, read by the engine's own facts on a one-commit repository of these files
def _fact(tmp_path, files: dict, name: str = "readme", folder: str = "r") -> dict:
    from tests.test_reusability_fixtures import build
    from tests.test_scaling import ctx_for

    return ctx_for(build(tmp_path / folder, files)).fact(name)


def _sections(info: dict) -> list[str]:
    return [d["name"] for d in info["section_details"]]


# - anct-cnum/datalake-backend: the README is the Feathers generator's ("## About" / "This project uses Feathers. An open source web
#   framework for building modern real-time applications.", "Getting up and running is as easy as 1, 2, 3."): that sentence was the
#   description and the purpose. A sentence of a generator's chapter is the framework's; a line of the team's above it stays theirs.
FEATHERS_README = ("# datalake-backend\n\n## About\n\nThis project uses [Feathers](http://feathersjs.com). An open source web framework for "
                   "building modern real-time applications.\n\n## Getting Started\n\nGetting up and running is as easy as 1, 2, 3.\n\n"
                   "1. Make sure you have [NodeJS](https://nodejs.org/) and [npm](https://www.npmjs.com/) installed.\n2. Install your "
                   "dependencies\n\n    ```\n    cd path/to/datalake-backend\n    npm install\n    ```\n\n3. Start your app\n\n    ```\n"
                   "    npm start\n    ```\n\n## Help\n\nFor more information on all the things you can do with Feathers visit "
                   "[docs.feathersjs.com](http://docs.feathersjs.com).\n")


def test_a_generators_about_sentence_is_no_description(tmp_path):
    info = _fact(tmp_path, {**LAKE, "README.md": FEATHERS_README})
    assert info["description"] is None and "purpose" not in _sections(info), (info["description"], _sections(info))


def test_the_teams_line_above_the_generators_text_stays_the_description(tmp_path):
    own = FEATHERS_README.replace("# datalake-backend\n\n", "# datalake-backend\n\nTâches planifiées qui synchronisent les données des "
                                                            "conseillers numériques vers le datalake.\n\n")
    info = _fact(tmp_path, {**LAKE, "README.md": own})
    assert (info["description"] or {}).get("text", "").startswith("Tâches planifiées"), info["description"]


# - gip-inclusion/inclusion-connect: the README's one chapter sends to docs/index.md ("[cliquez ici](docs/index.md)"), a page of link
#   lists whose "## Pour développer" links development.md, the install guide ("## Installer les dépendances", `make venv`): the
#   second hop was followed only from README-like pages. A documentation index's links are followed too; a prose page's are not.
SSO_README = ("# Connect\n\nConnect est un service d'authentification unique pour les services de l'insertion.\n\n## Documentation\n\n"
              "Pour lire comment intégrer Connect à votre service ou comment développer Connect, [cliquez ici](docs/index.md).\n")
SSO_INDEX = ("# Documentation de Connect\n\n## Pour utiliser Connect\n\n- [Le protocole OpenID Connect](openid_connect.md)\n"
             "- [Détails des end-points](endpoints.md)\n\n## Pour développer\n\n- [Comment lancer l'environnement local](development.md)\n"
             "- [Design du bouton](https://zeroheight.com/85c89893b/p/52f99e-button)\n")
SSO_DEV = ("# Développer sur Connect\n\n## Prérequis\n\n- python3\n- docker\n\n## Installer les dépendances\n\n```sh\nmake venv\n```\n\n"
           "## Lancer le serveur de développement\n\n```sh\nmake runserver\n```\n")
SSO = {"README.md": SSO_README, "docs/index.md": SSO_INDEX, "docs/development.md": SSO_DEV,
       "docs/openid_connect.md": "# OpenID Connect\n\nLe protocole.\n", "docs/endpoints.md": "# End-points\n\n`GET /auth/authorize`\n",
       "manage.py": "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'config.settings')\n", "requirements.txt": "django==4.2\n"}


def test_a_documentation_index_leads_to_the_install_guide(tmp_path):
    linked = _fact(tmp_path, SSO, "readme_linked_sections")["sections"]
    install = next((d for d in linked if d["name"] == "install"), None)
    assert install and install["path"] == "docs/development.md" and install["via"] == ["README.md", "docs/index.md"], linked


def test_a_prose_pages_links_are_not_followed(tmp_path):
    prose = ("# Documentation de Connect\n\nConnect suit le protocole OpenID Connect ; chaque service s'y raccorde avec ses "
             "identifiants. Les développeurs trouveront aussi une note sur [l'environnement local](development.md), à lire après le "
             "protocole.\n\nLes end-points sont décrits plus loin.\n")
    linked = _fact(tmp_path, {**SSO, "docs/index.md": prose}, "readme_linked_sections")["sections"]
    assert "install" not in [d["name"] for d in linked], linked


# - InseeFrLab/era-api: "### REST API" then "### Request" `GET /census-extraction-controller/…` with its parameters was no usage ("api" must
#   lead a heading), and the "#### Emails" rule "Any white space in an email adresse is removed (ex aa bb@toto.org becomes aabb@toto.org)"
#   was a contact. The kind of API before the word is the API's heading; a rule on the e-mails processed names nobody to reach. "API
#   keys" under another word, and "pour toute question, écrivez à …", keep their verdicts.
ERA_README = ("# Era Api\nSample loading of surveyed unit\n\n## Extract from RP\n\n### Details\n\nThe program connects to 2 databases.\n\n"
              "### REST API\n### Request\n\n`GET /census-extraction-controller/census-respondents-by-period-and-gender`\nparams :\n"
              "- startDate : yyyy-mm-dd\n- gender : MALE/FEMALE\n\nJSON Extraction\n\n### Specification\n#### Emails\n\n"
              "blank or empty mails are filtered\nAny white space in an email adresse is removed (ex aa bb@toto.org becomes aabb@toto.org)")
ERA = {"README.md": ERA_README, "pom.xml": "<project><artifactId>era</artifactId></project>\n",
       "src/main/java/fr/insee/era/Era.java": "package fr.insee.era;\npublic class Era {}\n"}


def test_a_rest_api_heading_is_usage(tmp_path):
    names = _sections(_fact(tmp_path, ERA))
    assert "usage" in names, names


def test_api_under_another_word_stays_no_usage(tmp_path):
    names = _sections(_fact(tmp_path, {**ERA, "README.md": ERA_README.replace("### REST API", "### Clés API")}))
    assert "usage" not in names, names


def test_a_cleaned_email_example_is_no_contact(tmp_path):
    names = _sections(_fact(tmp_path, ERA))
    assert "contact" not in names, names


def test_an_address_to_write_to_stays_a_contact(tmp_path):
    readme = ERA_README.replace("blank or empty mails are filtered", "Pour toute question, envoyez un email à era-team@insee.fr.")
    names = _sections(_fact(tmp_path, {**ERA, "README.md": readme}))
    assert "contact" in names, names


# - etalab/transport-topo: "## Tools" runs the repository's programs (`cargo run --release --bin import-gtfs -- --api …`, `cargo run --bin
#   entities -- search …`) and was no usage; and the description was the first line, "https://topo.transport.data.gouv.fr/ a semantic
#   database of transit objects", which defines the database the tools fill, where the next says "This program is a toolkit to
#   populate that database from a GTFS file". Calls of two of the repository's own programs are its use; a single build or test
#   call is none. A site defined, then what the program is: the description is the program's.
TOPO_README = ("# Transit topo tools\n\nhttps://topo.transport.data.gouv.fr/ a semantic database of transit objects (stops, lines, "
               "networks…).\n\nThis program is a toolkit to populate that database from a [GTFS](https://gtfs.org) file.\n\n"
               "## Installation\n\nYou need an up to date rust tool-chain.\n\n## Tools\n\nNote: all binaries expose a `--help` argument.\n\n"
               "#### GTFS import\n\nYou can use the tool `import-gtfs` to import a GTFS in TOPO.\n\n    cargo run --release --bin import-gtfs "
               "-- --api <url> --sparql <url> --producer <id> -i <path to gtfs.zip>\n\n#### Entity\n\nYou can use the tool `entities` to "
               "search for entities.\n\n    cargo run --bin entities -- search --api <url> --sparql <url> --claim 'P1=\"route\"'\n")
TOPO_FILES = {**TOPO, "readme.md": TOPO_README, "src/bin/import-gtfs.rs": "fn main() {}\n", "src/bin/entities.rs": "fn main() {}\n"}


def test_a_tools_chapter_running_the_repositorys_programs_is_usage(tmp_path):
    info = _fact(tmp_path, TOPO_FILES)
    assert "usage" in _sections(info), _sections(info)


def test_a_tools_chapter_of_programs_not_in_the_repository_is_no_usage(tmp_path):
    readme = TOPO_README.replace("--bin import-gtfs", "--bin fetch-data").replace("--bin entities", "--bin export-csv")
    info = _fact(tmp_path, {**TOPO_FILES, "readme.md": readme})
    assert "usage" not in _sections(info), _sections(info)


def test_what_the_program_is_after_a_sites_definition_is_the_description(tmp_path):
    info = _fact(tmp_path, TOPO_FILES)
    assert info["description"]["text"].startswith("This program is a toolkit"), info["description"]


def test_a_sites_line_followed_by_no_statement_of_the_program_stays(tmp_path):
    readme = TOPO_README.replace("This program is a toolkit to populate that database from a [GTFS](https://gtfs.org) file.",
                                 "It is fed every night from the producers' GTFS files.")
    info = _fact(tmp_path, {**TOPO_FILES, "readme.md": readme})
    assert info["description"]["text"].startswith("https://topo.transport.data.gouv.fr/"), info["description"]
