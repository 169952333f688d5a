"""reusability.territory-neutral (issue 12, session 41 fixer ff41 = SBVR-jeremy/sbvr_observatory_myliaq, reader rb41 item 1 wrong 2):
a river syndicate's dashboard embeds the weather widgets of its territory's towns, their names in the third party's addresses
(``https://www.meteoblue.com/fr/weather/widget/daily/bourg-en-bresse_france_3031009?…``): the places the code was written for, which
another territory changes in the code, were not read. A path segment (or its part before "_") of hyphen-joined words naming a
commune the tool knows is one. Near misses: a hyphenated path segment naming no commune (a documentation page) and a commune's slug
in a comment line keep the old verdict. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "reusability.territory-neutral"
PAGE = ('import streamlit as st\nimport streamlit.components.v1 as components\n\n\ndef show_weather():\n'
        '    st.header("Prévisions")\n    components.iframe(\n        "https://www.meteo-widgets.net/fr/widget/daily/{SLUG}_france_2990000?days=7",\n'
        '        height=300)\n')


def _tn(tmp_path, slug, name, extra=""):
    files = {"README.md": "# Observatoire\n\nTableau de bord.\n", "requirements.txt": "streamlit==1.30.0\n",
             "pages/weather.py": PAGE.replace("{SLUG}", slug) + extra}
    return judge(tmp_path, files, [CID], name=name)[1][CID]


def test_a_commune_in_a_widget_address_is_a_territory_value(tmp_path):
    r = _tn(tmp_path, "saint-jean-de-luz", "t")
    assert r["status"] != "pass", r["message"]
    assert any(e.get("path") == "pages/weather.py" and e.get("line") == 8 and e.get("value") == "saint-jean-de-luz" for e in r["evidence"]), r["evidence"]


def test_a_page_slug_and_a_commented_town_are_none(tmp_path):
    r = _tn(tmp_path, "getting-started", "n", extra="\n# https://www.meteo-widgets.net/fr/widget/daily/saint-jean-de-luz_france_2990000\n")
    assert r["status"] == "pass", (r["message"], r["evidence"])
