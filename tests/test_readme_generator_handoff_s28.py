"""A design tool's export README (issue 12, s28 a28 = s27 measure 19 reader m19o3, a commune's intranet): Claude Design writes in
every "handoff bundle" a README to the coding agent that will build the mock-ups; left as it is, it says nothing of the project,
like a framework's untouched template. A README of the team's own that mentions the bundle once keeps its description."""

from __future__ import annotations

from auditor.facts.readme import analyse
from tests.test_local_authority_verdicts import judge

HANDOFF = """# CODING AGENTS: READ THIS FIRST

This is a **handoff bundle** from Claude Design (claude.ai/design).

Someone drew screens with a design assistant, then exported this bundle so a coding agent can implement the designs for real.

## What to do

**Read the chat transcripts first.** They show what the person asked for and where the screens ended.

## The files

The design medium is **HTML/CSS/JS**; these are prototypes, not production code. Rebuild them in the stack of the target code.
"""

OWN = """# Intranet de la mairie

Espace numérique de travail des agents de la commune : annuaire, agenda partagé et demandes de congés.

## Installation

```
npm install
npm run dev
```

## Maquettes

Les maquettes viennent d'un export : this is a handoff bundle from Claude Design, gardé dans design/.
"""


def test_an_untouched_handoff_readme_is_the_generators_template(tmp_path):
    info = analyse(HANDOFF, "README.md")
    assert info["template"]["framework"] == "claude-design" and info["description"] is None and info["sections"] == []
    res = judge(tmp_path, {"README.md": HANDOFF, "package.json": '{"name": "ent"}'}, ["documentation.readme"])[1]["documentation.readme"]
    assert res["status"] == "fail" and "Claude Design" in res["message"]["en"], res["message"]


def test_a_readme_of_the_teams_own_mentioning_the_bundle_keeps_its_description():
    info = analyse(OWN, "README.md")
    assert info["description"]["line"] == 3 and info["description"]["first"], info["description"]
    assert "install" in info["sections"]
