"""What a host's plugin declares it needs (issue 12, session 6's first reads): a Drupal 7 module's ``.info``
(``dependencies[] = openlayers``: datalocale/drupal-datalocale), a Jalios JCMS plugin's ``plugin.xml``
(``<dependency name="SoclePlugin"/>``: departement-loire-atlantique/jPlatformArchives) and git submodules (``.gitmodules``:
GIP-RECIA/h5p-moodle-plugin) are declared dependencies, not "no dependency manifest" nor "ships no library"."""

from __future__ import annotations

from tests.test_drupal_modules import DRUPAL7
from tests.test_local_authority_verdicts import judge

CHECKS = ["reusability.dependencies", "licensing.dependencies", "maintenance.dependency-updates"]
PLUGIN_XML = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plugin PUBLIC "-//JALIOS//DTD JCMS-PLUGIN 1.7//EN" '
              '"http://support.jalios.com/dtd/jcms-plugin-1.7.dtd">\n'
              '<plugin name="ArchivesPlugin" version="0.1" author="DEP44" license="DEP44" initialize="true" jcms="" order="0">\n'
              '  <label xml:lang="fr">Archives</label>\n  <dependencies>\n    <dependency name="SoclePlugin" />\n  </dependencies>\n'
              '  <types><type name="Periodique"></type></types>\n  <java-classes><java package="fr.cg44.plugin.archives"/></java-classes>\n'
              '</plugin>\n')
ARCHIVES = {"README.md": "# jPlatformArchives\n\nModule dédié au site des Archives du Département.\n", "LICENSE": "MIT License\n\nCopyright (c) 2020 DEP44\n\n"
            "Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation "
            "files (the \"Software\"), to deal in the Software without restriction.\n",
            "WEB-INF/plugins/ArchivesPlugin/plugin.xml": PLUGIN_XML,
            "WEB-INF/classes/fr/cg44/plugin/archives/ArchivesUtils.java": "package fr.cg44.plugin.archives;\n\n/** Helpers. */\npublic class ArchivesUtils {\n}\n",
            "plugins/ArchivesPlugin/jsp/doPeriodiqueFullDisplay.jsp": "<%@ page import=\"fr.cg44.plugin.socle.SocleUtils\" %>\n<div></div>\n"}
GITMODULES = ('[submodule "library"]\n\tpath = library\n\turl = https://github.com/h5p/h5p-php-library.git\n\tbranch = stable\n'
              '[submodule "editor"]\n\tpath = editor\n\turl = https://github.com/h5p/h5p-editor-php-library.git\n\tbranch = stable\n')
H5P = {"README.md": "# H5P Moodle plugin\n\nCreate and add rich content inside your LMS for free.\n",
       "version.php": "<?php\n$plugin->component = 'mod_hvp';\n$plugin->version = 2018052900;\n",
       "lib.php": "<?php\n/**\n * Adds an instance.\n */\nfunction hvp_add_instance($hvp) {\n  return 1;\n}\n", ".gitmodules": GITMODULES}


def test_a_drupal7_modules_info_declares_its_dependencies_but_not_its_own_sub_modules(tmp_path):
    report, res = judge(tmp_path, DRUPAL7, CHECKS)
    infos = {m["path"]: m["dependencies"] for m in report["facts"]["manifests"]["manifests"]}
    assert infos == {"ckan.info": ["openlayers", "path"]}, infos  # (contenttypeckanpackage is the repository's own module)
    deps = res["reusability.dependencies"]
    assert deps["status"] != "fail" and "No dependency manifest" not in deps["message"]["en"] and "ckan.info" in str(deps["evidence"]), deps
    assert res["licensing.dependencies"]["status"] != "not_applicable", res["licensing.dependencies"]
    assert "ckan.info" in res["maintenance.dependency-updates"]["message"]["en"], res["maintenance.dependency-updates"]


def test_a_jcms_plugins_dependency_on_another_plugin_is_declared(tmp_path):
    _, res = judge(tmp_path, ARCHIVES, CHECKS)
    deps = res["reusability.dependencies"]
    assert deps["status"] != "not_applicable" and "plugin.xml" in str(deps["evidence"]), deps
    lic = res["licensing.dependencies"]
    assert lic["status"] == "inconclusive" and "plugin.xml" in lic["message"]["en"], lic


def test_git_submodules_are_dependencies_pinned_by_the_tree(tmp_path):
    report, res = judge(tmp_path, H5P, CHECKS)
    deps = res["reusability.dependencies"]
    assert deps["status"] != "not_applicable" and "0 without a lockfile" in deps["message"]["en"], deps
    assert res["licensing.dependencies"]["status"] != "not_applicable", res["licensing.dependencies"]
    updates = res["maintenance.dependency-updates"]
    assert updates["status"] == "fail" and "gitsubmodule" in str(updates.get("advice") or updates), updates


