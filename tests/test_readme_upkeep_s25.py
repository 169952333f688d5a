"""README usage given by a chapter that refreshes the running service's data (issue 12, session 25 fixer l25; reader s24 o1:
geopicardie/docker-geopic).

A tile stack's README: "# Mise à jour data openstreetmap" over ``docker-compose exec db bash`` and the update command, "# Mise à jour du
cache" over the seeding command: how the service is operated once installed, its usage. Neighbours: the project's own upgrade ("# Mise à
jour de l'application" over ``git pull`` and ``docker-compose up -d --build``), a migration, and a data chapter with no command give none.
"""

from __future__ import annotations

from functools import partial

from tests.test_readme_substance_s24 import line_of as _line, section_details

APP = {"docker-compose.yml": "services:\n  db:\n    image: postgis/postgis:16-3.4\n  tiles:\n    build: ./tiles\n",
       "tiles/Dockerfile": "FROM debian:bookworm\nCOPY refresh.sh /usr/local/bin/rafraichir_donnees\n",
       "tiles/refresh.sh": "#!/bin/sh\necho refresh\n"}
_details = partial(section_details, app=APP)

STACK = ("# Installation\n\n```\ngit clone https://forge.example.org/pile-tuiles.git\ncd pile-tuiles\ndocker-compose up -d\n```\n\n"
         "# Mise à jour des données OpenStreetMap\n\nC'est fait au premier lancement ; pour le refaire plus tard :\n\n"
         "```\ndocker-compose exec db bash\nrafraichir_donnees\n```\n\n"
         "# Mise à jour du cache\n\nLe cache se regénère zone par zone :\n\n```\ndocker-compose exec tiles seed --zone nord\n```\n")


def test_a_chapter_refreshing_the_services_data_is_its_usage(tmp_path):
    d = _details(tmp_path / "stack", STACK)
    assert d["usage"]["line"] == _line(STACK, "# Mise à jour des données") and d["usage"]["via"] == "heading", d  # was none
    assert d["install"]["line"] < d["usage"]["line"]


def test_the_projects_own_upgrade_a_migration_or_a_chapter_without_command_is_no_usage(tmp_path):
    upgrade = STACK.split("# Mise à jour des données")[0] + (
        "# Mise à jour de l'application\n\n```\ngit pull\ndocker-compose up -d --build\n```\n\n"
        "# Mise à jour du schéma des données\n\n```\ndocker-compose exec app rails db:migrate\n```\n\n"
        "# Mise à jour des données\n\nLes données sont mises à jour chaque nuit par le fournisseur.\n")
    assert "usage" not in _details(tmp_path / "upgrade", upgrade), upgrade
