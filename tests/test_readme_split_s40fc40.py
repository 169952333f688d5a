"""Session 40, fc40: readme.py split by passes (issue 12): the names other modules import from it stay importable, and analyse
reads the same README the same way (the sections of headings, labels, sentences and fallbacks, and the description)."""

from __future__ import annotations

from auditor.facts.readme import analyse, dev_tool_heading, identify_languages, readme  # noqa: F401
from auditor.facts.readme_heading_pass import named_use
from auditor.facts.readme_label_pass import step_sections  # noqa: F401

README = """# outil-demo

Outil de démonstration qui calcule des indicateurs communaux.

## Installation

```
pip install outil-demo
```

## Utilisation

Lancer `outil-demo --commune 75056`.

**Configuration** : copier `config.example.yml` en `config.yml`.

## Licence

Ce projet est publié sous licence MIT.
"""


def test_the_passes_give_the_sections_and_the_description():
    out = analyse(README, "README.md", {"README.md", "config.example.yml"}, "outil-demo")
    assert out["sections"] == ["purpose", "install", "usage", "configuration", "license"]
    assert out["description"] == {"text": "Outil de démonstration qui calcule des indicateurs communaux.", "line": 3, "first": True}
    assert [d["via"] for d in out["section_details"]] == ["sentence", "heading", "heading", "heading", "heading"]


def test_named_use():
    assert named_use("Utilisation de l'API") and not named_use("Cas d'usage")
