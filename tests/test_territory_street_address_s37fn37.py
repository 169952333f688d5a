"""A syndicate's address written again after its street (issue 12, s37 fn37 = manelocana/SIVOM_du_Fenouilledes).

The Flask site of a syndicate of communes gives its address twice: in the footer under its name ("<h3>SIVM …</h3>", then the
<address> lines: found), and on its contact page, "Par courrier : 50 avenue du Général de Gaulle 66220 SAINT PAUL DE FENOUILLET</p>",
fifteen lines under the page's title. That line was not read: the postal code came after a street, not after a tag or a quote, and
with no publisher known an address counts under a body's name only. A postal code after a number and a way (rue, avenue, place…) on
its line is an address's; the same postal code and town as the body's address found under its name is the body's address anywhere
in the code, and counts as one value whatever its case.
Near miss: a street address of another town on a page, with no body's address to match, stays no finding (no publisher known).
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result
from tests.test_territory_syndicate_name_s37fh37 import APP

CID = "reusability.territory-neutral"
FOOTER = """<footer>
    <h3>SIVU de la Vallée Verte</h3>
    <address>
        12 rue des Écoles<br>
        12100 Millau<br>
    </address>
</footer>
"""
CONTACT = """{% extends 'partials/base.html' %}
{% block content %}
<div class="contact">
    <h2>Nous contacter</h2>
    <p><strong>Par téléphone :</strong> 05 00 00 00 00</p>
    <p><strong>Par courrier :</strong> 12 rue des Écoles 12100 MILLAU</p>
</div>
{% endblock %}
"""


def _files(footer: str, contact: str) -> dict:
    return {"requirements.txt": "Flask==3.1.0\n", "app/__init__.py": APP,
            "app/templates/partials/base.html": "<html><body>{% block content %}{% endblock %}{% include 'partials/footer.html' %}</body></html>\n",
            "app/templates/partials/footer.html": footer, "app/templates/public/contact.html": contact,
            "README.md": "# Site\n\nSite web institutionnel.\n"}


def test_the_bodys_address_after_its_street_on_the_contact_page(tmp_path):
    r = check_result(tmp_path, _files(FOOTER, CONTACT), CID)
    found = {(e.get("path"), e.get("line")) for e in r["evidence"] if e.get("kind") == "finding"}
    assert ("app/templates/public/contact.html", 6) in found, r["evidence"]  # was not read
    assert ("app/templates/partials/footer.html", 5) in found, r["evidence"]
    assert r["details"]["files"] == 2, r["details"]
    assert r["message"]["en"].startswith("2 territory-specific"), r["message"]  # the name and one address (12100 Millau, 12100 MILLAU)


def test_another_towns_street_address_with_no_body_stays_none(tmp_path):
    footer = "<footer><p>Site réalisé par une agence</p></footer>\n"
    r = check_result(tmp_path, _files(footer, CONTACT), CID)
    assert r["status"] == "pass", r["evidence"]
