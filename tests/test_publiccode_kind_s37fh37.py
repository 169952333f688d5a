"""publiccode suggestion (issue 12, s37 fh37 = sigagglocompiegne/urba_patri_verna).

A PostGIS data model — one SQL script creating a schema's table, its value list and an open-data view, a README holding a title —
got a suggested publiccode.yml with platforms ["web"] and softwareType "standalone/web": with no language detected, the platforms
fell back to "web" and the software type followed it; the project's kind was never asked. Files loaded into another program (a data
model, a GIS kit, infrastructure code, a data specification) are now suggested the platforms that program runs on and the matching
software type (configurationFiles for the first three).
Near miss: a PHP web application stays "web" / "standalone/web".
"""

from __future__ import annotations

from auditor.publiccode import validate
from tests.test_cli import run

SQL = """-- Modèle de données : inventaire du petit patrimoine
CREATE TABLE m_urbanisme.geo_patrimoine (
  idpat serial NOT NULL,
  libelle character varying(254),
  typ_pat character varying(2),
  insee character varying(5),
  geom geometry(Point, 2154),
  CONSTRAINT geo_patrimoine_pkey PRIMARY KEY (idpat)
);
COMMENT ON TABLE m_urbanisme.geo_patrimoine IS 'Inventaire du petit patrimoine';
CREATE TABLE m_urbanisme.lt_patrimoine_type (code character varying(2) PRIMARY KEY, valeur character varying(80));
INSERT INTO m_urbanisme.lt_patrimoine_type VALUES ('10', 'Lavoir'), ('20', 'Calvaire'), ('30', 'Four à pain');
CREATE VIEW x_opendata.xopendata_patrimoine AS SELECT idpat, libelle, typ_pat, geom FROM m_urbanisme.geo_patrimoine;
"""


def _suggest(repo, tmp_path, files):
    path = repo([{"files": files}])
    out = run("publiccode", "suggest", str(path), "--cache-dir", str(tmp_path / "cache"))
    assert out.returncode == 0, out.stderr
    assert validate(out.stdout).valid, out.stdout
    return out.stdout


def test_a_sql_data_model_is_no_web_software(repo, tmp_path):
    text = _suggest(repo, tmp_path, {"sql/init_bd_patrimoine.sql": SQL, "README.md": "# Petit patrimoine\n"})
    assert '"web"' not in text and 'softwareType: "configurationFiles"' in text, text  # was platforms ["web"], "standalone/web"
    assert '  - "linux"\n  - "windows"\n  - "mac"' in text, text


def test_a_php_web_application_stays_web(repo, tmp_path):
    files = {"index.php": "<?php session_start();\nif (isset($_POST['login'])) { $_SESSION['u'] = $_POST['login']; } ?>\n<h1>Patrimoine</h1>\n",
             "login.php": '<form action="index.php" method="post"><input name="login"><button>OK</button></form>\n',
             "sql/schema.sql": SQL, "README.md": "# Petit patrimoine\n"}
    text = _suggest(repo, tmp_path, files)
    assert 'platforms:\n  - "web"' in text and 'softwareType: "standalone/web"' in text, text
