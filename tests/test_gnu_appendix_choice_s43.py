"""Session 43 (rw43), a GNU text whose closing "How to Apply These Terms" notice the authors filled in.

ANSSI-FR/sftp2misp: LICENSE.md is the GPL-3.0 text, and its appendix's notice reads "sftp2misp / Copyright (C) 2022  ANSSI / … either
version 3 of the License, or (at your option) any later version." — the only notice of the repository, the authors' own:
facts.license.spdx was GPL-3.0-only (no choice read). The template left as it is ("Copyright (C) <year>  <name of author>") states
no choice (tests/test_licensing_checks.py keeps GPL-3.0-only, "not-stated").
"""

from __future__ import annotations

import re

from tests.test_licensing_checks import run, text  # noqa: F401 (the fixture)

ONLY = ["licensing.authorized-fr"]
TEMPLATE = re.compile(r"<one line to give the program's name and a brief idea of what it does\.>(\s*)Copyright \(C\) <year>  <name of author>")


def _filled(lid: str, owner: str, program: str = "passerelle-sftp") -> str:
    body, n = TEMPLATE.subn(lambda m: program + m.group(1) + "Copyright (C) 2022  " + owner, text(lid), count=1)
    assert n == 1
    return body


def test_a_filled_appendix_notice_gives_the_choice(run):  # noqa: F811
    _res, lic = run({"LICENSE.md": _filled("GPL-3.0-only", "Agence nationale X"), "README.md": "# passerelle-sftp\n"}, only=ONLY)
    assert lic["spdx"] == "GPL-3.0-or-later", lic


def test_the_affero_text_too(run):  # noqa: F811
    _res, lic = run({"LICENSE": _filled("AGPL-3.0-only", "Ville de Y", "outil-x")}, only=ONLY)
    assert lic["spdx"] == "AGPL-3.0-or-later", lic


def test_the_template_left_as_it_is_states_nothing(run):  # noqa: F811
    _res, lic = run({"LICENSE.md": text("GPL-3.0-only"), "README.md": "# passerelle-sftp\n"}, only=ONLY)
    assert lic["spdx"] == "GPL-3.0-only" and lic["version_choice"]["choice"] == "not-stated", lic


def test_a_notice_above_the_text_still_decides(run):  # noqa: F811
    notice = "passerelle-sftp is free software under the GNU GPL version 3 only (GPL-3.0-only).\n\n"
    _res, lic = run({"LICENSE.md": notice + _filled("GPL-3.0-only", "Agence nationale X")}, only=ONLY)
    assert lic["spdx"] == "GPL-3.0-only", lic
