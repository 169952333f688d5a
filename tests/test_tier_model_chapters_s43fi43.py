"""Issue 12, session 43 fixer fi43 (OPEN-ENT-NG/poll): the OPEN-ENT-NG modules' README template presents the module under
"# Présentation du module" with "## Modèle de persistance" (the Mongo collection), "## Modèle serveur" (the controller, the events,
the jsonschema) and "## Modèle front-end" (the model objects): the components and storage of each tier, an architecture description.
documentation.docs said "missing: … architecture". Two different tiers' models or more as sibling chapters are architecture. Near
misses: one tier's model alone ("## Modèle serveur" under the presentation) and chapters of other models ("Modèle de courrier",
"Modèle d'arrêté") stay no architecture. Written for the test."""

from __future__ import annotations

import pytest

from auditor.facts.docs import tier_lines
from tests.test_local_authority_verdicts import judge

CONTROLLER = ("package fr.ent.vote.controllers;\n\npublic class VoteController extends MongoDbControllerHelper {\n"
              "    public VoteController() {\n        super(\"vote\");\n    }\n}\n")
CHAPTERS = {
    "persistance": "Modèle de persistance\n\nLes données du module sont stockées dans une collection Mongo « vote ».\n",
    "serveur": "Modèle serveur\n\n* `VoteController` : point d'entrée du module, routage des vues et droits.\n",
    "front": "Modèle front-end\n\n* `votes` : la collection des votes, chargée par `model.votes.sync()`.\n",
    "courrier": "Modèle de courrier\n\nLe courrier envoyé aux électeurs reprend l'intitulé du vote.\n",
    "arrete": "Modèle d'arrêté\n\nL'arrêté reprend la date du vote et ses résultats.\n",
}


def _readme(chapters):
    body = "".join(f"## {CHAPTERS[c]}\n" for c in chapters)
    return ("# À propos de l'application Vote\n\nModule de votes de l'ENT.\n\n# Documentation technique\n\n## Construction\n\n"
            "```\ngradle clean copyMod\n```\n\n# Présentation du module\n\n## Fonctionnalités\n\nChacun vote parmi les réponses.\n\n" + body)


def _missing(tmp_path, chapters, name):
    files = {"README.md": _readme(chapters), "src/main/java/fr/ent/vote/controllers/VoteController.java": CONTROLLER,
             "build.gradle": "apply plugin: 'java'\n"}
    _, res = judge(tmp_path, files, ["documentation.docs"], name=name)
    return res["documentation.docs"]["details"]["missing"], res["documentation.docs"]["message"]


def test_sibling_tier_models_are_architecture(tmp_path):
    miss, msg = _missing(tmp_path, ["persistance", "serveur", "front"], "a")
    assert "architecture" not in miss, msg
    heads = [{"level": 1, "text": "Présentation", "line": 1}, {"level": 2, "text": "Server model", "line": 3},
             {"level": 2, "text": "Persistence layer", "line": 5}]
    assert tier_lines(heads) == {3, 5}


@pytest.mark.parametrize("chapters", [["serveur"], ["courrier", "arrete"], ["serveur", "courrier"]])
def test_one_tier_alone_or_other_models_are_no_architecture(tmp_path, chapters):
    miss, msg = _missing(tmp_path, chapters, "b")
    assert "architecture" in miss, msg
    # the same tier twice, or two tiers under different chapters, are no set
    assert tier_lines([{"level": 1, "text": "A", "line": 1}, {"level": 2, "text": "Modèle serveur", "line": 2},
                       {"level": 1, "text": "B", "line": 3}, {"level": 2, "text": "Modèle client", "line": 4}]) == set()
