"""A département's own GIS server named "géoportail" is not IGN's Géoportail (issue 12, session 7's first reads: CD93/ressources,
patrimoine and seinesaintdenis got "IGN / geo.api.gouv.fr / API Adresse / legal reference system: yes" from geoportail93.fr)."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_project_kind import run
from tests.test_reusability_fixtures import results

MAP = ("<div id=\"carte\"></div>\n<script>\nvar map = L.map('carte').setView([48.91, 2.48], 12);\n"
       "L.tileLayer('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png').addTo(map);\n"
       "$.getJSON('%s', function (data) { L.geoJSON(data).addTo(map); });\n</script>\n")


def _geo(tmp_path, files: dict, name: str) -> dict:
    files = {"README.md": "# Patrimoine\n\nPlugin SPIP du patrimoine.\n", "paquet.xml": "<paquet prefix=\"patrimoine\" version=\"1.0.0\"/>\n", **files}
    repo = make_repo(tmp_path / name, [{"files": files, "date": "2026-03-02T10:00:00Z"}])
    return results(run(repo, tmp_path / (name + "c"), only=["interoperability.geo"]))["interoperability.geo"]


def test_a_departements_geoportail_is_not_igns(tmp_path):
    footer = {"inclure/footer.html": "<footer>\n<a href=\"https://geoportail93.fr/\">géoportail 93</a>\n</footer>\n"}
    r = _geo(tmp_path, footer, "f")
    assert "legal reference system: yes" not in r["message"]["en"], r
    own = {"modeles/carte_gis_pat.html": MAP % "https://geoportail93.fr/SERV/DATA/?LAYERS=1049&FORMAT=geojson&SERVICE=wfs"}
    r = _geo(tmp_path, own, "o")
    assert "legal reference system: no" in r["message"]["en"], r
    ign = {"modeles/carte_gis_pat.html": MAP % "https://data.geopf.fr/wfs/ows?SERVICE=WFS&typeName=ADMINEXPRESS-COG:commune"}
    r = _geo(tmp_path, ign, "i")
    assert "legal reference system: yes" in r["message"]["en"], r


def test_a_portal_listing_ogc_services_or_a_script_reading_a_catalogue_draws_no_map(tmp_path):
    """sigrennesmetropole/public_centre_ressources (a static portal listing its WMS/WFS GetCapabilities) and monit-ods (OWSLib
    reading a CSW catalogue) failed "Open libraries: none; GeoJSON: no; IGN…: no" though they draw no map and handle no geometry."""
    page = {"tab_donnees_geo.html": "<table>\n<tr><td>WMS</td><td><a href=\"https://public.sig.rennesmetropole.fr/geoserver/ows?"
                                    "SERVICE=WMS&REQUEST=GetCapabilities\">GetCapabilities</a></td></tr>\n</table>\n"}
    r = _geo(tmp_path, page, "p")
    assert r["status"] == "pass" and "no mapping library, geographic format or geometry found" in r["message"]["en"], r
    drawn = {**page, "carte.html": MAP % "https://public.sig.rennesmetropole.fr/geoserver/ows?SERVICE=WFS&REQUEST=GetFeature"}
    r = _geo(tmp_path, drawn, "d")
    assert "Open libraries: leaflet" in r["message"]["en"] or "Open libraries: yes" in r["message"]["en"], r  # a map: judged as before


def test_postgis_views_over_tables_created_elsewhere_are_not_measured(tmp_path):
    """sigagglocompiegne/plan_interactif (29 views: ST_Intersects(p.geom, q.geom) over the agglomeration's tables) failed
    "GeoJSON: no; OGC: no; legal reference system: no": the geometries' types and reference system are declared elsewhere."""
    views = ("CREATE OR REPLACE VIEW x_apps_public.xappspublic_geo_v_plan AS\n SELECT p.id, p.geom FROM m_urba.geo_p p\n"
             "   JOIN r_osm.geo_osm_commune q ON st_intersects(p.geom, q.geom)\n  WHERE q.insee = '60159';\n")
    repo = make_repo(tmp_path / "v", [{"files": {"README.md": "# Plan interactif\n\nVues de l'application.\n", "sql/init_bd_plan.sql": views},
                                       "date": "2026-03-02T10:00:00Z"}])
    r = results(run(repo, tmp_path / "vc", only=["interoperability.geo"]))["interoperability.geo"]
    assert r["status"] == "inconclusive" and "created elsewhere" in r["message"]["en"], r
    typed = views.replace("CREATE OR REPLACE VIEW", "CREATE TABLE m_urba.geo_p (id integer, geom geometry(MultiPolygon,2154));\nCREATE OR REPLACE VIEW")
    repo = make_repo(tmp_path / "t", [{"files": {"README.md": "# Plan\n\nModèle.\n", "sql/init_bd_plan.sql": typed}, "date": "2026-03-02T10:00:00Z"}])
    r = results(run(repo, tmp_path / "tc", only=["interoperability.geo"]))["interoperability.geo"]
    assert r["status"] == "pass", r  # a geometry typed here in Lambert-93: judged


def test_an_addons_declared_projections_name_the_legal_reference_system(tmp_path):
    """sigrennesmetropole/addon_rva: "legal reference system: no", but the add-on's manifest.json declares "supported_srs":
    [3948, 2154, 4326] (Lambert-93 and the CC48 zone) and its code reprojects between them."""
    manifest = '{\n    "name": "rva",\n    "default_options": {\n        "zoomLevel": 18,\n        "supported_srs": [%s]\n    }\n}\n'
    code = "GEOR.Addons.RVA = Ext.extend(GEOR.Addons.Base, {\n  init: function () { this.map = new OpenLayers.Map('m'); }\n});\n"
    r = _geo(tmp_path, {"manifest.json": manifest % "3948, 2154, 4326", "js/main.js": code}, "l")
    assert "legal reference system: yes" in r["message"]["en"], r
    r = _geo(tmp_path, {"manifest.json": manifest % "4326, 3857", "js/main.js": code}, "w")
    assert "legal reference system: no" in r["message"]["en"], r


def test_a_form_fields_default_reference_system_is_the_legal_one(tmp_path):
    """s12 r2 (a transit back office's Symfony bundle): "legal reference system: no", but the stop form's `srid` field defaults to
    3943 (the CC43 conic zone) and the entities keep spatial points; a field defaulting to WGS 84 says nothing of the legal system."""
    form = ("<?php\n\nnamespace Transit\\StopBundle\\Form\\Type;\n\nuse Symfony\\Component\\Form\\AbstractType;\n\n"
            "class StopType extends AbstractType\n{\n    public function buildForm($builder, array $options)\n    {\n"
            "        $builder\n            ->add('x', 'text', array('mapped' => false))\n            ->add('y', 'text', array('mapped' => false))\n"
            "            ->add(\n                'srid',\n                'text',\n                array(\n"
            "                    'label' => 'stop.label.srid',\n                    'mapped' => false,\n                    'data' => '%s',\n"
            "                    'read_only' => true\n                )\n            );\n    }\n}\n")
    entity = ("<?php\n\nnamespace Transit\\StopBundle\\Controller;\n\nuse CrEOF\\Spatial\\PHP\\Types\\Geometry\\Point;\n\n"
              "class StopController\n{\n    public function save($x, $y, $srid)\n    {\n        return new Point($x, $y, $srid);\n    }\n}\n")
    r = _geo(tmp_path, {"Form/Type/StopType.php": form % "3943", "Controller/StopController.php": entity}, "cc")
    assert "legal reference system: yes" in r["message"]["en"], r["message"]
    r = _geo(tmp_path, {"Form/Type/StopType.php": form % "4326", "Controller/StopController.php": entity}, "wgs")
    assert "legal reference system: no" in r["message"]["en"], r["message"]
