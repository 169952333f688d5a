"""Versions a Grails 2 build pins and jars copied under their versioned names (issue 12, s38 ff38 = reader rc38, AXESS-EDUC/eliot-tdbase).

TD Base's eliot-tdbase/grails-app/conf/BuildConfig.groovy installs the Grails jquery plugin at 1.7.1 (``compile ":jquery:1.7.1"``: the
plugin ships jQuery 1.7.1), and its plugin commits lib/spring-oxm-3.1.2.RELEASE.jar (Spring Framework 3.1). Readers found
scaling.end-of-life "not applicable: no runtime or framework version read". A plugin line left in a comment, or a jar named
without its version, versions nothing.
"""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

BUILD_CONFIG = """grails.project.dependency.resolution = {
  plugins {
    compile ":hibernate:$grailsVersion"
    %s":jquery:1.7.1"
    compile ":resources:1.1.6"
  }
}
"""


def app(jquery: str, jar: str) -> dict:
    return {"README.md": "# Demo\n\nApplication Grails.\n",
            "app/application.properties": "app.grails.version=2.1.1\n",
            "app/grails-app/conf/BuildConfig.groovy": BUILD_CONFIG % jquery,
            "app/grails-app/controllers/demo/AccueilController.groovy": "package demo\n\nclass AccueilController {\n  def index() {}\n}\n",
            "app/grails-app/views/accueil/index.gsp": "<html><body>Accueil</body></html>\n",
            f"plugin/lib/{jar}": "PK\x03\x04"}


def eol(tmp_path, files, name="r"):
    return results(run(build(tmp_path / name, files), tmp_path / f"c-{name}", only=["scaling.end-of-life"]))["scaling.end-of-life"]


def test_the_grails_jquery_plugin_and_a_versioned_spring_jar_are_read(tmp_path):
    r = eol(tmp_path, app("compile ", "spring-oxm-3.1.2.RELEASE.jar"))
    assert r["status"] in ("warn", "fail"), r
    assert "jQuery" in r["message"]["en"] and "Spring Framework" in r["message"]["en"], r


def test_a_commented_plugin_and_an_unversioned_jar_version_nothing(tmp_path):
    # (near miss: the plugin line commented out, the jar's name without a version)
    r = eol(tmp_path, app("// compile ", "spring-oxm.jar"), name="q")
    assert r["status"] == "not_applicable", r
