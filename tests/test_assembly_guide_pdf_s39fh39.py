"""A PDF assembly guide is documentation and installation instructions (issue 12, s39 fh39 = reader rd39's airpaca/Module_Air).

Module_Air: an air-quality display's firmware (two Arduino sketches) beside its 18-page PDF guide
"20181218_Note_technique_Montage_Module_Air.pdf" (hardware list, Arduino IDE install, libraries, wiring, upload). Only office/PDF files
named guide/manuel/notice or install/déploiement were read as guides: documentation.docs found nothing, reusability.install said "no
instructions". Rule: a "note technique" (technical note) is a guide document, and a document named for assembling the device
(montage, assemblage, assembly) is its installation guide. Near miss: a poster PDF stays no guide."""

from __future__ import annotations

from tests.test_arduino_sketch_code_s39fh39 import SKETCH
from tests.test_local_authority_verdicts import judge

DOCS = "documentation.docs"
INSTALL = "reusability.install"
PDF = "%PDF-1.4\n1 0 obj\n<< /Title (Module) >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"


def _files(pdf_name: str) -> dict:
    return {"README.md": "# Module qualité de l'air\n\nLe programme d'un afficheur de la qualité de l'air.\n",
            f"20190101_Module/{pdf_name}": PDF,
            "20190101_Module/carte_1_affichage/carte_1_affichage.ino": SKETCH}


def test_a_technical_note_on_assembling_the_device_is_its_install_guide(tmp_path):
    _report, res = judge(tmp_path, _files("20190101_Note_technique_Montage_Module.pdf"), [DOCS, INSTALL], name="module")
    assert res[INSTALL]["details"].get("instructions") is True, res[INSTALL]["message"]
    assert res[DOCS]["status"] != "fail" or "deployment" not in res[DOCS]["details"]["missing"], res[DOCS]["message"]


def test_near_miss_a_poster_is_no_guide(tmp_path):
    _report, res = judge(tmp_path, _files("20190101_Affiche_Module.pdf"), [DOCS, INSTALL], name="module")
    assert not res[INSTALL]["details"].get("instructions"), res[INSTALL]["message"]
    assert "deployment" in res[DOCS]["details"]["missing"], res[DOCS]["message"]
