"""documentation.readme-sections and reusability.install: an ENT module's "Documentation technique" chapters (issue 12, s42 fi42 =
reader rb42 on OPEN-ENT-NG/timeline-generator).

The README's "# Documentation technique" held "## Construction" over `gradle copyMod`, an empty "## Déployer dans ent-core" and
"## Configuration" (the module declared in the platform's conf.json, its proxy route): readme-sections said "missing: installation,
usage, deployment, …" and install "written instructions: no". Now:
- "Construction" (the build, in French) over a build tool's command line is the installation chapter, whatever the tool's task;
- a deployment heading under "Documentation technique" is the software's deployment (only a bare "Documentation" chapter's is the
  doc site's publication);
- an empty deployment heading whose sibling "Configuration" chapter gives the settings it declares has its steps there.
Near misses: "Construction" over prose, a deployment heading under a bare "## Documentation" chapter publishing the docs, and an
empty deployment heading before a "Crédits" chapter give no section.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CREDITS = ("# À propos de l'application Frise\n\n* Licence : [AGPL v3](http://www.gnu.org/licenses/agpl.txt) - Copyright Région\n"
           "* Développeur(s) : Une Entreprise\n* Description : Application de conception de frises chronologiques pour les élèves.\n\n")
TECH = """# Documentation technique

## Construction

{build}

## Déployer dans la plateforme

## {after}

{after_body}
"""
BUILD = "<pre>\n\t\tgradle copyMod\n</pre>"
PROSE = "La construction de la frise suit les dates des événements saisis par l'enseignant."
SETTINGS = ("Dans le fichier `deployment/frise/conf.json.template`, déclarer l'application :\n<pre>\n{\n  \"name\": \"fr.ent~frise~1.0\",\n"
            "  \"config\": {\"port\": 8099, \"app-address\": \"/frise\"}\n}\n</pre>\n\nAssocier une route d'entrée au proxy :\n<pre>\n"
            "{\"location\": \"/frise\", \"proxy_pass\": \"http://localhost:8099\"}\n</pre>\n")
POM = ("<project><modelVersion>4.0.0</modelVersion><groupId>fr.ent</groupId><artifactId>frise</artifactId><version>1.0</version>\n"
       "<dependencies><dependency><groupId>org.entcore</groupId><artifactId>common</artifactId><version>4.0</version></dependency>"
       "</dependencies></project>\n")
JAVA = ("package fr.ent.frise;\n\nimport org.entcore.common.http.BaseServer;\n\npublic class Frise extends BaseServer {\n"
        "    @Override\n    public void start() throws Exception {\n        super.start();\n    }\n}\n")


def _files(readme: str) -> dict:
    return {"README.md": readme, "pom.xml": POM, "src/main/java/fr/ent/frise/Frise.java": JAVA,
            "src/main/resources/public/template/main.html": "<div>frise</div>\n"}


def _sections(tmp_path, readme: str) -> tuple[list, list]:
    r = check_result(tmp_path, _files(readme), "documentation.readme-sections")
    return r["details"]["found"], r["details"]["missing"]


def test_the_build_and_the_deployment_of_the_technical_documentation(tmp_path):
    found, _ = _sections(tmp_path / "a", CREDITS + TECH.format(build=BUILD, after="Configuration", after_body=SETTINGS))
    assert {"install", "deployment", "configuration"} <= set(found), found
    r = check_result(tmp_path / "b", _files(CREDITS + TECH.format(build=BUILD, after="Configuration", after_body=SETTINGS)), "reusability.install")
    assert "written instructions: yes" in r["message"]["en"], r["message"]


def test_construction_over_prose_and_an_empty_deployment_before_credits_give_none(tmp_path):
    found, _ = _sections(tmp_path / "a", CREDITS + TECH.format(build=PROSE, after="Crédits", after_body="Merci aux enseignants testeurs."))
    assert "install" not in found and "deployment" not in found, found


def test_deploying_the_docs_under_a_bare_documentation_chapter_is_no_deployment(tmp_path):
    readme = CREDITS + ("## Documentation\n\nLa documentation est générée avec Sphinx.\n\n### Déploiement\n\n"
                        "La documentation est déployée sur GitHub Pages à chaque fusion.\n")
    found, _ = _sections(tmp_path / "a", readme)
    assert "deployment" not in found, found
