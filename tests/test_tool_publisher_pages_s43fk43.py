"""scaling.hosting (issue 12, s43 fk43 = reader rh43, Probesys/abris-non-gardes): a Symfony app's docker/install_composer.sh, Composer's
documented programmatic install, reads the installer's checksum from https://composer.github.io/installer.sig — the Composer project's
own pages — and was judged "Loads files or code from a person's or third party's account (composer.github.io)", fail 3. The GitHub
Pages of a known tool's publishing organisation, listed neutral more specifically than github.io, are the tool's publisher, neutral like
its registry. Near miss: a script reading a file from a person's GitHub Pages stays a personal account."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

INSTALL = ('#!/bin/sh\nEXPECTED="$(php -r \'copy("https://composer.github.io/installer.sig", "php://stdout");\')"\n'
           "php -r \"copy('https://getcomposer.org/installer', 'composer-setup.php');\"\n"
           "ACTUAL=\"$(php -r \"echo hash_file('sha384', 'composer-setup.php');\")\"\n"
           '[ "$EXPECTED" = "$ACTUAL" ] || exit 1\nphp composer-setup.php --quiet\n')
PERSONAL = ('#!/bin/sh\ncurl -fsSL https://jdurand-dev.github.io/outils/install-theme.sh -o /tmp/theme.sh\nsh /tmp/theme.sh\n')
APP = {"composer.json": '{"require": {"php": ">=7.4", "symfony/framework-bundle": "5.4.*"}}\n',
       "src/Kernel.php": "<?php\nnamespace App;\n\nclass Kernel\n{\n}\n",
       "Dockerfile": "FROM php:7.4-apache\nCOPY docker/install_composer.sh /tmp/\nRUN sh /tmp/install_composer.sh\n"}


def test_a_tools_publisher_pages_are_no_persons_account(tmp_path):
    r = check_result(tmp_path, {**APP, "docker/install_composer.sh": INSTALL}, "scaling.hosting")
    assert "composer.github.io" not in str(r["message"]) + str(r.get("details")), r
    assert r["status"] == "pass", r


def test_near_miss_a_persons_pages_stay_personal(tmp_path):
    r = check_result(tmp_path, {**APP, "docker/install_composer.sh": INSTALL, "docker/theme.sh": PERSONAL}, "scaling.hosting")
    assert r["status"] in ("warn", "fail") and "jdurand-dev.github.io" in str(r.get("details")) + str(r["message"]), r
    assert "composer.github.io" not in str(r.get("details")), r
