"""reusability.secrets, reusability.configuration (issue 12, s31 c31 = reader s31 m23o3, yletaillanter/ToursDeliberations,
pixelhumain/communecter): an Android client of an open-data portal had 29 "strings that look like a secret" to review, all the
portal's record and attachment ids (``"recordid":"43e3…"`` in a sample JSON comment, ``id = "a533…"`` in a preview's dummy data);
a PHP module's commented-out test calls ``Link::connect("54fe…", …)`` gave MongoDB ObjectIds that reusability.configuration stated
as "a secret or key written in the code". A hexadecimal value given to an identifier's name (id, recordid, *Id, data-id,
ObjectId("…")), or an ObjectId on a line naming no credential, is a record's id; the same digits under a key, token or secret
name stay hints, and a weak hint shown by the configuration check is said as one to review."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

SID, CID = "reusability.secrets", "reusability.configuration"

# (made-up values: random hex digits; the ObjectIds' first 8 digits are a second of 2015)
KOTLIN = '''package com.ville.deliberations.model

/*
{"datasetid":"deliberations","recordid":"43e3d7a579176a06fc5c7a1044dfeb5c6c9c1942",
 "fields":{"cr":{"format":"pdf","id":"ef18ecbadce9bc834faf887cb06a2160","filename":"cr.pdf"}}}
*/
data class Record(val recordid: String, val id: String)

fun dummyRecord() = Record(
    recordid = "5019320c4b7ab70728d71966362860d3ec895a8a",
    id = "a5339ff612c513fff6a77b77592be40c",
)
'''

PHP = '''<?php
class TestController extends Controller {
    public function actionLink() {
        /*var_dump(Link::connect("54fed0eca1aa1411180041ae", "citoyen",
                                 "5374fc91f6b95c9c1b000871", "citoyen"));*/
        $userId = "55e5c4722336f2d8580041e5";
        echo '<button class="btn" data-id="5726de593780ea9d058b4572">ok</button>';
        return $userId;
    }
}
'''

KEPT = '''<?php
$apiToken = "55e5c4722336f2d8580041e6";
$sessionid = "9c4e2f7a1b3d5e8f0a2c4e6b8d0f1a3c5e7b9d1f";
$map = "f3a9c07e5b21d846ea0b7c93d15f2e68";
'''


def lines(r: dict) -> set[tuple]:
    return {(e.get("path"), e.get("line")) for e in r["evidence"] if e.get("kind") == "finding"}


def audit(tmp_path, files: dict, ids=(SID,)) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", list(ids)))


def test_record_ids_of_sample_and_preview_data_are_no_secrets(tmp_path):
    r = audit(tmp_path, {"app/src/main/java/com/ville/deliberations/model/Record.kt": KOTLIN,
                         "README.md": "# Délibérations\n\nLes délibérations du conseil métropolitain, lues sur le portail open data.\n"})[SID]
    assert not lines(r), r["evidence"]
    assert r["status"] == "pass", r["message"]


def test_object_ids_in_calls_variables_and_attributes_are_no_secrets(tmp_path):
    r = audit(tmp_path, {"controllers/TestController.php": PHP, "README.md": "# Réseau\n\nLe réseau social des communes.\n"})[SID]
    assert not lines(r), r["evidence"]


def test_hex_values_under_a_token_or_secret_name_and_unnamed_ones_stay_hints(tmp_path):
    r = audit(tmp_path, {"src/keys.php": KEPT, "README.md": "# Réseau\n\nLe réseau social des communes.\n"})[SID]
    found = lines(r)
    assert ("src/keys.php", 2) in found, r["evidence"]  # (an ObjectId's shape, but a token's name)
    assert ("src/keys.php", 3) in found, r["evidence"]  # (a session's id: a credential, kept)
    assert ("src/keys.php", 4) in found, r["evidence"]  # (32 random hex digits under no id's name)


def test_a_weak_hint_shown_by_the_configuration_check_is_to_review(tmp_path):
    r = audit(tmp_path, {"src/keys.php": KEPT, "index.php": "<?php\nrequire 'src/keys.php';\necho 'Bonjour';\n",
                         "README.md": "# Réseau\n\nLe réseau social des communes.\n"}, (SID, CID))[CID]
    notes = {e.get("line"): (e.get("note") or {}).get("en") for e in r["evidence"] if e.get("path") == "src/keys.php"}
    assert notes.get(2) == "A secret or key written in the code.", notes  # (a token's name and a random value: a key, said so)
    assert "to review" in notes.get(4, ""), notes  # (a random string under no credential's name: a hint)
