"""An Arduino sketch is code (issue 12, s39 fh39 = reader rd39's airpaca/Module_Air).

Module_Air: the firmware of a connected air-quality display, two Arduino sketches (arduino_1_affichage_donnee.ino, 2549 lines,
arduino_2_localisation_communication.ino, 598 lines) beside an 18-page PDF assembly guide and a README. The inventory maps .ino to
Arduino and maintainability measured it, but the kind decision did not count .ino as code: "documents only: no file decides the kind"
(data-specification placeholder). Rule: a sketch (.ino, C++ built by the Arduino IDE) is code; with no kind fitting firmware, the kind
is undecided as code of no recognised kind. Near miss: the same README and PDF guide without the sketches stay documents only."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

SKETCH = ("#include <SoftwareSerial.h>\n\n// Ecran et capteurs du module\nSoftwareSerial gps(10, 11);\nchar longitude[12];\n\n"
          "void setup() {\n  Serial.begin(9600);\n  gps.begin(9600);\n}\n\nvoid loop() {\n  if (gps.available()) {\n"
          "    Serial.write(gps.read());\n  }\n  delay(1000);\n}\n")
BASE = {"README.md": "# Module qualité de l'air\n\nLe programme et le guide de montage d'un afficheur de la qualité de l'air.\n",
        "20190101_Module/Guide_de_montage_du_module.pdf": "%PDF-1.4\n1 0 obj\n<< /Title (Guide de montage) >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"}


def test_arduino_sketches_are_code_not_documents_only(tmp_path):
    files = {**BASE, "20190101_Module/carte_1_affichage/carte_1_affichage.ino": SKETCH,
             "20190101_Module/carte_2_communication/carte_2_communication.ino": SKETCH.replace("Ecran", "Modem")}
    report, _res = judge(tmp_path, files, ["reusability.maintainability"], name="module")
    proj = report["facts"]["project"]
    assert not proj["kind_decided"] and proj["kind"] != "data-specification", proj
    assert [e["reason"] for e in proj["kind_evidence"]][:1] == ["code of no recognised kind: no file decides the kind"], proj
    assert proj["kind_evidence"][0]["path"].endswith(".ino"), proj


def test_near_miss_the_guide_and_readme_alone_stay_documents_only(tmp_path):
    report, _res = judge(tmp_path, BASE, ["reusability.maintainability"], name="guide")
    proj = report["facts"]["project"]
    assert not proj["kind_decided"] and proj["kind"] == "data-specification", proj
