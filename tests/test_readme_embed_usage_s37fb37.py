"""readme.sections usage (issue 12, s37 fb37 = reader rs37, gip-inclusion/plateforme-accueil): a showcase page "conçue pour être
embarquée en iframe" documents, under "## Embarquer la page en iframe", the <iframe> tag host sites put in their pages (its src the
service's address), an optional resize script and the postMessage protocol. usage was absent: the heading's verb is no usage word. A
chapter on embedding the page (embarquer, intégrer, insérer, embed, iframe) that gives the <iframe> tag pointing at the service's address
is how the deployed service is used by the sites that show it. Near misses: a demo chapter showing a video in an iframe, and a widget's
"Intégration du widget" chapter without an iframe (its script and stylesheet added to one's pages: its installation), keep their verdicts."""

from __future__ import annotations

import pytest

from auditor.engine import AuditOptions, audit
from auditor.facts.document import norm
from auditor.facts.readme_uses import embed_chapter
from tests.gitrepo import make_repo

HEAD = ("# vitrine\n\nVitrine server-rendered pour le site de la plateforme, conçue pour être embarquée en iframe.\n\n"
        "## Développement\n\n```\nuv sync\nuv run manage.py runserver\n```\n\n")
IFRAME = ('```html\n<iframe\n  src="https://<URL-DE-LA-VITRINE>/"\n  title="La plateforme"\n  loading="lazy"\n'
          '  style="width: 100%; height: 600px; border: 0;"\n  data-vitrine\n></iframe>\n```\n\n')
EMBED = HEAD + "## Embarquer la page en iframe\n\nLe tag recommandé côté site hôte :\n\n" + IFRAME + \
    "Seuls certains domaines sont autorisés à embarquer la page (CSP `frame-ancestors`).\n\n## Licence\n\nAGPL-3.0-or-later.\n"
DEMO = HEAD + "## Démo\n\nUne courte vidéo de présentation :\n\n" + \
    '```html\n<iframe src="https://video.exemple.fr/embed/abc" width="560" height="315"></iframe>\n```\n\n## Licence\n\nAGPL-3.0-or-later.\n'


def _sections(tmp_path, readme: str) -> list[str]:
    files = {"README.md": readme, "pyproject.toml": '[project]\nname = "vitrine"\nversion = "1.0"\n', "vitrine/views.py": "def home(request):\n    return None\n"}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-08-20T15:37:02Z", "message": "init", "author": ("Alice Martin", "alice@exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["documentation.readme"]))
    return report["facts"]["readme"]["sections"]


def test_a_chapter_giving_the_iframe_to_embed_the_page_is_the_usage(tmp_path):
    assert "usage" in _sections(tmp_path, EMBED)


def test_a_demo_video_in_an_iframe_is_no_usage(tmp_path):
    assert "usage" not in _sections(tmp_path, DEMO)


@pytest.mark.parametrize(("heading", "body", "embed"), [
    ("Embarquer la page en iframe", IFRAME, True),
    ("Intégration en iframe", IFRAME, True),
    ("Embed the map", IFRAME, True),
    ("Démo", IFRAME, False),
    ("Intégration du widget RM", '<script src="widget-rm.js"></script>\n<link rel="stylesheet" href="widget-rm.css">\n', False),
    ("Intégration continue", IFRAME, False),
])
def test_what_reads_as_an_embedding_chapter(heading, body, embed):
    assert embed_chapter(norm(heading), body) is embed
