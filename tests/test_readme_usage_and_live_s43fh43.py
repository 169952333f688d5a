"""A plain-text README's question heading in capitals, and a live address given after "Déployé sur" (issue 12, s43 fh43 = reader rf43's
efroc/stockvc and nicolasaunai/ccpl-news).

- stockvc's README.txt: "- COMMENT ON L'UTILISE ?" over its indented answer ("Il suffit d'ouvrir la page index.php…") was a paragraph,
  no usage section. A line in capitals, a question or a label (led by a dash or not), over lines indented deeper is that text's
  heading; "comment on l'utilise" says how to use it. Near miss: questions in capitals listed without an answer under them stay items.
- ccpl-news's README.md: "Déployé sur `https://courson-monteloup.fr/apps/ccpl_news/ccpl_news.html`" (a code span, no link) gave
  "No link to the live service". An address right after "déployé sur", "deployed at", "en ligne sur", "accessible sur" is the
  service's. Near miss: "peut être déployée sur <a host's address>" says where it could go, no running copy.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

_CID = "documentation.readme-sections"
CODE = {"index.php": "<?php\necho 'Stock';\n"}
TEXT = ("/******************** EXPLICATION DE L'APPLICATION ********************/\n - C'EST QUOI ?\n"
        "    C'est un outil de gestion du materiel informatique en stock et en pret.\n\n- COMMENT ON L'UTILISE ?\n"
        "    Il suffit d'ouvrir la page index.php, et le reste se fait tout seul.\n    Un guide d'utilisation est present sur le site.\n")


def _missing(r) -> list:
    return [e["value"].get("section") or e["value"].get("signal") for e in r["evidence"] if e.get("kind") == "missing"]


def test_a_capitals_question_over_its_indented_answer_is_a_usage_heading(tmp_path):
    r = check_result(tmp_path, {"README.txt": TEXT, **CODE}, _CID)
    assert "usage" not in _missing(r) and "purpose" not in _missing(r), r["message"]


def test_near_miss_capitals_questions_listed_without_answers_stay_items(tmp_path):
    text = ("OUTIL DE GESTION DU STOCK\n\nC'est un outil de gestion du materiel informatique en stock et en pret.\n\n"
            "Questions a traiter plus tard :\n- COMMENT ON L'UTILISE ?\n- QUI LE MAINTIENT ?\n")
    r = check_result(tmp_path, {"README.txt": text, **CODE}, _CID)
    assert "usage" in _missing(r), r["message"]


NEWS = ("# Actualités du Pays\n\nAgrégateur des actualités des communes du Pays.\n\n## Fonctionnement\n\n"
        "Un script lit les flux RSS des communes et écrit `data/news.json` ; la page `news.html` les affiche.\n\n"
        "## Déploiement\n\n{line}\n")


def test_an_address_after_deploye_sur_in_a_code_span_is_the_live_service(tmp_path):
    line = "Déployé sur `https://commune-exemple.fr/apps/news/news.html`, hébergement mutualisé. Le cron s'exécute côté serveur."
    r = check_result(tmp_path, {"README.md": NEWS.format(line=line), "news.html": "<html><body>Actualités</body></html>\n"}, _CID)
    assert "demo" not in _missing(r), r["evidence"]


def test_near_miss_an_address_where_it_could_be_deployed_is_no_live_service(tmp_path):
    line = "Le dépôt peut être déployé sur `https://www.alwaysdata.com/`, ou sur tout hébergement PHP."
    r = check_result(tmp_path, {"README.md": NEWS.format(line=line), "news.html": "<html><body>Actualités</body></html>\n"}, _CID)
    assert "demo" in _missing(r), r["evidence"]
