"""A Windows network share of the organisation's file server is an on-premises dependency (issue 12, s22 reader e1's
thomas-szczurek/travaux_mel, s23 h4 case C): batch pipelines publishing their extracts to \\\\volt\\infogeo\\… were "no risky hosting
dependency" in scaling.hosting, while reusability.territory-neutral of the same report named the share. The share's server is now an
internal connection another territory cannot reach. Right neighbours: a local path (C:\\Program Files\\…, D:\\donnees) and a drive
letter alone (nothing tells a network drive from a local disk) are no internal connection, nor a placeholder share to fill in
(\\\\monserveur\\infogeo)."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

HOSTING = "scaling.hosting"


def _pipeline(target: str) -> dict:
    bat = ("@echo off\nSET QGIS=C:\\Program Files\\QGIS 3.34\n"
           "SET URL_WFS=https://data.geopf.fr/wfs/ows?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAME=\n"
           "ECHO Extraction des communes\n"
           "\"%QGIS%\\bin\\ogr2ogr.exe\" -f GPKG communes.gpkg \"WFS:%URL_WFS%ADMINEXPRESS-COG.LATEST:commune\"\n"
           f"ECHO Publication\ncopy /Y communes.gpkg \"{target}\\communes.gpkg\"\n")
    return {"README.md": "# Extractions\n\nScripts d'extraction des données de référence.\n", "extraction_communes.bat": bat,
            "extraction_routes.bat": bat.replace("commune", "troncon_de_route")}


def test_a_network_share_the_scripts_publish_to_is_an_internal_connection(tmp_path):
    res = judge(tmp_path, _pipeline("\\\\fichiers-sig\\donnees\\Externe\\ign"), [HOSTING])[1][HOSTING]
    assert res["status"] == "warn", res["message"]
    found = [e["value"]["internal"] for e in res["evidence"] if isinstance(e.get("value"), dict) and "internal" in e["value"]]
    assert found and all(v.startswith("\\\\fichiers-sig\\donnees") for v in found), res["evidence"]
    assert "fichiers-sig" in res["message"]["fr"] or "fichiers-sig" in str(res.get("remediation")), res


def test_local_paths_and_a_drive_letter_are_no_internal_connection(tmp_path):
    res = judge(tmp_path, _pipeline("D:\\donnees\\Externe\\ign"), [HOSTING])[1][HOSTING]
    assert not [e for e in res["evidence"] if isinstance(e.get("value"), dict) and "internal" in e["value"]], res["evidence"]
    assert res["status"] == "pass", res["message"]


def test_a_placeholder_share_to_fill_in_is_no_internal_connection(tmp_path):
    # (neighbour, SI3P0's shape: a settings script whose share is the placeholder to replace, '<\\monserveur\infogeo>')
    res = judge(tmp_path, _pipeline("<\\\\monserveur\\infogeo>\\Externe"), [HOSTING])[1][HOSTING]
    assert not [e for e in res["evidence"] if isinstance(e.get("value"), dict) and "internal" in e["value"]], res["evidence"]
