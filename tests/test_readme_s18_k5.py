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
