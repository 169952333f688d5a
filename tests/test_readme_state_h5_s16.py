"""State start-ups' README sections and report contract (issue 12, session 16, h5), each with a counterpart that still counts:
- a sentence on using a contributors' linter inside the installation ("pour une utilisation de rubocop plus rapide en local")
  is no usage section (betagouv/collectif-objets, s15 k3's leftover);
- "## Scalingo Setup" (creating the hosted application, its add-ons and production settings) is the deployment, not the installation
  (betagouv/jeveuxaider-back); "## End-Points" (an API's routes) is usage (InseeFr/Queen-Back-Office);
- "Différentes briques sont mises à contribution" (put to use) is no contributing section; an address at a placeholder domain in
  a setting's description ("devis@mail.domain.gouv.fr par exemple") is no contact (MTES-MCT/mon-devis-sans-oublis-backend);
- documentation.readme-sections names a section the kind does not expect in its message as in its evidence (SocialGouv/jardinmental);
- reusability.configuration: a PHP-FPM pool is no settings template (MTES-MCT/aides-territoires-symfony);
- "## Utilisations de l'API géo" over "L'API géo est notamment utilisée par …" and a list of sites is its reusers, no usage
  (etalab/api-geo)."""

from __future__ import annotations

from tests.test_readme_state_s12 import readme_fact


def _sections(tmp_path, text: str) -> dict:
    fact = readme_fact(tmp_path, text)
    return {d["name"]: (d["via"], d["line"]) for d in fact["section_details"]}


LINTER = ("# Inventaire\n\nInventaire est un site web qui permet aux communes de recenser leurs objets protégés.\n\n"
          "# Installation\n\n- Installer les dépendances\n\n  `make install`\n\n- Lancer le serveur\n\n  `bin/dev`\n\n"
          "_**optionnel**_: pour une utilisation de rubocop plus rapide en local,\n"
          "[voir le mode serveur](https://docs.rubocop.org/rubocop/usage/server.html)\n\n"  # 15
          "# Architecture\n\nLe code suit les conventions de Rails.\n")


def test_a_linter_named_as_the_object_of_usage_is_no_usage(tmp_path):
    assert "usage" not in _sections(tmp_path, LINTER)
    # counterparts: the project's own use in the same shape is usage; a linter beside the project's use does not hide it
    own = LINTER.replace("pour une utilisation de rubocop plus rapide en local", "pour une utilisation du site par les communes")
    assert _sections(tmp_path / "own", own)["usage"] == ("sentence", 15)
    both = LINTER.replace("pour une utilisation de rubocop plus rapide en local",
                          "pour l'utilisation du service et une utilisation de rubocop en local")
    assert "usage" in _sections(tmp_path / "both", both)


def _readme(sections):
    return {"path": "README.md", "sections": sections,
            "section_details": [{"name": s, "via": "heading", "line": 10 + i, "text": s.capitalize()} for i, s in enumerate(sections)]}


def test_a_section_the_kind_does_not_expect_is_named_in_the_message_as_in_the_evidence():
    """SocialGouv/jardinmental (an Expo app beside its API): its "Deployment & Release" chapter was in the evidence and in
    details.found, while the message listed five sections found and no word of the sixth."""
    from auditor.testing import run_with_facts

    facts = {"readme": _readme(["purpose", "install", "usage", "deployment", "contributing", "contact"]),
             "project": {"kind": "mobile-application", "kind_decided": True}, "docs": {}, "readme_linked_sections": {"sections": []}}
    r = run_with_facts("documentation.readme-sections", facts)
    noted = [e.value["section"] for e in r.evidence if e.kind == "found" and isinstance(e.value, dict) and "section" in e.value]
    assert "deployment" in noted and "deployment" in r.details["found"] and "deployment" not in r.details["missing"]
    assert "not counted: deployment" in r.message["en"] and "non comptée(s) : déploiement" in r.message["fr"], r.message
    assert "mobile application" in r.message["en"]
    # counterpart: a web application counts its deployment among the sections found, with no such clause
    web = run_with_facts("documentation.readme-sections", {**facts, "project": {"kind": "web-application", "kind_decided": True}})
    assert "deployment" in web.message["en"] and "not counted" not in web.message["en"]


