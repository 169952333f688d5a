"""A SIRET written spaced as INSEE prints it is a hard-coded identifier (issue 12, session 28 f28: a commune intranet's payslip
code, measure 19 reader m19o3)."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PAYSLIP = {
    "package.json": '{"name": "ent", "private": true, "dependencies": {"next": "14.2.0"}}\n',
    "src/lib/employee.ts": "export interface Agent {\n  nom: string;\n  siret: string;\n  codeInsee: string;\n}\n",
    "src/lib/bulletin-paie-calc.ts": (
        "const DEFAULT_EMPLOYEUR = {\n"
        "  nom: 'Employeur',\n"
        "  siret: '210 700 254 00012',\n"
        "}\n"
        "export function employeur() { return DEFAULT_EMPLOYEUR }\n"),
}


def test_a_spaced_siret_is_a_hard_coded_identifier(tmp_path):
    r = judge(tmp_path, PAYSLIP, ["interoperability.identifiers"])[1]["interoperability.identifiers"]
    assert r["details"]["hard_coded"] == 1, r["message"]
    assert any(e.get("path") == "src/lib/bulletin-paie-calc.ts" and e.get("line") == 3 for e in r["evidence"]), r["evidence"]


def test_a_spaced_filler_a_cut_number_or_a_notice_s_words_are_no_hard_coded_siret(tmp_path):
    files = dict(PAYSLIP)
    # (a filler spaced as a SIRET, 356 000 000 00012, and a number that only starts like one stay unread)
    # (nor does a legal notice's text, the number inside the words a page shows)
    files["src/lib/bulletin-paie-calc.ts"] = ("const A = { siret: '356 000 000 00012' }\nconst B = { siren: '210 700 254 0001' }\n"
                                             "export const C = [A, B, 'SIREN : 120 001 011']\n")
    r = judge(tmp_path, files, ["interoperability.identifiers"])[1]["interoperability.identifiers"]
    assert r["details"]["hard_coded"] == 0, (r["message"], r["evidence"])
