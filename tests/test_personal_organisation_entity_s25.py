"""scaling.personal-data (issue 12, session 25, reader o3: Tisseo/NmmPortalBundle): a portal's Doctrine entity Customer (name,
logoPath, applications, users) is a client organisation, and the check reported its ``name`` as a person's "nom et prénom":
"customer" is a person's table by its name. An entity holding a logo, with no first name nor birth date, is an organisation
whatever its name: its name is no person's. A Customer with a first name and an e-mail stays a person; so does a household
gathering its members (its e-mail and address are a family's), a Customer gathering users with no logo and a login account
with a logo (its e-mail is the one who signs in)."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

COMPOSER = '{"name": "agglo/portail-bundle", "type": "symfony-bundle", "require": {"doctrine/orm": "^2.5"}}\n'


def entity(cls: str, fields: list[str]) -> str:
    body = "".join(f"    /**\n     * @ORM\\Column(type=\"string\")\n     */\n    protected ${f};\n\n" for f in fields)
    return (f"<?php\nnamespace Agglo\\PortailBundle\\Entity;\n\nuse Doctrine\\ORM\\Mapping as ORM;\n\n/**\n * @ORM\\Entity\n * @ORM\\Table(name=\"{cls.lower()}\")\n */\n"
            f"class {cls}\n{{\n    /**\n     * @ORM\\Id\n     * @ORM\\Column(type=\"integer\")\n     */\n    protected $id;\n\n{body}}}\n")


def personal(tmp_path, files):
    return results(run(build(tmp_path / "r", {"README.md": "# Portail\n", "composer.json": COMPOSER, **files}), tmp_path / "c",
                       ["scaling.personal-data"]))["scaling.personal-data"]


def test_an_organisation_shaped_customers_name_is_no_persons(tmp_path):
    r = personal(tmp_path, {"Entity/Customer.php": entity("Customer", ["identifier", "name", "logoPath", "applications", "users"])})
    assert not any(e.get("path") == "Entity/Customer.php" for e in r["evidence"]), (r["message"], r["evidence"])  # was "nom et prénom"


def test_a_customer_with_a_first_name_and_an_email_stays_a_person(tmp_path):
    r = personal(tmp_path, {"Entity/Customer.php": entity("Customer", ["name", "firstname", "email", "logoPath"])})
    assert any(e.get("path") == "Entity/Customer.php" for e in r["evidence"]), (r["message"], r["evidence"])


def test_a_household_gathering_its_members_stays_people(tmp_path):
    r = personal(tmp_path, {"Entity/Famille.php": entity("Famille", ["nom", "email", "adresse", "membres", "users"])})
    ev = [e for e in r["evidence"] if e.get("path") == "Entity/Famille.php"]
    assert ev and any(f.startswith("email") for f in ev[0]["value"]["fields"]), (r["message"], r["evidence"])


def test_a_customer_gathering_users_with_no_logo_keeps_its_name(tmp_path):
    r = personal(tmp_path, {"Entity/Customer.php": entity("Customer", ["identifier", "name", "applications", "users"])})
    assert any(e.get("path") == "Entity/Customer.php" for e in r["evidence"]), (r["message"], r["evidence"])


def test_a_login_account_with_a_logo_keeps_its_email(tmp_path):
    r = personal(tmp_path, {"Entity/User.php": entity("User", ["name", "email", "password", "logo"])})
    ev = [e for e in r["evidence"] if e.get("path") == "Entity/User.php"]
    assert ev and any(f.startswith("email") for f in ev[0]["value"]["fields"]), (r["message"], r["evidence"])
