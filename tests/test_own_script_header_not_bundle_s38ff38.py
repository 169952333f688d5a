"""A hand-written script sharing the project's licence header is no bundle of its sources (issue 12, s38 ff38 = reader rc38,
AXESS-EDUC/eliot-tdbase).

TD Base's eliot-tdbase/web-app/js/eliot/eliot-tdbase-ui.js and eliot-tdbase-combobox-autocomplete.js are hand-written scripts named
after the project, each opening on the project's 27-line licence header, as every other script of the project does. The own-bundle
rule compared them with a slice from the middle third of each other script, which in a short script falls inside that same header:
both were filed as build output (reusability.build-output warn "2 compiled or bundled build output file(s)"). A file that does
concatenate the project's sources stays its build output.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

HEADER = "/*\n" + "".join(f" * Copyright © Exemple and the Région, 2009 — licence header line {i}: this program is free software.\n"
                              for i in range(12)) + " */\n\n"


def script(name: str, lines: int) -> str:
    return HEADER + "".join(f"function {name}{i}(element) {{\n    $(element).addClass('{name}-{i}');\n}}\n\n" for i in range(lines))


def inventory(repo, tmp_path, files, name="c"):
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / name, only=["reusability.build-output"]))
    return report["facts"]["inventory"], report["results"][0]


def base() -> dict:
    return {"README.md": "# Demoapp\n\nBanque d'exercices.\n",
            "web-app/js/pages/accueil.js": script("accueil", 8),
            "web-app/js/pages/sujet.js": script("sujet", 8),
            "web-app/js/pages/copie.js": script("copie", 8)}


def test_a_hand_written_script_named_after_the_project_with_its_header_is_a_source(repo, tmp_path):
    files = base() | {"web-app/js/demoapp/demoapp-ui.js": script("initialiser", 12)}
    inv, r = inventory(repo, tmp_path, files)
    assert inv["categories"].get("build", 0) == 0, inv
    assert r["status"] == "pass", r


def test_a_file_concatenating_the_sources_stays_build_output(repo, tmp_path):
    # (near miss: demoapp.js holds the text of the other scripts, below their header)
    files = base()
    files["web-app/js/demoapp.js"] = "".join(files[p] for p in sorted(files) if p.endswith(".js"))
    inv, r = inventory(repo, tmp_path, files, name="d")
    assert inv["examples"].get("build") == ["web-app/js/demoapp.js"], inv
