"""Messages whose count or "none" was false while the status held (issue 12, session 19 reader d2): a QGIS kit's 91 open
styles said "20 QGIS file(s)" (a list cut at 20 given as the count); a GitHub action downloading DuckDB's releases from
github.com said "(no external address)"; a repository with its own data/*.csv said "Open formats: none in the code"."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

QML = "<!DOCTYPE qgis><qgis version=\"3.22\"><renderer-v2 type=\"singleSymbol\"/></qgis>\n"


def test_every_open_style_is_counted_beside_arcgis_files(tmp_path):
    files = {"README.md": "# Contrôle qualité OCS\n\nStyles QGIS et ArcGIS pour la donnée d'occupation du sol.\n",
             **{f"styles/qgis/ocs_{i:02d}.qml": QML for i in range(27)},
             **{f"styles/sld/ocs_{i:02d}.sld": "<StyledLayerDescriptor version=\"1.0.0\"/>\n" for i in range(8)},
             "styles/arcgis/ocs.lyr": "\x00binary", "styles/arcgis/ocs2.lyr": "\x00binary"}
    r = check_result(tmp_path, files, "scaling.vendor-lock-in")
    assert r["status"] == "pass" and "(35 QGIS file(s)" in r["message"]["en"], r["message"]


def test_a_forge_address_is_no_risk_but_is_an_address(tmp_path):
    files = {"README.md": "# setup-tool\n\nInstalle l'outil dans un workflow.\n",
             "package.json": '{"name": "setup-tool", "version": "1.0.0", "main": "lib.js", '
                             '"repository": {"url": "https://github.com/outil-exemple/setup-tool.git"}}\n',
             "lib.js": "const latest = 'https://api.github.com/repos/outil-exemple/outil/releases/latest';\n"
                       "const dl = (v) => `https://github.com/outil-exemple/outil/releases/download/${v}/outil.zip`;\n"
                       "module.exports = { latest, dl };\n"}
    r = check_result(tmp_path, files, "scaling.hosting")
    msg = r["message"]["en"]
    assert r["status"] == "pass" and "no external address" not in msg and "2 address(es) of forges" in msg and "github.com" in msg, msg
    assert any(e["path"] == "lib.js" for e in r["evidence"]), r["evidence"]


def test_a_data_file_of_its_own_is_not_none(tmp_path):
    files = {"README.md": "# Carte des bornes\n\nCarte des bornes de recharge de la commune.\n",
             "index.html": "<html><body><div id='map'></div><script src='app.js'></script></body></html>\n",
             "app.js": "document.getElementById('map').textContent = 'bornes';\n",
             "data/bornes.csv": "id,nom\n1,Mairie\n2,Gare\n"}
    r = check_result(tmp_path, files, "interoperability.data-standards")
    msg = r["message"]["en"]
    assert "none in the code" not in msg, msg
    if r["status"] not in ("not_applicable",):
        assert "1 data file(s) (CSV, for example data/bornes.csv)" in msg, msg
