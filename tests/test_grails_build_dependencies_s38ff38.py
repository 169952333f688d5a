"""Dependencies a Grails 2 build and a Gradle build's own configurations declare (issue 12, s38 ff38 = reader rc38, AXESS-EDUC/eliot-tdbase).

TD Base declares its libraries in each Grails module's grails-app/conf/BuildConfig.groovy (``dependencies { runtime "g:a:v"; compile
group: …, name: …, version: … }``, ``plugins { compile ":jquery:1.7.1" }``), and its Liquibase migration modules in a configuration of
their own (``configurations { liquibase }``, ``liquibase group: 'org.liquibase', name: 'liquibase-core', version: '2.0.2'``). Readers
found reusability.dependencies saying "3 manifest(s) declaring no dependency (…/build.gradle)" and maintenance.dependency-updates
"not applicable: the runtime libraries are copied … outside any manifest". A BuildConfig.groovy elsewhere than grails-app/conf/, and
a Gradle line in a task naming no declared configuration, declare nothing.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from auditor.facts.gradle_manifest import parse_gradle, parse_grails_build_config

BUILD_CONFIG = """grails.project.dependency.resolution = {
  inherits("global") {
  }
  repositories {
    grailsCentral()
  }
  dependencies {
    runtime "postgresql:postgresql:9.1-901.jdbc4"
    compile group: 'net.sourceforge.saxon', name: 'saxon', version: '9.1.0.8'
    compile('org.codehaus.groovy.modules.http-builder:http-builder:0.5.2') {
      excludes "commons-logging", "xml-apis"
    }
  }
  plugins {
    compile ":hibernate:$grailsVersion"
    compile ":jquery:1.7.1"
//    compile ":spring-security-core:1.2.7.2"
    build(":tomcat:$grailsVersion",
        ":release:2.0.2")
    test ":spock:0.7"
  }
}
"""
MIGRATION = """apply plugin: 'java'

configurations {
  liquibase
}

dependencies {
  liquibase group: 'org.liquibase', name: 'liquibase-core', version: '2.0.2'
  liquibase group: 'postgresql', name: 'postgresql', version: '9.1-901.jdbc4'
}

task migrate << {
  ant.taskdef(resource: 'liquibasetasks.properties', classpath: configurations.liquibase.asPath)
}
"""
CHECKS = ["reusability.dependencies", "maintenance.dependency-updates"]


def test_the_grails_build_config_and_a_gradle_builds_own_configuration_are_read():
    _, deps, dev = parse_grails_build_config("BuildConfig.groovy", BUILD_CONFIG)
    assert deps == ["postgresql:postgresql", "net.sourceforge.saxon:saxon", "org.codehaus.groovy.modules.http-builder:http-builder",
                    "org.grails.plugins:hibernate", "org.grails.plugins:jquery"], deps
    assert dev == ["org.grails.plugins:tomcat", "org.grails.plugins:release", "org.grails.plugins:spock"], dev
    assert parse_gradle("build.gradle", MIGRATION)[1] == ["org.liquibase:liquibase-core", "postgresql:postgresql"]


def test_a_task_line_naming_no_declared_configuration_declares_nothing():
    # (near miss: no configurations { } block, the only "g:a:v" string sits in a task's call)
    text = "apply plugin: 'java'\n\ntask fetch {\n  download 'org.example:tool:1.0'\n}\n"
    assert parse_gradle("build.gradle", text)[1:] == ([], [])


def test_a_grails_application_declares_its_dependencies(repo, tmp_path):
    files = {"README.md": "# Demo\n\nApplication Grails.\n",
             "app/application.properties": "app.grails.version=2.1.1\napp.name=app\n",
             "app/grails-app/conf/BuildConfig.groovy": BUILD_CONFIG,
             "app/grails-app/controllers/demo/AccueilController.groovy": "package demo\n\nclass AccueilController {\n  def index() {}\n}\n",
             "app/grails-app/views/accueil/index.gsp": "<html><body>Accueil</body></html>\n",
             "app/lib/commons-lang-2.6.jar": "PK\x03\x04",
             "migration/build.gradle": MIGRATION,
             "migration/src/main/resources/changelog.xml": "<databaseChangeLog/>\n",
             # (near miss: a file of that name outside grails-app/conf/ is no build of Grails)
             "notes/BuildConfig.groovy": "compile ':other:1.0'\n"}
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", only=CHECKS))
    manifests = {m["path"]: m for m in report["facts"]["manifests"]["manifests"]}
    assert manifests["app/grails-app/conf/BuildConfig.groovy"]["ecosystem"] == "grails", manifests
    assert "notes/BuildConfig.groovy" not in manifests
    r = {x["id"]: x for x in report["results"]}
    assert "declaring no dependency" not in r["reusability.dependencies"]["message"]["en"], r["reusability.dependencies"]
    assert r["maintenance.dependency-updates"]["status"] != "not_applicable", r["maintenance.dependency-updates"]
