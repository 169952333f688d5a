"""A Grails application's external settings file and its template (issue 12, s38 ff38 = reader rc38, AXESS-EDUC/eliot-tdbase).

TD Base's eliot-tdbase/grails-app/conf/Config.groovy loads ``grails.config.locations = ["classpath:${appName}-config.groovy"]``
(and a ``"file:" + path`` a system property gives); eliot-tdbase/src/templates/eliot-tdbase-config.groovy is that file's commented
template (server URL, CAS, files root), which BuildConfig.groovy copies into the WAR. Readers found reusability.configuration "No
setting read from the environment and no configuration template". A Grails application loading no external file keeps its
scaffolding templates (src/templates/scaffolding/) as no settings template.
"""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

CONFIG = """// configuration
%s

environments {
    production {
        grails.serverURL = "http://www.changeme.com"
    }
}
"""
TEMPLATE = """// Fichier de configuration externe : copiez-le et adaptez-le
grails.serverURL = "http://localhost:8080/demo"
dataSource.url = "jdbc:postgresql://localhost:5432/demo"
dataSource.username = "demo"
grails.plugins.springsecurity.cas.serverUrlPrefix = 'http://localhost:8181/cas'
"""


def app(locations: str) -> dict:
    return {"README.md": "# Demo\n\nApplication Grails.\n",
            "demo/application.properties": "app.grails.version=2.1.1\napp.name=demo\n",
            "demo/grails-app/conf/Config.groovy": CONFIG % locations,
            "demo/grails-app/controllers/demo/AccueilController.groovy": "package demo\n\nclass AccueilController {\n  def index() {}\n}\n",
            "demo/grails-app/views/accueil/index.gsp": "<html><body>Accueil</body></html>\n",
            "demo/src/templates/demo-config.groovy": TEMPLATE,
            "demo/src/templates/scaffolding/list.gsp": "<html><body>${domainClass.name}</body></html>\n"}


def configuration(tmp_path, files, name="r"):
    report = run(build(tmp_path / name, files), tmp_path / f"c-{name}", only=["reusability.configuration"])
    return results(report)["reusability.configuration"]


def test_the_file_grails_config_locations_loads_is_the_settings_template(tmp_path):
    r = configuration(tmp_path, app('grails.config.locations = ["classpath:${appName}-config.groovy"]'))
    assert r["status"] in ("pass", "warn"), r
    assert any(e.get("path") == "demo/src/templates/demo-config.groovy" for e in r["evidence"]), r


def test_no_external_location_no_template(tmp_path):
    # (near miss: the locations line left in a comment, as Grails' generated Config.groovy ships it)
    r = configuration(tmp_path, app('// grails.config.locations = ["classpath:${appName}-config.groovy"]'), name="q")
    assert not any(e.get("path") == "demo/src/templates/demo-config.groovy" for e in r["evidence"]), r
