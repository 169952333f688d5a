"""Issue 12, session 44 fixer fi44 (gestionsiteccsa/MyCCSA, item 2): a Django intranet reads its thirty settings through
python-decouple (``from decouple import config``, ``DEBUG = config('DEBUG', default=True, cast=bool)``) in app/settings.py,
which the README's tree lists as "settings.py  # Paramètres du projet"; its .env.example is committed empty.
reusability.configuration took app/settings.py for the settings template (pass, 0 undocumented). Rule: a module that reads its
settings through a settings library (decouple, django-environ, pydantic's BaseSettings) is the code reading them, never their
template. Near miss: a settings module of plain values (no library, no environment read) the README names stays the template."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CONF = "reusability.configuration"
NAMES = ["DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "DB_HOST", "DB_PORT", "EMAIL_HOST", "EMAIL_PORT", "LOG_LEVEL", "SITE_NAME", "CACHE_LOCATION"]
DJANGO = ("ROOT_URLCONF = 'app.urls'\nWSGI_APPLICATION = 'app.wsgi.application'\nLANGUAGE_CODE = 'fr-fr'\nTIME_ZONE = 'Europe/Paris'\n"
          "USE_I18N = True\nUSE_TZ = True\nSTATIC_URL = '/static/'\n")
DECOUPLE = ("from pathlib import Path\nfrom decouple import config, Csv\n\nBASE_DIR = Path(__file__).resolve().parent.parent\n"
            "DEBUG = config('DEBUG', default=True, cast=bool)\nSECRET_KEY = config('SECRET_KEY', default=None)\n"
            "ALLOWED_HOSTS = config(\n    'ALLOWED_HOSTS', default='localhost', cast=Csv()\n)\n"
            + "".join(f"{n} = config('{n}', default='')\n" for n in NAMES[3:])
            + "INSTALLED_APPS = ['django.contrib.admin', 'events']\n" + DJANGO)
PLAIN = ("from pathlib import Path\n\nBASE_DIR = Path(__file__).resolve().parent.parent\n"
         + "".join(f"{n} = 'valeur'\n" for n in NAMES) + "INSTALLED_APPS = ['django.contrib.admin', 'events']\n")
README = ("# Intranet\n\nApplication web métier de la communauté de communes.\n\n## Installation\n\n```bash\npip install -r requirements.txt\n"
          "cp .env.example .env\n```\n\nÉditer `.env` avec vos paramètres :\n- `SECRET_KEY` : la clé secrète\n- `DEBUG` : True ou False\n"
          "- `ALLOWED_HOSTS` : domaines autorisés\n\n## Structure du projet\n\n```\nIntranet/\n├── app/\n"
          "│   ├── settings.py        # Paramètres du projet\n│   └── urls.py            # URLs principales\n```\n")


def _files(settings: str) -> dict:
    return {"README.md": README, "requirements.txt": "Django==5.0\npython-decouple==3.8\n", ".env.example": "",
            "manage.py": "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'app.settings')\n",
            "app/__init__.py": "", "app/settings.py": settings, "app/urls.py": "urlpatterns = []\n",
            "events/views.py": "from django.shortcuts import render\n\ndef index(request):\n    return render(request, 'index.html')\n"}


def test_a_module_reading_settings_through_decouple_is_no_template(tmp_path):
    r = judge(tmp_path, _files(DECOUPLE), [CONF])[1][CONF]
    assert "template: app/settings.py" not in r["message"]["en"], r["message"]["en"]
    assert r["status"] == "warn", r["message"]["en"]  # was pass 10: "0 undocumented; template: app/settings.py"


def test_near_miss_a_settings_module_of_plain_values_stays_the_template(tmp_path):
    r = judge(tmp_path, _files(PLAIN), [CONF], name="plain")[1][CONF]
    assert "app/settings.py" in r["message"]["en"] or any(e.get("path") == "app/settings.py" for e in r["evidence"]), r["message"]["en"]
