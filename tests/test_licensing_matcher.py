"""License text matching: the generated corpus, every SPDX text, normalisation, notices and expressions."""

from __future__ import annotations

import pytest

from auditor.facts.license import identify_text
from auditor.licenses import notices
from auditor.licenses.corpus import cases
from auditor.licenses.matcher import load_data, tokenize

CASES = cases()


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_corpus_case(name, text, expected):
    got = identify_text(text)
    assert got["expression"] == expected, (name, got["expression"], got["candidates"], got["modified"])
    if expected is None:
        assert got["ids"] == []


def test_corpus_has_positives_negatives_and_french():
    names = [c[0] for c in CASES]
    assert sum(1 for c in CASES if c[2] is None) >= 5
    assert any("/fr" in n for n in names) and any(n.startswith("etalab-2.0/fr") for n in names)
    assert len(CASES) >= 150


# texts that the SPDX list carries twice, identical word for word: the family decides (notice)
IDENTICAL = {"GPL-1.0-or-later", "GPL-2.0-or-later", "GPL-3.0-or-later", "LGPL-2.0-or-later", "LGPL-2.1-or-later", "LGPL-3.0-or-later",
             "AGPL-1.0-or-later", "AGPL-3.0-or-later", "MPL-2.0-no-copyleft-exception", "CAL-1.0-Combined-Work-Exception", "any-OSI"}


def test_every_spdx_text_finds_itself():
    data = load_data()["licenses"]
    wrong = []
    for lid, lic in data.items():
        if lic["deprecated"] or lid in IDENTICAL or lid.startswith(("GFDL-", "OFL-1.0-", "OFL-1.1-")):
            continue
        for t in lic["texts"]:
            got = identify_text(t["text"])["ids"]
            if got != [lid]:
                wrong.append((lid, t["lang"], got))
    assert wrong == []


def test_list_version_recorded_and_french_texts_shipped():
    data = load_data()
    assert data["spdx_license_list_version"].startswith("3.")
    langs = {(lid, t["lang"]) for lid in ("CECILL-2.1", "CECILL-B", "CECILL-C", "etalab-2.0") for t in data["licenses"][lid]["texts"]}
    assert {("CECILL-2.1", "fr"), ("CECILL-2.1", "en"), ("CECILL-B", "en"), ("CECILL-C", "en"), ("etalab-2.0", "fr"), ("etalab-2.0", "en")} <= langs


def test_normalisation_follows_matching_guidelines():
    a, _ = tokenize("LICENCE\n\n * (a) The  Licensor ‘authorises’ you.\n// Copyright (c) 2020 Foo\nSee https://example.org/x")
    b, _ = tokenize("license\n- a. the licensor 'authorises' you.\nsee http://other.example/y")
    assert a == b
    assert "copyright" not in a


def test_modified_license_is_not_given_the_id():
    mit = load_data()["licenses"]["MIT"]["texts"][0]["text"]
    changed = mit.replace("The above copyright notice", "You may not use the Software for any commercial purpose whatsoever, "
                          "nor sell it, nor offer it as a hosted service to third parties.\n\nThe above copyright notice")
    got = identify_text(changed)
    assert got["ids"] == [] and got["modified"] is True
    assert got["candidates"][0]["id"] == "MIT"


def test_notices_and_version_choice():
    assert notices.version_choice("either version 3 of the License, or (at your option) any later version") == "or-later"
    assert notices.version_choice("soit la version 3 de la licence, soit (à votre choix) toute version ultérieure") == "or-later"
    assert notices.version_choice("GPL-3.0-only") == "only"
    assert notices.version_choice("GNU GPL version 3") is None
    assert notices.with_choice("GPL-3.0-only", None) == "GPL-3.0-only"
    assert notices.with_choice("AGPL-3.0-only", "or-later") == "AGPL-3.0-or-later"
    assert [i for i, _ in notices.names_in("Code sous CeCILL-B, documentation sous Licence Ouverte 2.0")] == ["CECILL-B", "etalab-2.0"]
    assert notices.states_license("This project is licensed under the MIT License.")
    assert not notices.states_license("Nous aimerions le publier sous licence MIT, mais ce n'est pas encore décidé.")


def test_expressions():
    assert notices.parse_expression("mit OR apache-2.0")[:2] == ("MIT OR Apache-2.0", ("MIT", "Apache-2.0"))
    assert notices.parse_expression("GPL-3.0+")[1] == ("GPL-3.0-or-later",)
    assert notices.parse_expression("LicenseRef-ville AND MIT")[1:] == (("LicenseRef-ville", "MIT"), True)
    assert notices.parse_expression("Apache 2.0")[2] is False


def test_eupl_french_title_rule():
    body = ("LICENCE PUBLIQUE DE L'UNION EUROPÉENNE v. 1.2\nEUPL © Union européenne 2007, 2016\n" + "texte " * 2500 + "\n" +
            "\n".join(["1. Définitions", "2. Étendue des droits concédés par la licence", "3. Communication du code source",
                       "4. Limitations du droit d'auteur", "5. Obligations du licencié", "Clause copyleft", "Clause de compatibilité",
                       "6. Chaîne d'auteurs", "7. Exclusion de garantie", "8. Exclusion de responsabilité", "9. Garanties supplémentaires",
                       "10. Acceptation de la licence", "11. Information du public", "12. Fin de la licence", "13. Divers",
                       "14. Juridiction compétente", "15. Droit applicable", "Appendice"]))
    assert identify_text(body)["ids"] == ["EUPL-1.2"]
    assert identify_text(body.split("\n1.")[0])["ids"] == []
