"""A Cordova application kept in a folder named after it, with the platforms/ and plugins/ Cordova wrote and fetched beside
its www/ (issue 12, s27, measure 17's commune app): Cordova's trees are not the application's licence, documentation, install
guide or code, and the repository is a mobile application, not a static site."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

APACHE = ("/*\n * Licensed to the Apache Software Foundation (ASF) under one or more contributor license agreements.\n"
          " * Licensed under the Apache License, Version 2.0 (the \"License\");\n * you may not use this file except in compliance"
          " with the License.\n */\n")
CONFIG = ('<?xml version="1.0" encoding="utf-8"?>\n<widget id="fr.commune.app" version="1.0.0" xmlns="http://www.w3.org/ns/widgets" '
          'xmlns:cdv="http://cordova.apache.org/ns/1.0">\n  <name>Commune</name>\n  <content src="index.html" />\n</widget>\n')
APP = "Ma Commune/"
OWN = {
    APP + "config.xml": CONFIG,
    APP + "www/index.html": "<!DOCTYPE html>\n<html><head><script src=\"js/pratique.js\"></script></head><body><div id=\"lieux\"></div></body></html>\n",
    APP + "www/js/pratique.js": "// Les lieux pratiques de la commune\nfunction afficherLieux(liste) {\n  for (var i = 0; i < liste.length; i++) {\n"
                                "    document.getElementById('lieux').innerHTML += liste[i].nom;\n  }\n}\n",
}
CORDOVA = {
    **{APP + f"platforms/android/CordovaLib/src/org/apache/cordova/Cordova{n}.java":
       APACHE + f"package org.apache.cordova;\npublic class Cordova{n} {{\n  public void run() {{ }}\n}}\n" for n in range(6)},
    APP + "platforms/android/cordova/lib/build.js": APACHE + "var sdk = process.env.ANDROID_HOME;\nmodule.exports.run = function () { return sdk; };\n",
    APP + "platforms/android/assets/www/js/pratique.js": OWN[APP + "www/js/pratique.js"],
    APP + "platforms/android/res/xml/config.xml": CONFIG,
    **{APP + f"plugins/org.apache.cordova.{p}/www/{p}.js": APACHE + f"var {p} = {{ get: function () {{ return 1; }} }};\nmodule.exports = {p};\n"
       for p in ("camera", "device", "dialogs")},
    **{APP + f"plugins/org.apache.cordova.{p}/doc/index.md":
       f"# org.apache.cordova.{p}\n\n## Installation\n\n    cordova plugin add org.apache.cordova.{p}\n\n## Supported Platforms\n\n- Android\n"
       for p in ("camera", "device", "dialogs")},
    **{APP + f"plugins/org.apache.cordova.{p}/doc/fr/index.md": f"# org.apache.cordova.{p}\n\n## Installation\n\n    cordova plugin add org.apache.cordova.{p}\n"
       for p in ("camera", "device", "dialogs")},
}
CHECKS = ["licensing.license-file", "licensing.open-license", "documentation.docs", "reusability.install",
          "interoperability.public-building-blocks"]


def test_cordova_platforms_and_plugins_are_not_the_applications(tmp_path):
    report, res = judge(tmp_path, {**OWN, **CORDOVA}, CHECKS)
    # Cordova's Apache headers (CordovaLib, the plugins) are no licence of the application's, which chose none
    assert res["licensing.license-file"]["status"] == "fail", res["licensing.license-file"]["message"]
    assert res["licensing.open-license"]["status"] == "fail", res["licensing.open-license"]["message"]
    # the plugins' manuals are neither its documentation nor its install guide
    assert res["documentation.docs"]["status"] == "fail", res["documentation.docs"]["message"]
    assert res["reusability.install"]["status"] == "fail", res["reusability.install"]["message"]
    # and it is a mobile application (its config.xml one folder down), judged as one
    project = report["facts"]["project"]
    assert project["kind"] == "mobile-application", project
    assert "static site" not in res["interoperability.public-building-blocks"]["message"]["en"]


def test_the_same_headers_in_the_applications_own_files_still_state_its_licence(tmp_path):
    # the application's own www/ code under the Apache header: its licence, as before
    own = {**OWN, **{APP + f"www/js/module{n}.js": APACHE + f"var m{n} = {n};\n" for n in range(4)}}
    own[APP + "www/js/pratique.js"] = APACHE + own[APP + "www/js/pratique.js"]
    _, res = judge(tmp_path, {**own, **CORDOVA}, ["licensing.open-license"])
    assert res["licensing.open-license"]["status"] == "pass", res["licensing.open-license"]["message"]


def test_a_plugins_folder_without_a_cordova_config_stays_the_projects(tmp_path):
    # a site's own plugins/ folder (no Cordova widget beside it) keeps its documentation
    site = {"index.html": "<!DOCTYPE html>\n<html><body>Site</body></html>\n",
            "plugins/agenda/agenda.js": "// L'agenda de la commune\nfunction agenda() { return []; }\n",
            "plugins/agenda/doc/index.md": "# Agenda\n\n## Installation\n\nCopiez le dossier agenda dans plugins/.\n"}
    report, _ = judge(tmp_path, site, ["documentation.docs"])
    assert report["facts"]["inventory"]["categories"]["vendored"] == 0, report["facts"]["inventory"]["categories"]
    # and so does a Cordova application's own www/ beside its plugins/
    report, _ = judge(tmp_path, {**OWN, **CORDOVA}, ["documentation.docs"], name="c")
    assert report["facts"]["inventory"]["categories"]["source"] == 2, report["facts"]["inventory"]["categories"]


PLACES = ('<?xml version="1.0" encoding="UTF-8"?>\n<root>\n' + "".join(
    f'  <item category="Sante">\n    <service>\n      <nom>Lieu {n}</nom>\n      <lat>43.07{n}</lat>\n      <long>5.82{n}</long>\n'
    f'      <adresse>{n} avenue de la Mer</adresse>\n    </service>\n  </item>\n' for n in range(5)) + "</root>\n")
PLACES_DTD = ("<?xml version='1.0' encoding='UTF-8'?>\n<!ELEMENT root (item)*>\n<!ELEMENT item (service)*>\n<!ATTLIST item category CDATA #IMPLIED>\n"
              "<!ELEMENT service (nom|lat|long|adresse)*>\n<!ELEMENT nom (#PCDATA)>\n<!ELEMENT lat (#PCDATA)>\n<!ELEMENT long (#PCDATA)>\n"
              "<!ELEMENT adresse (#PCDATA)>\n")


def test_an_xml_data_set_with_its_own_dtd_is_the_applications_data(tmp_path):
    files = {**OWN, **CORDOVA, APP + "www/lieux.xml": PLACES, APP + "www/lieux.dtd": PLACES_DTD,
             APP + "platforms/android/assets/www/lieux.xml": PLACES, APP + "platforms/android/assets/www/lieux.dtd": PLACES_DTD}
    _, res = judge(tmp_path, files, ["interoperability.data-standards"])
    r = res["interoperability.data-standards"]
    assert r["status"] != "not_applicable" and "XML (DTD)" in r["details"]["formats"], r["message"]
    assert [e["path"] for e in r["evidence"] if e.get("value") == "XML (DTD)"] == [APP + "www/lieux.xml"]  # not the platform's copy
    # an XML file with no DTD named as it beside it is not read as a data set
    files = {**OWN, **CORDOVA, APP + "www/lieux.xml": PLACES, APP + "www/autre.dtd": PLACES_DTD}
    _, res = judge(tmp_path, files, ["interoperability.data-standards"], name="n")
    assert "XML (DTD)" not in res["interoperability.data-standards"]["details"].get("formats", []), res["interoperability.data-standards"]["message"]
    # nor a settings file kept with its DTD in a configuration folder
    files = {**OWN, **CORDOVA, APP + "www/conf/lieux.xml": PLACES, APP + "www/conf/lieux.dtd": PLACES_DTD}
    _, res = judge(tmp_path, files, ["interoperability.data-standards"], name="s")
    assert "XML (DTD)" not in res["interoperability.data-standards"]["details"].get("formats", []), res["interoperability.data-standards"]["message"]


def test_a_cordova_config_is_the_applications_packaging(tmp_path):
    # config.xml names and versions the application Cordova builds (no package.json): a package recipe, as an Android module's
    _, res = judge(tmp_path, {**OWN, **CORDOVA}, ["reusability.portability"])
    r = res["reusability.portability"]
    assert "standard packaging: yes" in r["message"]["en"], r["message"]
    assert any(e.get("path") == APP + "config.xml" for e in r["evidence"]), r["evidence"]
    # a static site without one keeps "no"
    site = {"index.html": "<!DOCTYPE html>\n<html><body>Site</body></html>\n", "js/site.js": "function go() { return 1; }\n"}
    _, res = judge(tmp_path, site, ["reusability.portability"], name="s")
    assert "standard packaging: no" in res["reusability.portability"]["message"]["en"], res["reusability.portability"]["message"]


def test_a_cordova_plugins_qt_widgets_are_no_geographic_file_of_the_applications(tmp_path):
    qml = {APP + "plugins/org.apache.cordova.camera/src/ubuntu/CaptureWidget.qml": "import QtQuick 2.0\nRectangle { width: 100 }\n",
           APP + "www/js/carte.js": "// La carte des lieux\nvar carte = 'https://www.google.com/maps/embed/v1/place?q=Mairie';\n"}
    _, res = judge(tmp_path, {**OWN, **CORDOVA, **qml}, ["interoperability.geo"])
    r = res["interoperability.geo"]
    assert "GeoJSON or open geographic format: no" in r["message"]["en"], r["message"]
    assert not any((e.get("path") or "").endswith(".qml") for e in r["evidence"]), r["evidence"]
    # the application's own geographic file still counts
    own = {**qml, APP + "www/data/lieux.geojson": '{"type": "FeatureCollection", "features": []}\n'}
    _, res = judge(tmp_path, {**OWN, **CORDOVA, **own}, ["interoperability.geo"], name="g")
    assert "GeoJSON or open geographic format: yes" in res["interoperability.geo"]["message"]["en"], res["interoperability.geo"]["message"]


def test_a_cordova_config_in_the_applications_folder_is_its_build(tmp_path):
    # `cordova build` builds the application from its config.xml, kept in the application's folder: its install tooling, though
    # nothing written explains it (the plugins' "cordova plugin add" lines are no instructions of the application's)
    _, res = judge(tmp_path, {**OWN, **CORDOVA}, ["reusability.install"])
    r = res["reusability.install"]
    assert r["status"] == "fail" and r["details"]["instructions"] is False, r["message"]
    assert "build-tool" in r["message"]["en"], r["message"]
