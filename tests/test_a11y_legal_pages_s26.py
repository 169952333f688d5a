"""A single-page app's accessibility statement lives in its legal-notice components (issue 12, s26 f26 = s26 reader o1,
sigrennesmetropole/cooperation_jn_solar): src/constants/legalLinks.ts lists the legal pages with "Accessibilité : non conforme" and
src/components/legal/AccessibilityLegal.vue is the page, yet interoperability.accessibility-and-ecodesign said "RGAA statement
missing": files under a legal name (the scan's "legal" class) were not read for the statement, and a component named
"AccessibilityLegal" was no statement page. Right neighbours: a privacy page that does not speak of accessibility, and a component
for an app's accessibility features (skip links), are still no statement."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

A11Y = "interoperability.accessibility-and-ecodesign"

APP = {"package.json": '{"name": "simulateur", "private": true, "dependencies": {"vue": "^3.2.0", "vue-router": "^4.1.0"}}\n',
       "README.md": "# Simulateur\n\nUne application web de simulation de la métropole.\n",
       "index.html": "<!doctype html><html lang=\"fr\"><body><div id=\"app\"></div><script type=\"module\" src=\"/src/main.ts\"></script></body></html>\n",
       "src/main.ts": "import { createApp } from 'vue'\nimport App from './App.vue'\n\ncreateApp(App).mount('#app')\n",
       "src/App.vue": "<template>\n  <main><h1>Simulateur</h1><RouterView /></main>\n</template>\n",
       "src/components/accessibility/SkipLinks.vue": "<template>\n  <a href=\"#main\">Aller au contenu</a>\n</template>\n",
       "src/components/legal/PrivacyLegal.vue": "<template>\n  <section><h2>Politique de confidentialité</h2></section>\n</template>\n",
       "src/constants/legalLinks.ts": ("export const legalList = [\n  { link: '/legalnotice/confidentialite', slug: 'confidentialite', "
                                       "name: 'Politique de confidentialité' },\n]\n")}


def _present(res) -> str:
    return res["message"]["en"].split("; missing:")[0]


def test_the_statement_in_a_list_of_legal_links_counts(tmp_path):
    files = dict(APP, **{"src/constants/legalLinks.ts": ("export const legalList = [\n  { link: '/legalnotice/confidentialite', "
                                                          "slug: 'confidentialite', name: 'Politique de confidentialité' },\n"
                                                          "  { link: '/legalnotice/accessibilite', slug: 'accessibilite', "
                                                          "name: 'Accessibilité : non conforme' },\n]\n")})
    res = judge(tmp_path, files, [A11Y])[1][A11Y]
    assert "RGAA statement" in _present(res), res["message"]


def test_an_accessibility_legal_component_is_the_statement_page(tmp_path):
    files = dict(APP, **{"src/components/legal/AccessibilityLegal.vue": "<template>\n  <UiAccessibilityLegal />\n</template>\n"})
    res = judge(tmp_path, files, [A11Y])[1][A11Y]
    assert "RGAA statement" in _present(res), res["message"]


def test_legal_pages_without_it_and_skip_links_are_no_statement(tmp_path):
    res = judge(tmp_path, APP, [A11Y])[1][A11Y]
    assert res["status"] != "not_applicable", res["message"]
    assert "RGAA statement" not in _present(res), res["message"]
