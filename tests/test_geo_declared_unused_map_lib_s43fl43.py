"""interoperability.geo (issue 12, s43 fl43 = reader rj43's cazitouni/geoui): a Vue front end of a metadata catalogue keeps leaflet in
package.json from a map it removed: no file imports it nor calls its global (L.). The check kept it as an open mapping library used
("Open libraries: leaflet") because an npm map library may be reached through its global without being imported. It is kept only
when some code reaches such a global. Near miss: a page script drawing a map with L.map(…) and no import keeps leaflet. The fixtures
are written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "interoperability.geo"
PACKAGE = '{"name": "catalogue", "version": "1.0.0", "private": true, "dependencies": {"vue": "^2.7.0", "leaflet": "^1.9.4"}}\n'
CATALOGUE = ("<template>\n  <main><h1>Catalogue</h1><p>{{ count }} fiches proposant un service OGC:WMS</p></main>\n</template>\n\n"
             "<script>\nexport default {\n  data() { return { count: 0 }; },\n  async mounted() {\n"
             "    const q = { query: { query_string: { query: '+linkProtocol:/OGC:WMS.*/' } } };\n"
             "    const r = await fetch('/geonetwork/srv/api/search/records/_search', { method: 'POST', body: JSON.stringify(q) });\n"
             "    this.count = (await r.json()).hits.total.value;\n  }\n};\n</script>\n")
FILES = {"package.json": PACKAGE, "README.md": "# catalogue\n\nRecherche dans le catalogue.\n",
         "src/main.js": "import Vue from 'vue';\nimport App from './App.vue';\nnew Vue({ render: h => h(App) }).$mount('#app');\n",
         "src/App.vue": CATALOGUE}


def test_a_map_library_declared_that_no_code_reaches_is_not_used(tmp_path):
    r = check_result(tmp_path, FILES, CID)
    assert "leaflet" not in r["message"]["en"].lower(), r["message"]  # was 'Open libraries: leaflet'


def test_near_miss_a_page_script_calling_the_global_keeps_the_library(tmp_path):
    files = {**FILES, "public/carte.js": "var map = L.map('carte').setView([48.58, 7.75], 12);\n"
                                         "L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png').addTo(map);\n"}
    r = check_result(tmp_path, files, CID)
    assert "leaflet" in r["message"]["en"].lower(), r["message"]
