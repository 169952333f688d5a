"""Verdicts read against repositories of syndicats, OPSN, agglomérations, parks and regional GIS platforms
the tool had not seen (session 3), each fixed at its cause and shown on a git fixture shaped like the real case."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

# A Flask biodiversity atlas (national parks' GeoNature-atlas): its configuration schema shows the form of the
# database address with a placeholder user, password and server in the validation message.
ATLAS_SCHEMA = (
    "from marshmallow import Schema, fields\nfrom marshmallow.validate import Regexp\n\n"
    "class AtlasConfig(Schema):\n"
    "    SQLALCHEMY_DATABASE_URI = fields.String(\n        required=True,\n"
    "        validate=Regexp(\n            \"^postgresql:\\/\\/.*:.*@[^:]+:\\w+\\/\\w+$\",\n"
    "            error=\"Database uri is invalid ex: postgresql://monuser:monpass@server:port/db_name\",\n        ),\n    )\n"
)


def test_a_placeholder_database_address_is_neither_a_secret_nor_an_internal_server(tmp_path):
    path = build(tmp_path / "r", {"atlas/configuration/config_schema.py": ATLAS_SCHEMA,
                                  "atlas/app.py": "from flask import Flask\napp = Flask(__name__)\n",
                                  "requirements.txt": "flask==3.0.3\n"})
    r = results(run_audit(path, tmp_path / "c", ["reusability.secrets", "scaling.hosting"]))
    assert r["reusability.secrets"]["status"] == "pass", r["reusability.secrets"]["message"]
    assert r["scaling.hosting"]["status"] == "pass", r["scaling.hosting"]["message"]


def test_a_real_database_password_on_a_named_server_is_still_both(tmp_path):
    schema = ATLAS_SCHEMA.replace("monuser:monpass@server", "atlas:Kq7vR2pLx9@pgsig01")
    path = build(tmp_path / "r", {"atlas/configuration/config_schema.py": schema,
                                  "atlas/app.py": "from flask import Flask\napp = Flask(__name__)\n",
                                  "requirements.txt": "flask==3.0.3\n"})
    r = results(run_audit(path, tmp_path / "c", ["reusability.secrets", "scaling.hosting"]))
    assert r["reusability.secrets"]["status"] == "fail"
    assert r["scaling.hosting"]["status"] == "warn"


def test_a_national_park_and_a_botanical_conservatory_are_public_bodies_in_every_check(tmp_path):
    """GeoNature-atlas: maintenance.organisations said "0 of them public" for ecrins-parcnational.fr while the
    scaling facts counted it public; both now ask the one rule of organisations.yml."""
    from datetime import datetime, timezone

    from auditor.engine import AuditOptions, audit
    from tests.gitrepo import make_repo

    now = datetime.now(timezone.utc)
    authors = [("Camille", "camille@ecrins-parcnational.fr"), ("JP", "jp@cbn-alpin.fr"), ("Jean", "jna@makina-corpus.com")]
    commits = [{"files": {f"atlas/f{i}.py": f"x = {i}\n"}, "author": authors[i % 3], "message": f"change {i}",
                "date": now.replace(day=1, hour=10, minute=i).isoformat()} for i in range(6)]
    path = make_repo(tmp_path / "r", commits)
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "c", offline=True,
                                           only=["maintenance.organisations", "scaling.contributor-organisations"]))
    r = results(report)
    orgs = {o["domain"]: o["public"] for o in r["maintenance.organisations"]["evidence"][0]["value"]["organisations"]}
    assert orgs["ecrins-parcnational.fr"] and orgs["cbn-alpin.fr"] and not orgs["makina-corpus.com"]
    assert "2 of them public" in r["maintenance.organisations"]["message"]["en"], r["maintenance.organisations"]["message"]["en"]


ATLAS_CONFIGURED = {
    "atlas/env.py": "import os\nconfig = os.environ.get('ATLAS_SETTINGS', 'configuration/config.py')\n"
                    "static = os.environ.get('ATLAS_STATIC_FOLDER', 'static')\ntemplates = os.environ.get('ATLAS_TEMPLATE_FOLDER', '.')\n"
                    "translations = os.environ.get('ATLAS_BABEL_TRANSLATION_DIRECTORIES', '.')\n",
    "atlas/app.py": "from flask import Flask\napp = Flask(__name__)\n",
    "requirements.txt": "flask==3.0.3\n",
    "docker-compose.yml": "services:\n  atlas:\n    image: ${GEONATURE_ATLAS_DOCKER_IMAGE:-ghcr.io/pnx-si/geonature-atlas:latest}\n",
    "atlas/configuration/settings.ini.sample": "# CONFIGURATION DOCKER\nGEONATURE_ATLAS_DOCKER_IMAGE=\"ghcr.io/pnx-si/geonature-atlas:latest\"\n\n"
                                               "# Chemin vers le fichier de config (config.py)\n# ATLAS_SETTINGS\n"
                                               "# Répertoire des fichiers static\n# ATLAS_STATIC_FOLDER\n# Répertoire des templates\n# ATLAS_TEMPLATE_FOLDER\n",
    "atlas/configuration/config.py.example": "SQLALCHEMY_DATABASE_URI = 'postgresql://user:password@localhost:5432/atlas'\nNOM_APPLICATION = 'Atlas'\n",
}


def test_a_settings_sample_to_copy_is_the_configuration_template_and_documents_what_it_names(tmp_path):
    """GeoNature-atlas: settings.ini.sample (its variables named in comments) and config.py.example were
    'template: none', 6 settings undocumented; the two it does not name stay listed."""
    path = build(tmp_path / "r", ATLAS_CONFIGURED)
    c = results(run_audit(path, tmp_path / "c", ["reusability.configuration"]))["reusability.configuration"]
    assert c["details"]["templates"][:2] == ["atlas/configuration/config.py.example", "atlas/configuration/settings.ini.sample"]
    assert c["details"]["undocumented"] == ["ATLAS_BABEL_TRANSLATION_DIRECTORIES"], c["details"]
    assert c["status"] == "pass", c["message"]
    assert "none" not in c["message"]["en"]


def test_settings_read_from_the_environment_and_named_nowhere_still_warn(tmp_path):
    files = {k: v for k, v in ATLAS_CONFIGURED.items() if "configuration/" not in k}
    c = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.configuration"]))["reusability.configuration"]
    assert c["status"] in ("warn", "fail") and "none" in c["message"]["en"]


# A PostGIS address model of an agglomération (sigagglocompiegne/rva): a view classes the communes of the
# four EPCIs of its territory by their INSEE codes.
RVA_VIEW = (
    "-- View: r_adresse.an_v_adresse_bal_epci\n"
    "CREATE OR REPLACE VIEW r_adresse.an_v_adresse_bal_epci AS\n SELECT v.insee,\n        CASE\n"
    "            WHEN v.insee = ANY (ARRAY['60023'::bpchar, '60067'::bpchar, '60068'::bpchar]) THEN 'Agglomération de la Région de Compiègne'::text\n"
    "            WHEN v.insee = ANY (ARRAY['60024'::bpchar, '60036'::bpchar]) THEN 'Communauté de Communes de la Plaine d''Estrées'::text\n"
    "            ELSE NULL::text\n        END AS lib_epci\n   FROM r_voie.an_voie v;\n"
    "COMMENT ON VIEW r_adresse.an_v_adresse_bal_epci IS 'Adresses par EPCI';\n"
)
RVA = {
    "README.md": "# Base adresse locale\n\nSpécification et scripts d'initialisation de la base des adresses et des voies.\n",
    "bdd/ad_10_squelette.sql": "CREATE TABLE r_voie.an_voie (id_voie integer PRIMARY KEY, insee character(5), geom geometry(LineString,2154));\n"
                               "COMMENT ON TABLE r_voie.an_voie IS 'Voies';\n",
    "bdd/ad_21_vues_xapps.sql": RVA_VIEW,
}


def test_a_data_models_view_filtering_given_municipalities_codes_is_territory_specific(tmp_path):
    path = build(tmp_path / "r", RVA)
    r = results(run_audit(path, tmp_path / "c", ["reusability.territory-neutral", "interoperability.identifiers"]))
    t = r["reusability.territory-neutral"]
    assert t["status"] in ("warn", "fail"), t["message"]
    assert {(e["path"], e["line"]) for e in t["evidence"] if e.get("kind") == "finding"} == {("bdd/ad_21_vues_xapps.sql", 5), ("bdd/ad_21_vues_xapps.sql", 6)}
    assert r["interoperability.identifiers"]["details"]["hard_coded"] == 2


def test_paris_lyon_marseille_codes_and_inserted_rows_are_not_a_territory(tmp_path):
    files = dict(RVA, **{"bdd/ad_21_vues_xapps.sql": (
        "CREATE VIEW v AS SELECT CASE WHEN c.insee IN ('75056', '69123', '13055') THEN 'PLM' END AS plm FROM c;\n"
        "INSERT INTO r_osm.commune (insee, nom) VALUES ('60159', 'Compiègne');\n")})
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.territory-neutral"]))
    assert r["reusability.territory-neutral"]["status"] == "pass", r["reusability.territory-neutral"]["evidence"]


RVA_DOCUMENTED = dict(RVA, **{
    "README.md": "# Base adresse locale\n\nSpécification et scripts d'initialisation de la base des adresses et des voies de l'agglomération.\n\n"
                 "- [Documentation d'administration de la base Adresse](bdd/doc_admin_bd_adresse.md)\n"
                 "- [Documentation d'administration de l'application](app/doc_admin_app_rva.md)\n"
                 "- [Documentation utilisateur de l'application](app/doc_user_app_rva.md)\n"
                 "- [Paramétrage de l'API de dépôt pour FME](api/doc_api_balc_fme.md)\n",
    "bdd/doc_admin_bd_adresse.md": "# Base Adresse\n\nLe modèle conceptuel des données.\n",
    "app/doc_admin_app_rva.md": "# Application\n\nParamétrage de l'application.\n",
    "app/doc_user_app_rva.md": "# Guide\n\nSaisir une adresse.\n",
    "api/doc_api_balc_fme.md": "# API\n\nDépôt de la BAL.\n",
})


def test_documentation_in_folders_the_readme_links_needs_a_licence_and_its_user_guide_is_usage(tmp_path):
    """rva: eleven guides in bdd/, app/, api/ (no docs/ folder) were 'no documentation to publish', and the
    README's link to the user documentation was not a usage section."""
    report = run_audit(build(tmp_path / "r", RVA_DOCUMENTED), tmp_path / "c", ["licensing.data-and-docs", "documentation.readme-sections"])
    r = results(report)
    d = r["licensing.data-and-docs"]
    assert d["status"] == "fail", d["message"]
    assert {e["path"] for e in d["evidence"]} >= {"app/", "api/", "bdd/"}
    assert "usage" in r["documentation.readme-sections"]["details"]["found"]


