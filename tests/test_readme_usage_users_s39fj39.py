"""documentation.readme-sections (issue 12, s39 fj39 = reader rt39's InseeFr/Destinie-2): a microsimulation model's "## Utilisation"
chapter only says who uses it ("Ce modèle est mobilisé lors des exercices de projection conduits par le conseil … ainsi que dans des
études"), not how to run it; usage was found by the heading word alone. Rule now: a usage chapter of prose only (no code, list, link)
naming who uses the project, with no command, option, example, step or how-to word, is no usage section. Near miss: the same heading
over a command block stays the usage."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

RS = "documentation.readme-sections"
HEAD = ("# Simulo\n\nSimulo est un modèle de microsimulation dynamique des retraites, développé par un service statistique public.\n\n"
        "## Utilisation\n\n")
USERS = ("Ce modèle est mobilisé lors des exercices de projection conduits par le conseil des retraites, mais aussi dans le cadre "
         "d'études sur la protection sociale. Sa taille modeste permet de nombreuses variantes.\n")
TAIL = "\n## Méthodologie\n\nLe modèle simule des trajectoires individuelles année après année.\n"
FILES = {"DESCRIPTION": "Package: simulo\nVersion: 1.0\n", "R/simulo.R": "simuler <- function(annee) {\n  annee + 1\n}\n"}


def _sections(tmp_path, readme, name):
    r = judge(tmp_path, {**FILES, "README.md": readme}, [RS], name=name)[1][RS]
    return r["details"]["found"] if "found" in r["details"] else r["message"]["en"]


def test_who_uses_the_model_is_no_usage(tmp_path):
    found = _sections(tmp_path, HEAD + USERS + TAIL, "users")
    assert "usage" not in found, found


def test_a_usage_chapter_with_a_command_stays_usage(tmp_path):
    found = _sections(tmp_path, HEAD + USERS + "\n```r\nsimulo::simuler(2030)\n```\n" + TAIL, "command")
    assert "usage" in found, found
