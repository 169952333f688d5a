"""reusability.secrets: API keys kept in the comment of the line reading the key (issue 12, s43 fi43 = reader rg43's
ZeCrusher/APIDAE-vers-OpenAgenda).

A tourism office's PHP tool reads the service's key from the request and keeps the keys themselves as a note on that line:
`$apiKey=$_GET['apiKey']; /* QTfpNkyX <- OK | PhrnH4Dd */` (8-character keys, the service's form, one marked as the working one):
"No secret detected" (entropy detectors miss 8 characters; the keyword plugin reads assignments only). A comment ending the line of a
key-named field read at run time (or emptied), holding nothing but key-shaped tokens and markers, is the keys committed. Near misses:
a comment explaining the field, an identifier's name, and the same note beside a field that is no key stay clear. Keys made up."""

from __future__ import annotations

from tests.test_reusability_fixtures import sec

KEYS = "Wq" + "ZrTbHk" + " <- OK | Jd" + "m7Pc2x"  # (made up for the test)


def _page(field: str, comment: str) -> str:
    return ("<?php\n\n$url = 'https://api.evenements.example.org/api/v002/evenement/list-objets-touristiques/';\n"
            f"${field}=$_GET['{field}']; \t{comment}\n$projet=$_GET['projet']; \t/* 6556 - agenda de la ville */\n\n"
            f"$requete = array('{field}' => ${field}, 'projet' => $projet);\n"
            "$json = file_get_contents($url . '?query=' . urlencode(json_encode($requete)));\necho $json;\n")


def _status(tmp_path, text: str) -> dict:
    return sec(tmp_path, {"README.md": "# Agenda\n\nCopie les événements dans l'agenda de la ville.\n", "index.php": text})


def test_keys_noted_beside_the_line_reading_the_key_are_secrets(tmp_path):
    r = _status(tmp_path / "a", _page("apiKey", f"/* {KEYS} */"))
    assert r["status"] == "fail" and [e["line"] for e in r["evidence"] if e["kind"] == "finding"] == [4], r
    r = _status(tmp_path / "b", _page("token", "// " + KEYS.split(" ")[0] + "4"))
    assert r["status"] == "fail", r


def test_near_miss_an_explaining_comment_an_identifier_or_another_field_stay_clear(tmp_path):
    assert _status(tmp_path / "a", _page("apiKey", "// clé fournie par le service"))["status"] == "pass"
    assert _status(tmp_path / "b", _page("apiKey", "/* getApiKey */"))["status"] == "pass"
    assert _status(tmp_path / "c", _page("projetId", f"/* {KEYS} */"))["status"] == "pass"
