"""Issue 12, session 36 (v36, reader m35o1): wrong verdicts on HeineZo/PNR (a JavaFX app for a regional natural park's
observers), ThomasAyr/Marathon-du-Web-Cantine (a static site for a city's canteens) and
dtc-innovation/dataviz-finances-montreuil (a city's budget dataviz).

- secrets: the project's own connection class built with a database's address and a literal password
  (``new ConnectVPS("jdbc:mysql://<public address>:3306/base", "user", "…")``) is a committed credential, as the same
  arguments given to a ``.connection(…)`` method already were."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

PASSWORD = "Mdp" + "@compte7"  # (assembled: no credential in this file)
HOST = "141.94." + "22.19"


def run(tmp_path, files: dict, cid: str) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [cid]))[cid]


CONNECT = ("package pnr.modele;\n\nimport java.sql.*;\n\npublic class ConnectVPS {\n    private Connection c;\n\n"
           "    public ConnectVPS(String url, String user, String password) {\n"
           "        try {\n            c = DriverManager.getConnection(url, user, password);\n"
           "        } catch (SQLException e) {\n            e.printStackTrace();\n        }\n    }\n}\n")


def controller(address: str, user: str, password: str) -> str:
    return ("package pnr.controleur;\n\nimport pnr.modele.ConnectVPS;\n\npublic class Controller {\n"
            "    private ConnectVPS connect;\n\n    public void initialiser() {\n"
            f'        connect = new ConnectVPS("{address}", "{user}", {password});\n    }}\n}}\n')


def test_a_password_given_to_the_projects_connection_class_is_a_secret(tmp_path):
    files = {"README.md": "# PNR\n", "pnr/src/main/java/pnr/modele/ConnectVPS.java": CONNECT,
             "pnr/src/main/java/pnr/controleur/Controller.java": controller(f"jdbc:mysql://{HOST}:3306/bd_pnr", "user", f'"{PASSWORD}"')}
    r = run(tmp_path, files, "reusability.secrets")
    assert r["status"] == "fail", r["message"]  # was pass
    assert any(e["path"].endswith("Controller.java") and e["line"] == 9 for e in r["evidence"]), r["evidence"]
    assert PASSWORD not in str(r)


def test_a_connection_class_given_a_variable_or_a_local_database_stays_aside(tmp_path):
    files = {"README.md": "# PNR\n", "pnr/src/main/java/pnr/modele/ConnectVPS.java": CONNECT,
             "pnr/src/main/java/pnr/controleur/Controller.java": controller(f"jdbc:mysql://{HOST}:3306/bd_pnr", "user", "motDePasse"),
             "pnr/src/main/java/pnr/controleur/Local.java": controller("jdbc:mysql://localhost:3306/bd_pnr", "root", '"root"')
             .replace("class Controller", "class Local")}
    r = run(tmp_path, files, "reusability.secrets")
    assert r["status"] == "pass", (r["message"], r["evidence"])
