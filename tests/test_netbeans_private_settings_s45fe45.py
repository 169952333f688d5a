"""Issue 12, session 45 fixer fe45 (maxime13/SICTOM): a NetBeans Ant project commits nbproject/private/config.properties, an empty
file of the IDE's per-user settings. reusability.configuration's first evidence called it "a code file holding the settings"; the
fail itself is right (the database connection is written in a Java class). An empty file holds no setting, and NetBeans'
nbproject/private/ is the editor's, as .idea/ is. Near miss: a settings file of the project's own, with values, is still cited.
Written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

BDD = ("package base;\n\nimport java.sql.Connection;\nimport java.sql.DriverManager;\n\n/** Connexion à la base des tournées. */\n"
       "public class Base {\n    private static String url = \"jdbc:mysql://localhost:3306/tournees\";\n"
       "    private static String user = \"root\";\n    private static String passwd = \"\";\n\n"
       "    public static Connection ouvrir() throws Exception {\n        return DriverManager.getConnection(url, user, passwd);\n    }\n}\n")
FILES = {"build.xml": '<?xml version="1.0"?>\n<project name="Tournees" default="default" basedir=".">\n'
                      '    <import file="nbproject/build-impl.xml"/>\n</project>\n',
         "nbproject/project.properties": "src.dir=src\ntest.src.dir=test\n", "nbproject/private/private.properties": "user.properties.file=/home/x/.netbeans/build.properties\n",
         "src/base/Base.java": BDD}


def _cited(r):
    return [e.get("path") for e in r["evidence"] if e.get("value") == "settings in the code"]


def test_an_empty_netbeans_private_file_is_no_settings_code(tmp_path):
    r = check_result(tmp_path, {**FILES, "nbproject/private/config.properties": ""}, "reusability.configuration")
    assert r["status"] == "fail", r["message"]
    assert _cited(r) == [], r["evidence"]


def test_near_miss_the_projects_own_settings_file_is_cited(tmp_path):
    own = "<?php\n$db_host = 'localhost';\n$db_user = 'root';\n$db_pass = 'secret';\n"
    r = check_result(tmp_path, {**FILES, "nbproject/private/config.properties": "", "web/config.php": own}, "reusability.configuration")
    assert _cited(r) == ["web/config.php"], r["evidence"]
