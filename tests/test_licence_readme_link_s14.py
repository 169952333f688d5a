"""Session 14 (issue 12, s13 r2 / k4's remains: an embeddable map widget of a river basin syndicate): the README lists the project's
links, one of them "- 📚 [Licence AGPL-3.0](./LICENSE)", while the LICENSE file is the GNU GPL v3. The README's statement was not read
(no Licence heading, no "this project" sentence, no "Licence :" field), so licensing.consistent said one source only, no
contradiction. A link to the repository's own licence file labelled with a licence's name states that licence."""

from __future__ import annotations

from tests.test_licensing_checks import LICENSING, run, text  # noqa: F401 (run: the fixture building a repository and auditing it)

README = ("# Widget hydrométrie\n\nUn widget à intégrer qui affiche les niveaux des cours d'eau.\n\n## Liens\n\n"
          "- 🌊 [Démonstration](https://widget.exemple.fr)\n- 📚 [Licence AGPL-3.0](./LICENSE)\n")


def _readme_source(lic: dict) -> dict | None:
    return next((s for s in lic["sources"] if s["kind"] == "readme"), None)


def test_a_link_to_the_licence_file_named_by_a_licence_states_it(run):
    files = {"README.md": README, "src/widget.js": "export const w = 1;\n"}
    res, lic = run({**files, "LICENSE": text("GPL-3.0-only")})
    source = _readme_source(lic)
    assert source and source["ids"][0].startswith("AGPL-3.0") and source["line"] == 8, lic["sources"]
    assert source["value"] == "Licence AGPL-3.0", source
    assert res["licensing.consistent"]["status"] == "fail", res["licensing.consistent"]["message"]
    # counterpart: the same link over an AGPL text agrees
    res, lic = run({**files, "LICENSE": text("AGPL-3.0-only")})
    assert res["licensing.consistent"]["status"] != "fail", res["licensing.consistent"]["message"]


def test_a_link_to_the_licence_file_without_a_licence_name_states_nothing(run):
    _res, lic = run({"README.md": README.replace("[Licence AGPL-3.0]", "[La licence]"), "LICENSE": text("GPL-3.0-only"),
                     "src/widget.js": "export const w = 1;\n"})
    assert _readme_source(lic) is None, lic["sources"]
