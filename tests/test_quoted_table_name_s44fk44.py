"""scaling.personal-data: a quoted SQL table name holding a space is read whole (issue 12, s44 fk44 = reader rf44's
DHoudetot-Cyril/pinf).

A commune's MySQL dump creates ``CREATE TABLE IF NOT EXISTS `conseil municipal` (`nom` varchar(30), `prenom` varchar(30), …)``: the
evidence named a table "conseil", cut at the space, that does not exist. A back-quoted, double-quoted or bracketed identifier is
one name. Near miss: an unquoted name (``CREATE TABLE elus (``) is read as before."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "scaling.personal-data"


def _dump(name: str) -> str:
    return ("-- Base de données : `commune`\n\n"
            f"DROP TABLE IF EXISTS {name};\nCREATE TABLE IF NOT EXISTS {name} (\n  `id_personne` int(11) NOT NULL AUTO_INCREMENT,\n"
            "  `nom` varchar(30) NOT NULL,\n  `prenom` varchar(30) NOT NULL,\n  `role` varchar(30) NOT NULL,\n  PRIMARY KEY (`id_personne`)\n"
            ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n")


def _tables(tmp_path, name: str, tag: str) -> list:
    files = {"README.md": "# Site de la commune\n\nLe site web de la commune.\n", "commune.sql": _dump(name),
             "index.php": "<?php\n$res = $db->query('SELECT nom, prenom FROM elus');\necho 'Accueil';\n?>\n"}
    r = judge(tmp_path, files, [CID], name=tag)[1][CID]
    return [e["value"].get("table") for e in r["evidence"] if isinstance(e.get("value"), dict)], r


def test_a_back_quoted_name_with_a_space_is_read_whole(tmp_path):
    tables, r = _tables(tmp_path, "`conseil municipal`", "q")
    assert "conseil municipal" in tables and "conseil" not in tables, (tables, r["message"])


def test_near_miss_an_unquoted_name_is_read_as_before(tmp_path):
    tables, r = _tables(tmp_path, "elus", "u")
    assert "elus" in tables, (tables, r["message"])
