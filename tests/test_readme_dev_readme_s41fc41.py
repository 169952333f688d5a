"""A README's developer README (README-developpement.md beside README.md, the user README linking it) read as the README it
continues (issue 12, s41 fc41, reader rx40 = abes-esr/kbart2kafka-api).

- configuration: the developer README tells in a sentence which settings to complete in which properties files ("dont la
  configuration (`spring.datasource.x.url` …) doit être complétée dans les fichiers application-dev.properties …"): the
  configuration, as a README's sentence is; the tool only took it from a file named exactly README.
- usage: under the tool's step headings ("## Lecture du fichier"), the developer README gives the command running the tool on its
  input file (`sudo docker exec app java -jar /app/run/app.jar /app/in/X.tsv`): how the tool is used.
Near misses: a link to a developer README the repository does not hold gives nothing; the same sentence in a guide that is no
README (docs/…) still counts by its headings only (s35 y35's rule, kept); the same command in a linked component's README (another
folder's README.md) stays the component's; a developer README that only starts the program (no input file) gives no usage.

The files are written for these tests, in the shape of the real repository."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit

USER = ("# tsv2queue-api\n\nVous êtes sur le README usager. Pour le README développement, suivez ce lien : "
        "[README-developpement](README-developpement.md)\n\nAPI permettant de lire et contrôler un fichier de notices au format TSV.\n\n"
        "## Lecture du fichier\nLe fichier est déposé depuis l'application de gestion des notices.\n\n"
        "## Contrôle du fichier\nAprès chargement, le format du nom du fichier et son extension (.tsv) sont vérifiés.\n")
DEV = ("# tsv2queue-api\n\nLe langage utilisé est Java, avec le framework Spring.\n\n## Lecture du fichier\n*(class `Application.java`)*\n\n"
       "Les développeurs peuvent lancer le chargement d'un fichier :\n- via une ligne de commande depuis le serveur "
       "`sudo docker exec tsv2queue java -jar /app/run/tsv2queue.jar /app/tsv/EDITEUR_GLOBAL_LIVRES_2024-05-01.tsv` "
       "(vérifier que le conteneur est démarré)\n- via un IDE\n\nLe fichier est passé en paramètre de l'application.\n\n## Contrôle du fichier\n\n"
       "L'existence d'un fichier plus récent est contrôlée via le service `NoticeService`.\n"
       "Ce service fait appel à une base de données PostgreSQL dont la configuration (`spring.datasource.notices.url` "
       "`spring.datasource.notices.username` `spring.datasource.notices.password`) doit être complétée dans les fichiers "
       "application-dev.properties et application-prod.properties.\n"
       "```java\nspring.datasource.notices.url=\nspring.datasource.notices.username=\nspring.datasource.notices.password=\n```\n")
TREE = {"README.md": USER, "README-developpement.md": DEV, "pom.xml": "<project><artifactId>tsv2queue</artifactId></project>\n",
        "src/main/java/fr/ex/Application.java": "package fr.ex;\npublic class Application {}\n",
        "src/main/resources/application.properties": "topic.name=notices\n",
        "src/main/resources/application-dev.properties": "spring.datasource.notices.url=\n"}


def _readme(tmp_path, files: dict) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2024-05-02T10:00:00Z", "message": "init"}])
    return run_audit(repo, tmp_path / "c", ["documentation.readme-sections"])["facts"]["readme"]


def test_the_settings_a_developer_readme_tells_in_words_are_the_configuration(tmp_path):
    info = _readme(tmp_path, TREE)
    assert "configuration" in info["sections"], info["sections"]
    assert info["section_sources"]["configuration"] == "README-developpement.md", info["section_sources"]


def test_a_developer_readme_in_another_language_form_counts_too(tmp_path):
    tree = {k: v for k, v in TREE.items() if k != "README-developpement.md"}
    tree["README_dev.md"] = DEV
    tree["README.md"] = USER.replace("(README-developpement.md)", "(README_dev.md)")
    assert _readme(tmp_path, tree)["section_sources"].get("configuration") == "README_dev.md"


def test_a_link_to_a_developer_readme_not_in_the_repository_gives_nothing(tmp_path):
    tree = {k: v for k, v in TREE.items() if k != "README-developpement.md"}
    assert "configuration" not in _readme(tmp_path, tree)["sections"]


def test_the_same_sentence_in_a_guide_that_is_no_readme_keeps_headings_only(tmp_path):
    tree = {k: v for k, v in TREE.items() if k != "README-developpement.md"}
    tree["docs/developpement.md"] = DEV
    tree["README.md"] = USER.replace("(README-developpement.md)", "(docs/developpement.md)")
    assert "configuration" not in _readme(tmp_path, tree)["sections"]


def test_a_developer_readme_running_the_tool_on_its_input_gives_the_usage(tmp_path):
    info = _readme(tmp_path, TREE)
    assert "usage" in info["sections"], info["sections"]
    assert info["section_sources"]["usage"] == "README-developpement.md", info["section_sources"]


def test_the_same_command_in_a_components_readme_stays_the_components(tmp_path):
    tree = {k: v for k, v in TREE.items() if k != "README-developpement.md"}
    tree["loader/README.md"] = DEV
    tree["README.md"] = USER.replace("(README-developpement.md)", "(loader/README.md)")
    info = _readme(tmp_path, tree)
    assert "usage" not in info["sections"], info["section_sources"]
    assert info["section_sources"].get("configuration") == "loader/README.md"  # (its settings, told in words, are the project's: s35 y35)


def test_a_developer_readme_only_starting_the_program_gives_no_usage(tmp_path):
    tree = {**TREE, "README-developpement.md": DEV.replace(" /app/tsv/EDITEUR_GLOBAL_LIVRES_2024-05-01.tsv", "")}
    assert "usage" not in _readme(tmp_path, tree)["sections"]
