"""licensing (issue 12, s29 n29 = reader m21o4, SIRS-CLS/mos-adeupa-ce): a QGIS plugin's LICENSE holds one line, "GNU Public
License (GPL) Version 2 ou supérieure" — the GPL's common misnomer "GNU Public License", its initials, its version and the French
"ou supérieure" (or later) — and the licence was "not recognised": three licensing checks inconclusive. It is GPL-2.0-or-later,
named without its full text (licensing.license-file keeps its warn for the missing text).

A line that is a licence's name with its initials and version now states it; "GNU Public License" names the GPL; "version N ou
supérieure" is "or later". A line naming no licence, and a version without a choice, stay what they were."""

from __future__ import annotations

from auditor.licenses import notices
from tests.test_licensing_checks import run, text  # noqa: F401 (the fixture)

LINE = "GNU Public License (GPL) Version 2 ou supérieure"
README = "# MOS\n\nExtension QGIS de production d'une base d'occupation du sol.\n"


def test_the_line_names_gpl_2_or_later():
    assert notices.states_license(LINE)
    assert [i for i, _ in notices.names_in(LINE)] == ["GPL-2.0"]
    assert notices.version_choice(LINE) == "or-later"
    assert notices.version_choice("GNU General Public License version 3, ou supérieure à la 2") is None  # ("supérieure à": no choice)
    assert not notices.states_license("Version 2 ou supérieure de QGIS requise")  # (no licence named)


def test_a_one_line_gpl_statement_is_recognised(run):  # noqa: F811
    res, lic = run({"LICENSE": LINE, "README.md": README})
    assert lic["spdx"] == "GPL-2.0-or-later", lic.get("spdx")
    assert res["licensing.open-license"]["status"] == "pass", res["licensing.open-license"]["message"]  # was inconclusive
    assert res["licensing.license-file"]["status"] == "warn", res["licensing.license-file"]["message"]  # (the text is missing)


def test_a_line_naming_no_licence_stays_unrecognised(run):  # noqa: F811
    res, lic = run({"LICENSE": "Public License Version 2 ou supérieure", "README.md": README})
    assert not lic.get("spdx"), lic.get("spdx")
    assert res["licensing.open-license"]["status"] != "pass", res["licensing.open-license"]["message"]
