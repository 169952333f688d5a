"""Licence texts in the project's own sub-folders (issue 12, session 21 reader r2 on a Drupal 7 portal): no licence at the
root, but the project's theme (themes/<name>/LICENSE.txt) and a module forked into modules/<name>/ hold the GPL-2.0 text, and
the report said "No license found (no file, manifest or README statement)", the fact recording no file at all. Licence texts
one to three levels down are now read when nothing at the root states a licence: a component's licence, with its path, while
the folders they cover hold less of the code than the rest (the project's licence stays unknown); the project's licence when
they hold most of it. A repository with no licence text anywhere still says "No license found"."""

from __future__ import annotations

from tests.test_docs_folder_licence_k6_s17 import license_text
from tests.test_reusability_fixtures import build, results, run_audit

CHECKS = ["licensing.open-license", "licensing.authorized-fr"]


def _module(name: str, lines: int) -> dict:
    body = "".join(f"function {name}_f{i}($a) {{\n  return $a + {i};\n}}\n\n" for i in range(lines))
    return {f"modules/{name}/includes/{name}.utils.php": "<?php\n" + body, f"modules/{name}/{name}.info": f"name = {name}\ncore = 7.x\n"}


def _portal(theme_templates: int, module_functions: int) -> dict:
    gpl = license_text("GPL-2.0-only")
    return {
        "README.md": "# Portail\n\nLe catalogue des cartes de la région.\n",
        "themes/portail/LICENSE.txt": gpl,
        "themes/portail/portail.info": "name = Portail\ncore = 7.x\nengine = phptemplate\n",
        **{f"themes/portail/templates/t{i}.tpl.php": f"<div class=\"t{i}\"><?php print $content; ?></div>\n" for i in range(theme_templates)},
        **_module("carto_import", module_functions),
    }


def test_a_themes_licence_is_a_components_with_its_path(tmp_path):
    report = run_audit(build(tmp_path / "r", _portal(theme_templates=6, module_functions=150)), tmp_path / "c", CHECKS)
    lic, res = report["facts"]["license"], results(report)
    assert lic["status"] == "none" and not lic["spdx"], lic
    assert [c["file"] for c in lic["components"]] == ["themes/portail/LICENSE.txt"], lic.get("components")
    for cid in CHECKS:
        assert res[cid]["status"] == "fail", res[cid]["message"]
        assert "No license found" not in res[cid]["message"]["en"], res[cid]["message"]
        assert "themes/portail/LICENSE.txt" in res[cid]["message"]["en"], res[cid]["message"]


def test_folders_holding_most_of_the_code_give_the_projects_licence(tmp_path):
    report = run_audit(build(tmp_path / "r", _portal(theme_templates=30, module_functions=2)), tmp_path / "c", CHECKS)
    lic = report["facts"]["license"]
    assert "GPL-2.0" in (lic.get("spdx") or ""), lic


def test_no_licence_text_anywhere_is_still_none(tmp_path):
    files = {k: v for k, v in _portal(theme_templates=6, module_functions=150).items() if not k.endswith("LICENSE.txt")}
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", CHECKS)
    res = results(report)
    assert "No license found" in res["licensing.open-license"]["message"]["en"], res["licensing.open-license"]["message"]
