"""Live credentials set aside as development defaults or documentation hints (issue 12, s29 f29 = measure 20 reader m20o2).

- gitligair/intranet: a Symfony intranet commits its production ``.env`` (APP_ENV=prod) with ``DATABASE_URL=mysql://<user>:<a
  chosen password>@localhost:3306/…`` — the production server's own database — and a ``.env.dev`` whose APP_SECRET is byte for
  byte the one ``.env.prod`` sets (flagged there). The check said "2 development defaults set aside (a service container's
  database, a framework's development secret), nothing to revoke". A file that says it is production's has no development
  default on its localhost (unless the password is the account's name), and a framework's development secret equal to a
  production file's is that secret.
- abdou123-guene/Site_de_documentation_geomatique: a course page sets ``username = "<its author's mailbox at a mail provider>"``
  then ``password = "<a chosen password>"`` for a Copernicus client; every finding of a page was a hint, the check passed. A
  private mailbox's address beside a chosen password is a person's account, published: a probable secret. An address of
  placeholder words or the application's own seeded admin stays a hint."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.secrets"
COMPOSER = '{"name": "obs/intranet", "type": "project", "require": {"symfony/framework-bundle": "7.4.*"}}\n'
PASSWORD = "Lq7" + "rT2vX9kWm4Zp8"  # (assembled: no credential in this file)
SECRET = "4f1c" + "9a0e7b2d5c86" + "e3a1f0b9d7c24e68"
OTHER = "b7e2" + "0c4d9f1a3e58" + "d6c0a9b8e7f21d34"
README = "# Intranet\n\nIntranet de l'observatoire.\n"


def env(app_env: str) -> str:
    return (f"\nAPP_ENV={app_env}\nAPP_LOCALE=fr\n\n"
            f'DATABASE_URL="mysql://obs_intra:{PASSWORD}@localhost:3306/obs_qualite?serverVersion=8.0.32&charset=utf8mb4"\n')


def framework(dev_secret: str) -> dict:
    return {"README.md": README, "composer.json": COMPOSER, "src/Kernel.php": "<?php\nnamespace App;\nclass Kernel {}\n",
            ".env.dev": f"\n###> symfony/framework-bundle ###\nAPP_SECRET={dev_secret}\n###< symfony/framework-bundle ###\n",
            ".env.prod": f"\n###> symfony/framework-bundle ###\nAPP_SECRET={SECRET}\n###< symfony/framework-bundle ###\n",
            ".env.test": "KERNEL_CLASS='App\\Kernel'\nAPP_SECRET='$ecretf0rt3st'\n"}


def run(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def probable(r: dict) -> set:
    return {(e["path"], e["line"]) for e in r["evidence"] if str(e.get("note", {}).get("en", "")).startswith("Probable")}


def test_a_production_envs_localhost_password_and_a_dev_copy_of_the_production_secret_are_secrets(tmp_path):
    r = run(tmp_path, {**framework(SECRET), ".env": env("prod")})
    assert {(".env", 5), (".env.dev", 3), (".env.prod", 3)} <= probable(r), r["evidence"]
    assert "nothing to revoke" not in r["message"]["en"], r["message"]
    assert PASSWORD not in str(r) and SECRET not in str(r), "the values never leave the fact"


def test_a_development_envs_localhost_and_its_own_dev_secret_stay_defaults(tmp_path):
    r = run(tmp_path, {**framework(OTHER), ".env": env("dev")})
    assert not {(".env", 5), (".env.dev", 3)} & probable(r), r["evidence"]
    assert (".env.prod", 3) in probable(r), r["evidence"]
    assert "nothing to revoke" in r["message"]["en"] and r["details"]["development_defaults"] >= 2, r["message"]


COURSE = ("# Sentinel-2\n\n### Authentification\n\nLe code suivant charge vos identifiants.\n\n```python\n"
          "from cdsetool.credentials import Credentials\nusername = \"{user}\"\npassword = \"{password}\"\n"
          "credentials = Credentials(username, password)\n```\n")


def site(user: str, password: str) -> dict:
    return {"README.md": "# Documentation SIG\n\nSite de documentation.\n", "mkdocs.yml": "site_name: Documentation SIG\n",
            "docs/index.md": "# Accueil\n\nCours de géomatique.\n", "docs/python5.md": COURSE.format(user=user, password=password)}


def test_a_private_mailbox_and_its_password_in_a_page_are_a_secret(tmp_path):
    r = run(tmp_path, site("jm.lahad" + "77@gmail.com", "Kd8@" + "5521#wq"))
    assert r["status"] == "fail" and ("docs/python5.md", 10) in probable(r), (r["message"], r["evidence"])


def test_placeholder_addresses_and_an_apps_seeded_admin_stay_hints(tmp_path):
    for i, (user, password) in enumerate((("prenom.nom@gmail.com", "Kd8@" + "5521#wq"), ("admin@intranet-obs.fr", "Kd8@" + "5521#wq"),
                                          ("jm.lahad77@gmail.com", "votre_mot_de_passe"))):
        r = run(tmp_path / str(i), site(user, password))
        assert r["status"] != "fail", (user, password, r["message"], r["evidence"])
