"""A PostGIS model's application views (issue 12, s35 e35 = reader m30o1, sigagglocompiegne/avap): bdd/avap_21_vues_xapps.sql, a
materialized view building the HTML of a map viewer's info panel, loads its pictograms and legend from the sponsor's server
('<img src="http://geo.compiegnois.fr/documents/cms/avap_*.png">'), and keeps one commune by a split code ('60'::text || p.idu,
"left"(p.idu, 3) = '159').

- scaling.hosting said "no external address": SQL is data to the text scan, and only the addresses a statement fetches (COPY …
  FROM PROGRAM, ogr_fdw, http_get) were kept; an element the view writes into its HTML that loads its source is fetched too.
- interoperability.identifiers said "hard-coded values: 0": a département's code prefixed to a parcel's identifier and a commune's
  code compared with the identifier's first three characters are one territory's codes.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

SKELETON = ("CREATE TABLE m_urba.geo_sup_assiette (\n    idass character varying(30) NOT NULL,\n    insee character varying(5),\n"
            "    geom geometry(MultiPolygon,2154),\n    CONSTRAINT geo_sup_assiette_pkey PRIMARY KEY (idass)\n);\n"
            "COMMENT ON COLUMN m_urba.geo_sup_assiette.insee IS 'Code INSEE de la commune';\n")
VIEW = """CREATE MATERIALIZED VIEW x_apps.xapps_an_vmr_sup AS
 WITH req_com AS (
         SELECT '60'::text || p.idu AS idu,
            CASE
                WHEN st_intersects(s.geom, p.geom) IS TRUE THEN 'oui'::text
                ELSE 'non'::text
            END AS sup
           FROM m_urba.geo_sup_assiette s,
            r_cadastre.geo_parcelle p
          WHERE "left"(p.idu, 3) = '159'::text
        ), req_protect AS (
         SELECT '60'::text || p.idu AS idu,
            string_agg(
                CASE
                    WHEN s.protec::text = '20'::text THEN '<img src="http://geo.agglo-exemple.fr/documents/cms/sup_remarquable.png" alt ="">'::text
                    WHEN s.protec::text = '30'::text THEN '<img src="http://geo.agglo-exemple.fr/documents/cms/sup_interet.png" alt ="">'::text
                    ELSE NULL::text
                END, '<br>'::text) AS protection
           FROM m_urba.geo_sup_assiette s, r_cadastre.geo_parcelle p
          WHERE "left"(p.idu, 3) = '159'::text
          GROUP BY ('60'::text || p.idu)
        )
 SELECT r.idu, r.sup, p.protection,
    '<a href="http://geo.agglo-exemple.fr/documents/urba/sup/reglement.pdf" target="_blank">Règlement</a>'::text AS reglement
   FROM req_com r LEFT JOIN req_protect p ON r.idu = p.idu;
"""
MODEL = {"README.md": "# Servitude AC4\n\nModèle de données PostGIS de la servitude.\n",
         "bdd/sup_10_squelette.sql": SKELETON, "bdd/sup_21_vues_xapps.sql": VIEW}


def test_a_sql_view_writing_img_elements_loads_their_server(tmp_path):
    r = check_result(tmp_path, MODEL, "scaling.hosting")
    assert "no external address" not in r["message"]["en"], r["message"]
    assert any(e["path"] == "bdd/sup_21_vues_xapps.sql" and e.get("line") == 15 for e in r["evidence"]), r["evidence"]


def test_a_sql_views_links_alone_load_nothing(tmp_path):  # (near miss: a visitor follows a link, nothing is loaded)
    view = "\n".join(line for line in VIEW.splitlines() if "<img" not in line)
    r = check_result(tmp_path, {**MODEL, "bdd/sup_21_vues_xapps.sql": view}, "scaling.hosting")
    assert r["status"] == "pass" and "no external address" in r["message"]["en"], r["message"]


def test_a_departements_code_prefixed_to_a_parcel_id_and_a_communes_code_compared_with_it_are_hard_coded(tmp_path):
    r = check_result(tmp_path, MODEL, "interoperability.identifiers")
    assert "hard-coded values: 0" not in r["message"]["en"], r["message"]
    assert {"60", "159"} <= {e["value"] for e in r["evidence"] if e.get("kind") == "finding"}, r["evidence"]


def test_codes_taken_from_columns_are_no_hard_coded_value(tmp_path):  # (near miss: the same view, its codes read from the tables)
    view = VIEW.replace("'60'::text || p.idu", "p.ccodep || p.idu").replace("\"left\"(p.idu, 3) = '159'::text", "\"left\"(p.idu, 3) = c.ccocom")
    assert "'60'" not in view and "'159'" not in view
    r = check_result(tmp_path, {**MODEL, "bdd/sup_21_vues_xapps.sql": view}, "interoperability.identifiers")
    assert "hard-coded values: 0" in r["message"]["en"], r["message"]


def test_the_split_code_is_territory_specific(tmp_path):
    r = check_result(tmp_path, MODEL, "reusability.territory-neutral")
    assert r["status"] == "warn", r["message"]
    assert any(e.get("value") == "159" for e in r["evidence"]), r["evidence"]


def test_a_gis_kits_sql_model_tied_with_data_model_is_described_by_comment_on(tmp_path):
    # (the SLD styles beside the model make the kind a GIS kit, tied with data-model: its tables stay a model to describe by COMMENT ON)
    sld = ('<?xml version="1.0" encoding="UTF-8"?>\n<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld">\n'
           '  <NamedLayer><Name>sup</Name><UserStyle><FeatureTypeStyle><Rule><PolygonSymbolizer/></Rule></FeatureTypeStyle></UserStyle></NamedLayer>\n'
           '</StyledLayerDescriptor>\n')
    files = {**MODEL, **{f"sld/SUP-AC4-style{k:02d}.sld": sld for k in range(16)}}  # (19 styles in the real kit: gis-kit 8 = data-model 8)
    r = check_result(tmp_path, files, "documentation.code-comments")
    assert "COMMENT ON" in r["message"]["en"] and "no model to describe" not in r["message"]["en"], r["message"]
