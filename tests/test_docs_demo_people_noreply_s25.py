"""Two facts of the report (issue 12, s25 reader o2, family 7).

- facts.files.docs: a library's docs/ folder holding only its GitHub Pages demo (sgad-sdis67/MapBox-sdis: index.html loading a copy
  of the built bundle, a GIF, an icon) was its documentation. A demo page that says almost nothing is no documentation; a docs/
  folder with a Markdown guide, or an HTML page of prose, stays documentation.
- people: an organisation's GitHub account renamed (airbreizh/airbreizh_ScriptsSiteWeb: "<id>+airbreizh@users.noreply.github.com"
  then "<same id>+airbreizhMcheve@…") was two contributors. A no-reply address's account number is one account, whatever its
  login; two numbers, or GitLab's number beside GitHub's same number, stay two.
"""

from __future__ import annotations

from tests.test_local_authority_domains import _history
from tests.test_scaling import ctx_for, one
from tests.test_scaling import run as run_check

DEMO_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>Accroche (démo)</title>
<script src="accroche.js"></script><link rel="stylesheet" href="demo.css"></head>
<body><h1>Accroche (démo)</h1><div id="carte"></div>
<script>
  const carte = new maplibregl.Map({ container: 'carte', zoom: 12 });
  carte.addControl(new Accroche());
</script></body></html>
"""
GUIDE_PAGE = "<!doctype html><html><head><script src=\"menu.js\"></script></head><body><h1>Guide</h1>" + \
    "".join(f"<p>Étape {i} : ouvrez le panneau des couches, choisissez la couche à modifier puis tracez la ligne en suivant les "
            "sommets existants ; l'accroche se fait à moins de dix pixels.</p>" for i in range(1, 8)) + "</body></html>\n"
LIB = {"package.json": '{"name": "accroche", "version": "1.0.0", "main": "dist/accroche.js"}\n',
       "src/index.js": "export default class Accroche { onAdd(map) { this.map = map; return document.createElement('div'); } }\n",
       "README.md": "# accroche\n\nUn contrôle d'accroche pour les cartes.\n"}


def _docs(repo, files, name):
    return ctx_for(one(repo, {**LIB, **files}, name=name)).fact("files")["docs"]


def test_a_github_pages_demo_is_no_documentation(repo):
    assert _docs(repo, {"docs/index.html": DEMO_PAGE, "docs/accroche.js": "var Accroche=function(){};\n", "docs/demo.css": "#carte{height:90vh}\n",
                        "docs/demo.gif": "GIF89a\x01\x00", "docs/.nojekyll": ""}, "demo") is None


def test_documents_or_prose_stay_documentation(repo):
    assert _docs(repo, {"docs/index.html": DEMO_PAGE, "docs/guide.md": "# Guide\n\nAjoutez le contrôle à votre carte.\n"}, "md") == "docs/"
    assert _docs(repo, {"docs/index.html": GUIDE_PAGE, "docs/menu.js": "void 0;\n"}, "prose") == "docs/"


def test_one_github_account_renamed_is_one_contributor(repo):
    authors = [("Observatoire Exemple", "41234567+obs-exemple@users.noreply.github.com")] * 2 + \
              [("obsExempleMdupont", "41234567+obsExempleMdupont@users.noreply.github.com")] * 2
    ctx = ctx_for(_history(repo, authors))
    assert ctx.fact("contributors")["all_time"] == 1, ctx.fact("contributors")
    res = run_check(ctx, "scaling.contributor-organisations")
    assert "75" not in res.message["fr"], res.message


def test_other_account_numbers_stay_apart(repo):
    authors = [("Observatoire Exemple", "41234567+obs-exemple@users.noreply.github.com")] * 2 + \
              [("Camille Durand", "7654321+cdurand-obs@users.noreply.github.com")] * 2 + \
              [("Léa Martin", "41234567-lmartin@users.noreply.gitlab.com")]
    assert ctx_for(_history(repo, authors, name="apart")).fact("contributors")["all_time"] == 3
