"""An sbt build's name in Scala's triple quotes (issue 12, s38 fe38 = reader rb38, KannarFr/smbvas-api).

Play's project template writes the name in triple quotes, name := \"\"\"smbvas-api\"\"\" (with organization and version): the manifests
fact read only a plainly quoted name, so reusability.portability found no standard packaging ("empaquetage standard : non", warn 7)
though build.sbt names and versions the artefact Play's plugin packages (sbt dist), as a pom.xml's artifactId does.
"""

from __future__ import annotations

from tests.test_sbt_build_recipe_s38fe38 import PLAY_APP, audit


def test_a_triple_quoted_sbt_name_is_the_packaged_artefact(tmp_path):
    report, res = audit(tmp_path, PLAY_APP, ["reusability.portability"])
    sbt = [m for m in report["facts"]["manifests"]["manifests"] if m["path"] == "build.sbt"]
    assert sbt and sbt[0]["name"] == "crues-api", report["facts"]["manifests"]
    port = res["reusability.portability"]
    assert port["details"]["packaging"] is True and "empaquetage standard : oui" in port["message"]["fr"], port


def test_a_build_naming_no_literal_name_packages_nothing(tmp_path):
    files = {**PLAY_APP, "build.sbt": PLAY_APP["build.sbt"].replace('name := """crues-api"""', "name := projectName")}
    report, res = audit(tmp_path, files, ["reusability.portability"])
    assert [m.get("name") for m in report["facts"]["manifests"]["manifests"] if m["path"] == "build.sbt"] == [None]
    assert res["reusability.portability"]["details"]["packaging"] is False, res["reusability.portability"]
