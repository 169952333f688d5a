"""A workflow's committer and a local database's placeholder password (issue 12, session 25 fixer s25; reader o4 families 3 and 4:
betagouv/gitscan, InseeFr/Platine-Management-Back-Office).

1. "BetaBot <infra@…>", the identity a repository's workflow sets with ``git config user.name`` to commit its scan results, is
   automation, not a contributor; a person whose surname ends in "bot" ("Talbot") writing from a personal address stays one.
2. A committed compose ``.env`` whose password is "mypostgrespassword" (my…password) holds a placeholder: it is the settings
   template, and reusability.secrets does not ask to revoke it; a random password in the same file is still a secret.
"""

from __future__ import annotations

from auditor.people import is_bot
from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for


def test_a_one_word_bot_name_from_a_team_address_is_automation():
    assert is_bot("BetaBot", "infra@incubateur.example")  # was a person
    assert is_bot("deploybot", "noreply@example.org")
    assert not is_bot("Talbot", "jean.talbot@example.org")
    assert not is_bot("Jean Talbot", "infra@example.org")
    assert not is_bot("Julie Martin", "infra@example.org")


def test_the_workflow_committer_is_no_contributor(tmp_path):
    commits = [{"files": {"README.md": "# scan\n", "scan.sh": "echo scan\n"}, "author": ("Julie Martin", "julie@example.org")}]
    commits += [{"files": {f"results/{i}.json": "{}\n"}, "author": ("BetaBot", "infra@incubateur.example")} for i in range(3)]
    make_repo(tmp_path, commits)
    c = ctx_for(tmp_path).fact("contributors")
    assert c["all_time"] == 1  # was 2


COMPOSE = ("services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: ${APP_DB_USER}\n"
           "      POSTGRES_PASSWORD: ${APP_DB_PASSWORD}\n    ports:\n      - ${APP_DB_PORT}:5432\n")
JAVA = {"pom.xml": "<project><modelVersion>4.0.0</modelVersion><artifactId>demo</artifactId></project>\n",
        "src/main/java/App.java": "class App { public static void main(String[] a) {} }\n"}


def _env(tmp_path, password: str):
    env = f"APP_DB_USER=mylocaluser\nAPP_DB_PASSWORD={password}\nAPP_DB_PORT=5433\nAPP_DB=demo\n"
    make_repo(tmp_path, [{"files": {"README.md": "# demo\n", "api/compose.yml": COMPOSE, "api/.env": env, **JAVA}}])
    return ctx_for(tmp_path)


def test_a_my_password_placeholder_makes_the_env_the_template(tmp_path):
    ctx = _env(tmp_path / "placeholder", "mylocalpassword")
    assert ctx.fact("files")["env_template"] == "api/.env"  # was None
    assert not [f for f in ctx.fact("secrets")["findings"] if f.get("path") == "api/.env" and f.get("strength") == "strong"]
    real = _env(tmp_path / "real", "Qw7vL2pZx9Rk4TfB")
    assert real.fact("files")["env_template"] != "api/.env"
    assert [f for f in real.fact("secrets")["findings"] if f.get("path") == "api/.env"]
