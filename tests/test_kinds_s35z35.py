"""Two kinds read wrong (issue 12, s35 z35 = reader m32o2).

Arno37/assistant-faq-collectivite: a FastAPI service (src/api/main.py builds ``app = FastAPI(...)`` with routes, the Dockerfile runs
``uvicorn src.api.main:app``) whose requirements.txt names neither fastapi nor uvicorn (the CI installs them apart) was "library, no
file decides the kind". A Python server framework the code imports and builds its application with, though no manifest declares
it, serves: an API (pages when it has templates). A module that only imports it (a helper of a notebook) decides nothing.

TanguyJ44/Launcher-BYOD-Metropole-de-Lyon: a Swing program whose main() (Main.java) opens ``new Frame(...)``, the window a second
file declares as ``public class Frame extends javax.swing.JFrame`` (qualified, no import), was "cli-tool (Java program with a main
class)". A main() constructing a window class the project declares is a desktop program; a JFrame class no main() opens is not."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

FAQ_API = {
    "README.md": "# Assistant FAQ\n\nUn assistant qui répond aux questions des habitants.\n",
    "requirements.txt": "huggingface_hub\npython-dotenv\n",
    "Dockerfile": "FROM python:3.11-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nEXPOSE 8000\n"
                  "CMD [\"uvicorn\", \"src.api.main:app\", \"--host\", \"0.0.0.0\", \"--port\", \"8000\"]\n",
    "src/__init__.py": "",
    "src/api/__init__.py": "",
    "src/api/main.py": "from fastapi import FastAPI, HTTPException\nfrom pydantic import BaseModel\n\nfrom src.strategies.base import repondre\n\n"
                       "app = FastAPI(title=\"API FAQ\", version=\"1.0\")\n\n\nclass Question(BaseModel):\n    texte: str\n\n\n"
                       "@app.post(\"/ask\")\ndef ask(q: Question):\n    if not q.texte:\n        raise HTTPException(400)\n    return {\"reponse\": repondre(q.texte)}\n",
    "src/strategies/__init__.py": "",
    "src/strategies/base.py": "from huggingface_hub import InferenceClient\n\n\ndef repondre(texte):\n    return InferenceClient().text_generation(texte)\n",
    "tests/test_api.py": "from fastapi.testclient import TestClient\n\nfrom src.api.main import app\n\n\ndef test_ask():\n"
                        "    assert TestClient(app).post('/ask', json={'texte': 'x'}).status_code == 200\n",
}


def test_a_fastapi_application_the_requirements_do_not_name_is_an_api_service(tmp_path):
    project, _ = kind_and_results(tmp_path, FAQ_API, [])
    assert project["kind"] == "api-service", project
    assert any(e["path"] == "src/api/main.py" for e in project["kind_evidence"]), project["kind_evidence"]


def test_a_module_only_importing_fastapi_decides_nothing(tmp_path):
    # (near miss: a helper importing FastAPI's types, no application built: no service)
    files = {k: v for k, v in FAQ_API.items() if k not in ("src/api/main.py", "Dockerfile")}
    files["src/api/main.py"] = "from fastapi import HTTPException\n\n\ndef check(texte):\n    if not texte:\n        raise HTTPException(400)\n"
    project, _ = kind_and_results(tmp_path, files, [])
    assert project["kind"] != "api-service", project


POM = ("<project>\n  <groupId>org.exemple</groupId>\n  <artifactId>launcher</artifactId>\n  <version>1.0</version>\n  <dependencies>\n"
       "    <dependency><groupId>com.formdev</groupId><artifactId>flatlaf</artifactId><version>3.2</version></dependency>\n"
       "  </dependencies>\n  <build><plugins><plugin><artifactId>maven-jar-plugin</artifactId>\n"
       "    <configuration><archive><manifest><mainClass>org.exemple.Main</mainClass></manifest></archive></configuration>\n"
       "  </plugin></plugins></build>\n</project>\n")
MAIN = ("package org.exemple;\n\nimport org.exemple.gui.Frame;\n\nimport javax.swing.*;\n\npublic class Main {\n"
        "    public static void main(String[] args) {\n        System.out.println(\"Launcher\");\n"
        "        java.awt.EventQueue.invokeLater(new Runnable() {\n            public void run() {\n"
        "                new Frame(true).setVisible(true);\n            }\n        });\n    }\n}\n")
FRAME = ("package org.exemple.gui;\n\nimport java.net.URL;\n\npublic class Frame extends javax.swing.JFrame {\n"
         "    public Frame(boolean installed) {\n        setTitle(\"Launcher\");\n    }\n}\n")


def test_a_main_opening_a_qualified_jframe_declared_elsewhere_is_a_desktop_application(tmp_path):
    files = {"README.md": "# Launcher\n", "pom.xml": POM, "src/main/java/org/exemple/Main.java": MAIN,
             "src/main/java/org/exemple/gui/Frame.java": FRAME}
    project, _ = kind_and_results(tmp_path, files, [])
    assert project["kind"] == "desktop-application", project


def test_a_jframe_no_main_opens_leaves_a_command(tmp_path):
    # (near miss: the command's main() prints and exits; a window class lies beside it, never constructed by main())
    main = MAIN.replace("new Frame(true).setVisible(true);", "System.out.println(args[0]);")
    files = {"README.md": "# Launcher\n", "pom.xml": POM, "src/main/java/org/exemple/Main.java": main,
             "src/main/java/org/exemple/gui/Frame.java": FRAME}
    project, _ = kind_and_results(tmp_path, files, [])
    assert project["kind"] == "cli-tool", project
