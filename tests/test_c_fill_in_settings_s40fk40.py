"""reusability.configuration (issue 12, s40 fk40 = AtmoSud Module_Air): an Arduino sketch holds its modem's settings as values to fill
in (`char apn[] = "****"; // A renseigner en fonction de votre opérateur`, a recording API's URL "http://.......:9876/import?" "à
compléter"). The check said "The code reads no setting … nothing for a deployment to set". A masked, dotted or "your_…" value assigned
or #defined, with a comment telling what to put there or under a setting's name, is a setting to fill in the code. Near miss: a mask
printed by the program ("****" given to a function, a "XXXX" under a name of no setting) keeps the old verdict."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

SKETCH = ("#include <string.h>\n\nchar pin[] = \"****\"; // A renseigner si present sinon laisser vide\n"
          "char apn[] = \"****\"; // A renseigner en fonction de votre operateur\n"
          "char password[] = \"****\"; // A renseigner en fonction de votre operateur\n"
          "char url2[100] = \"http://..............:9876/import?\"; // URL (a completer) pour l'envoi des mesures\n\n"
          "void setup()\n{\n  Serial.begin(115200);\n  Serial.println(apn);\n}\n\nvoid loop()\n{\n  Serial.println(url2);\n  delay(1000);\n}\n")
DEFINE = "#define APN \"your_apn\"\n#define SSID \"your_ssid\"\n\nvoid setup()\n{\n  Serial.begin(9600);\n  Serial.println(APN);\n}\n\nvoid loop()\n{\n}\n"
NEAR = ("#include <string.h>\n\nchar shown[] = \"XXXX\";\n\nvoid setup()\n{\n  Serial.begin(115200);\n  Serial.println(\"****\");\n}\n\n"
        "void loop()\n{\n  Serial.println(shown);\n  delay(1000);\n}\n")
README = "# Capteur\n\nUn capteur de qualité de l'air sur Arduino.\n"


def _configuration(tmp_path, sketch):
    return judge(tmp_path, {"capteur/capteur.ino": sketch, "README.md": README}, ["reusability.configuration"])[1]["reusability.configuration"]


def test_masked_values_with_a_fill_in_comment_are_settings_to_fill(tmp_path):
    r = _configuration(tmp_path, SKETCH)
    assert r["status"] == "warn", r
    assert r["details"]["placeholders"] == 4 and r["details"]["commented"] == 4, r["details"]
    assert any(e.get("path") == "capteur/capteur.ino" and e.get("line") == 4 for e in r["evidence"]), r["evidence"]


def test_your_values_defined_under_a_setting_s_name_are_settings_to_fill(tmp_path):
    r = _configuration(tmp_path, DEFINE)
    assert r["status"] == "fail" and r["details"]["placeholders"] == 2, r


def test_a_mask_the_program_prints_is_no_setting(tmp_path):
    r = _configuration(tmp_path, NEAR)
    assert r["status"] == "not_applicable", r
