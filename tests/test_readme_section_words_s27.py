"""README sections read from the wrong words (issue 12, session 27 fixer c27 = measure 17 readers o2 and o4):

1. a GLPI plugin's "## Where set up the plugin" (the English twin of "Où configurer le plugin": the access rights to set in the profiles'
   administration) gave the installation, and reusability.install passed on "written instructions: yes": a set-up heading over
   settings, with no step installing anything, is the configuration; "## Setup" over the copy into plugins/ stays the installation;
2. the Angular CLI's "### 6.6. Further help" (`ng help`) gave contact and its "### 6.5. Running end-to-end tests" usage: the template's
   chapters, numbered with the team's own, are the framework's; the team's "## 7. Contact" stays contact;
3. a detection model's "## Training" (`python bin/fit_and_val.py --config …`) and "## Inference" (`python bin/predict.py …`) gave no
   usage: they are its use; a "## Training" of courses for the agents, with no command, is none;
4. an SDK's "Vous pouvez ensuite l'[utiliser comme exécutable](…)" gave no usage and "## Développement — Si vous souhaitez participer
   au développement du projet, consultez le [document…](…)" no contributing; a "## Développement" telling the project's history gives
   neither."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results
from tests.test_scaling import ctx_for

SETUP_PHP = ("<?php\ndefine('PLUGIN_TRANSFER_VERSION', '1.1.3');\nfunction plugin_version_transfer() {\n"
             "   return ['name' => 'Transfer', 'license' => 'GPLv3+', 'requirements' => ['glpi' => ['min' => '10.0']]];\n}\n")
HOOK_PHP = "<?php\nfunction plugin_transfer_install() {\n   return true;\n}\n"
GLPI_README = ("# GLPi Transfer Plugin (FR)\n\n## Introduction\n\nCe plugin permet, pour les profils autorisés, de transférer des tickets d'une "
               "entité à une autre sur laquelle ils n'ont pas les accès.\n\n## Où configurer le plugin\n\nVous pouvez configurer les droits "
               "d'accès au plugin dans l'administration des profils.\n\n# GLPi Transfer Plugin (EN)\n\n## Introduction\n\nThis plugin enables "
               "authorized profiles to transfer tickets from one entity to another to which they do not have access.\n\n"
               "## Where set up the plugin\n\nYou can configure access rights to the plugin in profile administration.\n"
               "The transfer prerequisites are managed in the entity administration.\n\n## Compatibility\n\nTested up to GLPI 10.0.14\n")


def _secs(tmp_path, text: str) -> dict:
    make_repo(tmp_path, [{"files": {"README.md": text}}])
    return {d["name"]: (d["line"], d["text"]) for d in ctx_for(tmp_path).fact("readme")["section_details"]}


def test_a_set_up_heading_over_settings_is_the_configuration(tmp_path):
    files = {"README.md": GLPI_README, "setup.php": SETUP_PHP, "hook.php": HOOK_PHP}
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=["documentation.readme-sections", "reusability.install"])
    secs = {d["name"]: d["text"] for d in report["facts"]["readme"]["section_details"]}
    assert "install" not in secs and secs["configuration"] == "Où configurer le plugin", secs
    res = results(report)
    assert "installation" in res["documentation.readme-sections"]["message"]["en"].split("missing:")[1]
    inst = res["reusability.install"]
    assert inst["details"]["instructions"] is False and inst["status"] != "pass", inst["message"]
    # a set-up chapter that copies the plugin into GLPI's plugins folder, or runs a command, stays the installation
    copy = GLPI_README.replace("You can configure access rights to the plugin in profile administration.",
                               "Download the release, copy the folder into glpi/plugins/ then configure it in Setup > Plugins.")
    assert "install" in _secs(tmp_path / "copy", copy)
    assert "install" in _secs(tmp_path / "cmd", "# Outil\n\nUn outil de la commune.\n\n## Setup\n\n```bash\ncomposer install\n```\n")
    assert "install" in _secs(tmp_path / "bare", "# Outil\n\nUn outil de la commune.\n\n## Mise en place\n\nCopier le dossier sur le serveur.\n")


ANGULAR = ("# CompagnonDeVisite\n\nThis project was generated with [Angular CLI](https://github.com/angular/angular-cli) version 13.2.5.\n\n"
           "## 1. Getting started\n\n```bash\nnpm install\n```\n\n## 6. Angular informations\n\n### 6.1. Development server\n\n"
           "Run `ng serve` for a dev server. Navigate to `http://localhost:4200/`. The app will automatically reload if you change any of the "
           "source files.\n\n### 6.5. Running end-to-end tests\n\nRun `ng e2e` to execute the end-to-end tests via a platform of your choice. "
           "To use this command, you need to first add a package that implements end-to-end testing capabilities.\n\n### 6.6. Further help\n\n"
           "To get more help on the Angular CLI use `ng help` or go check out the [Angular CLI Overview and Command Reference]"
           "(https://angular.io/cli) page.\n")


def test_the_angular_templates_numbered_chapters_are_the_frameworks(tmp_path):
    secs = _secs(tmp_path / "ng", ANGULAR)
    assert "contact" not in secs and "usage" not in secs and "install" in secs, secs
    # the team's own chapter, numbered the same way, stays
    own = ANGULAR + "\n## 7. Contact\n\nÉcrivez à musee@departement.fr pour toute question.\n"
    assert _secs(tmp_path / "own", own)["contact"][1] == "7. Contact"


def test_a_models_training_and_inference_are_its_use(tmp_path):
    text = ("# Sargasses\n\nThe goal of this project is to detect Sargassum shoals on Sentinel 3 satellite images, using Deep Learning.\n\n"
            "## Installation\n\n```bash\npip install -r requirements.txt\n```\n\n## Training\n\n"
            "`python bin/fit_and_val.py --config <your/config/file.yaml>`\n\n## Inference\n\n```bash\n"
            "python bin/predict.py --ckpt_path <path/to/checkpoint.ckpt> -i mask.npz -o out.png\n```\n")
    assert _secs(tmp_path / "ml", text)["usage"][1] == "Training"
    inference = text.replace("## Training\n\n`python bin/fit_and_val.py --config <your/config/file.yaml>`\n\n", "")
    assert _secs(tmp_path / "inf", inference)["usage"][1] == "Inference"
    # courses for the agents, or the model's tests, are no use of it
    courses = ("# Outil\n\nUn outil de la direction.\n\n## Installation\n\n```bash\npip install .\n```\n\n## Training\n\n"
               "Des sessions de formation sont proposées aux agents chaque trimestre.\n")
    assert "usage" not in _secs(tmp_path / "courses", courses)
    tests = courses.replace("Des sessions de formation sont proposées aux agents chaque trimestre.", "```bash\npytest tests/\n```")
    assert "usage" not in _secs(tmp_path / "tests", tests)


def test_the_use_and_the_development_by_a_link(tmp_path):
    text = ("# SDK Python pour la Géoplateforme\n\n## Installation\n\nInstallez le module via pip :\n\n```sh\npip install sdk_entrepot_gpf\n```\n\n"
            "Vous pouvez ensuite l'[utiliser comme exécutable](https://geoplateforme.github.io/sdk-entrepot/comme-executable/) ou "
            "l'[importer dans vos scripts Python](https://geoplateforme.github.io/sdk-entrepot/comme-module/).\n\n## Développement\n\n"
            "Si vous souhaitez participer au développement du projet, consultez le [document détaillant comment procéder]"
            "(https://geoplateforme.github.io/sdk-entrepot/development/).\n")
    secs = _secs(tmp_path / "sdk", text)
    assert secs["usage"][0] == 11 and secs["contributing"][0] == 15, secs
    # the project's history under the same heading: no contributing, no installation
    history = ("# Outil\n\nUn outil du département.\n\n## Développement\n\nCette application a été développée dans le cadre du plan de "
               "relance par le service numérique du département.\n")
    assert not {"contributing", "install"} & set(_secs(tmp_path / "history", history))
