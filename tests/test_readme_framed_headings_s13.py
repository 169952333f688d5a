"""documentation.readme-sections (issue 12, s13 r2 reads of a TYPO3 site template): headings framed by two rules, a line of "="
over and under the title ("=====\\nUsage et Parametrage\\n====="), are headings: the usage chapter is found and the sentence under
the title is the description. Several lines of text over a rule stay a paragraph."""

from __future__ import annotations

from auditor.facts.document import parse_markdown
from tests.test_reusability_fixtures import check_result

RULE = "=" * 50
README = (f"{RULE}\nt3_town_template\n{RULE}\n\nExtension de gabarit pour les sites des communes.\n\n{RULE}\nMinimal Dependencies\n{RULE}\n\n"
          f"* TYPO3 CMS 8.7 or greater\n* bootstrap_package 9 or greater\n\n{RULE}\nUsage et Parametrage\n{RULE}\n"
          "* Pour la page actualité, il faut paramétrer l'Id de la page de détail dans les constantes.\n* Indiquez le serveur Solr.\n")


def test_framed_titles_are_headings():
    blocks = parse_markdown(README)
    assert [(b.text, b.line) for b in blocks if b.kind == "heading"] == [("t3_town_template", 2), ("Minimal Dependencies", 8),
                                                                          ("Usage et Parametrage", 15)]
    two_lines = parse_markdown("A description on one line\nand its second line\n-----\n")
    assert [b.kind for b in two_lines] == ["paragraph"]


def test_the_framed_usage_heading_is_the_usage_section(tmp_path):
    files = {"README.md": README, "ext_emconf.php": "<?php\n$EM_CONF[$_EXTKEY] = ['title' => 'Town template', 'category' => 'templates'];\n",
             "Resources/Private/Templates/Page/Default.html": "<div>{content}</div>\n"}
    r = check_result(tmp_path, files, "documentation.readme-sections")
    found = {e["value"]["section"]: e for e in r["evidence"] if e.get("kind") == "found" and isinstance(e.get("value"), dict)}
    assert "usage" in found and found["usage"]["line"] == 15, r["evidence"]
    assert found["purpose"]["line"] == 5, r["evidence"]
