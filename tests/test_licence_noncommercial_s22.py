"""A README naming a non-commercial Creative Commons licence beside a free licence's text (issue 12, session 22 reader a2:
atolcd/sdis-remocra, README "## Licence … redistribuant gratuitement l'outil sous licence [Creative Commons by-nc-sa 4.0](…/LICENSE.txt)"
while LICENSE.txt is the AGPL): no licence rule named CC BY-NC-SA (nor BY-NC, BY-ND, BY-NC-ND), so the README stated nothing
and licensing.consistent passed "a single source states the license". Those licences are now named, and the contradiction
is a finding; a README stating the licence of the text still agrees."""

from __future__ import annotations

import pytest

from auditor.licenses import notices
from tests.test_dashboard_viewer_verdicts import license_text
from tests.test_local_authority_verdicts import judge


@pytest.mark.parametrize(("text", "lid"), [
    ("sous licence Creative Commons by-nc-sa 4.0", "CC-BY-NC-SA-4.0"),
    ("CC BY-NC-ND 4.0", "CC-BY-NC-ND-4.0"),
    ("Creative Commons Attribution-NonCommercial 4.0 International", "CC-BY-NC-4.0"),
    ("licence CC BY-ND 3.0", "CC-BY-ND-3.0"),
    ("CC BY-SA 4.0", "CC-BY-SA-4.0"),
    ("CC BY 4.0", "CC-BY-4.0"),
])
def test_creative_commons_licences_are_named(text, lid):
    assert [i for i, _ in notices.names_in(text)] == [lid]


def _app(statement: str) -> dict:
    return {"LICENSE.txt": license_text("AGPL-3.0-only"),
            "README.md": ("# Remo\n\nApplication web de gestion des points d'eau incendie.\n\n## Licence\n\n"
                          f"Le service a décidé de faire bénéficier ses confrères de sa démarche en redistribuant l'outil sous licence {statement}\n"),
            "src/main/java/fr/exemple/remo/App.java": "package fr.exemple.remo;\n\npublic class App {\n  public static void main(String[] a) {}\n}\n"}


def test_a_non_commercial_licence_in_the_readme_contradicts_the_agpl_text(tmp_path):
    report, res = judge(tmp_path, _app("[Creative Commons by-nc-sa 4.0](https://forge.exemple.fr/remo/blob/master/LICENSE.txt)"),
                        ["licensing.consistent"])
    readme = [s for s in report["facts"]["license"]["sources"] if s["kind"] == "readme"]
    assert readme and readme[0]["ids"] == ["CC-BY-NC-SA-4.0"], report["facts"]["license"]["sources"]
    cons = res["licensing.consistent"]
    assert cons["status"] in ("warn", "fail") and "CC-BY-NC-SA-4.0" in str(cons["message"]) + str(cons["evidence"]), cons


def test_a_readme_stating_the_agpl_agrees(tmp_path):
    cons = judge(tmp_path, _app("[AGPL-3.0-only](LICENSE.txt)."), ["licensing.consistent"])[1]["licensing.consistent"]
    assert cons["status"] == "pass", cons