FPM_POOL = ("; a pool named 'www'\n[www]\nuser = www-data\ngroup = www-data\nlisten = 0.0.0.0:9000\npm = dynamic\npm.max_children = 8\n"
            "pm.start_servers = 2\n")
SYMFONY = {
    "composer.json": '{"name": "etat/aides", "require": {"php": ">=8.1", "symfony/framework-bundle": "6.4.*"}}\n',
    ".env": "# This file contains default values for the environment variables needed by the app\nAPP_ENV=dev\nAPP_SECRET=\n"
            "DATABASE_URL=mysql://user:pass@db:3306/aides\n",
    "config/services.yaml": "parameters:\n    app.api_url: '%env(API_URL)%'\n",
    "src/Kernel.php": "<?php\nnamespace App;\n\nuse Symfony\\Component\\HttpKernel\\Kernel as BaseKernel;\n\nclass Kernel extends BaseKernel\n{\n}\n",
    "public/index.php": "<?php\nuse App\\Kernel;\n\nrequire_once dirname(__DIR__).'/vendor/autoload_runtime.php';\n",
    ".docker/php/Dockerfile": "FROM php:8.1-fpm\nCOPY php-fpm-pool.conf /etc/php/8.1/pool.d/www.conf\nWORKDIR /home\n",
    ".docker/php/php-fpm-pool.conf": FPM_POOL,
    "docker-compose.yml": "services:\n  php:\n    build: .docker/php\n    volumes:\n      - .:/home\n",
    "README.md": "# Aides\n\nLe portail des aides aux collectivités.\n",
}


def test_a_php_fpm_pool_copied_into_the_image_is_no_settings_template(tmp_path):
    """MTES-MCT/aides-territoires-symfony: its PHP image's php-fpm-pool.conf (workers, socket) was a second "template" beside
    Symfony's .env of defaults."""
    from tests.test_settings_shapes_s9 import conf, found

    r = conf(tmp_path, SYMFONY)
    assert ".env" in found(r) and ".docker/php/php-fpm-pool.conf" not in found(r), r["evidence"]
    # counterpart: an application's own settings file the same image copies stays a template
    app = {**SYMFONY, ".docker/php/Dockerfile": SYMFONY[".docker/php/Dockerfile"] + "COPY app.conf /etc/aides/app.conf\n",
           ".docker/php/app.conf": "[api]\nurl = https://api.example.org\ntimeout = 30\n"}
    assert ".docker/php/app.conf" in found(conf(tmp_path / "app", app))


HOSTED = ("# Réserve\n\n## Scalingo Setup\n\n* Create application\n\n```\nscalingo create reserve-<environment>\n```\n\n"  # 3
          "* Configure basics of the application\n\n```\nscalingo env-set APP_ENV=production DB_CONNECTION=pgsql\n```\n\n"
          "## End-Points\n\n- Campaign\n  - `GET /campaigns` : Retrieve the campaigns\n  - `POST /campaigns` : Create a campaign\n")  # 17


def test_a_hosting_platforms_setup_is_the_deployment_and_end_points_are_usage(tmp_path):
    got = _sections(tmp_path, HOSTED)
    assert got.get("deployment") == ("heading", 3) and "install" not in got, got
    assert got.get("usage") == ("heading", 17), got
    # counterparts: a plain "Setup" is the installation; a local set-up naming the platform's CLI stays an installation
    plain = HOSTED.replace("## Scalingo Setup", "## Setup")
    assert _sections(tmp_path / "plain", plain).get("install") == ("heading", 3)
    local = HOSTED.replace("## Scalingo Setup", "## Local setup (Scalingo CLI)")
    assert _sections(tmp_path / "local", local).get("install") == ("heading", 3)


