"""Facts on State repositories (issue 12, session 18, k1: reader c3's wrong facts).
- a Rust GUI's view module src/views/config_export_template.rs, or a Django view application_template.py, is source code, not a
  configuration template to copy (files.env_template);
- `.environment.template`, the README saying to copy it to `.environment`, is the configuration template;
- a root LICENSE/ folder holding the licence's texts under their own names ("EUPL v1_2 EN.txt") holds the project's licence files;
- (kinds, outside the count) a Rails API-only application with a static public/index.html is an API service; a Rust program on
  a desktop toolkit (Dioxus desktop, Tauri, egui…) is a desktop application."""

from __future__ import annotations

from tests.test_dashboard_viewer_verdicts import license_text
from tests.test_local_authority_verdicts import judge
from tests.test_state_files_s9 import files_fact

CARGO = '[package]\nname = "empreinte"\nversion = "1.2.0"\nedition = "2021"\nlicense = "EUPL-1.2"\n\n[dependencies]\ndioxus = "0.6"\n'
DESKTOP = {"README.md": "# Empreinte\n\n## Build\n\n```\ncargo build --release\n```\n\n## Configuration\n\n"
                        "The settings are kept in config.toml and modified through the graphical interface.\n",
           "Cargo.toml": CARGO, "src/main.rs": "mod views;\n\nfn main() {\n    dioxus::launch(views::App);\n}\n",
           "src/views/mod.rs": "pub mod config_export_template;\n",
           "src/views/config_export_template.rs": "use dioxus::prelude::*;\n\n#[component]\npub fn ExportTemplateConfig() -> Element {\n"
                                                  "    rsx! { textarea { \"{{name}} {{hash}}\" } }\n}\n"}


def test_a_source_module_named_config_template_is_no_configuration_template(tmp_path):
    assert files_fact(tmp_path, DESKTOP)["env_template"] is None
    # nor a web application's view serving a spreadsheet model (elec/api/application_template.py)
    django = {"README.md": "# Relevés\n\nDéclaration des relevés.\n", "requirements.txt": "django==5.0\n",
              "elec/api/application_template.py": "from django.views.decorators.http import require_GET\n\n\n@require_GET\n"
                                                  "def application_template(request):\n    return None\n"}
    assert files_fact(tmp_path / "dj", django)["env_template"] is None
    # counterparts: a settings file shipped to copy, as a script or a data file, still is one
    php = {**django, "config/config_template.php": "<?php\n$DB_HOST = 'localhost';\n$DB_PASSWORD = 'changeme';\n"}
    assert files_fact(tmp_path / "php", php)["env_template"] == "config/config_template.php"
    yml = {**DESKTOP, "config.example.toml": "[hash]\nalgorithm = \"sha256\"\n"}
    assert files_fact(tmp_path / "toml", yml)["env_template"] == "config.example.toml"


NEST = {"README.md": "# Connect\n\n## Pré-requis\n\nNode 20.\n\n## Récupérer les variables d'environnement\n\n"
                     "Créer un fichier `.environment` en copiant le `.environment.template`, puis lancer `yarn vault:pull`.\n",
        "package.json": '{"name": "connect", "license": "MIT", "dependencies": {"@nestjs/core": "^10.0.0"}}\n',
        ".environment.template": "DOTVAULT_KEY=\n\n# vault\nVAULT_PATH=apps/connect\n\n# custom\nPORT=5050\n",
        "src/main.ts": "import { NestFactory } from '@nestjs/core'\nconst port = process.env.PORT\n"}


def test_a_dot_environment_template_is_the_configuration_template(tmp_path):
    assert files_fact(tmp_path, NEST)["env_template"] == ".environment.template"


def test_a_licence_folder_holds_the_projects_licence_texts(tmp_path):
    eupl = license_text("EUPL-1.2")
    files = {**DESKTOP, "LICENSE/EUPL v1_2 EN.txt": eupl, "LICENSE/EUPL v1_2 FR.txt": eupl, "LICENSE/Logo_EUPL.png": b"\x89PNG\r\n",
             "README.md": DESKTOP["README.md"] + "\n## Licence\n\nA copy of this license is available in the `LICENSE` directory.\n"}
    report, _ = judge(tmp_path, files, ["licensing.open-license"], name="folder")
    lic = report["facts"]["license"]
    assert lic["files"] == ["LICENSE/EUPL v1_2 EN.txt", "LICENSE/EUPL v1_2 FR.txt"], lic["files"]
    assert lic["spdx"] == "EUPL-1.2", lic
    # beside a root licence file, both are listed
    report, _ = judge(tmp_path, {**files, "LICENSE.txt": eupl}, ["licensing.open-license"], name="both")
    lic = report["facts"]["license"]
    assert lic["files"] == ["LICENSE.txt", "LICENSE/EUPL v1_2 EN.txt", "LICENSE/EUPL v1_2 FR.txt"], lic["files"]
    assert lic["spdx"] == "EUPL-1.2" and not lic["disagreements"], lic


def test_a_rails_api_only_application_with_a_public_landing_page_is_an_api_service(tmp_path):
    # (kind, outside the count: a Rails API's public/index.html says "install the front end", the API serves no page)
    from tests.test_kind_first_reads import kind_and_results
    from tests.test_kinds_s17_k2 import RAILS_API

    landing = {**RAILS_API, "public/index.html": "<!DOCTYPE html>\n<html>\n  <body>\n    <p>Le back-end est configuré. Installez l'application "
                                                 "front-end pour continuer.</p>\n  </body>\n</html>\n", "public/favicon.ico": b"\x00\x00\x01\x00"}
    project, _ = kind_and_results(tmp_path, landing, [])
    assert project["kind"] == "api-service" and project["kind_decided"], project


CARGO_GUI = CARGO.replace('dioxus = "0.6"', 'dioxus = { version = "0.6", features = ["desktop", "router"] }')


def test_a_rust_program_on_a_desktop_toolkit_is_a_desktop_application(tmp_path):
    # (kind, outside the count: a Dioxus desktop tool's src/main.rs opens a window, it is no command-line tool)
    from tests.test_kind_first_reads import kind_and_results

    project, res = kind_and_results(tmp_path, {**DESKTOP, "Cargo.toml": CARGO_GUI}, ["interoperability.data-standards"])
    assert project["kind"] == "desktop-application" and project["kind_evidence"][0]["path"] == "Cargo.toml", project
    # a desktop program processing the files it is given, with no data of its own, expects no data schema (as a command would)
    assert res["interoperability.data-standards"]["status"] == "not_applicable", res["interoperability.data-standards"]
    # or its main.rs asks Windows for no console (a graphical program), whatever its toolkit
    main = "#![cfg_attr(windows, windows_subsystem = \"windows\")]\n\n" + DESKTOP["src/main.rs"]
    project, _ = kind_and_results(tmp_path / "sub", {**DESKTOP, "src/main.rs": main}, [])
    assert project["kind"] == "desktop-application", project
    # counterpart: a binary crate on clap stays a command-line tool
    cli = {**DESKTOP, "Cargo.toml": CARGO.replace('dioxus = "0.6"', 'clap = "4"'),
           "src/main.rs": "use clap::Parser;\n\n#[derive(Parser)]\nstruct Args { input: String }\n\nfn main() {\n    let _a = Args::parse();\n}\n"}
    project, _ = kind_and_results(tmp_path / "cli", cli, [])
    assert project["kind"] == "cli-tool", project
