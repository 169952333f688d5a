"""README sections missed under other wording, judged by the chapter's text (issue 12, session 29 fixer a29 = readers r5a, r5b):

1. A chapter saying how a change reaches the code by a pull request — one the reader opens ("## Modification des aides": "vous
   pouvez … ouvrir une pull request avec les modifications nécessaires", "### Proposer une amélioration du contenu": "proposer une
   `pull-request`") or one every change must go through ("## Pratique de l'équipe": "Les modifications apportées au code doivent
   passer par des PR") — gave no contributing; a chapter named so later outranks it as the evidence; a deployment chapter that opens
   a pull request, and a chapter where the app opens them, stay no contributing.
2. "## Assistance" ending a long paragraph with "please ask for access by email to crocus at meteo dot fr" gave no contact: an
   address spelled in words ("at", "dot") is an address, and in a long paragraph the sentence that gives it is judged; "hosted at
   github.com" and "at the dot com era" are no address, and a long paragraph naming no address stays no contact.
3. "### Variable d'environnement" (singular) over "Celles utilisées sont :" and `SIRIUS_ENV; SIRIUS_MONGODB_URI; …` gave no
   configuration: a chapter whose heading or first paragraph speaks of environment variables and that names three or more is the
   configuration; variables named in passing further down a chapter on migrations are not.
4. "## Execute the toolbox" whose sub-chapters run the repository's scripts (`python $TOOLBOX/sisimp/proc_sisimp.py rdf/param.rdf`)
   gave no usage: a chapter running two or more of the project's own scripts with arguments is its use; a first-level chapter
   that holds the whole README ("# Sargasses" over "## Installation", "## Training") is not.
5. "## Configuration des librairies et du code" over the platform by versions (Ubuntu 24.04, Python 3.10.12, a table of OTB, GDAL,
   PostgreSQL versions) gave configuration: that is the prerequisites, the installation; a configuration chapter that also names a
   settings file or a variable stays configuration."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

INTRO = "# Aides\n\nModèle de calcul des aides à l'achat d'un vélo en France, publié comme paquet npm.\n\n"


def _secs(tmp_path, text: str, files: dict | None = None) -> dict:
    make_repo(tmp_path, [{"files": {"README.md": text, "index.js": "module.exports = {}\n", **(files or {})}}])
    return {d["name"]: (d["line"], d["text"]) for d in ctx_for(tmp_path).fact("readme")["section_details"]}


def test_a_chapter_on_changes_by_pull_request_is_contributing(tmp_path):
    opened = INTRO + ("## Installation\n\n```sh\nnpm install @org/aides\n```\n\n## Modification des aides\n\n"
                      "Si vous avez repéré une erreur ou souhaitez ajouter une aide, vous pouvez simplement ouvrir une issue ou si vous le "
                      "souhaitez, ouvrir une _pull request_ avec les modifications nécessaires.\n\nToutes les aides sont définies dans le "
                      "fichier `src/aides.yaml`.\n")
    assert _secs(tmp_path / "opened", opened)["contributing"] == (11, "Modification des aides")
    proposed = INTRO + ("## Développement\n\n### Proposer une amélioration du contenu\n\nAller dans le dossier `contenus/` : vous pouvez "
                        "éditer les fichiers disponibles et proposer une `pull-request` à partir de ces suggestions.\n\n"
                        "### Générer le site\n\n```\nmake install\nmake build\n```\n")
    assert _secs(tmp_path / "proposed", proposed)["contributing"] == (7, "Proposer une amélioration du contenu")
    rules = INTRO + ("## Pratique de l'équipe\n\nLes modifications apportées au code doivent passer par des PR qui seront validées avant "
                     "de pouvoir être versées dans la branche principale.\n\nLorsque la PR est validée, l'auteur de la PR fait le merge.\n")
    assert _secs(tmp_path / "rules", rules)["contributing"][0] == 5


def test_a_chapter_named_contributing_outranks_a_pull_request_in_another(tmp_path):
    text = INTRO + ("### Modification des contenus\n\n1. Identifiez le fichier JSON dans `src/content/`\n2. Modifiez le texte\n"
                    "3. Créez une Pull Request avec vos modifications\n\n## Contribution\n\n1. Créez une branche pour votre fonctionnalité\n"
                    "2. Lancez les tests\n")
    assert _secs(tmp_path / "named", text)["contributing"] == (11, "Contribution")


def test_pull_requests_of_a_deployment_or_of_the_app_are_no_contributing(tmp_path):
    deploy = INTRO + ("## Mise en production\n\nPour livrer une modification, ouvrez une pull request de `main` vers `production` : "
                      "la fusion déclenche le déploiement.\n")
    assert "contributing" not in _secs(tmp_path / "deploy", deploy)
    app = INTRO + ("## Synchronisation\n\nChaque nuit, l'application crée une pull request avec les modifications des aides trouvées "
                   "sur les sites des collectivités.\n")
    assert "contributing" not in _secs(tmp_path / "app", app)
    mention = INTRO + "## Tests\n\nLes tests sont lancés à chaque pull request par la CI ; corrigez les erreurs signalées.\n"
    assert "contributing" not in _secs(tmp_path / "mention", mention)


def test_an_address_spelled_in_words_in_a_long_paragraph_is_the_contact(tmp_path):
    text = INTRO + ("## Assistance\n\nFor users which meet technical difficulties during the installation or the execution of the codes, we "
                    "only provide support through the dedicated interface on the tickets repository.\n\nNote that the access to tickets is "
                    "limited to known users of the model or of its tools. If you do not already have an access, please ask for access by "
                    "email to crocus at meteo dot fr.\n")
    assert _secs(tmp_path / "spelled", text)["contact"][0] == 9
    bracketed = INTRO + "## Équipe projet\n\nPour toute question, écrivez à jean.dupont (at) cerema (dot) fr.\n"
    assert "contact" in _secs(tmp_path / "bracketed", bracketed)
    hosted = INTRO + ("## Documentation\n\nThe documentation is hosted at github.com and was written at the dot com era by the first "
                      "team of the project, which answered every question sent by the users of the model and of its tools at that time.\n")
    assert "contact" not in _secs(tmp_path / "hosted", hosted)


def test_spelled_addresses_and_look_alikes():
    from auditor.facts.readme_contact import address

    assert address("write to crocus at meteo dot fr.").group(0) == "crocus at meteo dot fr"
    assert address("nom (at) cerema (dot) gouv (dot) fr").group(0) == "nom (at) cerema (dot) gouv (dot) fr"
    assert address("hosted at github.com") is None and address("look at the dot com era") is None
    assert address("data at 10 dot points") is None and address("write to x at example dot com") is None


def test_a_chapter_listing_environment_variables_is_the_configuration(tmp_path):
    text = INTRO + ("## Développement\n\n### Démarrage\n\n```sh\nmake install\nmake start\n```\n\n### Variable d'environnement\n\n"
                    "Les variable d'environnement sont activé par défaut dans le fichier `server/src/config.js`. Celles utilisées sont :\n\n"
                    "```js\nSIRIUS_ENV;\nSIRIUS_MONGODB_URI;\nAUTH_JWT_SECRET;\nAUTH_COOKIE_SECRET;\n```\n")
    assert _secs(tmp_path / "listed", text)["configuration"] == (14, "Variable d'environnement")
    passing = INTRO + ("## Schema changes\n\nApply pending migrations:\n\n```shell\nALEMBIC_ENV=prod alembic upgrade head\n```\n\n"
                       "`demo` env will use `DATABASE_URL` env var, `prod` env will use `DATABASE_URL_PROD` env var.\n")
    assert "configuration" not in _secs(tmp_path / "passing", passing)


RUN = ("## Execute the toolbox\n\nAfter activating your Python environment, set your PYTHONPATH.\n\n### Simulation\n\n```bash\n"
       "% python $TOOLBOX/sisimp/proc_sisimp.py rdf/parameter_sisimp.rdf\n```\n\n### River processing\n\n```bash\n"
       "% python $TOOLBOX/scripts/l2pixc_to_rivertile.py output/simu output/river rdf/parameter_river.rdf\n```\n")
SCRIPTS = {"sisimp/proc_sisimp.py": "print('simu')\n", "scripts/l2pixc_to_rivertile.py": "print('river')\n"}


def test_a_chapter_running_the_projects_scripts_is_the_usage(tmp_path):
    assert _secs(tmp_path / "run", INTRO + RUN, SCRIPTS)["usage"] == (5, "Execute the toolbox")
    assert "usage" not in _secs(tmp_path / "absent", INTRO + RUN)  # (scripts that are not in the repository: another tool's)
    whole = ("This project is an educational example of an image detection task.\n\n# Sargasses\n\nThe goal is to detect shoals on "
             "satellite images.\n\n## Installation\n\n```bash\npip install -r requirements.txt\n```\n\n## Training\n\n```bash\n"
             "python sisimp/proc_sisimp.py --epochs 3\n```\n\n## Inference\n\n```bash\npython scripts/l2pixc_to_rivertile.py data\n```\n")
    assert _secs(tmp_path / "whole", whole, SCRIPTS).get("usage", (0,))[0] != 3


PLATFORM = ("Nous garantissons un bon fonctionnement de l'application sous la configuration Ubuntu 24. 04. 2 LTS.\n\n### Librairies python\n\n"
            "Version Python 3. 10. 12\n\n### Logiciels annexes\n\n| Logiciel | Version |\n| :-- | :-- |\n| OTB | 8. 1. 2 |\n"
            "| GDAL | 3. 9. 0 |\n| PostgreSQL | 17. 0 |\n")


def test_a_configuration_chapter_of_platform_versions_is_the_installation(tmp_path):
    secs = _secs(tmp_path / "platform", INTRO + "## Configuration des librairies et du code\n\n" + PLATFORM)
    assert secs["install"] == (5, "Configuration des librairies et du code") and "configuration" not in secs, secs
    settings = INTRO + "## Configuration\n\n" + PLATFORM + "\nCopier `config.example.json` en `config.json` et renseigner `DB_HOST`.\n"
    assert _secs(tmp_path / "settings", settings)["configuration"][0] == 5
