"""A PLC's program saved by its maker's editor (a Crouzet Soft project: a binary opening with "CROUZET_SOFT" in UTF-16) is the
repository's code, tied to that maker's software: not documentation only (issue 12, s29 g29, a street-lighting clock's .pcs)."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

# the first bytes of a Crouzet Soft project, then binary blocks (its function blocks and their parameters)
PCS = b"\xff" + "CROUZET_SOFT".encode("utf-16-le") + b"\x00\x00\x02\x00\x00\x00\x04h\x00\x00\x01" + bytes(range(256)) * 8
README = ("# Éclairage public\n\nUn programme d'horloge astronomique pour un automate Crouzet Millenium.\n\n"
          "## Prérequis\n\n- Le logiciel Crouzet Soft (Windows seulement)\n- Le programme `Eclairage.pcs`\n")
CHECKS = ["reusability.portability", "scaling.vendor-lock-in", "reusability.dependencies", "reusability.territory-neutral"]


def test_a_crouzet_soft_program_is_code_tied_to_its_maker(tmp_path):
    report, res = judge(tmp_path, {"README.md": README, "Eclairage_v2.1.pcs": PCS, "res/manuel.pdf": b"%PDF-1.4\n%%EOF\n"}, CHECKS)
    assert report["facts"]["inventory"]["languages"] == {"Crouzet Soft program": 1}
    port = res["reusability.portability"]
    assert port["status"] == "warn" and "Crouzet Soft" in port["message"]["en"], port["message"]
    lock = res["scaling.vendor-lock-in"]
    assert lock["status"] != "pass" and "Crouzet Soft" in lock["message"]["en"], lock["message"]
    dep = res["reusability.dependencies"]  # no package manager's dependency, and said so truly (not "documentation only")
    assert dep["status"] == "not_applicable" and "PLC program" in dep["message"]["en"], dep["message"]
    terr = res["reusability.territory-neutral"]  # the binary is not read: not measured, neither a pass nor "no code"
    assert terr["status"] == "inconclusive" and "PLC program" in terr["message"]["en"], terr["message"]


def test_another_pcs_file_stays_a_file(tmp_path):
    # the same extension without the maker's header (another program's document): no code, as before
    report, res = judge(tmp_path, {"README.md": README, "palette.pcs": b"\x00\x01PCS palette\x00" * 20}, CHECKS)
    assert not report["facts"]["inventory"]["languages"].get("Crouzet Soft program")
    assert res["reusability.portability"]["status"] == "not_applicable", res["reusability.portability"]["message"]
    assert res["scaling.vendor-lock-in"]["status"] == "pass", res["scaling.vendor-lock-in"]["message"]


def test_a_tool_program_is_not_advised_a_container_or_translation_files(tmp_path):
    # (s29 lead) its maker's editor loads the program into the controller: no Dockerfile, package or gettext applies to it; only the
    # proprietary tool is judged
    report, res = judge(tmp_path, {"README.md": README, "Eclairage_v2.1.pcs": PCS}, ["reusability.portability"])
    port = res["reusability.portability"]
    assert port["status"] == "warn" and port["score"] == 6.0, port  # the whole program is in the maker's format
    text = port["message"]["en"] + " " + ((port.get("remediation") or {}).get("en") or "")
    assert "i18n and standard packaging: not applicable (the PLC program" in text, text
    assert "Dockerfile" not in text and "gettext" not in text, text
    assert "Crouzet Soft" in text, text
