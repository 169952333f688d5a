"""README configuration given by a sentence that names a setting and tells to set it (issue 12, session 25 fixer l25; readers s24
o1 and o3: geopicardie/docker-geopic, geopicardie/docker-geopic-mapnik).

1. "Configurer le conteneur pour un autre style que celui par défaut (-e STYLE=autrestyle)" and "ajouter -e GITPULL=yes": docker's
   ``-e NAME=value`` flag, in a sentence telling to set it, is how the container is configured. A ``docker run`` with ports and a
   name only, and a sentence about running it, configure nothing.
2. "On peut utiliser une autre région en remplaçant la variable d'environnement OSM_PBF dans docker-compose.yml": a setting named
   in capitals, called a variable, with a verb that changes it. A field name in capitals in a sentence about the data is no setting.
"""

from __future__ import annotations

from functools import partial

import pytest

from auditor.facts.readme_sentences import names_a_setting
from tests.test_readme_substance_s24 import line_of as _line, section_details

APP = {"Dockerfile": "FROM debian:bookworm\nCOPY run.sh /run.sh\nCMD [\"/run.sh\"]\n",
       "run.sh": "#!/bin/sh\necho \"theme: ${THEME:-clair}\"\n"}
_details = partial(section_details, app=APP)

TILES = ("## Serveur de tuiles (rendu des cartes)\n\n"
         "```\ndocker build -t tuiles-rendu .\ndocker run -d -p 8080:80 --name tuiles tuiles-rendu\n```\n\n"
         "Pour relancer le service, supprimer le conteneur puis reprendre la même commande.\n\n"
         "Choisir pour le conteneur un autre thème que celui livré (-e THEME=sombre)\n\n"
         "```\ndocker rm -f tuiles ; docker run -d -e THEME=sombre -p 8080:80 --name tuiles tuiles-rendu\n```\n")


def test_a_docker_env_flag_in_a_sentence_telling_to_set_it_is_the_configuration(tmp_path):
    readme = TILES.replace("Choisir pour le conteneur", "Configurer le conteneur pour")
    d = _details(tmp_path / "flag", readme)
    assert d["configuration"]["line"] == _line(readme, "Configurer le conteneur") and d["configuration"]["via"] == "sentence", d  # was none
    added = TILES.replace("Choisir pour le conteneur un autre thème que celui livré (-e THEME=sombre)",
                          "Pour rafraîchir les données au démarrage ajouter -e REFRESH=oui")
    assert _details(tmp_path / "added", added)["configuration"]["line"] == _line(added, "Pour rafraîchir"), added


def test_a_docker_run_with_ports_and_a_name_only_is_no_configuration(tmp_path):
    plain = TILES.split("Choisir pour le conteneur")[0]
    d = _details(tmp_path / "plain", plain)
    assert "configuration" not in d and "install" in d, d


COMPOSE = ("# Installation\n\n```\ngit clone https://forge.example.org/tuiles.git\ncd tuiles\ndocker-compose up -d\n```\n\n"
           "# Mise à jour des données\n\nC'est fait au premier lancement ; pour le refaire plus tard :\n\n"
           "```\ndocker-compose exec db bash\nmaj_donnees\n```\n\n"
           "On peut charger un autre département en remplaçant la variable d'environnement \"EXTRAIT_PBF\" dans docker-compose.yml.\n")


def test_a_variable_named_in_capitals_with_a_verb_that_changes_it_is_the_configuration(tmp_path):
    d = _details(tmp_path / "compose", COMPOSE, {"docker-compose.yml": "services:\n  db:\n    environment:\n      EXTRAIT_PBF: dep80.pbf\n"})
    assert d["configuration"]["line"] == _line(COMPOSE, "On peut charger"), d  # was none
    column = COMPOSE.replace("On peut charger un autre département en remplaçant la variable d'environnement \"EXTRAIT_PBF\" dans docker-compose.yml.",
                             "Le fichier livré donne pour chaque commune son CODE_INSEE, modifié à chaque fusion de communes.")
    assert "configuration" not in _details(tmp_path / "column", column), column


@pytest.mark.parametrize(("sentence", "gives"), [
    ("Configurer le conteneur pour un autre thème (-e THEME=sombre)", True),
    ("Pour rafraîchir les données ajouter -e REFRESH=oui", True),
    ("Change the variable MAP_EXTENT to serve another area.", True),
    ("Lancer le conteneur : docker run -d -p 8080:80 tuiles", False),
    ("Ce jeu de données a été modifié : la colonne CODE_INSEE suit le COG.", False),
    ("Le fichier README_EN.md donne la version anglaise.", False),
])
def test_names_a_setting(sentence, gives):
    assert names_a_setting(sentence) is gives
