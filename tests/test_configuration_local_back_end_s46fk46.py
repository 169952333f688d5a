"""Session 46 (fk46): a front end's own back end written as a localhost address in its shipped code is a setting to externalise.

Julien-Brcht-Rndlt/region-sud-backoffice (a react-admin back office): src/App.js passes its data provider the back end's address
as a literal http://localhost:8080/… ; reusability.configuration said "not applicable: nothing for a deployment to set", because
localhost was left out everywhere as a development address. On mathieubes/gestion-periscolaire the same calls (axios at each
request) were not named in the fail. localhost stays a development address in a dev server's proxy, a settings template or a test
(near misses below): only the application's own calls are the address every deployment must set."""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import check_result


def _admin(app: str, extra: dict | None = None) -> dict:
    files = {
        "package.json": json.dumps({"name": "backoffice", "private": True, "scripts": {"start": "react-scripts start"},
                                    "dependencies": {"react": "^17.0.2", "react-dom": "^17.0.2", "react-admin": "^3.16.0",
                                                     "ra-data-simple-rest": "^3.16.0"}}, indent=2),
        "src/index.js": "import React from 'react';\nimport ReactDOM from 'react-dom';\nimport App from './App';\n\n"
                        "ReactDOM.render(<App />, document.getElementById('root'));\n",
        "src/App.js": app,
        "src/Places.js": "import { List, Datagrid, TextField } from 'react-admin';\n\nexport const PlaceList = (props) => (\n"
                         "  <List {...props}>\n    <Datagrid rowClick=\"edit\">\n      <TextField source=\"label\" />\n"
                         "    </Datagrid>\n  </List>\n);\n",
    }
    files.update(extra or {})
    return files


_APP = ("import { Admin, Resource } from 'react-admin';\nimport simpleRestProvider from 'ra-data-simple-rest';\n"
        "import { PlaceList } from './Places';\n\nconst App = () => (\n"
        "  <Admin dataProvider={simpleRestProvider('%s')}>\n    <Resource name=\"places\" list={PlaceList} />\n  </Admin>\n);\n\n"
        "export default App;\n")


def test_a_data_provider_at_localhost_is_a_setting_written_in_the_code(tmp_path):
    r = check_result(tmp_path, _admin(_APP % "http://localhost:9090/api"), "reusability.configuration")
    assert r["status"] in ("fail", "warn"), r
    assert "http://localhost:9090/api" in r["message"]["en"], r["message"]
    assert any(e.get("path") == "src/App.js" and e.get("line") == 6 for e in r["evidence"]), r["evidence"]


def test_axios_calls_at_localhost_are_named(tmp_path):
    page = ("import axios from 'axios';\n\nexport async function load(id) {\n  const res = await axios.get<string[]>(\n"
            "    `http://localhost:9090/people/${id}/items`\n  );\n  return res.data;\n}\n")
    r = check_result(tmp_path, _admin(_APP % "/api", {"src/pages/items.tsx": page}), "reusability.configuration")
    assert r["status"] in ("fail", "warn"), r
    assert any(e.get("path") == "src/pages/items.tsx" and e.get("value") == "http://localhost:9090/people/" for e in r["evidence"]), r["evidence"]


def test_near_miss_a_dev_server_proxy_a_template_and_a_test_keep_nothing_to_set(tmp_path):
    extra = {
        "src/setupProxy.js": "const { createProxyMiddleware } = require('http-proxy-middleware');\n\nmodule.exports = function (app) {\n"
                             "  app.use('/api', createProxyMiddleware({ target: 'http://localhost:9090', changeOrigin: true }));\n};\n",
        "vite.config.js": "export default { server: { proxy: { '/api': 'http://localhost:9090' } } };\n",
        "src/App.test.js": "it('loads', async () => {\n  await fetch('http://localhost:9090/api/places');\n});\n",
    }
    r = check_result(tmp_path, _admin(_APP % "/api", extra), "reusability.configuration")
    assert r["status"] == "not_applicable", r
    assert "localhost" not in json.dumps(r["evidence"]), r["evidence"]


def test_near_miss_a_localhost_default_in_an_env_sample_is_a_template(tmp_path):
    app = (_APP % "X").replace("'X'", "process.env.REACT_APP_API_URL")
    r = check_result(tmp_path, _admin(app, {".env.sample": "# the back end's address\nREACT_APP_API_URL=http://localhost:9090/api\n"}),
                     "reusability.configuration")
    assert r["status"] in ("pass", "warn"), r
    assert not [e for e in r["evidence"] if e.get("kind") == "finding" and "localhost" in str(e.get("value"))], r["evidence"]
