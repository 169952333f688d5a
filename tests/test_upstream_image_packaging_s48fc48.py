"""Kind, reusability.configuration and contributors (issue 12, s48 fc48 = reader rd47, megalis-bretagne/superset).

A syndicate's repository builds its own image of an upstream dashboard product: a Dockerfile FROM the product's image that
pip-installs a few packages and copies in an OIDC security manager (custom/auth/*.py), a workflow publishing the image. Three
verdicts were wrong:
- kind "library" (no file decided): the Dockerfile's `pip install` lines counted as a manifest of its own, so the rule for
  "one image of a server with its settings and no manifest of its own" never applied. An image's installs are the image's.
  Near miss: a pyproject.toml beside the code (a package of its own) keeps it out of that rule.
- configuration: `from flask_login import login_user` read as a settings module to write (its name holds "login"). A module
  named after a package the code also imports (flask) then a word is that package's extension. Near miss: `import app_config`
  beside the project's own app/ package stays a settings module.
- contributors: a bare first name committed with no address ("sylvain <>") is the one person whose full name opens with it.
  Near miss: with two people of that first name, it stays apart.

The files are written for these tests, in the shape of the real repository.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

DOCKERFILE = """FROM example/dashboards:4.0.2

USER root
RUN pip install Authlib
RUN pip install flask-oidc==2.2.0

# the single sign-on provider
COPY custom/auth /app/pythonpath/custom

USER dashboards
"""
MANAGER = """from flask import redirect, request
from flask_login import login_user, logout_user
from dashboards.security import DashboardSecurityManager


class SsoSecurityManager(DashboardSecurityManager):
    def login(self, user):
        login_user(user, remember=False)
        return redirect(request.args.get("next", "/"))

    def logout(self):
        logout_user()
"""
WORKFLOW = """name: publish
on:
  push:
    tags: ["v*.*.*"]
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/build-push-action@v5
        with:
          push: true
          tags: ghcr.io/example/dashboards-custom:latest
"""
FILES = {"README.md": "# Dashboards\n\nConstruction de l'image personnalisée.\n", "Dockerfile": DOCKERFILE,
         "custom/auth/__init__.py": "", "custom/auth/sso_security_manager.py": MANAGER, ".github/workflows/docker-publish.yml": WORKFLOW}


def test_an_upstream_products_image_with_its_add_on_is_infrastructure(tmp_path):
    report = run_audit(build(tmp_path / "r", FILES), tmp_path / "c", ["reusability.configuration"])
    assert report["facts"]["project"]["kind"] == "infrastructure", report["facts"]["project"]
    r = results(report)["reusability.configuration"]
    assert "flask_login" not in str(r["evidence"]), r["evidence"]


def test_a_package_of_its_own_is_not_the_images_packaging(tmp_path):
    pyproject = '[project]\nname = "dashboards-sso"\nversion = "1.0.0"\ndependencies = ["flask-login"]\n'
    report = run_audit(build(tmp_path / "r", {**FILES, "pyproject.toml": pyproject}), tmp_path / "c", [])
    assert report["facts"]["project"]["kind"] != "infrastructure", report["facts"]["project"]


def test_a_settings_module_of_the_project_stays_one(tmp_path):
    code = "import app_config\nfrom app import views\n\nprint(app_config.DATABASE_URL, views)\n"
    files = {"README.md": "# Tool\n", "run.py": code, "app/__init__.py": "", "app/views.py": "def index():\n    return 'ok'\n"}
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.configuration"]))["reusability.configuration"]
    assert "app_config" in str(r["evidence"]), r["evidence"]


def test_a_bare_first_name_with_no_address_is_that_person(tmp_path):
    from auditor.facts.history import identities

    class C:
        def __init__(self, n, e):
            self.author_name, self.author_email = n, e
    people = [C("Sylvain Martel", "45880189+smartel@users.noreply.github.com"), C("smartel", "45880189+smartel@users.noreply.github.com"),
              C("sylvain", ""), C("Anne Roux", "anne.roux@example.org")]
    ident = identities(people)
    assert ident["sylvain"] == ident["45880189+smartel@users.noreply.github.com"], ident
    assert ident["anne.roux@example.org"] != ident["sylvain"], ident
    two = people + [C("Sylvain Durand", "sylvain.durand@example.org")]
    ident = identities(two)
    assert ident["sylvain"] != ident["45880189+smartel@users.noreply.github.com"], ident
