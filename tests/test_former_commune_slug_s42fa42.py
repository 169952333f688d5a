"""reusability.territory-neutral (issue 12, session 42 fixer fa42 = SBVR-jeremy/sbvr_observatory_myliaq, left open by s41 va41):
the river syndicate's dashboard embeds a weather widget for ``cras-sur-reyssouze_france_3022674``; s41 read the slugs of communes the
tool knows (communes.yml and the COG's compound names), but Cras-sur-Reyssouze is a commune déléguée of Bresse Vallons since its
merger, which the COG lists apart from the communes actuelles: the place the code was written for was not read. The COG's merged or
associated communes whose names join three words with a linking word are now known (communes.yml's former_names) wherever a
compound commune name is read. Near miss: a hyphen-joined slug naming no commune, present or former, keeps the old verdict. The
fixtures are written for the test (the slug pattern, not the real file)."""

from __future__ import annotations

from auditor.facts.territory_options import compound_place, known_place
from tests.test_local_authority_verdicts import judge

CID = "reusability.territory-neutral"
PAGE = ('import streamlit as st\nimport streamlit.components.v1 as components\n\n\ndef show_weather():\n'
        '    st.header("Prévisions")\n    components.iframe(\n        "https://www.meteo-widgets.net/fr/widget/daily/{SLUG}_france_2990000?days=7",\n'
        '        height=300)\n')


def _tn(tmp_path, slug, name):
    files = {"README.md": "# Observatoire\n\nTableau de bord.\n", "requirements.txt": "streamlit==1.30.0\n",
             "pages/weather.py": PAGE.replace("{SLUG}", slug)}
    return judge(tmp_path, files, [CID], name=name)[1][CID]


def test_a_merged_commune_in_a_widget_address_is_a_territory_value(tmp_path):
    r = _tn(tmp_path, "cras-sur-reyssouze", "t")
    assert r["status"] != "pass", r["message"]
    assert any(e.get("path") == "pages/weather.py" and e.get("line") == 8 and e.get("value") == "cras-sur-reyssouze"
               for e in r["evidence"]), r["evidence"]


def test_a_slug_naming_no_commune_stays_neutral(tmp_path):
    r = _tn(tmp_path, "cras-sur-le-web", "n")
    assert r["status"] == "pass", (r["message"], r["evidence"])


def test_former_names_are_known_places_and_present_ones_still_are():
    assert compound_place("crassurreyssouze") and known_place("Cras-sur-Reyssouze")
    assert compound_place("saintjuliensurreyssouze")  # (a commune actuelle, as before)
    assert not compound_place("crassurleweb") and not known_place("Cras")
