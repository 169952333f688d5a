"""reusability.secrets (issue 12, s35 ac35 = stemarono/girondeEnergies): a Symfony application's committed .env is its defaults
file, where a value is a weak hint and the APP_SECRET the recipe generated a development default; but a service's real key
pasted over a recipe's placeholder (the karser reCAPTCHA recipe's RECAPTCHA3_SECRET, replaced by Google's 40-character secret
key) is no default: the report said "pass 9.5: No certain secret". A long random value, letters of both cases and digits, not
words, under a secret's name is a secret whatever the file (detect-secrets' keyword guess, which would say it, is lost there: its
quoting pass runs only when the raw pass found nothing, and the messenger recipe's commented amqp://guest:guest@localhost line is
such a find). Near misses: a hex JWT_PASSPHRASE as the lexik recipe generates it
(%generate(secret)%), a short dev password and the public site key stay as they were."""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import sec

COMPOSER = json.dumps({"name": "sem/site", "type": "project", "license": "proprietary", "require": {
    "php": ">=8.1", "symfony/framework-bundle": "6.3.*", "karser/karser-recaptcha3-bundle": "^0.1.24"}}, indent=2) + "\n"

ENV = """# In all environments, the following files are loaded if they exist,
# DO NOT DEFINE PRODUCTION SECRETS IN THIS FILE NOR IN ANY OTHER COMMITTED FILES.

###> symfony/framework-bundle ###
APP_ENV=dev
APP_SECRET=5d1f0a8c3b9e4f7a2c6d8e0b1a3f5c7e
###< symfony/framework-bundle ###

###> doctrine/doctrine-bundle ###
DATABASE_URL="postgresql://app:!ChangeMe!@127.0.0.1:5432/app?serverVersion=15&charset=utf8"
###< doctrine/doctrine-bundle ###

###> symfony/messenger ###
# MESSENGER_TRANSPORT_DSN=amqp://guest:guest@localhost:5672/%2f/messages
MESSENGER_TRANSPORT_DSN=doctrine://default?auto_setup=0
###< symfony/messenger ###

###> karser/karser-recaptcha3-bundle ###
# Get your API key and secret from https://g.co/recaptcha/v3
RECAPTCHA3_KEY=6LdQx9kpAAAAAJ3vTq1Rw-Zt8yHb2NcXe4Lm7Pf0
RECAPTCHA3_SECRET={secret}
###< karser/karser-recaptcha3-bundle ###
"""

CONTROLLER = "<?php\nnamespace App\\Controller;\n\nclass ContactController\n{\n}\n"


def files(secret: str, extra: str = "") -> dict:
    return {"composer.json": COMPOSER, ".env": ENV.replace("{secret}", secret) + extra,
            "src/Controller/ContactController.php": CONTROLLER}


def test_a_service_key_pasted_in_the_symfony_env_is_a_secret(tmp_path):
    r = sec(tmp_path, files("6LdQx9kpAAAAAG4hWm2Kc8rTz0VbN-3sYqPj5Xe1"))
    assert r["status"] == "fail", r["message"]
    assert any(e.get("path") == ".env" and e.get("line") == 21 for e in r["evidence"]), r["evidence"]


def test_the_recipes_placeholder_and_generated_defaults_stay_hints(tmp_path):
    r = sec(tmp_path, files("my_secret", "\n###> lexik/jwt-authentication-bundle ###\nJWT_PASSPHRASE=9f86d081884c7d659a2feaa0c55ad015\n"
                                          "###< lexik/jwt-authentication-bundle ###\nMAILER_PASSWORD=azerty123\n"))
    assert r["status"] == "pass", r["message"]
