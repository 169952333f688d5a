"""A docs/ folder that is the project's web site published at its own domain (issue 12, session 30 fixer c30 = reader r4b,
MinistereSupRecherche/bso).

The open-science barometer's docs/ is its GitHub Pages web site: docs/CNAME (the barometer's domain), index.html and six chart pages
loading Highcharts (31 to 170 words each), styles, scripts, logos and a flyer PDF. facts.files.docs said "docs/" and documentation.docs
"Found: documentation folder". A folder published at a domain of its own (its CNAME beside an index.html) holding only short
hand-written pages, their scripts, styles, pictures and leaflets is the product's site, not documentation. Beside a user guide PDF, or
with pages speaking of software (an API, a command line), or made by a documentation generator, it stays documentation."""

from __future__ import annotations

import pytest

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

README = "# Open Access Monitoring for France\n\nA complete description of the methodology can be found in the article.\n"
PAGE = ('<head><meta charset="utf-8"/><title>Baromètre de la science ouverte</title><script src="./js/highcharts.js"></script>'
        '<script src="./js/graph.js"></script></head>\n<body><nav>Méthodologie • Données ouvertes • Code ouvert</nav>\n'
        "<h1>Baromètre français de la Science Ouverte</h1><p>Mesurer de façon régulière l'évolution de l'accès ouvert en France.</p>"
        '<div id="chart"></div></body>\n')
SITE = {"README.md": README, "app/__init__.py": "def create_app():\n    return None\n", "requirements.txt": "flask==2.0\n",
        "docs/CNAME": "barometre.example.gouv.fr\n", "docs/index.html": PAGE, "docs/open_access_year.html": PAGE,
        "docs/open_access_genre.html": PAGE, "docs/js/highcharts.js": "var Highcharts = {};\n", "docs/js/graph.js": "Highcharts.chart('chart', {});\n",
        "docs/css/base.css": "body { margin: 0; }\n", "docs/logo_fr.svg": "<svg/>\n", "docs/Flyer_BSO.pdf": "%PDF-1.4 flyer\n"}


def test_a_site_published_at_its_domain_is_no_documentation(tmp_path):
    make_repo(tmp_path, [{"files": SITE}])
    ctx = ctx_for(tmp_path)
    assert ctx.fact("files")["docs"] is None
    assert ctx.fact("docs")["docs_dirs"] == []


@pytest.mark.parametrize("change", [
    {"docs/guide-utilisateur.pdf": "%PDF-1.4 guide\n"},  # a user guide beside the pages
    {"docs/api.html": PAGE.replace("<div id=\"chart\"></div>", "<p>L'API renvoie du JSON : GET /api/publications</p>")},
    {"docs/index.html": PAGE.replace("<head>", '<head><meta name="generator" content="pdoc 8.0"/>')},
    {"docs/CNAME": None},  # no domain of its own: not this rule (a demo of three pages or fewer is another's)
])
def test_documentation_stays(tmp_path, change):
    files = {**SITE, **{k: v for k, v in change.items() if v is not None}, "docs/open_access_publisher.html": PAGE}
    files = {k: v for k, v in files.items() if not (k in change and change[k] is None)}
    make_repo(tmp_path, [{"files": files}])
    assert ctx_for(tmp_path).fact("files")["docs"] == "docs/"
