"""Licence, files and README facts on State documentation sites, courses and web apps (issue 12, s36 p36, reader r18b at fin57).

The files are written for these tests, in the shape of the real repositories named above each group."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit

LICENSE_FILE = "licensing.license-file"


def _audit(tmp_path, commits: list[dict], checks: list[str]) -> dict:
    return run_audit(make_repo(tmp_path / "r", commits), tmp_path / "c", checks)


# - betagouv/doc.incubateur.net-communaute: a GitBook guide stating no licence (no licence file, no root manifest, README silent) that
#   mirrors another repository, betagouv/standards, in les-standards/ by git subtree ("Squashed 'les-standards/' content from commit
#   …" with its git-subtree-dir trailer, merged by "Merge commit '…' as 'les-standards'"). That folder's package.json (a markdownlint
#   devDependency, "license": "ISC") and Ruby scripts — the only code — made ISC the project's declared licence. A folder git subtree
#   brought in is the other repository's: its manifest is a component's, the project's licence stays unknown. A folder of the
#   project's own, even one it publishes elsewhere with ``git subtree split``, keeps declaring it.
GUIDE = {"README.md": "---\ndescription: Les règles de la communauté.\n---\n\n# Bienvenue sur le guide\n\nLes pages du guide.\n",
         ".gitbook.yaml": "root: ./\nstructure:\n  readme: README.md\n  summary: SUMMARY.md\n",
         "SUMMARY.md": "# Table of contents\n\n* [Bienvenue](README.md)\n* [Les standards](les-standards/README.md)\n",
         "rejoindre/arrivee.md": "# Arrivée\n\nTes premiers jours dans la communauté.\n",
         "rejoindre/outils.md": "# Outils\n\nLa messagerie et l'espace membre.\n"}
STANDARDS = {"les-standards/package.json": ('{\n  "name": "standards",\n  "version": "1.0.0",\n  "scripts": {"lint": "markdownlint **/*.md"},\n'
                                            '  "license": "ISC",\n  "devDependencies": {"markdownlint-cli": "^0.44.0"}\n}\n'),
             "les-standards/README.md": "# Les standards des produits\n\nCe repo contient la liste des standards.\n",
             "les-standards/.scripts/parser.rb": "class Parser\n  def parse(text)\n    text.split(\"\\n\")\n  end\nend\n",
             "les-standards/.scripts/summary.rb": "require_relative 'parser'\nputs Parser.new.parse(File.read('README.md')).size\n",
             "les-standards/accessibilite/audit.md": "# L'équipe recette l'accessibilité\n\nUn audit par an.\n"}
SUBTREE_SIDE = ("Squashed 'les-standards/' content from commit 0ac9546f\n\ngit-subtree-dir: les-standards\n"
                "git-subtree-split: 0ac9546f85f7ec43e09aff6b69be03bd380a4c7b")


def _guide(merge: dict) -> list[dict]:
    return [{"files": GUIDE, "date": "2025-03-02T10:00:00Z", "message": "GITBOOK-1: first pages"},
            {**merge, "date": "2025-04-02T10:00:00Z"},
            {"files": {"rejoindre/outils.md": "# Outils\n\nLa messagerie, l'espace membre et le forum.\n"}, "date": "2025-05-02T10:00:00Z",
             "message": "GITBOOK-2: No subject"}]


def test_a_folder_git_subtree_merged_in_declares_no_licence_of_the_project(tmp_path):
    merge = {"merge": True, "side_files": STANDARDS, "side_message": SUBTREE_SIDE,
             "message": "Merge commit '339cee5dafbb312b535142c389bc9b86e84f534a' as 'les-standards'"}
    lic = _audit(tmp_path, _guide(merge), [LICENSE_FILE])["facts"]["license"]
    assert lic["spdx"] is None and lic["status"] == "none", (lic["spdx"], lic["status"], lic["sources"])
    assert {"file": "les-standards/package.json", "value": "ISC", "line": 5} in lic.get("components", []), lic.get("components")


def test_a_subtree_added_whole_is_known_by_its_subject(tmp_path):
    merge = {"merge": True, "side_files": STANDARDS, "side_message": "standards: first list",
             "message": "Add 'les-standards/' from commit 'a5747d55b4003b6e7ceeb4bb9f66de62a0451fe4'"}
    lic = _audit(tmp_path, _guide(merge), [LICENSE_FILE])["facts"]["license"]
    assert lic["spdx"] is None and lic["status"] == "none", (lic["spdx"], lic["status"], lic["sources"])


def test_a_folder_of_the_project_keeps_declaring_its_licence(tmp_path):
    # the same folder written in the project's history: its manifest holds the project's code and declares its licence
    lic = _audit(tmp_path / "own", _guide({"files": STANDARDS, "message": "Ajout des standards"}), [LICENSE_FILE])["facts"]["license"]
    assert lic["spdx"] == "ISC" and lic["status"] == "declared-only", (lic["spdx"], lic["status"])
    # and a folder the project publishes as a repository of its own (git subtree split --rejoin) stays the project's
    split = {"files": STANDARDS, "message": "Split 'les-standards/' into commit '9f6c65e9b2c72404402d39eb23c491a8f9e59394'\n\n"
                                            "git-subtree-dir: les-standards\ngit-subtree-split: 9f6c65e9b2c72404402d39eb23c491a8f9e59394"}
    lic = _audit(tmp_path / "split", _guide(split), [LICENSE_FILE])["facts"]["license"]
    assert lic["spdx"] == "ISC" and lic["status"] == "declared-only", (lic["spdx"], lic["status"])


# - same: files.contributing was null, though the README links its guide in a GitBook card under "### Tu as repéré une erreur dans ce
#   guide ? Tu as des idées de documentation ?" (no contribute word in the heading, the body only the {% content-ref %} block):
#   les-outils-de-la-communaute/documentation/comment-contribuer-a-cette-documentation.md, "# Contribuer à la documentation". A
#   document the README links to, whose own name or title says it is the contributing guide, is the guide wherever the link sits;
#   a "contribuer" page of another site is no file of the repository, and a list of contributors is no guide.
GUIDE_PAGE = "les-outils-de-la-communaute/documentation/comment-contribuer-a-cette-documentation.md"
CARD_README = ("# Bienvenue sur le guide\n\nLes pages du guide.\n\n### Tu as repéré une erreur dans ce guide ?\n\n"
               "{% content-ref url=\"" + GUIDE_PAGE + "\" %}\n[comment-contribuer-a-cette-documentation.md](" + GUIDE_PAGE + ")\n"
               "{% endcontent-ref %}\n")
HOW_TO = ("---\ndescription: Cette page t'explique comment contribuer à la documentation.\n---\n\n# Contribuer à la documentation\n\n"
          "## Comment devenir contributeur ?\n\nChaque membre peut modifier le guide depuis le dépôt GitHub ou l'espace GitBook.\n")


def _contributing(tmp_path, files: dict):
    return _audit(tmp_path, [{"files": {**GUIDE, **files}, "date": "2025-03-02T10:00:00Z", "message": "GITBOOK-1"}],
                  ["documentation.community-files"])["facts"]["files"]["contributing"]


def test_a_linked_document_named_as_the_guide_is_the_contributing_guide(tmp_path):
    assert _contributing(tmp_path, {"README.md": CARD_README, GUIDE_PAGE: HOW_TO}) == GUIDE_PAGE
    # by its title alone too: "# Contribuer à la documentation" in a page named otherwise
    page = "les-outils-de-la-communaute/documentation/participer.md"
    readme = CARD_README.replace(GUIDE_PAGE, page)
    assert _contributing(tmp_path / "title", {"README.md": readme, page: HOW_TO}) == page


def test_an_external_page_or_a_list_of_contributors_is_no_guide(tmp_path):
    external = CARD_README.replace(GUIDE_PAGE, "https://standards.example.org/comment-contribuer")
    assert _contributing(tmp_path, {"README.md": external, GUIDE_PAGE: HOW_TO}) is None
    page = "les-outils-de-la-communaute/documentation/contributeurs.md"
    listed = CARD_README.replace(GUIDE_PAGE, page)
    assert _contributing(tmp_path / "list", {"README.md": listed, page: "# Les contributeurs\n\n- Marie\n- Paul\n"}) is None


# - same: readme.description was GitBook's tip box on the search field ('{% hint style="info" %} Gagne du temps en utilisant le moteur de
#   recherche … {% endhint %}'); the README's front matter says what the guide is ("description: >- Tu découvriras ici l'ensemble des
#   règles, principes et bonnes pratiques qui organisent la communauté …"), and the parser blanked it. A front matter's description is
#   the README's description (its line); a GitBook block (tip, page card) is never one. A front matter without a description, or with a
#   site generator's starter text, leaves the description to the README's text, past the tip box.
GITBOOK_README = ("---\ndescription: >-\n  Tu découvriras ici l'ensemble des règles, principes et bonnes pratiques qui\n"
                  "  organisent la communauté beta.gouv.fr et les ressources pour t'y retrouver !\n---\n\n"
                  "# 👋 Bienvenue sur le guide de la communauté\n\n{% hint style=\"info\" %}\n**Gagne du temps** en utilisant le moteur de "
                  "recherche en haut à droite de l'écran **\"Rechercher\".**\n{% endhint %}\n\n## Tu viens d'arriver ?\n\n"
                  "{% content-ref url=\"rejoindre/arrivee.md\" %}\n[arrivee.md](rejoindre/arrivee.md)\n{% endcontent-ref %}\n")


def _readme(tmp_path, readme: str) -> dict:
    return _audit(tmp_path, [{"files": {**GUIDE, "README.md": readme}, "date": "2025-03-02T10:00:00Z", "message": "GITBOOK-1"}],
                  ["documentation.readme-sections"])["facts"]["readme"]


def test_a_front_matter_description_is_the_readme_description(tmp_path):
    readme = _readme(tmp_path, GITBOOK_README)
    assert readme["description"] == {"text": "Tu découvriras ici l'ensemble des règles, principes et bonnes pratiques qui organisent la "
                                             "communauté beta.gouv.fr et les ressources pour t'y retrouver !", "line": 2, "first": True}, readme["description"]
    purpose = next(d for d in readme["section_details"] if d["name"] == "purpose")
    assert purpose["line"] == 2, purpose


def test_without_a_front_matter_description_a_tip_box_is_still_no_description(tmp_path):
    for k, front in enumerate(("---\nlayout: home\ntitle: Guide\n---\n",
                               "---\ndescription: Write an awesome description for your new site here. You can edit this line in _config.yml.\n---\n")):
        text = GITBOOK_README.split("---\n\n", 1)[1].replace("## Tu viens", "Ce guide rassemble les règles et les bonnes pratiques de la "
                                                                             "communauté beta.gouv.fr.\n\n## Tu viens")
        readme = _readme(tmp_path / str(k), front + "\n" + text)
        assert readme["description"]["text"].startswith("Ce guide rassemble les règles"), readme["description"]


# - InseeFrLab/formation-python-initiation: readme.description was "Le site web associé à la formation est déployé à cette adresse
#   (version anglaise)." — the address in a link on "cette adresse", a pointer to the published site; the description is the first
#   line of the next chapter, "Ce projet contient les supports de cours de l'auto-formation …", under "## Déploiement à partir du SSP
#   Cloud". A line saying only where something is deployed, its address in a link on the pointing words, is no description; the project
#   saying what it holds, opening another chapter's text, is the description (first when no chapter's text came before). And that
#   chapter tells learners how to open the chapters as their own Jupyter notebook in one click: the course's use, not a deployment.
#   The site the repository builds, named, stays a description; a chapter hosting a service stays deployment.
SITE = "https://example-lab.github.io/formation-python/"
COURSE = ("# Formation - Initiation à Python\n\n*Auteur : Marie Durand*\n\n*Contributeurs : Paul Martin, Anne Petit*\n\n## Site associé\n\n"
          f"Le site web associé à la formation est déployé à [cette adresse]({SITE}) ([version anglaise]({SITE}en)).\n\n"
          "## Déploiement à partir du datalab\n\nCe projet contient les supports de cours de l'auto-formation d'initiation à Python proposée "
          "sur le [datalab](https://datalab.example.fr/home). A partir de la [page de la formation](https://datalab.example.fr/formation), "
          "les différents chapitres peuvent être déployés en un clic sous la forme d'un Notebook Jupyter.\n\n## Génération des notebooks\n\n"
          "Les notebooks peuvent être générés en suivant les étapes suivantes :\n- [installer Quarto](https://quarto.org/docs/get-started/)\n"
          "- installer les packages nécessaires :\n\n```bash\npip install -r requirements.txt\n```\n\n- générer les notebooks :\n\n"
          "```bash\nquarto render --profile notebooks\n```\n")
COURSE_FILES = {"requirements.txt": "pandas\nmatplotlib\n", "_quarto.yml": "project:\n  type: website\n",
                "source/fundamentals/types/tutorial.qmd": "---\ntitle: Types\n---\n\n```{python}\nx = 1\n```\n"}


def _course(tmp_path, readme: str) -> dict:
    return _audit(tmp_path, [{"files": {**COURSE_FILES, "README.md": readme}, "date": "2025-03-02T10:00:00Z", "message": "init"}],
                  ["documentation.readme-sections"])["facts"]["readme"]


def test_a_deployed_at_this_address_line_is_no_description_and_the_holdings_line_is(tmp_path):
    readme = _course(tmp_path, COURSE)
    d = readme["description"]
    assert d["line"] == 13 and d["text"].startswith("Ce projet contient les supports de cours") and d["first"], d
    assert next(s for s in readme["section_details"] if s["name"] == "purpose")["line"] == 13, readme["section_details"]


def test_opening_the_chapters_as_ones_notebook_is_the_use(tmp_path):
    readme = _course(tmp_path, COURSE)
    assert "usage" in readme["sections"] and "deployment" not in readme["sections"], readme["section_details"]


def test_the_site_named_or_a_hosted_service_keep_their_verdicts(tmp_path):
    from auditor.facts.readme_line_kinds import availability_line

    links = [(SITE, "cette adresse")]
    assert availability_line("Le site web associé à la formation est déployé à cette adresse.", ("Formation - Initiation à Python",), links)
    # (the site the repository builds, named: what it is; the pointing words not a link: no pointer)
    assert not availability_line("Le site de la Formation Python est déployé à cette adresse.", ("Formation Python",), links)
    assert not availability_line("Le site web associé à la formation est déployé à cette adresse.", ("Formation - Initiation à Python",), [(SITE, "site")])
    hosted = COURSE.replace("les différents chapitres peuvent être déployés en un clic sous la forme d'un Notebook Jupyter",
                            "le JupyterHub de la formation est déployé sur le serveur du datalab avec Helm pour lancer les notebooks")
    readme = _course(tmp_path / "hub", hosted)
    assert "deployment" in readme["sections"], readme["section_details"]
    # the project's holdings after an installation chapter's steps: its description, not placed first
    late = COURSE.replace("## Site associé\n\n", "## Installation\n\nInstaller Python 3.11 puis les paquets du fichier requirements.txt.\n\n")
    d = _course(tmp_path / "late", late)["description"]
    assert d["line"] == 15 and not d["first"], d


# - anct-cnum/portail-usager: files.env_template was null, though the README's "Environnement local (recommandé)" says "Créer le fichier
#   `environment.local.ts` dans le dossier `/src/environments/`", "Copier le contenu du fichier `environment.ts` vers
#   `environment.local.ts`", "Modifier le fichier `environment.local.ts` pour obtenir la configuration souhaitée": an Angular application's
#   git-ignored local settings, made from src/environments/environment.ts. A committed settings module the README copies to a local
#   variant of its name that the repository does not hold is the settings template; the same environment.ts no line copies is the
#   build's settings (nothing), and a copy to a file the repository holds makes no template either.
ANGULAR = {"package.json": '{"name": "portail-usager", "license": "MIT", "scripts": {"start": "ng serve", "start:local": "ng serve -c local"},'
                           ' "dependencies": {"@angular/core": "^13.0.0"}}\n',
           "angular.json": '{"projects": {"portail-usager": {"architect": {"build": {"configurations": {"local": {"fileReplacements": []}}}}}}}\n',
           ".gitignore": "node_modules\nsrc/environments/environment.local.ts\n",
           "src/environments/environment.ts": ("import { Api, EnvironmentModel } from './models/environment.model';\n\nexport const ENVIRONMENT: EnvironmentModel = {\n"
                                               "  apisConfiguration: {\n    [Api.Adresse]: { domain: 'https://api-adresse.example.fr' }\n  },\n  production: false\n};\n"),
           "src/environments/environment.production.ts": "export const ENVIRONMENT = { production: true };\n",
           "src/environments/models/environment.model.ts": "export enum Api { Adresse = 'adresse' }\nexport interface EnvironmentModel { production: boolean }\n",
           "src/main.ts": "import { ENVIRONMENT } from './environments/environment';\nconsole.log(ENVIRONMENT.production);\n",
           "src/app/app.component.ts": "export class AppComponent { title = 'carte'; }\n"}
LOCAL_ENV = ("# Portail Usager\n\n## À propos\n\nCartographie des permanences numériques.\n\n## Utilisation\n\n#### Environnement local (recommandé)\n\n"
             "- Créer le fichier `environment.local.ts` dans le dossier `/src/environments/`\n"
             "- Copier le contenu du fichier `environment.ts` vers `environment.local.ts`\n"
             "- Modifier le fichier `environment.local.ts` pour obtenir la configuration souhaitée\n"
             "- Exécuter `yarn start:local`, puis naviguer vers `http://localhost:4200/`\n")
CONFIGURATION = "reusability.configuration"


def _env_template(tmp_path, readme: str, extra: dict | None = None):
    files = {**ANGULAR, "README.md": readme, **(extra or {})}
    return _audit(tmp_path, [{"files": files, "date": "2025-03-02T10:00:00Z", "message": "init"}], [CONFIGURATION])["facts"]["files"]["env_template"]


def test_a_settings_module_the_readme_copies_to_its_local_variant_is_the_template(tmp_path):
    assert _env_template(tmp_path, LOCAL_ENV) == "src/environments/environment.ts"


def test_an_environment_module_never_copied_or_copied_to_a_committed_file_is_no_template(tmp_path):
    plain = LOCAL_ENV.split("#### Environnement local")[0] + "Exécuter `yarn start`, puis naviguer vers `http://localhost:4200/`.\n"
    assert _env_template(tmp_path, plain) is None
    committed = {"src/environments/environment.local.ts": "export const ENVIRONMENT = { production: false };\n", ".gitignore": "node_modules\n"}
    assert _env_template(tmp_path / "committed", LOCAL_ENV, committed) is None
