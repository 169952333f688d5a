"""An OpenAPI description is told by its top-level key, not by its name alone (issue 12, session 26 fixer c26; reader s25 o4:
betagouv/gitscan, whose copy of another project's api-docs tool package, ``api-docs_package.json``, was listed as its OpenAPI file).

A file named like a description (api-docs_*.json, openapi-generator-config.yaml, a workflow's openapi-lint.yml) without an
``openapi``/``swagger`` key is no description; openapi.yaml and swagger.json with their key still are (a JSON one opening with a
byte order mark too), and an unnamed file with the key still is.
"""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

SPEC = "# the service's API\nopenapi: 3.0.3\ninfo:\n  title: Demo\n  version: '1'\npaths:\n  /items:\n    get:\n      responses:\n        '200':\n          description: ok\n"
SWAGGER = '\ufeff{\n  "swagger": "2.0",\n  "info": {"title": "Demo", "version": "1"},\n  "paths": {}\n}\n'


def test_a_named_file_without_the_key_is_no_description(tmp_path):
    files = {"README.md": "# demo\n", "app.py": "print('ok')\n",
             "data/acme/site/api-docs_package.json": '{\n  "name": "api-docs",\n  "version": "1.0.0",\n  "scripts": {"build": "x"}\n}\n',
             "openapi-generator-config.yaml": "generatorName: typescript-axios\noutputDir: ./client\n",
             ".github/workflows/openapi-lint.yml": "name: lint\non: push\njobs:\n  lint:\n    runs-on: ubuntu-latest\n"}
    make_repo(tmp_path / "no", [{"files": files}])
    assert ctx_for(tmp_path / "no").fact("files")["openapi"] == []  # were all three listed
    make_repo(tmp_path / "yes", [{"files": {**files, "api/openapi.yaml": SPEC, "docs/swagger.json": SWAGGER, "spec/service.yaml": SPEC}}])
    assert ctx_for(tmp_path / "yes").fact("files")["openapi"] == ["api/openapi.yaml", "docs/swagger.json", "spec/service.yaml"]