def test_code_without_documentation_folders_has_nothing_to_license(tmp_path):
    r = results(run_audit(build(tmp_path / "r", RVA), tmp_path / "c", ["licensing.data-and-docs"]))
    assert r["licensing.data-and-docs"]["status"] == "not_applicable"


ZELLI_README = (
    "# Zelli\n\n<p>\n  <a href=\"https://app.travis-ci.com/github/departement-loire-atlantique/zelli\">\n"
    "    <img src=\"https://api.travis-ci.com/departement-loire-atlantique/zelli.svg?branch=master\" />\n  </a>\n</p>\n\n"
    "This project was generated with [Angular CLI](https://github.com/angular/angular-cli) version 13.2.5.\n\n"
    "## Getting started\n\n```bash\nnpm install\nnpm run dev # Launch the angular app in dev mode, using development-jcms config\n```\n\n"
    "Make sure you've got the backend up and running before loading the app in your browser.\n\n"
    "## Tools used\n\n- [Loire Atlantique design system](https://design.loire-atlantique.fr/)\n\n"
    "## PWA / Service worker\n\nRun `ng build`\n\n## Code scaffolding\n\nRun `ng generate component component-name` to generate a new component.\n\n"
    "## Running unit tests\n\nRun `ng test` to execute the unit tests via [Karma](https://karma-runner.github.io).\n\n"
    "## Further help\n\nTo get more help on the Angular CLI use `ng help` or go check out the Angular CLI Overview.\n"
)


