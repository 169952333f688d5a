"""An arrow is no tag (issue 12, session 26 fixer l26, s26 o2, dataregion/DataEtatRegion-back).

models/src/models/entities/refs/Region.py maps every former region's code to its new region, commented "# Alsace => Grand Est":
the "territory.name" signal took the arrow's ">" for a tag's end and the next line's quote for the name's close, and
reusability.territory-neutral reported "Grand Est" as a hard-coded name of a local government. A name between quotes or in an
element (<h1>Grand Lyon</h1>) is still one."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

TN = "reusability.territory-neutral"
MAPPING = ('comp_code_region = {\n    "ADCE": "00",  # Administration centrale\n    "ALSA": "44",  # Alsace => Grand Est\n'
           '    "AQUI": "75",  # Aquitaine => Nouvelle-Aquitaine\n    "CHAR": "44",  # Champagne-Ardennes => Grand Est\n'
           '    "BRET": "53",  # Bretagne ==\n}\n\n\ndef region_of(code):\n    return comp_code_region.get(code)\n')


def _res(tmp_path, files):
    return judge(tmp_path, {"README.md": "# Données\n\nAPI des données budgétaires de l'État en région.\n", **files}, [TN])[1][TN]


def test_an_arrow_in_a_comment_is_no_name(tmp_path):
    res = _res(tmp_path / "a", {"models/refs/region.py": MAPPING})
    assert "Grand Est" not in str(res["evidence"]), res


def test_a_quoted_name_still_is(tmp_path):
    code = MAPPING + '\n\nTITRE = "Grand Lyon"\n'
    res = _res(tmp_path / "b", {"models/refs/region.py": code})
    assert "Grand Lyon" in str(res["evidence"]), res
