"""README sections on State start-ups' READMEs read wrong by this session's State reader (issue 12, s16 r3), each with a
counterpart that still counts:
- "## Lancer l'application localement en mode production" (a production build run on localhost) is no deployment: the later
  "## Exécution en production" / "## Déploiement" chapter is;
- "## Documentation utile", a list of links to the frameworks' and services' own documentation, is no usage;
- "2. Créer le fichier d'environnement" then a fenced `cp .env.dist .env` and "Variables importantes à renseigner :" set the
  configuration."""

from __future__ import annotations

from tests.test_readme_state_s12 import readme_fact


def _sections(tmp_path, text: str) -> dict:
    fact = readme_fact(tmp_path, text)
    return {d["name"]: (d["via"], d["line"]) for d in fact["section_details"]}


LOCAL_PROD = ("# Carto-eau\n\nUne application web pour suivre les aires de captage d'eau potable et leurs plans d'action.\n\n"  # 1, 3
              "## Prérequis\n\n- Node.js 22\n- PostgreSQL 16\n\n"  # 5
              "## Lancer l'application localement en mode production\n\n"  # 10
              "Ces étapes lancent le mode production sur votre poste. Elles ne conviennent pas à un déploiement réel, passez au chapitre suivant pour cela.\n\n"
              "```bash\nnode ace build\n./start_local_prod.sh\n```\n\nOuvrez ensuite `http://localhost:3333`.\n\n"
              "## Exécution en production\n\n"  # 21
              "Les déploiements se font par la chaîne CI/CD sur Scalingo. Variables à changer en production : `APP_KEY`, `DB_PASSWORD`.\n")


def test_running_the_production_build_locally_is_no_deployment(tmp_path):
    assert _sections(tmp_path, LOCAL_PROD)["deployment"] == ("heading", 21)
    # the heading without "localement", over commands that start it on localhost: still a local run
    mode = LOCAL_PROD.replace("## Lancer l'application localement en mode production", "### Lancer l'app en mode production").replace(
        "Ces étapes lancent le mode production sur votre poste. Elles ne conviennent pas à un déploiement réel, passez au chapitre suivant pour cela.\n\n", "")
    assert _sections(tmp_path / "mode", mode)["deployment"] == ("heading", 19)
    # counterparts: with no later chapter there is no deployment; a production-mode chapter that deploys is one
    alone = LOCAL_PROD.split("## Exécution en production")[0]
    assert "deployment" not in _sections(tmp_path / "alone", alone)
    served = ("# Carto-eau\n\nUne application web pour suivre les aires de captage d'eau potable et leurs plans d'action.\n\n"
              "## Mode production\n\nL'image est déployée sur le cluster Kubernetes de la fabrique par le chart Helm du dépôt.\n")
    assert _sections(tmp_path / "served", served)["deployment"] == ("heading", 5)


USEFUL_DOCS = ("# Aquaculture\n\nUn service pour les entreprises aquacoles qui déclarent leurs données de production.\n\n"
               "## Installation\n\n- copier le fichier `.env.example` vers `.env`\n- `npm install` puis `npm run dev`\n\n"
               "## Comptes\n\nPour le serveur de développement, il faut utiliser un des comptes de test du fournisseur d'identité. "
               "Voir : https://idp.example.org/comptes-test\n\n"
               "## Documentation utile\n\n"  # 14
               "- [SvelteKit](https://svelte.dev/docs/kit/introduction) : la documentation du framework\n"
               "- [Drizzle](https://orm.drizzle.team) : la documentation de l'ORM\n"
               "- [Vitest](https://vitest.dev/) : le framework des tests unitaires\n"
               "- [Zod](https://zod.dev/) : pour le typage dynamique\n")


def test_a_list_of_the_frameworks_documentation_is_no_usage(tmp_path):
    # (nor is a developer's step: "Pour le serveur de développement, il faut utiliser un des comptes de test")
    assert "usage" not in _sections(tmp_path, USEFUL_DOCS)
    # counterparts: the project's own user documentation, on its site or in its folder, is its usage; so is a user's step
    own = USEFUL_DOCS.split("## Documentation utile")[0] + (
        "## Documentation\n\n- [Guide de l'utilisateur](https://doc.aquaculture.beta.gouv.fr/guide)\n"
        "- [Déclarer sa production](https://doc.aquaculture.beta.gouv.fr/declarer)\n- [Commandes](doc/commandes.md)\n")
    assert _sections(tmp_path / "own", own)["usage"] == ("heading", 14)
    step = USEFUL_DOCS.replace("Pour le serveur de développement, il faut utiliser un des comptes de test du fournisseur d'identité.",
                               "Pour déclarer une récolte, il faut utiliser le formulaire de l'espace entreprise.")
    assert _sections(tmp_path / "step", step)["usage"] == ("sentence", 12)


ENV_STEP = ("# Textile\n\nUne plateforme pour déclarer le coût environnemental des produits textiles.\n\n"
            "## Installation locale\n\n1. Cloner le depot\n\n```sh\ngit clone https://example.org/textile.git\n```\n\n"
            "2. Creer le fichier d'environnement\n\n```sh\ncp .env.dist .env\n```\n\n"  # 13, 16
            "3. Demarrer les services\n\n```sh\ndocker compose up -d\n```\n")


def test_a_fenced_copy_of_the_settings_template_or_the_variables_to_fill_is_the_configuration(tmp_path):
    assert _sections(tmp_path, ENV_STEP)["configuration"] == ("sentence", 16)
    listed = ENV_STEP.replace("3. Demarrer", "Variables importantes a renseigner :\n\n- CLIENT_ID\n- CLIENT_SECRET\n- ENCRYPTION_KEY\n\n3. Demarrer")
    assert _sections(tmp_path / "listed", listed)["configuration"][0] == "sentence"
    assert _sections(tmp_path / "words", listed.replace("```sh\ncp .env.dist .env\n```", "Voir le fichier."))["configuration"] == ("sentence", 17)
    # counterpart: a fenced copy of another file sets nothing
    other = ENV_STEP.replace("cp .env.dist .env", "cp docs/schema.png public/")
    assert "configuration" not in _sections(tmp_path / "other", other)


DEV_RUN = ("# Carto-eau\n\nUne application web pour suivre les aires de captage d'eau potable et leurs plans d'action.\n\n"
           "## Exécution en mode développement\n\n1. Installez les dépendances :\n\n```bash\nnpm install\n```\n\n"  # 5
           "2. Démarrez l'application :\n\n```bash\nnpm run dev\n```\n\n3. Ouvrez `http://localhost:3333`.\n\n"
           "# Documentation\n\nLa documentation de l'application (ses commandes, ses écrans) se trouve dans le dossier `doc`.\n")  # 21


def test_running_a_development_copy_is_no_usage(tmp_path):
    got = _sections(tmp_path, DEV_RUN)
    assert got["usage"] == ("heading", 21)
    assert got["install"] == ("heading", 5)
    # counterpart: "## Exécution" of the tool on one's data is its use
    script = DEV_RUN.replace("## Exécution en mode développement", "## Exécution").replace(
        "npm run dev\n```\n\n3. Ouvrez `http://localhost:3333`.", "node bin/calcul.js --input captages.csv\n```")
    assert _sections(tmp_path / "script", script)["usage"] == ("heading", 5)
