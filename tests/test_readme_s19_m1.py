"""README reading, session 19 (m1): what this session's readers found wrong (issue 12, s19 d1, d2, d3)."""

from tests.test_readme_state_s12 import readme_fact


def test_a_header_lists_licence_line_is_no_description(tmp_path):
    """lystore, mindmap (s19 d2), competences, appointments (s19 d1): an ENT module's README opens with "À propos de
    l'application X" over a list of fields, "* Licence : AGPL v3 - Copyright <funder>", "* Développeur : …", "* Financeur : …",
    "* Description : …". The licence bullet was taken as the description; the description is the "Description :" item or the
    presentation below. A WordPress readme.txt's "Contributors: …" / "Tags: …" header is no description either."""
    text = ("# À propos de l'application Agenda\n* Licence : [AGPL v3](http://www.gnu.org/licenses/agpl.txt) - Copyright Département "
            "du Nord, Région Occitanie\n* Développeur(s) : Société X\n* Financeur(s) : Département du Nord, Région Occitanie\n"
            "* Description : Application de réservation de salles et de matériel pour les collèges du département\n\n"
            "## Présentation du module\n\nLe module Agenda permet aux établissements de réserver des salles.\n")
    info = readme_fact(tmp_path / "a", text)
    assert info["description"]["text"].startswith("Description : Application de réservation"), info["description"]
    wp = ("=== Slider Box ===\nContributors: alice, bob, carol, dave\nTags: slider, gallery, carousel, images\nRequires at least: 5.0\n"
          "Stable tag: 2.1\nLicense: GPLv2 or later\n\nA slider block for WordPress pages that shows images one after another.\n")
    from auditor.facts.readme import analyse

    assert analyse(wp, "readme.txt")["description"]["text"].startswith("A slider block")


def test_badges_whose_labels_share_words_are_badges(tmp_path):
    """api-transitaires (s19 d2): eight badges, "[![Docker Image](…)](…)" then "![Docker Image Size (latest by date)](…)": removing
    the shorter label first cut the longer one, so the line stayed as prose ("Docker Image Size (latest by date) Docker Stars…"):
    the description, and English beside the French README."""
    badges = ("[![Docker Image](https://img.shields.io/badge/docker-homepage-blue)](https://hub.docker.com/r/acme/api-ecoles)\n"
              "![Docker Pulls](https://img.shields.io/docker/pulls/acme/api-ecoles)\n"
              "![Docker Image Size (latest by date)](https://img.shields.io/docker/image-size/acme/api-ecoles)\n"
              "![Docker Image Version (latest by date)](https://img.shields.io/docker/v/acme/api-ecoles?sort=date)\n"
              "![GitHub Repo stars](https://img.shields.io/github/stars/acme/api-ecoles?style=social)\n\n")
    text = badges + ("# A propos\n\nAPI qui renvoie la liste des écoles publiques de la commune avec leurs horaires et leurs adresses.\n\n"
                     "# Utilisation\n\nLancer le conteneur puis appeler la route des écoles depuis votre navigateur ou votre client.\n")
    info = readme_fact(tmp_path / "a", text)
    assert info["description"]["text"].startswith("API qui renvoie"), info["description"]
    assert info["language"] == "fr", info["languages"]


def test_a_heading_written_with_a_no_break_space(tmp_path):
    """getData (s19 d2): "##\u00a0Objectif de l'application getData" (a no-break space after the hashes) was a paragraph, taken as the
    description; it is the purpose heading, and the line under it that leads the list of tasks is the description."""
    text = ("# harvest\n\n##\u00a0Objectif de l'application harvest\n\nA partir d'informations stockées dans un fichier CSV:\n\n"
            "- Télécharger les archives de couches et les publier sur le serveur cartographique.\n- Copier les métadonnées sur le catalogue.\n\n"
            "## Installation\n\npip install -r requirements.txt\n")
    info = readme_fact(tmp_path / "a", text)
    assert info["description"]["text"].startswith("A partir d'informations"), info["description"]
    assert [d for d in info["section_details"] if d["name"] == "purpose" and d["line"] == 3], info["section_details"]
    laid_out = text.replace("A partir d'informations stockées dans un fichier CSV:", "Le dépôt est organisé comme suit :")
    info = readme_fact(tmp_path / "b", laid_out)
    assert not (info["description"] or {}).get("text", "").startswith("Le dépôt"), info["description"]


