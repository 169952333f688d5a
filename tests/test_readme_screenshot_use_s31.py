"""Chapters named after features, each a screenshot and what the user does in the interface, are the README's usage (issue 12,
session 31 fixer e31 = reader m23o1, Ville-Eurometropole-Strasbourg/Productor).

The QGIS plugin's README has "## Passages en production" (a screenshot, "générer le SQL pour plusieurs tables en les sélectionnant
dans le menu associé"), "## Imports en Développement" ("il suffit d'indiquer le dossier d'export et de rentrer les informations de
connexion", a screenshot) and "## Modification des énumérations" ("il suffit simplement de la sélectionner à l'aide du menu", a
screenshot). documentation.readme-sections said "usage missing". A chapter whose own text shows the interface and says what the user
does in it is a walk-through of the tool; a screenshot without an action, or one beside installing steps, is not."""

from __future__ import annotations

import pytest

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

HEAD = "# Productor\nCe plugin permet de générer le SQL des passages en production de couches PostGIS.\n\n"
USE = ("## Imports en Développement\nIl est possible d'utiliser le plugin pour réimporter les structures en Développement.\n"
       "Pour cela il suffit d'indiquer le dossier d'export et de rentrer les informations de connexion de votre base.\n\n"
       "![image](https://github.com/example/productor/assets/1/d3f0.png)\n\n"
       "## Modification des énumérations\nPour modifier une énumération il suffit simplement de la sélectionner à l'aide du menu.\n\n"
       "![image](https://github.com/example/productor/assets/1/0b7e.png)\n")
PLUGIN = {"metadata.txt": "[general]\nname=Productor\nqgisMinimumVersion=3.0\n", "__init__.py": "def classFactory(iface):\n    return None\n",
          "productor.py": "from qgis.core import QgsProject\n"}


def _details(tmp_path, readme: str) -> dict:
    make_repo(tmp_path, [{"files": {"README.md": readme, **PLUGIN}}])
    return {d["name"]: d for d in reversed(ctx_for(tmp_path).fact("readme")["section_details"])}


def test_feature_chapters_walking_through_the_interface_are_the_usage(tmp_path):
    assert _details(tmp_path, HEAD + USE)["usage"]["text"] == "Imports en Développement"


@pytest.mark.parametrize("readme", [
    HEAD + "## Aperçu\nLa carte des couches publiées en production.\n\n![image](https://github.com/example/productor/assets/1/a.png)\n",  # no action
    HEAD + USE.replace("![image](https://github.com/example/productor/assets/1/d3f0.png)\n", "").replace(
        "![image](https://github.com/example/productor/assets/1/0b7e.png)\n", ""),  # no picture of the interface
    HEAD + "## Mise en route\nTéléchargez le zip puis il suffit de le choisir dans le menu Extensions.\n\n![image](https://example.org/i.png)\n",  # installing it
])
def test_a_screenshot_without_a_users_action_or_beside_an_install_is_no_usage(tmp_path, readme):
    assert "usage" not in _details(tmp_path, readme)
