"""Documentation session 8's first reads found unread (issue 12): an installation guide kept as an office document beside a Java batch,
a README diagram introduced as the components' interactions, a platform's guide for its contributors taken for an authors file,
and a Helm chart's changelog; each on a git fixture
shaped like the real case (own wording)."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

DOCS = "documentation.docs"

POM = ("<project>\n  <groupId>fr.recia</groupId>\n  <artifactId>synchro-grr</artifactId>\n  <dependencies>\n    <dependency>\n"
       "      <groupId>org.springframework.batch</groupId>\n      <artifactId>spring-batch-core</artifactId>\n    </dependency>\n"
       "  </dependencies>\n</project>\n")


def _docs(tmp_path, files):
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=[DOCS])
    return report["facts"]["docs"], results(report)[DOCS]


def test_an_office_installation_guide_is_the_deployment_documentation(tmp_path):
    """GIP-RECIA/ESCOSynchroGRR: "Installation et fonctionnement du batch.docx" (root and install/) is the batch's installation and
    operations guide; docs said "Found: —"."""
    files = {"README.md": "# ESCOSynchroGRR\n\nBatch de synchronisation de l'annuaire LDAP vers GRR, lancé chaque nuit par le serveur.\n",
             "pom.xml": POM, "Installation et fonctionnement du batch.docx": "PK\x03\x04 office document",
             "install/Installation et fonctionnement du batch.docx": "PK\x03\x04 office document",
             "src/main/java/fr/recia/grr/Batch.java": "package fr.recia.grr;\n\npublic class Batch {\n  public static void main(String[] a) {}\n}\n"}
    facts, res = _docs(tmp_path, files)
    assert "Installation et fonctionnement du batch.docx" in facts["deployment"], facts["deployment"]
    assert "deployment" in res["details"]["found"], res["message"]
    # a report kept as an office document is no installation guide
    files2 = dict(files)
    for p in [p for p in files2 if p.endswith(".docx")]:
        files2[p.replace("Installation et fonctionnement du batch", "Rapport annuel")] = files2.pop(p)
    facts2, _ = _docs(tmp_path / "b", files2)
    assert not facts2["deployment"], facts2["deployment"]


def test_a_readme_diagram_of_the_components_interactions_is_the_architecture(tmp_path):
    """GIP-RECIA/restriction-rentree-api: "L'image ci-dessous décrit les interactions entre les différents composants :" above
    ![Schéma RR-API](docs/RR-API.png); docs said "missing: architecture"."""
    readme = ("# Restriction-rentree-API\n\nAPI permettant de définir une date de rentrée sur des classes pour bloquer l'accès aux services.\n\n"
              "L'image ci-dessous décrit les interactions entre les différents composants :\n\n![Schéma RR-API](docs/RR-API.png)\n")
    facts, res = _docs(tmp_path, {"README.md": readme, "docs/RR-API.png": "\x89PNG image", "pom.xml": POM})
    assert "architecture" in res["details"]["found"], res["message"]
    # a screenshot introduced as such shows no architecture
    facts, res = _docs(tmp_path / "b", {"README.md": readme.replace("décrit les interactions entre les différents composants", "montre l'écran d'accueil"),
                                        "docs/RR-API.png": "\x89PNG image", "pom.xml": POM})
    assert "architecture" not in res["details"]["found"], res["message"]


def test_a_guide_for_a_platforms_contributors_is_no_authors_file_and_a_charts_changelog_counts(tmp_path):
    """DataSud/Documentation: contributeurs.rst ("Espace contributeurs", 2,500 words for the platform's data producers) was "AUTHORS or
    MAINTAINERS"; mviewer/helm-charts: mviewer/CHANGELOG.md, beside the repository's only chart (mviewer/Chart.yaml), was missed."""
    guide = ("====================\nEspace contributeurs\n====================\n\n" + "Ce guide est destiné aux producteurs de données "
             "inscrits sur la plateforme et souhaitant enrichir les publications. " * 30)
    files = {"README.md": "# Documentation\n\nDocumentation de la plateforme régionale.\n", "contributeurs.rst": guide,
             "index.rst": "Bienvenue\n=========\n\nLa plateforme.\n", "conf.py": "project = 'DataSud'\n"}
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=["documentation.community-files"])
    assert report["facts"]["docs"]["community"]["authors"] is None, report["facts"]["docs"]["community"]
    files["contributeurs.rst"] = "Contributeurs\n=============\n\n- Marie Durand (@mdurand)\n- Paul Martin (@pmartin)\n"
    report = run(build(tmp_path / "r2", files), tmp_path / "c2", only=["documentation.community-files"])
    assert report["facts"]["docs"]["community"]["authors"]["path"] == "contributeurs.rst"
    chart = {"README.md": "# Helm charts\n\nCharts Helm de mviewer.\n", "mviewer/Chart.yaml": "apiVersion: v2\nname: mviewer\nversion: 1.2.0\n",
             "mviewer/CHANGELOG.md": "# Changelog\n\n## 1.2.0\n\n- Elasticsearch optionnel.\n",
             "mviewer/templates/deployment.yaml": "apiVersion: apps/v1\nkind: Deployment\n"}
    report = run(build(tmp_path / "r3", chart), tmp_path / "c3", only=["documentation.community-files"])
    assert report["facts"]["docs"]["community"]["changelog"]["path"] == "mviewer/CHANGELOG.md", report["facts"]["docs"]["community"]


def test_the_install_chapters_of_an_add_ons_readmes_are_called_an_installation_guide(tmp_path):
    """mviewer/mviewer-addons: print/README.md and seasons-selector/README.md each have "## Installation"; for add-ons (installed, not
    deployed) that is an installation guide, not "deployment"."""
    addon = "# {n}\n\nAdd-on mviewer qui ajoute {n}.\n\n## Installation\n\nCopier le dossier dans apps/addons et déclarer l'extension.\n"
    files = {"README.md": "# mviewer-addons\n\nAdd-ons pour mviewer.\n"}
    for n in ("print", "seasons"):
        files.update({f"{n}/README.md": addon.format(n=n), f"{n}/{n}.js": f"mviewer.customComponents.{n} = {{}};\n", f"{n}/style.css": "a {}\n",
                      f"{n}/{n}.html": "<div></div>\n", f"{n}/config.json": f'{{"js": ["{n}.js"], "css": "style.css", "html": "{n}.html", '
                                                                                '"target": "page-content-wrapper"}\n'})
    facts, res = _docs(tmp_path, files)
    assert "deployment" in res["details"]["found"], res["message"]
    assert "installation guide" in res["message"]["en"] and "guide d'installation" in res["message"]["fr"], res["message"]


def test_an_icon_set_is_asked_for_no_technical_documentation(tmp_path):
    """datalocale/pictoGironde: SVG pictograms, a licence file and a 13-word README; docs failed "missing architecture, deployment, API"."""
    files = {"README.md": "# pictoGironde\n\nPictogrammes du Département de la Gironde, libres de réutilisation.\n", "LICENSE": "CC-BY-4.0\n"}
    files.update({f"svg/picto_{i}.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"4\"/></svg>\n" for i in range(5)})
    _, res = _docs(tmp_path, files)
    assert res["status"] == "not_applicable" and "sans code" in res["message"]["fr"], res
    # a README alone (no pictures) is still asked for its documentation
    _, res = _docs(tmp_path / "b", {"README.md": files["README.md"], "LICENSE": "CC-BY-4.0\n"})
    assert res["status"] == "fail", res
