"""A mobile application whose code writes its back end's address at each call has a setting left in its code (issue 12, s37 fj37 =
reader ma37, aympitre/villedelyon-android).

The city's Android app reads all its content from http://appvilledelyon.c2is.fr/… written at 19 call sites, no constant, no
settings file: reusability.configuration said "a mobile application shipping no settings template: nothing to set", though the
back end's address is the first thing another territory must change.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import build, check_result

CALLS = ("package fr.ville.appli;\n\nimport java.net.URL;\n\npublic class Contenus {\n"
         "    URL actualites() throws Exception { return new URL(\"http://appli.serveur-ville.fr/actualites.php?limit=20\"); }\n"
         "    URL agenda() throws Exception { return new URL(\"http://appli.serveur-ville.fr/agenda.php\"); }\n"
         "    URL alerte() throws Exception { return new URL(\"http://appli.serveur-ville.fr/alerte.php\"); }\n}\n")
FILES = {
    "README.md": "# Appli\n\nL'application de la ville.\n",
    "app/build.gradle": "apply plugin: 'com.android.application'\n\nandroid {\n    compileSdkVersion 22\n}\n",
    "app/src/main/AndroidManifest.xml": '<manifest package="fr.ville.appli"><application/></manifest>\n',
    "app/src/main/java/fr/ville/appli/Contenus.java": CALLS,
}


def test_a_back_end_written_at_each_call_is_a_setting_in_the_code(tmp_path):
    r = check_result(tmp_path, FILES, "reusability.configuration")
    assert r["status"] in ("warn", "fail"), r
    assert "serveur-ville.fr" in r["message"]["en"], r["message"]


def test_one_address_only_is_still_nothing_to_set(tmp_path):
    one = CALLS.replace('"http://appli.serveur-ville.fr/agenda.php"', '"agenda.php"').replace('"http://appli.serveur-ville.fr/alerte.php"', '"alerte.php"')
    r = check_result(tmp_path, {**FILES, "app/src/main/java/fr/ville/appli/Contenus.java": one}, "reusability.configuration")
    assert r["status"] == "not_applicable", r
