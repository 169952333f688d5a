"""README shapes read wrong on local-authority and State repositories (issue 12, session 15, k3), each with a counterpart:
- "Avec Bower : `bower install le-theme`" (a short label, then the package manager's command, in one paragraph) is the install,
  and its command no English prose;
- "**QGIS Minimum Version : 3.0**" (a version requirement) and "(formerly known as: X)" (an aside) are no description;
- "Pour lancer les calculs, il suffit de remplir …" after a first sentence is the usage;
- "### Avec IntelliJ Community" (a tool's edition) is no contact; "## Présentation du CI" (the team's process) is no purpose;
- "## How to perform the annotation", "## How to run the project" are the usage; "## Contributing Lab IA Members" (names) no contributing;
- an example address in a command ("--email david@example.net") is no contact;
- "#### Développement"/"#### Production" under "### Modes de fonctionnement" are modes, not the install or the deployment;
- "**Utilisation d'asdf**" in the installation (a version manager of the developer's machine) is no usage;
- a late "## Contexte" (who launched the project) is not the purpose when an opening sentence before it says what the project does."""

from __future__ import annotations

from auditor.facts.readme import analyse
from tests.test_readme_state_s12 import readme_fact


def _sections(tmp_path, text: str) -> dict:
    fact = readme_fact(tmp_path, text)
    return {d["name"]: (d["via"], d["line"]) for d in fact["section_details"]}


BOWER = ("# Thème des applications\n\n## Description\n\nLe thème graphique commun des applications du service départemental.\n\n"
         "## Documentation\n\nAvec Bower :\n`\nbower install theme-applis\n`\n\nLier ensuite la feuille de style css/main.css dans les pages.\n")


def test_a_labelled_package_install_command_is_the_install(tmp_path):
    assert _sections(tmp_path, BOWER)["install"] == ("sentence", 9)
    short = BOWER.replace("Le thème graphique commun des applications du service départemental.", "L'UI commune des applications du SDIS.")
    assert analyse(short, "README.md")["language"] == "fr"  # (the command's words are no English prose)
    npm = BOWER.replace("Avec Bower :\n`\nbower install theme-applis\n`", "With npm: `npm install theme-applis`")
    assert _sections(tmp_path / "npm", npm)["install"] == ("sentence", 9)
    # counterparts: a label over a command that installs nothing, and a sentence naming the tool without a command
    assert "install" not in _sections(tmp_path / "ls", BOWER.replace("bower install theme-applis", "bower list"))
    assert "install" not in _sections(tmp_path / "prose", BOWER.replace("Avec Bower :\n`\nbower install theme-applis\n`", "Paquet : publié sur Bower."))


PLUGIN = ("# PLUGIN OCCSOL - Génération d'une base d'occupation du sol\n\n***\n**QGIS Minimum Version : 3.0**\n\n**PostGIS Minimum Version : 2.4**\n\n***\n"
          "## Prérequis\n\n- Importer les couches dans une base de données PostGIS\n\n## Génération de la base\n\n"
          "La génération croise les données du territoire pour produire une couche unique.\n\n"
          "Les étapes peuvent être lancées une à une ou en une fois.\nPour lancer les calculs, il suffit de remplir les tables de la base.\n")


def test_a_version_requirement_is_no_description_and_a_run_sentence_is_usage(tmp_path):
    fact = readme_fact(tmp_path, PLUGIN)
    assert "Minimum Version" not in (fact["description"] or {}).get("text", "")
    sections = {d["name"]: (d["via"], d["line"]) for d in fact["section_details"]}
    assert sections["purpose"] == ("sentence", 1) and sections["usage"] == ("sentence", 17)
    # counterparts: a sentence that is a description stays one; a run sentence of the tests is no usage
    described = PLUGIN.replace("**QGIS Minimum Version : 3.0**", "Ce plugin QGIS produit la base d'occupation du sol d'une intercommunalité.")
    assert readme_fact(tmp_path / "d", described)["description"]["line"] == 4
    tests = PLUGIN.replace("Pour lancer les calculs, il suffit de remplir les tables de la base.", "Pour lancer les tests, il suffit de taper make test.")
    assert "usage" not in _sections(tmp_path / "t", tests)


ASIDE = "# Jardin des humeurs\n\n(formerly known as: Mon Humeur)\n\nHelping patients follow their mood and share it with their doctor.\n"


def test_an_aside_in_parentheses_is_no_description(tmp_path):
    assert readme_fact(tmp_path, ASIDE)["description"]["line"] == 5
    # counterpart: a paragraph that only starts with a parenthesis is read
    opened = ASIDE.replace("(formerly known as: Mon Humeur)\n\n", "(Beta) Helping patients follow their mood and share it with their doctor.\n\n")
    assert readme_fact(tmp_path / "o", opened)["description"]["line"] == 3


SOCLE = ("# Socle des comptes\n\nGestion des comptes des agents et des collectivités adhérentes au syndicat mixte.\n\n"
         "## Déploiement du projet\n\n### Avec IntelliJ Community\n\nCréer une configuration Tomcat locale et lancer le déploiement de l'archive.\n\n"
         "## Présentation du CI\n\nVoir la présentation du [GitFlow](doc/gitflow.pptx) suivi par l'équipe.\n")


