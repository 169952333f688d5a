"""README sections given by what a chapter or a sentence shows (issue 12, reader a1's six README verdicts, fixer k4 of session 17):
- "## Routes" over tables of an API's routes (method, route, body, response) is its usage;
- numbered steps acting on a graphical interface ("1. Click *Add row*") are the tool's usage (a QGIS plugin's dialog);
- numbered steps that run the project's script ("4. Run the script" over `npm run …`) are its usage (an import script);
- "For production purpose … your vhost … (on apache or nginx)" is the deployment;
- "The map can be configured with 4 parameters" is the configuration.
Each with a counterpart that keeps the earlier reading."""

from __future__ import annotations

from tests.test_readme_state_s12 import readme_fact


def _sections(tmp_path, text: str) -> dict:
    fact = readme_fact(tmp_path, text)
    return {d["name"]: (d["via"], d["line"], d["text"]) for d in fact["section_details"]}


STORE = ("# Parcel store\n\nA REST API that keeps the pictures attached to the parcels of a cadastre viewer.\n\n"  # 1, 3
         "## Routes\n\nThe tables below give each route, its request body and its answer.\n\n"  # 5
         "### Pictures\n\n"  # 9
         "| Method | Route | Request body | Response |\n|---|---|---|---|\n"
         "| **`GET`** | `/:parcel/pictures/:name` | None | `BLOB`: the picture |\n"
         "| **`POST`** | `/:parcel/pictures/` | multipart form, field `picture` | `JSON`: its new name |\n\n"
         "## Start\n\n```\nnpm install\nnpm run api\n```\n")


def test_a_chapter_of_route_tables_is_the_usage(tmp_path):
    assert _sections(tmp_path, STORE)["usage"][:2] == ("heading", 5)
    # counterpart: a table of the app's pages (no method column) is no usage
    pages = STORE.replace("| Method | Route |", "| Page | Route |").replace("**`GET`**", "Parcel").replace("**`POST`**", "Upload")
    assert "usage" not in _sections(tmp_path / "p", pages)


DIALOG = ("# Viewer-config\n\nA QGIS plugin that writes the settings file of a web map viewer from a QGIS project.\n\n"  # 1, 3
          "## Layers\n\nThis tab lists the layers the viewer shows.\n\n"  # 5
          "### Adding a layer\n\n"  # 9
          "1. Click *Add row* to create a new line\n2. Fill every cell: `name`, `title`, `visible`\n\n"
          "### Removing a layer\n\n1. Select the line to remove\n2. Click *Delete row*\n")


def test_numbered_steps_on_a_dialog_are_the_usage(tmp_path):
    assert _sections(tmp_path, DIALOG)["usage"][:2] == ("heading", 9)
    # counterparts: steps installing the plugin through QGIS's manager are no usage; steps without a click or a tick neither
    install = DIALOG.replace("1. Click *Add row* to create a new line", "1. Click *Plugins > Manage and Install Plugins*").split("### Removing")[0]
    assert "usage" not in _sections(tmp_path / "i", install)
    plain = ("# Guide\n\nHow to license a project well.\n\n## Background\n\n1. Choose and provide licenses\n"
             "2. Add copyright and licensing information to each file\n3. Confirm compliance\n")
    assert "usage" not in _sections(tmp_path / "c", plain)


IMPORT = ("# Import pictograms\n\nImport pictograms and their labels into a communication board.\n\n"  # 1, 3
          "## From the shared drive\n\n"  # 5
          "1. Export the sheet's two tabs as `csv`\n\n2. Copy both files to the `import` directory\n\n"
          "3. Get the pictograms folder and extract it to the `images` directory\n\n"
          "4. Run the script\n\n```\nnpm run csv-to-board &> import.log\n```\n\n"
          "5. Copy the content of the `./export` folder to the board project.\n")


def test_numbered_steps_running_the_script_are_the_usage(tmp_path):
    assert _sections(tmp_path, IMPORT)["usage"][:2] == ("heading", 5)
    # counterparts: steps whose command runs the tests, or the database's migrations, are no usage
    assert "usage" not in _sections(tmp_path / "t", IMPORT.replace("npm run csv-to-board &> import.log", "npm test"))
    migrations = IMPORT.replace("4. Run the script", "4. Run the migrations").replace("npm run csv-to-board &> import.log", "node ace migration:run")
    assert "usage" not in _sections(tmp_path / "m", migrations)


API = ("# Board API\n\nLaravel based api for the board.\n\n## Setup :\n\nUpdate the php dependencies with\n> composer update\n\n"  # 1, 3, 5
       "Migrate the db with\n> php artisan migrate\n\n"
       "For production purpose you should change your .htaccess (/public)\nand your vhost to serve your api (on apache or nginx)\n")  # 13


def test_a_sentence_on_the_production_web_server_is_the_deployment(tmp_path):
    assert _sections(tmp_path, API)["deployment"][:2] == ("sentence", 13)
    # counterpart: the development server alone is no deployment
    dev = API.replace("For production purpose you should change your .htaccess (/public)\nand your vhost to serve your api (on apache or nginx)",
                      "For development purpose you can use\n> php artisan serve")
    assert "deployment" not in _sections(tmp_path / "d", dev)


MAP = ("# Web GIS\n\nA GIS web client that edits the layers of a WFS server.\n\n## Map\n\n"  # 1, 3, 5
       "The map can be configure with 3 parameters :\n- `x` : the latitude of the center,\n- `y` : the longitude of the center,\n"  # 7
       "- `minZoom` : the minimum zoom.\n")


def test_a_sentence_naming_the_parameters_is_the_configuration(tmp_path):
    assert _sections(tmp_path, MAP)["configuration"][:2] == ("sentence", 7)
    # counterpart: a map that shows parameters is no configuration
    assert "configuration" not in _sections(tmp_path / "s", MAP.replace("can be configure with", "shows"))


MODULE = ("# Module Forms Heatmap\n\n## Introduction\n\nA heat map of the form responses, for the multiview page.\n\n"  # 1, 3, 5
          "## Configuration\n\nAdd this module to your site:\n```xml\n<dependency>\n    <groupId>org.example.plugins</groupId>\n"  # 7, 9, 10, 11
          "    <artifactId>module-forms-heatmap</artifactId>\n    <version>[1.0.0]</version>\n</dependency>\n```\n\n"
          "## Usage\n\nThe heat map shows on the multiview page when the module is enabled.\n")


def test_a_maven_dependency_block_is_the_installation(tmp_path):
    assert _sections(tmp_path, MODULE)["install"][:2] == ("sentence", 11)
    # counterpart: a block of the module's settings (no dependency) is no installation
    settings = MODULE.replace("<dependency>\n    <groupId>org.example.plugins</groupId>\n    <artifactId>module-forms-heatmap</artifactId>\n"
                              "    <version>[1.0.0]</version>\n</dependency>", '<alias name="forms-heatmap.provider" alias="forms.map"/>')
    assert "install" not in _sections(tmp_path / "s", settings)
