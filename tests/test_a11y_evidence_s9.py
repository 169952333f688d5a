"""Session 9 (f5): interoperability.accessibility-and-ecodesign judged what it had not measured (session 8's first reads): a Python
command-line parser whose only templates are its text reports (cbn-alpin/geonature-import-parser: Pipfile's jinja2 and
templates/reports/*.txt.j2) got fail 2.0 on RGAA/RGESN; and "Present: font budget, image formats" was said of six repositories
that have no font file and no image at all (a budget kept by having nothing, not a measured one)."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

A11Y = "interoperability.accessibility-and-ecodesign"


def test_a_cli_rendering_text_reports_with_jinja2_has_no_web_interface(tmp_path):
    files = {"Pipfile": "[packages]\njinja2 = \"*\"\nclick = \"*\"\n\n[requires]\npython_version = \"3.9\"\n",
             "Pipfile.lock": "{}", "README.md": "# Import parser\n\nTransforme des CSV du format d'échange SINP en imports GeoNature.\n",
             "bin/gn_import_parser.py": "#!/usr/bin/env python3\nfrom import_parser.cli import main\n\nmain()\n",
             "import_parser/cli.py": ("import click\nfrom jinja2 import Environment, PackageLoader\n\n\n@click.command()\n@click.option('--type', '-t')\n"
                                      "def main(type):\n    env = Environment(loader=PackageLoader('import_parser'))\n"
                                      "    print(env.get_template('reports/user.txt.j2').render(n=1))\n"),
             "import_parser/templates/reports/user.txt.j2": "Utilisateurs importés : {{ n }}\n",
             "import_parser/templates/reports/synthese.txt.j2": "Observations : {{ n }}\n{% for l in lines %}{{ l }}\n{% endfor %}\n"}
    res = judge(tmp_path, files, [A11Y])[1][A11Y]
    assert res["status"] == "not_applicable", res


def test_no_font_and_no_image_is_said_not_counted_as_a_measured_budget(tmp_path):
    files = {"requirements.txt": "Flask==2.2.2\n", "README.md": "# Outil\n\nUne petite application web.\n",
             "app.py": ("from flask import Flask, render_template\n\napp = Flask(__name__)\n\n\n@app.route('/')\ndef index():\n"
                        "    return render_template('index.html')\n"),
             "templates/index.html": "<!doctype html><html lang=\"fr\"><body><h1>Outil</h1></body></html>\n",
             "static/style.css": "body { font-family: sans-serif; }\n"}
    res = judge(tmp_path, files, [A11Y])[1][A11Y]
    assert "font budget (no font file of the project's own)" in res["message"]["en"], res["message"]
    assert "image formats (no PNG, JPEG… image in the interface)" in res["message"]["en"]
    assert "aucune police propre au projet" in res["message"]["fr"]


def test_a_maven_sites_pictures_are_documentation_not_the_interfaces_images(tmp_path):
    """Lutece plugins (greetingscard, elk-plugin-kibana): src/site/resources/images/*.png, the screenshots of the Maven site, were
    the interface's images 'to convert to WebP'."""
    files = {"pom.xml": "<project><artifactId>plugin-greetingscard</artifactId><packaging>lutece-plugin</packaging></project>\n",
             "webapp/WEB-INF/templates/skin/plugins/greetingscard/create.html": "<form><input name=\"sender_name\"></form>\n",
             "src/java/fr/paris/lutece/plugins/greetingscard/web/GreetingsCardApp.java": "package fr.paris.lutece.plugins.greetingscard.web;\npublic class GreetingsCardApp {}\n",
             "src/site/resources/images/user/create_greetingscard.png": b"\x89PNG\r\n\x1a\n" + bytes(64),
             "src/site/fr/resources/images/manage.jpg": b"\xff\xd8\xff\xe0" + bytes(64)}
    res = judge(tmp_path, files, [A11Y])[1][A11Y]
    assert res["status"] != "not_applicable" and not any("src/site/" in (e.get("path") or "") for e in res["evidence"]), res


def test_a_lutece_plugins_statements_are_the_host_sites(tmp_path):
    """Session 8's reads called 'missing: RGAA statement, RGESN statement' on Lutece plugins debatable, and wrong on a workflow
    module (eudonet-module-workflow-eudonetforms): a plugin's pages are published by the Lutece site, whose statements they are."""
    files = {"pom.xml": "<project><artifactId>module-workflow-eudonetforms</artifactId><packaging>lutece-plugin</packaging></project>\n",
             "webapp/WEB-INF/templates/admin/plugins/workflow/modules/eudonet/task_config.html": "<form><select name=\"table\"></select></form>\n",
             "src/java/fr/paris/lutece/plugins/workflow/modules/eudonet/service/EudonetTask.java":
                 "package fr.paris.lutece.plugins.workflow.modules.eudonet.service;\npublic class EudonetTask {}\n"}
    res = judge(tmp_path, files, [A11Y])[1][A11Y]
    assert res["message"]["en"].startswith("A plugin of Lutece: the RGAA and RGESN statements are those of the Lutece site"), res
    assert "RGAA statement" not in res["message"]["en"].split("missing:")[-1] and "site Lutece qui l'accueille" in res["message"]["fr"]


def test_an_mkdocs_sites_pictures_in_docs_are_its_pages_images(tmp_path):
    """Session 12 (r1): an agglomeration's MkDocs knowledge base, its logo, favicon and home picture in docs/assets/images/*.png, was
    told 'no PNG, JPEG… image in the interface': docs/ is the site's own pages there, not the documentation of another interface."""
    png = b"\x89PNG\r\n\x1a\n" + bytes(64)
    files = {"mkdocs.yml": ("site_name: Base documentaire SIG\ntheme:\n  name: material\n  custom_dir: theme\n  logo: assets/images/logo.png\n"
                            "  favicon: assets/images/favicon.png\nnav:\n  - Accueil: index.md\n  - PostgreSQL: postgresql.md\n"),
             "requirements.txt": "mkdocs-material==9.5.18\n", "README.md": "# Base documentaire\n\nLes articles du service SIG.\n",
             "docs/index.md": "# Accueil\n\nLes articles du service SIG de l'agglomération.\n",
             "docs/postgresql.md": "# Installer PostgreSQL\n\n![Écran](assets/images/pg/install.png)\n",
             "docs/assets/images/logo.png": png, "docs/assets/images/favicon.png": png, "docs/assets/images/pg/install.png": png,
             "theme/home.html": "{% extends \"main.html\" %}\n{% block content %}<img src=\"assets/images/logo.png\" alt=\"\">{% endblock %}\n"}
    report, res = judge(tmp_path, files, [A11Y])
    assert report["facts"]["project"]["kind"] == "static-site"
    assert "no PNG, JPEG" not in res[A11Y]["message"]["en"] and "image formats" in res[A11Y]["message"]["en"].split("missing:")[1], res[A11Y]["message"]
    assert res[A11Y]["details"]["raster_images"] == 2  # (its favicon.png is an icon, of a required format: left out since s20)
    assert res[A11Y]["details"]["icons_left_out"] == 1
