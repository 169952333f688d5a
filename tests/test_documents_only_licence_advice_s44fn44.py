"""licensing.license-file / open-license / authorized-fr: for a repository of documents only (no code: a showcase site's Markdown pages,
its images), the missing licence's advice is a licence for public information (Licence Ouverte 2.0 / etalab-2.0, CC-BY-4.0), as
licensing.data-and-docs advises, never a software licence chosen by dependencies (MIT, Apache-2.0), and the message speaks of the
content, not of "the code" (issue 12, s44 fn44 = reader rj44's TelesCoop/iarbre-showcase-content). Near miss: a small Python tool
without licence keeps the software licences' advice. The files are written for these tests."""

from __future__ import annotations

import pytest

from tests.test_reusability_fixtures import check_result

PAGES = {"_index.md": "---\ntitle: Accueil\n---\n\nL'outil aide la métropole à choisir où planter des arbres.\n",
         "a-propos.md": "---\ntitle: À propos\n---\n\nLe projet est mené avec les services de la métropole et un laboratoire.\n",
         "credits.md": "---\ntitle: Crédits\n---\n\nÉquipe du projet et partenaires.\n",
         "mentions-legales.md": "---\ntitle: Mentions légales\n---\n\nÉditeur du site : la métropole.\n",
         "actualites/_index.md": "---\ntitle: Actualités\n---\n",
         "actualites/seminaire/index.md": "---\ntitle: Séminaire\ndate: 2026-01-20\n---\n\nSept communes se sont réunies.\n",
         "actualites/inventaire/index.md": "---\ntitle: Inventaire\ndate: 2026-02-10\n---\n\nUn nouvel inventaire du végétal.\n"}
TOOL = {"tool.py": "import argparse\n\n\ndef main():\n    parser = argparse.ArgumentParser()\n    parser.add_argument('path')\n    print(parser.parse_args().path)\n\n\n"
        "if __name__ == '__main__':\n    main()\n", "requirements.txt": "requests==2.32.3\n", "README.md": "# Outil\n\nUn outil en ligne de commande.\n"}


@pytest.mark.parametrize("cid", ["licensing.license-file", "licensing.open-license", "licensing.authorized-fr"])
def test_documents_only_get_a_public_information_licence_advice(tmp_path, cid):
    r = check_result(tmp_path, PAGES, cid)
    advice = r["remediation"]["en"]
    assert r["status"] == "fail" and "etalab-2.0" in advice and "MIT or Apache" not in advice and "dependenc" not in advice, r["remediation"]
    assert "the code" not in r["message"]["en"], r["message"]
    # (the D323-2-1 list's public-information licences are etalab-2.0 and ODbL-1.0: CC-BY-4.0 is not on it — re-reader vh44, s44 lead)
    assert "CC-BY" not in advice and "ODbL-1.0" in advice, advice


def test_near_miss_a_tool_without_licence_keeps_the_software_advice(tmp_path):
    r = check_result(tmp_path, TOOL, "licensing.license-file")
    assert r["status"] == "fail" and "MIT" in r["remediation"]["en"] and "the code" in r["message"]["en"], (r["message"], r["remediation"])
