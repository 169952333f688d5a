"""Per-territory variant folders a build script chooses by a variable are the territories' settings, not hard-coded values.

Real case (issue 12, s48 ff48 = OPEN-ENT-NG/theme-open-ent): build.sh sets ``OVERRIDE_SRC="overrides/$OVERRIDE_NAME"``, overrides/
holds one folder per customer territory beside overrides/default/; reusability.territory-neutral failed on 7 portal addresses in
overrides/<territory>/i18n/*.json and advised moving them to config/territory.yml, what the repository already does.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

CHECK = "reusability.territory-neutral"


def _result(repo, tmp_path, files):
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", only=[CHECK]))
    return report["results"][0]


def _files(build: str, base: str = "default") -> dict[str, str]:
    files = {"build.sh": f"#!/bin/sh\nset -e\n{build}\ncp -r \"$THEME_SRC\"/i18n dist/i18n\n",
             "README.md": "# Portail\n\nThème du portail, un dossier par client dans clients/.\n",
             f"clients/{base}/i18n/fr.json": '{"portal.link": "https://portail.example.org"}\n',
             "clients/loiret/i18n/fr.json": '{"portal.link": "https://www.moncollege.loiret.fr"}\n',
             "clients/gironde/i18n/fr.json": '{"portal.link": "https://ent.gironde.fr"}\n',
             "clients/aveyron/i18n/fr.json": '{"portal.link": "https://www.college.aveyron.fr"}\n',
             "src/app.js": "export const theme = process.env.THEME;\n"}
    return files


def test_variants_chosen_by_the_build_are_settings(repo, tmp_path):
    baseline = _result(repo, tmp_path / "a", _files('THEME_SRC="clients/$CLIENT_NAME"', base="base-theme"))
    assert baseline["status"] != "pass"  # (no neutral base: the near miss, same values)
    r = _result(repo, tmp_path / "b", _files('export THEME_SRC="clients/${CLIENT_NAME}"'))
    assert r["status"] == "pass", r["message"]
    assert r["details"]["in_config_data_tests_docs"] >= 1