PUT = ("# Devis\n\nPlateforme d'analyse de conformité de devis pour la rénovation énergétique.\n\n## Variables\n\n"
       "| Variable | Description |\n| --- | --- |\n"
       "| `INBOUND_MAIL_DOMAIN` | Domaine des emails de réception pour utiliser `devis@mail.domain.gouv.fr` par exemple |\n\n"
       "## OCR\n\nDifférentes briques sont mises à contribution et encore en évaluation via le projet dédié "
       "[devis-ocr](https://github.com/org/devis-ocr)\n")


def test_put_to_use_is_no_contributing_and_a_placeholder_domain_no_contact(tmp_path):
    got = _sections(tmp_path, PUT)
    assert "contributing" not in got and "contact" not in got, got
    # counterparts: an invitation to contribute with a link, and a real address to write to
    real = PUT + "\n## Contribuer\n\nLes contributions sont bienvenues : voir [CONTRIBUTING.md](CONTRIBUTING.md).\n\n" \
                 "Pour toute question, écrivez-nous : devis@beta.gouv.fr\n"
    got = _sections(tmp_path / "real", real)
    assert "contributing" in got and "contact" in got, got


TOUR = LINTER.replace("# Architecture\n", "# Découverte du service, captures d'écran, types d'usagers, premiers pas\n\n"  # 18
                      "Le site expose trois interfaces pour trois types d'usagers : les communes, les conservateurs, l'administration.\n\n"
                      "# Architecture\n")


def test_a_tour_of_the_service_for_its_users_is_usage(tmp_path):
    got = _sections(tmp_path, TOUR)
    assert got.get("usage") == ("heading", 18) and got.get("install") == ("heading", 5), got


OVERVIEW = ("# Devis - Backend\n\nPlateforme d'analyse de conformité de devis pour accélérer la rénovation énergétique des logements.\n\n"
            "## Installation\n\n```bash\ndocker compose up\n```\n\n"  # 5
            "## Configuration de l'environnement\n\n### Variables requises\n\n#### Pour l'exécution avec Node.js\n\n"  # 11, 15
            "Copiez `.env.example` en `.env.local` et éditez-le.\n\n"
            "## API\n\nL'API REST est documentée au format OpenAPI dans le dossier `swagger`, bac à sable sur `/api-docs`.\n\n"  # 19
            "# Export vers l'entrepôt\n\n## Vue d'ensemble du processus\n\n"  # 23, 25
            "Un export automatisé copie et anonymise les données de production vers une base dédiée aux tableaux de bord.\n")


def test_a_later_chapters_overview_is_no_purpose_and_a_run_variant_of_the_settings_no_usage(tmp_path):
    got = _sections(tmp_path, OVERVIEW)
    assert got.get("purpose") == ("sentence", 3), got
    assert got.get("configuration") == ("heading", 11) and got.get("usage") == ("heading", 19), got
    # counterpart: an overview right under the title is the purpose
    top = OVERVIEW.replace("# Export vers l'entrepôt\n\n## Vue d'ensemble du processus", "## Vue d'ensemble")
    assert _sections(tmp_path / "top", top).get("purpose") == ("heading", 23)


REUSERS = ("# API Communes\n\n## Installation\n\n```bash\nyarn\nyarn build\n```\n\n"
           "## Utilisations de l'API communes\n\n"  # 10
           "L'API communes est notamment utilisée par [Etalab](https://www.etalab.gouv.fr/). Les usages cités ici ne sont pas exhaustifs.\n\n"
           "- https://cadastre.data.gouv.fr/map\n- https://www.demarches-simplifiees.fr\n")


def test_a_list_of_the_projects_reusers_is_no_usage(tmp_path):
    assert "usage" not in _sections(tmp_path, REUSERS)
    # counterpart: the same heading over how to call the API is usage
    how = REUSERS.replace("L'API communes est notamment utilisée par [Etalab](https://www.etalab.gouv.fr/). Les usages cités ici ne sont pas exhaustifs.",
                          "Appelez `GET /communes?nom=Paris` pour chercher une commune par son nom.")
    assert _sections(tmp_path / "how", how).get("usage") == ("heading", 10)
