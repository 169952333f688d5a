"""README sections read by the s18 readers c1/c2 (issue 12)."""

from __future__ import annotations

from auditor.facts.readme import analyse


def test_a_chapter_of_difficulties_met_while_building_is_no_contact():
    """c1's MairieDhuizon: "## Difficultés rencontrées" (a table of the development's problems and their fixes) was the README's
    contact section; the README names no one to reach."""
    text = ("# Site de la commune\n\nLe site web de la commune, en Django.\n\n## Difficultés rencontrées\n\n"
            "| Problème | Solution |\n|---|---|\n| Les images ne s'affichent pas | Lancer collectstatic |\n")
    assert "contact" not in analyse(text, "README.md")["sections"]
    for heading in ("## En cas de difficultés", "## Difficultés"):
        text = f"# Outil\n\nUn outil.\n\n{heading}\n\nÉcrivez à support@exemple.fr.\n"
        assert "contact" in analyse(text, "README.md")["sections"], heading


def test_an_example_block_under_the_title_is_usage():
    """c2's mdjs: "Example:" then a fenced block of the library's calls, right under the title, was no section ("missing: usage")."""
    text = ("# mdlib\n\nJavascript code to parse XML metadata files into JS objects.\n\nExample:\n\n```\nvar md = new mdlib.Metadata();\n"
            "md.setXml(response);\nvar title = md.get('title');\n```\n")
    assert "usage" in analyse(text, "README.md")["sections"]
    settings = ("# Outil\n\nUn outil de carte.\n\n## Configuration\n\nLes réglages sont dans config.js.\n\n**Exemple :**\n\n```\n"
                "center: [48.1, -1.6]\n```\n")
    assert "usage" not in analyse(settings, "README.md")["sections"]
