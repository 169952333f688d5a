"""Session 27 (f27, measure 17 reader o2, departement-loire-atlantique/dematik): its form generator maps "avec validation code
SIRET" to Publik's validators "siret-fr", "siren-fr"; interoperability.identifiers said "reference data/validation: no". A validator
named for the identifier is validation."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

IDS = "interoperability.identifiers"
GENERATOR = ("def validation_of(tokens):\n    validation = None\n"
             "    if ' '.join(tokens[0:2]) == 'avec validation':\n"
             "        if ' '.join(tokens[2:]) == 'code SIREN':\n            validation = '\"siren-fr\"'\n"
             "        elif ' '.join(tokens[2:]) == 'code SIRET':\n            validation = '\"siret-fr\"'\n"
             "    return validation\n\n\ndef field(siret, siren):\n    return {'siret': siret, 'siren': siren}\n")


def test_fields_checked_by_the_platforms_named_validators_are_validated(tmp_path):
    files = {"README.md": "# Générateur de formulaires\n", "setup.py": "from setuptools import setup\nsetup(name='gen')\n",
             "gen/gen.py": GENERATOR}
    res = judge(tmp_path, files, [IDS])[1][IDS]
    assert res["details"]["references"] is True, res["message"]


def test_the_same_fields_without_a_validator_stay_unchecked(tmp_path):
    files = {"README.md": "# Générateur de formulaires\n", "setup.py": "from setuptools import setup\nsetup(name='gen')\n",
             "gen/gen.py": GENERATOR.replace('siren-fr', 'texte').replace('siret-fr', 'texte')}
    res = judge(tmp_path, files, [IDS], name="none")[1][IDS]
    assert res["details"]["references"] is False, res["message"]
