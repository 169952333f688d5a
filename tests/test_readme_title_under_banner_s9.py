"""README title: the H1 under a banner, badges and a bar of links is the project's name, no section (issue 12, session 9's State facts:
suitenumerique/st-deploycenter's "# ST Deploy Center : App management for operators…" was its deployment section)."""

from __future__ import annotations

from tests.test_readme_terms_of_use_s9 import sections

BANNER = ('<p align="center">\n  <a href="https://example.org/deploycenter">\n    <img alt="Deploy Center" src="/docs/assets/banner.png" width="100%" />\n'
          '  </a>\n</p>\n<p align="center">\n  <a href="/LICENSE"><img alt="MIT License" src="https://img.shields.io/github/license/x/y"/></a>\n</p>\n'
          '<p align="center">\n  <a href="/docs/">\n    Documentation\n  </a> - <a href="#getting-started">\n    Getting started\n  </a> - '
          '<a href="mailto:contact@example.org">\n    Reach out\n  </a>\n</p>\n\n')
BODY = ("# ST Deploy Center : App management for operators of La Suite territoriale\n\nDeploy Center helps the operators of La Suite "
        "territoriale's instances configure the services and roles of each local authority.\n")


def test_the_title_under_a_banner_and_a_links_bar_is_no_deployment():
    assert "deployment" not in sections(BANNER + BODY)


def test_a_deployment_chapter_under_it_is_found():
    s = sections(BANNER + BODY + "\n## Deployment\n\nDeploy with the Helm chart in `helm/`: `helm install deploycenter ./helm`.\n")
    assert s["deployment"] == "Deployment"
