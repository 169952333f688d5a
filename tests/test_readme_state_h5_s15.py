"""README facts on State repositories (issue 12, session 15, h5):
- a heading that names the support or the contacts as a mode or the data of the service ("Démarrage de la console en mode support",
  "Import du fichier d'extraction des contacts …") is a task on the service, no contact section."""

from __future__ import annotations

from tests.test_readme_state_s12 import readme_fact

RAILS = ("# Allocations\n\nUne application de paiement des allocations de stage.\n\n## Démarrage\n\n```sh\nmake up\n```\n\n"
         "# Vocabulaire\n\n- Dossier : le suivi d'un élève\n\n### Démarrage de la console en mode support\n\n- `rails c`\n- `load 'support/overrides.rb'`\n\n"
         "# Production\n\n## Import du fichier d'extraction des contacts Partenaires\n\nscalingo --app APP run python manage.py import_contacts FILE.csv\n\n"
         "# Licence\n\nLe code source est publié sous licence MIT.\n")


def test_support_mode_and_contacts_import_are_no_contact(tmp_path):
    f = readme_fact(tmp_path, RAILS)
    assert "contact" not in f["sections"]
    assert "license" in f["sections"]
    # counterpart: a heading that offers the support is the contact section
    reach = RAILS.replace("# Licence", "## Support et contact\n\nÉcrivez-nous sur le canal de l'équipe.\n\n# Licence")
    contact = [d for d in readme_fact(tmp_path / "reach", reach)["section_details"] if d["name"] == "contact"]
    assert contact and contact[0]["text"] == "Support et contact"


DJANGO = ("# Saisines\n\n## Introduction\n\nSaisines est l'outil de suivi des demandes de conseil juridique.\n\n## Démarrage\n\n```bash\n"
          "cp env.d/development.dist env.d/development\ndocker compose up -d\n```\n\n## Développement\n\n### Localisation\n\n"
          "Les traductions sont mises à jour dans les fichiers `.po` et committées dans le dépôt.\n\n"
          "Pour les utiliser localement, il faut mettre à jour les binaires de traduction Django (non committés):\n\n"
          "```bash\n$ docker compose exec app python manage.py compilemessages\n```\n\n"
          "# Configurations\n\n## Configurations DNS et serveurs mails\n\nLes domaines sont gérés par l'équipe transverse.\n")


def test_a_local_step_is_no_usage_and_configurations_is_the_settings_chapter(tmp_path):
    f = readme_fact(tmp_path, DJANGO)
    assert "usage" not in f["sections"]
    assert [d["line"] for d in f["section_details"] if d["name"] == "configuration"] in ([26], [28])
    # counterpart: a how-to sentence about the project's own use is its usage
    use = DJANGO.replace("Pour les utiliser localement, il faut", "Pour utiliser le module dans votre projet, il faut l'importer et")
    assert "usage" in readme_fact(tmp_path / "use", use)["sections"]


RAILS_SERVICES = ("# Stages\n\nUne plateforme d'offres de stage pour les élèves de troisième.\n\n# Setup\n\n```\nbundle install\n```\n\n"
                  "## 3rd party services\n\nWe keep most data hosted by french providers.\n\n### Hosting\n\n* Backend provider : CleverCloud\n\n"
                  "### Api\n\n* API: Town search: [geo.api.gouv.fr](https://geo.api.gouv.fr/decoupage-administratif/communes)\n\n"
                  "# Build: test, dev\n\n`rails test`\n")


def test_the_api_under_third_party_services_is_one_of_them_no_usage(tmp_path):
    assert "usage" not in readme_fact(tmp_path, RAILS_SERVICES)["sections"]
    # counterpart: the same "### Api" heading about the project's own API, under no services chapter, is its usage
    own = RAILS_SERVICES.replace("## 3rd party services\n\nWe keep most data hosted by french providers.\n\n", "## Services\n\n")
    assert "usage" in readme_fact(tmp_path / "own", own)["sections"]
