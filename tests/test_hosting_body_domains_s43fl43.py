"""scaling.hosting (issue 12, s43 fl43 = reader rj43's cazitouni/geoui): a catalogue front end committed from an address of the
Ville et Eurométropole de Strasbourg (@cus.fr) reads the authority's other domain (strasbourg.eu); the tool counted it as "another
public body's servers" though organisations.yml gives both domains to that one body. A committer's public domain brings the other
domains its body holds: the sponsor's own servers. Near miss: another body's domain (the Métropole de Lyon's) stays another public
body's. The fixtures are written for the test."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import results, run_audit

PACKAGE = '{"name": "catalogue", "version": "1.0.0", "private": true, "dependencies": {"vue": "^2.7.0", "axios": "^1.6.0"}}\n'


def app(data_host: str) -> dict:
    return {"package.json": PACKAGE, "README.md": "# catalogue\n\nRecherche dans le catalogue de données.\n",
            "src/main.js": "import Vue from 'vue';\nimport App from './App.vue';\nnew Vue({ render: h => h(App) }).$mount('#app');\n",
            "src/App.vue": "<template>\n  <main><h1>Catalogue</h1></main>\n</template>\n\n<script>\nimport axios from 'axios';\n"
                           f"export default {{\n  async mounted() {{\n    const r = await axios.get('https://{data_host}/api/records/search');\n"
                           "    this.records = r.data;\n  }\n};\n</script>\n"}


def hosting(tmp_path, data_host):
    repo = make_repo(tmp_path / "r", [{"files": app(data_host), "date": "2023-08-25T10:00:00Z", "message": "catalogue",
                                       "author": ("Agent SIG", "agent.sig@cus.fr")}])
    return results(run_audit(repo, tmp_path / "c", ["scaling.hosting"]))["scaling.hosting"]


def test_a_committer_s_body_s_other_domain_is_the_sponsor_s_own(tmp_path):
    r = hosting(tmp_path, "data.strasbourg.eu")
    assert "another public body" not in r["message"]["en"], r["message"]  # was '1 another public body's servers'
    assert "sponsor's servers" in r["message"]["en"], r["message"]


def test_near_miss_another_body_s_domain_stays_another_public_body_s(tmp_path):
    r = hosting(tmp_path, "data.grandlyon.com")
    assert "another public body" in r["message"]["en"], r["message"]
