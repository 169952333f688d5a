"""files.env_template: a web server's configuration snippet shipped as a template in the web server's folder, nginx statements and no
block (`gzip on;`), is how the image serves the site, no settings template; a template of `KEY=value` settings in the same folder stays
one (issue 12, s42 fd42, reader rv42).

The files are written for these tests, in the shape of the real repository named above each group."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit

BASE = {"README.md": "# Voeux\n\nService de recueil des voeux des élèves.\n\n## Démarrage\n\n```\ndocker compose up\n```\n",
        "server/package.json": '{"name": "server", "private": true}\n', "server/src/index.js": "module.exports = 1;\n",
        "docker-compose.yml": "services:\n  server:\n    build: ./server\n    environment:\n      - PORT=5000\n"}


def _files(tmp_path, files: dict, name: str) -> dict:
    commits = [{"files": {**BASE, **files}, "date": "2024-03-01T10:00:00Z", "message": "init"}]
    return run_audit(make_repo(tmp_path / name, commits), tmp_path / f"c-{name}", ["reusability.configuration"])["facts"]["files"]


# - mission-apprentissage/voeux-affelnet: reverse_proxy/app/nginx/templates/conf.d/gzip.conf.template is one line, `gzip on;`, beside
#   headers.conf.template (`add_header … always;`): env_template was the gzip snippet (the repository has no .env example).
def test_an_nginx_snippet_of_statements_is_no_settings_template(tmp_path):
    files = _files(tmp_path, {"proxy/nginx/templates/conf.d/gzip.conf.template": "gzip on;\n",
                              "proxy/nginx/templates/conf.d/headers.conf.template": "# headers\nserver_tokens off;\n"
                              'add_header X-Frame-Options "SAMEORIGIN" always;\nlimit_req zone=flood burst=100 nodelay;\n'}, "nginx")
    assert files["env_template"] is None, files["env_template"]


def test_a_template_of_settings_in_the_same_folder_stays_the_env_template(tmp_path):
    files = _files(tmp_path, {"proxy/nginx/templates/conf.d/app.conf.template": "SERVER_NAME=example.org\nUPSTREAM_PORT=5000\n"}, "settings")
    assert files["env_template"] == "proxy/nginx/templates/conf.d/app.conf.template", files["env_template"]
