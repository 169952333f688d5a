"""A syndicate of communes' name opening a string (issue 12, s37 fn37 = manelocana/SIVOM_du_Fenouilledes).

The Flask site's base template sets its default title as a Jinja expression, `{{ title if title else 'SIVM du Fenouillèdes' }}`: the
quote opening the string was read as an elision's apostrophe before the acronym, so the name was not found there (only the meta
description's, two lines down). A quote opening a string is no elision; a place's word keeps its own apostrophe (d'Olt), not the
quote closing the string.
Near miss: three syndicates quoted in one file are a directory, no one's, as before.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result
from tests.test_territory_syndicate_name_s37fh37 import APP

CID = "reusability.territory-neutral"
BASE = """<!DOCTYPE html>
<html lang="fr">
<head>
    <title>{{ title if title else 'SIVU de la Vallée d'Olt' }}</title>
</head>
<body>{% block content %}{% endblock %}</body>
</html>
"""


def _files(extra: dict | None = None) -> dict:
    return {"requirements.txt": "Flask==3.1.0\n", "app/__init__.py": APP, "app/templates/partials/base.html": BASE,
            "app/templates/public/home.html": "{% extends 'partials/base.html' %}{% block content %}<h1>Accueil</h1>{% endblock %}\n",
            "README.md": "# Site\n\nSite web institutionnel.\n", **(extra or {})}


def test_a_name_opening_a_jinja_string_is_found(tmp_path):
    r = check_result(tmp_path, _files(), CID)
    assert r["status"] in ("warn", "fail"), r["message"]  # was pass: the quote before the acronym hid it
    found = [e for e in r["evidence"] if e.get("kind") == "finding"]
    assert [(e["path"], e["line"], e["value"]) for e in found] == [("app/templates/partials/base.html", 4, "SIVU de la Vallée d'Olt")], found


def test_three_quoted_syndicates_are_a_directory(tmp_path):
    base = BASE.replace("'SIVU de la Vallée d'Olt'", "'Annuaire'")
    directory = "{% set syndicats = ['SIVOM de la Vallée du Lot', 'SIVU du Haut-Vicdessos', 'SMICTOM du Pays de Retz'] %}\n"
    r = check_result(tmp_path, {**_files({"app/templates/public/annuaire.html": directory}), "app/templates/partials/base.html": base}, CID)
    assert r["status"] == "pass", r["evidence"]
