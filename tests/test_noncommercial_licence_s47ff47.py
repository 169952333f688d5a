"""A licence of the author's own restricting use to non-commercial purposes (issue 12, s47 ff47 = TechCabbalr/sirs_import,
reader rk46): its LICENSE (French and English) grants use, copying, modification and distribution for personal, academic or
public purposes and forbids commercial use. license-file, open-license and authorized-fr failed rightly but said the file
"reserves all rights (proprietary license)" (its list of forbidden uses names "proprietary systems"), and consistent said
"No license stated" though the LICENSE is the one statement. The messages now say what the file does."""

from __future__ import annotations

from tests.test_licensing_checks import run  # noqa: F401 (the fixture building a repository and auditing it)

RESTRICTED = """Copyright (c) 2024 Camille Exemple

FRANÇAIS

Autorisation est accordée d'utiliser, de copier, de modifier et de distribuer ce programme
pour des usages personnels, d'enseignement ou de service public seulement.

Toute forme d'utilisation commerciale est strictement interdite, notamment :
- la revente du programme ou son inclusion dans des produits propriétaires ou payants.

Le programme est fourni tel quel, sans garantie.

ENGLISH

Permission is granted to use, copy, modify and distribute this program for personal, teaching
or public-service purposes only.

Any form of commercial use is strictly prohibited, including:
- reselling the program or including it in proprietary or paid products.

The program is provided as is, without warranty.
"""

RESERVED = """Copyright (c) 2024 Société Exemple. All rights reserved.

This program is proprietary and confidential. It may not be copied, reproduced or distributed
without the prior written permission of Société Exemple. Commercial use is strictly prohibited.
"""

FILES = {"README.md": "# Importeur\n\nImporte des relevés de terrain dans une base.\n\n## Licence\n\nVoir LICENSE.\n",
         "pyproject.toml": '[project]\nname = "importeur"\nversion = "1.0"\nlicense = { file = "LICENSE" }\n',
         "importeur/__init__.py": "def main():\n    return 0\n"}


def test_a_non_commercial_licence_is_said_to_restrict_use_not_to_reserve_all_rights(run):
    res, lic = run({**FILES, "LICENSE": RESTRICTED})
    assert lic["status"] == "proprietary" and lic["license_files"][0]["restricts"] == "non-commercial"
    for cid in ("licensing.license-file", "licensing.open-license", "licensing.authorized-fr"):
        r = res[cid]
        assert r["status"] == "fail", (cid, r)
        assert "all rights" not in r["message"]["en"] and "tous les droits" not in r["message"]["fr"], (cid, r["message"])
        assert "non-commercial purposes only" in r["message"]["en"] and "non commerciales" in r["message"]["fr"], (cid, r["message"])
    c = res["licensing.consistent"]  # was n/a "No license stated: nothing to compare"
    assert c["status"] == "pass" and "A single source states the license (LICENSE grants" in c["message"]["en"], c
    assert "No license stated" not in c["message"]["en"]


def test_near_miss_a_text_reserving_all_rights_keeps_its_words(run):
    res, lic = run({**FILES, "LICENSE": RESERVED})
    assert lic["status"] == "proprietary" and not lic["license_files"][0].get("restricts")
    assert "reserves all rights" in res["licensing.license-file"]["message"]["en"]
    assert "all rights reserved" in res["licensing.open-license"]["message"]["en"]
    c = res["licensing.consistent"]
    assert c["status"] == "pass" and "LICENSE reserves all rights" in c["message"]["en"], c
