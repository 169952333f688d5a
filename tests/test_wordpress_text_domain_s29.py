"""reusability.portability: a communes' WordPress plugin whose labels are hard-coded in French was told "i18n: yes" from a pasted
pagination snippet's `__('Suivant &raquo;', 'text-domain')` (the documentation's placeholder domain) and `__("Oups !")` calls
without a domain (issue 12, s29 e29). WordPress translates a plugin's strings by its own text domain: loaded, declared or given to
the calls; such a plugin keeps "i18n: yes"."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PORT = "reusability.portability"
README = "# Admin GIE\n\nExtension WordPress des communes du GIE.\n"


def _plugin(header_extra: str, body: str) -> dict:
    return {"README.md": README,
            "Administration_GIE.php": ("<?php\n/*\nPlugin Name: Administration GIE\nDescription: Événements des communes.\nVersion: 2.0\n"
                                       + header_extra + "*/\n\nrequire_once plugin_dir_path(__FILE__) . 'includes/list.php';\n"),
            "includes/list.php": "<?php\nfunction gie_list() {\n" + body + "}\n"}


def test_placeholder_or_missing_text_domains_are_no_translation(tmp_path):
    body = ("  echo paginate_links(array('prev_text' => __('&laquo; Précédent', 'text-domain'), 'next_text' => __('Suivant &raquo;', 'text-domain')));\n"
            "  echo __(\"Oups ! Un problème a été rencontré.\");\n  echo __(\"Aucun événement\");\n  echo '<th>Ville</th><th>Code postal</th>';\n")
    r = judge(tmp_path, _plugin("", body), [PORT], name="placeholder")[1][PORT]
    assert r["details"]["i18n"] is False, r["message"]


def test_a_plugin_using_its_own_text_domain_is_translatable(tmp_path):
    body = ("  load_plugin_textdomain('gie', false, dirname(plugin_basename(__FILE__)) . '/languages');\n"
            "  echo __('Aucun événement', 'gie');\n  esc_html_e('Ville', 'gie');\n")
    r = judge(tmp_path, _plugin("Text Domain: gie\n", body), [PORT], name="domain")[1][PORT]
    assert r["details"]["i18n"] is True, r["message"]
