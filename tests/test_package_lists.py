"""Dependency declarations of ecosystems no language package manager reads (issue 12, session 8's first reads): an Ansible
role's requirements.yml and meta/main.yml (erasme/ansible-ruby-compiled: "No dependency manifest, and none is expected"), a
Debian package's debian/control (erasme/liberasme-cloud-cil, liberasme-http-cil, erajs: "No dependency manifest"), a Kivy
app's buildozer.spec (erasme/rouedesinventions), R scripts loading packages in a GIS kit (pnrnm-sig/ModelChangClim: "none is
expected from a GIS kit"), standard-library exercises beside the .bat files that launch them (geovendee/formation-prog:
"No dependency manifest"), and a plugin's manifests declaring nothing (alesagglo-empty-plugin: "no lockfile, no manifest")."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECKS = ["reusability.dependencies", "licensing.dependencies", "maintenance.dependency-updates"]
MIT = ("MIT License\n\nCopyright (c) 2015 ERASME\n\nPermission is hereby granted, free of charge, to any person obtaining a copy of this "
       "software and associated documentation files (the \"Software\"), to deal in the Software without restriction.\n")
ROLE = {"README.md": "# ansible-ruby-compiled\n\nCompiles Ruby with rbenv.\n\n## Dependencies\n\nerasme.rbenv\n", "LICENSE": MIT,
        "requirements.yml": "- src: https://github.com/erasme/ansible-rbenv.git\n  name: ansible-rbenv\n",
        "meta/main.yml": "galaxy_info:\n  author: Michel Blanc\n  license: MIT\n  min_ansible_version: 1.8\n\ndependencies:\n"
                         "  - src: https://github.com/erasme/ansible-rbenv.git\n    name: ansible-rbenv\n    role: ansible-rbenv\n",
        "tasks/main.yml": "- include: ruby-install.yml\n", "defaults/main.yml": "ruby_version: 2.2.3\n",
        "files/50_rbenv.bash": "export RBENV_ROOT=/usr/local/rbenv\nexport PATH=$RBENV_ROOT/bin:$PATH\n"}
CONTROL = ("Source: liberasme-cloud-cil\nSection: cli-mono\nMaintainer: Daniel Lacroix <dlacroix@erasme.org>\n"
           "Build-Depends: debhelper (>= 9), cli-common-dev (>= 0.8), liberasme-http1.0-cil (>= 1.0.3), mono-mcs (>= 3.0)\n"
           "Standards-Version: 3.9.2\n\nPackage: liberasme-cloud1.0-cil\nArchitecture: all\n"
           "Depends: ${cli:Depends}, liberasme-http1.0-cil (>= 1.0.3), libmono-sqlite4.0-cil, ffmpegstatic, phantomjs,\n libreoffice\n"
           "Description: Web services library for WebApps\n Library to provide Web services for Web applications\n")
CLOUD = {"README.md": "# liberasme-cloud-cil\n\nWeb services library for WebApps.\n", "LICENSE": MIT, "debian/control": CONTROL,
         "Erasme.Cloud/Erasme.Cloud.csproj": "<Project><ItemGroup><Reference Include=\"System\" /></ItemGroup></Project>\n",
         "Erasme.Cloud/Storage.cs": "namespace Erasme.Cloud {\n  /// <summary>Stores files.</summary>\n  public class Storage { }\n}\n"}
ROUE = {"README.md": "# La roue des inventions\n\nApplication Kivy pour table tactile.\n", "LICENSE": MIT,
        "buildozer.spec": "[app]\ntitle = Roue des inventions\npackage.name = rouedesinventions\nsource.dir = .\n"
                          "requirements = kivy\norientation = landscape\n",
        "main.py": "from kivy.app import App\n\n\nclass RoueInventionsApp(App):\n    pass\n\n\nRoueInventionsApp().run()\n"}
KIT = {"README.md": "# Modélisation du changement climatique\n\nProjet QGIS et scripts R.\n", "LICENSE": MIT,
       "QGIS/aridite.qml": "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n<qgis version=\"3.28\"><renderer-v2/></qgis>\n",
       "QGIS/temperatures.qml": "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n<qgis version=\"3.28\"><renderer-v2/></qgis>\n",
       "QGIS/projet.qgs": "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n<qgis projectname=\"climat\" version=\"3.28\"></qgis>\n",
       "R/librairies.R": "install.packages(c('sf', 'terra'))\nlibrary(sf)\nlibrary(terra)\n",
       "R/aridite.R": "source('R/librairies.R')\nr <- rast('precip.tif')\nwriteRaster(r / 2, 'aridite.tif')\n"}


def test_an_ansible_roles_requirements_and_meta_dependencies_are_declared(tmp_path):
    report, res = judge(tmp_path, ROLE, CHECKS)
    lists = {m["path"]: (m["ecosystem"], m["dependencies"], m["lockfile"]) for m in report["facts"]["manifests"]["manifests"]}
    assert lists == {"requirements.yml": ("ansible", ["ansible-rbenv"], None), "meta/main.yml": ("ansible", ["ansible-rbenv"], None)}, lists
    deps = res["reusability.dependencies"]
    assert deps["status"] != "not_applicable" and "ansible" in deps["message"]["en"] and "2 without a lockfile" in deps["message"]["en"], deps
    lic = res["licensing.dependencies"]
    assert lic["status"] == "inconclusive" and "requirements.yml" in lic["message"]["en"], lic


def test_a_pinned_ansible_requirement_is_its_own_lock_and_a_list_of_something_else_is_no_manifest(tmp_path):
    files = {**ROLE, "requirements.yml": "roles:\n  - name: geerlingguy.java\n    version: 1.9.6\ncollections:\n  - name: community.general\n"
                                         "    version: 6.1.0\n", "meta/main.yml": "galaxy_info:\n  author: x\ndependencies: []\n",
             "ci/requirements.yaml": "checks:\n  lint: true\n"}
    report, _ = judge(tmp_path, files, CHECKS)
    lists = {m["path"]: (m["dependencies"], m["lockfile"]) for m in report["facts"]["manifests"]["manifests"]}
    assert lists == {"requirements.yml": (["community.general", "geerlingguy.java"], "requirements.yml")}, lists


def test_a_debian_packages_control_file_declares_its_dependencies(tmp_path):
    report, res = judge(tmp_path, CLOUD, CHECKS)
    (control,) = report["facts"]["manifests"]["manifests"]
    assert control["ecosystem"] == "debian" and "phantomjs" in control["dependencies"] and "libreoffice" in control["dependencies"], control
    assert "debhelper" in control["dev_dependencies"] and not any(d.startswith("$") for d in control["dependencies"]), control
    deps = res["reusability.dependencies"]
    assert deps["status"] == "pass" and "debian" in deps["message"]["en"] and "none exists for debian" in deps["message"]["en"], deps
    assert "debian" in deps["message"]["fr"], deps
    assert res["licensing.dependencies"]["status"] == "inconclusive", res["licensing.dependencies"]
    updates = res["maintenance.dependency-updates"]
    assert updates["status"] == "not_applicable" and "debian/control" in updates["message"]["en"], updates


def test_a_kivy_apps_buildozer_spec_declares_its_requirements(tmp_path):
    report, res = judge(tmp_path, ROUE, CHECKS)
    (spec,) = report["facts"]["manifests"]["manifests"]
    assert (spec["ecosystem"], spec["dependencies"], spec["name"]) == ("buildozer", ["kivy"], "rouedesinventions"), spec
    deps = res["reusability.dependencies"]
    assert deps["status"] != "fail" and "buildozer" in deps["message"]["en"], deps


def test_r_packages_loaded_by_a_gis_kits_scripts_are_dependencies_declared_nowhere(tmp_path):
    _, res = judge(tmp_path, KIT, CHECKS)
    deps = res["reusability.dependencies"]
    assert deps["status"] == "fail" and "sf, terra" in deps["message"]["en"] and "sf, terra" in deps["message"]["fr"], deps


def test_standard_library_exercises_launched_by_batch_files_need_no_manifest(tmp_path):
    files = {"README.md": "# Formation programmation\n\nExercices Python.\n", "LICENSE": MIT,
             "exercice1.py": "import os\nimport math\nfrom tkinter import Tk\nprint(math.pi, os.getcwd())\n",
             "exercice2.py": "import urllib.request\nimport zipfile\nurllib.request.urlretrieve('https://example.org/a.zip', 'a.zip')\n",
             "lancer_exercice1.bat": "cd c:\\python-3.8\npython exercice1.py\n"}
    _, res = judge(tmp_path, files, CHECKS)
    deps = res["reusability.dependencies"]
    assert deps["status"] == "not_applicable" and "standard library" in deps["message"]["en"], deps


def test_manifests_declaring_nothing_are_not_called_absent(tmp_path):
    files = {"README.md": "# Empty plugin\n\nA WordPress plugin skeleton.\n", "LICENSE": MIT,
             "composer.json": '{"name": "alesagglo/empty-plugin", "require": {}}\n', "composer.lock": '{"packages": [], "packages-dev": []}\n',
             "empty-plugin.php": "<?php\n/**\n * Plugin Name: Empty plugin\n */\nfunction empty_plugin_init() {\n}\n"}
    _, res = judge(tmp_path, files, CHECKS)
    lic = res["licensing.dependencies"]
    assert lic["status"] == "not_applicable" and "composer.json" in lic["message"]["en"] and "no manifest" not in lic["message"]["en"], lic


def test_scripts_running_inside_qgis_are_not_asked_for_a_manifest(tmp_path):
    """openig/Plugin-QGIS3-OPenIG: a QGIS kit whose scripts import qgis (and requests) run on QGIS's own Python."""
    files = {**KIT, "R/librairies.R": "# rien\n", "R/aridite.R": "x <- 1\n",
             "scripts/export.py": "from qgis.core import QgsProject\nimport requests\n\nprint(QgsProject.instance(), requests)\n"}
    _, res = judge(tmp_path, files, CHECKS)
    deps = res["reusability.dependencies"]
    assert deps["status"] == "not_applicable", deps
