"""Data models' SQL read at session 7's first reads (issue 12): INSEE codes filled or checked by triggers against the communes'
reference (ARC Compiègne's res_detec, place_pmr, videoprotection, cc_asscol: "reference data/validation: no"), a region code in
a join's ON clause and intercommunalities kept by SIREN (Région Nouvelle-Aquitaine's terriotires_industrie, gal_leader: missed),
and counts of lines taken for counts of values (plan_interactif: "5 values" for one INSEE code on 17 lines)."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_project_kind import run
from tests.test_reusability_fixtures import results

README = "# Détection des réseaux\n\nModèle de données PostGIS des opérations de détection.\n\n- [Script](sql/init_bd.sql)\n"
TABLE = ("CREATE TABLE m_reseau.geo_detec (\n    id bigint NOT NULL,\n    insee character varying(5),\n    geom geometry(Polygon,2154)\n);\n"
         "COMMENT ON COLUMN m_reseau.geo_detec.insee IS 'Code INSEE';\n")
FILL = ("CREATE FUNCTION m_reseau.ft_m_geo_detec() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
        "NEW.insee=(SELECT insee FROM r_osm.geo_vm_osm_commune_arc WHERE st_intersects(NEW.geom,geom));\nRETURN NEW;\nEND;\n$$;\n")
CHECK = ("CREATE FUNCTION m_reseau.ft_m_check_geom() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\nIF\n"
         "\t(SELECT COUNT(*) FROM r_osm.geo_vm_osm_commune_arcba c WHERE ST_Contains(c.geom,NEW.geom)) = 0\n"
         "THEN RAISE EXCEPTION 'Hors du territoire';\nEND IF;\nRETURN NEW;\nEND;\n$$;\n")


def _ident(tmp_path, sql: str, name: str = "r"):
    repo = make_repo(tmp_path / name, [{"files": {"README.md": README, "sql/init_bd.sql": sql}, "date": "2026-03-02T10:00:00Z"}])
    return results(run(repo, tmp_path / (name + "c"), only=["interoperability.identifiers", "reusability.territory-neutral"]))


def test_insee_filled_or_checked_by_a_trigger_from_the_communes_is_reference_data(tmp_path):
    for i, body in enumerate((FILL, CHECK, "CREATE TRIGGER t_t5 BEFORE INSERT ON m_reseau.geo_detec FOR EACH ROW\n"
                                           "    EXECUTE PROCEDURE public.ft_r_commune_pl();\n")):
        r = _ident(tmp_path, TABLE + body, f"r{i}")["interoperability.identifiers"]
        assert "reference data/validation: yes" in r["message"]["en"], (i, r["message"])
    r = _ident(tmp_path, TABLE + "SELECT nom FROM m_reseau.communes_suivies WHERE id = 1;\n", "n")["interoperability.identifiers"]
    assert "reference data/validation: no" in r["message"]["en"], r["message"]  # reading a table of communes fills nothing


def test_a_trigger_filling_a_communes_name_alone_handles_no_identifier(tmp_path):
    """data-model-sdis (regression corpus, session 8): triggers filling a commune's *name* from the cadastre's boundaries, no
    identifier column anywhere: "Identifier fields: none; reference data/validation: yes" (warn) — it handles none (n/a)."""
    table = "CREATE TABLE pompiers.pom_edit_cles (id bigint NOT NULL, commune text, geom geometry(Point,2056));\n"
    trig = "CREATE TRIGGER tr_pom_cles_commune BEFORE INSERT ON pompiers.pom_edit_cles FOR EACH ROW EXECUTE FUNCTION public.get_mo_communes_nom();\n"
    r = _ident(tmp_path, table + trig, "names")["interoperability.identifiers"]
    assert r["status"] == "not_applicable", r["message"]


def test_a_region_code_in_a_join_and_epci_siren_lists_are_territory_values(tmp_path):
    view = ("CREATE VIEW ref_zonage.v_terri AS SELECT a.* FROM ref_zonage.terri a\n"
            "   JOIN ref_adminexpress.r_admexp_epci_fr b\n   ON a.code_epci = b.code_insee_epci AND annee_donnees = '2020' and numreg = '75';\n"
            "UPDATE ref_zonage.gal SET nom = 'GAL Haute-Gironde'\nWHERE numepci IN ('200041614', '200041499');\n"
            "UPDATE ref_zonage.gal SET nom = 'GAL vide'\nWHERE numepci IN ('', '', '');\n")
    r = _ident(tmp_path, TABLE + view)
    t = r["reusability.territory-neutral"]
    assert t["status"] == "warn" and {e["line"] for e in t["evidence"] if e["kind"] == "finding"} == {9, 11}, t["evidence"]
    # (the region's code and both SIRENs of the list: every item of an IN list is a value, issue 12, s35 m35 = Carto-NA/tepos)
    assert "hard-coded values: 3" in r["interoperability.identifiers"]["message"]["en"], r["interoperability.identifiers"]["message"]


def test_one_code_on_many_lines_is_one_value_and_a_cut_count_says_at_least(tmp_path):
    views = "".join(f"CREATE VIEW x_apps.v_{i} AS SELECT * FROM m_1 WHERE m_1.insee = '60159';\n" for i in range(3))
    r = _ident(tmp_path, TABLE + views)
    assert r["reusability.territory-neutral"]["message"]["en"] == "1 territory-specific value(s) hard-coded in 1 code file(s).", \
        r["reusability.territory-neutral"]["message"]
    assert "hard-coded values: 1." in r["interoperability.identifiers"]["message"]["en"]
    views = "".join(f"CREATE VIEW x_apps.v_{i} AS SELECT * FROM m_1 WHERE m_1.insee = '60159';\n" for i in range(17))
    r = _ident(tmp_path, TABLE + views, "m")
    assert r["reusability.territory-neutral"]["message"]["en"].startswith("At least 1 territory-specific value(s)"), \
        r["reusability.territory-neutral"]["message"]
    assert "hard-coded values: at least 1." in r["interoperability.identifiers"]["message"]["en"]


def test_a_deployments_copy_of_a_settings_template_is_configuration(tmp_path):
    """sigrennesmetropole/sviewer-com: etc/customConfig.js, the copy of etc/customConfig.DIST.js the README says to edit, holds
    Rennes' extents and layers: that deployment's configuration (warn "9 values in 1 code file" before), not the viewer's code."""
    config = ("var customConfig = {\n    title: 'Rennes Métropole',\n    geOrchestraBaseUrl: 'https://public.sig.rennesmetropole.fr/',\n"
              "    initialExtent: [-227718,6091011,-154186,6160110],\n};\n")
    dist = "var customConfig = {\n    title: 'geOrchestra mobile',\n    geOrchestraBaseUrl: 'https://sdi.georchestra.org/',\n};\n"
    files = {"README.md": "# sViewer\n\nCopy etc/customConfig.DIST.js into etc/customConfig.js and edit it.\n",
             "js/sviewer.js": "function init() { return customConfig.title; }\n", "etc/customConfig.DIST.js": dist, "etc/customConfig.js": config}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-02T10:00:00Z"}])
    r = results(run(repo, tmp_path / "c", only=["reusability.territory-neutral"]))["reusability.territory-neutral"]
    assert r["status"] == "pass" and "in configuration" in r["message"]["en"], r
    page = {**files, "index.html": "<html><body><a href='https://public.sig.rennesmetropole.fr/'>Rennes</a></body></html>\n",
            "index.template.html": "<html><body>{{ content }}</body></html>\n"}  # a page beside a page template stays a page
    repo = make_repo(tmp_path / "p", [{"files": page, "date": "2026-03-02T10:00:00Z"}])
    r = results(run(repo, tmp_path / "pc", only=["reusability.territory-neutral"]))["reusability.territory-neutral"]
    assert "index.html" in str(r["evidence"]), r
    files.pop("etc/customConfig.DIST.js")  # without a template, the file is the viewer's code
    repo = make_repo(tmp_path / "n", [{"files": files, "date": "2026-03-02T10:00:00Z"}])
    r = results(run(repo, tmp_path / "d", only=["reusability.territory-neutral"]))["reusability.territory-neutral"]
    assert r["status"] == "warn", r
