"""README section evidence of State repositories (issue 12, s30 p30, reader r7b): a README with no first-level heading that opens on
"## L'API Judilibre" has that name as its title, no usage chapter; "### Utilisation d'un service externe pour les fichiers" under
"## Configurations locales" is a setting, the use is "## Modifier les données dans l'admin"; "## Build for production" (or
"## Prérequis") then "## Install and run app": the installation is the chapter named so."""

from __future__ import annotations

from auditor.facts.readme import analyse


def _lines(text: str, name: str):
    return [d["line"] for d in analyse(text, "README.md")["section_details"] if d["name"] == name]


def test_a_top_heading_naming_the_api_is_the_title_not_its_usage():
    text = ("## L'API Judilibre\n\nL'API Judilibre assure la publication des décisions rendues publiquement par la Cour de cassation.\n\n"
            "## Conditions d'utilisation\n\nLes données sont réutilisables sous licence ouverte 2.0 ;\n\n"
            "## Premiers pas sur Piste et sur l'API\n\n### API Endpoints\n\nLes endpoints racine sont disponibles pour deux environnements :\n\n"
            "- production: https://api.example.org/judilibre/v1.0\n")
    assert _lines(text, "usage") == [11]


def test_a_top_section_heading_stays_a_chapter():
    text = ("```\n  _ logo _\n```\n\n## About\n\nCommon library for the agency's projects.\n\n## How tos\n\n### Documentation\n\n"
            "The documentation is based on mkdocs, open it with `make docs`.\n")
    result = analyse(text, "README.md")
    assert [(d["via"], d["line"]) for d in result["section_details"] if d["name"] == "purpose"] == [("heading", 5)]


def test_using_another_service_under_the_settings_is_no_usage():
    text = ("# Backend\n\n## Installation\n\n```\npip install -r requirements.txt\n```\n\n## Configurations locales\n\n"
            "Certains paramètres peuvent être modifiés dans le fichier `local_settings.conf`.\n\n"
            "### Utilisation d'un service externe pour les fichiers\n\n```text\n[external_file_storage]\naccess=xx\n```\n\n"
            "Permet d'utiliser le stockage de fichier externe.\n\n## Modifier les données dans l'admin\n\n"
            "Un certain nombre de modèles sont éditables dans l'interface d'administration de Django, accessible depuis `/admin/`.\n")
    assert _lines(text, "usage") == [22]
    assert _lines(text, "configuration") == [9]


def test_the_use_of_the_project_under_the_settings_stays_usage():
    text = ("# Outil\n\n## Configuration\n\nLe fichier `config.yml` donne les chemins.\n\n### Utilisation de l'outil\n\n"
            "Lancez `outil run` puis ouvrez le rapport produit dans le dossier de sortie.\n")
    assert _lines(text, "usage") == [7]


def test_the_install_chapter_named_so_over_a_build_or_prerequisites_heading():
    text = ("# Works-magnet\n\nRetrieve and promote the scholarly works of your institution.\n\n## Build for production\n\n"
            "The react client app is served by the node server in production.\n\n## Requirements\n\nnode >= 20\n\n"
            "## Install and run app\n\n```sh\nnpm i && npm start\n```\n\n## Deployment\n\n"
            "To deploy in production, run this command from the staging branch:\n\n```sh\nnpm run deploy:patch\n```\n")
    assert _lines(text, "install") == [13]
    assert _lines(text, "deployment") == [19]


def test_an_install_sub_chapter_leaves_its_parent_as_evidence():
    text = ("# api\n\n## Developpement\n\n### Install\n\n```\nnpm install\n```\n\n### Start the app in dev\n\n```\nnpm run dev\n```\n")
    assert _lines(text, "install") == [3]
