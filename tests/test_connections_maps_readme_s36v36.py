"""Issue 12, session 36 (v36, reader m35o1): wrong verdicts on HeineZo/PNR (a JavaFX app for a regional natural park's
observers), ThomasAyr/Marathon-du-Web-Cantine (a static site for a city's canteens) and
dtc-innovation/dataviz-finances-montreuil (a city's budget dataviz).

- secrets: the project's own connection class built with a database's address and a literal password
  (``new ConnectVPS("jdbc:mysql://<public address>:3306/base", "user", "…")``) is a committed credential, as the same
  arguments given to a ``.connection(…)`` method already were."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

PASSWORD = "Mdp" + "@compte7"  # (assembled: no credential in this file)
HOST = "141.94." + "22.19"


def run(tmp_path, files: dict, cid: str) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [cid]))[cid]


CONNECT = ("package pnr.modele;\n\nimport java.sql.*;\n\npublic class ConnectVPS {\n    private Connection c;\n\n"
           "    public ConnectVPS(String url, String user, String password) {\n"
           "        try {\n            c = DriverManager.getConnection(url, user, password);\n"
           "        } catch (SQLException e) {\n            e.printStackTrace();\n        }\n    }\n}\n")


def controller(address: str, user: str, password: str) -> str:
    return ("package pnr.controleur;\n\nimport pnr.modele.ConnectVPS;\n\npublic class Controller {\n"
            "    private ConnectVPS connect;\n\n    public void initialiser() {\n"
            f'        connect = new ConnectVPS("{address}", "{user}", {password});\n    }}\n}}\n')


def test_a_password_given_to_the_projects_connection_class_is_a_secret(tmp_path):
    files = {"README.md": "# PNR\n", "pnr/src/main/java/pnr/modele/ConnectVPS.java": CONNECT,
             "pnr/src/main/java/pnr/controleur/Controller.java": controller(f"jdbc:mysql://{HOST}:3306/bd_pnr", "user", f'"{PASSWORD}"')}
    r = run(tmp_path, files, "reusability.secrets")
    assert r["status"] == "fail", r["message"]  # was pass
    assert any(e["path"].endswith("Controller.java") and e["line"] == 9 for e in r["evidence"]), r["evidence"]
    assert PASSWORD not in str(r)


def test_a_connection_class_given_a_variable_or_a_local_database_stays_aside(tmp_path):
    files = {"README.md": "# PNR\n", "pnr/src/main/java/pnr/modele/ConnectVPS.java": CONNECT,
             "pnr/src/main/java/pnr/controleur/Controller.java": controller(f"jdbc:mysql://{HOST}:3306/bd_pnr", "user", "motDePasse"),
             "pnr/src/main/java/pnr/controleur/Local.java": controller("jdbc:mysql://localhost:3306/bd_pnr", "root", '"root"')
             .replace("class Controller", "class Local")}
    r = run(tmp_path, files, "reusability.secrets")
    assert r["status"] == "pass", (r["message"], r["evidence"])


# -- interoperability.geo: a desktop Java app's map drawn by Gluon Maps (com.gluonhq:maps, OpenStreetMap tiles) ----------------

def pom(extra: str) -> str:
    return ('<project xmlns="http://maven.apache.org/POM/4.0.0">\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>fr.pnr</groupId>\n'
            '  <artifactId>pnr</artifactId>\n  <version>1.0</version>\n  <dependencies>\n'
            '    <dependency>\n      <groupId>org.openjfx</groupId>\n      <artifactId>javafx-controls</artifactId>\n      <version>18.0.1</version>\n    </dependency>\n'
            + extra + '  </dependencies>\n</project>\n')


GLUON = '    <dependency>\n      <groupId>com.gluonhq</groupId>\n      <artifactId>maps</artifactId>\n      <version>2.0.0-ea+5</version>\n    </dependency>\n'
ATTACH = '    <dependency>\n      <groupId>com.gluonhq.attach</groupId>\n      <artifactId>storage</artifactId>\n      <version>4.0.14</version>\n    </dependency>\n'
OBSERVATION = ("package pnr.modele;\n\npublic class Lieu {\n    private double latitude;\n    private double longitude;\n\n"
               "    public Lieu(double latitude, double longitude) {\n        this.latitude = latitude;\n        this.longitude = longitude;\n    }\n}\n")
VISUALISER = ("package pnr.controleur;\n\nimport com.gluonhq.maps.MapLayer;\nimport com.gluonhq.maps.MapPoint;\nimport com.gluonhq.maps.MapView;\n\n"
              "public class ControllerVisualiser {\n    private MapView mapView;\n\n    public void carte(double x, double y) {\n"
              "        this.mapView = new MapView();\n        this.mapView.setZoom(10.5);\n"
              "        this.mapView.flyTo(0, new MapPoint(47.54, -2.87), 2);\n    }\n}\n")
APP = ("package pnr;\n\nimport javafx.application.Application;\nimport javafx.stage.Stage;\n\npublic class App extends Application {\n"
       "    @Override\n    public void start(Stage stage) {\n        stage.show();\n    }\n}\n")


def test_a_javafx_app_drawing_its_observations_on_gluon_maps_shows_a_map(tmp_path):
    files = {"README.md": "# PNR\n", "pnr/pom.xml": pom(GLUON), "pnr/src/main/java/pnr/App.java": APP,
             "pnr/src/main/java/pnr/modele/Lieu.java": OBSERVATION,
             "pnr/src/main/java/pnr/controleur/ControllerVisualiser.java": VISUALISER}
    r = run(tmp_path, files, "interoperability.geo")
    assert r["status"] != "not_applicable", r["message"]["en"]  # was n/a: "draws no map with a mapping library"
    assert "gluon" in r["message"]["en"].lower(), r["message"]["en"]


def test_a_javafx_app_with_gluon_attach_only_and_coordinates_draws_no_map(tmp_path):
    files = {"README.md": "# PNR\n", "pnr/pom.xml": pom(ATTACH), "pnr/src/main/java/pnr/App.java": APP,
             "pnr/src/main/java/pnr/modele/Lieu.java": OBSERVATION}
    r = run(tmp_path, files, "interoperability.geo")
    assert r["status"] == "not_applicable", r["message"]["en"]


def test_a_gluon_map_view_imported_without_a_manifest_is_a_map_too(tmp_path):
    files = {"README.md": "# PNR\n", "src/pnr/App.java": APP, "src/pnr/modele/Lieu.java": OBSERVATION,
             "src/pnr/controleur/ControllerVisualiser.java": VISUALISER}
    r = run(tmp_path, files, "interoperability.geo")
    assert r["status"] != "not_applicable", r["message"]["en"]


# -- scaling.contributor-organisations: Zoho Mail's personal mailboxes (zohomail.eu) are a person's ------------------------------

def test_zoho_mail_and_other_personal_mailboxes_are_a_persons():
    from auditor.facts.history import organisation_of
    from auditor.facts.scaling.common import email_type

    for email in ("sophie_bertrand@zohomail.eu", "sophie@zohomail.com", "sophie@zohomail.in", "sophie@zoho.eu", "sophie@duck.com",
                  "sophie@mailfence.com", "sophie@murena.io"):
        assert email_type("Sophie Bertrand", email)["type"] == "individual", email
        assert organisation_of(email)[1] == "individual", email


def test_zohos_own_staff_domain_stays_a_company():
    from auditor.facts.scaling.common import email_type

    assert email_type("Sophie Bertrand", "sophie.bertrand@zohocorp.com")["type"] == "company"


# -- readme: a heading about the development team is no installation ("Composition de l'équipe de développement") -----------------

def test_the_development_team_heading_is_no_installation():
    from auditor.facts.readme_headings import heading_sections

    for heading in ("Composition de l'équipe de développement", "Équipe de développement", "Development team", "Membres de l'équipe de développement",
                    "Our development team"):
        assert "install" not in heading_sections(heading), heading


def test_a_development_setup_heading_stays_an_installation():
    from auditor.facts.readme_headings import heading_sections

    for heading in ("Développement", "Développement local", "Installation pour l'équipe", "Team development setup", "Development"):
        assert "install" in heading_sections(heading), heading


CANTINE_README = ("# Application de Suivi Alimentaire des Cantines\n\n## Contexte\n\nCe site montre aux familles ce que mangent les enfants dans "
                  "les cantines de la ville, menu par menu, avec l'origine des ingrédients et leur part de produits bio.\n\n"
                  "## Fonctionnalités\n\n- Menus du jour\n- Graphiques des ingrédients\n- Carte des cuisines\n\n"
                  "## Technologies Utilisées\n\n- HTML, CSS, Bootstrap\n- D3.js\n\n## Composition de l'équipe de développement\n\n"
                  "- Alice Martin\n- Bruno Petit\n- Chloé Durand\n- David Moreau\n")
PAGE = ('<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n<title>Cantines</title>\n'
        '<link rel="stylesheet" href="css/style.css">\n</head>\n<body>\n<h1>Menus</h1>\n<script src="js/menus.js"></script>\n</body>\n</html>\n')


def test_a_static_site_whose_readme_names_only_its_team_says_nothing_of_publishing_it(tmp_path):
    files = {"README.md": CANTINE_README, "ApplicationWeb/index.html": PAGE, "ApplicationWeb/menu.html": PAGE.replace("Menus", "Menu du jour"),
             "ApplicationWeb/css/style.css": "body { margin: 0; }\n", "ApplicationWeb/js/menus.js": "document.title = 'Menus';\n"}
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.install", "documentation.readme-sections"])
    res = results(report)
    assert "install" not in res["documentation.readme-sections"]["details"].get("found", []), res["documentation.readme-sections"]["message"]
    assert res["reusability.install"]["status"] != "pass", res["reusability.install"]["message"]  # was pass 10 on the team heading


# -- readme: an HTML tagline under the title without a full stop; "👋 Me contacter" over a Discord link -------------------------

PNR_README = ('<h1 align="center">\n    <br>\n    <a href="https://www.example.org/">\n        <img src="https://example.org/logo.png" alt="Logo" width="200">\n'
              '    </a>\n    <br>\n    PNR\n</h1>\n\n<h4 align="center">{tagline}</h4>\n\n'
              '<p align="center">\n  <img src="https://img.shields.io/badge/Non%20maintenu-f77f00" alt="Maintenance">\n</p>\n\n'
              "## ✨ Roadmap\n\n- [x] Créer des observations ✅\n- [ ] Supporter plus d'espèces\n\n"
              "## 🕹️ Langage utilisé\n\n<img src=\"https://skillicons.dev/icons?i=java\" alt=\"Java\" />\n\n"
              "## 👋 Me contacter\n\n<a href=\"https://discordapp.com/users/quelquun\" target=\"_blank\">\n"
              "    <img src=\"https://skillicons.dev/icons?i=discord\" alt=\"Me contacter\">\n</a>\n\n"
              "## © Licence\n\nCe projet est sous licence [MIT](LICENSE).\n")
JAVA_APP = {"pnr/pom.xml": pom(""), "pnr/src/main/java/pnr/App.java": APP}


def test_an_html_tagline_without_a_full_stop_is_the_description_and_me_contacter_the_contact(tmp_path):
    from tests.test_readme_facts_s32e32 import _readme, _section

    info = _readme(tmp_path, PNR_README.format(tagline="Application portable permettant d'effectuer des observations animales sur le terrain"), JAVA_APP)
    assert info["description"] and info["description"]["line"] == 10, info["description"]
    assert _section(info, "purpose") and _section(info, "purpose")["line"] == 10, info["sections"]
    assert "contact" in info["sections"], info["sections"]


def test_a_chapter_name_in_an_html_heading_under_the_title_stays_a_heading(tmp_path):
    from tests.test_readme_facts_s32e32 import _readme

    for tagline in ("Installation pour Windows et Linux", "Observations animales sur le terrain", "Deploy it in one click on Heroku"):
        info = _readme(tmp_path / tagline.split()[0], PNR_README.format(tagline=tagline), JAVA_APP)
        assert info["description"] is None, (tagline, info["description"])


# -- reusability.configuration: BASE_URL destructured from process.env by a browserify front end is the project's own setting ------

def budget_package(dev: dict) -> str:
    import json

    scripts = {"build": "run-s build:env:*",
               "build:env:prod": "cross-env NODE_ENV=production BASE_URL=${BASE_URL:=https://exemple.github.io/budget} browserify src/main.js -o build/app.js",
               # (the developer's watcher sets its own local address: no build-time constant, the deployer gives it to build:env:prod)
               "watch:bundle": "cross-env NODE_ENV=development BASE_URL=http://localhost:3000 watchify src/main.js -o build/app.js"}
    return json.dumps({"name": "budget", "version": "1.0.0", "scripts": scripts, "dependencies": {"react": "^16.8.0"},
                       "devDependencies": dev}, indent=2) + "\n"


RESOURCES = ("export const FINANCE_DATA = 'FINANCE_DATA';\n\nconst {BASE_URL} = process.env;\n\nif (!BASE_URL) {\n"
             "    throw new TypeError('Please define a BASE_URL env variable.');\n}\n\nexport const DATA_URL = `${BASE_URL}/data/finances.json`;\n")
BUDGET = {"index.html": "<!doctype html>\n<html><body><div id=\"app\"></div><script src=\"build/app.js\"></script></body></html>\n",
          "src/main.js": "import React from 'react';\nimport { DATA_URL } from './constants/resources.js';\nfetch(DATA_URL);\n",
          "src/constants/resources.js": RESOURCES,
          "README.md": "# Budget\n\nVisualisation du budget de la commune.\n\n## Installation\n\n```\nnpm install\nnpm run build\n```\n"}


def test_base_url_read_from_process_env_by_a_browserify_front_end_is_a_setting(tmp_path):
    from tests.test_reusability_fixtures import check_result

    r = check_result(tmp_path, {**BUDGET, "package.json": budget_package({"browserify": "^16.0.0", "cross-env": "^5.0.0"})},
                     "reusability.configuration")
    assert r["details"].get("env_vars") == 1 and "BASE_URL" in str(r["evidence"]), (r["message"]["en"], r["details"])  # was: no setting read


def test_base_url_read_in_a_vite_or_vue_cli_app_stays_the_tools(tmp_path):
    from tests.test_reusability_fixtures import check_result

    for dev in ({"vite": "^5.0.0"}, {"@vue/cli-service": "^5.0.0"}):
        r = check_result(tmp_path / next(iter(dev)).strip("@").replace("/", "-"), {**BUDGET, "package.json": budget_package(dev)},
                         "reusability.configuration")
        assert not r["details"].get("env_vars") and "BASE_URL" not in str(r["evidence"]), (dev, r["message"]["en"], r["details"])


# -- readme-sections: a table of environment variables inside the "Déploiement" chapter is the configuration ---------------------

DEPLOY_README = ("# Budget\n\nVisualisation du budget de la commune, comptes administratifs de 2016 à 2023.\n\n## Installer le projet\n\n"
                 "```\nnpm install\n```\n\n## Déploiement\n\n**Remarque** : les étapes de la section `Installer le projet` doivent avoir été "
                 "suivies au préalable.\n\nIl existe 2 environnements :\n\n* **démo autonome** : `npm run build`\n* **développement** : `npm start`\n\n"
                 "{table}\n## Mise à jour des données\n\nDéposez les fichiers XML dans `data/`.\n")
ENV_TABLE = ("| Variable d'environnement  | Valeur par défaut | Utilité\n| ---                       | ---               | ---\n"
             "| `BASE_URL`   | `https://exemple.github.io/budget`  | Explicite où sont hébergées les données.\n"
             "| `NODE_ENV`   | `undefined`  | Optimise les artéfacts lorsque la valeur est `production`.\n")
COMMAND_TABLE = ("| Commande | Effet |\n| --- | --- |\n| `npm run build` | Construit la démo. |\n| `npm start` | Lance le serveur local. |\n")


def test_a_table_of_environment_variables_in_the_deployment_chapter_is_the_configuration(tmp_path):
    from tests.test_readme_facts_s32e32 import _readme

    info = _readme(tmp_path, DEPLOY_README.format(table=ENV_TABLE), {"package.json": budget_package({"browserify": "^16.0.0"})})
    assert "configuration" in info["sections"] and "deployment" in info["sections"], info["sections"]


def test_a_table_of_commands_in_the_deployment_chapter_is_no_configuration(tmp_path):
    from tests.test_readme_facts_s32e32 import _readme

    info = _readme(tmp_path, DEPLOY_README.format(table=COMMAND_TABLE), {"package.json": budget_package({"browserify": "^16.0.0"})})
    assert "configuration" not in info["sections"] and "deployment" in info["sections"], info["sections"]


# -- documentation.docs: a link to the project's own published page (…github.io/<project>/public/, public/index.html) is no docs site --

VIZ_README = ("# budget\n\nVisualisation des comptes administratifs de la commune.\n\n## Présentation de l'outil\n\nL'outil est composé comme suit :\n\n"
              "- 📊 [**Visualisation grand public**][outil-exploration] : la visualisation telle qu'elle sera visible par le grand public ;\n"
              "- 🔢 [**Test des formules**][outil-formules] : formules d'agrégation interactives\n\n{extra}"
              "[outil-exploration]: https://collectivite-exemple.github.io/budget/public/\n"
              "[outil-formules]: https://collectivite-exemple.github.io/budget/formules.html\n")
VIZ_FILES = {"public/index.html": "<!doctype html>\n<html><body><div id=\"app\"></div><script src=\"../build/public.js\"></script></body></html>\n",
             "formules.html": "<!doctype html>\n<html><body><div id=\"formules\"></div></body></html>\n",
             "src/main.js": "export function draw(data) {\n  return data.map((d) => d.montant);\n}\n",
             "package.json": '{"name": "budget", "version": "1.0.0", "scripts": {"build": "browserify src/main.js -o build/app.js"}}\n'}


def docs_fact(tmp_path, readme: str, files: dict) -> dict:
    report = run_audit(build(tmp_path / "r", {"README.md": readme, **files}), tmp_path / "c", ["documentation.docs"])
    return report["facts"]["docs"]


def test_a_link_to_the_projects_own_published_folder_is_no_documentation_site(tmp_path):
    assert docs_fact(tmp_path, VIZ_README.format(extra=""), VIZ_FILES)["site"] == []  # was the …/public/ link


def test_a_link_to_a_published_docs_folder_stays_a_documentation_site(tmp_path):
    readme = VIZ_README.format(extra="Le [guide des données](https://collectivite-exemple.github.io/budget/docs/) décrit les jeux de données.\n\n")
    files = {**VIZ_FILES, "docs/index.html": "<!doctype html>\n<html><body><h1>Guide des données</h1></body></html>\n"}
    site = docs_fact(tmp_path, readme, files)["site"]
    assert [s.get("url") for s in site] == ["https://collectivite-exemple.github.io/budget/docs/"], site


def test_the_pages_root_serving_the_repositorys_own_index_is_no_documentation_site(tmp_path):
    readme = VIZ_README.format(extra="| Variable | Défaut |\n| --- | --- |\n| `BASE_URL` | https://collectivite-exemple.github.io/budget |\n\n")
    assert docs_fact(tmp_path, readme, {**VIZ_FILES, "index.html": "<!doctype html>\n<html><body></body></html>\n"})["site"] == []


def test_the_pages_root_of_a_repository_without_its_own_index_stays_a_site(tmp_path):
    readme = "# budget\n\nVisualisation des comptes.\n\nLe site du projet : https://collectivite-exemple.github.io/budget\n"
    site = docs_fact(tmp_path, readme, {k: v for k, v in VIZ_FILES.items() if k != "public/index.html"})["site"]
    assert [s.get("url") for s in site] == ["https://collectivite-exemple.github.io/budget"], site
