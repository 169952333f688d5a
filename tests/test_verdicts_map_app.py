"""Verdicts read against a metropolis's Vue/OpenLayers map application (Vite, Histoire stories, its own
Matomo, a build helper in build/), each fixed at its cause and shown on a git fixture shaped like it."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

APP = {
    "README.md": "# Carte des lignes\n\nCarte interactive des futures lignes de transport de la métropole.\n\n"
                 "## Installation\n\n```\nnpm ci\nnpm run dev\n```\n",
    "package.json": '{"name": "carte-lignes", "scripts": {"dev": "vite", "build": "vite build"}, '
                    '"dependencies": {"vue": "^3.3.0", "ol": "^7.5.0"}}\n',
    "vite.config.ts": "import { defineConfig } from 'vite'\nimport { determineHostFromArgv } from './build/determineHost.js'\n"
                      "export default defineConfig({ server: { host: determineHostFromArgv(8080) } })\n",
    # A helper people wrote, imported by the Vite configuration: not what a build writes.
    "build/determineHost.js": "// Pick the first external network interface for the dev server.\nimport os from 'os'\n\n"
                              "export function determineHostFromArgv(port) {\n  const all = Object.values(os.networkInterfaces()).flat()\n"
                              "  const found = all.find((d) => d && !d.internal && d.family === 'IPv4')\n"
                              "  return found ? found.address : 'localhost'\n}\n",
    "index.html": '<!DOCTYPE html>\n<html><head>\n<script>var u = "https://matomo.sig.ville-lannion.fr/";</script>\n'
                  '</head><body><div id="app"></div></body></html>\n',
    "src/main.ts": "import { createApp } from 'vue'\nimport App from './App.vue'\ncreateApp(App).mount('#app')\n",
    "src/App.vue": "<template><Stations /></template>\n<script setup lang=\"ts\">\nimport Stations from './Stations.vue'\n</script>\n",
    "src/Stations.vue": "<template><ul><li v-for=\"s in stations\">{{ s }}</li></ul></template>\n<script setup lang=\"ts\">\n"
                        "const stations = ['Gare', 'Grand Quartier', 'Grand Prix', 'Mairie']\n</script>\n",
    # A story (Histoire/Storybook) shows a component with sample values: an example, not the service.
    "src/Stations.story.vue": "<template><Story><Stations city=\"Métropole de Lyon\" /></Story></template>\n",
}


def judge(tmp_path, files, only):
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=only)
    return results(report)


def test_a_build_helper_people_wrote_is_not_build_output(tmp_path):
    r = judge(tmp_path, APP, ["reusability.build-output"])["reusability.build-output"]
    assert r["status"] == "pass", r["message"]


def test_a_bundlers_output_in_build_is_still_build_output(tmp_path):
    files = dict(APP, **{"build/static/js/main.3f2a1b9c.js": "(()=>{var e={};console.log(e)})();\n",
                         "build/asset-manifest.json": '{"files": {}}\n'})
    r = judge(tmp_path, files, ["reusability.build-output"])["reusability.build-output"]
    assert r["status"] == "warn"
    assert "build/static/js/main.3f2a1b9c.js" in [e.get("path") for e in r["evidence"]]
    assert "build/determineHost.js" in [e.get("path") for e in r["evidence"]]  # in an output folder, everything is output
    minified = dict(APP, **{"build/determineHost.js": "var a=" + "1+" * 700 + "1;\n"})  # one long line, no trace in names
    assert judge(tmp_path / "m", minified, ["reusability.build-output"])["reusability.build-output"]["status"] == "warn"


def test_grand_names_a_territory_only_before_a_place_and_stories_are_examples(tmp_path):
    r = judge(tmp_path, APP, ["reusability.territory-neutral"])["reusability.territory-neutral"]
    values = [str(e.get("value")) for e in r["evidence"] if e.get("kind") == "finding"]
    assert not any("Grand" in v for v in values), values
    assert not any("Lyon" in v for v in values), values  # written in a story, not in the service
    assert any("ville-lannion.fr" in v for v in values)  # the hard-coded tracker host is still found
    lyon = dict(APP, **{"src/Stations.vue": APP["src/Stations.vue"].replace("'Grand Prix'", "'Grand Lyon'")})
    r = judge(tmp_path / "l", lyon, ["reusability.territory-neutral"])["reusability.territory-neutral"]
    assert any("Grand Lyon" in str(e.get("value")) for e in r["evidence"])


def test_a_projects_own_matomo_is_not_named_as_beta_gouv_frs(tmp_path):
    r = judge(tmp_path, APP, ["interoperability.public-building-blocks"])["interoperability.public-building-blocks"]
    assert r["details"]["building_blocks"] == ["Matomo"]
