"""files.env_template (issue 12, s37 fb37 = reader rs37, betagouv/assistant-declaration): the root holds three env templates,
.ci.env.model (the CI pipeline's CHROMATIC_PROJECT_TOKEN and SENTRY_* secrets), .env.jest.model (the tests') and .env.model (the
application's PORT, APP_BASE_URL, DATABASE_URL…). files.env_template was .ci.env.model, the first by name. At one depth the plain
`.env.<template word>` — no tool, run or component named in it — is the application's template and comes first; the qualified
ones follow it in path order. Near miss: with no plain one, the qualified templates keep their path order."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CI_MODEL = "CHROMATIC_PROJECT_TOKEN=\nSENTRY_AUTH_TOKEN=\nSENTRY_ORG=\n"
JEST_MODEL = "DATABASE_URL=postgresql://postgres:changeme@localhost:5432/test\n"
APP_MODEL = "PORT=3000\nAPP_BASE_URL=http://localhost:3000\nDATABASE_URL=postgresql://postgres:changeme@localhost:5432/app\nMAINTENANCE_API_KEY=\n"


def _env_template(tmp_path, extra: dict) -> str | None:
    files = {"README.md": "# Déclaration\n\nAssistant de déclaration des spectacles.\n", "package.json": '{"name": "decl", "version": "1.0.0"}\n',
             "src/index.ts": "export const port = process.env.PORT;\n", **extra}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-02T10:00:00Z", "message": "init", "author": ("Alice Martin", "alice@exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["reusability.configuration"]))
    return report["facts"]["files"]["env_template"]


def test_the_plain_env_model_comes_before_a_ci_and_a_test_one(tmp_path):
    assert _env_template(tmp_path, {".ci.env.model": CI_MODEL, ".env.jest.model": JEST_MODEL, ".env.model": APP_MODEL}) == ".env.model"


def test_the_plain_example_comes_before_a_component_one(tmp_path):
    assert _env_template(tmp_path, {".env.docker.example": "POSTGRES_PASSWORD=\n", ".env.example": APP_MODEL}) == ".env.example"


def test_without_a_plain_template_the_qualified_ones_keep_their_order(tmp_path):
    assert _env_template(tmp_path, {".ci.env.model": CI_MODEL, ".env.jest.model": JEST_MODEL}) == ".ci.env.model"


def test_a_shallower_qualified_template_still_comes_before_a_deeper_plain_one(tmp_path):
    assert _env_template(tmp_path, {".ci.env.model": CI_MODEL, "app/.env.model": APP_MODEL}) == ".ci.env.model"
