"""documentation.readme-sections (issue 12, s35 n35 = GwendolineD/app-mairies): an e-mail address given as a setting's value is no
contact.

The README's "### Production" chapter lists the variables to configure on the host, one of them
`VAPID_SUBJECT=mailto:contact@tous-voisins.fr` (Web Push's sender, which the push services are told): the check found a "contact"
section in that list item. The address is the value a service is given, nobody the reader is invited to write to. Near misses: a
sentence inviting to write ("Contact : contact@tous-voisins.fr", "Pour toute question, écrivez à …") stays a contact, and so does a
mailto: link. The README is written for these tests, in the shape of that repository's."""

from __future__ import annotations

from auditor.facts.readme import analyse

HEAD = ("# Vie locale\n\nPWA mobile-first pour créer du lien social dans les communes françaises.\n\n## Démarrage\n\n"
        "```bash\nnpm install\nnpm run dev\n```\n\n## Notifications push\n\n"
        "1. Générer les clés : `npx web-push generate-vapid-keys`\n2. Les ajouter dans `.env.local` :\n\n"
        "```env\nNEXT_PUBLIC_VAPID_PUBLIC_KEY=<clé publique générée>\nVAPID_PRIVATE_KEY=<clé privée générée>\n"
        "VAPID_SUBJECT=mailto:contact@tous-voisins.fr\n```\n\n"
        "### Production\n\n- Générer une **paire VAPID dédiée à la prod**.\n- Configurer sur l'hébergeur (Vercel, Docker, etc.) :\n"
        "  - `NEXT_PUBLIC_VAPID_PUBLIC_KEY`\n  - `VAPID_PRIVATE_KEY`\n  - `VAPID_SUBJECT=mailto:contact@tous-voisins.fr`\n"
        "- Le site doit être servi en **HTTPS**.\n\n## Assets à fournir\n\n- Logo carré 512 px.\n")


def _details(text: str) -> dict:
    return {d["name"]: d for d in analyse(text, "README.md")["section_details"]}


def test_an_address_given_as_a_settings_value_is_no_contact():
    found = _details(HEAD)
    assert "contact" not in found, found.get("contact")
    # (the same setting in a sentence's list item, unquoted)
    found = _details(HEAD.replace("`VAPID_SUBJECT=mailto:contact@tous-voisins.fr`", "VAPID_SUBJECT=mailto:contact@tous-voisins.fr"))
    assert "contact" not in found, found.get("contact")


def test_an_address_to_write_to_stays_a_contact():
    found = _details(HEAD + "\nContact : contact@tous-voisins.fr\n")
    assert "contact" in found, found
    found = _details(HEAD + "\nPour toute question, écrivez à [l'équipe](mailto:contact@tous-voisins.fr).\n")
    assert "contact" in found, found
