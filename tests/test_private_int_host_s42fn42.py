"""scaling.hosting: a deep name under a one- or two-letter label of .int, read over plain http, is a private network's name (issue 12,
session 42 fixer fn42 = PnGuadeloupe/toolbox, reader rg42 item 5). A park's Selenium script opened http://virtualia.pn.int/ (its HR
intranet, an .asp page): .int is reserved to treaty organisations, whose names are acronyms of three letters or more, and 'pn.int'
is none; hosting classed it 'another organisation' and passed. Now it is internal. Near misses: a treaty organisation's deeper name
(apps.who.int), a two-label name, the same name over https and the EU's former europa.eu.int stay another organisation's. The
fixtures are written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit


def _hosting(tmp_path, url):
    script = ("import os\nfrom selenium import webdriver\n\n\nif __name__ == '__main__':\n    driver = webdriver.Chrome()\n"
              f"    driver.get('{url}')\n    driver.find_element_by_id('txtNom').send_keys(os.environ['NOM'])\n")
    report = run_audit(build(tmp_path / "r", {"readme.md": "# Outils\n\nOutils du parc.\n", "portal/clock.py": script}),
                       tmp_path / "c", ["scaling.hosting"])
    return results(report)["scaling.hosting"], report["facts"]["hosting_dependencies"]


def test_a_deep_name_under_a_short_int_label_over_http_is_internal(tmp_path):
    res, _ = _hosting(tmp_path, "http://virtualia.pn.int/Deconnexion.asp")
    assert res["status"] == "warn" and "internal" in res["message"]["en"], (res["status"], res["message"]["en"])


def test_treaty_organisations_and_https_stay_other(tmp_path):
    for i, url in enumerate(("http://apps.who.int/gho/athena/api/", "http://pn.int/", "https://virtualia.pn.int/",
                             "http://europa.eu.int/comm/eurostat/")):
        res, _ = _hosting(tmp_path / str(i), url)
        assert res["status"] == "pass" and "internal" not in res["message"]["en"], (url, res["status"], res["message"]["en"])
