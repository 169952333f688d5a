"""The configuration template a deployment copies, wherever the project keeps it (issue 12, session 20 fixer f1, case 1).

- An ``env/`` folder holding the deployment's dotenv files (env/.env.example beside env/.env.preprod) was taken for a committed
  virtualenv, so its template was "vendored" and the report named the nginx template instead, counting the settings it lists as
  undocumented (DNUM-SocialGouv/champollion-front). A real virtualenv (env/pyvenv.cfg, env/lib/…) stays vendored.
- A web server's configuration template filled by envsubst at the container's start (templates/default.conf.template) documents the
  settings only when it holds the ``${VAR}`` placeholders the deployer gives; it comes after the project's own settings template.
- A WordPress committed whole: its root wp-config-sample.php is the site's configuration template (it was a copied file, so the
  report said "no configuration template"); a wordpress.org plugin's sample in wp-content/plugins/ stays the plugin's.
"""

from __future__ import annotations

from auditor.facts.inventory import is_vendored
from tests.test_scaling import ctx_for, days_ago
from tests.test_scaling import run as run_check

FRONT = {
    "package.json": '{"name": "outil-front", "dependencies": {"react": "18.2.0"}, "scripts": {"build": "vite build"}}\n',
    "src/api.js": "export const base = process.env.API_URL;\nexport const realm = process.env.AUTH_REALM;\n"
                  "export const stats = process.env.STATS_SITE_ID;\n",
    "Dockerfile": "FROM nginx:1.27-alpine\nCOPY site.conf.template /etc/nginx/templates/site.conf.template\n",
    "README.md": "# Outil de suivi\n\nL'interface web du service de suivi des demandes.\n",
}
NGINX_FILLED = "server {\n  listen 8080;\n  location /api/ {\n    proxy_pass http://${API_URL};\n  }\n}\n"
NGINX_FIXED = "server {\n  listen 8080;\n  location / {\n    try_files $uri $uri/ /index.html;\n  }\n}\n"
ENV_SAMPLE = "API_URL=\nAUTH_REALM=\nSTATS_SITE_ID=\n"


def _ctx(repo, files, name="r"):
    return ctx_for(repo([{"date": days_ago(10), "author": ("Alice Martin", "alice@exemple-agglo.fr"), "files": files}], name=name))


def test_an_env_folder_of_dotenv_files_is_no_virtualenv(repo):
    recette = "API_URL=api.recette.exemple.fr\nAUTH_REALM=recette\nSTATS_SITE_ID=3\nAUTH_PROXY_IMAGE_TAG=stable\n"
    ctx = _ctx(repo, {**FRONT, "site.conf.template": NGINX_FILLED, "env/.env.example": ENV_SAMPLE, "env/.env.recette": recette})
    assert ctx.fact("files")["env_template"] == "env/.env.example"
    assert "env/.env.example" not in ctx.fact("copied_paths")
    res = run_check(ctx, "reusability.configuration")
    assert res.details["undocumented"] == [], res.message
    assert "env/.env.example" in res.message["en"], res.message
    # the environments' files are the project's own now, read by the secret scan: an image's tag is no secret, a client secret is
    assert run_check(ctx, "reusability.secrets").status.value == "pass"
    ctx = _ctx(repo, {**FRONT, "env/.env.example": ENV_SAMPLE, "env/.env.recette": recette + "AUTH_CLIENT_SECRET=q8Vn2LkW5rTz0pXc\n"}, name="r2")
    found = [f for f in ctx.fact("secrets")["findings"] if f["path"] == "env/.env.recette"]
    assert {f["line"] for f in found} == {5}, found


def test_a_committed_virtualenv_stays_vendored(repo):
    assert is_vendored("env/lib/python3.11/site-packages/requests/api.py") and is_vendored("env/pyvenv.cfg")
    assert is_vendored("env/bin/activate") and not is_vendored("env/.env.example") and not is_vendored("deploy/env/prod.env")
    ctx = _ctx(repo, {"app.py": "import os\nTOKEN = os.environ['APP_TOKEN']\n", "requirements.txt": "flask\n",
                      "env/pyvenv.cfg": "home = /usr/bin\n", "env/lib/python3.11/site-packages/flask/app.py": "class Flask: pass\n",
                      "README.md": "# Appli\n"})
    assert "env/pyvenv.cfg" in ctx.fact("copied_paths")
    assert ctx.fact("files")["env_template"] is None


