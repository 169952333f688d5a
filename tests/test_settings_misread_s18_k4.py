"""reusability.configuration (issue 12, session 18 reader c1): two things were taken for settings.
- A commune's Django site: the README's tree describes core/panel.py as "Configuration du menu d'administration" (a list of menu
  tuples); that module (and settings.py, "# Paramètres", the code reading the environment) was taken as the settings template, so every variable settings.py reads counted as documented (pass 10
  with 7 of 15 undocumented). A script named beside a configuring word is a template only when it sets values (two lines at least).
- A web GIS's PHP page reading $_SERVER["SSL_CLIENT_CERT"] (the visitor's TLS client certificate, per request) had it counted
  as a setting read from the environment. What mod_ssl and mod_rewrite say of the request is no setting."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.configuration"


def conf(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def found(r: dict) -> dict[str, str]:
    return {e.get("path"): e.get("value") for e in r["evidence"] if e.get("kind") == "found"}


SETTINGS = ("import os\n\nSECRET_KEY = os.environ.get('DJANGO_SECRET_KEY')\nDEBUG = os.environ.get('DJANGO_DEBUG') == '1'\n"
            "DATABASE_URL = os.environ.get('DATABASE_URL')\nMAIL_SENDER = os.environ.get('MAIL_SENDER_NAME')\n")
PANEL = ("MENU = [\n    ('Contenu', [\n        ('Actualités', 'Ajouter ou modifier', 'news', 'crud_list', {'model': 'news'}),\n"
         "        ('Horaires', 'Horaires de la mairie', 'clock', 'crud_list', {'model': 'schedule'}),\n    ]),\n]\n")
README = ("# Site de la commune\n\nLe site de la mairie.\n\n## Variables d'environnement\n\n- `DJANGO_SECRET_KEY` : la clé\n\n"
          "## Structure\n\n```\ncore/\n├── models.py          # Modèles\n├── panel.py           # Configuration du menu d'administration\n"
          "└── views.py\n```\n")


def test_a_menu_module_the_readme_tree_calls_configuration_is_no_settings_template(tmp_path):
    r = conf(tmp_path, {"README.md": README, "core/settings.py": SETTINGS + "LANGUAGE_CODE = 'fr-fr'\nTIME_ZONE = 'Europe/Paris'\n", "core/panel.py": PANEL, "core/models.py": "class News:\n    pass\n",
                        "core/views.py": "def index(request):\n    return None\n", "manage.py": "import django\n",
                        "requirements.txt": "Django==4.2\n"})
    assert "core/panel.py" not in found(r) and "core/settings.py" not in found(r), r["evidence"]
    assert "3 undocumented" in r["message"]["en"], r["message"]


def test_a_settings_script_the_readme_says_to_adapt_is_still_the_template(tmp_path):
    files = {"README.md": "# csw\n\n## Installation\n\nCréer un fichier à partir de \"node.php\" et adapter la configuration.\n",
             "server.php": "<?php\nif ($_GET['request'] == 'getcapabilities') { echo getenv('CSW_TITLE'); }\n",
             "node.php": "<?php\n$ows_Title = 'Flux';\n$ows_ProviderName = 'Mon organisme';\ninclude_once('server.php');\n"}
    assert found(conf(tmp_path, files)).get("node.php") == "template"


def test_the_visitors_tls_certificate_is_no_setting(tmp_path):
    page = ("<?php\n$db_host = 'localhost';\n$db_name = 'sig';\n$cert = $_SERVER[\"SSL_CLIENT_CERT\"];\n"
            "$back = $_SERVER['REDIRECT_URL'];\n$token = $_SERVER['APP_TOKEN'];\n")
    r = conf(tmp_path, {"README.md": "# SIG\n\nCarte communale.\n", "inc/profiles.php": page, "index.php": "<?php\ninclude 'inc/profiles.php';\n"})
    assert "SSL_CLIENT_CERT" not in str(r), r
    assert "REDIRECT_URL" not in str(r), r
    assert "APP_TOKEN" in str(r), r
