"""README sections on State start-ups' READMEs read wrong by this session's reader r6 (issue 12, s16), each with a counterpart
that still counts:
- "## Permissions and license requirements" (the vendor's licences a user needs to run the tool) and "you need at least one user
  with a … P1 license" are no licence section;
- a settings file the tool writes, described under "## Files generated", is no configuration."""

from __future__ import annotations

from tests.test_readme_state_s12 import readme_fact


def _sections(tmp_path, text: str) -> dict:
    fact = readme_fact(tmp_path, text)
    return {d["name"]: (d["via"], d["line"]) for d in fact["section_details"]}


COLLECT = ("# Collecte-365\n\nUn module PowerShell qui collecte les journaux d'un locataire cloud pour une investigation numérique.\n\n"  # 1, 3
           "## Installation\n\n```powershell\nInstall-Module -Name Collecte365\n```\n\n"  # 5
           "## Permissions and license requirements\n\n"  # 11
           "The application is created with the least permissions: `AuditLog.Read.All` for the Graph API.\n\n"
           "To retrieve sign-in logs you need at least one user with a [Premium P1](https://vendor.example/pricing) license.\n\n"  # 15
           "## Files generated\n\n"  # 17
           "- `Get-Users` will create in the `users` folder:\n"
           "  - a JSON file containing users' authentication settings: `users_settings_raw.json`;\n"
           "  - a JSON file containing the enriched users: `users.json`.\n")


def test_a_vendors_licence_requirements_are_no_licence_section(tmp_path):
    sections = _sections(tmp_path, COLLECT)
    assert "license" not in sections
    assert "configuration" not in sections
    # counterparts: the project's licence named under such a heading counts; a licence chapter counts; a settings file to edit counts
    own = COLLECT.replace("To retrieve sign-in logs", "This module is released under the GPL-3.0 license. To retrieve sign-in logs")
    assert _sections(tmp_path / "own", own)["license"] == ("heading", 11)
    lic = COLLECT + "\n## License\n\nThis project is licensed under the [MIT license](LICENSE).\n"
    assert _sections(tmp_path / "lic", lic)["license"][0] == "heading"
    conf = COLLECT.replace("## Files generated", "## Setup").replace("- `Get-Users` will create in the `users` folder:\n", "")
    assert "configuration" in _sections(tmp_path / "conf", conf)


LIBRARY = ("# Formulaires\n\nUne bibliothèque de composants React qui affiche des questionnaires décrits en JSON.\n\n"  # 1, 3
           "## Usage\n\nTo get started, you need to install it:\n\n```bash\nyarn add @exemple/formulaires\n```\n\n"  # 5, 7, 10
           "Then call the `useQuestionnaire` hook where the form is shown.\n\n"
           "## Convention and Best Practices\n\n### Stable branches\n\n- Stable branches are named `2.*` or `3.*`.\n\n"  # 15
           "### Commits and feature branches\n\n- Commits follow the Conventional Commits specification.\n"
           "- Pull Requests should be prefixed like commits: `feat(…)`, `fix(…)`.\n")


def test_a_package_install_under_usage_and_the_contributors_conventions_count(tmp_path):
    sections = _sections(tmp_path, LIBRARY)
    assert sections["install"] == ("sentence", 10)
    assert sections["contributing"] == ("heading", 15)
    assert sections["usage"] == ("heading", 5)
    # counterparts: coding conventions that say nothing of pull requests are no contributing chapter; no package added, no install
    style = LIBRARY.split("### Commits")[0] + "### Naming\n\n- Components are named in PascalCase.\n"
    assert "contributing" not in _sections(tmp_path / "style", style)
    assert "install" not in _sections(tmp_path / "none", LIBRARY.replace("yarn add @exemple/formulaires", "import { useQuestionnaire } from '@exemple/formulaires'"))


ARCHIVED = ("# Projet archivé, nouvelle adresse https://forge.example/cadastre\n\n# API du Cadastre\n\n"  # 1, 3
            "> API du Cadastre, le cadastre minier numérique ouvert\n\n"  # 5
            "L'API du Cadastre expose les titres et autorisations du domaine minier.\n\n"
            "## Documentation\n\nLa documentation de l'API est disponible ici : [docs.cadastre.example](https://docs.cadastre.example).\n\n"  # 9
            "## Licence\n\n[AGPL 3 ou plus récent](https://spdx.org/licenses/AGPL-3.0-or-later.html)\n")


