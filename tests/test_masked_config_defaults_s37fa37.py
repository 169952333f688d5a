"""A node-config config/default.json whose values were masked before publishing is the settings template (issue 12, s37 fa37 =
numerique-gouv/ami-ia-dgcl).

The web part's server (aclia_www/server, `import Config from 'config'`) kept its settings in config/default.json with every value
masked: `"port": xxx`, `"user": "xxx"`, `"password": "xxx"`, `"host": "xxx.168.222.204"` (not even valid JSON, a mask unquoted).
files.env_template was null: only a node-config file mapping settings to environment variables' names was read as a template. Now
a config/default.json whose settings are masks to fill in (three or more, half of them at least, one a credential or an account)
is the template, with its component. The near miss: a default.json of real defaults (port 3000, localhost, a level) stays the
application's own settings, no template. The files are written for this test, in the shape of the real ones."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

_MASKED = ('{\n  "port": xxx,\n  "logLevel": "info",\n  "db": {\n    "database": "xxx",\n    "user": "xxx",\n'
           '    "host": "xxx.168.222.204",\n    "password": "xxx",\n    "port": xxx\n  }\n}\n')
_DEFAULTS = ('{\n  "port": 3030,\n  "logLevel": "info",\n  "db": {\n    "database": "actes",\n    "user": "actes",\n'
             '    "host": "localhost",\n    "port": 5432\n  }\n}\n')
_REPO = {"aclia_data/requirements.txt": "numpy==1.19.1\n",
         "aclia_data/pipeline/extract.py": "def extract(path):\n    return open(path).read()\n",
         "aclia_www/README.md": "# Actes IA web\n\nThe annotation client and its server.\n\n## Run it\n\n```bash\nyarn start:dev\n```\n",
         "aclia_www/client/package.json": '{"name": "client", "private": true}\n',
         "aclia_www/client/src/App.js": "export default function App() { return null; }\n",
         "aclia_www/server/package.json": '{"name": "server", "private": true, "dependencies": {"config": "^3.3.1", "pg": "^8.0.0"}}\n',
         "aclia_www/server/src/db.js": "import Config from 'config';\nimport { Pool } from 'pg';\n\nexport const pool = new Pool(Config.get('db'));\n",
         "aclia_www/server/src/App.js": "import Config from 'config';\nimport express from 'express';\n\nexpress().listen(Config.get('port'));\n"}


def _files(tmp_path, files):
    path = make_repo(tmp_path / "r", [{"date": "2021-02-05T10:56:55Z", "author": ("Alice Martin", "alice@example.fr"), "files": files}])
    return ctx_for(path, tmp=tmp_path).fact("files")


def test_a_config_default_of_masked_values_is_the_settings_template(tmp_path):
    files = _files(tmp_path, {**_REPO, "aclia_www/server/config/default.json": _MASKED})
    assert files["env_template"] == "aclia_www/server/config/default.json", files["env_template"]  # was None
    assert files["env_template_component"] == "aclia_www/server"


def test_a_config_default_of_real_defaults_is_no_template(tmp_path):
    files = _files(tmp_path, {**_REPO, "aclia_www/server/config/default.json": _DEFAULTS})
    assert files["env_template"] is None, files["env_template"]
