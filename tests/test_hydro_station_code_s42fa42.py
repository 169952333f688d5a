"""reusability.territory-neutral (issue 12, session 42 fixer fa42 = SBVR-jeremy/sbvr_observatory_myliaq, left open by s41 va41/rb41):
a river syndicate's dashboard writes its gauges into the code, each with its Hydro EauFrance code and its flood statistics
(``stations[4] = {'code': 'U4014020', 'name': "…", 'Q2': 21.7, …}``): the stations of the one basin the code was written for, which a
second territory replaces in the code, were not read. A quoted code of Hydro EauFrance's shape (a letter and 7 digits for a site,
9 for a station) on a line speaking of stations or hydrometry is now a territory value. Near misses: a code of that shape on a line
that is about neither (a product's reference) and a station's code in a comment line keep the old verdict. The fixtures are written
for the test."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "reusability.territory-neutral"
STATS = ('import streamlit as st\n\nstations = dict()\n'
         "stations[1] = {{'code': '{CODE}', 'name': \"Amont\", 'Q2': 12.5, 'Q5': 18.1, 'QMNA5': 0.08}}\n"
         "stations[2] = {{'code': 'V2110020', 'name': \"Aval\", 'Q2': 30.2, 'Q5': 41.0, 'QMNA5': 0.21}}\n\n\n"
         'def show(i):\n    st.metric("Q2", stations[i]["Q2"])\n')
PRODUCT = ('import streamlit as st\n\nCATALOGUE = {"ref": "B1234567", "label": "Capteur"}\n'
           '# stations[1] = {"code": "V2110010"}\n\n\ndef show():\n    st.write(CATALOGUE["label"])\n')


def _tn(tmp_path, files, name):
    files = {"README.md": "# Observatoire\n\nTableau de bord.\n", "requirements.txt": "streamlit==1.30.0\n", **files}
    return judge(tmp_path, files, [CID], name=name)[1][CID]


def test_a_hydrometric_station_s_code_is_a_territory_value(tmp_path):
    r = _tn(tmp_path, {"pages/stats.py": STATS.format(CODE="V2110010")}, "t")
    assert r["status"] != "pass", r["message"]
    found = [(e.get("path"), e.get("line"), e.get("value")) for e in r["evidence"] if e.get("kind") == "finding"]
    assert found == [("pages/stats.py", 4, "V2110010"), ("pages/stats.py", 5, "V2110020")], found


def test_a_product_reference_and_a_commented_station_stay_neutral(tmp_path):
    r = _tn(tmp_path, {"pages/catalogue.py": PRODUCT}, "n")
    assert r["status"] == "pass", (r["message"], r["evidence"])
