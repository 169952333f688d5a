"""Session 17 (k2, reader a2): three kinds read wrong, each taking four or five verdicts with it.
- A JavaFX desktop application (Maven, `extends javafx.application.Application`, FXML screens) was a "command-line tool" from its
  Maven main class: its N/A reasons said "a command-line tool".
- A Go command (root main.go, cobra sub-commands in cmd/<name>/) with its Docusaurus documentation site in _site/ was a "static site":
  the ten Go files read for a main were the cmd/ ones sorted before main.go, and the docs site's generator decided.
- A Rails application generated with `rails new --api` (config.api_only = true, only the mailer layouts in app/views) was a "web
  application" whose accessibility was judged.
And the English adjective "frictionless" (a persona's "frictionless development cycle") counted as a Frictionless Data reference."""

from __future__ import annotations

import re

from auditor.facts.format_signals import not_frictionless_prose
from tests.test_kind_first_reads import kind_and_results

POM = ("<project>\n  <groupId>nc.exemple</groupId>\n  <artifactId>annuaire-fx</artifactId>\n  <version>1.0</version>\n  <dependencies>\n"
       "    <dependency><groupId>org.openjfx</groupId><artifactId>javafx-controls</artifactId><version>17</version></dependency>\n"
       "    <dependency><groupId>org.openjfx</groupId><artifactId>javafx-fxml</artifactId><version>17</version></dependency>\n"
       "  </dependencies>\n  <build><plugins><plugin><groupId>org.openjfx</groupId><artifactId>javafx-maven-plugin</artifactId>\n"
       "    <configuration><mainClass>nc.exemple.AnnuaireApp</mainClass></configuration></plugin></plugins></build>\n</project>\n")
FX_APP = {
    "README.md": "# Annuaire\n\nApplication de bureau JavaFX pour consulter l'annuaire.\n\n## Installation\n\n`mvn javafx:run`\n",
    "pom.xml": POM,
    "src/main/java/nc/exemple/AnnuaireApp.java": (
        "package nc.exemple;\n\nimport javafx.application.Application;\nimport javafx.fxml.FXMLLoader;\nimport javafx.scene.Scene;\n"
        "import javafx.stage.Stage;\n\npublic class AnnuaireApp extends Application {\n    public static void main(String[] args) {\n"
        "        launch(args);\n    }\n\n    @Override\n    public void start(Stage stage) throws Exception {\n"
        "        stage.setScene(new Scene(FXMLLoader.load(getClass().getResource(\"Annuaire.fxml\"))));\n        stage.show();\n    }\n}\n"),
    "src/main/java/nc/exemple/AnnuaireController.java": "package nc.exemple;\n\npublic class AnnuaireController {\n    public void chercher() {}\n}\n",
    "src/main/java/nc/exemple/Main.java": "package nc.exemple;\n\npublic class Main {\n    public static void main(String[] args) {\n"
                                          "        AnnuaireApp.main(args);\n    }\n}\n",
    "src/main/resources/nc/exemple/Annuaire.fxml": "<?xml version=\"1.0\"?>\n<VBox xmlns:fx=\"http://javafx.com/fxml\"><Button text=\"Chercher\"/></VBox>\n",
}


def test_a_javafx_application_is_a_desktop_application_not_a_command(tmp_path):
    project, res = kind_and_results(tmp_path, FX_APP, ["interoperability.auth", "documentation.docs"])
    assert project["kind"] == "desktop-application" and project["kind_decided"], project
    assert project["kind_evidence"][0]["path"] == "src/main/java/nc/exemple/AnnuaireApp.java", project["kind_evidence"]
    assert "desktop application" in res["interoperability.auth"]["message"]["en"], res["interoperability.auth"]["message"]
    # (installed on a desktop, not deployed on a server: no deployment guide asked)
    assert "deployment" not in res["documentation.docs"]["details"].get("missing", []), res["documentation.docs"]["message"]