def test_an_angular_template_completed_with_own_chapters_has_no_purpose_and_no_contact(tmp_path):
    """zelli: 'This project was generated with Angular CLI' was the purpose and Angular's 'Further help' the
    contact; the README was called the untouched template though the team wrote two chapters of its own."""
    files = {"README.md": ZELLI_README, "package.json": '{"name": "zelli", "dependencies": {"@angular/core": "13.3.0"}}',
             "src/app/app.component.ts": "export class AppComponent {}\n"}
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["documentation.readme", "documentation.readme-sections"]))
    found = r["documentation.readme-sections"]["details"]["found"]
    assert "purpose" not in found and "contact" not in found and "install" in found
    readme = r["documentation.readme"]
    assert readme["status"] == "fail" and "untouched" not in readme["message"]["en"] and "Tools used" in readme["message"]["en"]


# An Angular front end of a département's CMS (zelli): members sign in with a pseudo and a password, and the
# profile form completes addresses with the API Adresse; no map.
ZELLI = {
    "README.md": "# Zelli\n\nApplication mobile d'information des assistants maternels du département, adossée au CMS.\n",
    "package.json": '{"name": "zelli", "dependencies": {"@angular/core": "13.3.0", "@angular/router": "13.3.0"}}',
    "src/app/pages/account/login/login.component.html":
        "<form (ngSubmit)=\"submit()\">\n  <input [(ngModel)]=\"pseudo\" id=\"pseudo\" name=\"pseudo\" />\n  <input\n    [(ngModel)]=\"pwd\"\n"
        "    type=\"password\"\n    id=\"pwd\"\n    name=\"pwd\"\n  />\n</form>\n",
    "src/app/services/login.service.ts": "export class LoginService {\n  login(pseudo: string, pwd: string) {\n"
                                        "    return this.jcms.get('plugins/zelli/token/create/' + pseudo, { params: { silentPassword: pwd } });\n  }\n}\n",
    "src/app/pages/profile/profile.component.html":
        "<input id=\"adresse\" data-url=\"https://api-adresse.data.gouv.fr/search/?q=\" />\n",
    "src/app/app.component.ts": "export class AppComponent {}\n",
}


def test_a_front_ends_sign_in_form_is_local_accounts_and_an_address_form_needs_no_map(tmp_path):
    r = results(run_audit(build(tmp_path / "r", ZELLI), tmp_path / "c", ["interoperability.auth", "interoperability.geo"]))
    auth = r["interoperability.auth"]
    assert auth["status"] != "not_applicable" and auth["details"]["local_login"], auth["message"]
    geo = r["interoperability.geo"]
    assert geo["status"] == "pass" and geo["details"]["geo_api_gouv"], geo["message"]


