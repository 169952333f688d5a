"""reusability.configuration (issue 12, session 17 reader a1): a Département's Vue map client ships its settings template as
src/model.app.config.json ("to fill app.config.json please follow the model.app.config.json"), its file API as
model.api.config.json beside api.config.json: neither was a template ("template: none", or the settings file itself taken
for it). A settings file named model.<…>config.<ext> is a template to follow."""

from __future__ import annotations

from auditor.facts.inventory import is_config_template
from tests.test_reusability_fixtures import build, results, run_audit


def test_a_model_config_file_is_a_settings_template(tmp_path):
    assert is_config_template("src/model.app.config.json") and is_config_template("model.api.config.json")
    assert not is_config_template("src/model.js") and not is_config_template("models/config.json")
    files = {"README.md": "# Map\n\nA map client.\n", "package.json": '{\n  "name": "map",\n  "dependencies": {\n    "vue": "^2.6.11"\n  }\n}\n',
             "src/main.js": "import Vue from 'vue';\nimport config from './app.config.json';\nnew Vue({ data: { config } });\n",
             "src/App.vue": "<template><div id=\"map\"></div></template>\n",
             "src/app.config.json": '{\n  "map": {"x": 5.78, "y": 49.3, "minZoom": 9}\n}\n',
             "src/model.app.config.json": '{\n  "map": {"x": 0, "y": 0, "minZoom": 0}\n}\n'}
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.configuration"]))["reusability.configuration"]
    assert "model.app.config.json" in r["message"]["en"], r["message"]