def test_a_tables_column_header_is_no_section_title(tmp_path):
    """crre (s19 d2): the settings table's header row "| **conf.properties** | **Utilisation** |" was read as a "Utilisation" title
    in the text, so usage was found; a column's name titles nothing. A bold "**Utilisation** :" line above commands still does."""
    head = ("# Réservations\n\nModule de réservation des ressources numériques pour les lycées de la région.\n\n## Configuration\n\n"
            "Dans votre springboard, vous devez inclure des variables d'environnement :\n\n")
    table = ("| **conf.properties** | **Utilisation** |\n|---|---|\n| \"${elasticServerURI}\" | URI du serveur Elasticsearch |\n"
             "| \"${statCron}\" | Cron de la récupération des statistiques |\n")
    assert "usage" not in readme_fact(tmp_path / "a", head + table)["sections"]
    used = head + table + "\n**Utilisation** :\n\n```\n./reservations import fichier.csv\n```\n"
    assert "usage" in readme_fact(tmp_path / "b", used)["sections"]


def test_a_pre_block_of_settings_is_no_prose(tmp_path):
    """appointments (s19 d1): an ENT module's French README gives its settings in HTML "<pre>" blocks (a JSON "config" object,
    "closingCron = ${String}" lines); their keys and values were read as English prose: "README in French, English"."""
    conf = ('      "main": "fr.acme.rdv.Rdv",\n      "port": 8490,\n      "app-name": "Rendez-vous",\n      "app-address": "/rdv",\n'
            '      "app-icon": "rdv-large",\n      "host": "${host}",\n      "ssl": $ssl,\n      "sql": true,\n      "auto-redeploy": false,\n'
            '      "user-host": "${host}",\n      "integration-mode": "HTTP",\n      "app-registry.port": 8012,\n      "bus.port": 8009,\n'
            '      "closing-cron": "${closingCron}",\n      "min-hours-before-cancel": ${minHours},\n      "theme-platform": "${theme}",\n')
    text = ("# Rendez-vous\n\n## À propos de l'application\n\nL'application permet aux agents de prendre des rendez-vous avec d'autres "
            "agents qui ont publié des grilles de disponibilité.\n\n## Configuration\n\n<pre>\n{\n  \"name\": \"fr.acme~rdv~${version}\",\n"
            "    \"config\": {\n" + conf + "      \"mode\": \"${mode}\"\n    }\n}\n</pre>\n\n"
            "Dans votre springboard, ajoutez les variables d'environnement suivantes :\n\n<pre>\nclosingCron = ${String}\n"
            "minHoursBeforeCancellation = ${int}\nthemePlatform = ${String}\n</pre>\n")
    info = readme_fact(tmp_path / "a", text)
    assert info["language"] == "fr", info["languages"]


def test_a_stack_line_is_no_purpose_a_mission_line_is(tmp_path):
    """facili-tacct (s19 d3): "## Getting Started" / "This is a Next.js project runnning with pnpm" (create-next-app's line rewritten)
    was the purpose; it names the stack. The purpose is "## Projet X" / "Notre mission : Aider chaque territoire à …"."""
    text = ("## Getting Started\n\nThis is a Next.js project runnning with pnpm\n\nFirst, run the development server:\n\n```bash\npnpm dev\n```\n\n"
            "## Projet PLUVIA\n\nNotre mission : Aider chaque commune à anticiper les inondations par ruissellement sur son territoire.\n\n"
            "## Structure des bases de données\n\nNous utilisons PostgreSQL pour le stockage de nos données.\n")
    info = readme_fact(tmp_path / "a", text)
    purpose = [d for d in info["section_details"] if d["name"] == "purpose"]
    assert purpose and purpose[0]["line"] == 13, info["section_details"]
    assert info["description"]["text"].startswith("Notre mission"), info["description"]


def test_the_chapter_named_usage_wins_over_useful_commands(tmp_path):
    """rna_as_api (s19 d3): "## Commandes utiles" (start the search server, import the stocks: the operators' commands) under the
    install chapter, then "# Utilisation de l'API" (the calls): usage was given at the first. A higher chapter named as the use itself
    is the usage chapter; a sub-heading of the first ("### Utilisation des logs") does not replace it."""
    text = ("# Annuaire API\n\nAPI de recherche dans le répertoire des associations, servie à partir des fichiers publiés chaque mois.\n\n"
            "## Installation\n\n```\nbundle install\n```\n\n## Commandes utiles\n\nLancer le serveur de recherche :\n\n```\nbundle exec rake solr:start\n```\n\n"
            "# Utilisation de l'API\n\n## Recherche plein texte\n\n```\ncurl localhost:3000/v1/full_text/nature\n```\n")
    usage = [d for d in readme_fact(tmp_path / "a", text)["section_details"] if d["name"] == "usage"]
    assert usage and usage[0]["text"] == "Utilisation de l'API", usage
    sub = text.replace("# Utilisation de l'API", "### Utilisation de l'API")
    usage = [d for d in readme_fact(tmp_path / "b", sub)["section_details"] if d["name"] == "usage"]
    assert usage and usage[0]["text"] == "Commandes utiles", usage


