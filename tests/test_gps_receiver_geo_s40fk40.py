"""interoperability.geo (issue 12, s40 fk40 = AtmoSud Module_Air): an Arduino sensor reads its position from the modem's GPS
(AT+CGPSPWR=1, AT+CGPSSTATUS?, AT+CGPSINF=0, the RMC sentence split into latitude and longitude) and sends it as lon/lat
parameters. The check said "The service handles no detectable map or geographic data". A GPS receiver the code reads is
geographic data: positions in WGS84. Near miss: a sketch whose only "GPS" is a comment and whose lat/lon are plain variables keeps
the old verdict."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

SKETCH = ("#include <string.h>\n\nchar latitude[15];\nchar longitude[15];\nchar RMC_str[100];\n\n"
          "int8_t sendATcommand(const char* cmd, const char* ok, unsigned int timeout);\n\n"
          "void setup()\n{\n  Serial.begin(115200);\n  sendATcommand(\"AT+CGPSPWR=1\", \"OK\", 2000);\n"
          "  while (sendATcommand(\"AT+CGPSSTATUS?\", \"3D Fix\", 2000) == 0) { delay(1000); }\n}\n\n"
          "void readPosition()\n{\n  sendATcommand(\"AT+CGPSINF=0\", \"OK\", 2000);\n  strtok(RMC_str, \",\");\n"
          "  strcpy(longitude, strtok(NULL, \",\"));\n  strcpy(latitude, strtok(NULL, \",\"));\n}\n\n"
          "void loop()\n{\n  readPosition();\n  char url[120];\n  sprintf(url, \"lon=%s&lat=%s\", longitude, latitude);\n  delay(5000);\n}\n")
NEAR = ("// position GPS a ajouter plus tard\nfloat lat = 0;\nfloat lon = 0;\n\nvoid setup()\n{\n  Serial.begin(9600);\n}\n\n"
        "void loop()\n{\n  Serial.println(lat);\n  delay(1000);\n}\n")
README = "# Capteur\n\nUn capteur de qualité de l'air sur Arduino.\n"


def test_a_gps_receiver_read_by_the_sketch_is_geographic_data(tmp_path):
    geo = judge(tmp_path, {"capteur/capteur.ino": SKETCH, "README.md": README}, ["interoperability.geo"])[1]["interoperability.geo"]
    assert geo["status"] == "pass", geo
    assert "GPS" in geo["message"]["en"] and "AT+CGPS" in geo["message"]["en"], geo["message"]
    assert any(e.get("path") == "capteur/capteur.ino" and e.get("line") for e in geo["evidence"]), geo["evidence"]


def test_a_gps_named_in_a_comment_only_reads_no_receiver(tmp_path):
    geo = judge(tmp_path, {"capteur/capteur.ino": NEAR, "README.md": README}, ["interoperability.geo"])[1]["interoperability.geo"]
    assert geo["status"] == "not_applicable" and "GPS" not in geo["message"]["en"], geo
