"""Issue 12, session 45 fixer fe45 (maxime13/SICTOM): a Java Swing tool for a waste-collection syndicate is a NetBeans Ant project
(build.xml, nbproject/build-impl.xml) whose nbproject/project.properties sets javac.source=1.7 and javac.target=1.7 — Java 7,
past its end of life. scaling.end-of-life said "no runtime or framework version read" (not applicable): only Maven POMs and
Gradle builds gave a Java level. The NetBeans project's settings are read like them, the target first. Near miss: the same
settings in NetBeans' private/ folder (the IDE's per-user settings) give no level. Written for the test."""

from __future__ import annotations

from tests.test_scaling import ctx_for, one
from tests.test_scaling import run as run_check

BUILD = ('<?xml version="1.0" encoding="UTF-8"?>\n<project name="Tournees" default="default" basedir=".">\n'
         '    <import file="nbproject/build-impl.xml"/>\n</project>\n')
SETTINGS = ("build.dir=build\nbuild.test.classes.dir=${build.dir}/test/classes\ndist.dir=dist\ndist.jar=${dist.dir}/Tournees.jar\n"
            "javac.compilerargs=\njavac.deprecation=false\njavac.source=1.7\njavac.target=1.7\nmain.class=ihm.Accueil\n"
            "platform.active=default_platform\nsrc.dir=src\ntest.src.dir=test\n")
CODE = {"build.xml": BUILD, "nbproject/project.xml": '<?xml version="1.0"?>\n<project xmlns="http://www.netbeans.org/ns/project/1"/>\n',
        "src/ihm/Accueil.java": "package ihm;\n\npublic class Accueil {\n    public static void main(String[] args) {\n    }\n}\n"}


def test_a_netbeans_projects_java_level_is_judged(repo):
    r = one(repo, {**CODE, "nbproject/project.properties": SETTINGS})
    found = [(x["path"], x["line"], x["product"], x["cycle"]) for x in ctx_for(r).fact("end_of_life")["findings"]]
    assert found == [("nbproject/project.properties", 8, "java", "7")], found
    res = run_check(ctx_for(r), "scaling.end-of-life")
    assert res.status.value in ("warn", "fail") and "Java 7" in res.message["en"] and "Java 7" in res.message["fr"], res.message


def test_near_miss_private_netbeans_settings_give_no_level(repo):
    r = one(repo, {**CODE, "nbproject/private/project.properties": SETTINGS})
    assert ctx_for(r).fact("end_of_life")["findings"] == []
