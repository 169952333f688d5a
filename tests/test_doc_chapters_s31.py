"""Documents judged by what their chapters hold, not by their headings (issue 12, session 31 fixer e31 = readers m23o3, m23o1).

pixelhumain/communecter: docs/goodStuff.md, "Outils et trucs pratiques" (an editor, org-mode, markdown-live), has a "### install"
under "## markdown-live" whose only command is ``sudo npm install -g markdown-live``; the docs fact took the page for deployment
documentation and reusability.install said "written instructions: yes" though nothing says how to install the project. A chapter
whose every command installs another tool for the whole machine installs that tool; the project's own package installed globally
(``npm install -g <its name>``), or a chapter that also clones or starts the project, stays an install chapter."""

from __future__ import annotations

import pytest

from tests.test_local_authority_verdicts import judge

TIPS = ("# Outils et trucs pratiques\n\n## Sublime Text\nNotre éditeur favori\nhttps://www.sublimetext.com/3\n\n"
        "## markdown-live\nVisualiser en direct l'édition d'un MD\nhttps://github.com/mobily/markdown-live#installation\n"
        "### install\nsudo npm install -g markdown-live\npetit bug réglé par ça\n"
        "echo fs.inotify.max_user_watches=524288 | sudo tee -a /etc/sysctl.conf && sudo sysctl -p\n###usage\nmdlive --file docs/devLog.md\n")
APP = {"README.md": "# Réseau citoyen\n\nUn réseau social citoyen pour les communes : annonces, événements, organisations.\n",
       "controllers/PersonController.php": "<?php\nclass PersonController extends CController {\n  public function actionIndex() { $this->render('index'); }\n}\n",
       "views/person/index.php": "<div class=\"person\"><?php echo $name; ?></div>\n",
       "docs/faq.md": "# FAQ\n\nOù trouver la feuille de route ? Dans roadmap.md, mise à jour chaque semaine par l'équipe.\n",
       "docs/goodStuff.md": TIPS}
ONLY = ["documentation.docs", "reusability.install"]


def test_an_install_chapter_of_another_tool_is_no_install_document(tmp_path):
    report, res = judge(tmp_path, APP, ONLY)
    assert report["facts"]["docs"]["deployment"] == []
    assert res["reusability.install"]["details"]["instructions"] is False, res["reusability.install"]["message"]
    assert res["reusability.install"]["status"] == "fail"
    assert "deployment" in res["documentation.docs"]["details"]["missing"]


@pytest.mark.parametrize("chapter", [
    "### install\nsudo npm install -g reseau-citoyen\n",  # the project's own package (its manifest's name), installed globally
    "### install\ngit clone https://example.org/reseau-citoyen.git\nsudo npm install -g markdown-live\n",  # a copy of the project too
    "### install\n```\nnpm install -g bower\nnpm install\nnpm start\n```\n",  # a global tool, then the project's own steps
])
def test_an_install_chapter_of_the_project_stays_one(tmp_path, chapter):
    files = dict(APP, **{"docs/goodStuff.md": TIPS.replace("### install\nsudo npm install -g markdown-live\n", chapter),
                         "package.json": '{"name": "reseau-citoyen", "version": "1.0.0", "bin": {"reseau": "bin/reseau.js"}}\n'})
    report, res = judge(tmp_path, files, ONLY)
    assert report["facts"]["docs"]["deployment"] == ["docs/goodStuff.md"]
    assert res["reusability.install"]["details"]["instructions"] is True
