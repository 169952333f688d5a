"""reusability.configuration (issue 12, s43 ff43 = reader rd43, flothival/PFE_App_V1_reduc_gaspillage_UI).

A front end's own GitLab pipeline (Frontend/app/.gitlab-ci.yml, the sub-project's CI) computes the Traefik host rule in its deploy job's
script (`- export HOST_RULE=$(echo "$PRODUCTION_BASE_URL" | sed …)`) then fills the production Compose file with envsubst, whose label
reads ${HOST_RULE}: HOST_RULE was counted as an undocumented setting. A variable a CI job's script exports or assigns is defined by the
repository's CI as one under variables: is (the s38 fk38 rule). Near miss: a variable the same script only reads, set nowhere, stays
an undocumented setting.

The files are written for these tests, in the shape of the real repository.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.configuration"
PIPELINE = """image: docker:24

variables:
  DOCKER_DRIVER: overlay2

stages:
  - production

production:
  stage: production
  script:
    - export IMAGE_TAG=$CI_COMMIT_SHA
    - export HOST_RULE=$(echo "$PRODUCTION_BASE_URL" | sed 's/\\([^,]*\\)/`\\1`/g')
    - echo "deploying to ${ROUTER_NAME}"
    - envsubst < docker-compose.production.yml > docker-compose.yml
    - docker stack deploy -c docker-compose.yml app
  only:
    - main
"""
COMPOSE = """version: "3.7"
services:
  app:
    image: registry.example.org/app:$IMAGE_TAG
    labels:
      - "traefik.enable=true"
      - "traefik.http.routers.${ROUTER_NAME}.rule=Host(${HOST_RULE})"
"""
FILES = {
    "README.md": "# App\n\nUne application de prévision.\n",
    "Frontend/app/package.json": '{"name": "app", "private": true, "scripts": {"build": "vite build"}, "dependencies": {"react": "19.0.0"}}\n',
    "Frontend/app/src/main.jsx": "export const API = import.meta.env.VITE_API_URL;\n",
    "Frontend/app/.env.example": "VITE_API_URL=http://localhost:8000\n",
    "Frontend/app/docker-compose.production.yml": COMPOSE,
    "Frontend/app/.gitlab-ci.yml": PIPELINE,
}


def _findings(r: dict) -> set[str]:
    return {e["value"] for e in r["evidence"] if e.get("kind") == "finding" and isinstance(e.get("value"), str)}


def test_a_variable_a_ci_script_exports_is_no_setting(tmp_path):
    found = _findings(check_result(tmp_path, FILES, CID))
    assert "HOST_RULE" not in found, found
    assert "ROUTER_NAME" in found, found  # (read by the same script and template, set nowhere: a setting left undocumented)
