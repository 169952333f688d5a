"""interoperability.identifiers (issue 12, s41 fl41 = reader rc41 styx #6, SMMAR11/styx).

A Django application builds a form's HTML in Python: beside the SIRET input, a search button
``<span class="input-group-addon pointer" id="btn_rech_siret" title="Rechercher sur www.societe.com/">`` and its icon
``<span class="siret-search-icon">``. The check listed "Identifier fields: btnrechsiret, siret": the button's id read as a field. An
HTML id or class made of a widget's words (btn, icon, label, modal…) names an element of the page, not a data field. Near miss: an
input's id with no widget word (id="num_siret") stays a field.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "interoperability.identifiers"

HTML = '''def init_fm_org(field):
    return \'\'\'
    <div class="input-group">
        {0}
        <span class="input-group-addon pointer" id="%s"
        title="Rechercher sur www.societe.com/">
            <span class="siret-search-icon" style="display: block;"></span>
        </span>
    </div>
    \'\'\'.format(field)
'''

BASE = {"README.md": "# Gestion des prestataires\n\nApplication web de gestion des prestations.\n",
        "requirements.txt": "Django==4.2\n",
        "app/models.py": "from django.db import models\n\n\nclass TPrestataire(models.Model):\n"
                         "    siret_org_prest = models.CharField(max_length=14, verbose_name='Numéro SIRET')\n"
                         "    n_org = models.CharField(max_length=255)\n"}


def ident(tmp_path, element_id):
    return check_result(tmp_path, {**BASE, "app/functions.py": HTML % element_id}, CID)


def test_a_search_buttons_id_is_no_identifier_field(tmp_path):
    r = ident(tmp_path, "btn_rech_siret")
    assert "btnrechsiret" not in r["details"]["fields"], r["details"]  # was "Identifier fields: btnrechsiret, siret"
    assert "btnrechsiret" not in r["message"]["en"]
    assert not any(e.get("path") == "app/functions.py" for e in r["evidence"]), r["evidence"]
    assert r["details"]["fields"], r["details"]  # the model's siret column stays


def test_an_inputs_id_without_widget_words_stays_a_field(tmp_path):
    r = ident(tmp_path, "num_siret")
    assert "numsiret" in r["details"]["fields"], r["details"]
