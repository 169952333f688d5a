"""An AI assistant's skills, prompts and knowledge base are the product's content, not documentation (issue 12, s40 fn40 =
reader rj40, jfboye01/cowork-plugins and CaptainZiboo/anthony).

A marketplace of assistant plugins whose only prose files are the skills (plugin/skills/SKILL.md, a name/description front
matter, "Tu es l'assistant de rédaction…") had "12 written guides beside the code they describe" (documentation.docs); a RAG
chatbot's French system prompt (config/system.md "## Système : Assistant Virtuel Mairie de …") and knowledge base
(config/files/etat-civil.md "# Base de Connaissances - Mairie de …") made its English documentation "in French"
(documentation.language "translate the README") and were its "written guides". Near miss: a guide about the assistant
(config/guide.md "# RAG Guide") and a docs/ guide stay guides.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECKS = ["documentation.docs", "documentation.language"]
LONG = "".join(f"- Étape {i} : vérifier le courriel reçu, identifier la demande et le quartier concerné.\n" for i in range(80))
SKILL = ("---\nname: courrier-{t}\ndescription: >-\n  Assistant dédié aux courriels adressés au maire sur le thème {t}.\n---\n\n"
         "# Courrier {t}\n\n## Identité\n\nTu es l'assistant de rédaction du directeur de cabinet du maire.\n\n## Workflow\n\n" + LONG)


def _plugins():
    files = {".claude-plugin/marketplace.json": '{"plugins": [{"name": "courrier-sport", "source": {"source": "github"}}]}\n'}
    for t in ("sport", "voirie", "logement"):
        files[f"courrier-{t}/.claude-plugin/plugin.json"] = f'{{"name": "courrier-{t}", "version": "1.0.0"}}\n'
        files[f"courrier-{t}/skills/SKILL.md"] = SKILL.format(t=t)
    return files


def test_skill_files_are_no_written_guides(tmp_path):
    report, res = judge(tmp_path, _plugins(), CHECKS)
    assert report["facts"]["docs"]["code_guides"] == []
    assert "guides" not in res["documentation.docs"]["message"]["en"].lower(), res["documentation.docs"]["message"]


def test_method_sheets_beside_the_code_stay_guides(tmp_path):
    files = {"outils/fusion.py": "def fusion(a, b):\n    return a + b\n",
             "outils/fusion.md": "# Fusion des polygones\n\nCette fiche explique la méthode.\n\n" + LONG,
             "outils/topologie.md": "# Contrôle de topologie\n\nCette fiche explique le contrôle.\n\n" + LONG}
    report, res = judge(tmp_path, files, CHECKS)
    assert report["facts"]["docs"]["code_guides"] == ["outils/fusion.md", "outils/topologie.md"]


ENGLISH = ("This guide explains how the chatbot indexes documents, splits them and retrieves the passages that answer a question. "
           "The loaders read each uploaded file and the retriever ranks the passages before the model writes its answer.\n") * 6
CHATBOT = {
    "README.md": "# City Chatbot\n\nThis project is a chatbot that helps the residents of the city with their procedures.\n\n"
                 "## Setup\n\nRun `docker compose up -d` and open the web page.\n\n" + ENGLISH,
    "client/package.json": '{"name": "client", "dependencies": {"next": "15.0.0", "langchain": "0.3.0"}}\n',
    "client/src/app/page.tsx": "export default function Page() {\n  return <main>Chat</main>;\n}\n",
    "config/guide.md": "# RAG Guide\n\n" + ENGLISH,
    "config/system.md": "## Système : Assistant Virtuel Mairie de Villeneuve\n\n**Rôle :** Fournir des informations précises sur les "
                        "services municipaux et les démarches administratives aux habitants.\n\n" + LONG * 2,
    "config/files/etat-civil.md": "# Base de Connaissances - Mairie de Villeneuve\n\n## État civil\n\n### Acte de naissance\n\n"
                                  "- **Démarche :** demande en ligne via un formulaire, copie intégrale ou extrait.\n" + LONG * 2,
}


def test_a_chatbots_prompt_and_knowledge_base_are_no_documentation(tmp_path):
    report, res = judge(tmp_path, CHATBOT, CHECKS)
    docs = report["facts"]["docs"]
    assert docs["code_guides"] == ["config/guide.md"]
    assert "fr" not in docs["languages"], docs["languages"]
    assert "documentation in French" not in res["documentation.language"]["message"]["en"], res["documentation.language"]["message"]


def test_a_docs_guide_of_the_same_repository_stays_a_guide(tmp_path):
    files = {**CHATBOT, "docs/guide-utilisateur.md": "# Guide de l'utilisateur\n\nCe guide explique comment poser une question au "
                                                     "chatbot et lire ses réponses.\n\n" + LONG * 3}
    report, res = judge(tmp_path, files, CHECKS)
    assert "fr" in report["facts"]["docs"]["languages"]
