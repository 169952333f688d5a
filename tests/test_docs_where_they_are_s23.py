"""Documents the docs and install facts missed where they are (issue 12, session 23 fixer k2, case B).

- An architecture diagram named "principe_général.png" in docs/ (urbanlab/monitoring): a general principle's diagram is the
  architecture as much as "principe_modelisation" or "schema_fonctionnel" is; a picture of the team is none.
- A README link "[Cache doc](https://www.html5rocks.com/en/tutorials/appcache/beginner/)" (plusbellelasemaine): a third-party
  tutorial about a browser feature, not the project's documentation site; the project's own site still counts.
- A data model loaded through its folders' READMEs and a step guide kept beside the scripts, as .mdown ("Double-cliquez sur le
  fichier import_communes_en_base.bat", meldig/SQL): install found the README of the fifth folder only, no .mdown and no launcher.
- A PHP application's installation guides kept as PDF and Word documents in install/ ("manuel_installation.pdf",
  "GuideInstallationV2.pdf", "Lea 3.1 - Installation.doc", GIP-RECIA/esco-lea): written instructions, and the docs' deployment."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

DOCS, INSTALL = "documentation.docs", "reusability.install"


def _report(tmp_path, files, only, name="r"):
    report = run(build(tmp_path / name, files), tmp_path / f"c-{name}", only=only)
    return report, results(report)


LAB = {"README.md": "# Monitoring\n\nSuivi des machines du laboratoire.\n\n## Fonctionnement\n\n1. Chaque machine envoie son état.\n"
                    "2. Le serveur l'enregistre.\n",
       "server/index.php": "<?php\n$db = new SQLite3('etat.db');\necho 'ok';\n",
       "client/report.sh": "#!/bin/sh\ncurl -d \"host=$(hostname)\" http://serveur/index.php\n",
       "docs/principe_général.png": "\x89PNG\r\n", "docs/principe_général.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>\n"}


def test_a_general_principle_diagram_is_the_architecture(tmp_path):
    report, res = _report(tmp_path, LAB, [DOCS])
    assert "docs/principe_général.png" in report["facts"]["docs"]["architecture"]
    assert "architecture" in res[DOCS]["details"]["found"], res[DOCS]["message"]
    team = {k: v for k, v in LAB.items() if not k.startswith("docs/")} | {"docs/equipe.png": "\x89PNG\r\n"}
    report, res = _report(tmp_path, team, [DOCS], "b")
    assert report["facts"]["docs"]["architecture"] == [] and "architecture" in res[DOCS]["details"]["missing"]


def _site_of(tmp_path, link: str, name: str):
    files = {"README.md": f"# Semaine\n\nUne application de jeux.\n\n### Gestion du cache\n\nLe cache suit le manifeste. Voir : {link}\n",
             "index.php": "<?php\necho 'jeux';\n"}
    return _report(tmp_path, files, [DOCS], name)[0]["facts"]["docs"]["site"]


def test_a_third_party_tutorial_is_no_documentation_site(tmp_path):
    assert _site_of(tmp_path, "[Cache doc](https://www.html5rocks.com/en/tutorials/appcache/beginner/)", "a") == []
    assert _site_of(tmp_path, "[doc du cache](https://blog.exemple-dev.org/posts/le-cache-html5)", "b") == []
    # the project's own documentation, published elsewhere, still counts
    own = _site_of(tmp_path, "[Documentation](https://semaine-docs.exemple.fr/guide/)", "c")
    assert [s["url"] for s in own] == ["https://semaine-docs.exemple.fr/guide/"]


SQL = {"README.md": "# SQL\n\nCode SQL des bases de la métropole.\n\n## Directives\n\nLes scripts sont rangés par thème.\n",
       "doc/outils/README.md": "# Outils\n\nNotes sur les outils.\n"}
for _t in ("BPE", "IRIS", "OCS2D", "RPG", "Recensement"):
    SQL[f"integration/{_t}/readme.txt"] = f"Dossier {_t}.\n"
    SQL[f"integration/{_t}/creation_{_t.lower()}.sql"] = f"CREATE TABLE ta_{_t.lower()} (id integer);\n"
SQL["integration/Communes/README.md"] = "# COMMUNES\n\n* Documentation -> *maj_communes.mdown* ;\n* Import -> *import_communes.bat* ;\n"
SQL["integration/Communes/import_communes.bat"] = "@echo off\nogr2ogr -f OCI OCI:%USER%/%MDP%@base communes.shp\n"
SQL["integration/Communes/maj_communes.sql"] = "INSERT INTO ta_commune SELECT * FROM temp_communes;\n"
GUIDE = ("# Insertion des communes du nouveau millésime\n\n## Étapes\n\n1. Vérifier les fusions de communes ;\n2. Import des données brutes.\n\n"
         "## Import des données brutes\n\nDouble-cliquez sur le fichier *import_communes.bat* et laissez-vous guider.\n")


def test_a_step_guide_beside_the_scripts_says_how_to_load_the_model(tmp_path):
    files = {**SQL, "integration/Communes/maj_communes.mdown": GUIDE}
    report, res = _report(tmp_path, files, [INSTALL])
    assert report["facts"]["project"]["kind"] == "data-model", report["facts"]["project"]
    assert res[INSTALL]["status"] != "fail" and res[INSTALL]["details"]["load_steps"] is True, res[INSTALL]["message"]
    assert any(e.get("path") == "integration/Communes/maj_communes.mdown" for e in res[INSTALL]["evidence"]), res[INSTALL]["evidence"]
    # without the guide, the folders' READMEs only list their files: still nothing says how to load it
    report, res = _report(tmp_path, SQL, [INSTALL], "b")
    assert res[INSTALL]["status"] == "fail", res[INSTALL]["message"]


ESCO = {"README.md": "# LEA\n\nLivret électronique d'apprentissage.\n",
        "index.php": "<?php\nrequire 'config/config.inc.php';\necho 'LEA';\n",
        "config/config.inc.example.php": "<?php\n$db_host = '';\n$db_password = '';\n",
        "install/index.php": "<?php\nheader('Location: step0.php');\n",
        "install/lea.sql": "CREATE TABLE apprenti (id integer, nom varchar(80));\n"}


def test_install_guides_kept_as_office_documents_are_instructions(tmp_path):
    files = {**ESCO, "install/manuel_installation.pdf": "%PDF-1.4\n", "install/GuideInstallationV2.pdf": "%PDF-1.4\n",
             "install/Lea 3.1 - Installation.doc": "\xd0\xcf\x11\xe0"}
    report, res = _report(tmp_path, files, [INSTALL, DOCS])
    assert res[INSTALL]["details"]["instructions"] is True, res[INSTALL]["message"]
    assert "install/manuel_installation.pdf" in report["facts"]["docs"]["deployment"]
    assert "deployment" in res[DOCS]["details"]["found"], res[DOCS]["message"]
    # an office document on another subject, or on uninstalling, is no install guide
    files = {**ESCO, "install/desinstallation.pdf": "%PDF-1.4\n", "install/charte_graphique.pdf": "%PDF-1.4\n"}
    report, res = _report(tmp_path, files, [INSTALL, DOCS], "b")
    assert res[INSTALL]["details"]["instructions"] is False, res[INSTALL]["message"]