def test_a_plugin_xml_dependency_pinned_by_the_dependencies_list_is_locked(tmp_path):
    files = {**ARCHIVES, "dependencies.list": "https://github.com/departement-loire-atlantique/jPlatformSocle/releases/download/v0.0.279.1/"
                                              "SoclePlugin_v0.0.279.1.zip\n"}
    report, res = judge(tmp_path, files, ["reusability.dependencies"])
    locks = {m["path"]: m["lockfile"] for m in report["facts"]["manifests"]["manifests"]}
    assert locks["WEB-INF/plugins/ArchivesPlugin/plugin.xml"] == "dependencies.list", locks
    assert "0 without a lockfile" in res["reusability.dependencies"]["message"]["en"], res["reusability.dependencies"]


def test_a_drupal_sites_custom_modules_are_locked_by_the_sites_composer_lock(tmp_path):
    files = {"README.md": "# Site\n\nLe site Drupal de l'association.\n",
             "composer.json": '{"name": "openig/site", "require": {"drupal/core-recommended": "^10.2", "drupal/webform": "^6.2"}}\n',
             "composer.lock": '{"packages": [{"name": "drupal/webform", "version": "6.2.2"}]}\n',
             "web/modules/custom/adhesion/adhesion.info.yml": "name: Adhesion\ntype: module\ncore_version_requirement: ^10\n"
                                                              "dependencies:\n  - drupal:node\n  - webform:webform\n",
             "web/modules/custom/adhesion/adhesion.module": "<?php\n\n/**\n * Implements hook_help().\n */\nfunction adhesion_help() {\n}\n"}
    report, res = judge(tmp_path, files, ["reusability.dependencies"])
    infos = {m["path"]: (m["dependencies"], m["lockfile"]) for m in report["facts"]["manifests"]["manifests"] if m["ecosystem"] == "drupal"}
    assert infos == {"web/modules/custom/adhesion/adhesion.info.yml": (["webform"], "composer.lock")}, infos
    assert "0 without a lockfile" in res["reusability.dependencies"]["message"]["en"], res["reusability.dependencies"]


def test_a_moodle_plugins_amd_build_is_its_own_build_not_copied_libraries(tmp_path):
    src = "define(['jquery'], function($) {\n  return {init: function() {\n    $('.enrol').show();\n  }};\n});\n"
    files = {"README.md": "# Inscription SimpleSCO\n\nUn plugin d'inscription Moodle pour les établissements.\n",
             "version.php": "<?php\n$plugin->component = 'enrol_simplesco';\n$plugin->version = 2016052300;\n",
             "lib.php": "<?php\n/**\n * The plugin.\n */\nclass enrol_simplesco_plugin {\n}\n",
             "amd/src/userenrolment.js": src, "amd/src/unenrolment.js": src,
             "amd/build/userenrolment.min.js": "define([\"jquery\"],function(a){return{init:function(){a(\".enrol\").show()}}});\n",
             "amd/build/unenrolment.min.js": "define([\"jquery\"],function(a){return{init:function(){a(\".enrol\").show()}}});\n",
             "js/jquery.min.js": "/*! jQuery v3.6.0 | (c) OpenJS Foundation and other contributors | jquery.org/license */\n!function(e,t){}(this);\n"}
    report, res = judge(tmp_path, files, ["reusability.dependencies"])
    names = [lib["name"] for lib in report["facts"]["inventory"]["libraries"]]
    assert "userenrolment" not in names and "unenrolment" not in names and "jquery" in names, names


def test_a_repository_of_git_submodules_is_not_measured_rather_than_code_free(tmp_path):
    """geobretagne/addons: a README and three add-ons pinned as git submodules. The code is in the submodules, which the audit
    does not read: the code checks say so (inconclusive), never 'no code in the repository (documentation only)'."""
    from tests.gitrepo import git, make_repo

    gitmodules = "".join(f'[submodule "{n}"]\n\tpath = {n}\n\turl = https://github.com/geobretagne/{n}.git\n' for n in ("cadastre", "profile"))
    r = make_repo(tmp_path / "addons", [{"files": {"README.md": "# Addons\n\nLes addons du visualiseur.\n", ".gitmodules": gitmodules}}])
    for i, n in enumerate(("cadastre", "profile")):
        git(r, "update-index", "--add", "--cacheinfo", f"160000,{str(i + 1) * 40},{n}")
    git(r, "commit", "-q", "-m", "pin the add-ons")
    from tests.test_local_authority_verdicts import results, run

    res = results(run(r, tmp_path / "c", only=["reusability.tests-and-ci", "reusability.maintainability", "reusability.configuration",
                                              "documentation.code-comments", "reusability.dependencies"]))
    for cid in ("reusability.tests-and-ci", "reusability.maintainability", "reusability.configuration", "documentation.code-comments"):
        assert res[cid]["status"] == "inconclusive" and "2 git submodule(s) (cadastre, profile)" in res[cid]["message"]["en"], res[cid]
        assert "sous-module(s) git" in res[cid]["message"]["fr"], res[cid]
    assert res["reusability.dependencies"]["status"] != "not_applicable", res["reusability.dependencies"]
