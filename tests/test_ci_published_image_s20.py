"""files.dockerfile is the image the CI builds and publishes (issue 12, session 20, reader r3; fixer g4 case 3): a State web
app keeping its Dockerfiles in infra/dockerfiles/ (main-app.Dockerfile, which its GitHub workflow builds and pushes with
docker/build-push-action, and a side service's, which only its development compose file builds) had the side service's as its
Dockerfile. The Dockerfile a CI job builds and pushes comes first; without a push (a test image) or without CI, the rules before
stay (the one a compose file builds, then by path)."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from auditor.facts.ci_images import _from_commands
from tests.gitrepo import make_repo

APP = {
    "README.md": "# Aides\n\nUn simulateur d'aides.\n",
    "package.json": '{"name": "aides", "scripts": {"dev": "vite"}}',
    "src/main.ts": "console.log('aides');\n",
    "infra/dockerfiles/main-app.Dockerfile": "FROM node:22-alpine AS production\nCOPY . /app\nCMD [\"node\", \"build/server.js\"]\n",
    "infra/dockerfiles/moteur.Dockerfile": "# the calculation engine, maintained here for want of an upstream image\nFROM python:3.12\nRUN pip install moteur\n",
    "infra/docker-compose.dev.yml": "services:\n  db:\n    image: postgres:16\n  moteur:\n    build:\n      context: ..\n"
                                    "      dockerfile: infra/dockerfiles/moteur.Dockerfile\n",
}
PUSH = """name: build
on: {push: {branches: [main]}}
jobs:
  build-and-push:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Build and push
        uses: docker/build-push-action@v6
        with:
          context: .
          file: ./infra/dockerfiles/main-app.Dockerfile
          target: production
          push: true
          tags: ghcr.io/exemple/aides:latest
"""


def dockerfile(tmp_path, files: dict) -> str | None:
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-02T10:00:00Z", "message": "init"}])
    return audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["reusability.install"]))["facts"]["files"]["dockerfile"]


def test_the_image_the_ci_pushes_is_the_projects(tmp_path):
    assert dockerfile(tmp_path, {**APP, ".github/workflows/build-push.yml": PUSH}) == "infra/dockerfiles/main-app.Dockerfile"


def test_without_a_published_image_the_compose_built_one_stays_first(tmp_path):
    assert dockerfile(tmp_path / "none", APP) == "infra/dockerfiles/moteur.Dockerfile"
    # built in CI without being pushed (a test build): no publication
    test_build = PUSH.replace("push: true", "push: false")
    assert dockerfile(tmp_path / "nopush", {**APP, ".github/workflows/build-push.yml": test_build}) == "infra/dockerfiles/moteur.Dockerfile"


def test_a_gitlab_job_building_and_pushing_with_a_file(tmp_path):
    gitlab = ("build:\n  image: docker:27\n  script:\n    - docker build -f infra/dockerfiles/main-app.Dockerfile -t $CI_REGISTRY_IMAGE .\n"
              "    - docker push $CI_REGISTRY_IMAGE\n")
    assert dockerfile(tmp_path, {**APP, ".gitlab-ci.yml": gitlab}) == "infra/dockerfiles/main-app.Dockerfile"


def test_commands_read_for_a_published_dockerfile():
    assert _from_commands("docker buildx build --file deploy/Dockerfile.prod --push -t x .") == {"deploy/Dockerfile.prod"}
    assert _from_commands("docker build -f Dockerfile.test -t x . && docker run x pytest") == set()
    assert _from_commands("/kaniko/executor --context $CI_PROJECT_DIR --dockerfile $CI_PROJECT_DIR/api/Dockerfile --destination x") == {"api/Dockerfile"}
    assert _from_commands("/kaniko/executor --dockerfile api/Dockerfile --no-push") == set()
    assert _from_commands("docker build -f ${DOCKERFILE} . && docker push x") == set()
