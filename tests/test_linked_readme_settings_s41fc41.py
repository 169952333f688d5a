"""reusability.configuration: the settings a README-like document the README links describes (README-developpement.md beside the
user README, telling which properties to complete in application-*.properties) are documented settings, as the README's own
configuration chapter would make them (issue 12, s41 fc41, reader rx40 = abes-esr/kbart2kafka-api: warn 7 "settings file:
src/main/resources/application-dev.properties" → pass 8 "settings described in README-developpement.md").

Near misses: the same developer README not linked to configuration (a guide in docs/, whose sentence is no configuration chapter,
s35 y35) or a link to a developer README the repository does not hold leave the verdict as it was (warn).
The files are written for these tests, in the shape of the real repository."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_readme_dev_readme_s41fc41 import DEV, TREE, USER
from tests.test_reusability_fixtures import results, run_audit

CONF = "reusability.configuration"
SPRING = {**TREE, "src/main/java/fr/ex/NoticesDbConfig.java": (
    "package fr.ex;\nimport org.springframework.beans.factory.annotation.Value;\npublic class NoticesDbConfig {\n"
    "    @Value(\"${spring.datasource.notices.url}\")\n    private String url;\n}\n"),
    "src/main/resources/application-prod.properties": "spring.datasource.notices.url=\nspring.datasource.notices.username=\n"}


def _conf(tmp_path, files: dict) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2024-05-02T10:00:00Z", "message": "init"}])
    return results(run_audit(repo, tmp_path / "c", [CONF, "documentation.readme-sections"]))[CONF]


def test_settings_a_linked_developer_readme_describes_are_documented(tmp_path):
    r = _conf(tmp_path, SPRING)
    assert r["status"] == "pass" and "README-developpement.md" in r["message"]["en"], r["message"]
    assert any(e.get("path") == "README-developpement.md" for e in r["evidence"]), r["evidence"]


def test_the_same_text_in_a_docs_guide_leaves_the_settings_file_alone(tmp_path):
    tree = {k: v for k, v in SPRING.items() if k != "README-developpement.md"}
    tree["docs/developpement.md"] = DEV
    tree["README.md"] = USER.replace("(README-developpement.md)", "(docs/developpement.md)")
    r = _conf(tmp_path, tree)
    assert r["status"] == "warn", r["message"]  # (the guide, a documentation page on settings, named as before: docs' own rule)


def test_a_link_to_a_missing_developer_readme_leaves_the_settings_file_alone(tmp_path):
    r = _conf(tmp_path, {k: v for k, v in SPRING.items() if k != "README-developpement.md"})
    assert r["status"] == "warn" and "settings file:" in r["message"]["en"], r["message"]
