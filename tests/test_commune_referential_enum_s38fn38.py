"""A territory's communes listed whole in an enumeration are a referential, not the town the code was written for (issue 12, s38
fn38 = reader md38's govpf/openfisca-pf).

openfisca-pf: openfisca_pf/enums/geographie.py's `class CommuneFiscale(Enum)` lists the 48 fiscal communes of French Polynesia, one
`NAME = "Name"` a line; reusability.territory-neutral flagged PAPEETE = "Papeete" alone (the only name its gazetteer knows) as a
home town hard-coded. Rule now: a place name that is one member of ten or more sibling lines of the same shape (an enumeration's
constants, a list's or a mapping's items) is a referential, whatever the gazetteer knows of the others. Near miss: the same city
compared with a value in the code (if commune == "Papeete") stays a finding."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

NEUTRAL = "reusability.territory-neutral"
NAMES = ["Anaa", "Arue", "Arutua", "Bora Bora", "Faaa", "Fakarava", "Fangatau", "Hao", "Hitiaa O Te Ra", "Huahine", "Mahina", "Makemo",
         "Moorea Maiao", "Paea", "Papara", "Papeete", "Pirae", "Punaauia", "Rangiroa", "Taiarapu Est"]
ENUM = ("from openfisca_core.indexed_enums import Enum\n\n\nclass CommuneFiscale(Enum):\n    __order__ = \"" + " ".join(n.upper().replace(" ", "_") for n in NAMES) + "\"\n"
        + "".join(f"    {n.upper().replace(' ', '_')} = \"{n}\"\n" for n in NAMES))
VARIABLE = ("from openfisca_core.model_api import Variable, YEAR\n\n\nclass taxe(Variable):\n    value_type = float\n    definition_period = YEAR\n\n"
            "    def formula(personne, period, parameters):\n        return personne('base', period) * parameters(period).taux\n")


def test_a_territory_s_communes_enumerated_whole_are_a_referential(tmp_path):
    files = {"README.md": "# OpenFisca Pays\n\nRègles fiscales du territoire.\n", "setup.py": "from setuptools import setup\nsetup(name='openfisca-pays')\n",
             "openfisca_pays/__init__.py": "", "openfisca_pays/enums/geographie.py": ENUM, "openfisca_pays/variables/taxe.py": VARIABLE}
    _report, res = judge(tmp_path, files, [NEUTRAL], name="enum")
    assert not any("Papeete" in str(e.get("value")) for e in res[NEUTRAL]["evidence"]), res[NEUTRAL]["evidence"]


def test_near_miss_the_city_compared_in_code_stays_a_finding(tmp_path):
    branch = VARIABLE + "\n\ndef zone(commune):\n    if commune == \"Papeete\":\n        return 1\n    return 2\n"
    files = {"README.md": "# OpenFisca Pays\n\nRègles fiscales du territoire.\n", "setup.py": "from setuptools import setup\nsetup(name='openfisca-pays')\n",
             "openfisca_pays/__init__.py": "", "openfisca_pays/variables/taxe.py": branch}
    _report, res = judge(tmp_path, files, [NEUTRAL], name="branch")
    assert any("Papeete" in str(e.get("value")) for e in res[NEUTRAL]["evidence"]), res[NEUTRAL]["evidence"]