def test_a_map_with_no_open_library_still_scores_below_pass(tmp_path):
    files = dict(ZELLI, **{"src/app/pages/map/map.component.ts": "import mapboxgl from 'mapbox-gl';\nexport class MapComponent {}\n",
                           "package.json": '{"name": "zelli", "dependencies": {"@angular/core": "13.3.0", "mapbox-gl": "2.0.0"}}'})
    geo = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["interoperability.geo"]))["interoperability.geo"]
    assert geo["status"] != "pass"


def test_observers_names_of_naturalist_observations_are_personal_data(tmp_path):
    """GeoNature-atlas publishes each observation's observers by name: 'no personal-data field' before."""
    model = ("from sqlalchemy.orm import Mapped, mapped_column\nfrom atlas.env import db\n\n"
             "class VmObservations(db.Model):\n    __tablename__ = \"vm_observations\"\n"
             "    id_observation: Mapped[int] = mapped_column(primary_key=True)\n"
             "    dateobs: Mapped[datetime.date] = mapped_column(index=True)\n"
             "    observateurs: Mapped[str] = mapped_column(String(255))\n    cd_ref: Mapped[int] = mapped_column()\n")
    files = {"atlas/modeles/entities/vmObservations.py": model, "requirements.txt": "flask==3.0.3\nsqlalchemy==2.0.30\n",
             "atlas/app.py": "from flask import Flask\napp = Flask(__name__)\n"}
    p = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["scaling.personal-data"]))["scaling.personal-data"]
    assert p["status"] == "warn" and "observateurs" in str(p["evidence"]), p["message"]


def test_base_maps_of_the_configuration_template_are_building_blocks_in_use(tmp_path):
    """GeoNature-atlas's config.py.example (copied by the installer) sets IGN Géoportail base maps: 'building blocks
    used: none' and 'IGN: no' before."""
    files = dict(ATLAS_CONFIGURED, **{
        "atlas/configuration/config.py.example":
            "BASEMAPS = [\n    {\n        'name': 'IGN',\n"
            "        'url': 'https://wxs.ign.fr/IGNKEY/wmts?LAYER=GEOGRAPHICALGRIDSYSTEMS.MAPS&SERVICE=WMTS&REQUEST=GetTile',\n    },\n]\n",
        "atlas/static/package.json": '{"dependencies": {"leaflet": "1.9.4"}}',
        "atlas/templates/index.html": "<div id=\"map\"></div>\n"})
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["interoperability.public-building-blocks", "interoperability.geo"]))
    assert r["interoperability.public-building-blocks"]["status"] != "fail", r["interoperability.public-building-blocks"]["message"]
    assert r["interoperability.geo"]["details"]["ign"]


ATLAS_README = (
    "GeoNature-atlas\n===============\n\nAtlas WEB dynamique Faune-Flore basé sur les données de la synthèse de GeoNature.\n\n"
    "Exemples d'atlas en ligne utilisant GeoNature-atlas :\n-----------------------------------------------------\n\n"
    "- `PN du Mercantour <http://biodiversite.mercantour-parcnational.fr>`_\n"
    "- `PNR Normandie Maine <https://biodiversite.parc-naturel-normandie-maine.fr>`_\n"
    "- `Métropole clermontoise <https://atlas.cbiodiv.org>`_\n\n"
    "Licence\n-------\n\n* OpenSource - GPL V3\n"
)


def test_a_list_of_sites_using_the_project_is_reuse_in_restructuredtext_too(tmp_path):
    """GeoNature-atlas's README lists 19 atlases of parks and local authorities 'utilisant GeoNature-atlas':
    'no reuse named in the repository' before."""
    files = dict(ATLAS_CONFIGURED, **{"README.rst": ATLAS_README})
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["scaling.reuse"]))["scaling.reuse"]
    assert r["status"] == "pass", r["message"]
    assert "http://biodiversite.mercantour-parcnational.fr" in str(r["evidence"])


def test_code_examples_using_an_api_are_not_reuse(tmp_path):
    files = dict(ATLAS_CONFIGURED, **{"README.md": "# Atlas\n\n## Examples using the API\n\n- [search](https://atlas.example.org/api/search)\n"
                                                   "- [taxon](https://atlas.example.org/api/taxon/1)\n"})
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["scaling.reuse"]))["scaling.reuse"]
    assert r["status"] == "inconclusive", r["message"]


def test_a_placeholder_address_in_a_configuration_template_is_no_hosting_dependency(tmp_path):
    files = dict(ATLAS_CONFIGURED, **{"atlas/configuration/config.py.example": "ORGANISME_URL = 'https://monadressecustom.org'\n"})
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["scaling.hosting"]))["scaling.hosting"]
    assert "monadressecustom" not in str(r["evidence"]), r["evidence"]


