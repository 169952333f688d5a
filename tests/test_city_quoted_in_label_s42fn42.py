"""A large city's name quoted with escaped quotes inside a string, or closing a label after a qualifier, is that city's name written in
the code (issue 12, session 42 fixer fn42 = DSI-Ville-Noumea/commun, reader rg42 item 2). A city's Java library of messages held
"Vous devez sélectionner le radio bouton \\"Noumea\\"" and a constant "Critère NC autre Noumea"; territory-neutral found the city in
'Noumea' (single quotes) only. Near misses: the same name inside a longer label without a qualifier ("Rue de Paris"), a time zone
("Europe/Paris") and a comment stay neutral. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"
POM = "<project><modelVersion>4.0.0</modelVersion><groupId>x.test</groupId><artifactId>common</artifactId><version>1.0</version></project>\n"


def _java(name: str, value: str) -> str:
    return f"package x.test.common;\n\npublic interface {name} {{\n    String LABEL = \"{value}\";\n    String OTHER = \"Saisie libre\";\n}}\n"


def _res(tmp_path, values):
    files = {"README.md": "# Common\n\nMessages communs.\n", "pom.xml": POM}
    for i, v in enumerate(values):
        files[f"src/main/java/x/test/common/Labels{i}.java"] = _java(f"Labels{i}", v)
    return check_result(tmp_path, files, CID)


def _values(res):
    return sorted((e["path"].rsplit("/", 1)[-1], e.get("value")) for e in res["evidence"] if e.get("kind") == "finding")


def test_escaped_quotes_and_a_label_after_a_qualifier_name_the_city(tmp_path):
    res = _res(tmp_path, ["Vous devez s\\u00e9lectionner le radio bouton \\\"Noumea\\\"", "Critère NC autre Noumea",
                          "Agents hors Papeete"])
    assert res["status"] != "pass" and _values(res) == [("Labels0.java", "Noumea"), ("Labels1.java", "Noumea"),
                                                        ("Labels2.java", "Papeete")], (res["message"]["en"], _values(res))


def test_a_name_inside_a_label_a_time_zone_and_a_comment_stay_neutral(tmp_path):
    files = {"README.md": "# Common\n\nMessages communs.\n", "pom.xml": POM,
             "src/main/java/x/test/common/Labels.java": ("package x.test.common;\n\npublic interface Labels {\n"
                                                         "    String STREET = \"Rue de Paris\";\n    String ZONE = \"Europe/Paris\";\n"
                                                         "    // le radio bouton \"Ville autre Noumea\" n'existe plus\n    String A = \"Noumea est\";\n}\n")}
    res = check_result(tmp_path, files, CID)
    assert res["status"] == "pass" and _values(res) == [], (res["message"]["en"], _values(res))
