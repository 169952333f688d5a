"""Documents and template READMEs read wrong (issue 12, session 32 fixer k32), each on a git fixture shaped like the real case.

- 3liz/qgis-mercicor-plugin: the README's only commands are under "## Running tests" (`make start_tests`, `make run_tests`):
  documentation.readme-sections found "installation" (l.22 `make start_tests`, "the loading steps are given"). A command that
  runs the test suite is no installation step; `make install` beside it stays one.
- betagouv/document-ia (reader r10a): activity.authors_365d counted "Romaric" <Rhmaric@users.noreply.github.com> (web commits) and
  "Romaric Haldenwang" <romaric@…> as two people (cartobio-api: "Hugo" <Hugoobx@…noreply…>). A one-word first name whose no-reply
  login is a variant of it is the one full name of the history with that first name; two such full names, or a login that is
  not a variant of the name, stay apart.
- makinacorpus/caue24: a Jekyll site of a CAUE whose pages are data/territoires/<n>_histoire.md… ("layout: page" front matter):
  documentation.docs found "documentation folder" from "40 written guides beside the code". The Markdown pages of a content site
  that open on a front matter are its pages, wherever they lie; the same site's docs/ pages stay documentation.
- makinacorpus/ortho44: readme.md is the README of the Jekyll + Foundation starter the site was cloned from ("I love Zurb's Foundation
  framework…", "This tool really just exists to create a "base" directory for starting new projects", `git clone
  git://github.com/groovemonkey/jekyll-foundation-base.git`): documentation.readme passed and readme-sections found purpose,
  install, usage, all the starter's. A README that clones another repository named as a starter and says it exists to start new
  projects is that starter's template; in the starter's own repository it is its README."""

from __future__ import annotations

from tests.test_local_authority_domains import _history
from tests.test_project_kind import run
from tests.test_scaling import ctx_for
from tests.test_reusability_fixtures import results

PLUGIN_README = ("# Mercicor\n\nMethodology for Scaling Mitigation and Compensatory Measures in Tropical Marine Ecosystems.\n\n"
                 "Extension Mercicor pour QGIS\n\n## Links\n\n* Documentation https://docs.example.org/mercicor/\n\n## Running tests\n\n"
                 "* In Docker\n\n```bash\nmake start_tests\nmake run_tests\n# Run a custom pattern\ncd .docker/ && ./exec_tests.sh test_*.py\n"
                 "make stop_tests\n\n# All in one, but slower\nmake tests\n```\n\n* In your QGIS Desktop itself\n\n```python\n"
                 "from qgis.utils import plugins\nplugins['mercicor'].run_tests()\n```\n\n## Credits\n\n* Coral icon by the Noun Project\n")
PLUGIN = {
    "mercicor/metadata.txt": "[general]\nname=Mercicor\nqgisMinimumVersion=3.10\ndescription=Mercicor\nversion=1.0\n",
    "mercicor/__init__.py": "def classFactory(iface):\n    from .plugin import Mercicor\n    return Mercicor(iface)\n",
    "mercicor/plugin.py": "class Mercicor:\n    def __init__(self, iface):\n        self.iface = iface\n",
    "Makefile": "start_tests:\n\tcd .docker && ./start.sh\nrun_tests:\n\tcd .docker && ./exec_tests.sh\ntests: start_tests run_tests\n",
}


def _audit(repo, tmp_path, commits, only, name="r"):
    report = run(repo(commits, name=name), tmp_path / f"c-{name}", only=only)
    return report, results(report)


def _two_commits(files, later):
    return [{"files": files, "date": "2024-03-04T10:00:00Z", "author": ("René Dupont", "rene.dupont@example.org"), "message": "initial"},
            {"files": later, "date": "2025-06-02T10:00:00Z", "author": ("René Dupont", "rene.dupont@example.org"), "message": "docs"}]


def test_test_commands_under_running_tests_are_no_installation(repo, tmp_path):
    _, res = _audit(repo, tmp_path, _two_commits(PLUGIN, {"README.md": PLUGIN_README}), ["documentation.readme-sections"])
    r = res["documentation.readme-sections"]
    assert "install" not in r["details"]["found"], r["message"]


def test_an_install_command_beside_the_tests_stays_installation(repo, tmp_path):
    readme = PLUGIN_README.replace("## Running tests\n", "## Build\n\n```bash\nmake install\n```\n\n## Running tests\n")
    _, res = _audit(repo, tmp_path, _two_commits(PLUGIN, {"README.md": readme}), ["documentation.readme-sections"])
    r = res["documentation.readme-sections"]
    assert "install" in r["details"]["found"], r["message"]


def _authors(repo, authors, name="r"):
    return ctx_for(_history(repo, authors, name=name)).fact("activity")["authors_365d"]


def test_a_first_name_under_a_variant_login_is_the_full_name(repo):
    romaric = [("Romaric Haldenwang", "romaric@dossierfacile.fr")] * 3 + [("Romaric", "Rhmaric@users.noreply.github.com")] * 2
    others = [("Erwan Boehm", "erwan.boehm@gmail.com")] * 2
    assert _authors(repo, romaric + others) == 2
    hugo = [("Hugo Martin", "hugo.martin@agencebio.org"), ("Hugo", "12345+Hugoobx@users.noreply.github.com")]
    assert _authors(repo, hugo, name="h") == 1


