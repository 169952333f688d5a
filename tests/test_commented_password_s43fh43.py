"""reusability.secrets: a password kept in a comment beside the field the code empties (issue 12, s43 fh43 = reader rf43's efroc/stockvc).

stockvc's connection class, set back to a local database, keeps the server's credentials as comments above its fields:
`//<password> -> ""` over `private string $password = "";` (the server's value was in that field before): "No secret detected".
detect-secrets' keyword plugin reads assignments only. A comment ending the emptied password field's line, or the comment line just
above it, that holds only a chosen password's token (maybe followed by `-> ""`) is that password, committed. Near misses: a comment
explaining the field, an identifier, and a token above another field stay clear."""

from __future__ import annotations

from tests.test_reusability_fixtures import sec

SECRET = "Stock" + "44120" + "!"  # (made up for the test)


def _base(above: str, field: str = "password", trailing: str = "") -> str:
    return ("<?php\n\nclass Base {\n\n    private string $servername = \"localhost\";\n    private string $username = \"root\";\n"
            f"    {above}\n    private string ${field} = \"\";{trailing}\n    private $pdo;\n\n    public function connect() {{\n"
            "        $this->pdo = new PDO(\"mysql:host=$this->servername;dbname=stock\", $this->username, $this->" + field + ");\n"
            "        return $this->pdo;\n    }\n}\n")


def _status(tmp_path, text: str) -> dict:
    return sec(tmp_path, {"README.md": "# Stock\n\nGestion du stock.\n", "src/traitement/Base.php": text})


def test_a_password_commented_above_its_emptied_field_is_a_secret(tmp_path):
    r = _status(tmp_path / "a", _base(f"//{SECRET} -> \"\""))
    assert r["status"] == "fail" and [e["line"] for e in r["evidence"] if e["kind"] == "finding"] == [7], r
    r = _status(tmp_path / "b", _base("", trailing=f" //{SECRET}"))
    assert r["status"] == "fail", r


def test_near_miss_an_explaining_comment_an_identifier_or_another_field_stay_clear(tmp_path):
    assert _status(tmp_path / "a", _base("// vide en local, a remplir en production"))["status"] == "pass"
    assert _status(tmp_path / "b", _base("//mysql_root -> \"\""))["status"] == "pass"
    assert _status(tmp_path / "c", _base(f"//{SECRET} -> \"\"", field="charset"))["status"] == "pass"