def test_a_web_server_template_with_placeholders_is_the_template_when_nothing_else_is(repo):
    ctx = _ctx(repo, {**FRONT, "site.conf.template": NGINX_FILLED})
    assert ctx.fact("files")["env_template"] == "site.conf.template"
    # the project's own settings template leads, even deeper in the tree
    ctx = _ctx(repo, {**FRONT, "site.conf.template": NGINX_FILLED, "docs/.env.example": ENV_SAMPLE}, name="r2")
    assert ctx.fact("files")["env_template"] == "docs/.env.example"
    assert ctx.fact("env_settings")["templates"][:2] == ["docs/.env.example", "site.conf.template"]
    ctx = _ctx(repo, {**FRONT, "site.conf.template": NGINX_FILLED, "app/settings.example.json": '{"apiUrl": ""}\n'}, name="r3")
    assert ctx.fact("files")["env_template"] == "app/settings.example.json"


def test_a_web_server_template_without_placeholders_documents_no_setting(repo):
    ctx = _ctx(repo, {**FRONT, "site.conf.template": NGINX_FIXED})
    assert ctx.fact("files")["env_template"] is None
    assert "site.conf.template" not in ctx.fact("env_settings")["templates"]
    res = run_check(ctx, "reusability.configuration")
    assert "template: none" in res.message["en"], res.message


WORDPRESS = {
    "index.php": "<?php\ndefine( 'WP_USE_THEMES', true );\nrequire __DIR__ . '/wp-blog-header.php';\n",
    "wp-config-sample.php": "<?php\ndefine( 'DB_NAME', 'database_name_here' );\ndefine( 'DB_USER', 'username_here' );\n"
                            "define( 'DB_PASSWORD', 'password_here' );\ndefine( 'AUTH_KEY', 'put your unique phrase here' );\n"
                            "$table_prefix = 'wp_';\nrequire_once ABSPATH . 'wp-settings.php';\n",
    "wp-settings.php": "<?php\ndefine( 'WPINC', 'wp-includes' );\n", "wp-load.php": "<?php\n", "wp-blog-header.php": "<?php\n",
    "wp-admin/admin.php": "<?php\n", "wp-includes/version.php": "<?php\n$wp_version = '6.5.3';\n",
    "wp-includes/functions.php": "<?php\nfunction wp_die() {}\n",
    "wp-content/themes/commune/style.css": "/*\nTheme Name: Commune\nAuthor: Service communication\n*/\n",
    "wp-content/themes/commune/functions.php": "<?php\nadd_action( 'init', function () {} );\n",
    "wp-content/themes/commune/index.php": "<?php get_header(); ?>\n",
    "README.md": "# Site de la commune\n\nLe site internet de la commune, sous WordPress.\n",
}


def test_a_committed_wordpress_sites_sample_config_is_its_template(repo):
    ctx = _ctx(repo, WORDPRESS)
    assert ctx.fact("files")["env_template"] == "wp-config-sample.php"
    res = run_check(ctx, "reusability.configuration")
    assert res.status.value != "fail" and "wp-config-sample.php" in res.message["en"], res.message
    # its placeholders are no secret
    assert not [f for f in ctx.fact("secrets")["findings"] if f["path"] == "wp-config-sample.php"]


def test_a_token_in_the_sample_is_still_reported(repo):
    token = "ghp_" + "R8xT2mQ9vL4pZ7wK3nB6cF1yJ5dG0sE2aU8q"
    files = {**WORDPRESS, "wp-config-sample.php": WORDPRESS["wp-config-sample.php"].replace("database_name_here", token)}
    ctx = _ctx(repo, files)
    assert [f for f in ctx.fact("secrets")["findings"] if f["path"] == "wp-config-sample.php"]


def test_a_copied_plugins_sample_stays_the_plugins(repo):
    files = {**WORDPRESS, "wp-config-sample.php": None,
             "wp-content/plugins/agenda-pro/readme.txt": "=== Agenda Pro ===\nContributors: someone\nStable tag: 2.1.0\n",
             "wp-content/plugins/agenda-pro/config-sample.php": "<?php\n$agenda_key = 'your-key';\n",
             "wp-content/plugins/agenda-pro/agenda-pro.php": "<?php\n/*\nPlugin Name: Agenda Pro\n*/\n"}
    files = {k: v for k, v in files.items() if v is not None}
    ctx = _ctx(repo, files)
    assert ctx.fact("files")["env_template"] is None
    assert "wp-content/plugins/agenda-pro/config-sample.php" in ctx.fact("copied_paths")
