"""reusability.secrets (issue 12, session 22 reader e3, IGNF/geotuileur-site): the ids of a service's stored objects given in
the committed `.env` (`API_..._CHECK_STANDARD=<24 hexadecimal digits>` under "# id des vérifications") were ten "strings that
look like a secret" to review. A MongoDB ObjectId (24 hexadecimal digits, the first 8 the second it was made) under a setting
whose name says no credential is an object's id; the same digits under a key, token or secret setting, and a longer random hex
value, are still hints to review."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.secrets"


def run(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def lines(r: dict) -> set[tuple]:
    return {(e.get("path"), e.get("line")) for e in r["evidence"] if e.get("kind") == "finding"}


# (ids made up in the ObjectId shape: 0x62a1b3c4 is June 2022, the rest arbitrary digits)
ENV = ("APP_ENV=prod\n\n# identifiants des traitements de la plateforme\n"
       "PLATFORM_CHECK_RASTER=62a1b3c4d5e6f708192a3b4c\n"
       "PLATFORM_PROCESS_PYRAMID=62a1b3c4d5e6f708192a3b5d\n"
       "PLATFORM_STORAGE_S3=5f0e1d2c3b4a59687a6b5c4d\n")


def test_object_ids_in_a_settings_file_are_no_secrets(tmp_path):
    r = run(tmp_path, {".env": ENV, "README.md": "# Portail\n\nPortail de publication des données.\n",
                       "src/app.php": "<?php\necho getenv('PLATFORM_CHECK_RASTER');\n"})
    assert not {p for p, _ in lines(r)} & {".env"}, r["evidence"]


def test_the_same_digits_under_a_token_setting_and_a_long_hex_key_are_still_hints(tmp_path):
    env = ENV + "PLATFORM_API_TOKEN=62a1b3c4d5e6f708192a3b6e\nPLATFORM_SESSION=9c4e2f7a1b3d5e8f0a2c4e6b8d0f1a3c5e7b9d1f\n"
    r = run(tmp_path, {".env": env, "README.md": "# Portail\n\nPortail de publication des données.\n"})
    found = lines(r)
    assert (".env", 7) in found, r["evidence"]  # (a token setting: whatever its value, to review)
    assert (".env", 8) in found, r["evidence"]  # (40 random hex digits: no ObjectId)
    assert (".env", 4) not in found, r["evidence"]
