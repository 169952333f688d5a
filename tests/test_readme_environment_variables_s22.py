"""A sentence that has the reader give the project its environment variables is its configuration (issue 12, s22 d5 case 2):
shaped like a region's open-data export job (a heading-less README: what the script does, "Here is the list of environment
variables you can provide…", then one item per variable) and a State service's Rails README (an installation chapter whose step
says to set up the environment variables from an example file). A sentence saying none is needed, or naming them without setting
them, gives no configuration."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from auditor.facts.readme import analyse

VARIABLES = ("* `EXPORT_DIR`: folder the files are written to. Default `/data/exports`\n"
             "* `SKIPPED_COLUMNS`: columns removed from the CSV. Default `gid`\n"
             "* `PAGE_SIZE`: default 1000\n* `WFS_ENDPOINT`: default `https://carto.example.org/wfs`\n")


def _details(text: str) -> dict:
    return {d["name"]: d for d in analyse(text, "README.md")["section_details"]}


def test_a_list_of_environment_variables_to_provide_is_the_configuration(repo, tmp_path):
    readme = ("Small batch job exporting the layers of a WFS server to CSV and JSON files. Here is the\n"
              "list of environment variables you can provide to configure the job:\n\n" + VARIABLES)
    found = _details(readme)
    assert found["configuration"]["via"] == "sentence" and found["configuration"]["line"] == 1  # was missing
    assert "purpose" in found
    path = repo([{"files": {"README.md": readme, "export.py": "import os\nprint(os.environ.get('EXPORT_DIR'))\n",
                            "Dockerfile": "FROM python:3.12\nCOPY export.py /\n"}}])
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "c", only=["documentation.readme-sections"]))
    assert "configuration" in report["facts"]["readme"]["sections"]


def test_an_install_step_setting_up_the_environment_variables_is_the_configuration():
    text = ("# Habilitations\n\nL'outil de gestion des demandes d'accès aux données.\n\n# Requirements\n\n- Ruby\n- PostgreSQL\n\n"
            "## Install\n\nYou also need to set up environment variables, you can copy them from\n`config/env.sample` to a "
            "`.env.development` file and change them as needed.\n\n```sh\nbin/setup\n```\n")
    found = _details(text)
    assert found["configuration"]["line"] == 12 and found["install"]["via"] == "heading"  # configuration was missing


def test_environment_variables_not_needed_or_only_mentioned_give_no_configuration():
    for sentence in ("No environment variable is needed to run the job.",
                     "Le script lit les fichiers du dossier courant ; aucune variable d'environnement n'est nécessaire."):
        text = "Small batch job exporting the layers of a WFS server to CSV and JSON files. " + sentence + "\n\n```\npython export.py\n```\n"
        assert "configuration" not in _details(text)
    text = "Small batch job exporting the layers of a WFS server to CSV and JSON files, written in Python.\n"
    assert "configuration" not in _details(text)
