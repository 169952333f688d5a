"""Session 35 (b35): README sections and documentation, backlog of session 34's readers.

- ConstanceKEITA/Projet_Data_Management: the last chapter of a Streamlit dashboard's README, "📜 Licence et usage" (the data's
  licences and "fourni à des fins pédagogiques"), was its usage section: a licence chapter whose heading joins the use to the licence
  ("Licence et usage", "License and usage") gives the terms of use, not how to use the software. "Usage & licence" (the use first)
  still names the use.
- foncier-eco/foncier-eco.github.io: an MkDocs wiki's deployment branch (index.html's generator "mkdocs-1.1.2, …", no mkdocs.yml nor
  Markdown source) was told by documentation.docs "missing: documentation folder, documentation site, architecture, deployment": the
  repository is the published site itself, its sources (where its making would be documented) are elsewhere: not applicable, the
  generator named. A hand-written site (no generator in its head), or the same output beside code of another language, is judged as before.
- ANSSI-FR/IPECC: a VHDL IP core's README sends to its manual for the use ("The documentation on hardware [doc/ipecc.pdf](doc/ipecc.pdf)
  … includes a tutorial in appendix": customising the IP, simulating, synthesising and driving it) and gave no usage section: a
  sentence saying a document of the repository holds a tutorial points to the project's use. A tutorial on another site, or a
  document not in the repository, gives none.
  Its C test programs (driver/linux/ecc-test-linux.c, driver/stdalone/ecc-test-stdl.c, the applications the Makefile builds to test
  the IP on the board) were no tests for reusability.tests-and-ci (its evidence the VHDL testbenches only): a C or C++ file whose name
  holds "test" or "tests" as a word (test_driver.c, ecc-test-linux.c, unit_tests.cpp) is a test; "test" inside a word (contest.c), or
  a header (ecc-test-linux.h), is not, and a test program checking nothing (printing only) is still set aside as before.
- MTES-MCT/partageonsleau-orchestration: its "## Scripts" (npm run dev, check, build, start: the developer's package scripts) was
  reported read as usage; at 4eeb80c1 and now it gives none (no change needed, this pins it), while a "## Scripts" running the
  project's own scripts with their arguments stays its usage.
The texts are written for these tests, in the shape of those READMEs.
"""

from __future__ import annotations

from auditor.facts.inventory import classify
from auditor.facts.readme import analyse
from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import results, run_audit
from tests.test_site_content_s34f34 import _site

PLAIN = """📊 Observatoire — Webapp Streamlit

Ce projet propose une analyse exploratoire et interactive d'indicateurs publics par commune.

🎯 Objectifs du projet

Comparer les régions entre elles sur plusieurs années.

🚀 Lancer l’application en local (recommandé)

1️⃣ Créer l’environnement
conda env create -f environment.yml

2️⃣ Lancer l'application
streamlit run app/app.py

👥 Auteurs

Une Autrice
GitHub : https://github.com/exemple

📜 {heading}

{body}
"""
TERMS = ("Les données utilisées sont publiques et soumises aux licences des plateformes sources (data.gouv.fr, INSEE).\n\n"
         "Le code de ce projet est fourni à des fins pédagogiques et analytiques.")


def _sections(text: str) -> dict:
    return {d["name"]: d for d in analyse(text, "README.md")["section_details"]}


def test_a_licence_and_use_chapter_gives_terms_not_a_usage():
    got = _sections(PLAIN.format(heading="Licence et usage", body=TERMS))
    assert "usage" not in got, got["usage"]
    got = _sections(PLAIN.format(heading="License and usage", body=TERMS))
    assert "usage" not in got, got["usage"]


def test_a_use_and_licence_chapter_still_names_the_use():
    body = "Ouvrez l'application, choisissez une région puis une année dans le menu de gauche.\n\nLicence MIT, voir LICENSE."
    got = _sections(PLAIN.format(heading="Usage & licence", body=body))
    assert got["usage"]["text"] == "📜 Usage & licence", got


def _docs(tmp_path, files: dict) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2021-02-08T16:20:00Z", "message": "Deploy to GitHub pages"}])
    return results(run_audit(repo, tmp_path / "c", ["documentation.docs"]))["documentation.docs"]


def test_a_site_generators_output_is_the_published_site_not_a_missing_one(tmp_path):
    r = _docs(tmp_path, _site())
    assert r["status"] == "not_applicable", r["message"]
    assert "MkDocs" in r["message"]["en"] and "MkDocs" in r["message"]["fr"], r["message"]
    assert [e["path"] for e in r["evidence"]] == ["index.html"], r["evidence"]


def test_a_hand_written_site_or_output_beside_code_is_judged_as_before(tmp_path):
    r = _docs(tmp_path / "a", _site(generator=False))
    assert r["status"] in ("fail", "warn") and "site" in r["details"]["missing"], r["message"]
    r = _docs(tmp_path / "b", {**_site(), "tools/publish.py": "import subprocess\n\n\ndef main():\n    subprocess.run(['ghp-import', 'site'])\n"})
    assert r["status"] != "not_applicable", r["message"]


