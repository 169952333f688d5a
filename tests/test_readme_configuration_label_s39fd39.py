"""readme.sections configuration under a plain-text label (issue 12, s39 fd39, reader rs39 at 38f8bcfa): the label reading that gives
install and usage ("To install:" over its commands) gives the configuration when the steps under the label name the settings file to
write.

The files are written for these tests, in the shape of the real repository named below."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit


def _readme(tmp_path, readme: str) -> dict:
    files = {"README.md": readme, "pom.xml": "<project><artifactId>circuit</artifactId></project>\n", "web/src/main/java/App.java": "class App {}\n"}
    commits = [{"files": files, "date": "2025-03-02T10:00:00Z", "message": "init"}]
    return run_audit(make_repo(tmp_path / "r", commits), tmp_path / "c", ["documentation.readme-sections"])["facts"]["readme"]


# - abes-esr/cidemis: "Configuration locale minimale :" (no heading) over "- créer un fichier application-localhost.properties placé dans
#   le répertoire ressources du module web", "- renseigner les couples clé / valeur ci-dessous" and a properties block: configuration missing.
CIDEMIS = ("# circuit\nCircuit dématérialisé des demandes de numéros\n\n{label}\n- mettre une JDK21\n{step}\n- renseigner les couples clé / valeur ci-dessous\n\n"
           "```properties\ncircuit.datasource.url=\ncircuit.datasource.username=\nserveur.url=\n```\n\n"
           "- Télécharger un Tomcat 9 en zip, et dézipper\n- L'installer et créer une configuration tomcat dans l'IDE\n")
STEP = "- créer un fichier application-localhost.properties placé dans le répertoire ressources du module web"


def test_a_configuration_label_over_the_settings_file_to_write_is_configuration(tmp_path):
    r = _readme(tmp_path, CIDEMIS.format(label="Configuration locale minimale :", step=STEP))
    conf = next((d for d in r["section_details"] if d["name"] == "configuration"), None)
    assert conf and conf["line"] == 4, r["section_details"]


def test_near_miss_required_configuration_or_no_settings_file_gives_none(tmp_path):
    r = _readme(tmp_path / "a", CIDEMIS.format(label="Configuration requise :", step="- Maven 3.9"))
    assert "configuration" not in r["sections"], r["section_details"]
    r = _readme(tmp_path / "b", CIDEMIS.format(label="Configuration de l'IDE :", step="- activer le traitement des annotations dans IntelliJ"))
    assert "configuration" not in r["sections"], r["section_details"]
