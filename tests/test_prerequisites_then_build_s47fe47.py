"""Issue 12, session 47 fixer fe47 (OPEN-ENT-NG/collaborative-editor): documentation.readme-sections gave the installation
section as the README's "## Prérequis" heading (three requirements of the hosting: an Etherpad service, a shared domain, HTTPS),
while the build step sits under the next heading, "## Construction" (a `gradle copyMod` block). What the installation needs is
not the installation: "Construction" over a build command is the installation chapter (s42 fi42), yet the first heading stayed
the section's. Near miss: a prerequisites heading followed by no build or installation heading stays the installation section."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

HEAD = ("# Éditeur partagé\n\nModule d'édition collaborative de textes pour l'ENT.\n\n"
        "## Prérequis\n\n 1. Un service d'édition hébergé chez un tiers.\n 2. Un domaine commun aux deux services.\n"
        " 3. Un accès en HTTPS.\n\n")
CODE = {"build.gradle": "apply plugin: 'java'\n",
        "src/main/java/fr/agence/Editeur.java": "package fr.agence;\npublic class Editeur {\n  public static void main(String[] a) {}\n}\n"}


def _install(res: dict) -> list:
    return [e for e in res["evidence"] if isinstance(e.get("value"), dict) and e["value"].get("section") == "install"]


def test_the_build_chapter_after_the_prerequisites_is_the_installation(tmp_path):
    readme = HEAD + "## Construction\n\n```\ngradle copyMod\n```\n\n## Licence\n\nAGPL v3\n"
    res = check_result(tmp_path, {**CODE, "README.md": readme}, "documentation.readme-sections")
    ev = _install(res)
    assert ev and ev[0]["value"]["text"] == "Construction", res["evidence"]  # was: heading "Prérequis" (line 5)
    assert ev[0]["line"] == readme.split("\n").index("## Construction") + 1


def test_prerequisites_alone_stay_the_installation_section(tmp_path):
    readme = HEAD + "## Licence\n\nAGPL v3\n"
    res = check_result(tmp_path, {**CODE, "README.md": readme}, "documentation.readme-sections")
    ev = _install(res)
    assert ev and ev[0]["value"]["text"] == "Prérequis", res["evidence"]