IP = """# IPCORE, an open-source VHDL IP for elliptic curve cryptography

## Introduction

IPCORE is a hardware IP block computing scalar multiplications over elliptic curves, for FPGAs and ASIC flows.

## Hardware

The documentation on hardware [{doc}]({doc}) is still in progress but it includes a tutorial in appendix, targeting the Zynq-7000 FPGAs
(a small board is used as the hardware support of the tutorial but everything described applies to larger parts).

The tutorial includes customization of the IP, RTL simulation and synthesis, and driving the IP through bare-metal software.
"""
IP_FILES = ["README.md", "doc/ipcore.pdf", "hdl/ecc.vhd", "driver/driver.c"]


def test_a_document_of_the_repository_holding_a_tutorial_gives_the_usage():
    got = {d["name"]: d for d in analyse(IP.format(doc="doc/ipcore.pdf"), "README.md", IP_FILES)["section_details"]}
    assert got["usage"]["via"] == "sentence" and got["usage"]["line"] == 9, got


def test_a_tutorial_elsewhere_or_a_missing_document_gives_no_usage():
    for doc in ("https://example.org/fpga-tutorial.pdf", "doc/other.pdf"):
        got = {d["name"]: d for d in analyse(IP.format(doc=doc), "README.md", IP_FILES)["section_details"]}
        assert "usage" not in got, (doc, got)


def test_c_test_programs_are_tests():
    for path in ("driver/linux/ecc-test-linux.c", "driver/stdalone/ecc-test-stdl.c", "driver/test_driver.c",
                 "src/unit_tests.cpp", "lib/parser_test.cc"):
        assert classify(path)[0] == "test", path


def test_c_sources_with_test_inside_a_word_stay_source():
    for path in ("driver/hw_accelerator_driver_ipecc.c", "src/contest.c", "src/latest.c", "src/attestation.c", "src/testament.c",
                 "driver/linux/ecc-test-linux.h"):
        assert classify(path)[0] == "source", path


def test_the_ip_cores_c_test_programs_are_evidence_of_tests(tmp_path):
    files = {"README.md": "# IPCORE\n\nAn IP core for elliptic curve cryptography, in VHDL, with its driver.\n",
             "driver/hw_accelerator_driver_ipecc.c": "int hw_driver_init(void) { return 0; }\n",
             "driver/linux/ecc-test-linux.c": "#include <assert.h>\nint kp(int k) { return 2 * k; }\n\nint main(void) {\n"
                                              "    assert(kp(3) == 6);\n    return 0;\n}\n",
             "driver/stdalone/ecc-test-stdl.c": "#include <stdio.h>\nint main(void) {\n    printf(\"Welcome to the driver test!\\n\");\n"
                                                "    return 0;\n}\n",
             "hdl/ecc.vhd": "entity ecc is\nend entity;\n", "hdl/ecc_fp.vhd": "entity ecc_fp is\nend entity;\n",
             "sim/ecc_tb.vhd": "entity ecc_tb is\nend entity;\n"}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2024-03-04T10:00:00Z"}])
    r = results(run_audit(repo, tmp_path / "c", ["reusability.tests-and-ci"]))["reusability.tests-and-ci"]
    paths = {e.get("path") for e in r["evidence"] if e.get("kind") == "found"}
    assert {"driver/linux/ecc-test-linux.c", "sim/ecc_tb.vhd"} <= paths, r["evidence"]
    assert "driver/stdalone/ecc-test-stdl.c" not in paths and r["details"]["test_files"] == 2, r["evidence"]  # (it prints, checks nothing)


ORCH = """# orchestration

Orchestrateur TypeScript pour récupérer des données métier, les normaliser puis les envoyer vers la plateforme.

## Installation

```bash
npm install
```

## Scripts

{body}
"""
ORCH_FILES = ["README.md", "package.json", "index.ts", "scripts/importer.py", "scripts/exporter.py"]


def test_a_scripts_chapter_of_package_scripts_is_no_usage():
    body = ("- `npm run dev`: lance en TypeScript directement (avec `.env`)\n- `npm run check`: vérifie les types TypeScript\n"
            "- `npm run build`: compile en `dist/`\n- `npm run start`: lance la version compilée\n")
    assert "usage" not in analyse(ORCH.format(body=body), "README.md", ORCH_FILES)["sections"]


def test_a_scripts_chapter_running_the_projects_scripts_is_its_usage():
    body = ("- `python scripts/importer.py donnees/communes.csv 2024` : importe les communes d'une année\n"
            "- `python scripts/exporter.py sortie/ --format geojson` : exporte les zones\n")
    assert "usage" in analyse(ORCH.format(body=body), "README.md", ORCH_FILES)["sections"]
