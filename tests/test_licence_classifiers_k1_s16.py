"""A Python package's licence declared by its trove classifier (issue 12, s16 r3: IGNF/route-graph-generator's setup.py
"License :: OSI Approved :: GNU General Public License v3 (GPLv3)" gave declared []), in setup.py, setup.cfg or pyproject.toml;
a licence field, when there is one, is read instead."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, run_audit


def license_fact(tmp_path, files: dict) -> dict:
    return run_audit(build(tmp_path / "r", files), tmp_path / "c", ["licensing.license-file"])["facts"]["license"]


def license_text(lid: str) -> str:
    from auditor.licenses.matcher import load_data

    return load_data()["licenses"][lid]["texts"][0]["text"]


SETUP = ("from setuptools import setup\n\nsetup(\n    name=\"graphes\",\n    version=\"2.2.0\",\n    packages=[\"graphes\"],\n"
         "    classifiers=[\n        \"Programming Language :: Python :: 3\",\n"
         "        \"License :: OSI Approved :: GNU General Public License v3 (GPLv3)\",\n        \"Operating System :: OS Independent\",\n"
         "    ],\n    entry_points={\"console_scripts\": [\"graphes=graphes.cli:main\"]},\n)\n")


def test_a_licence_classifier_is_a_declaration(tmp_path):
    files = {"README.md": "# Graphes\n\nGénérer des graphes routiers.\n", "setup.py": SETUP, "graphes/__init__.py": "",
             "LICENSE": license_text("GPL-3.0-only")}
    lic = license_fact(tmp_path, files)
    assert [(d["file"], d["line"]) for d in lic["declared"]] == [("setup.py", 9)], lic["declared"]
    assert lic["spdx"] == "GPL-3.0-only"
    assert not lic.get("disagreements"), lic.get("disagreements")
    # setup.cfg and pyproject.toml classifiers too; "or later" read as such
    cfg = ("[metadata]\nname = graphes\nclassifiers =\n    Programming Language :: Python :: 3\n"
           "    License :: OSI Approved :: GNU General Public License v3 or later (GPLv3+)\n")
    lic = license_fact(tmp_path / "cfg", {**{k: v for k, v in files.items() if k != "setup.py"}, "setup.cfg": cfg})
    assert [(d["file"], d["line"]) for d in lic["declared"]] == [("setup.cfg", 5)], lic["declared"]
    toml = ("[project]\nname = \"graphes\"\nclassifiers = [\n  \"License :: OSI Approved :: Apache Software License\",\n"
            "  \"License :: OSI Approved :: European Union Public Licence 1.2 (EUPL 1.2)\",\n]\n")
    lic = license_fact(tmp_path / "toml", {**{k: v for k, v in files.items() if k not in ("setup.py", "LICENSE")}, "pyproject.toml": toml})
    assert {d["line"] for d in lic["declared"]} == {4, 5}, lic["declared"]
    # counterpart: a licence field wins over the classifiers, read once
    field = SETUP.replace("    packages=", "    license=\"GPL-3.0-only\",\n    packages=")
    lic = license_fact(tmp_path / "field", {**files, "setup.py": field})
    assert [d["value"] for d in lic["declared"]] == ["GPL-3.0-only"], lic["declared"]
