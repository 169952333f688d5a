"""The README of a folder of scripts is the project's guide when the root README says nothing of running it (issue 12, session 25
fixer l25; reader s24 o1, verifier v4: meldig/raste_process).

A repository whose root README is its title only, and one folder holding a batch script and its README: "#### Chaîne opératoire"
(the script is run from the command line, in a working folder laid out so) and "Pour être exécutable, il convient de modifier le
fichier decoupe.bat comme il suit :" then the values to edit (working folder, projection, resolution). That README gives the
installation's written steps (reusability.install) and documents the settings written in the script (reusability.configuration:
warn, not "no setting"). Neighbours: a root README that has its own usage chapter keeps the sub-folder README out, and a README in a
folder without a script is no scripts' guide.
"""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for, run

GUIDE = ("# Objectif\n\nDégrader la résolution d'orthophotographies sur des zones sensibles.\n\n"
         "### Outils\n\nGDAL\n\n"
         "#### Chaîne opératoire\n\nL'outil est un fichier bat à exécuter en ligne de commande. Le répertoire de travail contient :\n\n"
         "- un répertoire dalles où déposer les dalles,\n- un répertoire temp créé par le script.\n\n"
         "Pour être exécutable, il convient de modifier le fichier decoupe.bat comme il suit :\n\n"
         "- Remplacer toutes les occurrences de CHEMIN par le répertoire de travail.\n"
         "- Définir la projection des données entrantes (l. 4).\n- Définir la résolution voulue (l. 9).\n")
BAT = ("@echo off\nREM etape 1\ngdalbuildvrt CHEMIN\\prod\\base.vrt CHEMIN\\dalles\\*.tif\n"
       "gdal_translate -a_srs EPSG:2154 CHEMIN\\prod\\base.vrt CHEMIN\\temp\\base.tif\n"
       "gdalwarp -tr 5 5 CHEMIN\\temp\\base.tif CHEMIN\\prod\\sortie.tif\n")


def _ctx(tmp_path, files):
    make_repo(tmp_path, [{"files": files}])
    return ctx_for(tmp_path)


def test_the_scripts_folder_readme_is_the_guide_when_the_root_readme_is_a_title(tmp_path):
    ctx = _ctx(tmp_path / "kit", {"README.md": "# traitement_raster\n", "degrader/README.md": GUIDE, "degrader/decoupe.bat": BAT})
    recipes = ctx.fact("install_recipes")
    assert [r[:2] for r in recipes["readme_installs"]] == [["degrader/README.md", 9]], recipes["readme_installs"]  # was []
    assert "degrader/README.md" in ctx.fact("env_settings")["settings_docs"]
    install = run(ctx, "reusability.install")
    assert "degrader/README.md" in {e.path for e in install.evidence}, install.message  # was "ni instructions"
    conf = run(ctx, "reusability.configuration")
    assert conf.status.value == "warn" and "degrader/README.md" in conf.message["fr"], conf.message  # was fail 0 "aucun réglage"


def test_a_root_readme_with_its_own_usage_or_a_folder_without_script_keeps_the_sub_readme_out(tmp_path):
    own = ("# traitement_raster\n\nDégrade la résolution d'orthophotographies sur des zones sensibles.\n\n"
           "## Utilisation\n\nLancer `degrader\\decoupe.bat` depuis le répertoire de travail.\n")
    ctx = _ctx(tmp_path / "own", {"README.md": own, "degrader/README.md": GUIDE, "degrader/decoupe.bat": BAT})
    assert ctx.fact("install_recipes")["readme_installs"] == []
    ctx = _ctx(tmp_path / "noscript", {"README.md": "# traitement_raster\n", "notes/README.md": GUIDE, "decoupe.bat": BAT})
    assert ctx.fact("install_recipes")["readme_installs"] == []
    assert "notes/README.md" not in ctx.fact("env_settings")["settings_docs"]
