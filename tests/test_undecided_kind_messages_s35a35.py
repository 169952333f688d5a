"""Messages naming the kind of an undecided project (issue 12, s35 a35 = margueriteespada/vmmapcd59).

A département's vMap user manual (Markdown pages and screenshots, no code) has no decided kind: facts.project.kind holds the
placeholder "data-specification" with kind_decided false, which the reports say as "not decided: documents only". Every check
message naming the kind must say it so too: maintenance.not-archived named the raw kind ("The README declares this project (data
specification or schema) finished") when the README declared the repository obsolete. A decided kind is still named as it is.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CHECK = "maintenance.not-archived"
MANUAL = {
    "README.md": "# Documentation de vMap\n\n**Ce dépôt est obsolète**, la documentation est maintenant sur le site de Veremes.\n\n"
                 "Documentation des fonctionnalités de l'application vMap et du Module Cadastre\n",
    "mode_carto.md": "# Mode cartographique\n\n![carte](images/carte.png)\n\nLe gestionnaire de cartes liste les cartes disponibles.\n",
    "module_cadastre.md": "# Module Cadastre\n\n- Relevé de propriété standard : génération au format pdf du relevé de propriété.\n",
    "images/carte.png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
}


def _run(tmp_path, files: dict) -> dict:
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", [CHECK])
    return {"result": results(report)[CHECK], "project": report["facts"]["project"]}


def test_a_documents_only_repository_is_never_named_a_data_specification(tmp_path):
    out = _run(tmp_path, MANUAL)
    res, project = out["result"], out["project"]
    assert project["kind"] == "data-specification" and project["kind_decided"] is False, project  # (the placeholder)
    assert res["status"] == "fail", res
    assert "data specification or schema" not in res["message"]["en"] and "spécification ou schéma" not in res["message"]["fr"], res["message"]
    assert "documents only" in res["message"]["en"] and "documents seulement" in res["message"]["fr"], res["message"]


def test_a_decided_kind_is_still_named(tmp_path):
    files = {**MANUAL, "carte.py": "import argparse\n\n\ndef main():\n    p = argparse.ArgumentParser()\n    p.add_argument('--zoom')\n"
                                   "    print(p.parse_args())\n\n\nif __name__ == '__main__':\n    main()\n"}
    out = _run(tmp_path, files)
    assert out["project"]["kind_decided"] is True, out["project"]
    label = {"cli-tool": "command-line tool"}.get(out["project"]["kind"], "")
    assert label and f"({label})" in out["result"]["message"]["en"], (out["project"], out["result"]["message"])
