"""reusability.configuration on shapes read in session 10 (issue 12): a terminal's colour variable read by Symfony's
requirements checker (app/check.php: getenv('ANSICON')) is no setting of the application; settings files of defaults named
default_config (a dotenv file without extension, a TOML copied to config.toml) and a settings script of fake values
(properties_fake.php) are the templates a deployment starts from."""

from __future__ import annotations

from tests.gitrepo import Executable
from tests.test_local_authority_verdicts import judge

CONF = ["reusability.configuration"]


def _conf(tmp_path, files, name="r"):
    return judge(tmp_path, files, CONF, name)[1]["reusability.configuration"]


def test_a_terminal_colour_variable_read_by_a_framework_checker_is_no_setting(tmp_path):
    check = ("<?php\nrequire_once dirname(__FILE__).'/SymfonyRequirements.php';\n$symfonyRequirements = new SymfonyRequirements();\n"
             "function echo_style($style, $message)\n{\n    $supports = DIRECTORY_SEPARATOR === '/' || false !== getenv('ANSICON');\n"
             "    echo $supports ? $message : $message;\n}\n")
    files = {"composer.json": '{"name": "acme/suivi", "require": {"symfony/symfony": "2.6.*"}}\n', "app/check.php": check,
             "app/config/parameters.yml.dist": "parameters:\n    database_host: 127.0.0.1\n    database_name: suivi\n",
             "src/Acme/SuiviBundle/Controller/DefaultController.php": "<?php\nnamespace Acme\\SuiviBundle\\Controller;\nclass DefaultController {}\n",
             "web/app.php": "<?php\n$kernel = new AppKernel('prod', false);\n",
             # the framework's console choosing its environment, like APP_ENV or RAILS_ENV
             "app/console": Executable("#!/usr/bin/env php\n<?php\nuse Symfony\\Component\\Console\\Input\\ArgvInput;\n\n$input = new ArgvInput();\n$env = $input->getParameterOption(array('--env', '-e'), getenv('SYMFONY_ENV') ?: 'dev');\n"
                            "$debug = getenv('SYMFONY_DEBUG') !== '0' && $env !== 'prod';\n")}
    r = _conf(tmp_path, files)
    assert "ANSICON" not in str(r["evidence"]) and "SYMFONY_ENV" not in str(r["evidence"]) and ("No setting read from the environment" in r["message"]["en"]
                                                                                          or "No setting of the project read from the environment" in r["message"]["en"]), (r["message"]["en"], r["evidence"])


def test_a_dotenv_file_of_defaults_named_default_config_is_the_template(tmp_path):
    files = {"config/default_config": "CAMERA_DATA=data\nMEDIA_ROOT=media\nCAMERA_AUTH=BasicAuth\n",
             "dashboard/config.py": "import os\nfrom pathlib import Path\nfrom dotenv import load_dotenv\n\nroot = Path(__file__).parent.parent\n"
                                    "load_dotenv(root / 'config/default_config')\nDATA = os.environ.get('CAMERA_DATA')\nAUTH = os.getenv('CAMERA_AUTH')\n",
             "dashboard/app.py": "from dash import Dash\nfrom config import DATA\napp = Dash(__name__)\nserver = app.server\n",
             "requirements.txt": "dash==2.9.0\npython-dotenv==1.0.0\n"}
    r = _conf(tmp_path, files)
    assert "config/default_config" in r["message"]["en"] and "undocumented" not in r["message"]["en"].replace("0 undocumented", ""), r["message"]["en"]


def test_a_toml_of_defaults_and_a_settings_script_of_fake_values_are_templates(tmp_path):
    toml = {"config/default_config.toml": "# Adresse de l'application\nAPP_URL = 'http://127.0.0.1:5000'\nSQLALCHEMY_DATABASE_URI = 'postgresql://user:pass@host/db'\n",
            "backend/app.py": "import toml\nfrom flask import Flask\napp = Flask(__name__)\napp.config.update(toml.load('config/config.toml'))\n",
            "backend/templates/index.html": "<html><body>{{ titre }}</body></html>\n", "requirements.txt": "flask==2.3.0\ntoml==0.10.2\n"}
    r = _conf(tmp_path, toml, "t")
    assert "config/default_config.toml" in r["message"]["en"], r["message"]["en"]
    php = {"php/properties_fake.php": "<?php\n$DBHOST = \"127.0.0.1\";\n$DBNAME = \"DBName\";\n$LOGIN = \"DBUser\";\n$PASS = \"PWD\";\n",
           "php/connexion.php": "<?php\ninclude 'properties.php';\n$db = pg_connect(\"host=$DBHOST dbname=$DBNAME user=$LOGIN password=$PASS\");\n",
           "index.php": "<?php\nsession_start();\ninclude 'php/connexion.php';\nif (isset($_POST['login'])) { echo 'ok'; }\n",
           "sites.php": "<?php\nsession_start();\n$id = $_GET['id'];\n"}
    r = _conf(tmp_path, php, "p")
    assert "php/properties_fake.php" in r["message"]["en"], r["message"]["en"]


