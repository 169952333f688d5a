"""README sections missed or given from the wrong line (issue 12, session 28 fixer h28 = readers r4a, r4b):

1. "# Retrieve package and develop" / "You can get this package and propose modifications of the code." gave no contributing, and
   "# Userguide" (the word run together) no usage; an install chapter with no such invitation stays no contributing;
2. "> To use X on a computing cluster, it is necessary to provide a configuration file for your system." gave no configuration;
   a sentence that only names a configuration file in passing stays none;
3. "## Get Started" over `docker compose up` was no install heading: a `docker run … pub` command of another chapter was given;
4. "compiler en local (setup plus fastidieux concernant les variables d'environnement …)" gave configuration: the variables named in
   a parenthesis are an aside; "Fichiers privés à ajouter :" over `./api/.env` is the configuration; files of data to add are none;
5. "Copiez les templates de configurations" over `cp app/config/parameters.yml{.dist,}` gave no configuration; "## Principe" over
   the containers of a development copy was the purpose, before the opening sentence that says what the project does."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

INTRO = "# Atlas\n\nAtlas est une application qui affiche les données des poissons migrateurs sur une carte.\n\n"


def _readme(tmp_path, text: str) -> dict:
    make_repo(tmp_path, [{"files": {"README.md": text, "app.py": "print('atlas')\n"}}])
    return ctx_for(tmp_path).fact("readme")


def _secs(tmp_path, text: str) -> dict:
    return {d["name"]: (d["line"], d["text"]) for d in _readme(tmp_path, text)["section_details"]}


def test_a_chapter_inviting_changes_to_the_code_is_contributing_and_a_userguide_is_usage(tmp_path):
    text = INTRO + ("# Installation\n\n```r\nremotes::install_github('org/atlas')\n```\n\n"
                    "# Userguide\n\nThe userguide is included in English in “data-raw/userguide.Rmd”. Users can create other translations.\n\n"
                    "# Retrieve package and develop\n\nYou can get this package and propose modifications of the code.\n\n"
                    "1.  Clone in RStudio\n\n-   Use URL: <https://github.com/org/atlas>\n\n2.  In the RStudio “Git” Pane\n\n"
                    "-   Create a “New branch” with your name\n")
    secs = _secs(tmp_path / "dev", text)
    assert secs["contributing"][1] == "Retrieve package and develop", secs
    assert secs["usage"][1] == "Userguide", secs
    plain = INTRO + "# Develop\n\nYou can get this package and run it locally.\n\n```r\ndevtools::load_all()\n```\n"
    assert "contributing" not in _secs(tmp_path / "plain", plain)


def test_a_sentence_asking_for_a_configuration_file_is_the_configuration(tmp_path):
    text = INTRO + ("## Quick Start\n\ni. Install nextflow\n\n```bash\nnextflow run main.nf -profile test,docker\n```\n\n"
                    "> To use atlas on a computing cluster, it is necessary to provide a configuration file for your system. If so, you can "
                    "simply use `-c <institute_config_file>` in your command.\n")
    assert _secs(tmp_path / "cluster", text)["configuration"][0] == 13
    passing = INTRO + "## Quick Start\n\n```bash\nnextflow run main.nf\n```\n\nThe configuration file of the tests lies beside them.\n"
    assert "configuration" not in _secs(tmp_path / "passing", passing)


def test_get_started_is_an_install_heading(tmp_path):
    text = INTRO + ("## Services\n\nFor example, publish the metadata:\n\n```bash\ndocker run --rm --network host emqx/mqttx-cli sh -c 'mqttx pub -t a'\n```\n\n"
                    "## Get Started\n\nTo simulate the publication of a notification message, follow these steps:\n\n```bash\ncd scheduler\n"
                    "docker compose up\n```\n")
    assert _secs(tmp_path / "start", text)["install"] == (13, "Get Started")


def test_variables_in_an_aside_are_no_configuration_but_settings_files_to_add_are(tmp_path):
    deploy = ("# Déployer l'application\n\nDeux options possibles\n- compiler sur les serveurs d'Expo (gratuit mais limité)\n"
              "- compiler en local (setup plus fastidieux concernant les variables d'environnement et XCode/Android Studio, mais gratuit)\n")
    assert "configuration" not in _secs(tmp_path / "aside", INTRO + deploy)
    env = INTRO + "# Installation environnement\n\nFichiers privés à ajouter :\n\n`./api/.env`\n`./api/.env.local`\n\n`./expo/.env.local`\n\n" + deploy
    assert _secs(tmp_path / "env", env)["configuration"] == (7, "Fichiers privés à ajouter :")
    data = INTRO + "# Installation\n\nFichiers à ajouter :\n\n`data/communes.csv`\n`data/rivieres.geojson`\n"
    assert "configuration" not in _secs(tmp_path / "data", data)


def test_copying_the_configuration_templates_is_the_configuration_and_a_principle_chapter_no_purpose(tmp_path):
    text = INTRO + ("## Prérequis\n\n- Docker et Docker Compose\n\n## Principe\n\nAfin de simplifier le développement, l'ensemble de "
                    "l'application tourne dans des conteneurs avec le couple Docker/Docker Compose.\n\n## Démarrage\n\n"
                    "Copiez les templates de configurations\n\n```shell\ncp app/config/parameters.yml{.dist,}\n```\n"
                    "Editez ces fichiers pour y mettre vos paramètres.\n")
    secs = _secs(tmp_path / "optim", text)
    assert secs["configuration"] == (15, "Copiez les templates de configurations"), secs
    assert secs["purpose"][0] == 3, secs
    first = "# Atlas\n\n## Principe\n\nAtlas calcule les trajets des poissons migrateurs à partir des stations de comptage du bassin.\n"
    assert _secs(tmp_path / "first", first)["purpose"] == (3, "Principe")
