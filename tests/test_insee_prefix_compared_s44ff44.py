"""Issue 12, session 44 fixer ff44 (betagouv/openfisca-cd93, the Département de Seine-Saint-Denis's rule for mes-aides.gouv.fr):
``prefix = code_insee[0:2]`` then ``result = (prefix == "93")`` decides who is "Résident en Seine-Saint-Denis"; another
département must edit the code. reusability.territory-neutral passed and interoperability.identifiers said "hard-coded values: 0":
the SQL rule (LEFT(code_insee, 2) = '93') was not read when the code slices the INSEE code (code_insee[:2] == "93",
codeInsee.substring(0, 2) === "93", depcom.startswith("93")). Near miss: the département given as a parameter, and Corsica's
2A/2B or the overseas' 97 (a national rule), stay neutral."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

TERRITORY, IDS = "reusability.territory-neutral", "interoperability.identifiers"
BASE = {"README.md": "# OpenFisca extension\n\nAide départementale pour les personnes âgées.\n",
        "setup.py": "from setuptools import setup\n\nsetup(name='openfisca-dep', version='1.0.0', packages=['openfisca_dep'])\n",
        "openfisca_dep/__init__.py": ""}


def _rule(test: str) -> str:
    return ("from openfisca_core.model_api import *\n\n\nclass resident(Variable):\n    value_type = bool\n"
            "    label = u\"Résident du département\"\n\n    def formula(menage, period):\n"
            "        depcom = menage('depcom', period)\n\n        def is_resident(code_insee):\n" + test +
            "\n        return vectorize(is_resident)(depcom)\n")


HARD = _rule('            prefix = code_insee[0:2]\n            result = (prefix == "93")\n            return result\n')
HARD_JS = "export function resident(codeInsee) {\n  return codeInsee.substring(0, 2) === '93';\n}\n"


def test_a_departements_code_compared_with_the_insee_codes_start_is_a_territory_value(tmp_path):
    _, res = judge(tmp_path, {**BASE, "openfisca_dep/aides.py": HARD, "web/resident.js": HARD_JS}, [TERRITORY, IDS])
    t = res[TERRITORY]
    assert t["status"] == "warn", t["message"]  # was pass 'No territory-specific value in the code.'
    lines = {(e.get("path"), e.get("line")) for e in t["evidence"]}
    assert ("openfisca_dep/aides.py", 13) in lines and ("web/resident.js", 2) in lines, t["evidence"]
    assert res[IDS]["details"]["hard_coded"] >= 2, res[IDS]["message"]  # was 'hard-coded values: 0'


def test_a_departement_given_as_a_parameter_and_national_prefixes_stay_neutral(tmp_path):
    code = _rule('            prefix = code_insee[0:2]\n            if prefix in ("2A", "2B") or code_insee.startswith("97"):\n'
                 '                return False\n            return prefix == DEPARTEMENT\n')
    _, res = judge(tmp_path, {**BASE, "openfisca_dep/aides.py": "DEPARTEMENT = parameters.departement\n" + code}, [TERRITORY, IDS])
    assert res[TERRITORY]["status"] == "pass", res[TERRITORY]["message"]
    assert res[IDS]["details"]["hard_coded"] == 0, res[IDS]["message"]
