"""Wrong verdicts reader m33o1 found on two national parks' Flask map apps (issue 12, session 36 fixer g36).

- PnCevennes/porteconnaissance_pq: README.md's "### Mise en place du service" (the supervisor program copied into
  /etc/supervisor/conf.d, `supervisorctl reload`) and "### Configuration apache" (a2enmod proxy, a VirtualHost with ProxyPass to the
  app's port); PnEcrins/GeoConstats: "## 3. Configuration Apache" (sites-available, ProxyPass, a2ensite). documentation.readme-sections
  said "missing: deployment": a chapter setting up the web server, the reverse proxy or the service manager that serves the project on
  its host is its deployment, whatever its set-up or settings word; "Configuration" of the app's own settings stays configuration.
"""

from __future__ import annotations

from tests.test_readme_facts_s32e32 import _readme, _section

FILES = {"run.py": "from app import app\n\nif __name__ == '__main__':\n    app.run()\n",
         "requirements.txt": "Flask==1.1.4\n"}
HEAD = ("# Carte des zones\n\nOutil de consultation des zones de quiétude pour les communes.\n\nInstallation\n------------\n\n"
        "### Backend\n```\npython3 -m venv venv\npip install -r requirements.txt\n```\n\n"
        "### Configuration\n```\ncp config/config.py.sample config/config.py\n```\n\n")
SERVICE = ("### Mise en place du service\n\nsudo cp carte-service.conf /etc/supervisor/conf.d/\nsudo supervisorctl reread\n"
           "sudo supervisorctl reload\n\n")
APACHE = ("### Configuration apache\n\n```\nsudo a2enmod proxy\nsudo a2enmod proxy_http\n```\n\n```\n<VirtualHost *:80>\n  <Location />\n"
          "    ProxyPass http://127.0.0.1:8283/\n    ProxyPassReverse http://127.0.0.1:8283/\n  </Location>\n</VirtualHost>\n```\n\n")
TAIL = "API\n------------\n\nGET /api/zones : la liste des zones.\n"


def test_a_service_manager_set_up_chapter_is_the_deployment(tmp_path):
    info = _readme(tmp_path, HEAD + SERVICE + TAIL, FILES)
    assert (_section(info, "deployment") or {}).get("text") == "Mise en place du service", info["section_details"]
    assert _section(info, "install") is not None, info["section_details"]


def test_a_web_server_configuration_chapter_is_the_deployment_not_the_settings(tmp_path):
    info = _readme(tmp_path, HEAD + APACHE + TAIL, FILES)
    assert (_section(info, "deployment") or {}).get("text") == "Configuration apache", info["section_details"]
    assert (_section(info, "configuration") or {}).get("text") == "Configuration", info["section_details"]


def test_a_numbered_apache_chapter_is_the_deployment(tmp_path):
    readme = ("# GeoConstats\n\nApplication web permettant d'inventorier les constats.\n\n# Installation\n\n## 1. Installation de l'application\n\n"
              "- Lancer le script `install_app.py`\n\n## 3. Configuration Apache\n\n- Créer un nouveau site : "
              "`sudo nano /etc/apache2/sites-available/constats.conf`\n\n```\n<Location /constats >\n   ProxyPass http://127.0.0.1:5000\n"
              "</Location>\n```\n\n```\nsudo a2ensite constats\n```\n")
    info = _readme(tmp_path, readme, FILES)
    assert (_section(info, "deployment") or {}).get("text") == "3. Configuration Apache", info["section_details"]


def test_mise_en_service_is_the_deployment(tmp_path):
    info = _readme(tmp_path, HEAD + "## Mise en service\n\nCopier l'archive sur le serveur de l'intercommunalité puis relancer l'application.\n\n" + TAIL, FILES)
    assert (_section(info, "deployment") or {}).get("text") == "Mise en service", info["section_details"]


def test_the_apps_own_configuration_stays_configuration(tmp_path):
    # near miss: "Configuration" over the app's settings (a proxy the app goes through, its service's keys): no server set up
    readme = HEAD.replace("### Configuration\n```\ncp config/config.py.sample config/config.py\n```\n\n",
                          "### Configuration du service\n\nRenseigner dans config.py l'adresse du proxy (HTTP_PROXY) et la clé de l'API.\n\n") + TAIL
    info = _readme(tmp_path, readme, FILES)
    assert _section(info, "deployment") is None, info["section_details"]
    assert (_section(info, "configuration") or {}).get("text") == "Configuration du service", info["section_details"]


def test_a_service_chapter_without_a_host_set_up_is_no_deployment(tmp_path):
    # near miss: "Mise en place du service" over the product's first steps (no service manager, no web server): the installation only
    readme = HEAD + "### Mise en place du service\n\nCréer un compte administrateur puis ajouter les communes.\n\n" + TAIL
    info = _readme(tmp_path, readme, FILES)
    assert _section(info, "deployment") is None, info["section_details"]

