"""The pages a document build compiles are its product, not guides about it (issue 12, session 41 fixer fh41 = opt-nc/template-eae,
reader ra41 item 4.5). A pandoc kit's Taskfile compiles its form pages ({{.SRC}}/02_resume.md… listed in a SOURCES variable) into a
book; documentation.docs listed them among "10 written guides beside the code they describe", in a repository with no code. The
pages a pandoc build names as its inputs (variables resolved) are left out of the guides, and with no code the guides are not said to
be beside it. Near miss: the guides no build names stay, and a program's method sheets are still beside its code. The fixtures are
written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "documentation.docs"
TEXT = "Ce paragraphe explique comment remplir la fiche et ce que l'évaluateur en attend. " * 16 + "\n"
FORMS = {f"src/{i:02d}_{n}.md": f"# {n.upper()}\n\nNom : `NOM_AGENT`\n\n{TEXT}" for i, n in enumerate(("resume", "poste", "competences", "plan"))}
GUIDES = {f"assets/guide_{n}.md": f"# Guide de l'{n}\n\n{TEXT}" for n in ("evalue", "evaluateur")}
TASKFILE = ("version: '3'\n\nvars:\n  SRC: src\n  SOURCES: >-\n" + "".join(f"    {{{{.SRC}}}}/{p.split('/')[1]}\n" for p in FORMS) +
            "\ntasks:\n  pdf:\n    cmds:\n      - pandoc --toc -o dist/livret.pdf {{.SOURCES}}\n")
README = "# Livret\n\nUn livret d'entretien à compiler avec pandoc.\n"


def _evidence(res):
    return next(e for e in res["evidence"] if isinstance(e.get("value"), dict) and "guides" in e["value"])


def test_a_kits_compiled_pages_are_no_guides(tmp_path):
    res = check_result(tmp_path, {"README.md": README, "Taskfile.yml": TASKFILE, **FORMS, **GUIDES}, CID)
    ev = _evidence(res)
    assert sorted(ev["value"]["guides"]) == sorted(GUIDES) and "holds no code" in ev["note"]["en"], ev


def test_a_programs_method_sheets_stay_beside_its_code(tmp_path):
    code = {"outil/fusion.py": "def fusion(a, b):\n    return a + b\n", "outil/decoupe.py": "def decoupe(a):\n    return a[:1]\n"}
    res = check_result(tmp_path, {"README.md": README, **code, "outil/fusion.md": f"# Fusion\n\n{TEXT}", "outil/decoupe.md": f"# Découpe\n\n{TEXT}"}, CID)
    ev = _evidence(res)
    assert len(ev["value"]["guides"]) == 2 and "beside the code" in ev["note"]["en"], ev