def test_a_module_name_a_guide_gives_in_general_is_no_template_of_this_project(tmp_path):
    """A Django staff app with no .env template: generic guides ("configurez REST_FRAMEWORK dans settings.py", "la classe de base
    base.py") named the settings module, a form module of the same name, two base.py and an __init__.py as templates."""
    settings = "import os\nSECRET_KEY = os.environ.get('SECRET_KEY')\nEMAIL_HOST = os.environ.get('EMAIL_HOST')\nDEBUG = False\n"
    guide = ("# Documentation de l'API\n\n## Configuration\n\nConfigurez REST_FRAMEWORK dans settings.py.\n\n"
             "Modifiez la classe de base dans base.py puis le paramétrage du paquet dans __init__.py.\n")
    files = {"requirements.txt": "Django==4.2\n", "manage.py": "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'app.settings')\n",
             "app/__init__.py": "", "app/settings.py": settings, "events/forms/settings.py": "from django import forms\n\n\nclass ReglagesForm(forms.Form):\n    nom = forms.CharField()\n",
             "events/views/base.py": "from django.views import View\n\n\nclass Base(View):\n    pass\n",
             "accounts/notifications/base.py": "class Notification:\n    pass\n", "accounts/__init__.py": "\"\"\"Comptes.\"\"\"\n",
             "workflows/api-documentation/QUICKSTART.md": guide}
    r = _conf(tmp_path, files)
    templates = [e["path"] for e in r["evidence"] if e.get("value") == "template"]
    assert not templates and "template: none" in r["message"]["en"], (r["message"]["en"], templates)


def test_a_documentation_site_config_and_a_reference_file_named_in_a_feature_paragraph_are_no_templates(tmp_path):
    """A Django + Vue project's VuePress config (frontend/docs/.vuepress/config.js, loaded by the docs' theme) and an Android app's
    embedded reference data named in a long feature paragraph that, far on, speaks of a field to fill ("renseigner")."""
    vuepress = {"frontend/docs/.vuepress/config.js": "module.exports = {\n  title: 'Guide',\n  base: '/docs/',\n  dest: 'dist-docs',\n"
                                                     "  themeConfig: { sidebar: 'auto' },\n}\n",
                "frontend/docs/.vuepress/theme/index.js": "import config from '../config.js'\nexport default { extend: '@vuepress/theme-default', config }\n",
                "frontend/src/main.js": "import { createApp } from 'vue'\nimport App from './App.vue'\ncreateApp(App).mount('#app')\n",
                "frontend/src/App.vue": "<template><div>Carte</div></template>\n", "frontend/package.json": '{"name": "front", "dependencies": {"vue": "^3.4.0"}}\n'}
    r = _conf(tmp_path, vuepress, "v")
    assert ".vuepress" not in str(r["evidence"]), (r["message"]["en"], r["evidence"])
    para = ("# Saisie\n\n## Fonctions\n\n- **Indice de nidification** : lorsqu'une espèce d'oiseau saisie est en période de nidification "
            "(référentiel embarqué `nidification.json`, ~285 espèces nicheuses de France), l'écran de caractérisation s'ouvre automatiquement en ne "
            "proposant que le champ Comportement (l'écran reste fermable et non bloquant ; une espèce hors période ou hors liste n'a aucun effet), "
            "pour le renseigner d'un tap sans ouvrir tout le formulaire.\n")
    android = {"README.md": para, "app/src/main/assets/nidification.json": '{"version": 1, "especes": [{"fr": "Geai", "mois": [0, 1]}]}\n',
               "app/build.gradle": "dependencies {\n    implementation 'androidx.core:core-ktx:1.13.1'\n}\n",
               "app/src/main/java/fr/exemple/Saisie.kt": "package fr.exemple\n\nclass Saisie {\n    val mois = 4\n}\n"}
    r = _conf(tmp_path, android, "a")
    assert "nidification.json" not in str(r["evidence"]), (r["message"]["en"], r["evidence"])


def test_settings_read_through_the_projects_own_get_env_wrapper_are_read(tmp_path):
    settings = ("import os\nfrom django.core.exceptions import ImproperlyConfigured\n\n\ndef get_env(key, default=None):\n"
                "    val = os.environ.get(key, default)\n    if not val:\n        raise ImproperlyConfigured(f'Missing {key}')\n    return val\n\n\n"
                "SECRET_KEY = get_env('DJANGO_SECRET_KEY')\nDATABASES = {'default': {'NAME': get_env('DATABASE_NAME'), 'HOST': get_env('DATABASE_HOST'),\n"
                "                         'USER': get_env('DATABASE_USER'), 'PASSWORD': get_env('DATABASE_PASSWORD')}}\n")
    files = {"backend/requirements.txt": "Django==5.0\n", "backend/manage.py": "import os\nimport django\n", "backend/geo/settings.py": settings,
             "backend/README.md": "# Back\n\n## Variables d'environnement\n\n- DJANGO_SECRET_KEY : la clé secrète\n- DATABASE_NAME, DATABASE_HOST\n"}
    r = _conf(tmp_path, files)
    assert "DATABASE_USER" in str(r["evidence"]) and "DATABASE_PASSWORD" in str(r["evidence"]), (r["message"]["en"], r["evidence"])


def test_the_settings_a_sub_projects_readme_lists_are_documented(tmp_path):
    settings = "import os\nSECRET_KEY = os.environ.get('DJANGO_SECRET_KEY')\nDATABASE_URL = os.environ.get('DATABASE_URL')\n"
    readme = ("# Back-end\n\n## Installation\n\npip install -r requirements.txt\n\n" + "Texte.\n" * 40
              + "## Variables d'environnement\n\n- `DJANGO_SECRET_KEY`\n- `DATABASE_URL` (ex: `postgres://user:pass@host:5432/base`)\n")
    files = {"README.md": "# Pastoralisme\n\nApplication web : voir backend/ et frontend/.\n", "backend/README.md": readme,
             "backend/requirements.txt": "Django==5.0\n", "backend/manage.py": "import django\n", "backend/geo/settings.py": settings}
    r = _conf(tmp_path, files)
    assert r["details"]["undocumented"] == [], (r["message"]["en"], r["details"])