def test_as_simple_as_then_the_call_is_usage(tmp_path):
    """widged (s19 d3): a centred HTML header (title, one line, a screenshot, "**As simple as**", "</div>") then a fenced block of
    the client's calls, before any chapter: how the SDK is used. A "**Requirements**" label over a block gives no usage."""
    text = ('<div align="center">\n\n# 🗂️ PickIt SDK\n\n**Open a widget to browse the user\'s files from any web project**\n\n'
            '<img src="./assets/screen.png" alt="" />\n\n**As simple as**\n</div>\n\n```ts\nconst client = new PickItClient();\n'
            "client.pickFile({ maxFiles: 3, onSelection: (files) => console.log(files) });\n```\n\n## Use case\n\n"
            "Let users attach documents from their workspace to a form.\n\n## License\n\nMIT\n")
    assert "usage" in readme_fact(tmp_path / "a", text)["sections"]
    other = text.replace("**As simple as**", "**Requirements**")
    assert "usage" not in readme_fact(tmp_path / "b", other)["sections"]


def test_a_readme_per_version_gives_its_usage(tmp_path):
    """geoportal-sdk (s19 d3): a map SDK's 13-line README says what it is and sends the reader to README-SDK-2D.md and
    README-SDK-3D.md ("Cliquer ici pour accéder au README correspondant à cette version"); each holds "## Intégration dans une page
    web", "## Utilisation dans module ES6" (the calls) and the settings. Install and configuration were followed, usage not. A guide
    in another folder with a usage-like heading that is not "Utilisation" alone still gives none."""
    from tests.test_readme_forms import audit, sections

    readme = ("# Kit carto\n\nLe kit carto est une librairie JavaScript qui ajoute à un site une carte des fonds publics.\n\n"
              "- Une version 2D. [README de cette version](./README-KIT-2D.md).\n")
    version = ("# Kit carto - version 2D\n\n## Intégration dans une page web\n\n```\nnpm install kit-carto-2d\n```\n\n"
               "## Utilisation dans module ES6\n\n```js\nimport Kit from 'kit-carto-2d';\nKit.Map.load('map', { zoom: 12 });\n```\n\n"
               "## Configuration de l'accès\n\nRenseignez la clé d'accès dans l'option apiKey.\n")
    code = {"package.json": '{"name": "kit-carto", "main": "dist/kit.js"}', "src/index.js": "export default {};\n"}
    _, res = audit(tmp_path / "a", {"README.md": readme, "README-KIT-2D.md": version, **code}, only=["documentation.readme-sections"])
    found, _ = sections(res)
    assert "usage" in found and "install" in found, res["documentation.readme-sections"]["message"]
    part = readme.replace("./README-KIT-2D.md", "docs/fixtures.md")
    _, res = audit(tmp_path / "b", {"README.md": part, "docs/fixtures.md": version, **code}, only=["documentation.readme-sections"])
    found, _ = sections(res)
    assert "usage" not in found and "install" in found, res["documentation.readme-sections"]["message"]


def test_prerequisites_of_a_procedure_are_no_installation(tmp_path):
    """competences (s19 d1): "## Archivage / Transition" / "### Prérequis" (a setting of another module, a SQL count before the yearly
    transition) gave the installation section. Prerequisites under a chapter that names no section are that procedure's; under
    the README's title (a level-2 title, "## Outil" / "### Pré-requis") they stay the installation's."""
    text = ("# À propos de l'application Notes\n\n## Présentation du module\n\nLe module Notes permet la saisie des évaluations par les "
            "enseignants et leur suivi par les familles.\n\n## Configuration\n\nRenseigner `pdfGeneratorUrl` dans la configuration.\n\n"
            "## Archivage / Transition\n\n### Prérequis\n\nDans le module vie scolaire, prendre en compte la configuration `update-classes`.\n\n"
            "### Avant l'appel de la transition\n\nCompter les devoirs à archiver.\n")
    assert "install" not in readme_fact(tmp_path / "a", text)["sections"]
    titled = ("## Outil Notes\n\n### Pré-requis\n\n- Node 18\n- Docker\n\n### Variables d'environnement\n\nCopier `.env.template` en `.env`.\n\n"
              "### Lancer les tests\n\n`yarn test`\n")
    assert "install" in readme_fact(tmp_path / "b", titled)["sections"]