def test_a_swing_program_is_a_desktop_application_and_a_java_command_stays_a_command(tmp_path):
    swing = {"README.md": "# Convertisseur\n", "pom.xml": POM.replace("javafx-maven-plugin", "exec-maven-plugin"),
             "src/main/java/nc/exemple/Fenetre.java": "package nc.exemple;\n\nimport javax.swing.JFrame;\n\npublic class Fenetre extends JFrame {\n"
                                                      "    public static void main(String[] args) {\n        new Fenetre().setVisible(true);\n    }\n}\n"}
    project, _ = kind_and_results(tmp_path / "swing", swing, [])
    assert project["kind"] == "desktop-application", project
    # (an Android-like Application subclass, or a main without a window, opens no desktop window)
    cli = {"README.md": "# Export\n", "pom.xml": POM.replace("javafx-maven-plugin", "exec-maven-plugin"),
           "src/main/java/nc/exemple/Export.java": "package nc.exemple;\n\nimport android.app.Application;\n\npublic class Export extends Application {\n"
                                                   "    public static void main(String[] args) {\n        System.out.println(args[0]);\n    }\n}\n"}
    project, _ = kind_and_results(tmp_path / "cli", cli, [])
    assert project["kind"] == "cli-tool", project


def _go_cli() -> dict:
    files = {"README.md": "# geo\n\nA command-line tool to check end-of-life dates.\n\n## Install\n\n`go install`\n",
             "go.mod": "module github.com/exemple/geo\n\ngo 1.22\n\nrequire github.com/spf13/cobra v1.8.0\n",
             "main.go": "package main\n\nimport \"github.com/exemple/geo/cmd\"\n\nfunc main() {\n\tcmd.Execute()\n}\n",
             "cmd/root.go": "package cmd\n\nimport \"github.com/spf13/cobra\"\n\nvar rootCmd = &cobra.Command{Use: \"geo\"}\n\nfunc Execute() { rootCmd.Execute() }\n",
             "_site/docusaurus.config.js": "module.exports = {title: 'geo', url: 'https://exemple.github.io'};\n",
             "_site/package.json": '{"name": "geo-site", "private": true, "dependencies": {"@docusaurus/core": "3.9.2", "react": "^19.0.0", "react-dom": "^19.0.0"}}\n',
             "_site/src/pages/index.jsx": "import React from 'react';\nexport default function Home() { return <main>geo</main>; }\n",
             "_site/src/pages/search.jsx": "import React from 'react';\nexport default function Search() { return <input/>; }\n",
             "_site/lighthouse-report.html": "<html><body><h1>Lighthouse</h1></body></html>\n",
             "_site/docs/intro.md": "# Introduction\n"}
    for name in ("check", "export", "list", "product", "tag", "about"):  # (sub-command packages sorted before main.go)
        files[f"cmd/{name}/{name}.go"] = f"package {name}\n\nimport \"github.com/spf13/cobra\"\n\nvar Cmd = &cobra.Command{{Use: \"{name}\"}}\n"
        files[f"cmd/{name}/helpers.go"] = f"package {name}\n\nfunc helper() int {{ return 1 }}\n"
    return files


def test_a_go_command_with_its_docs_site_in_a_folder_is_a_command_line_tool(tmp_path):
    project, res = kind_and_results(tmp_path, _go_cli(), ["interoperability.auth"])
    assert project["kind"] == "cli-tool" and project["kind_decided"], project
    assert project["kind_evidence"][0]["path"] == "main.go", project["kind_evidence"]
    assert "command-line tool" in res["interoperability.auth"]["message"]["en"], res["interoperability.auth"]["message"]


