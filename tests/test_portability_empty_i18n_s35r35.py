"""reusability.portability: an i18n library set up empty translates nothing (issue 12, session 35 fixer r35).

- PnCevennes/app_oeasc: frontend/package.json declares vue-i18n and frontend/src/plugins/i18n.js creates `new VueI18n({ locale: 'fr' })`
  with no messages, imported by nothing; every label is written in French in the components: "i18n: yes" rested on the declared
  library. With no translation call and no locale file, the library counts for nothing; a component calling $t('…') keeps it.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

APP = {
    "README.md": "# Observatoire\n\nSite de restitution.\n",
    "frontend/package.json": '{"name": "front", "private": true, "scripts": {"build": "vue-cli-service build"}, '
                             '"dependencies": {"vue": "^2.6.10", "vue-i18n": "^8.22.1"}}\n',
    "frontend/src/plugins/i18n.js": "import Vue from 'vue'\nimport VueI18n from 'vue-i18n'\nVue.use( VueI18n );\n\nexport default new VueI18n( {\n  locale: 'fr',\n} );\n",
    "frontend/src/main.js": "import Vue from 'vue'\nimport App from './App.vue'\n\nnew Vue({ render: h => h(App) }).$mount('#app')\n",
    "frontend/src/App.vue": "<template>\n  <div id=\"app\"><h1>Déclarer des dégâts</h1><p>Résultats des plans de chasse</p></div>\n</template>\n",
}


def _portability(tmp_path, files, name="r"):
    return judge(tmp_path, files, ["reusability.portability"], name=name)[1]["reusability.portability"]


def test_an_empty_vue_i18n_set_up_is_no_i18n(tmp_path):
    r = _portability(tmp_path, APP)
    assert r["details"]["i18n"] is False, r["message"]
    assert "i18n: no" in r["message"]["en"] and "i18n : non" in r["message"]["fr"], r["message"]


def test_components_calling_the_library_keep_it(tmp_path):
    used = {**APP, "frontend/src/App.vue": "<template>\n  <div id=\"app\"><h1>{{ $t('title') }}</h1><p>{{ $t('results') }}</p></div>\n</template>\n"}
    r = _portability(tmp_path, used, name="u")
    assert r["details"]["i18n"] is True, r["message"]
