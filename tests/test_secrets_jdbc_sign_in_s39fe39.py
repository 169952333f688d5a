"""reusability.secrets: Java's DriverManager.getConnection(url, "user", "<literal>") is a password written in code (issue 12, s39 fe39 =
measure reader ra39 on elucas0/SAE-PNR).

A JavaFX course project signs in to its MySQL database 46 times in 34 files with DriverManager.getConnection("jdbc:mysql://localhost:
3306/pnr", "<user>", "<literal>"); the check passed ("No secret detected"), while PHP's new PDO(…, 'user', 'pw') towards the same
localhost is "Password passed to a sign-in call". JDBC's own sign-in call is such a call, whatever the host. A password read from a
properties file or the environment, and the (url, properties) form, stay clean.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.secrets"
PASSWORD = "kT9" + "wQ2zR7pB"  # (assembled: no credential in this file)


def run(tmp_path, files: dict, name: str = "r") -> dict:
    return results(run_audit(build(tmp_path / name, files), tmp_path / f"c-{name}", [CID]))[CID]


def controller(call: str) -> str:
    return ("package controller;\n\nimport java.sql.*;\n\npublic class Observations_controller {\n"
            "    public void enregistrer(int x, int y) {\n        try {\n"
            f"            Connection c = {call};\n"
            "            PreparedStatement st = c.prepareStatement(\"INSERT INTO lieu VALUES(?, ?)\");\n"
            "            st.setInt(1, x);\n            st.setInt(2, y);\n            st.executeUpdate();\n"
            "        } catch (SQLException e) {\n            e.printStackTrace();\n        }\n    }\n}\n")


def test_a_literal_password_given_to_drivermanager_is_a_secret(tmp_path):
    call = f'DriverManager.getConnection("jdbc:mysql://localhost:3306/faune", "base_donnee", "{PASSWORD}")'
    r = run(tmp_path, {"README.md": "# Observations\n", "src/controller/Observations_controller.java": controller(call)})
    assert r["status"] == "fail", r["message"]  # was pass: "No secret detected"
    assert any(e["path"] == "src/controller/Observations_controller.java" and e["line"] == 8 for e in r["evidence"]), r["evidence"]
    assert PASSWORD not in str(r)


def test_a_password_read_from_settings_or_the_environment_stays_clean(tmp_path):
    files = {"README.md": "# Observations\n",
             "src/controller/Observations_controller.java": controller(
                 'DriverManager.getConnection(props.getProperty("db.url"), props.getProperty("db.user"), props.getProperty("db.password"))'),
             "src/controller/Lecture_controller.java": controller(
                 'DriverManager.getConnection("jdbc:mysql://localhost:3306/faune", "base_donnee", System.getenv("DB_PASSWORD"))')
             .replace("Observations_controller", "Lecture_controller"),
             "src/controller/Export_controller.java": controller('DriverManager.getConnection("jdbc:mysql://localhost:3306/faune", props)')
             .replace("Observations_controller", "Export_controller")}
    r = run(tmp_path, files, "n")
    assert r["status"] == "pass", (r["message"], r["evidence"])
