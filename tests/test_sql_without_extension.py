"""A SQL script saved without an extension (session 7's first reads, issue 12): ARC Compiègne's videoprotection model keeps its
872-line PostGIS script as ``bdd/script_videoprotection``, its built-heritage model as ``init``. Read as nothing, the repository
was taken for documentation only (install, configuration, dependencies, portability "No code in the repository", code-comments
and geo not applicable, data-standards fail). The inventory tells a SQL script by its text, and every fact reading SQL reads it."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_project_kind import run
from tests.test_reusability_fixtures import results

SCRIPT = ("/*VIDEOPROTECTION V1.0.0*/\n/*Creation de la structure*/\n/*PostGIS*/\n\n"
          "-- ### SUPPRESSION ###\nDROP SCHEMA IF EXISTS m_videoprotection CASCADE;\n\n"
          "CREATE SCHEMA m_videoprotection;\nCOMMENT ON SCHEMA m_videoprotection IS 'Vidéoprotection';\n\n"
          "CREATE TABLE m_videoprotection.geo_vs_camera (\n    idcam integer NOT NULL,\n    insee character varying(5),\n"
          "    geom geometry(Point,2154),\n    CONSTRAINT geo_vs_camera_pkey PRIMARY KEY (idcam)\n);\n"
          "COMMENT ON TABLE m_videoprotection.geo_vs_camera IS 'Caméras de vidéoprotection';\n"
          "COMMENT ON COLUMN m_videoprotection.geo_vs_camera.idcam IS 'Identifiant';\n"
          "COMMENT ON COLUMN m_videoprotection.geo_vs_camera.insee IS 'Code INSEE';\n"
          "COMMENT ON COLUMN m_videoprotection.geo_vs_camera.geom IS 'Géométrie';\n\n"
          "CREATE OR REPLACE FUNCTION m_videoprotection.ft_m_corbeille_delete() RETURNS trigger LANGUAGE plpgsql AS $$\n"
          "BEGIN\n  DELETE FROM m_videoprotection.geo_vs_camera WHERE idcam = OLD.idcam;\n  RETURN OLD;\nEND;\n$$;\n")
README = ("# Vidéoprotection\n\nApplication de gestion des caméras de vidéoprotection\n\n"
          "Ensemble des éléments constituant la mise en oeuvre de la base de données des caméras de vidéoprotection.\n\n"
          "- [Création  de la structure initiale](bdd/script_videoprotection)\n"
          "- [Documentation d'administration de la base](bdd/doc_admin_bd_vs.md)\n")
FILES = {"README.md": README, "bdd/script_videoprotection": SCRIPT,
         "bdd/doc_admin_bd_vs.md": "# Documentation d'administration\n\nLa table des caméras porte le code INSEE de la commune.\n"}
CHECKS = ["reusability.install", "reusability.configuration", "documentation.code-comments", "interoperability.geo",
          "interoperability.data-standards", "reusability.tests-and-ci"]


def test_an_extensionless_postgis_script_is_read_as_sql(tmp_path):
    repo = make_repo(tmp_path / "r", [{"files": FILES, "date": "2026-03-02T10:00:00Z"}])
    r = results(run(repo, tmp_path / "c", only=CHECKS))
    assert r["reusability.install"]["status"] == "pass", r["reusability.install"]["message"]
    assert "No code in the repository" not in r["reusability.configuration"]["message"]["en"]
    assert r["documentation.code-comments"]["status"] == "pass", r["documentation.code-comments"]["message"]
    assert r["interoperability.geo"]["status"] != "not_applicable", r["interoperability.geo"]["message"]
    assert r["interoperability.data-standards"]["status"] != "fail", r["interoperability.data-standards"]["message"]
    assert r["reusability.tests-and-ci"]["status"] == "inconclusive", r["reusability.tests-and-ci"]["message"]


def test_a_shell_script_or_a_note_quoting_sql_is_no_sql_script(tmp_path):
    """A shell script feeding psql a heredoc, or a notes file quoting statements in prose, stays what it is."""
    shell = "#!/bin/sh\npsql -d sig <<EOF\n" + SCRIPT + "EOF\n"
    # (a Maven site's install guide, src/site/apt/install.apt, quotes the statements to run: a guide, not a script)
    guide = "Guide d'installation\n\n* Base de données\n\n  Exécuter :\n\n" + SCRIPT
    files = {"README.md": "# Outils\n\nQuelques scripts.\n", "init": shell, "src/site/apt/install.apt": guide}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-02T10:00:00Z"}])
    r = results(run(repo, tmp_path / "c", only=["documentation.code-comments"]))
    assert "SQL" not in r["documentation.code-comments"]["message"]["en"], r["documentation.code-comments"]["message"]