def test_a_site_in_a_folder_beside_one_deployment_script_stays_a_static_site(tmp_path):
    site = {"README.md": "# Site de la ville\n", "website/hugo.toml": "title = 'Ville'\n", "website/content/_index.md": "# Accueil\n",
            "website/layouts/index.html": "<html>{{ .Content }}</html>\n", "website/static/app.js": "console.log(1);\n",
            "website/static/menu.js": "console.log(2);\n",
            "deploy.py": "import argparse\n\nif __name__ == \"__main__\":\n    argparse.ArgumentParser().parse_args()\n"}
    project, _ = kind_and_results(tmp_path, site, [])
    assert project["kind"] == "static-site", project


RAILS_API = {
    "README.md": "# Documents\n\nAPI d'indexation des documents.\n",
    "Gemfile": "source 'https://rubygems.org'\n\ngem 'rails', '~> 5.0.0'\ngem 'puma', '~> 3.0'\n# Use ActiveModel has_secure_password\n"
               "# gem 'bcrypt', '~> 3.1.7'\ngem 'elasticsearch-model'\n",
    "config.ru": "require_relative 'config/environment'\nrun Rails.application\n",
    "config/application.rb": "require_relative 'boot'\nrequire 'rails/all'\n\nmodule Documents\n  class Application < Rails::Application\n"
                             "    config.api_only = true\n  end\nend\n",
    "config/routes.rb": "Rails.application.routes.draw do\n  resources :documents\nend\n",
    "app/controllers/application_controller.rb": "class ApplicationController < ActionController::API\nend\n",
    "app/controllers/documents_controller.rb": "class DocumentsController < ApplicationController\n  def index\n"
                                               "    render json: Document.all\n  end\nend\n",
    "app/models/document.rb": "class Document < ApplicationRecord\nend\n",
    "app/mailers/application_mailer.rb": "class ApplicationMailer < ActionMailer::Base\n  layout 'mailer'\nend\n",
    "app/views/layouts/mailer.html.erb": "<html>\n  <body>\n    <%= yield %>\n  </body>\n</html>\n",
    "app/views/layouts/mailer.text.erb": "<%= yield %>\n",
}


def test_a_rails_api_only_application_is_an_api_service(tmp_path):
    project, res = kind_and_results(tmp_path, RAILS_API, ["interoperability.accessibility-and-ecodesign"])
    assert project["kind"] == "api-service" and project["kind_decided"], project
    assert res["interoperability.accessibility-and-ecodesign"]["status"] == "not_applicable", res["interoperability.accessibility-and-ecodesign"]
    # (without config.api_only, the same application with its pages is a web application)
    pages = dict(RAILS_API, **{"config/application.rb": RAILS_API["config/application.rb"].replace("    config.api_only = true\n", ""),
                               "app/views/documents/index.html.erb": "<h1>Documents</h1>\n"})
    project, _ = kind_and_results(tmp_path / "pages", pages, [])
    assert project["kind"] == "web-application", project


def test_frictionless_as_an_adjective_is_no_frictionless_data_reference():
    def accepted(text: str) -> bool:
        return not_frictionless_prose(re.search("frictionless", text, re.I))

    assert not accepted("- **Build features quickly:** Have a smooth and frictionless development cycle.")
    assert accepted("frictionless validate data/arrets.csv --schema schema.json")
    assert accepted("We publish it as Frictionless Data.")
    assert accepted("frictionless>=5.0\n")
    assert accepted("import frictionless\n")


def test_a_rails_api_with_commented_gemfile_lines_has_no_sign_in_and_writes_json(tmp_path):
    """sipf/documents-api: Rails' generated Gemfile comments ("# Use ActiveModel has_secure_password", "# gem 'bcrypt'") were read as
    a local-accounts sign-in (auth fail 3), and `render json: @documents` was no JSON written (data-standards "no open format")."""
    _, res = kind_and_results(tmp_path, RAILS_API, ["interoperability.auth", "interoperability.data-standards"])
    assert res["interoperability.auth"]["status"] != "fail", res["interoperability.auth"]["message"]
    assert "JSON" in res["interoperability.data-standards"]["message"]["en"], res["interoperability.data-standards"]["message"]
