"""A licence still to be chosen is no licence (issue 12, session 28 lead = reader r5b, planification-ecologique/barometre).

The README's chapter reads "## Licence" / "À définir avant publication (ex. Licence Ouverte Etalab 2.0 pour une application de l'État)",
and the repository holds no licence file and no manifest licence: facts.license gave "etalab-2.0", declared-only, from the example.
A licence chapter whose first line says the licence is still to be defined names none; a chapter stating a licence then
something else "à définir" keeps its licence."""

from __future__ import annotations

from tests.test_state_facts_s21 import facts

INTRO = "# Baromètre\n\nTableau de bord des indicateurs de la planification écologique.\n\n"


def _licence(tmp_path, chapter, name):
    f, _ = facts(tmp_path, {"README.md": INTRO + chapter, "app/main.py": "print('ok')\n"}, name, only=("licensing.license-file",))
    return f["license"]


def test_a_licence_to_be_defined_is_none(tmp_path):
    lic = _licence(tmp_path, "## Licence\n\nÀ définir avant publication (ex. Licence Ouverte Etalab 2.0 pour une application de l'État).\n", "tbd")
    assert lic["spdx"] is None and lic["status"] != "declared-only", lic


def test_a_stated_licence_stays(tmp_path):
    lic = _licence(tmp_path, "## Licence\n\nLicence MIT. Les données sont à définir par chaque collectivité.\n", "mit")
    assert lic["spdx"] == "MIT", lic
