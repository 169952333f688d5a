"""readme.sections install (issue 12, s40 fq40 = reader rw40, ansforge/psc-secpsc-api): under "## Configuration", the sub-chapter
"#### Activation manuelle (développement local)" only turns one endpoint on (`export FORCE_DELETE_ENABLED=true`, or the same as a
JVM -D flag); its heading's words of a local copy made it an installation. A heading under a Configuration chapter whose install
comes from those words alone, over code that only sets values, is configuration. Near miss: a top-level "## Développement local"
chapter that builds and starts the service stays the installation."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, run_audit

CODE = {"pom.xml": "<project><modelVersion>4.0.0</modelVersion><groupId>fr.exemple</groupId><artifactId>agents-api</artifactId>"
                   "<version>1.0</version></project>\n",
        "src/main/java/fr/exemple/AgentsApplication.java": "package fr.exemple;\n\npublic class AgentsApplication {\n"
                                                            "    public static void main(String[] args) {}\n}\n"}
HEAD = "# API des agents\n\nCette API gère les comptes des agents du service départemental.\n\n"
CONFIG = ("## Configuration\n\n### Purge des agents\n\nL'endpoint `DELETE /agent/purge` est désactivé par défaut.\n\n"
          "#### Activation manuelle (développement local)\n\nPour l'activer en local, définissez la variable d'environnement :\n\n"
          "```bash\nexport PURGE_ENABLED=true\n```\n\nOu via argument JVM :\n```bash\njava -jar agents-api.jar -DPURGE_ENABLED=true\n```\n\n"
          "#### En production\n\nEn production, l'endpoint répond 403.\n")


def _sections(tmp_path, readme: str) -> list:
    return run_audit(build(tmp_path / "r", {**CODE, "README.md": readme}), tmp_path / "c",
                     ["documentation.readme-sections"])["facts"]["readme"]["sections"]


def test_a_local_activation_of_one_setting_under_configuration_is_no_installation(tmp_path):
    secs = _sections(tmp_path, HEAD + CONFIG)
    assert "install" not in secs, secs  # was install, by "(développement local)"
    assert "configuration" in secs, secs


def test_a_local_development_chapter_that_builds_the_service_stays_the_installation(tmp_path):
    dev = "## Développement local\n\n```bash\nmvn clean install\njava -jar target/agents-api.jar\n```\n\n"
    assert "install" in _sections(tmp_path, HEAD + dev + CONFIG)
