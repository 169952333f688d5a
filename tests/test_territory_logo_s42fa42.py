"""reusability.territory-neutral (issue 12, session 42 fixer fa42 = SMMAR11/styx, left open by s41 vb41): a river syndicate's Django
application shows in every page's footer the logos of its funders, among them its département's and its région's
(``pics/logos/aude.png``, ``pics/logos/region_occitanie.jpg``): the partners of the one territory the code was written for, which a
second territory replaces in its pages, were not read. A logo's file under a logos folder (or named logo-…) whose name, less the body's
kind before it, is a région's or a département's is now a territory value. Near misses: the logos of the Union and the State
(europe.jpg, etat.jpg), an image named after a département outside a logos folder, and a commented logo keep the old verdict. The
fixtures are written for the test."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "reusability.territory-neutral"
FOOTER = ('{% load static %}\n<html>\n<body>\n{% block content %}{% endblock %}\n<div id="footer">\n'
          "  <img src=\"{% static './pics/logos/{A}' %}\">\n  <img src=\"{% static './pics/logos/europe.jpg' %}\">\n"
          "  <img src=\"{% static './pics/logos/{B}' %}\">\n  <img src=\"{% static './pics/logos/etat.jpg' %}\">\n</div>\n</body>\n</html>\n")


def _tn(tmp_path, template, name):
    files = {"README.md": "# Suivi\n\nApplication de suivi des dossiers.\n", "requirements.txt": "Django==4.2\n",
             "app/views.py": "from django.shortcuts import render\n\n\ndef index(request):\n    return render(request, 'base.html', {})\n",
             "app/templates/base.html": template}
    return judge(tmp_path, files, [CID], name=name)[1][CID]


def test_a_region_s_and_a_departement_s_logo_are_territory_values(tmp_path):
    r = _tn(tmp_path, FOOTER.replace("{A}", "drome.png").replace("{B}", "region_bretagne.jpg"), "t")
    assert r["status"] != "pass", r["message"]
    found = [(e.get("path"), e.get("line"), e.get("value")) for e in r["evidence"] if e.get("kind") == "finding"]
    assert found == [("app/templates/base.html", 6, "drome.png"), ("app/templates/base.html", 8, "region_bretagne.jpg")], found


def test_the_union_s_and_state_s_logos_and_an_image_outside_logos_stay_neutral(tmp_path):
    template = (FOOTER.replace("{A}", "partenaire.png").replace("{B}", "ue.jpg")
                + "<img src=\"{% static './pics/photos/drome.png' %}\">\n<!-- <img src=\"{% static './pics/logos/drome.png' %}\"> -->\n")
    r = _tn(tmp_path, template, "n")
    assert r["status"] == "pass", (r["message"], r["evidence"])
