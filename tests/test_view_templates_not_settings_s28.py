"""A template engine's page is no settings template (issue 12, session 28 lead = reader r4b, inrae/esfc).

A CodeIgniter application keeps its 267 Smarty pages under app/Views/templates/*.tpl; one of them, app_js.tpl (empty), was given as
the project's settings template (`facts.files.env_template`), because "app" followed by ".tpl" read as a settings file with a
"template" suffix. Under a views/templates folder ".tpl" is the engine's extension; a name that says settings stays a template."""

from __future__ import annotations

from tests.test_reusability_fixtures import build
from tests.test_project_kind import run

README = "# Suivi\n\nApplication de suivi des élevages expérimentaux.\n"
PAGES = {"app/Views/templates/app_js.tpl": "", "app/Views/templates/about_fr.tpl": "<h1>{t}À propos{/t}</h1>\n",
         "app/Views/templates/bassin/bassinList.tpl": "<table>{foreach $data as $row}<tr></tr>{/foreach}</table>\n",
         "app/Controllers/Bassin.php": "<?php\nclass Bassin { public function list() { return view('bassin/bassinList'); } }\n",
         "README.md": README}


def _files(tmp_path, extra, name):
    report = run(build(tmp_path / name, {**PAGES, **extra}), tmp_path / f"c-{name}", only=["documentation.readme"])
    return report["facts"]["files"]


def test_view_pages_are_no_settings_template(tmp_path):
    assert _files(tmp_path, {}, "views")["env_template"] is None


def test_a_settings_template_among_the_views_stays_one(tmp_path):
    f = _files(tmp_path, {"app/Views/templates/config.tpl": "db_host = \"localhost\"\ndb_password = \"changeme\"\n"}, "conf")
    assert f["env_template"] == "app/Views/templates/config.tpl", f
