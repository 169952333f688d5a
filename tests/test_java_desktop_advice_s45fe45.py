"""Issue 12, session 45 fixer fe45 (maxime13/SICTOM): a Java Swing program for a waste-collection syndicate, built as a NetBeans Ant
project (build.xml, nbproject/, tests in test/ by project.properties' test.src.dir), was advised "tests in src/test/java/ run by
mvn test … mvn checkstyle:check" (there is no pom.xml: mvn does nothing here) and, by portability, translation files "gettext,
i18next, vue-i18n" and "a Dockerfile or docker-compose.yml, or a package (pyproject.toml, package.json)" — a container does not
run a window on someone's desktop, and Python/JavaScript manifests do not package Java. Java's tools now follow the build tool
at the root (Ant's beside a build.xml alone) and portability's advice the main language and the desktop kind. Near miss: a Maven
project keeps mvn's advice. Written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

WINDOW = ("package ihm;\n\nimport javax.swing.JButton;\nimport javax.swing.JFrame;\n\n/** Fenêtre principale des tournées. */\n"
          "public class Fenetre extends JFrame {\n    public Fenetre() {\n        super(\"Tournées\");\n"
          "        add(new JButton(\"Valider la tournée\"));\n        setDefaultCloseOperation(JFrame.EXIT_ON_CLOSE);\n        pack();\n    }\n\n"
          "    public static void main(String[] args) {\n        new Fenetre().setVisible(true);\n    }\n}\n")
CALC = ("package calcul;\n\n/** Totaux des pesées. */\npublic class Totaux {\n    public static int somme(int[] poids) {\n"
        "        int total = 0;\n        for (int p : poids) {\n            total += p;\n        }\n        return total;\n    }\n}\n")
ANT = {"build.xml": '<?xml version="1.0" encoding="UTF-8"?>\n<project name="Tournees" default="default" basedir=".">\n'
                    '    <import file="nbproject/build-impl.xml"/>\n</project>\n',
       "nbproject/project.properties": "dist.jar=${dist.dir}/Tournees.jar\njavac.source=1.8\njavac.target=1.8\nsrc.dir=src\ntest.src.dir=test\n",
       "src/ihm/Fenetre.java": WINDOW, "src/calcul/Totaux.java": CALC}
POM = ('<?xml version="1.0"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0">\n  <modelVersion>4.0.0</modelVersion>\n'
       '  <groupId>fr.example</groupId>\n  <artifactId>tournees</artifactId>\n  <version>1.0</version>\n</project>\n')


def _run(tmp_path, files):
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.tests-and-ci", "reusability.portability"]))


def test_an_ant_desktop_program_gets_ant_and_java_desktop_advice(tmp_path):
    r = _run(tmp_path, ANT)
    tests = r["reusability.tests-and-ci"]["remediation"]
    assert "ant test" in tests["en"] and "ant test" in tests["fr"] and "mvn" not in tests["en"] + tests["fr"], tests
    port = r["reusability.portability"]["remediation"]
    assert "ResourceBundle" in port["en"] and "ResourceBundle" in port["fr"], port
    assert not any(w in port["en"] + port["fr"] for w in ("gettext", "i18next", "Dockerfile", "pyproject.toml", "package.json")), port


def test_near_miss_a_maven_project_keeps_mavens_advice(tmp_path):
    files = {"pom.xml": POM, "src/main/java/calcul/Totaux.java": CALC, "src/main/java/ihm/Fenetre.java": WINDOW}
    tests = _run(tmp_path, files)["reusability.tests-and-ci"]["remediation"]
    assert "mvn test" in tests["en"] and "src/test/java/" in tests["en"], tests
