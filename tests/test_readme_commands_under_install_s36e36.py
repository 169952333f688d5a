"""Session 36 (e36 = reader m33o3), issue 12: the README's list of the project's own commands is its usage, even under the
installation chapter.

TelesCoop/vegestrate, a vegetation-strata pipeline (LiDAR + orthophotos) packaged with console scripts: README.md's "## 📦 Installation"
holds "### 1. Installer le package" (`pip install -e .`), "### Structure du package", then "### Commandes disponibles" ("Après
installation, plusieurs commandes sont disponibles :" over `vegestrate-pipeline --checkpoint …`, `vegestrate-vectorize -i … -o …`,
`python pipeline_grandlyon.py --help`). documentation.readme-sections said "missing: usage": a run-worded heading nested under an
installation chapter was read as a step of it. A chapter running two or more of the project's own programs (named after the project,
or scripts and modules of the repository), none installing, setting up, building or testing the copy, is how the project is used
wherever it stands. A "### Commandes" chapter under the installation that only installs and starts the copy (`pip install -e .`,
`docker compose up -d`), or that loads the model with generic tools (`psql -f`), stays a step of the installation (the rule "usage not
claimed from run commands that only appear among installation steps"). Files written for these tests, in the shape of that
repository."""

from __future__ import annotations

from tests.test_readme_facts_s32e32 import _readme, _section

FILES = {
    "pyproject.toml": ('[project]\nname = "vegestrate"\nversion = "0.1.0"\n\n[project.scripts]\n'
                       'vegestrate-pipeline = "src.pipeline:main"\nvegestrate-vectorize = "src.postprocessing.vectorize_raster:main"\n'),
    "src/__init__.py": "",
    "src/pipeline.py": "def main():\n    pass\n",
    "src/postprocessing/__init__.py": "",
    "src/postprocessing/vectorize_raster.py": "def main():\n    pass\n",
    "src/data_preparation/__init__.py": "",
    "src/data_preparation/update_manifest.py": "def main():\n    pass\n",
    "pipeline_grandlyon.py": "import argparse\n\nargparse.ArgumentParser().parse_args()\n",
}

HEAD = ("# Inventaire de la strate végétale\n\nUn pipeline qui classe la végétation à partir du LiDAR et des orthophotos.\n\n"
        "## Méthode\n\nLes nuages de points sont rasterisés puis fusionnés avec la classification des orthophotos.\n\n"
        "## Installation\n\n### 1. Installer le package\n\nDepuis la racine du projet :\n\n```bash\npip install -e .\n```\n\n"
        "### Structure du package\n\n```\nvegestrate/\n├── src/\n└── pyproject.toml\n```\n\n")
COMMANDS = ("### Commandes disponibles\n\nAprès installation, plusieurs commandes sont disponibles :\n\n```bash\n# Pipeline complet\n"
            "vegestrate-pipeline --checkpoint model.safetensors\n\n# Étapes individuelles\nvegestrate-update-manifest          # Mettre à jour\n"
            "vegestrate-vectorize -i final.tif -o final.gpkg  # Vectorisation\n```\n\n"
            "Vous pouvez aussi utiliser les modules Python directement :\n\n```bash\n"
            "python -m src.data_preparation.update_manifest\npython pipeline_grandlyon.py --help\n```\n\n")
TAIL = "## Contribution\n\nOuvrez une issue pour toute idée.\n"


def _line(text: str, heading: str) -> int:
    return text.splitlines().index(heading) + 1


def test_the_projects_commands_under_the_installation_are_its_usage(tmp_path):
    text = HEAD + COMMANDS + TAIL
    info = _readme(tmp_path / "vegestrate", text, FILES)
    usage = _section(info, "usage")
    assert usage and usage["line"] == _line(text, "### Commandes disponibles"), info["section_details"]
    assert _section(info, "install")["line"] == _line(text, "## Installation")


def test_the_repositorys_scripts_alone_are_usage_too(tmp_path):
    # (the project's programs run by their files, not by the project's name: a repository named otherwise)
    text = HEAD + COMMANDS.split("Vous pouvez aussi")[0].split("```bash")[0] + (
        "```bash\npython -m src.data_preparation.update_manifest --year 2023\npython pipeline_grandlyon.py --checkpoint model.safetensors\n```\n\n") + TAIL
    info = _readme(tmp_path / "strates", text, FILES)
    assert (_section(info, "usage") or {}).get("line") == _line(text, "### Commandes disponibles"), info["section_details"]


def test_install_and_start_commands_under_the_installation_stay_installation(tmp_path):
    # near miss: "### Commandes" among the installation steps installs and starts the copy: no usage
    text = HEAD + ("### Commandes\n\n```bash\npip install -e .\npip install -r requirements.txt\ndocker compose up -d\n```\n\n") + TAIL
    info = _readme(tmp_path / "vegestrate", text, FILES)
    assert _section(info, "usage") is None, info["section_details"]


def test_generic_tools_loading_the_model_stay_installation(tmp_path):
    # near miss: a PostGIS model's "### Commandes" under the installation runs generic tools on its SQL files: a set-up step
    files = {"sql/00_schema.sql": "create schema m;\n", "sql/01_tables.sql": "create table m.t (id int);\n"}
    text = HEAD.replace("pip install -e .", "createdb modele") + (
        "### Commandes\n\n```bash\npsql -d modele -f sql/00_schema.sql\npsql -d modele -f sql/01_tables.sql\n"
        "ogr2ogr -f PostgreSQL PG:dbname=modele communes.shp\n```\n\n") + TAIL
    info = _readme(tmp_path / "vegestrate", text, files)
    assert _section(info, "usage") is None, info["section_details"]


def test_the_projects_own_setup_commands_stay_installation(tmp_path):
    # near miss: the project's own commands that set the copy up (an init, a migration) are installation steps
    text = HEAD + ("### Commandes\n\n```bash\nvegestrate-init --db postgresql://localhost/veg\nvegestrate-migrate --all\n```\n\n") + TAIL
    info = _readme(tmp_path / "vegestrate", text, FILES)
    assert _section(info, "usage") is None, info["section_details"]
