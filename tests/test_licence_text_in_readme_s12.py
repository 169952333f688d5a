"""Session 12 (lead, r1 read after the freeze): a Lutece module of the Ville de Paris writes the BSD text whole under its README's
"## License" heading, opening on "Copyright (c) 2002-2023, …" and "All rights reserved.", and the same text heads every Java file.
The README's notice line was read alone as a proprietary licence: four licensing verdicts told of a contradiction
(BSD-3-Clause against LicenseRef-proprietary) that the repository does not hold. A README section holding a licence's whole text
states that licence."""

from __future__ import annotations

from tests.test_licence_in_words import block, plugin
from tests.test_licensing_checks import LICENSING, run, text  # noqa: F401 (run: the fixture building a repository and auditing it)

HOLDER = "Copyright (c) 2002-2023, Ville d'Exemple\nAll rights reserved.\n\n"


def _readme(body: str) -> str:
    return "# Rendez-vous\n\nModule de prise de rendez-vous en mairie.\n\n## License\n\n" + body + "\n"


def test_bsd_text_in_the_readme_licence_section_is_bsd(run):
    files = plugin(block(text("BSD-3-Clause")), without=0)
    files["README.md"] = _readme(HOLDER + text("BSD-3-Clause").split("\n", 2)[2])
    res, lic = run(files)
    assert lic["spdx"] == "BSD-3-Clause", lic
    readme = next(s for s in lic["sources"] if s["kind"] == "readme")
    assert readme["ids"] == ["BSD-3-Clause"] and readme["line"] > 7, readme
    assert res["licensing.consistent"]["status"] == "pass", res["licensing.consistent"]["message"]
    assert res["licensing.open-license"]["status"] == "pass", res["licensing.open-license"]["message"]


def test_rights_reserved_without_a_licence_text_stays_proprietary(run):
    files = plugin(block(text("BSD-3-Clause")), without=0)
    files["README.md"] = _readme(HOLDER + "Ce logiciel est la propriété de la Ville d'Exemple ; toute reproduction est interdite.\n")
    res, lic = run(files)
    readme = next(s for s in lic["sources"] if s["kind"] == "readme")
    assert readme["ids"] == ["LicenseRef-proprietary"], readme
    assert res["licensing.consistent"]["status"] == "fail", res["licensing.consistent"]["message"]
