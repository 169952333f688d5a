"""licensing (issue 12, session 22 reader e3): a Java web application whose LICENSE holds the CeCILL 2.0 text and whose source
files open with the English CeCILL notice "This software is governed by the CeCILL license under French law…", which names no
version. The bare name was read as CeCILL 2.1, and licensing.consistent listed a disagreement (headers CECILL-2.1 against the
CECILL-2.0 text) that does not exist. A bare "CeCILL" is now the CeCILL family's main licence, version not stated: it agrees with
any of its versions, never with CeCILL-B nor CeCILL-C (other licences)."""

from __future__ import annotations

from auditor.licenses import notices
from tests.test_licensing_checks import run, text  # noqa: F401 (the fixture)

HEADER = """/*
 * Copyright Exemple, 2013
 *
 * Ce logiciel sert a gerer des vocabulaires.
 *
 * This software is governed by the {name} license under French law and
 * abiding by the rules of distribution of free software. You can use,
 * modify and/or redistribute the software under the terms of the {name}
 * license as circulated by CEA, CNRS and INRIA at the following URL
 * "http://www.cecill.info".
 *
 * The fact that you are presently reading this means that you have had
 * knowledge of the {name} license and that you accept its terms.
 */
package fr.exemple.vocab;
"""


def _files(licence_text: str, name: str) -> dict:
    files = {"LICENSE.txt": licence_text, "README.md": "# Vocabulaires\n\nGestion de vocabulaires.\n"}
    for k in range(4):
        files[f"src/main/java/fr/exemple/vocab/Classe{k}.java"] = HEADER.format(name=name) + f"public class Classe{k} {{}}\n"
    return files


def test_a_bare_cecill_names_the_family_without_version():
    assert [i for i, _ in notices.names_in("governed by the CeCILL license under French law")] == ["CECILL"]
    assert [i for i, _ in notices.names_in("licence CeCILL v2.1")] == ["CECILL-2.1"]
    assert [i for i, _ in notices.names_in("CeCILL (>= 2.1)")] == ["CECILL-2.1"]  # (an R package's DESCRIPTION)
    assert [i for i, _ in notices.names_in("licence CeCILL-B")] == ["CECILL-B"]
    assert notices.agree(["CECILL"], ["CECILL-2.0"]) and notices.agree(["CECILL"], ["CECILL-2.1"])
    assert not notices.agree(["CECILL"], ["CECILL-B"]) and not notices.agree(["CECILL"], ["CECILL-C"])


def test_bare_cecill_headers_agree_with_the_cecill_20_text(run):  # noqa: F811
    res, lic = run(_files(text("CECILL-2.0", "fr"), "CeCILL"), only=["licensing.consistent"])
    assert lic["spdx"] == "CECILL-2.0", lic.get("spdx")
    assert lic["disagreements"] == [], lic["disagreements"]
    assert res["licensing.consistent"]["status"] == "pass", res["licensing.consistent"]["message"]


def test_cecill_b_headers_still_disagree_with_the_cecill_20_text(run):  # noqa: F811
    res, lic = run(_files(text("CECILL-2.0", "fr"), "CeCILL-B"), only=["licensing.consistent"])
    assert lic["spdx"] == "CECILL-2.0", lic.get("spdx")
    assert lic["disagreements"], lic
    assert res["licensing.consistent"]["status"] != "pass", res["licensing.consistent"]["message"]
