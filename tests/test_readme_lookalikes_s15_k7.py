"""README lines that share a section's word without being it, on State start-ups' READMEs (issue 12, session 15, k7; readers' r3
W11, W13; and the lead's collectif-objets contact), each with a counterpart that still counts:
- "## En prod" over "L'application est déployée sur Scalingo" is the deployment chapter; "(fait automatiquement à chaque
  déploiement)" is a moment, no deployment;
- "### Contact multisites (calendrier)" (a feature, no channel) and "4. **Contact** : mise en relation …" (a page of the user
  journey) are no contact."""

from __future__ import annotations

from tests.test_readme_state_s12 import readme_fact


def _sections(tmp_path, text: str, docs: dict | None = None) -> dict:
    fact = readme_fact(tmp_path, text, docs)
    return {d["name"]: (d["via"], d["line"]) for d in fact["section_details"]}


PROD = ("# especes\n\nMieux instruire les demandes de dérogation pour les espèces protégées.\n\n## Installer\n\n```\npnpm install\n```\n\n"  # 1-7
        "## En prod\n\n`pnpm start:production`\n\nL'application est déployée sur Scalingo.\n\n"  # 11
        "## Outils\n\n### Migration base de données\n\n"
        "`knex migrate:latest` (fait automatiquement à chaque déploiement, voir package.json `scripts.prestart`)\n\n"
        "### Nettoyage\n\nPour nettoyer les évènements d'une personne :\n\n`node outils/nettoyage.js --email david@example.net`\n")


def test_en_prod_is_the_deployment_and_a_moment_or_an_example_address_is_none(tmp_path):
    got = _sections(tmp_path, PROD)
    assert got["deployment"] == ("heading", 11)
    assert "contact" not in got
    # counterparts: without the production chapter, "à chaque déploiement" gives no deployment; "En prod" over a status gives none;
    # a real address is a contact
    no_prod = PROD.replace("## En prod\n\n`pnpm start:production`\n\nL'application est déployée sur Scalingo.\n\n", "")
    assert "deployment" not in _sections(tmp_path / "moment", no_prod)
    status = PROD.replace("`pnpm start:production`\n\nL'application est déployée sur Scalingo.", "La version 2 est utilisée par trois services.")
    assert "deployment" not in _sections(tmp_path / "status", status)
    real = PROD + "\nPour toute question, écrivez à l'équipe : equipe-especes@beta.gouv.fr\n"
    assert "contact" in _sections(tmp_path / "real", real)
    deploy = no_prod + "\nPour le déploiement, voir [DEPLOY.md](DEPLOY.md).\n"
    assert "deployment" in _sections(tmp_path / "deploy", deploy, {"DEPLOY.md": "# Déploiement\n\n`pnpm start:production`\n"})


FEATURE = ("# friches\n\nUne application web qui calcule la mutabilité des friches urbaines à partir des critères saisis par l'usager.\n\n"
           "## Fonctionnement\n\n### Contact multisites (calendrier)\n\n"  # 5, 7
           "La modale « Analyser plusieurs sites » embarque un calendrier en iframe pour la prise de rendez-vous.\n\n"
           "### Parcours utilisateur\n\n1. **Accueil** : présentation du service\n2. **Carte** : sélection de la parcelle\n"
           "3. **Résultats** : indices de mutabilité\n4. **Contact** : mise en relation avec les porteurs de projets\n")


def test_a_contact_feature_is_no_contact(tmp_path):
    assert "contact" not in _sections(tmp_path, FEATURE)
    # counterparts: a contact chapter with an address, a labelled contact line with an address in a list of links
    real = FEATURE.replace("La modale « Analyser plusieurs sites » embarque un calendrier en iframe pour la prise de rendez-vous.",
                           "Écrivez-nous : contact@friches.example.gouv.fr").replace("Contact multisites (calendrier)", "Contact")
    assert _sections(tmp_path / "real", real)["contact"] == ("heading", 7)
    links = FEATURE + "\n## Liens\n\n- **Production** : https://friches.beta.gouv.fr\n- **Dépôt** : https://github.com/org/friches\n" \
                      "- **Contact** : contact@friches.beta.gouv.fr\n"
    assert "contact" in _sections(tmp_path / "links", links)


SIGNED = ("# objets\n\nRecenser les objets mobiliers protégés des communes avec les mairies.\n\n## Emails entrants\n\n"
          "Les emails entrants sont reçus sur des adresses signées qui authentifient l'auteur du message :\n\n"
          "- `mairie-30001-a1b2c3@reponse.objets.org` : réponse de l'usager de la commune 30001 dont le `inbound_email_token` est `a1b2c3`.\n")


def test_a_word_inside_a_code_span_makes_no_contact(tmp_path):
    # (lead, s15: collectif-objets' contact came from the identifier `inbound_email_token` beside a signed reply address)
    assert "contact" not in _sections(tmp_path, SIGNED)
    # counterpart: the same address with a contact word in the prose is a contact
    asked = SIGNED.replace(": réponse de l'usager", ": écrivez à cette adresse pour toute question, réponse de l'usager")
    assert "contact" in _sections(tmp_path / "asked", asked)
