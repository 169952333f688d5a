"""interoperability.auth (issue 12, s33 c33 = reader m26o2, saphir88/Hackaton3_ATMOGrandEst): a Symfony 4 application kept the
security-bundle's recipe as it was written (`providers: in_memory: { memory: ~ }`, a `main` firewall `anonymous: true`, form_login
and http_basic commented out, access_control's rules commented out), with no User class and no login route: it was failed "Sign-in
with local accounts or a local password only" on its `firewalls:` key. Nothing signs people in: not_applicable. An application whose
security configuration has a provider of entities and a form login, or a guard authenticator, keeps its verdict."""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import build, results, run_audit

CID = "interoperability.auth"

RECIPE_4 = """security:
    # https://symfony.com/doc/current/security.html#where-do-users-come-from-user-providers
    providers:
        in_memory: { memory: ~ }
    firewalls:
        dev:
            pattern: ^/(_(profiler|wdt)|css|images|js)/
            security: false
        main:
            anonymous: true

            # activate different ways to authenticate

            # http_basic: true
            # https://symfony.com/doc/current/security.html#a-configuring-how-your-users-will-authenticate

            # form_login: true
            # https://symfony.com/doc/current/security/form_login_setup.html

    # Easy way to control access for large sections of your site
    # Note: Only the *first* access control that matches will be used
    access_control:
        # - { path: ^/admin, roles: ROLE_ADMIN }
        # - { path: ^/profile, roles: ROLE_USER }
"""

RECIPE_6 = """security:
    password_hashers:
        Symfony\\Component\\Security\\Core\\User\\PasswordAuthenticatedUserInterface: 'auto'
    providers:
        users_in_memory: { memory: null }
    firewalls:
        dev:
            pattern: ^/(_(profiler|wdt)|css|images|js)/
            security: false
        main:
            lazy: true
            provider: users_in_memory
    access_control:
        # - { path: ^/admin, roles: ROLE_ADMIN }
"""

FORM_LOGIN = """security:
    providers:
        app_user_provider:
            entity:
                class: App\\Entity\\User
                property: email
    firewalls:
        main:
            anonymous: true
            form_login:
                login_path: app_login
                check_path: app_login
    access_control:
        - { path: ^/admin, roles: ROLE_ADMIN }
"""

GUARD = """security:
    providers:
        in_memory: { memory: ~ }
    firewalls:
        main:
            anonymous: true
            guard:
                authenticators:
                    - App\\Security\\TokenAuthenticator
"""


def site(security: str) -> dict:
    return {
        "README.md": "# Qualité de l'air\n\nApplication Symfony d'alerte à la pollution.\n",
        "composer.json": json.dumps({"name": "hackaton/atmo", "type": "project", "require": {
            "php": "^7.1.3", "symfony/framework-bundle": "^4.1", "symfony/security-bundle": "^4.1", "symfony/twig-bundle": "^4.1",
            "symfony/orm-pack": "^1.0"}}, indent=4) + "\n",
        "config/packages/security.yaml": security,
        "config/routes.yaml": "index:\n    path: /\n    controller: App\\Controller\\MainController::index\n",
        "src/Entity/Users.php": "<?php\n\nnamespace App\\Entity;\n\nuse Doctrine\\ORM\\Mapping as ORM;\n\n/**\n * @ORM\\Entity()\n */\n"
                                "class Users\n{\n    /**\n     * @ORM\\Column(type=\"string\", length=255)\n     */\n    private $email;\n}\n",
        "src/Controller/MainController.php": "<?php\n\nnamespace App\\Controller;\n\nuse Symfony\\Bundle\\FrameworkBundle\\Controller\\Controller;\n"
                                             "use Symfony\\Component\\Routing\\Annotation\\Route;\n\nclass MainController extends Controller\n{\n"
                                             "    /**\n     * @Route(\"/\", name=\"accueil\")\n     */\n    public function index()\n    {\n"
                                             "        return $this->render('accueil/accueil.html.twig');\n    }\n}\n",
        "templates/base.html.twig": "<!DOCTYPE html>\n<html><body>{% block body %}{% endblock %}</body></html>\n",
        "templates/accueil/accueil.html.twig": "{% extends 'base.html.twig' %}\n{% block body %}<form action=\"/inscription\" method=\"post\">"
                                               "<input type=\"email\" name=\"email\"></form>{% endblock %}\n",
    }


def auth(tmp_path, security: str) -> dict:
    return results(run_audit(build(tmp_path / "r", site(security)), tmp_path / "c", [CID]))[CID]


def test_the_recipes_security_configuration_signs_no_one_in(tmp_path):
    r = auth(tmp_path, RECIPE_4)
    assert r["status"] == "not_applicable", (r["message"], r["evidence"])  # was fail: "Sign-in with local accounts" on firewalls:


def test_the_later_recipe_with_its_password_hashers_signs_no_one_in(tmp_path):
    r = auth(tmp_path, RECIPE_6)
    assert r["status"] == "not_applicable", (r["message"], r["evidence"])


def test_an_entity_provider_with_a_form_login_stays_local_accounts(tmp_path):  # (near miss)
    r = auth(tmp_path, FORM_LOGIN)
    assert r["status"] == "fail" and "local" in r["message"]["en"], (r["message"], r["evidence"])


def test_a_guard_authenticator_stays_a_sign_in(tmp_path):  # (near miss: the recipe's in-memory provider, an authenticator added)
    r = auth(tmp_path, GUARD)
    assert r["status"] == "fail", (r["message"], r["evidence"])
