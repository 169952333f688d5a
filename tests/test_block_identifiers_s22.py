"""A public common named inside the project's own identifiers (issue 12, session 21 verifier v1, pleiade's theme).

A Drupal theme of an OPSN's intranet shows the acts chain's menu and documents block when the companion module that talks
to Pastell is installed: `moduleExists('api_pastell_…')`, then `{% if pastell_enabled %}` in its templates. The product's
name there is part of an identifier (`_` is a word character), so `pastell\\b` never matched and the check said "no public
common called" of a theme built around one. A name inside an identifier is a use; a word that merely begins like it
("pastelle", a colour) and an HTML comment naming the block still are not."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

BLOCKS = "interoperability.public-building-blocks"

THEME = {"README.md": "# Thème intranet\n\nThème Drupal du portail des agents de la collectivité.\n",
         "intranet.info.yml": "name: Intranet\ntype: theme\ncore_version_requirement: ^10\n",
         "intranet.theme": ("<?php\n\nfunction intranet_preprocess_page(&$variables) {\n"
                            "  $handler = \\Drupal::moduleHandler();\n"
                            "  $variables['agenda_enabled'] = $handler->moduleExists('agenda_portail');\n"
                            "  $variables['acts_enabled'] = $handler->moduleExists('acts_portail');\n}\n"),
         "templates/page--front.html.twig": ("<main>\n  <!-- Bloc Pastell : documents -->\n"
                                             "  {% if acts_enabled %}\n    <div class=\"acts\">{{ acts_block }}</div>\n  {% endif %}\n</main>\n"),
         "css/style.css": ".acts { color: pastellemauve; }\n"}


def _msg(res) -> str:
    return res["message"]["en"]


def test_a_comment_and_a_look_alike_word_are_no_use(tmp_path):
    res = judge(tmp_path, THEME, [BLOCKS])[1][BLOCKS]
    assert "Pastell" not in _msg(res), res["message"]


def test_the_common_inside_the_module_and_variable_names_is_used(tmp_path):
    files = dict(THEME)
    files["intranet.theme"] = files["intranet.theme"].replace("'acts_enabled'", "'pastell_enabled'").replace("acts_portail", "api_pastell_portail")
    files["templates/page--front.html.twig"] = files["templates/page--front.html.twig"].replace("if acts_enabled", "if pastell_enabled")
    res = judge(tmp_path, files, [BLOCKS])[1][BLOCKS]
    assert "Pastell" in _msg(res), res["message"]
    assert any(e["path"] == "intranet.theme" for e in res["evidence"]), res["evidence"]
