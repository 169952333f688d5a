"""license.status (issue 12, s37 fb37 = reader rs37, codegouvfr/sill-api): the repository keeps its licence texts in LICENSES/
(LICENSE.MIT.md, the full MIT text, and LICENSE.Etalab-2.0.md for the data) with no REUSE header nor .reuse/dep5, and package.json and
the README name MIT for the code. license.status was "declared-only": only root texts or REUSE sources settled the main licence. The
declared licence's own full text in LICENSES/ settles it as a root text would: "identified". Near misses: a declaration whose text
is not in LICENSES/ (Apache-2.0 beside the MIT text), or a licence named without its version (GPL beside the GPL-3.0 text), stays
declared only."""

from __future__ import annotations

import pytest

from tests.test_licensing_checks import run, text  # noqa: F401 (run: the fixture building a repository and auditing it)

README = ("# This project has moved\n\nSee the new repository.\n\n# Licences\n\n- The data are licensed under the "
          "[licence Ouverte 2.0](LICENSES/LICENSE.Etalab-2.0.md).\n- The source code is licensed under the {name}.\n")
NAMES = {"MIT": "[MIT license](LICENSES/LICENSE.MIT.md)", "Apache-2.0": "Apache License 2.0", "GPL": "GNU GPL"}


def _files(declared: str) -> dict:
    return {"README.md": README.format(name=NAMES[declared]), "LICENSES/LICENSE.MIT.md": text("MIT"), "src/main.ts": "export const x = 1;\n",
            "package.json": '{"name": "sill", "version": "1.0.0", "license": "%s"}\n' % declared}


def test_the_declared_licence_whose_full_text_is_in_licenses_is_identified(run):
    res, lic = run(_files("MIT"), only=["licensing.license-file"])
    assert lic["spdx"] == "MIT" and lic["status"] == "identified", (lic["spdx"], lic["status"])
    assert lic["confidence"] >= 0.9 and "LICENSES/LICENSE.MIT.md" in lic["files"]
    assert res["licensing.license-file"]["status"] == "pass"


@pytest.mark.parametrize("declared", ["Apache-2.0", "GPL"])
def test_a_declaration_without_its_text_in_licenses_stays_declared_only(run, declared):
    files = _files(declared)
    if declared == "GPL":
        files["LICENSES/LICENSE.GPL-3.0.md"] = text("GPL-3.0-only")
    _, lic = run(files, only=["licensing.license-file"])
    assert lic["status"] == "declared-only", lic["status"]
