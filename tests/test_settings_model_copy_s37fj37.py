"""A settings file's model that the README copies to the git-ignored file the code requires is the settings template (issue 12,
s37 fj37 = reader ma37, neogeo-technologies/gl-poc-onegeo-client).

An Express search client's README says ``cp routes/conf.json.model routes/conf.json``; .gitignore ignores routes/conf.json and
routes/query.js does ``require('./conf.json')``. reusability.configuration said "template: none": the suffixes and README copies
read were .env templates' and scripts', not a conf.json.model.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

FILES = {
    "README.md": ("# Client de recherche\n\nRecherche et carte sur Elasticsearch.\n\n## Installation\n\n```\nnpm install\n"
                  "cp routes/conf.json.model routes/conf.json\nnpm start\n```\n\nRenseigner dans routes/conf.json l'adresse du serveur Elasticsearch.\n"),
    ".gitignore": "node_modules\nroutes/conf.json\n",
    "package.json": '{\n  "name": "client",\n  "scripts": {"start": "node app.js"},\n  "dependencies": {"express": "~4.13.1", "elasticsearch": "^11.0.1"}\n}\n',
    "app.js": ("var express = require('express');\nvar query = require('./routes/query');\nvar app = express();\n"
               "app.use('/query', query);\napp.listen(process.env.PORT || 3000);\n"),
    "routes/query.js": ("var express = require('express');\nvar elasticsearch = require('elasticsearch');\nvar conf = require('./conf.json');\n"
                        "var router = express.Router();\nvar client = new elasticsearch.Client({host: conf.host});\n"
                        "router.get('/', function (req, res) { client.search({index: conf.index}).then(function (r) { res.json(r); }); });\n"
                        "module.exports = router;\n"),
    "routes/conf.json.model": '{\n  "host": "localhost:9200",\n  "index": "INDEX"\n}\n',
}


def test_the_model_the_readme_copies_is_the_template(tmp_path):
    r = check_result(tmp_path, FILES, "reusability.configuration")
    assert "template: routes/conf.json.model" in r["message"]["en"], r["message"]


def test_a_copy_to_another_name_is_no_template(tmp_path):
    files = {**FILES, "README.md": FILES["README.md"].replace("cp routes/conf.json.model routes/conf.json", "cp routes/conf.json.model /tmp/sauvegarde.json")}
    r = check_result(tmp_path, files, "reusability.configuration")
    assert "conf.json.model" not in r["message"]["en"], r["message"]
