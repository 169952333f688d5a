"""A README's "Licence :" list item whose value is a Markdown link naming the licence states it (issue 12, s37 ff37 =
OPEN-ENT-NG/ent-mobile and OPEN-ENT-NG/homework-assistance): the ENT modules' READMEs open on "# À propos de l'application …" then
"* Licence : [AGPL v3](http://www.gnu.org/licenses/agpl.txt) - Copyright Région Hauts-de-France (ex Picardie)"; the field's value
was bounded on the raw line, whose address made it too long, and licensing.consistent said "A single source states the license
(LICENCE)" (pass 9). The value is bounded as a reader sees it, a link by its label; a long sentence after "Licence :" is still
no field. In homework-assistance a later chapter "# Gestion des droits" (the users' roles) was taken for the licence chapter by
its heading, and, naming nothing, hid the list item: a chapter stating nothing of the licence (no licence named, no rights
reserved, no licence text, no licence still to choose) leaves the README's other statements to be read; a licence chapter saying
the licence is still to be chosen still states none."""

from __future__ import annotations

from auditor.facts.license import licence_field
from tests.test_licensing_checks import run, text  # noqa: F401 (run: the fixture building a repository and auditing it)

ITEM = "* Licence : [AGPL v3](http://www.gnu.org/licenses/agpl.txt) - Copyright Région Hauts-de-France (ex Picardie)"


def _module(item: str) -> dict:
    readme = (f"# À propos de l'application ENT-MOBILE\n\n{item}\n\n* Développeur(s) : ATOS\n\n"
              "* Financeur(s) : Région Hauts-de-France\n\n* Description : Application mobile de l'ENT\n")
    return {"README.md": readme, "LICENCE": text("AGPL-3.0-only"), "www/js/app.js": "angular.module('ent', []);\n"}


def test_a_licence_item_linking_the_licence_is_a_readme_source(run):
    res, lic = run(_module(ITEM))
    source = next((s for s in lic["sources"] if s["kind"] == "readme"), None)
    assert source and source["ids"] == ["AGPL-3.0"] and source["line"] == 3, lic["sources"]
    r = res["licensing.consistent"]
    assert r["status"] == "pass" and r["score"] == 10, r["message"]


def test_a_long_sentence_after_licence_is_no_field(run):
    long = ("* Licence : les bibliothèques tierces embarquées dans www/lib (Ionic, AngularJS, ngCordova, Fontello) gardent "
            "chacune la leur, par exemple [MIT](https://opensource.org/licenses/MIT)")
    _res, lic = run(_module(long))
    assert not any(s["kind"] == "readme" for s in lic["sources"]), lic["sources"]


def test_the_field_value_is_bounded_by_its_labels():
    assert licence_field(f"# X\n{ITEM}\n") == (ITEM, 2)
    assert licence_field("* License: MIT\n") == ("* License: MIT", 1)
    assert licence_field("* Licence : " + "mots " * 20 + "MIT\n") is None


def test_a_rights_chapter_of_roles_does_not_hide_the_item(run):
    files = _module(ITEM)
    files["README.md"] += "\n# Gestion des droits\nOn en distingue 2 :\n - Admin : change la configuration\n - Student : envoie un formulaire\n"
    _res, lic = run(files)
    source = next((s for s in lic["sources"] if s["kind"] == "readme"), None)
    assert source and source["ids"] == ["AGPL-3.0"] and source["line"] == 3, lic["sources"]


def test_a_licence_still_to_choose_states_none(run):
    files = _module("* Licence : MIT")
    files["README.md"] += "\n## Licence\n\nÀ définir avant publication (ex. Licence Ouverte Etalab 2.0).\n"
    _res, lic = run(files)
    assert not any(s["kind"] == "readme" for s in lic["sources"]), lic["sources"]
