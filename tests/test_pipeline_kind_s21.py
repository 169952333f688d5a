"""A métropole's batch pipeline classed as a library (issue 12, session 21 reader r4): its setup.py only made its own folder
importable (the data-science template's name="src", packages=find_packages()), a shell script chains the steps and the
README says Windows' Task Scheduler runs it through runner.bat. The library kind then waived configuration and data-standards
("the application that uses it"). A placeholder package name names no package, and a script Windows' Task Scheduler runs is a
scheduled program; a package with a name of its own stays a library."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

STEP = ("import argparse\n\nimport pandas as pd\n\n\ndef main():\n    parser = argparse.ArgumentParser()\n"
        "    parser.add_argument('entree')\n    parser.add_argument('sortie')\n    args = parser.parse_args()\n"
        "    pd.read_csv(args.entree).drop_duplicates().to_csv(args.sortie, index=False)\n\n\nif __name__ == '__main__':\n    main()\n")
PIPELINE = {
    "setup.py": ("from setuptools import find_packages, setup\n\nsetup(\n    name=\"src\",\n    packages=find_packages(),\n"
                 "    version=\"0.1.0\",\n    description=\"Traitement des arrêtés\",\n    license=\"MIT\",\n)\n"),
    "src/__init__.py": "", "src/etapes/__init__.py": "",
    "src/etapes/indexer.py": STEP, "src/etapes/extraire.py": STEP, "src/etapes/exporter.py": STEP,
    "scripts/traiter.sh": ("#!/usr/bin/env bash\nDIR_IN=data/brut\nDIR_OUT=data/sortie\n"
                           "python src/etapes/indexer.py ${DIR_IN} data/tmp/index.csv\n"
                           "python src/etapes/extraire.py data/tmp/index.csv data/tmp/textes.csv\n"
                           "python src/etapes/exporter.py data/tmp/textes.csv ${DIR_OUT}/arretes.csv\n"),
    "lanceur.bat": "wsl -e bash -ic \"conda activate arretes; scripts/traiter.sh;\" >> journal.log 2>&1\n",
    "environment.yml": "name: arretes\ndependencies:\n  - python=3.11\n  - pandas\n",
    "README.md": ("# Arrêtés géolocalisés\n\nAnalyse et géolocalisation des arrêtés publiés sur le territoire de la métropole.\n\n"
                  "## Utilisation\n\nLes dossiers d'entrée et de sortie se règlent dans `scripts/traiter.sh`.\n\n```sh\n"
                  "conda activate arretes\nscripts/traiter.sh\n```\n\n### Planification de tâches\n\n"
                  "Le script lanceur.bat lance traiter.sh depuis le Task Scheduler de Windows.\n"),
}


def test_a_pipeline_with_a_placeholder_package_is_no_library(tmp_path):
    report, res = judge(tmp_path, PIPELINE, ["reusability.configuration", "interoperability.data-standards"])
    assert report["facts"]["project"]["kind"] == "cli-tool", report["facts"]["project"]
    for cid in ("reusability.configuration", "interoperability.data-standards"):
        assert "bibliothèque" not in res[cid]["message"]["fr"], res[cid]["message"]
    assert res["interoperability.data-standards"]["status"] != "not_applicable", res["interoperability.data-standards"]["message"]


def test_a_package_named_for_itself_stays_a_library(tmp_path):
    files = {k: v for k, v in PIPELINE.items() if k not in ("scripts/traiter.sh", "lanceur.bat")}
    files["setup.py"] = files["setup.py"].replace('name="src"', 'name="arretes-geo"')
    files["README.md"] = ("# arretes-geo\n\nFonctions pour lire et géolocaliser des arrêtés.\n\n## Utilisation\n\n```python\n"
                          "from src.etapes import indexer\n```\n")
    report, _ = judge(tmp_path, files, ["reusability.configuration"])
    assert report["facts"]["project"]["kind"] == "library", report["facts"]["project"]
