"""interoperability.data-standards (issue 12, s44 fi44 = reader re44 on Maximelebonm/symseeFront, item 9).

A syndicate's React site imports ``./tableauComune.json`` (a list of 78 objects {commune, cc, delegue, suppleant}: the member
communes, their intercommunality and delegates) and renders it as a table. data-standards said "No data of the project's own …
only JSON messages" (not_applicable). Rule: a JSON file whose top level is a list of records sharing the same keys, imported by the
code as content, is the project's data whatever its folder or size. Near miss: an imported JSON object of settings (the site's
title and menu) is no data set: the verdict stays not_applicable.
"""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import check_result

CID = "interoperability.data-standards"
RECORDS = [{"commune": f"Commune {i}", "cc": "CC du Pays", "delegue": f"Délégué {i}", "suppleant": f"Suppléant {i}"} for i in range(14)]
SETTINGS = {"title": "Syndicat", "menu": [{"label": "Accueil", "to": "/"}, {"label": "Contact", "to": "/contact"}], "footer": "© Syndicat"}


def _files(content) -> dict:
    page = ("import React from 'react';\nimport data from './tableau.json';\n\nexport default function Territoire() {\n"
            "    return (<table><tbody>{[].concat(data).map((d, i) => <tr key={i}><td>{d.commune || d.title}</td></tr>)}</tbody></table>);\n}\n")
    return {"README.md": "# site\nSite du syndicat.\n", "package.json": '{"name": "site", "dependencies": {"react": "^18.2.0"}}\n',
            "index.html": "<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Site</title></head><body><div id=\"root\"></div>"
                          "<script type=\"module\" src=\"/src/main.jsx\"></script></body></html>\n",
            "src/main.jsx": "import Territoire from './screens/territoire/Territoire';\nReactDOM.createRoot(document.getElementById('root')).render(<Territoire />);\n",
            "src/api/articles.js": ("export async function articles() {\n    const response = await fetch(import.meta.env.VITE_URL_BACK + '/articles');\n"
                                    "    return await response.json();\n}\n"),
            "src/screens/territoire/Territoire.jsx": page,
            "src/screens/territoire/tableau.json": json.dumps(content, ensure_ascii=False, indent=2) + "\n"}


def test_an_imported_list_of_records_is_the_projects_data(tmp_path):
    r = check_result(tmp_path, _files(RECORDS), CID)
    assert r["status"] != "not_applicable", r["message"]["en"]  # was not_applicable "No data of the project's own … only JSON messages"
    assert any(e.get("path") == "src/screens/territoire/tableau.json" for e in r["evidence"]), r["evidence"]


def test_near_miss_an_imported_settings_object_is_no_data(tmp_path):
    r = check_result(tmp_path, _files(SETTINGS), CID)
    assert r["status"] == "not_applicable", r["message"]["en"]
