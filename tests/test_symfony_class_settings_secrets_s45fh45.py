"""reusability.secrets: a YAML setting naming a PHP class is code, no secret to review (issue 12, s45 fh45 = reader re45's
ClLabart/calendrier-mairie-rosiere).

config/packages/reset_password.yaml's ``request_password_repository: App\\Repository\\ResetPasswordRequestRepository`` and
security.yaml's ``password_hashers:`` entry ``Symfony\\…\\PasswordAuthenticatedUserInterface: 'auto'`` were listed as "strings that
look like a secret, to review": detect-secrets' keyword rule saw "password" in the keys. Their values are a class and the hasher the
framework picks. Symfony's .env APP_SECRET, a development default, is said as one, not as a hint to review. Near miss: a password
given under a class-named user provider's key in the same kind of file stays a string to review."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "reusability.secrets"
BASE = {"composer.json": '{"require": {"symfony/framework-bundle": "6.1.*"}}\n',
        "src/Kernel.php": "<?php\nnamespace App;\n\nclass Kernel\n{\n}\n",
        "config/packages/reset_password.yaml": "symfonycasts_reset_password:\n    request_password_repository: App\\Repository\\PasswordTokenRepository\n",
        "config/packages/security.yaml": ("security:\n    password_hashers:\n        Symfony\\Component\\Security\\Core\\User\\PasswordAuthenticatedUserInterface: 'auto'\n"
                                          "    providers:\n        app_user_provider:\n            entity:\n                class: App\\Entity\\Agent\n")}


def _secrets(tmp_path, files, tag):
    return judge(tmp_path, files, [CID], name=tag)[1][CID]


def test_class_names_under_password_keys_are_no_hint(tmp_path):
    r = _secrets(tmp_path, BASE, "classes")
    assert r["status"] == "pass" and r["details"]["weak"] == 0, r["message"]
    assert not [e for e in r["evidence"] if e.get("path", "").startswith("config/packages/")]


def test_near_miss_a_literal_password_in_the_same_file_stays_a_hint(tmp_path):
    files = dict(BASE)
    files["config/packages/security.yaml"] += "    ldap:\n        search_password: 'Kq7wRz2pLm'\n"
    r = _secrets(tmp_path, files, "literal")
    assert [e for e in r["evidence"] if e.get("path") == "config/packages/security.yaml"], r["message"]


def test_a_framework_development_secret_is_said_as_a_default_not_a_hint(tmp_path):
    files = {k: v for k, v in BASE.items() if not k.startswith("config/")}
    files[".env"] = "###> symfony/framework-bundle ###\nAPP_ENV=dev\nAPP_SECRET=3f9c1a7be20d48e6a5c4b19f07d2e8a1\n###< symfony/framework-bundle ###\n"
    r = _secrets(tmp_path, files, "appsecret")
    assert r["status"] == "pass" and "development default" in r["message"]["en"] and "hint" not in r["message"]["en"], r["message"]
