"""reusability.territory-neutral: a region's nature parks named together are a territory's name (issue 12, s45 fg45 =
WildCodeSchool/remotefr-js-0920-p3-regionsud-pollutionlumineuse-front): src/components/Footer.jsx writes "SIT des Parcs naturels
régionaux de Provence-Alpes-Côte d'Azur |" and Header.jsx an alt "Parcs Naturels Régionaux de …": the body the kit was written for,
in a React page's text; only one park's name ("Parc naturel régional du X", quoted or alone in a tag) was read, so "No
territory-specific value in the code". Near miss: the parks' national federation ("… de France") is no territory."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"


def footer(parks: str) -> str:
    return ("import React from 'react';\n\nexport default function Footer() {\n  return (\n    <footer>\n      <span>\n"
            f"        Portail des {parks} |{{' '}}\n        <a href=\"https://carto.example.org\">carto</a>\n"
            "      </span>\n    </footer>\n  );\n}\n")


def files(parks: str) -> dict:
    return {"README.md": "# Kit\n\nUn kit de sensibilisation.\n", "package.json": '{"name": "kit", "dependencies": {"react": "^17.0.1"}}\n',
            "src/components/Footer.jsx": footer(parks), "src/App.jsx": "export default function App() { return null; }\n"}


def test_a_regions_parks_named_together_are_its_territory(tmp_path):
    r = check_result(tmp_path, files("Parcs naturels régionaux de Bourgogne-Franche-Comté"), CID)
    assert r["status"] == "warn", r["message"]
    assert [e["path"] for e in r["evidence"] if e.get("kind") == "finding"] == ["src/components/Footer.jsx"], r["evidence"]


def test_near_miss_the_national_federation(tmp_path):
    r = check_result(tmp_path, files("Parcs naturels régionaux de France"), CID)
    assert r["status"] == "pass", r["message"]
