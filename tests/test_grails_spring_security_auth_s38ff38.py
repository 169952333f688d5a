"""Grails' Spring Security plugins sign people in (issue 12, s38 ff38 = reader rc38, AXESS-EDUC/eliot-tdbase).

TD Base's plugin installs ``compile ":spring-security-core:1.2.7.2"`` (grails-app/conf/BuildConfig.groovy), whose LoginController
checks the application's own accounts; the Grails spring-security-cas plugin adds CAS single sign-on. Readers found
interoperability.auth "not applicable: no authentication and no page or API served detected". A Grails application installing
no security plugin keeps "no sign-in found".
"""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results


def app(plugins: str) -> dict:
    return {"README.md": "# Demo\n\nApplication Grails.\n",
            "app/application.properties": "app.grails.version=2.1.1\n",
            "app/grails-app/conf/BuildConfig.groovy": "grails.project.dependency.resolution = {\n  plugins {\n"
                                                     "    compile \":hibernate:2.1.1\"\n" + plugins + "  }\n}\n",
            "app/grails-app/controllers/demo/AccueilController.groovy": "package demo\n\nclass AccueilController {\n  def index() {}\n}\n",
            "app/grails-app/views/accueil/index.gsp": "<html><body>Accueil</body></html>\n"}


def auth(tmp_path, files, name="r"):
    return results(run(build(tmp_path / name, files), tmp_path / f"c-{name}", only=["interoperability.auth"]))["interoperability.auth"]


def test_the_spring_security_core_plugin_signs_people_in_with_local_accounts(tmp_path):
    r = auth(tmp_path, app("    compile \":spring-security-core:1.2.7.2\"\n"))
    assert r["status"] not in ("not_applicable", "inconclusive"), r
    assert "local" in r["message"]["en"], r


def test_the_spring_security_cas_plugin_is_a_standard(tmp_path):
    r = auth(tmp_path, app("    compile \":spring-security-core:1.2.7.2\"\n    compile \":spring-security-cas:1.0.5\"\n"), name="s")
    assert "Standard authentication" in r["message"]["en"], r


def test_a_grails_application_without_a_security_plugin_signs_no_one_in(tmp_path):
    # (near miss: no security plugin, no sign-in page)
    r = auth(tmp_path, app(""), name="q")
    assert r["status"] == "not_applicable", r


def test_the_spring_security_cas_settings_of_the_external_config_are_cas(tmp_path):
    # (TD Base's src/templates/eliot-tdbase-config.groovy sets the CAS plugin's server and service addresses; the plugin itself is
    # added by the deployment)
    files = app("    compile \":spring-security-core:1.2.7.2\"\n") | {
        "app/src/templates/app-config.groovy": "grails.plugins.springsecurity.cas.active = true\n"
                                               "grails.plugins.springsecurity.cas.serverUrlPrefix = 'https://cas.example.org/cas'\n"
                                               "grails.plugins.springsecurity.cas.serviceUrl = 'https://app.example.org/j_spring_cas_security_check'\n"}
    r = auth(tmp_path, files, name="t")
    assert "Standard authentication" in r["message"]["en"], r
