"""reusability.configuration (issue 12, s43 fc43 = Fyelne/Projet-PNR): a JavaFX desktop application opening its MySQL database with
``String url = "jdbc:mysql://localhost/bd_PNR"; String user = "PNR"; String pass = "PNR";`` then
``DriverManager.getConnection(url, user, pass)`` (and ``new LogBDD("jdbc:…", "PNR", "PNR")`` elsewhere) was not applicable "writes no
key, password, database": the server signal drops a localhost connection, and nothing read a database's URL with its account. The
database's name, account and password are a deployment's settings written in the code, whatever the host. Near miss: a desktop
application on a file database (``jdbc:sqlite:observations.db``, no server nor account) stays "nothing to set"."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from auditor.facts.connection_settings import settings_of
from tests.gitrepo import make_repo


def configuration(tmp_path, files):
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2022-06-01T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["reusability.configuration"]))
    return report["results"][0]


APP = {
    "README.md": "# Observations\n\nApplication de saisie des observations d'espèces pour le parc.\n",
    "src/View/Main.java": ("package View;\n\nimport javafx.application.Application;\nimport javafx.stage.Stage;\n\n"
                           "public class Main extends Application {\n    @Override\n    public void start(Stage stage) {\n"
                           "        stage.setTitle(\"Observations\");\n        stage.show();\n    }\n\n"
                           "    public static void main(String[] args) { launch(args); }\n}\n"),
    "src/Modele/Espece.java": "package Modele;\n\npublic class Espece {\n    private String nom;\n    public String getNom() { return nom; }\n}\n",
}
SERVER = ('package Modele;\n\nimport java.sql.*;\n\npublic class Base {\n    private static Connection con;\n    private Base() {\n'
          '        String url = "jdbc:mysql://localhost/bd_faune";\n        String user = "faune";\n        String pass = "faune";\n'
          '        try {\n            con = DriverManager.getConnection(url, user, pass);\n        } catch (SQLException e) {\n'
          '            System.out.println(e.getMessage());\n        }\n    }\n}\n')
FILE_DB = ('package Modele;\n\nimport java.sql.*;\n\npublic class Base {\n    private static Connection con;\n    private Base() {\n'
           '        String url = "jdbc:sqlite:observations.db";\n        try {\n            con = DriverManager.getConnection(url);\n'
           '        } catch (SQLException e) {\n            System.out.println(e.getMessage());\n        }\n    }\n}\n')


def test_a_jdbc_url_with_its_account_and_password_is_a_setting_written_in_the_code(tmp_path):
    r = configuration(tmp_path, {**APP, "src/Modele/Base.java": SERVER})
    assert r["status"] == "fail", r
    assert any(e["path"] == "src/Modele/Base.java" and e["line"] == 8 for e in r["evidence"]), r["evidence"]


def test_a_file_database_stays_nothing_to_set(tmp_path):
    r = configuration(tmp_path, {**APP, "src/Modele/Base.java": FILE_DB})
    assert r["status"] == "not_applicable", r


def test_a_call_given_the_url_the_account_and_the_password_writes_them():
    text = 'class A {\n    private Log l = new Log("jdbc:mysql://localhost:3306/bd_pnr", "root", "root");\n}\n'
    assert settings_of(text) == [[2, 'Log("jdbc:mysql://localhost:3306/bd_pnr", "root", "root")', "connection string"]]
    # (the URL alone, its account read from the environment: no connection's settings written)
    assert settings_of('String url = "jdbc:postgresql://db.example.org/app";\nString user = System.getenv("DB_USER");\n') == []
