"""reusability.configuration (issue 12, s38 fp38 = reader mc38, Posoroko/site-public-mairie-poullaouen).

A commune's Vue CLI site commits a .env of VUE_APP_TITLE and HEADER_IMAGE that no code reads (its router only assigns
process.env.HEADER_IMAGE = to.image), while its one real setting, the Directus server's address, is written in src/directus/config.js.
The .env was credited as the settings template because Vue CLI loads it. A build tool loading the file is not enough: a variable
reaches the application only where the code or a page names it, and an assignment is no read. The .env is now said unread (not
counted). Near miss: the same .env whose VUE_APP_TITLE the code reads stays the template.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.configuration"
PKG = ('{"name": "site-mairie", "private": true, "scripts": {"serve": "vue-cli-service serve", "build": "vue-cli-service build"},'
       ' "dependencies": {"vue": "^3.2.13", "vue-router": "^4.0.3", "@directus/sdk": "^9.0.0"}, "devDependencies": {"@vue/cli-service": "~5.0.0"}}\n')
ROUTER = """import { createRouter, createWebHistory } from 'vue-router'
import Home from '../views/Home.vue'

const router = createRouter({ history: createWebHistory(process.env.BASE_URL), routes: [{ path: '/', component: Home }] })

router.beforeEach((to, from, next) => {
  process.env.HEADER_IMAGE = to.image
  next()
})

export default router
"""
DIRECTUS = """import { Directus } from '@directus/sdk'

const directusAddress = 'https://cms.example.org'
const directus = new Directus(directusAddress)

export { directus, directusAddress }
"""
FILES = {"package.json": PKG, ".env": "VUE_APP_TITLE = Best App Ever\n\nHEADER_IMAGE = 'eric'\n", "src/router/index.js": ROUTER,
         "src/directus/config.js": DIRECTUS, "src/views/Home.vue": "<template><main>Accueil</main></template>\n",
         "README.md": "# site-mairie\n\n## Project setup\n```\nnpm install\n```\n"}


def _values(r: dict) -> list:
    return [(e.get("path"), e.get("value")) for e in r["evidence"]]


def test_a_tool_loaded_env_that_nothing_reads_is_no_template(tmp_path):
    r = check_result(tmp_path, FILES, CID)
    assert (".env", "template") not in _values(r), r["evidence"]  # was '… ; modèle : .env', evidence .env found "template"
    assert "modèle : .env" not in r["message"]["fr"], r["message"]


def test_the_same_env_read_by_the_code_stays_the_template(tmp_path):
    main = "import { createApp } from 'vue'\nimport App from './App.vue'\ndocument.title = process.env.VUE_APP_TITLE\ncreateApp(App).mount('#app')\n"
    r = check_result(tmp_path, {**FILES, "src/main.js": main}, CID)
    assert (".env", "template") in _values(r), r["evidence"]
