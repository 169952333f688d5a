"""Issue 12, session 44 fixer ff44 (betagouv/openfisca-cd93, "# OpenFisca CD93 - Extension pour le département de Seine Saint
Denis"): documentation.readme-sections gave "Ce projet est une extension [OpenFisca](https://www.openfisca.fr) qui contient …" as
the link to the service or a demo: openfisca.fr is the framework the package extends, its host named like the title only because the
title carries the framework's name. A link given right after the words saying it is what the project extends or is built on
("extension", "plugin for", "built on", "basé sur") is that product's site, no demo. Near miss: the project's own instance, said
reached there ("accessible sur"), stays its demo."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

SECTIONS = "documentation.readme-sections"
CODE = {"setup.py": "from setuptools import setup, find_packages\n\nsetup(name='Openfisca-Dep', version='1.0.3', packages=find_packages())\n",
        "openfisca_dep/__init__.py": "", "openfisca_dep/aides.py": "from openfisca_core.model_api import *\n"}
TITLE = "# OpenFisca Dep - Extension pour le département\n\n"


def test_the_framework_the_project_extends_is_no_demo(tmp_path):
    readme = TITLE + ("Ce projet est une extension [OpenFisca](https://www.openfisca.fr) qui contient l'Aide Départementale pour les "
                      "Personnes Agées pour le département.\n\nCette extension n'est plus utilisée.\n")
    report, res = judge(tmp_path, {**CODE, "README.md": readme}, [SECTIONS])
    assert res[SECTIONS]["details"]["signals"]["demo"] is None, res[SECTIONS]["details"]["signals"]  # was openfisca.fr, README.md:3


def test_the_projects_own_instance_stays_its_demo(tmp_path):
    readme = TITLE + ("Ce projet est une extension OpenFisca pour le département, accessible sur "
                      "[openfisca.departement.fr](https://openfisca.departement.fr).\n")
    report, res = judge(tmp_path, {**CODE, "README.md": readme}, [SECTIONS])
    assert (res[SECTIONS]["details"]["signals"]["demo"] or {}).get("url") == "https://openfisca.departement.fr", res[SECTIONS]["details"]["signals"]
