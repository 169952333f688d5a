"""documentation.readme-sections (issue 12, s38 fl38 = reader ma38's ed199531/mairie_de_montastruc): a commune's static site whose
README says how to change a page, "Éditez le fichier correspondant dans `src/pages/` (ex. `contact.html`), puis relancez le
build.", was found a contact section: a page file named contact is a file to edit, no way to reach the maintainers. Rule now: a
page's file name (.html, a template's) in a sentence is a path, its name no topic word, like a code file's. Near miss: a sentence
giving the maintainers' e-mail stays a contact."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

RS = "documentation.readme-sections"
README = ("# Site de la mairie\n\nSite officiel de la commune, généré par un script sans dépendance.\n\n## Installation\n\n"
          "```bash\nnode build.js\n```\n\n## Modifier le contenu\n\n### Modifier le texte d'une page\n"
          "Éditez le fichier correspondant dans `src/pages/` (ex. `contact.html`), puis relancez le build.\n")
FILES = {"build.js": "const fs = require('fs');\nfs.writeFileSync('public/index.html', '<h1>Mairie</h1>');\n",
         "src/pages/contact.html": "<h1>Contact</h1>\n"}


def _sections(tmp_path, readme, name):
    r = judge(tmp_path, {**FILES, "README.md": readme}, [RS], name=name)[1][RS]
    return r["details"]["found"] if "found" in r["details"] else r["message"]["en"]


def test_a_contact_page_to_edit_is_no_contact(tmp_path):
    found = _sections(tmp_path, README, "page")
    assert "contact" not in found, found


def test_the_maintainers_address_stays_a_contact(tmp_path):
    readme = README + "\nPour toute question, contactez l'équipe à l'adresse web@mairie-exemple.fr.\n"
    found = _sections(tmp_path, readme, "mail")
    assert "contact" in found, found
