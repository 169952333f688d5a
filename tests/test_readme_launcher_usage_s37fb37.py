"""readme.sections usage (issue 12, s37 fb37 = reader rs37, InseeFr/Omphale): a heading-poor README ("# Omphale", "# Le code Omphale",
"# Licence") says in one paragraph of its code chapter where the launchers of its two batches are (omphale-batch/src/main/java/…/
batch/Lanceur.java) and the argument each launch takes (BATCH_TRAITEMENT_PROJECTION or BATCH_CHARGEMENT). usage was absent: no
heading nor sentence had a usage word with a pointer. A sentence saying where the program's launcher is, with its source's path, or
naming the argument its launch takes, says how it is used. Near misses: a launcher named without its path ("Le lanceur est généré
par Maven"), an entry point in a tour of the code, arguments without their values, give no usage."""

from __future__ import annotations

import pytest

from auditor.engine import AuditOptions, audit
from auditor.facts.readme_sentences import launch_sentence
from tests.gitrepo import make_repo

INTRO = ("# Projections\n\nLa population d'un territoire évolue par les naissances, les décès et les migrations ; l'outil projette la "
         "population par sexe et âge jusqu'à l'horizon 2050.\n\n# Le code\n\n")
LAUNCHERS = (INTRO + "Le code est écrit en Java et lance de nombreux fichiers SQL. Pour passer d'une version à l'autre il suffit de renseigner le pas "
             "dans les properties (batch/src/main/resources/parametre.properties).\nLe lanceur du batch se trouve à cet endroit :\n"
             "batch/src/main/java/fr/exemple/batch/Lanceur.java\nL'argument à renseigner lors du lancement du batch est BATCH_PROJECTION "
             "pour lancer une projection ou BATCH_CHARGEMENT pour charger le recensement.\n\n# Licence\n\nGNU GPL v3.\n")
NO_LAUNCH = (INTRO + "Le code est écrit en Java et lance de nombreux fichiers SQL. Pour passer d'une version à l'autre il suffit de renseigner le pas "
             "dans les properties (batch/src/main/resources/parametre.properties).\nLe lanceur est généré par Maven à la construction du "
             "batch.\n\n# Licence\n\nGNU GPL v3.\n")


def _sections(tmp_path, readme: str) -> list[str]:
    files = {"README.md": readme, "batch/pom.xml": "<project><artifactId>batch</artifactId></project>\n",
             "batch/src/main/java/fr/exemple/batch/Lanceur.java": "package fr.exemple.batch;\npublic class Lanceur { public static void main(String[] a) {} }\n",
             "batch/src/main/resources/parametre.properties": "pas=\n"}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2018-12-21T14:16:09Z", "message": "init", "author": ("Alice Martin", "alice@exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["documentation.readme"]))
    return report["facts"]["readme"]["sections"]


def test_the_launchers_and_their_argument_are_the_usage(tmp_path):
    assert "usage" in _sections(tmp_path, LAUNCHERS)


def test_a_launcher_without_its_path_gives_no_usage(tmp_path):
    assert "usage" not in _sections(tmp_path, NO_LAUNCH)


@pytest.mark.parametrize(("sentence", "launch"), [
    ("Le lanceur de batch de la version 2010 se trouve à cet endroit :\nbatch/src/main/java/fr/exemple/batch/Lanceur.java", True),
    ("L'argument à renseigner lors du lancement du batch est BATCH_CHARGEMENT pour charger le recensement", True),
    ("The argument to pass when running it is --full", True),
    ("The launch script is bin/run.sh", True),
    ("Le lanceur est généré par Maven.", False),
    ("The entry point is src/main.py", False),
    ("Les arguments attendus au démarrage sont listés dans la documentation.", False),
])
def test_what_reads_as_a_launch_sentence(sentence, launch):
    assert launch_sentence(sentence) is launch
