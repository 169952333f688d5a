"""reusability.territory-neutral (issue 12, s34 c34 = Mylord1406/cimetiere-municipal-pn): a Flet front end and a Django API for the
municipal cemetery of Pointe-Noire (Congo) passed "No territory-specific value in the code", though the commune is written in the
pages: "Pour toute question, contactez le Cimetière Municipal de Pointe-Noire." (client/dashboard.py:251) and ft.Text("Pointe-Noire")
under each dashboard's title. Only French communes' names were known, and only after "Ville de", "Mairie de"….

A municipal service or place named with its commune ("Cimetière Municipal de Pointe-Noire", "police municipale de Saint-Denis") names
the commune the code was written for, French or not, when the name is a commune's INSEE gives or a compound of capitalised words;
that name written again in the code is an echo of it. Near misses: "Centre municipal de Santé" names no place; the same title in the
settings alone (config.py's APP_NOM) is where a second commune changes it."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "reusability.territory-neutral"
APP = {
    "README.md": "# Cimetière\n\nGestion des concessions du cimetière municipal.\n",
    "frontend/config.py": 'APP_NOM = "Cimetière Municipal de Pointe-Noire"\nAPI_URL = "http://localhost:8000/api"\n',
    "frontend/views/client/dashboard.py": (
        "import flet as ft\n\n\ndef header():\n    return ft.Column([\n        ft.Text(\"Espace client\", size=20),\n"
        "        ft.Text(\"Pointe-Noire\", size=11, color=\"#FFFFFFB3\"),\n    ])\n\n\ndef footer():\n"
        "    return ft.Text(\"Pour toute question, contactez le Cimetière Municipal de Pointe-Noire.\", size=12)\n"),
    "frontend/main.py": "import flet as ft\nfrom views.client.dashboard import header, footer\n\n\ndef main(page):\n    page.add(header(), footer())\n",
}


def test_a_municipal_service_named_with_its_commune_is_found(tmp_path):
    _, res = judge(tmp_path, APP, [CID])
    r = res[CID]
    assert r["status"] in ("warn", "fail"), r["message"]  # was pass "No territory-specific value in the code"
    lines = {(e.get("path"), e.get("line")) for e in r["evidence"]}
    assert ("frontend/views/client/dashboard.py", 12) in lines, r["evidence"]
    assert ("frontend/views/client/dashboard.py", 7) in lines, r["evidence"]  # the bare name under the title: an echo


def test_a_municipal_service_named_with_no_place_and_a_settings_title_stay_neutral(tmp_path):
    app = dict(APP)
    app["frontend/views/client/dashboard.py"] = (
        "import flet as ft\nfrom config import APP_NOM\n\n\ndef header():\n    return ft.Column([ft.Text(APP_NOM, size=20)])\n\n\n"
        "def footer():\n    return ft.Text(\"Prenez rendez-vous au Centre municipal de Santé.\", size=12)\n")
    _, res = judge(tmp_path, app, [CID])
    assert res[CID]["status"] == "pass", res[CID]["evidence"]
