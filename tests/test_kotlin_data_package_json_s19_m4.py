"""An Android app's data layer (issue 12, s19 reader d1: PhilipMasse/Android---GRC). Its models and repositories sit in the Kotlin
package fr.<commune>.grc.data (app/src/main/java/…/data/model/AuthModels.kt) and read and write its API's JSON with Moshi: the
folder "data" made them data files to the scan and Moshi was no JSON library, so data-standards said "no open format read or
written". A class of a data package is code, and Moshi's or kotlinx.serialization's import is JSON read or written."""

from __future__ import annotations

from auditor.facts.textscan import file_class
from tests.test_reusability_fixtures import check_result

MODEL = ("package fr.castelnau.portail.data.model\n\nimport com.squareup.moshi.Json\nimport com.squareup.moshi.JsonClass\n\n"
         "@JsonClass(generateAdapter = true)\ndata class LoginRequest(\n    @Json(name = \"username\") val username: String,\n"
         "    @Json(name = \"password\") val password: String\n)\n")


def test_a_kotlin_data_package_reads_json_with_moshi(tmp_path):
    assert file_class("app/src/main/java/fr/castelnau/portail/data/model/AuthModels.kt") == "code"
    assert file_class("data/communes.csv") == "data" and file_class("src/data/seed.py") == "data"
    r = check_result(tmp_path, {"README.md": "# Portail\n\nL'application mobile du portail.\n",
                                "app/src/main/java/fr/castelnau/portail/MainActivity.kt": "class MainActivity\n",
                                "app/src/main/java/fr/castelnau/portail/data/model/AuthModels.kt": MODEL}, "interoperability.data-standards")
    assert "no open format" not in r["message"]["en"], r["message"]