def test_two_full_names_or_an_unrelated_login_stay_apart(repo):
    two = [("Romaric Haldenwang", "romaric@dossierfacile.fr"), ("Romaric Dupont", "rdupont@example.org"),
           ("Romaric", "Rhmaric@users.noreply.github.com")]
    assert _authors(repo, two) == 3
    other = [("Romaric Haldenwang", "romaric@dossierfacile.fr"), ("Romaric", "jdupont@users.noreply.github.com")]
    assert _authors(repo, other, name="o") == 2


PAGE = ("---\npublished: true\nlayout: page\n---\n\n## Fenêtre modale\n\n### De 1832 à 2013, forte évolution urbaine\n\nLa carte présente ce développement en 4 périodes.\n"
        + "\nLe bourg s'étend le long de la vallée, puis gagne les coteaux au fil des lotissements et des zones d'activité. " * 48)  # (over 4 KB, as the real pages)
SITE = {"_config.yml": "name: Conseil d'Architecture, d'Urbanisme et de l'Environnement\nmarkdown: kramdown\n",
        "_layouts/default.html": "<html><body>{{ content }}</body></html>\n", "_layouts/page.html": "<div>{{ content }}</div>\n",
        "_includes/header.html": "<header>CAUE</header>\n", "index.html": "---\nlayout: default\n---\n<div id=\"map\"></div>\n",
        "assets/js/app.js": "var map = L.map('map');\nfunction show(t) { return fetch('data/territoires/' + t + '.md'); }\n",
        "Gemfile": "source 'https://rubygems.org'\ngem 'github-pages'\n", "README.md": "# Atlas des paysages\n\nLe site de l'atlas du CAUE.\n"}
SITE.update({f"data/territoires/{n}_{t}.md": PAGE for n in (1, 3, 16) for t in ("histoire", "geographie", "urbanisme", "architecture")})


def test_a_content_sites_front_matter_pages_are_no_documentation(repo, tmp_path):
    _, res = _audit(repo, tmp_path, _two_commits(SITE, {"data/territoires/24_histoire.md": PAGE}), ["documentation.docs"])
    r = res["documentation.docs"]
    assert "folder" not in r["details"].get("found", []) and not any("data/territoires" in (e.get("path") or "") for e in r["evidence"]), r["message"]


def test_a_content_sites_docs_folder_stays_documentation(repo, tmp_path):
    guide = "---\ntitle: Mise à jour\n---\n\n# Mettre à jour une fiche\n\nOuvrez la fiche dans prose.io, modifiez le texte puis publiez : le site est reconstruit.\n"
    files = dict(SITE, **{"docs/mise-a-jour.md": guide, "docs/ajout-territoire.md": guide.replace("Mettre à jour", "Ajouter")})
    _, res = _audit(repo, tmp_path, _two_commits(files, {"docs/publication.md": guide}), ["documentation.docs"])
    r = res["documentation.docs"]
    assert "folder" in r["details"].get("found", []), r["message"]


STARTER_README = ("# Jekyll + Foundation CSS #\n\nI love Zurb's Foundation framework, and Jekyll is a great tool for preventing code duplication "
                  "while building static HTML/CSS/js websites.\n\nThis tool really just exists to create a \"base\" directory for starting new "
                  "projects.\n\n## What's Included: ##\n* all the directories that Jekyll needs to compile your static site\n* jQuery\n"
                  "* a default html5 template in _layouts\n\n## How To 'Install' It ##\n\nFirst, make sure you have Ruby and the Jekyll gem "
                  "installed (gem install jekyll).\n\nThen, just download the .zip or\n\n\t```git clone git://github.com/groovemonkey/"
                  "jekyll-foundation-base.git```\n\nthis baby and get started!\n\n## Tutorial: ##\n\n### Layouts ###\n\nThe easiest way is to use "
                  "the default layout. To use a layout, put this at the top of your page:\n\n    ---\n    layout: default\n    ---\n")
MAP_SITE = {"_config.yml": "markdown: kramdown\n", "_layouts/default.html": "<html><body>{{ content }}</body></html>\n",
            "_includes/nav.html": "<nav></nav>\n", "index.html": "---\nlayout: default\n---\n<div id=\"map\"></div>\n",
            "js/map.js": "var map = L.map('map').setView([47.2, -1.5], 10);\nL.tileLayer('https://tiles.example.org/ortho/{z}/{x}/{y}.png').addTo(map);\n"}


def test_a_starters_readme_copied_whole_is_its_template(repo, tmp_path):
    commits = [{"files": {"index.html": "<p>demo</p>\n"}, "date": "2013-05-21T09:00:00Z", "author": ("Eric Dupont", "eric@example.org"), "message": "basic demo"},
               {"files": dict(MAP_SITE, **{"readme.md": STARTER_README}), "date": "2013-05-21T10:00:00Z", "author": ("Eric Dupont", "eric@example.org"),
                "message": "Jekyll structure including Foundation"}]
    report, res = _audit(repo, tmp_path, commits, ["documentation.readme", "documentation.readme-sections"], name="ortho44")
    assert report["facts"]["readme"]["template"]["framework"] == "groovemonkey/jekyll-foundation-base"
    assert res["documentation.readme"]["status"] == "fail", res["documentation.readme"]["message"]
    r = res["documentation.readme-sections"]
    assert r["status"] == "fail" and r["details"]["found"] == [], r["message"]


def test_the_starters_own_repository_keeps_its_readme(repo, tmp_path):
    commits = _two_commits(MAP_SITE, {"readme.md": STARTER_README})
    report, res = _audit(repo, tmp_path, commits, ["documentation.readme-sections"], name="jekyll-foundation-base")
    assert report["facts"]["readme"]["template"] is None
    assert {"purpose", "install"} <= set(res["documentation.readme-sections"]["details"]["found"])
