"""A part's stock framework README and a changelog's upgrade note are no install instructions (issue 12, session 35 fixer r35).

- PnCevennes/app_oeasc: reusability.install said "written instructions: yes" on frontend/README.md, Vue CLI's README left as
  `vue create` wrote it ("Project setup" `npm install`, "Compiles and hot-reloads for development", "See Configuration Reference"),
  and docs/changelog.md's migration note ("pip install -r requirements.txt" under a version); the README has no installation
  chapter. A part's README with a chapter of the team's own giving the commands stays an instruction.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

VUE_CLI = ("# oeasc-frontend\n\n## Project setup\n```\nnpm install\n```\n\n### Compiles and hot-reloads for development\n```\nnpm run serve\n```\n\n"
           "### Compiles and minifies for production\n```\nnpm run build\n```\n\n### Lints and fixes files\n```\nnpm run lint\n```\n\n"
           "### Customize configuration\nSee [Configuration Reference](https://cli.vuejs.org/config/).\n")

APP = {
    "README.md": "# Observatoire\n\n## Documentation\n\n### Administration\n\nComment éditer les contenus : [Contenus](docs/content.md)\n",
    "docs/content.md": "# Contenus\n\nLes pages se modifient depuis l'onglet d'administration.\n",
    "docs/changelog.md": "# Changelog\n\n## 1.2.0\n\n- nouvelles pages de restitution\n\n**Migration**\n\n```\npip install -r requirements.txt\n```\n",
    "requirements.txt": "Flask==1.1.1\n",
    "server.py": "from flask import Flask\n\napp = Flask(__name__)\n",
    "install/install.sh": "#!/bin/bash\nset -e\npython3 -m venv venv\n. venv/bin/activate\npip install -r requirements.txt\n",
    "frontend/package.json": '{"name": "oeasc-frontend", "private": true, "scripts": {"serve": "vue-cli-service serve", "build": "vue-cli-service build"}, '
                             '"dependencies": {"vue": "^2.6.10"}}\n',
    "frontend/README.md": VUE_CLI,
    "frontend/src/main.js": "import Vue from 'vue'\n\nnew Vue({}).$mount('#app')\n",
}


def _install(tmp_path, files, name="r"):
    return judge(tmp_path, files, ["reusability.install"], name=name)[1]["reusability.install"]


def test_vue_clis_stock_readme_and_a_changelogs_upgrade_note_are_no_instructions(tmp_path):
    r = _install(tmp_path, APP)
    assert r["details"]["instructions"] is False, r["evidence"]
    assert not any(e.get("path") in ("frontend/README.md", "docs/changelog.md") for e in r["evidence"]), r["evidence"]


def test_a_parts_readme_with_the_teams_own_chapter_still_instructs(tmp_path):
    own = VUE_CLI.replace("## Project setup", "## Mise en place sur le serveur du parc\n\nCopier le fichier de configuration puis :\n"
                                               "```\nnpm install\nnpm run build\n```\n\n## Project setup")
    r = _install(tmp_path, {**APP, "frontend/README.md": own}, name="o")
    assert r["details"]["instructions"] is True, r["evidence"]
