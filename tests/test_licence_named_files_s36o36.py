"""license.files (issue 12, s36 o36 = reader r18b, anct-cnum/portail-usager): the root ships LICENSE.md (the AGPL v3) and
ETALAB-Licence-Ouverte-v2.0.pdf, and the README's "## Licence" names both ("Voir le fichier [LICENSE](./LICENSE.md) |
[ETALAB-Licence-Ouverte-v2.0](./ETALAB-Licence-Ouverte-v2.0.pdf) du dépôt"). license.files said ["LICENSE.md"]: the licence-file
names want the word licence first or last. A root file whose name is a licence's — the word licence with only a licence's name,
version and language beside it (ETALAB-Licence-Ouverte-v2.0.pdf, Open-Licence-2.0-fr.txt), or Licence Ouverte's short name LO-2.0
— is a licence file, read as the others (a PDF is not read: the main licence stays the text's). Near misses: a page on the licence's
use (Pourquoi-la-Licence-Ouverte.md at the root, docs/licence-usage.md) is no licence file."""

from __future__ import annotations

import pytest

from auditor.facts.license import licence_named
from tests.test_licensing_checks import run, text  # noqa: F401 (run: the fixture building a repository and auditing it)

PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(range(256)) * 8 + b"\n%%EOF\n"
README = ("# Carte\n\nCarte des permanences.\n\n## Licence\n\nVoir le fichier [LICENSE](./LICENSE.md) | "
          "[ETALAB-Licence-Ouverte-v2.0](./ETALAB-Licence-Ouverte-v2.0.pdf) du dépôt.\n")


def _files(extra: dict) -> dict:
    return {"README.md": README, "LICENSE.md": text("AGPL-3.0-only"), "src/main.ts": "export const x = 1;\n",
            "package.json": '{"name": "carte", "version": "1.0.0", "license": "MIT"}\n', **extra}


def test_a_pdf_named_after_the_licence_at_the_root_is_a_licence_file(run):
    _, lic = run(_files({"ETALAB-Licence-Ouverte-v2.0.pdf": PDF}), only=["licensing.license-file"])
    assert lic["files"] == ["ETALAB-Licence-Ouverte-v2.0.pdf", "LICENSE.md"], lic["files"]
    assert lic["spdx"] == "AGPL-3.0-only" and lic["status"] == "identified", (lic["spdx"], lic["status"])


def test_a_page_on_the_licence_is_no_licence_file(run):
    _, lic = run(_files({"Pourquoi-la-Licence-Ouverte.md": "# Pourquoi la Licence Ouverte\n\nNos données sont réutilisables.\n",
                         "docs/licence-usage.md": "# Usage de la licence\n\nCitez la source.\n"}), only=["licensing.license-file"])
    assert lic["files"] == ["LICENSE.md"], lic["files"]


@pytest.mark.parametrize(("name", "named"), [
    ("ETALAB-Licence-Ouverte-v2.0.pdf", True), ("Open-Licence-2.0-fr.txt", True), ("LO-2.0.pdf", True), ("Licence_Ouverte_v2.pdf", True),
    ("GNU-GPL-v3-licence.odt", True), ("cecill-b-licence-fr.html", True),
    ("Pourquoi-la-Licence-Ouverte.md", False), ("choix-de-licence.md", False), ("licence-logo.pdf", False), ("LO.md", False),
    ("ETALAB-Licence-Ouverte-v2.0.png", False), ("build-2.0.pdf", False),
])
def test_names_that_are_a_licence(name, named):
    assert licence_named(name) is named
