"""scaling.hosting (issue 12, s40 lead after fk40's d8e9a146; real case georchestra/maelstro, reported by fixer fm40): the sponsor's
API address written in a settings file the deployer edits (a dev_config.yaml listing the platforms to copy between) is configured,
not hard-coded in the code: no "sponsor's API hard-coded" risk. Near miss: the same address in a code file keeps the risk."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

COMPOSE = ("services:\n  app:\n    build: .\n    labels:\n      - \"traefik.enable=true\"\n"
           "      - \"traefik.http.routers.sync.rule=Host(`sync.metropole-exemple.fr`)\"\n")
SETTINGS = ("sources:\n  - name: metropole\n    api_url: \"https://api.metropole-exemple.fr/catalogue/srv/api\"\n"
            "    login: \"${SOURCE_LOGIN}\"\n    password: \"${SOURCE_PASSWORD}\"\n")
LOADER = ("import os\nimport yaml\n\n\ndef sources(path=os.environ.get('SYNC_CONFIG', 'dev_config.yaml')):\n"
          "    with open(path) as f:\n        return yaml.safe_load(f)['sources']\n")
HARD_CODED = ("import requests\n\nAPI_URL = 'https://api.metropole-exemple.fr/catalogue/srv/api'\n\n\n"
              "def records():\n    return requests.get(API_URL + '/records').json()\n")
README = "# Synchro\n\nCopie les fiches de catalogue entre plateformes.\n"


def _hosting(tmp_path, code):
    files = {"docker-compose.yml": COMPOSE, "README.md": README, "requirements.txt": "requests==2.32.3\nPyYAML==6.0.2\n",
             "backend/dev_config.yaml": SETTINGS, "backend/sync.py": code}
    return judge(tmp_path, files, ["scaling.hosting"])[1]["scaling.hosting"]


def test_the_sponsor_s_api_in_a_settings_file_is_configured_not_hard_coded(tmp_path):
    r = _hosting(tmp_path, LOADER)
    assert "sponsor's API" not in str(r["details"].get("risk")), r["details"]


def test_the_sponsor_s_api_in_a_code_file_stays_hard_coded(tmp_path):
    r = _hosting(tmp_path, HARD_CODED)
    assert "sponsor's API" in str(r["details"].get("risk")), r["details"]
    assert "backend/sync.py:3" in str(r["details"].get("risk")), r["details"]
