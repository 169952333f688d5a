"""Install recipes and guides missed (issue 12, session 24 fixer c24; reader s23 n2 family 5: pro_DDT_Observatoire_foncier,
GIPATGeRiBSD).

1. A Qt program's qmake project (Observatoire.pro: "QT += core gui", "SOURCES += …") is its build recipe (qmake then make, or Qt
   Creator), as CMakeLists.txt is; a .pro file of another language (an IDL routine) is none.
2. A guide kept as a Word document on packaging or building the program ("doc/Tutoriel pour packager.docx") is an install
   document; a Word document on something else is none.
"""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for, run

QT = {"main.cpp": "#include <QApplication>\nint main(int argc, char *argv[]) { QApplication a(argc, argv); return a.exec(); }\n",
      "fenetre.cpp": "#include \"fenetre.h\"\n", "fenetre.h": "class Fenetre {};\n",
      "README.md": "# Observatoire\n\nOutil de bureau qui calcule la consommation foncière d'un territoire.\n"}
QMAKE = ("QT       += core gui\n\ngreaterThan(QT_MAJOR_VERSION, 4): QT += widgets\n\nCONFIG += c++11\n\n"
         "SOURCES += \\\n    main.cpp \\\n    fenetre.cpp\n\nHEADERS += \\\n    fenetre.h\n")


def _recipes(tmp_path, files: dict) -> dict:
    make_repo(tmp_path, [{"files": files}])
    return ctx_for(tmp_path).fact("install_recipes")


def test_a_qmake_project_is_a_build_recipe(tmp_path):
    recipes = _recipes(tmp_path / "qt", {**QT, "Observatoire.pro": QMAKE})
    assert ["build-tool", "Observatoire.pro"] in recipes["runtimes"]  # was no recipe at all ("aucun outillage")
    res = run(ctx_for(tmp_path / "qt"), "reusability.install")
    assert "build-tool" in res.details["runtimes"], res.message
    # the neighbour: an IDL routine saved as .pro builds nothing
    idl = {"README.md": "# Routines\n\nRoutines IDL de lecture des images satellite.\n", "lire_image.pro": "pro lire_image, fichier\n"
           "  openr, lun, fichier, /get_lun\n  free_lun, lun\nend\n"}
    assert not [r for r in _recipes(tmp_path / "idl", idl)["runtimes"] if r[0] == "build-tool"]
    # nor a QGIS plugin's translation project for pylupdate (its Python sources and .ts files listed)
    plugin = {"README.md": "# Parcelles\n\nExtension QGIS qui localise une parcelle cadastrale.\n", "parcelles.py": "def classFactory(iface):\n    return None\n",
              "i18n/parcelles.pro": "SOURCES = ../parcelles.py\nFORMS = ../parcelles_dialog.ui\nTRANSLATIONS = fr.ts\n"}
    assert not [r for r in _recipes(tmp_path / "plugin", plugin)["runtimes"] if r[0] == "build-tool"]


def test_a_word_guide_on_packaging_is_an_install_document(tmp_path):
    base = {"src/App.java": "public class App { public static void main(String[] a) {} }\n",
            "README.md": "# Rafraîchir les bases\n\nOutil qui recopie les tables de la base de production vers la base de test.\n"}
    recipes = _recipes(tmp_path / "pack", {**base, "doc/Tutoriel pour packager.docx": "PK\x03\x04 tutoriel\n"})
    assert recipes["install_docs"] == ["doc/Tutoriel pour packager.docx"]  # was none
    assert _recipes(tmp_path / "build", {**base, "doc/Guide de compilation.odt": "PK\x03\x04 guide\n"})["install_docs"] == ["doc/Guide de compilation.odt"]
    # the neighbour: a Word document on the project's subject is no install document
    assert _recipes(tmp_path / "other", {**base, "doc/Présentation du projet.docx": "PK\x03\x04 présentation\n"})["install_docs"] == []
