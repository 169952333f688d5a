"""reusability.tests-and-ci (issue 12, s43 ff43 = reader rd43, flothival/PFE_App_V1_reduc_gaspillage_UI).

A monorepo of two sub-projects, a Django back end (Backend/, its requirements.txt) and a React front end (Frontend/app/, its
package.json), each with its own GitLab pipeline (Backend/.gitlab-ci.yml, Frontend/app/.gitlab-ci.yml: build an image, deploy): it was
said "CI: none in the repository". A component's own CI file (at the top of a folder holding a manifest of its own) is CI of the
repository, named in the message. Near miss: a .gitlab-ci.yml in a folder with no manifest (an example kept in docs/) stays none.

The files are written for these tests, in the shape of the real repository.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

PIPELINE = """stages:
  - build
  - deploy

build:
  stage: build
  image: docker:24
  script:
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"

deploy:
  stage: deploy
  script:
    - curl -X POST "$DEPLOY_WEBHOOK"
"""

FILES = {
    "README.md": "# Repas\n\nPrévision des repas des cantines.\n",
    "Backend/requirements.txt": "Django==5.0.6\npandas==2.2.2\n",
    "Backend/manage.py": "import sys\n\n\ndef main():\n    print(sys.argv)\n",
    "Backend/forecast/model.py": "def predict(rows):\n    return sum(rows) / max(len(rows), 1)\n",
    "Backend/forecast/tests.py": "from forecast.model import predict\n\n\ndef test_predict():\n    assert predict([2, 4]) == 3\n",
    "Frontend/app/package.json": '{"name": "app", "private": true, "scripts": {"build": "vite build"}, "dependencies": {"react": "19.0.0"}}\n',
    "Frontend/app/src/main.jsx": "export function App() {\n  return null;\n}\n",
}


def test_a_sub_projects_own_pipelines_are_ci(tmp_path):
    r = check_result(tmp_path, {**FILES, "Backend/.gitlab-ci.yml": PIPELINE, "Frontend/app/.gitlab-ci.yml": PIPELINE}, "reusability.tests-and-ci")
    assert r["details"]["ci"] == ["gitlab-ci"], r
    assert "Backend/.gitlab-ci.yml, Frontend/app/.gitlab-ci.yml" in r["message"]["en"] and "none in the repository" not in r["message"]["en"], r
    assert "2 fichier(s) de sous-projet" in r["message"]["fr"], r
    assert {e["path"] for e in r["evidence"] if e.get("value") == "gitlab-ci"} == {"Backend/.gitlab-ci.yml", "Frontend/app/.gitlab-ci.yml"}, r


def test_a_pipeline_in_a_folder_without_manifest_stays_none(tmp_path):
    r = check_result(tmp_path, {**FILES, "docs/example/.gitlab-ci.yml": PIPELINE}, "reusability.tests-and-ci")
    assert r["details"]["ci"] == [] and "none in the repository" in r["message"]["en"], r
