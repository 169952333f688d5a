"""Install steps the auditor missed (issue 12, session 21 fixer k3, from session 20's reader m3):

1. a second README at the root (an upstream's README_<name>.md whose "Quick start" says what to copy, edit and upload) and the README
   of a top-level part (a Grist widget's folder whose numbered steps add the widget to Grist) were never read by reusability.install,
   whose install documents were chosen by file name only: "written instructions: no";
2. a map viewer's README giving its setup under headings naming the software to set up ("### Dans PostgreSQL :" the tables and the
   view to create, "### Dans GeoServer :" "Créer une couche…" and its SQL) had no installation section.
Each with the neighbouring case that must not change."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_local_authority_verdicts import judge
from tests.test_scaling import ctx_for

INSTALL = "reusability.install"
SECTIONS = "documentation.readme-sections"

VIEWER = {"index.html": "<!doctype html><html lang=\"fr\"><body><div id=\"carte\"></div><script src=\"js/carte.js\"></script></body></html>\n",
          "js/carte.js": "// Affiche la carte et le curseur des dates\nexport function init(el) { return el; }\n",
          "etc/reglages.DIST.js": "var reglages = { serveur: 'https://exemple.invalid/wms' };\n",
          "build.sh": "#!/bin/sh\ncp lib/ol.js build/\n"}
VIEWER_README = ("# frisemap\n\nVisionneuse de couches temporelles publiées en WMS par un serveur cartographique.\n\n"
                 "## Fonctionnement\n\nL'exemple retenu est celui de mesures quotidiennes par commune.\n\n")
SETUP = ("### Dans PostgreSQL/PostGIS :\n\nDeux tables sont attendues :\n\n- une table des communes avec leur géométrie ;\n"
         "- une table des mesures datées.\n\nIl faut ensuite créer une vue qui joint les deux tables.\n\n"
         "### Dans GeoServer :\n\nCréer une couche à partir d'une vue SQL :\n\n```\nselect id, nom, jour, valeur, geom from mesures_communes;\n```\n\n"
         "Activer la dimension temporelle sur le champ jour.\n\n")
USE = "### Utilisation :\n\nAjouter à l'adresse du service le paramètre de date (&TIME=2024-01-31).\n"
UPSTREAM = ("Simple viewer\n=============\n\nA rewrite of the simple viewer.\n\nQuick start\n-----------\n\n"
            "1. Copy etc/reglages.DIST.js into etc/reglages.js\n2. Edit etc/reglages.js to suit your needs\n"
            "3. Upload the source tree to your web server\n\nWhat is it ?\n------------\n\nA very small web map viewer.\n")


def _sections(tmp_path, text: str) -> dict:
    make_repo(tmp_path, [{"files": {"README.md": text}}])
    return {d["name"]: d for d in ctx_for(tmp_path).fact("readme")["section_details"]}


# --- 2. setup steps under a heading naming the software to set up ------------------------------------------------------------------

def test_setup_steps_in_the_database_and_the_map_server_are_the_installation(tmp_path):
    text = VIEWER_README + SETUP + USE
    secs = _sections(tmp_path / "setup", text)
    assert secs["install"]["line"] == text.splitlines().index("### Dans PostgreSQL/PostGIS :") + 1
    res = judge(tmp_path, dict(VIEWER, **{"README.md": text}), [SECTIONS])[1][SECTIONS]
    assert "install" in res["details"]["found"], res["message"]


def test_a_chapter_on_the_software_without_a_step_is_no_installation(tmp_path):
    # the same headings describing what the code does with the server, no step to take: still no installation
    text = VIEWER_README + ("### Dans GeoServer :\n\nLe visualiseur lit la liste des dates dans les capacités du service WMS.\n\n"
                            "### Dans le code du visualiseur :\n\nCréer une couche n'est pas nécessaire : le curseur est ajouté à la page.\n\n") + USE
    assert "install" not in _sections(tmp_path / "none", text)


def test_a_widget_step_adding_another_widget_is_no_installation(tmp_path):
    # a dashboard's users adding a widget to their page: the application's use, not the install of the project
    text = ("# Tableau de bord\n\nTableau de bord des indicateurs de la commune.\n\n## Utilisation\n\n"
            "1. Ouvrir le tableau de bord\n2. Ajouter le widget météo à la page d'accueil\n")
    assert "install" not in _sections(tmp_path / "dash", text)


# --- 1. a second README at the root, a part's README ------------------------------------------------------------------------------

def test_a_second_readme_at_the_root_with_a_quick_start_gives_written_instructions(tmp_path):
    files = dict(VIEWER, **{"README.md": VIEWER_README + USE, "README_simpleviewer.md": UPSTREAM})
    res = judge(tmp_path, files, [INSTALL])[1][INSTALL]
    assert res["details"]["instructions"] is True, res["message"]
    assert any(e["path"] == "README_simpleviewer.md" and e["line"] == 6 for e in res["evidence"]), res["evidence"]


def test_a_second_readme_without_install_steps_gives_none(tmp_path):
    files = dict(VIEWER, **{"README.md": VIEWER_README + USE,
                            "README_simpleviewer.md": "Simple viewer\n=============\n\nA very small web map viewer, written for phones.\n"})
    res = judge(tmp_path, files, [INSTALL])[1][INSTALL]
    assert res["details"]["instructions"] is False, res["message"]


WIDGETS = {"README.md": "# widgets-grist\n\nLes widgets personnalisés de la métropole.\n",
           ".github/workflows/pages.yml": ("name: pages\non: {push: {branches: [main]}}\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n"
                                           "    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/upload-pages-artifact@v3\n"
                                           "        with: {path: .}\n      - uses: actions/deploy-pages@v4\n"),
           "nuage/index.html": "<!doctype html><html lang=\"fr\"><body><div id=\"nuage\"></div><script src=\"app.js\"></script></body></html>\n",
           "nuage/app.js": "// Dessine le nuage de mots\nexport function dessine(mots) { return mots.length; }\n",
           "qrcode/index.html": "<!doctype html><html lang=\"fr\"><body><canvas id=\"qr\"></canvas></body></html>\n"}
WIDGET_README = ("# Présentation du widget\n\nUn nuage de mots construit en direct pendant un atelier, à partir des réponses à un formulaire.\n\n"
                 "# Utilisation du widget\n\n1. Créer une table avec la question posée\n2. Créer le formulaire qui reçoit les réponses\n"
                 "3. Ajouter une vue avec l'adresse personnalisée du widget, sur la table groupée par la question\n"
                 "4. Choisir la colonne des mots\n")


def test_a_widgets_readme_whose_steps_add_it_to_its_host_gives_written_instructions(tmp_path):
    res = judge(tmp_path, dict(WIDGETS, **{"nuage/README.md": WIDGET_README}), [INSTALL])[1][INSTALL]
    assert res["details"]["instructions"] is True and res["status"] == "warn", res["message"]
    assert any(e["path"] == "nuage/README.md" and e["line"] == 9 for e in res["evidence"]), res["evidence"]


def test_a_parts_readme_that_only_describes_it_gives_none(tmp_path):
    readme = "# Présentation du widget\n\nUn nuage de mots construit en direct pendant un atelier, à partir des réponses à un formulaire.\n"
    res = judge(tmp_path, dict(WIDGETS, **{"nuage/README.md": readme}), [INSTALL])[1][INSTALL]
    assert res["details"]["instructions"] is False and res["status"] == "fail", res["message"]