# A département's command-line generator of Publik forms (dematik): a setup.py package run as python -m dematik,
# configured by its options, with two different licence texts at the root.
DEMATIK = {
    "README.md": "Dematik\n=======\n\nDematik simplifie la dématérialisation des processus : il génère des formulaires Publik.\n\n"
                 "Installation\n------------\n\n```bash\npip install git+https://github.com/departement-loire-atlantique/dematik.git\n```\n\n"
                 "Utilisation\n-----------\n\n```bash\npython -m dematik --pattern aide_habitat/pa.def --force\n```\n",
    "setup.py": "from setuptools import setup, find_packages\n\nsetup(\n    name='dematik',\n"
                "    author='Julien Bayle <julien.bayle@loire-atlantique.fr>',\n    packages=find_packages(),\n"
                "    install_requires=['django >= 1.8, <1.12', 'Jinja2', 'pyyaml>5.1', 'markdown', 'lxml'],\n)\n",
    "dematik/__init__.py": "from .dematik import Dematik\n",
    "dematik/__main__.py": "import argparse\nfrom .dematik import Dematik\n\nif __name__ == '__main__':\n"
                           "    parser = argparse.ArgumentParser()\n    parser.add_argument(\"--pattern\", default='**/*.def')\n"
                           "    parser.add_argument(\"--force\", action='store_true')\n    Dematik(parser.parse_args()).generate()\n",
    "dematik/dematik.py": "from jinja2 import Environment, PackageLoader\n\nclass Dematik:\n    def __init__(self, args):\n        self.args = args\n"
                          "    def generate(self):\n        return Environment(loader=PackageLoader('dematik')).get_template('page.j2').render()\n",
    "dematik/blocks-publik/page.j2": "<page><title>{{ title }}</title></page>\n",
    "dematik/blocks-publik/texte.j2": "<field>{{ text }}</field>\n",
}


def test_a_setup_py_command_line_tool_is_read_as_one(tmp_path):
    """dematik: setup.py's install_requires were read as a requirements file (no dependency, no name), so: 'no declared
    dependency', 'install tooling: none', 'standard packaging: no'; Django declared for its templates made it a web
    application; its argparse options were 'no setting: fail'; the author's address was a territory value."""
    report = run_audit(build(tmp_path / "r", DEMATIK), tmp_path / "c",
                       ["reusability.install", "reusability.configuration", "reusability.portability", "licensing.dependencies",
                        "reusability.territory-neutral", "interoperability.public-building-blocks"])
    assert report["facts"]["project"]["kind"] == "cli-tool", report["facts"]["project"]
    manifest = report["facts"]["manifests"]["manifests"][0]
    assert manifest["name"] == "dematik" and manifest["dependencies"] == ["django", "Jinja2", "pyyaml", "markdown", "lxml"]
    r = results(report)
    assert "package" in r["reusability.install"]["details"]["runtimes"]
    assert r["reusability.configuration"]["status"] == "pass", r["reusability.configuration"]["message"]
    assert r["reusability.portability"]["details"]["packaging"]
    assert r["reusability.territory-neutral"]["status"] == "pass", r["reusability.territory-neutral"]["evidence"]
    assert r["interoperability.public-building-blocks"]["status"] == "not_applicable"


def test_a_web_application_declaring_django_with_a_manage_py_stays_one(tmp_path):
    files = dict(DEMATIK, **{"manage.py": "import django\n", "dematik/templates/index.html": "<html></html>\n"})
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.install"])
    assert report["facts"]["project"]["kind"] == "web-application"


def test_two_different_licence_texts_at_the_root_are_not_two_sources_agreeing(tmp_path):
    from tests.test_licensing_checks import text  # the licences' official texts, as the licensing tests read them

    files = dict(DEMATIK, **{"LICENSE": text("GPL-3.0-only"), "COPYING": text("AGPL-3.0-only")})
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["licensing.consistent"]))["licensing.consistent"]
    assert r["status"] == "warn" and "COPYING" in r["message"]["en"] and "LICENSE" in r["message"]["en"], r["message"]


def test_an_lgpl_with_its_gpl_text_beside_it_is_one_licence(tmp_path):
    from tests.test_licensing_checks import text

    files = dict(DEMATIK, **{"COPYING": text("GPL-3.0-only"), "COPYING.LESSER": text("LGPL-3.0-only")})
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["licensing.consistent"]))["licensing.consistent"]
    assert r["status"] == "pass", r["message"]


# A regional platform's React component library for territorial dashboards, published on npm (geo2france/api-dashboard).
API_DASHBOARD = {
    "README.MD": "# API-Dashboard\n\nCollection de composants React pour faciliter la création de tableaux de bords territoriaux.\n\n"
                 "## Créer un tableau de bord\n\n```sh\nnpm init @geo2france/api-dashboard@latest nom-du-projet\n```\n",
    "package.json": '{"name": "@geo2france/api-dashboard", "version": "1.22.0", "private": false, "main": "dist/index.js",\n'
                    ' "licence": "MIT",\n "files": ["dist"],\n "dependencies": {"echarts": "^6.0.0", "maplibre-gl": "^5.0.0"},\n'
                    ' "peerDependencies": {"react": "^18.3.1", "react-dom": "^18.3.1"},\n "devDependencies": {"react": "^18.3.1"}}\n',
    "package-lock.json": '{"lockfileVersion": 3, "packages": {}}\n',
    "src/components/Charts/Pie.tsx": "export const ChartPie = () => null;\n",
    "src/components/Charts/Statistics.tsx": "export const Statistics = () => null;\n",
    "docs/usage/dataviz.md": "# Dataviz\n\n### Statistiques\n\nIl s'agit de carte permettant de présenter des chiffres clés. Ce composant affiche la dernière valeur.\n\n"
                             "| Nom | Type | Requis | Description |\n|---|---|---|---|\n| `dataset` | `string` | oui | Identifiant |\n",
    "docs/index.md": "# API-Dashboard\n\nDocumentation.\n",
}


