"""reusability.secrets (issue 12, s29 n29 = reader m21o4, aitf-sig-topo/tdb_qualite_ban): a dashboard's zipped QGIS project
(qgis/….qgz) saves its four PostGIS layers' connection with the server's admin password in clear
(``<datasource>dbname='ban' host=<a named server> port=5432 user='…' password='…' …</datasource>``), and the check passed ("no
certain secret"): detect-secrets reads text files, and the .qgs is inside a zip archive.

The .qgs member of a .qgz is now read (bounded, as the hosting check reads it): a layer's literal password to a named server is a
committed credential; a local database's is a hint to review; an empty or placeholder password, a password kept in QGIS'
authentication database (authcfg=) or no password at all stay no finding."""

from __future__ import annotations

import io
import zipfile

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.secrets"
PASSWORD = "vive" + "lecarto"  # (assembled: no credential in this file)


def qgz(source: str) -> bytes:
    layers = "".join(f"<maplayer><id>couche{i}</id><datasource>{source} table=\"qualite\".\"indicateurs{i}\" (geom)</datasource>"
                     "<provider encoding=\"UTF-8\">postgres</provider></maplayer>" for i in range(4))
    qgs = f"<!DOCTYPE qgis><qgis version=\"3.34.0\"><projectlayers>{layers}</projectlayers></qgis>\n"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("tableau.qgs", qgs)
        archive.writestr("tableau_styles.db", b"\0" * 64)
    return buf.getvalue()


def run(tmp_path, source: str) -> dict:
    files = {"README.md": "# Tableau de bord\n\nIndicateurs de qualité des adresses.\n", "sql/vue.sql": "select 1;\n",
             "qgis/tableau.qgz": qgz(source)}
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def test_a_password_saved_in_a_zipped_qgis_project_is_a_secret(tmp_path):
    r = run(tmp_path, f"dbname='ban' host=sig.exemple-territoire.fr port=5432 user='admin_sig' password='{PASSWORD}' key='id'")
    assert r["status"] == "fail", r["message"]  # was pass: the archive was not read
    assert any(e.get("path") == "qgis/tableau.qgz" for e in r["evidence"]), r["evidence"]
    assert PASSWORD not in str(r)
    assert "qgis/tableau.qgz —" in r["remediation"]["en"] and ":None" not in r["remediation"]["en"], r["remediation"]  # (no line in an archive)


def test_a_local_databases_password_is_a_hint(tmp_path):
    r = run(tmp_path, f"dbname='ban' host=localhost port=5432 user='admin_sig' password='{PASSWORD}' key='id'")
    assert r["status"] != "fail", r["message"]
    assert any(e.get("path") == "qgis/tableau.qgz" for e in r["evidence"]), r["evidence"]


def test_no_password_an_empty_one_or_an_authentication_configuration_stays_clean(tmp_path):
    for i, source in enumerate(("dbname='ban' host=sig.exemple-territoire.fr port=5432 user='lecteur' key='id'",
                                "dbname='ban' host=sig.exemple-territoire.fr port=5432 user='lecteur' password='' key='id'",
                                "dbname='ban' host=sig.exemple-territoire.fr port=5432 authcfg=a1b2c3d key='id'",
                                "service='sig' sslmode=disable key='id'")):
        r = run(tmp_path / str(i), source)
        assert r["status"] == "pass", (source, r["message"])
        assert not any(e.get("path") == "qgis/tableau.qgz" for e in r["evidence"]), (source, r["evidence"])
