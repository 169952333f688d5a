"""reusability.configuration: settings inside a ``/* … */`` block comment are documentation, not the code's settings (issue 12, s44
fk44 = reader rf44's DHoudetot-Cyril/pinf).

A commune's PHP site's libs/config.php opens with a note in a block comment on another machine's set-up (``/* IMPORTANT : … $BDD_host=
"localhost;port=3307"; $BDD_user="administrateur"; … */``), then the code's settings (``$BDD_host="localhost"; $BDD_user="root";``).
The message quoted the commented line as the code's first setting (libs/config.php:6). The example is the first assignment outside
comments. Near miss: a setting followed by a comment on its own line (``$BDD_host="localhost"; /* poste */``), after a ``"img/*"``
string, is still read."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "reusability.configuration"
NOTE = ("/*\nIMPORTANT : sur les postes de la salle, nommer les bases 'testdb_<nom>' et utiliser :\n\n"
        "$BDD_host=\"localhost;port=3307\";\n$BDD_user=\"administrateur\";\n$BDD_password=\"\";\n$BDD_base=\"testdb_<nom>\";\n*/\n\n\n")
CODE = "// MACHINE LINUX\n$BDD_host=\"localhost\";\n$BDD_user=\"root\";\n$BDD_password=\"\";\n$BDD_base=\"commune\";\n\n?>\n"


def _files(config: str) -> dict:
    return {"README.md": "# Site de la commune\n\nLe site web de la commune.\n", "libs/config.php": config,
            "index.php": "<?php\ninclude_once('libs/config.php');\n$db = new PDO(\"mysql:host=$BDD_host;dbname=$BDD_base\", $BDD_user, $BDD_password);\n"
                         "echo 'Accueil';\n?>\n"}


def _lines(r: dict) -> list:
    return [e["line"] for e in r["evidence"] if e.get("path") == "libs/config.php" and e.get("line")]


def test_settings_in_a_block_comment_are_not_the_codes(tmp_path):
    r = judge(tmp_path, _files("<?php\n\n" + NOTE + CODE), [CID], name="note")[1][CID]
    assert r["status"] == "fail" and "libs/config.php:14" in r["message"]["en"] and "3307" not in r["message"]["en"], r["message"]
    assert _lines(r) and min(_lines(r)) == 14, _lines(r)


def test_near_miss_a_setting_beside_a_comment_after_a_glob_string_is_read(tmp_path):
    code = CODE.replace('$BDD_host="localhost";', '$BDD_host="localhost"; /* poste */')
    r = judge(tmp_path, _files("<?php\n$images = \"img/*\";\n" + code), [CID], name="glob")[1][CID]
    assert r["status"] == "fail" and "libs/config.php:4" in r["message"]["en"], r["message"]
