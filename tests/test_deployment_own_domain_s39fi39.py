"""scaling.hosting (issue 12, s39 fi39 = reader ma39, CACEM-TEAM/decacem).

An agglomeration's waste-collection app calls its API at a hard-coded address (`https://api.agglo-exemple.fr`) and its
docker-compose.yml serves the app through Traefik on `Host(`collecte.agglo-exemple.fr`)`: the API's domain was classed
"1 other organisations". The domain the repository's own deployment serves the project on (a Traefik Host rule, nginx's
server_name, a CNAME) is the sponsor's: an address on it is the sponsor's server.
Near miss: with no deployment naming that domain the API keeps its old class (a public body's servers, sponsor unknown).
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

API = "import axios from 'axios'\n\nconst API_BASE_URL = 'https://api.agglo-exemple.fr'\n\nexport const fetchPassages = () => axios.get(`${API_BASE_URL}/api/v2/passages`)\n"
COMPOSE = ("services:\n  web:\n    build: .\n    labels:\n      - \"traefik.enable=true\"\n"
           "      - \"traefik.http.routers.web.rule=Host(`collecte.agglo-exemple.fr`)\"\n")


def hosting(tmp_path, files):
    base = {"README.md": "# Collecte\n\nCalendrier de collecte des déchets.\n", "src/services/api.js": API,
            "package.json": "{\"name\": \"collecte\", \"dependencies\": {\"axios\": \"^1.6.0\"}}\n"}
    repo = make_repo(tmp_path / "r", [{"files": {**base, **files}, "date": "2025-06-01T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["scaling.hosting"]))
    return report["results"][0], {h["host"]: h for h in report["facts"].get("hosting_dependencies", {}).get("hosts", [])}


def test_the_deployments_domain_is_the_sponsors(tmp_path):
    r, _ = hosting(tmp_path, {"docker-compose.yml": COMPOSE})
    assert "the sponsor's servers" in r["message"]["en"] and "public body" not in r["message"]["en"], r["message"]


def test_with_no_deployment_the_api_stays_another_organisations(tmp_path):
    r, _ = hosting(tmp_path, {})
    assert "a public body's servers" in r["message"]["en"] and "the sponsor's servers" not in r["message"]["en"], r["message"]
