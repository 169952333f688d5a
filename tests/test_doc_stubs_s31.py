"""A documentation skeleton's pages left unwritten document nothing (issue 12, session 31 fixer e31 = reader m23o1,
sigrennesmetropole/addon_urbanisme).

The extension's MkDocs site follows a documentation template: docs/guides_techniques/installer/00_presentation.md holds
"## Architecture produit" / "Présentation de la hiérarchie du produit" and "## Recommandation" / "Recommandation sur l'architecture de
l'installation"; developper/api.md holds the template's instructions ("- donner les URL vers les API", "- décrire les méthodes des
API…"); 02_preparation.md, 03_installation.md and 04_configuration.md hold their title alone. documentation.docs passed with
"architecture, API" found on those stubs. A text page of fewer than thirty words under its headings, none ending as a sentence
ends, with no picture, link, command or generated reference, is no document of its topic; one written sentence keeps it (the
fixture of tests/test_local_authority_verdicts.py: "L'extension comprend un module serveur et un module client.")."""

from __future__ import annotations

import pytest

from tests.test_local_authority_verdicts import EXTENSION, judge

STUBS = dict(EXTENSION, **{
    "mkdocs.yml": "site_name: Urbanisme\nnav:\n  - Accueil: index.md\n",
    "docs/index.md": "# Extension urbanisme\n\nCette documentation décrit l'installation et l'usage de l'extension urbanisme de la plateforme.\n",
    "docs/guides_techniques/installer/00_presentation.md": "# Présentation\n\n## Architecture produit\n\nPrésentation de la hiérarchie du produit\n\n\n"
                                                           "## Recommandation\n\nRecommandation sur l'architecture de l'installation",
    "docs/guides_techniques/installer/01_prerequis.md": "# Prérequis\n\nL'extension demande un geOrchestra 23 et une base PostgreSQL avec PostGIS. "
                                                       "Créez la base urbanisme, puis déployez le war dans le Jetty de geOrchestra.\n",
    "docs/guides_techniques/installer/03_installation.md": "# Installation",
    "docs/guides_techniques/developper/api.md": "# Documentation de l'API\n\n\n- donner les URL vers les API\n"
                                                "- décrire les méthodes des API (sauf si swagger intégré -> url vers le swagger)\n\n\n",
})
ONLY = ["documentation.docs"]


def test_a_skeletons_unwritten_pages_document_nothing(tmp_path):
    report, res = judge(tmp_path, STUBS, ONLY)
    docs = report["facts"]["docs"]
    assert docs["architecture"] == [] and docs["api"] == []
    assert docs["deployment"] == ["docs/guides_techniques/installer/01_prerequis.md"]  # (the written page stays)
    r = res["documentation.docs"]
    assert r["status"] == "warn" and {"architecture", "api"} <= set(r["details"]["missing"]), r["message"]


@pytest.mark.parametrize("path,text", [
    ("docs/guides_techniques/developper/api.md", "# API\n\n- `GET /urbanisme/parcelle/{id}` renvoie la note de la parcelle\n"),  # a route in a code span
    ("docs/guides_techniques/developper/api.md", "# API\n\n![schéma](images/api.png)\n"),  # a picture
    ("docs/guides_techniques/developper/api.md", "# API\n\n::: urbanisme.api.routes\n"),  # a reference generated from the code
    ("docs/guides_techniques/developper/api.md", "# API\n\nLe service renvoie la note d'urbanisme de la parcelle demandée.\n"),  # a sentence
])
def test_a_short_written_page_stays_a_document(tmp_path, path, text):
    report, _ = judge(tmp_path, dict(STUBS, **{path: text}), ONLY)
    assert report["facts"]["docs"]["api"] == [path]
