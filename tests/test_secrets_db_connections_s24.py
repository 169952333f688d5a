"""reusability.secrets (issue 12, session 24, reader n2 s23: tbeguey/GIPATGeRiBSD): a regional GIS platform's tools commit the
credentials of an internal PostgreSQL server twice, and the check passed ("no certain secret; 1 string to review"):

- its JavaFX tool (IntelliJ's template: the application's package is "sample", src/sample/) calls the project's own JDBC
  wrapper, ``postgreSQL.connection("<address>:5432/base", "<user>", "<password>")`` (which hands them to
  DriverManager.getConnection): a password by position, to a call no list knew; and the package was taken for an example
  folder by its name, which sets findings aside;
- its PHP pages assign the values to variables, ``$l_passwd = "…";``, and build ``pg_pconnect("host=$l_host … password=$l_passwd")``:
  the connection string's password is a variable, so it was no literal.

A database connection whose first argument is a database's address (JDBC URL, scheme://, host:port/base) with a literal third
argument, and a PHP variable assigned a literal once in the file, are now committed credentials; a source root's top-level
package its files declare (package sample;) is the program's code. A local database, a placeholder, a value read from
elsewhere and an examples folder stay what they were."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.secrets"
PASSWORD = "carto" + "pigma"  # (assembled: no credential in this file)
HOST = "10.20." + "30.40"


def run(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def java(address: str, password: str) -> str:
    return ("package sample;\n\npublic class Ecran {\n    private final Base base = new Base();\n\n    public void rafraichir() {\n"
            f'        base.connection("{address}", "gestion", "{password}");\n        base.deconnexion();\n    }}\n'
            + "".join(f"\n    public int colonne{i}(int ligne) {{\n        return ligne * {i} + {i};\n    }}\n" for i in range(80)) + "}\n")


BASE = ("package sample;\n\nimport java.sql.*;\n\npublic class Base {\n    private Connection c;\n\n"
        "    public void connection(String adresse, String compte, String motDePasse) throws SQLException {\n"
        '        c = DriverManager.getConnection("jdbc:postgresql://" + adresse, compte, motDePasse);\n    }\n}\n')


def php(host: str, password: str) -> str:
    return (f'<?php\n$l_base = "catalogue";\n$l_hote = "{host}";\n$l_compte = "gestion";\n$l_mdp = "{password}";\n'
            '$cnx = pg_pconnect("host=$l_hote dbname=$l_base user=$l_compte password=$l_mdp");\n?>\n')


def test_a_password_given_to_the_projects_jdbc_wrapper_is_a_secret(tmp_path):
    r = run(tmp_path, {"README.md": "# Outil\n", "src/sample/Base.java": BASE, "src/sample/Ecran.java": java(f"{HOST}:5432/catalogue", PASSWORD)})
    assert r["status"] == "fail", r["message"]  # was pass
    assert any(e["path"] == "src/sample/Ecran.java" and e["line"] == 7 for e in r["evidence"]), r["evidence"]
    assert PASSWORD not in str(r)


def test_a_php_connection_string_built_from_literal_variables_is_a_secret(tmp_path):
    r = run(tmp_path, {"README.md": "# Pages\n", "web/connexion.php": php(HOST, PASSWORD)})
    assert r["status"] == "fail", r["message"]  # was pass, one keyword hint to review
    assert any(e["path"] == "web/connexion.php" and e["line"] == 6 for e in r["evidence"]), r["evidence"]


def test_a_local_database_a_placeholder_or_a_setting_read_stays_aside(tmp_path):
    files = {"README.md": "# Outil\n", "src/sample/Base.java": BASE, "src/sample/Ecran.java": java("localhost:5432/catalogue", PASSWORD),
             "exemples/Ecran.java": java(f"{HOST}:5432/catalogue", PASSWORD).replace("package sample;", "package exemples;"),
             "web/connexion.php": php(HOST, "changeme"),
             "web/lecture.php": '<?php\n$cfg = parse_ini_file("config.ini");\n$cnx = pg_connect("host={$cfg[\'host\']} password=$mdp");\n'}
    r = run(tmp_path, files)
    assert r["status"] != "fail", (r["message"], r["evidence"])