def test_a_published_component_library_is_a_library_installed_as_a_package(tmp_path):
    """api-dashboard was judged a web application (RGAA statement, deployment doc and settings asked), its npm
    package was 'install tooling: none', its 'licence' key unread and its Statistics component an impact section."""
    report = run_audit(build(tmp_path / "r", API_DASHBOARD), tmp_path / "c",
                       ["reusability.install", "interoperability.accessibility-and-ecodesign", "licensing.open-license",
                        "scaling.impact-indicators"])
    assert report["facts"]["project"]["kind"] == "library", report["facts"]["project"]
    r = results(report)
    assert "package" in r["reusability.install"]["details"]["runtimes"]
    assert r["interoperability.accessibility-and-ecodesign"]["status"] == "not_applicable"
    assert r["licensing.open-license"]["status"] == "pass" and "MIT" in r["licensing.open-license"]["message"]["en"]
    assert r["scaling.impact-indicators"]["status"] == "warn", r["scaling.impact-indicators"]["evidence"]


def test_a_react_application_stays_an_application(tmp_path):
    files = dict(API_DASHBOARD, **{"package.json": '{"name": "odema", "private": true, "dependencies": {"react": "^18.3.1", "react-dom": "^18.3.1"}}\n',
                                   "index.html": "<div id=root></div>\n"})
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.install"])
    assert report["facts"]["project"]["kind"] == "web-application"


# An agglomération's wet-networks model (sigagglocompiegne/resh_raepa): the README opens on a changelog, and the
# loading steps live in doc/doc_admin_initialisation_bd.md ("lancez les scripts suivants dans l'ordre").
RAEPA = {
    "README.md": "# Dernière mise à jour : 2020-09-18\n## changelog \n   * 2023-06-19 : Ajout gabarit de saisie de données RAEPA étendu (extension locale)\n"
                 "   * 2020-09-25 : Suppression du gabarit d'extension : problème lors de saisie CSV\n\n# Base de données des réseaux humides\n\n"
                 "## Généralités\n\n### Objectifs\n\n* pour les exploitants, généraliser les processus d'échanges des données vers les collectivités "
                 "à partir du standard national RAEPA\n",
    "doc/doc_admin_initialisation_bd.md": "# Initialisation de la base de données\n\nPour réinitialiser la base, lancez les scripts suivants "
                                          "dans l'ordre respectif :\n* init_bd_resh_00_raepa.sql\n* init_bd_resh_21_xapps.sql\n",
    "sql/init_bd_resh_00_raepa.sql": "CREATE TABLE m_raepa.raepa_canalaep_l (idcana character varying(254), geom geometry(LineString,2154));\n"
                                     "COMMENT ON TABLE m_raepa.raepa_canalaep_l IS 'Canalisations AEP';\n",
    "sql/init_bd_resh_21_xapps.sql": "CREATE VIEW m_raepa.v AS SELECT * FROM m_raepa.raepa_canalaep_l;\n",
    "gabarits/raepa/gabarit_raepa.qgs": "<qgis projectname=\"gabarit\"><projectCrs><spatialrefsys><authid>EPSG:2154</authid></spatialrefsys></projectCrs></qgis>\n",
}


def test_a_changelog_first_is_no_description_and_an_initialisation_guide_says_how_to_load(tmp_path):
    r = results(run_audit(build(tmp_path / "r", RAEPA), tmp_path / "c", ["documentation.readme", "reusability.install"]))
    readme = r["documentation.readme"]
    assert "2023-06-19" not in str(readme["evidence"]) and "not placed first" in readme["message"]["en"], readme
    assert r["reusability.install"]["status"] == "pass", r["reusability.install"]["message"]


# An OPSN's data synchroniser (SICTIAM/ozwillo-dc-importer): a Kotlin Spring service, its Vue admin page, the
# RabbitMQ password in application.yml, a form storing a connector's credentials.
KOTLIN_SERVICE = {
    "README.md": "# DC Importer\n\nDC Importer is a data synchronizer allowing external applications to communicate with the Datacore.\n",
    "build.gradle": "plugins { id 'org.springframework.boot' version '2.0.4.RELEASE' }\ndependencies {\n"
                    "    implementation 'org.springframework.boot:spring-boot-starter-webflux'\n}\n",
    "src/main/resources/application.yml": "spring:\n  rabbitmq:\n    username: egm-iot\n    password: v8s822or18hH\n    host: rabbit\n"
                                          "  mail:\n    password: changeme\n",
    "src/main/resources/public/package.json": '{"name": "front", "private": true, "dependencies": {"vue": "^2.6.4"}}\n',
    "src/main/resources/public/src/views/CloneConnector.vue":
        "<template>\n  <form>\n    <label for=\"password-claimer\">Password</label>\n"
        "    <input type=\"password\" id=\"password-claimer\" v-model=\"selectedConnector.password\"/>\n  </form>\n</template>\n"
        "<script>\nexport default { name: 'CloneConnector' }\n</script>\n",
    "src/main/resources/public/src/router.js": "export default []\n",
}
for _i in range(12):
    KOTLIN_SERVICE[f"src/main/kotlin/org/ozwillo/dcimporter/service/Service{_i}.kt"] = (
        f"package org.ozwillo.dcimporter.service\n\nclass Service{_i} {{\n    fun run(): Int = {_i}\n}}\n")


