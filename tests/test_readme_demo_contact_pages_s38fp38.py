"""documentation.readme-sections (issue 12, s38 fp38 = reader mc38: Amal-Nachit/Site-Patrimoine-Mairie-Crolles, VincentDouchin/Mairie-Brix).

1. A heritage site's README ends on a « ## Contact » chapter: « **Mairie de Crolles** - [Site officiel](https://www.mairie-crolles.fr) ».
   The commune's own site, given as a contact, was taken for the project's demo ("site" in its label). A link in a chapter of contacts
   or credits is no running copy of the project unless its words say so (démo, en ligne…). Near miss: the same link labelled
   « Démo en ligne » in that chapter stays the demo.
2. A room-booking app's README is its title and one bare link, https://vincentdouchin.github.io/Mairie-Brix/ (the build's base path):
   no label word, so "no link to the live service". A forge's pages site whose first path folder is the project's title is its own
   site. Near miss: a pages site of another project (…github.io/leaflet-draw/) stays none.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "documentation.readme-sections"
PKG = '{"name": "app", "private": true, "dependencies": {"react": "18.2.0"}}\n'
SRC = {"package.json": PKG, "src/main.jsx": "import React from 'react'\nexport const App = () => <main>App</main>\n"}
CROLLES = """# Site Patrimoine - Mairie de Crolles

Ce projet est un site web développé pour la mairie, pour découvrir le patrimoine de la commune.

## Installation

```
npm install
npm run dev
```

## Contact

Pour toute question concernant ce projet, veuillez contacter :

- **Camille Martin** - [Profil GitHub](https://github.com/camille-martin)
- **Mairie de Crolles** - [{label}](https://www.mairie-crolles.fr)
"""


def _demo(r: dict):
    return [e for e in r["evidence"] if isinstance(e.get("value"), dict) and "demo" in e["value"]]


def _missing_demo(r: dict) -> bool:
    return any(isinstance(e.get("value"), dict) and e["value"].get("signal") == "demo" for e in r["evidence"] if e.get("kind") == "missing")


def test_an_authoritys_official_site_in_a_contact_chapter_is_no_demo(tmp_path):
    r = check_result(tmp_path, {**SRC, "README.md": CROLLES.replace("{label}", "Site officiel")}, CID)
    assert not _demo(r) and _missing_demo(r), r["evidence"]  # was found {"demo": "https://www.mairie-crolles.fr"}


def test_a_demo_link_in_a_contact_chapter_stays_the_demo(tmp_path):
    r = check_result(tmp_path, {**SRC, "README.md": CROLLES.replace("{label}", "Démo en ligne")}, CID)
    assert _demo(r) and not _missing_demo(r), r["evidence"]


def test_a_bare_link_to_the_projects_own_pages_site_is_its_service(tmp_path):
    url = "https://vincentdouchin.github.io/Mairie-Brix/"
    r = check_result(tmp_path, {**SRC, "README.md": f"# Mairie-Brix\n[{url}]({url})\n"}, CID)
    assert _demo(r) and not _missing_demo(r), r["evidence"]  # was missing {"signal": "demo"}


def test_a_bare_link_to_another_projects_pages_site_is_none(tmp_path):
    url = "https://leaflet.github.io/Leaflet.draw/"
    r = check_result(tmp_path, {**SRC, "README.md": f"# Mairie-Brix\n[{url}]({url})\n"}, CID)
    assert not _demo(r) and _missing_demo(r), r["evidence"]
