"""Install documents go through the documentation checks' rules on unfilled templates (issue 12, s40 fs40 = reader vd40 on
gitreunion/datacup-challenge-eco-logique, georchestra/maelstro, gitreunion/datacup-challenge-muc).

A hackathon template's INSTALL.md left unfilled ("## Dependencies" / "List the dependencies necessary…", "- how to install them") and a
documentation skeleton's short page of prompts were listed by reusability.install as "install documents"; an English README's
"### Installation" chapter holding only "[Installation Guide](/INSTALL.md)" was listed as install steps. The template installs nothing,
and the link-only chapter writes no step: the document it points to is judged by itself.
Near misses: an INSTALL.md with its commands stays; a second README's install chapter with its steps stays.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

TEMPLATE = """# Installation Guide

## Data Collection

Indicate how to gather the data the project needs :
- Where and how to get the data ?

## Dependencies

List the dependencies needed to run the project locally :
- language, libraries and packages
- how to install them

## Development

Indicate how to run the solution in development mode locally.

## Production

Indicate, if it exists, a documentation to run the solution in production mode.
"""
WRITTEN = """# Installation Guide

## Development

Install the dependencies, then start the server:

```
pip install -r requirements.txt
python app.py
```
"""
README = """# Récupération d'eau de pluie

Calcul du volume de cuve pour une maison.

## Installation et utilisation

```
pip install -r requirements.txt
python app.py
```
"""
LINK_ONLY_EN = """# Rainwater harvesting

Sizing a tank for a house.

### **Installation**

[Installation Guide](/INSTALL.md)

### **Usage**

Open the page and enter the roof's surface.
"""
STEPS_EN = """# Rainwater harvesting

Sizing a tank for a house.

### Installation

```
pip install -r requirements.txt
python app.py
```
"""
APP = "print('cuve')\n"


def _evidence(r: dict) -> list[tuple]:
    return [(e.get("path"), e.get("value")) for e in r["evidence"]]


def test_an_unfilled_install_template_and_a_link_only_chapter_are_not_install_documents(tmp_path):
    files = {"README.md": README, "README.en.md": LINK_ONLY_EN, "INSTALL.md": TEMPLATE, "app.py": APP, "requirements.txt": "flask\n"}
    ev = _evidence(check_result(tmp_path, files, "reusability.install"))
    assert ("INSTALL.md", "install document") not in ev, ev
    assert not any(p == "README.en.md" for p, _ in ev), ev
    assert ("README.md", "install") in ev, ev


def test_a_written_install_guide_and_a_chapter_with_steps_stay(tmp_path):
    files = {"README.md": README, "README.en.md": STEPS_EN, "INSTALL.md": WRITTEN, "app.py": APP, "requirements.txt": "flask\n"}
    ev = _evidence(check_result(tmp_path, files, "reusability.install"))
    assert ("INSTALL.md", "install document") in ev, ev
    assert any(p == "README.en.md" for p, _ in ev), ev


def test_a_skeleton_page_of_prompts_is_no_install_document(tmp_path):
    prereq = "# Getting started\n\n## Hardware\n\nTBD\n\n## Software\n\nList the dependencies on libraries or software.\n"
    files = {"README.md": README, "docs/getting_started.md": prereq, "app.py": APP, "requirements.txt": "flask\n"}
    ev = _evidence(check_result(tmp_path, files, "reusability.install"))
    assert ("docs/getting_started.md", "install document") not in ev, ev


SKELETON_PREREQ = "# Prerequisites\n\n## Hardware\n\n5 GB RAM, 2 CPUs, 10 GB disk space, etc.\n\n## Software\n\nList the dependencies on libraries or software.\n"
WRITTEN_PREREQ = ("# Prerequisites\n\n## Hardware\n\nThe service runs on 2 GB of memory and one processor.\n\n## Software\n\n"
                  "It needs Python 3.11 and PostgreSQL 15 with PostGIS.\n")


# (a documentation of more pages than documentation.docs reads as its sample: the skeleton page is listed by its folder's name only)
OTHER_PAGES = {f"docs/administration/page{n:02d}.md": f"# Task {n}\n\nThe administrator opens the console and checks the logs of day {n}.\n"
               for n in range(40)}


def test_a_skeleton_prerequisites_page_is_no_deployment_document(tmp_path):
    files = {**OTHER_PAGES, "README.md": README, "docs/technical_guides/installation/prerequisites.en.md": SKELETON_PREREQ, "app.py": APP, "requirements.txt": "flask\n"}
    r = check_result(tmp_path, files, "reusability.install")
    assert ("docs/technical_guides/installation/prerequisites.en.md", "install document") not in _evidence(r), _evidence(r)


def test_a_written_prerequisites_page_stays(tmp_path):
    files = {**OTHER_PAGES, "README.md": README, "docs/technical_guides/installation/prerequisites.en.md": WRITTEN_PREREQ, "app.py": APP, "requirements.txt": "flask\n"}
    r = check_result(tmp_path, files, "reusability.install")
    assert ("docs/technical_guides/installation/prerequisites.en.md", "install document") in _evidence(r), _evidence(r)
