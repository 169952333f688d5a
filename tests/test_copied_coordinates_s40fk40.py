"""reusability.territory-neutral (issue 12, s40 fk40 = AtmoSud Module_Air): when its GPS gets no fix, an Arduino sensor falls back on
a position copied into its buffers as strings, `strcpy (longitude, "…"); strcpy (latitude, "…");` — a point of the town where it was
built. The check said "No territory-specific value in the code": coordinates were read as numbers only. A latitude/longitude pair
copied as strings into buffers named for their axes is a hard-coded place. Near miss: the same code copying the zero position (no
place), or copying one axis only, keeps the old verdict."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

HEAD = "#include <string.h>\n\nchar longitude[15];\nchar latitude[15];\nint VerGPS = 0;\n\nvoid setup()\n{\n  Serial.begin(115200);\n"
FALLBACK = ("  if (VerGPS == 0)\n  {\n    Serial.println(\"Temps depasse\");\n    strcpy (longitude, \"{lon}\");\n"
            "    strcpy (latitude, \"{lat}\");\n  }\n}\n\nvoid loop()\n{\n  Serial.println(latitude);\n  delay(1000);\n}\n")
README = "# Capteur\n\nUn capteur de qualité de l'air sur Arduino.\n"


def _territory(tmp_path, lon, lat):
    sketch = HEAD + FALLBACK.replace("{lon}", lon).replace("{lat}", lat)
    return judge(tmp_path, {"capteur/capteur.ino": sketch, "README.md": README}, ["reusability.territory-neutral"])[1]["reusability.territory-neutral"]


def test_a_fallback_position_copied_as_strings_is_a_place(tmp_path):
    r = _territory(tmp_path, "4.835659", "45.764043")
    assert r["status"] != "pass", r
    assert any(e.get("path") == "capteur/capteur.ino" and e.get("line") for e in r["evidence"]), r["evidence"]
    assert "coordinates" in str(r["evidence"]) or "coordinates" in r["message"]["en"], r


def test_the_zero_position_copied_is_no_place(tmp_path):
    r = _territory(tmp_path, "0.000000", "0.000000")
    assert r["status"] == "pass", r
