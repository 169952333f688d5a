"""README sections on State repositories (issue 12, session 18, k1: reader c3's wrong README facts), each shaped like the real case:
- "##### api.py" then "Contains the main entry point of the package" presents a source file: no usage (the later "How to use" is);
- "The purpose of this project is two folds:" over a list is the purpose;
- "## Best Practices & guidelines" over "Contributors must follow …" and "before submitting a merge request" is contributing;
- "### Run with docker without compose" over "Example to develop inside a container: docker run …" is a set-up, no usage;
  "### Lancer en mode production" is the deployment, no usage; a setting described with "utilisation" in a settings chapter no usage;
- "Pour pouvoir utiliser l'application …, il est nécessaire d'importer des données" states a prerequisite, no usage;
- "## Developement" over a release procedure and a distribution record is no installation;
- "## … des pull requests Github" over "l'app génère des pull requests" is a feature of the app, no contributing chapter;
- "### METTRE EN PROD" over the release and deploy steps is the deployment (outside c3's count)."""

from __future__ import annotations

from tests.test_readme_state_s12 import readme_fact


def _lines(fact: dict) -> dict:
    return {d["name"]: d["line"] for d in fact["section_details"]}


PACKAGE = ("# TEXTE FACILE : text cleaning module\n\nThe purpose of this project is two folds:\n1. To share the cleaning routines of text projects\n"
           "2. To offer pipelines that chain them\n\n## Main scripts\n\n##### api.py\n\nContains the main entry point of the package controlling how "
           "one could create an end to end cleaning pipeline.\n\n## Getting started\n\n- Set up the module: `pip install -e texte_facile`\n\n"
           "### How to use this module\n\n```python\nfrom texte_facile import api\ncleaner = api.get_cleaner(pipeline=['to_lower'])\n```\n\n"
           "## Best Practices & guidelines\n\nContributors must try their best to follow these guidelines:\n1. PEP 8\n\n"
           "Unit tests are included in `tests`:\n- Please run them before trying to submit a merge request\n- New features must come with their tests\n")


def test_a_source_files_heading_is_no_usage_and_the_aims_listed_are_the_purpose(tmp_path):
    lines = _lines(readme_fact(tmp_path, PACKAGE))
    assert lines.get("usage") == 17 and lines.get("purpose") == 3 and lines.get("contributing") == 24, lines
    # counterpart: practices for the code alone, no contributor nor request named, stay no contributing chapter
    plain = PACKAGE.split("## Best Practices")[0] + "## Best Practices\n\nKeep the functions short and typed.\n"
    assert "contributing" not in _lines(readme_fact(tmp_path / "plain", plain))


WEBAPP = ("# Espace équipe\n\nL'espace des membres de l'équipe.\n\n## Dev de l'app\n\n### Variables d'environnement\n\n"
          "- `MAIL_IGNORE_TLS` - Si la variable `MAIL_SERVICE` est absente, cette variable sera utilisée pour l'utilisation de TLS avec "
          "[Nodemailer](https://nodemailer.com/smtp/).\n\n### Lancer en mode développement\n\n```\nnpm install\nnpm run dev\n```\n\n"
          "### Lancer avec docker-compose\n\n- Lancer le service : `docker-compose up` - disponible sur http://localhost:8100\n\n"
          "### Lancer avec docker sans docker-compose\n\n- Exemple pour développer dans un container :\n"
          "  - `docker run --rm --env-file ../.env.dev -v $(pwd):/app -ti -p 8100 node /bin/bash`\n\n"
          "### Lancer en mode production\n\n```\nnpm run start\n```\n\n"
          "## Explication du fonctionnement des pull requests Github\n\nEn prod, l'app génère des pull requests sur le repository `equipe/site`.\n"
          "Pour cela une branche est créée sur un fork du repository et une pull request est effectuée depuis ce fork.\n\n"
          "## Import de données initiales\n\nPour pouvoir utiliser l'application et le backoffice avec des données proches de données réelles, "
          "il est nécessaire d'importer des données. Pour cela, vous pouvez importer les fixtures présentes dans le projet :\n\n"
          "```\npython manage.py loaddata\n```\n")


def test_set_up_runs_a_prerequisite_and_the_apps_own_pull_requests_are_no_usage_nor_contributing(tmp_path):
    lines = _lines(readme_fact(tmp_path, WEBAPP))
    assert "usage" not in lines and "contributing" not in lines, lines
    assert lines.get("deployment") == 27 and lines.get("install") == 11, lines
    # counterpart: a chapter on the team's pull requests is the contributing chapter
    team = WEBAPP.replace("En prod, l'app génère des pull requests", "Ouvrez vos pull requests")
    assert _lines(readme_fact(tmp_path / "team", team)).get("contributing") == 33


RELEASED = ("# Bascule des identifiants\n\n## Developement\n\n### Distribution history\n\nFor each release, [the components' distribution history]"
            "(https://example.org/components/blob/main/DISTRIBUTION.md) file will need to be updated with the new version.\n\n"
            "### Release procedure\n\nWhenever a version is ready for release, run:\n\n```bash\nmvn release:prepare\ngit push origin <new_version_tag>\n```\n")


def test_a_development_chapter_of_releases_is_no_installation(tmp_path):
    lines = _lines(readme_fact(tmp_path, RELEASED))
    assert "install" not in lines and lines.get("deployment") == 9, lines
    # counterpart: the same chapter with the commands to build and run a copy is the installation
    built = RELEASED.replace("### Distribution history", "### Build\n\n```bash\nmvn clean install\n```\n\n### Distribution history")
    assert _lines(readme_fact(tmp_path / "built", built)).get("install") == 3


def test_mettre_en_prod_is_the_deployment(tmp_path):
    readme = ("# Connect\n\n## Pré-requis\n\nNode 20.\n\n### Lancer les tests\n\n- `yarn test`\n\n### METTRE EN PROD\n\nDepuis `develop` :\n\n"
              "1. Faire une nouvelle release `yarn release`\n2. `git push --tags`\n3. `git merge develop` sur `main`\n")
    assert _lines(readme_fact(tmp_path, readme)).get("deployment") == 11
