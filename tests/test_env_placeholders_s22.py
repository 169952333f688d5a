"""A committed ``.env`` whose secrets are placeholders written as instructions is the settings template (issue 12, session 22
fixer g4, reader e3).

- A Next.js service's committed ``.env`` set its secrets to ``A_REMPLIR_VIA_OPENSSL`` (a fill-in phrase followed by how to fill
  it in) and ``"FAKE_TOKEN_OK_5 : cf la documentation…"`` (a placeholder word followed by an explanation): both were read as real
  secrets, so the file was no template (files.env_template null) and reusability.secrets asked to revoke them
  (anct-cnum/suite-gestionnaire-numerique).
- The neighbour stays: a random value under a secret's name in a committed ``.env`` is a secret, even followed by a word.
"""

from __future__ import annotations

from auditor.facts.secret_values import no_real_secret
from tests.test_scaling import ctx_for, days_ago
from tests.test_scaling import run as run_check

APP = {
    "package.json": '{"name": "suivi-conseillers", "dependencies": {"next": "14.2.0"}, "scripts": {"build": "next build"}}\n',
    "src/auth.ts": "export const secret = process.env.SESSION_SECRET;\nexport const partner = process.env.PARTNER_TOKEN;\n"
                   "export const url = process.env.PUBLIC_URL;\n",
    "README.md": "# Suivi des conseillers\n\nL'application web de suivi des conseillers numériques.\n",
}
TEMPLATE = ("NODE_ENV=development\nPUBLIC_URL=http://localhost:3000/\n"
            "PARTNER_TOKEN=\"FAKE_PARTNER_TOKEN_2 : voir la documentation de l'API partenaire\"\n"
            "SESSION_SECRET=A_GENERER_AVEC_OPENSSL\nMAIL_PASSWORD=\n")


def _ctx(repo, env, name="r"):
    return ctx_for(repo([{"date": days_ago(10), "author": ("Alice Martin", "alice@exemple-agglo.fr"),
                          "files": {**APP, ".env": env}}], name=name))


def test_fill_in_instructions_are_placeholders():
    from auditor.facts.secret_values import placeholder_value

    for value in ("A_REMPLIR_VIA_OPENSSL", "CHANGE_ME_IN_PRODUCTION", "a-definir-par-l-exploitant", '"FAKE_KEY : voir le wiki"',
                  "'xxxx (demander à l équipe)'"):
        assert placeholder_value(value), value
    for value in ("q8Vn2LkW5rTz0pXc7bYm", '"q8Vn2LkW5rTz0pXc prod"', "a3f8k2j9d8s7q1w2", "changemeq8Vn2LkW5r"):
        assert not placeholder_value(value), value


def test_a_dotenv_of_placeholders_written_as_instructions_is_the_template(repo):
    ctx = _ctx(repo, TEMPLATE)
    assert ctx.fact("files")["env_template"] == ".env"
    assert not [f for f in ctx.fact("secrets")["findings"] if f["path"] == ".env" and f.get("strength") == "strong"]
    assert run_check(ctx, "reusability.secrets").status.value == "pass"


def test_a_random_secret_in_a_committed_dotenv_stays_a_secret(repo):
    env = TEMPLATE.replace("A_GENERER_AVEC_OPENSSL", "q8Vn2LkW5rTz0pXc7bYm")
    assert not no_real_secret(env)
    ctx = _ctx(repo, env, name="r2")
    assert ctx.fact("files")["env_template"] is None
    found = [f for f in ctx.fact("secrets")["findings"] if f["path"] == ".env"]
    assert {f["line"] for f in found} == {4}, found
    assert run_check(ctx, "reusability.secrets").status.value == "fail"


# - A Symfony application commits .env by design as its defaults file (its documentation: production secrets go in .env.local or
#   the environment); the APP_SECRET its recipe generated there for development was a strong secret "to revoke" and kept the file
#   from being the settings template (IGNF/geotuileur-site). It is a development default now, set aside with its reason; the same
#   value in a project that is no Symfony application, or another random secret in Symfony's .env, stays a secret.
SYMFONY = {
    "composer.json": '{"name": "ign/portail-tuiles", "require": {"php": ">=8.1", "symfony/framework-bundle": "5.4.*", '
                     '"symfony/dotenv": "5.4.*"}}\n',
    "config/services.yaml": "parameters:\n  app.api_url: '%env(API_URL)%'\n  app.client_id: '%env(IAM_CLIENT_ID)%'\n",
    "src/Kernel.php": "<?php\nnamespace App;\nclass Kernel {}\n",
    "README.md": "# Portail de tuiles\n\nLe site de diffusion des tuiles vectorielles.\n",
}
SYMFONY_ENV = ("APP_ENV=dev\nAPP_SECRET=5c0e9a1f7b2d48e6a3f9c1d0b7e4a826\n\n# URL de l'API\nAPI_URL=https://url.to/api/v1\n"
               "IAM_CLIENT_ID=registered_app_name\nIAM_CLIENT_SECRET=\nMAILER_DSN=smtp://host:port\n")


def _symfony(repo, files, name):
    return ctx_for(repo([{"date": days_ago(10), "author": ("Alice Martin", "alice@exemple-agglo.fr"), "files": files}], name=name))


def test_symfony_dotenv_with_its_recipe_app_secret_is_the_template(repo):
    ctx = _symfony(repo, {**SYMFONY, ".env": SYMFONY_ENV}, "s1")
    assert ctx.fact("files")["env_template"] == ".env"
    found = [f for f in ctx.fact("secrets")["findings"] if f["path"] == ".env"]
    assert [(f["line"], f["class"], f.get("default")) for f in found] == [(2, "dev-config", "framework")], found
    res = run_check(ctx, "reusability.secrets")
    assert res.status.value == "pass", res.message
    assert res.details["development_defaults"] == 1 and res.details["strong"] == 0, res.details


def test_a_random_secret_stays_one_outside_symfony_or_beside_app_secret(repo):
    ctx = _symfony(repo, {**APP, ".env": SYMFONY_ENV}, "s2")  # (a Next.js app: no framework commits its APP_SECRET)
    assert ctx.fact("files")["env_template"] is None
    assert run_check(ctx, "reusability.secrets").status.value == "fail"
    env = SYMFONY_ENV.replace("IAM_CLIENT_SECRET=\n", "IAM_CLIENT_SECRET=q8Vn2LkW5rTz0pXc7bYm\n")
    ctx = _symfony(repo, {**SYMFONY, ".env": env}, "s3")
    assert ctx.fact("files")["env_template"] is None
    found = {f["line"]: f for f in ctx.fact("secrets")["findings"] if f["path"] == ".env"}
    assert found[2].get("default") == "framework" and found[7]["class"] != "dev-config", found
