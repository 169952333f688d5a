"""The inventory classifies every path once; other facts ask it (one rule for community files,
lockfiles, manifests, documentation, vendored code, languages)."""

from __future__ import annotations

from datetime import date

import pytest

from auditor.engine import AuditOptions, audit
from auditor.facts.inventory import CATEGORIES, classify, community_kind, is_vendored, language
from auditor.report import validate_report


@pytest.mark.parametrize("path,category,lang", [
    ("src/app.py", "source", "Python"),
    ("app/components/Carte.vue", "source", "Vue"),
    ("web/src/lib/Map.svelte", "source", "Svelte"),
    ("sql/functions/calcul_surface.pgsql", "source", "PL/pgSQL"),
    ("sql/schema.sql", "source", "SQL"),
    ("analyse/app.R", "source", "Shiny app"),
    ("analyse/stats.R", "source", "R"),
    ("notebooks/exploration.ipynb", "source", "Jupyter Notebook"),
    ("qgis/projet_plu.qgz", "source", "QGIS project"),
    ("styles/zonage.sld", "source", "SLD style"),
    ("tests/test_app.py", "test", "Python"),
    ("src/utils.test.ts", "test", "TypeScript"),
    ("docs/guide/installation.md", "documentation", None),
    ("docs/conf.py", "documentation", "Python"),
    ("app/guides/utilisation.md", "documentation", None),
    ("rapport/Manuel utilisateur.pdf", "documentation", None),
    ("README.md", "community", None),
    ("LICENCE", "community", None),
    ("COPYING", "community", None),
    ("COMMENT_CONTRIBUER.md", "community", None),
    ("docs/CODE_OF_CONDUCT.md", "community", None),
    (".github/SECURITY.md", "community", None),
    ("CHANGELOG.md", "community", None),
    ("package-lock.json", "lockfile", None),
    ("front/yarn.lock", "lockfile", None),
    ("package.json", "manifest", None),
    ("requirements-dev.txt", "manifest", None),
    ("pyproject.toml", "manifest", None),
    (".env.example", "configuration", None),
    ("deploy/.env.model", "configuration", None),
    (".env.dist", "configuration", None),
    ("docker-compose.yml", "configuration", None),
    ("Dockerfile", "configuration", None),
    ("data/communes.csv", "data", None),
    ("data/parcelles.gpkg", "data", None),
    ("data/limites.geojson", "data", None),
    ("static/img/logo.png", "asset", None),
    ("vendor/autoload.php", "vendored", "PHP"),
    ("lib/extLibs/proj4.js", "vendored", "JavaScript"),
    ("libs/carte/carte.js", "source", "JavaScript"),  # libs/ is decided from content (a package mark, a banner), not from its name
    ("third_party/x.c", "vendored", "C"),
    ("balades/formulaire/PHPMailer/SMTP.php", "vendored", "PHP"),
    ("balades/formulaire/envoiMail.php", "source", "PHP"),
    ("node_modules/a/index.js", "vendored", "JavaScript"),
    ("static/js/jquery.min.js", "vendored", "JavaScript"),
    ("static/css/bootstrap.min.css", "vendored", "CSS"),
    ("dist/app.js", "build", "JavaScript"),
    ("app/static/app.js.map", "generated", None),
    ("blog/migrations/0001_initial.py", "generated", "Python"),
])
def test_every_kind_of_path_gets_one_category(path, category, lang):
    assert classify(path) == (category, lang)


def test_one_rule_for_community_files():
    assert community_kind("COMMENT_CONTRIBUER.md") == "contributing"
    assert community_kind("CODE_DE_CONDUITE.md") == "code_of_conduct"
    assert community_kind("LICENSE.license") is None  # a REUSE companion file
    assert community_kind("main.py") is None
    assert language("app/server.R") == "Shiny app" and is_vendored("a/extLibs/b.js")


def test_the_inventory_fact_is_in_the_report_and_files_and_docs_agree(repo, tmp_path):
    bundled = "/*! jQuery v3.7.1 | (c) OpenJS Foundation and other contributors | jquery.org/license */\n!function(){}();\n"
    own = "// Carte interactive des équipements\nexport function carte() { return 1; }\n"
    path = repo([{"files": {
        "README.md": "# Projet\n\nUn outil.\n", "COMMENT_CONTRIBUER.md": "# Contribuer\n\nLancez pytest.\n",
        "src/app.py": "print(1)\n", "lib/jquery.js": bundled, "lib/carte.js": own, "tests/test_app.py": "def test(): pass\n",
        "docs/index.md": "# Docs\n", "package-lock.json": "{}", "package.json": "{}", "data/communes.csv": "a,b\n",
        "qgis/styles/zonage.qml": "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n<qgis version=\"3.28\"/>\n",
    }, "date": "2026-01-01T00:00:00Z"}])
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "cache", as_of=date(2026, 3, 31)))
    assert validate_report(report) == []
    inv = report["facts"]["inventory"]
    assert set(inv["categories"]) == set(CATEGORIES) and inv["files"] == 11
    assert inv["categories"]["vendored"] == 1 and "lib/jquery.js" in inv["examples"]["vendored"]
    assert inv["languages"] == {"JavaScript": 1, "Python": 1, "QGIS style": 1}
    assert inv["categories"]["community"] == 2 and inv["categories"]["lockfile"] == 1
    # files and docs answer the same question with the same rule
    assert report["facts"]["files"]["contributing"] == "COMMENT_CONTRIBUER.md"
    assert report["facts"]["languages"]["JavaScript"] == 1  # the bundled jQuery is not the project's code
