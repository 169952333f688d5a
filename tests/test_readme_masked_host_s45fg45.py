"""documentation.readme-sections: a server address masked with letters is no demo (issue 12, s45 fg45 =
WildCodeSchool/remotefr-js-0920-p3-regionsud-identiteterritoire-back): README l.128 "Si on souhaite accéder à l'application depuis
l'URL publique `http://w.x.y.z/carte-identite-territoire`…", l.130 "adresse IP réelle remplacée par `w.x.y.z`", was given as the
demo found. No top-level domain has one letter and a host of x's only (x.x.x.x, xxx.xxx.xxx.xxx) names none: a placeholder.
Near miss: a real public address in the same sentence stays the demo."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "documentation.readme-sections"
PKG = '{"name": "carte-back", "private": true}\n'


def readme(host: str) -> str:
    return f"""# Carte du territoire - API

Ce dépôt contient l'API qui présente le portrait d'une commune.

## Installation

    composer install

## Déploiement sur un serveur en production

L'application sera accessible via l'adresse publique du serveur, suivie d'un chemin relatif.

* `APP_ROUTER_BASENAME` : si on souhaite accéder à l'application depuis l'URL publique `http://{host}/carte-territoire`, on lui affecte la valeur `/carte-territoire`.
"""


def _demo(tmp_path, host):
    files = {"README.md": readme(host), "composer.json": PKG, "app/Api.php": "<?php\nclass Api {}\n"}
    return check_result(tmp_path, files, CID)["details"]["signals"]["demo"]


def test_a_masked_address_is_no_demo(tmp_path):
    assert _demo(tmp_path / "a", "w.x.y.z") is None
    assert _demo(tmp_path / "b", "xxx.xxx.xxx.xxx") is None


def test_near_miss_a_real_address_stays_the_demo(tmp_path):
    assert (_demo(tmp_path, "carte.maregion-exemple.fr") or {}).get("url") == "http://carte.maregion-exemple.fr/carte-territoire"
