"""Verdicts found wrong on a geOrchestra map viewer add-on shipped with its server-side WPS process in a sub-folder (session 5's
first read of geobretagne/profile, issue 12): the process's settings file, its README (where to deploy it, its inputs and
answer) and the add-on's namespace constructors were unseen. Each on a git fixture shaped like the real case."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_project_kind import run
from tests.test_reusability_fixtures import results

PROCESS = '''import json
import os
import logging


class Process(WPSProcess):
    def __init__(self):
        try:
            with open(os.environ["PYWPS_PROCESSES"] + "/config.json") as json_data:
                self.config = json.load(json_data)
        except IOError:
            logging.info("no config.json - Use default configuration instead")
'''

WPS_README = """Process pywps
=============
Le script python getProfileProcess est un géotraitement pywps.
Copier ce fichier dans le dossier processes d'une instance [pywps] (http://pywps.org/documentation/process.html)

Principe
========
Sur la base d'une polyligne passée en paramètre, le process retourne un tableau de points enrichi de l'altitude.

paramètres d'entrée
===================
* géométrie (gml)
* format de sortie (json|texte)

Exemple de réponse WPS
======================
Une réponse ExecuteResponse avec le profil calculé.
"""

ADDON_JS = """Ext.namespace("GEOR.Addons");

GEOR.Addons.profile = function (map, options) {
    this.map = map;
    this.options = options;
};

GEOR.Addons.profile.prototype = (function () {
    return {
        init: function (record) {
            this.record = record;
        }
    };
})();
"""

WPS_FORMAT = """/**
 * Class: OpenLayers.Format.WPSExecute
 * Reads and writes the WPS Execute requests of the profile process.
 */
OpenLayers.Format.WPSExecute = OpenLayers.Class(OpenLayers.Format.XML, {
    namespaces: {wps: "http://www.opengis.net/wps/1.0.0"}
});
"""

PROFILE = {
    "README.md": "Addon Profil en long pour mapfishapp\n====================================\n\nCet addon génère un profil en long à partir "
                 "d'un tracé.\nLe process WPS est disponible dans le dossier wps-process.\n\nPrérequis\n=========\nPython 2.7, PyWPS 3.2, GDAL\n",
    "manifest.json": '{"name": "profile", "js": ["js/profile.js", "js/WPSExecute.js"], "default_options": {"wpsurl": "/wps"}}\n',
    "js/profile.js": ADDON_JS,
    "js/WPSExecute.js": WPS_FORMAT,
    "wps-process/getProfileProcess.py": PROCESS,
    "wps-process/config.json": '{\n    "title": "Profil en long",\n    "maxpointsreturned": 1000,\n    "sourceprojection": 2154\n}\n',
    "wps-process/README.md": WPS_README,
}


def audit(tmp_path, files, only, name="r"):
    repo = make_repo(tmp_path / name, [{"files": files, "date": "2026-03-02T10:00:00Z"}])
    return results(run(repo, tmp_path / (name + "-c"), only=only, sponsor="local-authority"))


def test_a_settings_file_the_code_opens_by_its_name_is_the_configuration(tmp_path):
    """configuration said "template: none" beside wps-process/config.json, which the process opens by its name. The same file
    that no code reads (an add-on's descriptor) is no template."""
    process = {k: v for k, v in PROFILE.items() if k != "manifest.json"}  # (with it, a mapfishapp add-on: configuration does not judge it)
    r = audit(tmp_path, process, ["reusability.configuration"])["reusability.configuration"]
    assert "template: wps-process/config.json" in r["message"]["en"], r["message"]
    unread = {**process, "wps-process/getProfileProcess.py": PROCESS.replace('"/config.json"', '"/process.json"')}
    r = audit(tmp_path, unread, ["reusability.configuration"], "u")["reusability.configuration"]
    assert "template: none" in r["message"]["en"] or "template" not in r["message"]["en"], r["message"]


def test_a_sub_folder_readme_documents_the_deployment_and_the_process_inputs(tmp_path):
    """docs said "missing: … deployment, API" though wps-process/README.md says where to copy the process on a PyWPS instance
    and documents its inputs and answer."""
    r = audit(tmp_path, PROFILE, ["documentation.docs"])["documentation.docs"]
    assert {"deployment", "api"} <= set(r["details"]["found"]), r["message"]
    plain = {**PROFILE, "wps-process/README.md": "Process pywps\n=============\nUn géotraitement qui calcule un profil.\n"}
    r = audit(tmp_path, plain, ["documentation.docs"], "p")["documentation.docs"]
    assert not {"deployment", "api"} & set(r["details"]["found"]), r["message"]


def test_namespace_constructors_of_a_classic_script_are_its_public_declarations(tmp_path):
    """code-comments passed with "no public function or class to document": GEOR.Addons.profile = function… and
    OpenLayers.Format.WPSExecute = OpenLayers.Class(…) are the add-on's public constructor and class (one documented), beside
    the process's Python class."""
    r = audit(tmp_path, PROFILE, ["documentation.code-comments"])["documentation.code-comments"]
    assert "(1/3)" in r["message"]["en"], r["message"]
    js = r["details"]["by_language"]["javascript"]
    assert (js["declarations"], js["documented"]) == (2, 1), r["details"]