def test_a_kotlin_service_is_not_judged_on_its_admin_pages_and_its_config_password_is_a_secret(tmp_path):
    r = results(run_audit(build(tmp_path / "r", KOTLIN_SERVICE), tmp_path / "c",
                          ["documentation.code-comments", "reusability.secrets", "interoperability.auth"]))
    c = r["documentation.code-comments"]
    assert c["status"] == "inconclusive" and "Kotlin" in c["message"]["en"], c["message"]
    s = r["reusability.secrets"]
    assert s["status"] == "fail" and [(e["path"], e["line"]) for e in s["evidence"] if e.get("kind") == "finding"][:1] == \
        [("src/main/resources/application.yml", 4)], s["evidence"]
    assert r["interoperability.auth"]["status"] == "not_applicable", r["interoperability.auth"]["evidence"]


def test_a_readme_of_bare_docker_commands_says_how_to_install_not_what_it_is_nor_its_language(tmp_path):
    """geo2france/docker-mapproxy-cache: its README's two docker lines were its purpose and made it 'English only'."""
    files = {"README.md": "# docker-mapproxy-cache\n\ndocker build -t geopic-cache git://github.com/ndamiens/docker-geopic-cache\n"
                          "docker run -d -p 8081:80 --name \"geopic-cache\" --link geopic-mapnik:styles-wms geopic-cache\n",
             "Dockerfile": "FROM picnat/mapproxy\nCOPY index.html /var/www/html/index.html\n", "index.html": "<div id='map'></div>\n"}
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", ["documentation.readme-sections", "documentation.language"])
    info = report["facts"]["readme"]
    assert info["sections"] == ["install"] and info["description"] is None
    assert results(report)["documentation.language"]["status"] != "warn"


def test_two_contractors_are_not_one_organisation_and_a_family_domain_is_a_person(tmp_path):
    from auditor.engine import AuditOptions, audit
    from tests.gitrepo import make_repo

    authors = [("Nicolas Damiens", "nicolas@damiens.info"), ("bchartier", "bchartier@neogeo.fr")]
    commits = [{"files": {f"f{i}.py": f"x = {i}\n"}, "author": authors[i % 2], "message": f"change {i}",
                "date": f"2020-0{1 + i % 6}-1{i % 9}T10:00:00Z"} for i in range(8)]
    report = audit(str(make_repo(tmp_path / "r", commits)), AuditOptions(cache_dir=tmp_path / "c", offline=True,
                                                                           only=["scaling.contributor-organisations"]))
    msg = report["results"][0]["message"]["en"]
    assert "one organisation" not in msg and "damiens.info" not in msg, msg


def test_a_readme_titled_after_an_api_and_a_deployment_step_has_no_usage_nor_description(tmp_path):
    """megalis-bretagne/api-tools: the title '# api-tools' was a usage section and 'Then edit this file and set the correct
    USER and PORT' (under 'production mode') its description."""
    readme = ("# api-tools\napi-tools\n\n# Installation\n\n```\npip install -r requirements.txt\n```\n\n## Configuration\n\n`cp .env.dist .env`\n\n"
              "## production mode\n\n`sudo cp api-tools.service /etc/systemd/system/api-tools.service`\n\n"
              "Then edit this file and set the correct USER and PORT of the service\n")
    report = run_audit(build(tmp_path / "r", {"README.md": readme, "app.py": "from flask import Flask\napp = Flask(__name__)\n"}),
                       tmp_path / "c", ["documentation.readme"])
    info = report["facts"]["readme"]
    assert "usage" not in info["sections"] and info["description"] is None, info
    assert "no descriptive sentence" in results(report)["documentation.readme"]["message"]["en"]


def test_a_copied_leaflet_is_an_open_map_library_and_a_sviewer_link_a_geOrchestra_block(tmp_path):
    """sigrennesmetropole/sviewer_generator: 'open libraries: none' beside assets/js/leaflet.js, and 'no public building
    block' for a generator of geOrchestra sviewer links."""
    files = {"index.html": "<script src=\"assets/js/leaflet.js\"></script>\n<div id=\"map\"></div>\n",
             "assets/js/leaflet.js": "/* @preserve\n * Leaflet 1.4.0, a JS library for interactive maps. https://leafletjs.com\n"
                                     " * (c) 2010-2018 Vladimir Agafonkin, (c) 2010-2011 CloudMade\n */\n!function(t,i){}(this,function(t){});\n",
             "assets/js/controler.js": "var map = L.map('map');\nfunction url() { return configuration.url_sviewer + '?layers=' + couches; }\n",
             "assets/json/configuration.json": '{"url_sviewer": "https://app.sig.example.org/sviewer/", "aide": "Choisissez les couches"}\n'}
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["interoperability.geo", "interoperability.public-building-blocks"]))
    assert "leaflet" in r["interoperability.geo"]["details"]["libraries"], r["interoperability.geo"]["message"]
    assert r["interoperability.public-building-blocks"]["status"] == "pass", r["interoperability.public-building-blocks"]["message"]


