"""A Pug or Slim tag line ending in a space after the tag (`.row `, `div.container `) is a tag with no text: the template reader
crashed on it (IndexError on the words of an empty rest), and since the text scan is one step, 18 of 47 checks ended in error on
the whole repository (issue 12, s44 lead = reader rh44's remifroger/gestion-projet-app, an urban-planning agency's Express app
with Pug views). Near miss: a tag followed by a space and its text keeps that text as the page's text."""

from __future__ import annotations

from auditor.facts.indented_markup import as_html_text
from auditor.facts.textscan import scan
from tests.test_reusability_fixtures import build, run_audit

VIEW = "extends layout\n\nblock content\n  .row \n    .col-md-6 \n      h1 Projets de l'atelier\n      p Liste des études en cours\n"


def test_a_tag_line_ending_in_a_space_reads_as_a_tag_with_no_text():
    out = as_html_text(VIEW, "pug")
    assert len(out.split("\n")) == len(VIEW.split("\n"))
    assert "Projets de l'atelier" in out and "Liste des études en cours" in out, out
    assert scan("views/projets.pug", VIEW) is not None


def test_near_miss_a_tag_then_its_text_keeps_the_text():
    out = as_html_text("div.intro Bienvenue sur l'outil\n", "pug")
    assert ">Bienvenue sur l'outil" in out or "Bienvenue sur l'outil" in out.split(">", 1)[-1], out


def test_the_audit_of_a_pug_app_with_such_a_line_has_no_error(tmp_path):
    files = {"package.json": '{"name": "gestion-projets", "version": "1.0.0", "dependencies": {"express": "^4.18.0", "pug": "^3.0.2"}}\n',
             "app.js": "const express = require('express');\nconst app = express();\napp.set('view engine', 'pug');\n"
                       "app.get('/', (req, res) => res.render('projets'));\napp.listen(3000);\n",
             "views/projets.pug": VIEW, "README.md": "# Gestion de projets\n\nOutil de suivi des études.\n"}
    report = run_audit(build(tmp_path / "app", files), tmp_path / "cache")
    errors = [r["id"] for r in report["results"] if r["status"] == "error"]
    assert not errors, errors
