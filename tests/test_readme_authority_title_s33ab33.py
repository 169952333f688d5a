"""A README titled with an intercommunal authority's name (issue 12, session 33 ab33, a student map of a communauté de communes'
energy use): "CARTE … DE LA COMMUNAUTE DE COMMUNES DU PAYS DE MONTEREAU." was read as a "contact" (community) section. The name of a
communauté de communes, d'agglomération or urbaine is no community to reach; a "Communauté" heading still is."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECK = "documentation.readme-sections"
BODY = ("\n\n### I- Description et statut du projet\n\nCarte interactive de la consommation d'énergie des bâtiments publics, "
        "réalisée avec folium à partir des données locales de l'énergie.\n\n### II- Installation et utilisation\n\n"
        "Installer les dépendances avec pip install -r requirements.txt puis lancer python code/carte.py.\n")


def _sections(tmp_path, title, extra=""):
    files = {"README.md": title + BODY + extra, "code/carte.py": "import folium\nm = folium.Map()\n", "requirements.txt": "folium\n"}
    r = judge(tmp_path, files, [CHECK])[1][CHECK]
    return r, [e["value"]["section"] for e in r["evidence"] if e.get("kind") == "found"]


def test_an_authority_named_in_the_title_is_no_contact(tmp_path):
    r, found = _sections(tmp_path, "## CARTE INTERACTIVE DE LA CONSOMMATION ENERGETIQUE DE LA COMMUNAUTE DE COMMUNES DU PAYS DE MONTEREAU.")
    assert "contact" not in found, r["message"]


def test_a_community_heading_stays_a_contact(tmp_path):
    r, found = _sections(tmp_path, "## Carte de la consommation énergétique", "\n### Communauté\n\nÉcrivez-nous sur le forum du projet.\n")
    assert "contact" in found, r["message"]