def test_a_tools_edition_is_no_contact_and_the_ci_presented_no_purpose(tmp_path):
    sections = _sections(tmp_path, SOCLE)
    assert "contact" not in sections and sections["purpose"] == ("sentence", 3)
    # counterparts: a community to join, and the project presented
    joined = SOCLE.replace("### Avec IntelliJ Community", "### Rejoindre la communauté").replace(
        "Créer une configuration Tomcat locale et lancer le déploiement de l'archive.", "Écrivez-nous à equipe@syndicat.example.fr pour toute question.")
    assert _sections(tmp_path / "j", joined)["contact"] == ("heading", 7)
    presented = SOCLE.replace("Gestion des comptes des agents et des collectivités adhérentes au syndicat mixte.\n\n", "").replace(
        "## Présentation du CI", "## Présentation du socle")
    assert _sections(tmp_path / "p", presented)["purpose"][0] == "heading"


HOW_TO = ("# Extraction de pièces\n\nThis project extracts the fields of scanned identity documents with OCR models.\n\n"
          "## How to install the project\n\n```\npip install -r requirements.txt\n```\n\n"
          "## How to perform the annotation\n\nOpen Label Studio, load the images and draw the boxes of each field.\n\n"
          "## Contributing Lab IA Members\n\n- Alice Martin\n- Bob Durand\n\n"
          "## How to contribute to this project\n\nRead [the guide](.github/contributing.md) before opening a pull request.\n")


def test_how_to_headings_are_the_usage_and_members_no_contributing(tmp_path):
    sections = _sections(tmp_path, HOW_TO)
    assert sections["usage"] == ("heading", 11) and sections["contributing"] == ("heading", 20)
    run = HOW_TO.replace("## How to perform the annotation", "## How to run the project")
    assert _sections(tmp_path / "run", run)["usage"] == ("heading", 11)
    # counterparts: how to run it locally or its tests is no usage; "Contributing" alone is the contributing chapter
    for n, heading in enumerate(("## How to run the project locally", "## How to test the project")):
        assert "usage" not in _sections(tmp_path / f"no{n}", HOW_TO.replace("## How to perform the annotation", heading))
    assert _sections(tmp_path / "c", HOW_TO.replace("## Contributing Lab IA Members", "## Contributing"))["contributing"] == ("heading", 15)


MODES = ("# Friches\n\nApplication qui calcule la mutabilité des friches urbaines.\n\n## Architecture\n\n### Modes de fonctionnement\n\n"
         "#### Développement\n\n- API sur le port 3000\n- UI sur le port 5173\n\n#### Production\n\nL'API sert l'interface compilée.\n\n"
         "## Installation\n\n```\npnpm install\n```\n\n## Outils\n\n```\nnode outils/purge.js --email david@example.net\n```\n\n"
         "Supprime les événements d'un compte de test (david@example.net).\n")


def test_modes_are_no_install_nor_deployment_and_an_example_address_no_contact(tmp_path):
    sections = _sections(tmp_path, MODES)
    assert sections["install"] == ("heading", 18) and "deployment" not in sections and "contact" not in sections
    # counterparts: the same headings outside a modes chapter, and a real address
    plain = MODES.replace("### Modes de fonctionnement", "### Composants").replace("- API sur le port 3000", "- API sur le port 3000 : `pnpm dev`")
    assert _sections(tmp_path / "p", plain)["install"] == ("heading", 9)  # (with a command to run a copy: s17 h5, "Développement" alone is no install)
    real = MODES.replace("(david@example.net)", "; pour toute question, écrire à equipe@friches.beta.gouv.fr")
    assert _sections(tmp_path / "r", real)["contact"][0] == "sentence"


ASDF = ("# Recensement des objets\n\nService qui aide les communes à recenser les objets mobiliers protégés de leurs églises.\n\n"
        "## Installation\n\n```\nmake install\n```\n\n**Utilisation d'asdf**\n\nIl est possible d'utiliser asdf pour installer la bonne version de Ruby et de NodeJS.\n")


def test_a_version_manager_in_the_installation_is_no_usage():
    assert "usage" not in {d["name"] for d in analyse(ASDF, "README.md")["section_details"]}
    # counterpart: the project's own use, labelled the same way
    own = ASDF.replace("**Utilisation d'asdf**", "**Utilisation**").replace(
        "Il est possible d'utiliser asdf pour installer la bonne version de Ruby et de NodeJS.", "Se connecter avec son compte puis recenser les objets.")
    assert "usage" in {d["name"] for d in analyse(own, "README.md")["section_details"]}


CONTEXT = ("# contours\n\n`contours` est un projet pour faciliter la récupération des contours officiels des communes et des départements.\n\n"
           "## Installation\n\n```\npip install contours\n```\n\n## Contexte\n\nLe projet a été lancé par des agents de l'État dans un programme interministériel.\n")


def test_a_late_context_heading_yields_to_the_opening_sentence():
    purpose = next(d for d in analyse(CONTEXT, "README.md")["section_details"] if d["name"] == "purpose")
    assert (purpose["via"], purpose["line"]) == ("sentence", 3)
    # counterparts: with no opening sentence the heading is the purpose; a "Description" heading is kept
    bare = CONTEXT.replace("`contours` est un projet pour faciliter la récupération des contours officiels des communes et des départements.\n\n", "")
    assert next(d for d in analyse(bare, "README.md")["section_details"] if d["name"] == "purpose")["via"] == "heading"
    described = CONTEXT.replace("## Contexte", "## Description")
    assert next(d for d in analyse(described, "README.md")["section_details"] if d["name"] == "purpose")["line"] == 11
