"""reusability.territory-neutral (issue 12, s37 fh37 = manelocana/SIVOM_du_Fenouilledes).

The Flask site of a syndicate of communes (a SIVM) names it in its base template's description, its footer over the address and its
pages: <meta name="description" content="SIVM du Fenouillèdes">, <h3>SIVM du Fenouillèdes</h3>. The check said "pass: no
territory-specific value in the code" — a syndicate is no commune, the sponsor unknown. A syndicate of communes named by its
acronym (SIVU, SIVM, SIVOM…) or its kind ("Syndicat intercommunal …", "Syndicat mixte …") then its place, in a page's text or a
string, is the body the code was written for, like a park's name.
Near misses: a syndicate named by its kind alone ("le syndicat mixte", "SIVOM" in a menu), a directory listing three syndicates, and
a template comment name no one body the code serves.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"

BASE = """<!DOCTYPE html>
<html lang="fr">
<head>
    <title>{{ title }}</title>
    <meta name="description" content="NAME">
</head>
<body>{% block content %}{% endblock %}{% include 'partials/footer.html' %}</body>
</html>
"""

FOOTER = """<footer id="footer">
    <h3>
        NAME
    </h3>
    <nav><a href="/">Accueil</a><a href="/sivom">SIVOM</a></nav>
</footer>
"""

APP = """from flask import Flask, render_template

app = Flask(__name__)


@app.route("/")
def home():
    return render_template("public/home.html", title="Accueil")
"""


def _files(name: str, extra: dict | None = None) -> dict:
    return {"requirements.txt": "Flask==3.1.0\n", "app/__init__.py": APP,
            "app/templates/partials/base.html": BASE.replace("NAME", name), "app/templates/partials/footer.html": FOOTER.replace("NAME", name),
            "app/templates/public/home.html": "{% extends 'partials/base.html' %}{% block content %}<h1>Accueil</h1>{% endblock %}\n",
            "README.md": "# Site\n\nSite web institutionnel.\n", **(extra or {})}


def test_a_syndicates_name_in_the_templates_is_found(tmp_path):
    r = check_result(tmp_path, _files("SIVOM de la Vallée du Lot"), CID)
    assert r["status"] in ("warn", "fail"), r["message"]  # was pass "No territory-specific value in the code"
    found = {(e.get("path"), e.get("line")) for e in r["evidence"] if e.get("kind") == "finding"}
    assert {("app/templates/partials/base.html", 5), ("app/templates/partials/footer.html", 3)} <= found, r["evidence"]


def test_a_syndicate_by_its_kind_alone_a_list_or_a_comment_names_no_body(tmp_path):
    r = check_result(tmp_path, _files("Le syndicat mixte"), CID)
    assert r["status"] == "pass", r["evidence"]
    directory = ("<ul>\n<li>SIVOM de la Vallée du Lot</li>\n<li>SIVU du Haut-Vicdessos</li>\n<li>Syndicat mixte du Pays de Retz</li>\n</ul>\n"
                 "{# SIVM du Fenouillèdes : ancien nom #}\n")
    r = check_result(tmp_path / "l", _files("Annuaire des syndicats", {"app/templates/public/annuaire.html": directory}), CID)
    assert r["status"] == "pass", r["evidence"]
