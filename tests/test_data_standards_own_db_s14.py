"""Session 14 (h3), issue 12 (s13 r1: a metropolis's PHP kiosk game): interoperability.data-standards said "no data file, no
database model" beside the game's committed SQLite base and the table its PHP code creates (PDO prepare('CREATE TABLE IF NOT
EXISTS "games" (…')). N/A stands (JSON messages of its own pages, no data exchanged), and the reason now names that database."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

DS = "interoperability.data-standards"
DB = ("<?php\n\nclass DataBaseConnection\n{\n    private $connection;\n\n    public function __construct()\n    {\n"
      "        $this->connection = new PDO('sqlite:' . dirname(__FILE__) . '/game.sqlite');\n"
      "        $this->connection->prepare(\n            'CREATE TABLE IF NOT EXISTS \"rounds\" (\n"
      "            `id_round` INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,\n            `score` INTEGER DEFAULT 0\n            )'\n"
      "        )->execute();\n    }\n}\n")
INDEX = ("<?php\n\nrequire_once 'data/DataBaseConnection.php';\n$db = new DataBaseConnection();\n"
         "header('Content-Type: application/json');\necho json_encode(['state' => 'waiting']);\n")
FILES = {"README.md": "# Jeu\n\nUn jeu de mémoire à deux joueurs pour une borne.\n", "index.php": INDEX, "data/DataBaseConnection.php": DB,
         "play.php": "<?php\n?><html lang=\"fr\"><body><div id=\"game\"></div><script src=\"js/game.js\"></script></body></html>\n",
         "js/game.js": "fetch('index.php').then(r => r.json()).then(s => console.log(s.state));\n"}


def _ds(tmp_path, files):
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [DS]))[DS]


def test_the_application_s_own_database_is_named_not_denied(tmp_path):
    r = _ds(tmp_path, {**FILES, "data/game.sqlite": "SQLite format 3\n"})
    assert r["status"] == "not_applicable", r["message"]
    assert "no database model" not in r["message"]["en"] and "data/game.sqlite" in r["message"]["en"], r["message"]
    assert {(e.get("path"), e.get("line")) for e in r["evidence"]} == {("data/game.sqlite", None), ("data/DataBaseConnection.php", 11)}


def test_a_tool_s_cache_base_is_no_database_of_the_application(tmp_path):
    files = {**FILES, ".vs/app/v16/slnx.sqlite": "SQLite format 3\n",
             "data/DataBaseConnection.php": "<?php\n\nclass DataBaseConnection\n{\n}\n"}
    r = _ds(tmp_path, files)
    assert r["status"] == "not_applicable" and "no database model" in r["message"]["en"], r["message"]