def test_the_title_under_an_archive_notice_is_the_name_not_a_chapter(tmp_path):
    sections = _sections(tmp_path, ARCHIVED)
    assert sections["usage"] == ("heading", 9)
    assert sections["purpose"] == ("sentence", 5)
    # counterpart: with no notice above it, the same title is the title too
    plain = ARCHIVED.split("\n\n", 1)[1]
    assert _sections(tmp_path / "plain", plain)["purpose"] == ("sentence", 3)


DEV_DOCS = ("# Biocarb\n\nTraçabilité et durabilité des biocarburants, de la production à la distribution.\n\n"  # 1, 3
            "## Documentation\n\n### Frontend\n\n"  # 5, 7
            "- [Documentation complète du frontend](./front/README.md) - Structure, commandes, tests et architecture du frontend\n\n"
            "## Prérequis\n\nIl est nécessaire d'avoir installé sur le poste local Git et docker compose.\n\n"  # 11
            "Biocarb permet de saisir les lots, de suivre les stocks et de visionner les enregistrements des transactions par exemple.\n")


def test_a_documentation_chapter_of_developers_docs_is_no_usage(tmp_path):
    assert "usage" not in _sections(tmp_path, DEV_DOCS)
    # counterparts: a documentation chapter pointing to the users' guide is the usage; so is one pointing to the project's site
    guide = DEV_DOCS.replace("Structure, commandes, tests et architecture du frontend", "Guide d'utilisation pour les agents")
    assert _sections(tmp_path / "guide", guide)["usage"] == ("heading", 5)
    site = DEV_DOCS.replace("### Frontend\n\n- [Documentation complète du frontend](./front/README.md) - Structure, commandes, tests et architecture du frontend",
                            "La documentation est disponible sur [docs.biocarb.example](https://docs.biocarb.example).")
    assert _sections(tmp_path / "site", site)["usage"] == ("heading", 5)


PHONE = ("# Audio\n\nDes conférences téléphoniques pour les agents.\n\n"  # 1, 3
         "## Développement\n\n```\nnpm install\nnpm run dev\n```\n\n"  # 5
         "## Configuration production OVH pour générer les clés\n\nPoints d'API nécessaires pour l'API Rooms :\n\n"  # 12
         "```\nPOST /telephony/${ACCOUNT}/conference/${NUMBER}/rooms\n```\n\n"
         "## Mise en prod\n\nLa mise en prod est faite à la main : la branche prod est déployée automatiquement sur Scalingo.\n\n"  # 20
         "## Variables\n\nCréer le fichier `.env` à partir de l'exemple :\n\n```sh\ncp .env.example .env\n```\n")  # 24, 26


def test_the_productions_settings_are_no_deployment_and_a_copied_sample_no_usage(tmp_path):
    sections = _sections(tmp_path, PHONE)
    assert sections["deployment"] == ("heading", 20)
    assert "usage" not in sections
    # counterparts: a heading of production alone over a host is the deployment; a paragraph ending on a use "par exemple" is usage
    prod = PHONE.replace("## Mise en prod\n\nLa mise en prod est faite à la main : la branche prod est déployée automatiquement sur Scalingo.\n\n", "") + (
        "\n## Production\n\nL'application est déployée sur Scalingo.\n")
    assert _sections(tmp_path / "prod", prod)["deployment"][0] == "heading"
    assert _sections(tmp_path / "prod", prod)["deployment"][1] > 20
    use = PHONE.replace("Créer le fichier `.env` à partir de l'exemple :", "Pour créer une conférence, appelez la route `POST /rooms` avec le numéro, par exemple :")
    assert "usage" in _sections(tmp_path / "use", use)


DETECT = ("# Detecteur\n\nThis is a package to automatically detect column content in CSV files.\n\n"  # 1, 3
          "## Install the package\n\n```\npip install detecteur\n```\n\n"  # 5
          "### Detect some columns\n\nSay you have a CSV file in `file_path`. This is how you could use `detecteur`:\n\n"  # 11, 13
          "```\nfrom detecteur import routine\ninferred = routine(file_path)\n```\n")


def test_a_sentence_announcing_how_to_use_the_package_is_usage(tmp_path):
    assert _sections(tmp_path, DETECT)["usage"] == ("sentence", 13)
    # counterpart: the same chapter saying what the package detects, no use announced, gives none
    plain = DETECT.replace("This is how you could use `detecteur`:", "The package detects dates, postal codes and SIREN numbers.")
    assert "usage" not in _sections(tmp_path / "plain", plain)
