"""README sections of State repositories (issue 12, s31 k31, reader r8a): a chapter whose only command updates the dependencies
("### Misc utility commands": "Using ncu for updating dependencies : `ncu -u && …`") is the developers' upkeep, no usage; a sentence
naming a test-data file ("… les paramètres d'identité renvoyés par le fichier ci-dessus: payloads/…/fake_france_connect_cnous.yml") is
no configuration."""

from __future__ import annotations

from auditor.facts.readme import analyse


def _section(result, name):
    return next((d for d in result["section_details"] if d["name"] == name), None)


def test_a_dependency_update_command_is_no_usage():
    text = ("# Mon Suivi Social\n\n### Setup\n\n#### Dependencies\n\nThis projects uses pnpm as a package manager.\n\n`pnpm install`\n\n"
            "### Dev\n\nTo run the web app development server:\n`pnpm -F web dev`\n\n### Misc utility commands\n\n"
            "Using ncu for updating dependencies :\n`ncu -u && cd apps/web && ncu -u && cd ../cli && ncu -u && cd ../..`\n\n"
            "### Testing\n\nExécutez l'ensemble des tests :\n\n```bash\npnpm test\n```\n")
    assert _section(analyse(text, "README.md"), "usage") is None


def test_a_commands_chapter_running_the_tool_stays_usage():
    text = ("# Outil\n\nOutil d'export des données de la collectivité vers la plateforme régionale.\n\n### Useful commands\n\n"
            "Export the communes of a department:\n`pnpm -F cli export --departement 35`\n")
    assert _section(analyse(text, "README.md"), "usage") is not None


def test_a_test_data_file_is_no_settings_file():
    text = ("# Données de test\n\nCe dépôt contient l'ensemble des données de tests pour les environnements de bac à sable des API.\n\n"
            "## Fonctionnement\n\nPar exemple pour `api/v2/etudiants-boursiers`:\n\n"
            "1. Un mapping valide pour FranceConnect: [payloads/france_connect/cnous.yaml](./payloads/france_connect/cnous.yaml) ;\n"
            "2. Un mapping pour `api/v2/etudiants-boursiers` qui prend exactement les\n   paramètres d'identité renvoyés par le fichier ci-dessus:\n"
            "   [payloads/api_particulier_v2_cnous/fake_france_connect_cnous.yml](./payloads/api_particulier_v2_cnous/fake_france_connect_cnous.yml).\n")
    assert _section(analyse(text, "README.md"), "configuration") is None
    text = ("# Outil\n\nOutil de cartographie des aides pour les agents de la collectivité.\n\n"
            "Les paramètres de l'application se trouvent dans le fichier config/settings.yml à adapter à votre serveur.\n")
    assert _section(analyse(text, "README.md"), "configuration") is not None
