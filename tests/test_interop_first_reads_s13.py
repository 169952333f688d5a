"""Interoperability verdicts found wrong on unseen local-authority repositories (session 13, issue 12), each on a git fixture
shaped like the real case (written for the test, not copied)."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

# An mviewer application: its XML configuration (<config> with <mapoptions>, the address search through API Adresse, a theme's
# WMS layer filtered on the communes' INSEE codes) and a Mustache template (.mst) of a layer's information panel.
VIEWER_APP = {
    "urbanisme/urbanisme.xml": (
        '<?xml version="1.0" encoding="UTF-8"?>\n<config>\n'
        '    <application title="Urbanisme" logo="img/logo.png" help="mviewer_help.html"/>\n'
        '    <mapoptions maxzoom="20" projection="EPSG:3857" center="-180000,6150000" zoom="11"/>\n'
        '    <searchparameters bbox="true" localities="true" features="false"/>\n'
        '    <olscompletion url="https://api-adresse.data.gouv.fr/search/" type="ban" attribution="API Adresse"/>\n'
        '    <baselayers style="default">\n'
        '        <baselayer type="OSM" id="osm" label="OpenStreetMap" title="OSM" visible="true" '
        'url="https://{a-c}.tile.openstreetmap.org/{z}/{x}/{y}.png" attribution="OpenStreetMap"/>\n'
        '    </baselayers>\n    <themes>\n        <theme name="PLU" id="plu">\n'
        '            <layer id="zonage" name="Zonage" url="https://geo.example.org/geoserver/wms" '
        'filter="code_insee LIKE \'99%\'" infoformat="text/html" template="urbanisme/templates/zonage.mst"/>\n'
        '        </theme>\n    </themes>\n</config>\n'),
    "urbanisme/templates/zonage.mst": ('{{#features}}\n<div class="zone">\n  <h4>{{libelle}}</h4>\n'
                                       '  <p>Commune : {{nom_commune}} ({{code_insee}})</p>\n</div>\n{{/features}}\n'),
    "urbanisme/README.md": "# Urbanisme\n\nApplication mviewer présentant le zonage du plan local d'urbanisme.\n",
}


def test_a_map_viewer_application_searching_addresses_with_api_adresse_uses_the_public_reference(tmp_path):
    """geo said "IGN / geo.api.gouv.fr / API Adresse / legal reference system: no" and identifiers n/a, while the viewer's
    application searches addresses with API Adresse (<olscompletion url=…>) and shows the communes' INSEE codes: its XML
    configuration was read as a data file and its .mst templates not at all."""
    r = results(run(build(tmp_path / "r", VIEWER_APP), tmp_path / "c", only=["interoperability.geo", "interoperability.identifiers"]))
    geo = r["interoperability.geo"]
    assert "legal reference system: yes" in geo["message"]["en"], geo["message"]
    assert any(e.get("path") == "urbanisme/urbanisme.xml" and "api-adresse" in str(e.get("value")) for e in geo["evidence"]), geo["evidence"]
    ident = r["interoperability.identifiers"]
    assert ident["status"] != "not_applicable", ident["message"]
    assert any(e.get("path") == "urbanisme/templates/zonage.mst" for e in ident["evidence"]), ident["evidence"]


def test_an_xml_data_file_naming_api_adresse_stays_data(tmp_path):
    """An XML export of geocoded rows (no viewer application) is data: the address of the service it came from is no use of it."""
    files = {"data/adresses.xml": '<?xml version="1.0"?>\n<rows>\n  <row source="https://api-adresse.data.gouv.fr/search/" '
                                  'code_insee="99999">1 rue de la Paix</row>\n</rows>\n',
             "README.md": "# Adresses\n\nExport des adresses géocodées.\n"}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["interoperability.geo"]))
    assert "api-adresse" not in str(r["interoperability.geo"]["evidence"]), r["interoperability.geo"]


# A PostGIS model of a town-planning document implementing the CNIG's PLU/PLUi exchange standard: its tables carry the standard's
# own fields (idurba, typezone, libelong, destdomi, typepsc/stypepsc), with no Table Schema nor schema.data.gouv.fr reference.
PLU_MODEL = {
    "README.md": "# Modèle PLUi\n\nStructure PostgreSQL/PostGIS du plan local d'urbanisme intercommunal.\n",
    "table/zone_urba.sql": ("CREATE TABLE plui.zone_urba (\n    idkey serial PRIMARY KEY,\n    libelle character varying(12) NOT NULL,\n"
                            "    libelong character varying(254),\n    typezone character varying(3) NOT NULL,\n"
                            "    destdomi character varying(2),\n    idurba character varying(30),\n"
                            "    the_geom geometry(MultiPolygon, 2154)\n);\n"),
    "table/prescription_surf.sql": ("CREATE TABLE plui.prescription_surf (\n    idkey serial PRIMARY KEY,\n    libelle character varying(254),\n"
                                    "    typepsc character varying(2) NOT NULL,\n    stypepsc character varying(2) NOT NULL,\n"
                                    "    idurba character varying(30),\n    the_geom geometry(MultiPolygon, 2154)\n);\n"),
}


def test_a_town_planning_model_built_on_the_cnig_standard_implements_a_national_data_standard(tmp_path):
    """data-standards failed "schemas: 0 Table Schema, 0 reference(s) to schema.data.gouv.fr" on a PostGIS model whose tables are
    the CNIG PLU/PLUi standard's (typezone, destdomi, typepsc…): a national data standard implemented."""
    r = results(run(build(tmp_path / "r", PLU_MODEL), tmp_path / "c", only=["interoperability.data-standards"]))
    ds = r["interoperability.data-standards"]
    assert ds["status"] == "pass" and "CNIG" in ds["message"]["en"], ds["message"]
    assert any(e.get("value") == "destdomi" and "CNIG" in e["note"]["en"] for e in ds["evidence"]), ds["evidence"]