def test_a_postgis_database_image_is_no_geography_and_included_requirements_are_locked(tmp_path):
    """PnX-SI/UsersHub (user management of the GeoNature family): 'geo: fail 3' from its postgis/postgis image, and
    requirements-common.in, included by the pip-compiled requirements.in, 'without a lockfile'."""
    files = {"app/app.py": "from flask import Flask\napp = Flask(__name__)\n", "app/templates/index.html": "<h1>Utilisateurs</h1>\n",
             "docker-compose.yml": "services:\n  postgres:\n    image: postgis/postgis:13-3.2\n",
             ".github/workflows/test_install.yml": "jobs:\n  build:\n    services:\n      postgres:\n        image: postgis/postgis:15-3.4\n",
             "requirements.in": "-r requirements-common.in\n-r requirements-dependencies.in\n",
             "requirements-common.in": "flask>=2\n", "requirements-dependencies.in": "pypnusershub>=3.0.3,<4.0.0\n",
             "requirements.txt": "#\n# pip-compile requirements.in\n#\nflask==3.0.3\npypnusershub==3.0.3\n"}
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["interoperability.geo", "reusability.dependencies"]))
    assert r["interoperability.geo"]["status"] == "not_applicable", r["interoperability.geo"]["message"]
    assert "0 without a lockfile" in r["reusability.dependencies"]["message"]["en"], r["reusability.dependencies"]["message"]


def test_uploading_to_mapillary_is_a_dependency_on_metas_platform_with_panoramax_as_the_commons(tmp_path):
    """sigrennesmetropole/mapillary_rm uploads a city's 360° photos with mapillary_tools: lock-in named only FME."""
    files = {"process_sequence.py": "import argparse\nfrom mapillary_tools import authenticate\n"
                                    "from mapillary_tools.commands.upload import Command as UploadCommand\n\n"
                                    "parser = argparse.ArgumentParser(description='upload to Mapillary')\n",
             "requirements_linux.txt": "git+https://github.com/mapillary/mapillary_tools\n"}
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["scaling.vendor-lock-in"]))["scaling.vendor-lock-in"]
    assert "Mapillary" in r["message"]["en"] and "Panoramax" in str(r["evidence"]), r


def test_a_qgis_plugin_under_plugin_name_is_a_gis_kit(tmp_path):
    """geo2france/geo2france-qgis2-plugin keeps its plugin in plugin/geo2france/ (metadata.txt two folders down): it was
    an undecided 'library' asked for settings, a dependency manifest, packaging and a deployment guide."""
    files = {"README.md": "geo2france-qgis2-plugin\n=======================\n\nPlugin pour QGIS fournissant un accès simple aux données "
                          "de Géo2France.\n\nInstallation\n------------\n\n* Ouvrir le gestionnaire d'extensions\n"
                          "* Activer le plugin \"Geo2France\" dans le gestionnaire d'extensions\n",
             "plugin/geo2france/metadata.txt": "[general]\nname=Geo2France\nqgisMinimumVersion=2.0\nversion=2.1\n",
             "plugin/geo2france/__init__.py": "def classFactory(iface):\n    from .plugin import Plugin\n    return Plugin(iface)\n",
             "plugin/geo2france/plugin.py": "from qgis.core import QgsProject\n\nclass Plugin:\n    def __init__(self, iface):\n        self.iface = iface\n",
             "repo/plugins.xml": "<plugins><pyqgis_plugin name=\"Geo2France\" version=\"2.1\"/></plugins>\n"}
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.configuration", "reusability.dependencies", "reusability.install"])
    assert report["facts"]["project"]["kind"] == "gis-kit", report["facts"]["project"]
    r = results(report)
    assert r["reusability.configuration"]["status"] == r["reusability.dependencies"]["status"] == "not_applicable"
    assert r["reusability.install"]["status"] == "pass", r["reusability.install"]["message"]


def test_a_front_ends_firebase_api_key_is_a_hint_not_a_credential(tmp_path):
    """zelli's src/environments/*.ts carry Firebase web apiKeys, public by design: hints to review, never 'revoke'."""
    files = dict(ZELLI, **{"src/environments/environment.prod.ts":
                           "export const environment = {\n  production: true,\n  firebase: {\n    apiKey: 'AIzaSyBvxgz4krx7lq8Wm3Tq0c9Xp2Lr5Nf6Hk1',\n"
                           "    projectId: 'zelli-740a4',\n  },\n};\n"})
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.secrets"]))["reusability.secrets"]
    assert r["status"] != "fail", r["evidence"]