def test_one_field_named_like_the_standard_is_no_standard(tmp_path):
    """A table with a long label (libelong) only, no other field of the standard: nothing says it follows it."""
    files = {**PLU_MODEL, "table/zone_urba.sql": PLU_MODEL["table/zone_urba.sql"].replace("typezone", "categorie").replace("destdomi", "usage")
             .replace("idurba", "reference")}
    files.pop("table/prescription_surf.sql")
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["interoperability.data-standards"]))
    assert "CNIG" not in r["interoperability.data-standards"]["message"]["en"], r["interoperability.data-standards"]["message"]


def test_the_word_leviers_in_a_page_sentence_is_no_field_of_the_common_project_schema(tmp_path):
    """data-standards counted "fields of the common project schema: 1" for the word "leviers" in a page's introduction
    ("planning, budget, freins, leviers…"); a key of the project data ("leviers": […]) still counts."""
    files = {"README.md": "# Lab\n\nSite des projets d'espaces publics.\n",
             "app/models.py": "from django.db import models\n\n\nclass Projet(models.Model):\n    titre = models.CharField(max_length=200)\n",
             "templates/projets.html": "<p>Chaque fiche présente le projet (planning, budget, freins, leviers…) et ses partenaires.</p>\n",
             "data/projets.csv": "titre,commune\nPlace du marché,Exempleville\n"}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["interoperability.data-standards"]))
    assert "common project schema: 0" in r["interoperability.data-standards"]["message"]["en"], r["interoperability.data-standards"]["message"]
    files["app/export.py"] = "def ligne(projet):\n    return {\"titre\": projet.titre, \"leviers\": projet.leviers}\n"
    r = results(run(build(tmp_path / "r2", files), tmp_path / "c2", only=["interoperability.data-standards"]))
    assert "common project schema: 1" in r["interoperability.data-standards"]["message"]["en"], r["interoperability.data-standards"]["message"]


def test_a_front_end_sign_in_form_is_a_sign_in_of_the_service(tmp_path):
    """auth said "no sign-in of people found in the code" beside a Vue sign-in form (its password field typed by a binding,
    :type="show ? 'text' : 'password'", with the browser's autocomplete="current-password") and beside a JSX form posting the
    administrator's code to /admin/login (htmx) from a component outside any sign-in folder."""
    vue = ('<template>\n  <v-form ref="formLogin">\n    <v-text-field v-model="creds.email" autocomplete="username" name="login" />\n'
           '    <v-text-field v-model="creds.password" :type="show ? \'text\' : \'password\'" autocomplete="current-password" name="password" />\n'
           '    <v-btn @click="submit()">Se connecter</v-btn>\n  </v-form>\n</template>\n<script setup>\nimport { ref } from "vue";\n'
           'const creds = ref({ email: "", password: "" });\nconst show = ref(false);\nfunction submit() {}\n</script>\n')
    files = {"README.md": "# Maquette\n\nApplication web de la maquette 3D.\n",
             "package.json": '{"name": "maquette", "private": true, "dependencies": {"vue": "^3.2.0", "vuetify": "^3.0.0", "axios": "^1.0.0"}}\n',
             "src/main.js": 'import { createApp } from "vue";\nimport App from "./App.vue";\ncreateApp(App).mount("#app");\n',
             "src/App.vue": "<template>\n  <Entree />\n</template>\n<script setup>\nimport Entree from './components/Entree.vue';\n</script>\n",
             "src/components/Entree.vue": vue}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["interoperability.auth"]))["interoperability.auth"]
    assert r["status"] != "not_applicable", r["message"]
    assert any(e.get("path") == "src/components/Entree.vue" for e in r["evidence"]), r["evidence"]
    tsx = ('export const adminForm = () => (\n  <form id="goto" hx-post="/admin/login" hx-target="body">\n'
           '    <input id="password" name="password" type="password" placeholder="Code d\'administration" required />\n'
           '    <button type="submit">Se connecter</button>\n  </form>\n);\n')
    files = {"README.md": "# Sondages\n\nApplication de sondages.\n",
             "package.json": '{"name": "sondages", "dependencies": {"elysia": "^1.0.0", "@elysiajs/html": "^1.0.0"}}\n',
             "src/index.tsx": 'import { Elysia } from "elysia";\nimport { adminForm } from "./home/adminForm";\n'
                              'new Elysia().get("/", () => adminForm()).listen(3000);\n',
             "src/home/adminForm.tsx": tsx}
    r = results(run(build(tmp_path / "r2", files), tmp_path / "c2", only=["interoperability.auth"]))["interoperability.auth"]
    assert r["status"] != "not_applicable", r["message"]
