"""documentation.docs (issue 12, s36 t36 = reader m35o3, mombouli1998/opendatametropole): a master's team's Spring Boot open-data
portal keeps its design in conceptions/ (UML class and sequence diagrams, a database model per feature, the mock-ups as PDF) and its
project reports in rapports/ (PDF); documentation.docs said "found: —" though licensing.data-and-docs listed both folders as the
repository's documentation.

A folder named for the project's design (conception(s)/, uml/, diagrammes/; design/ for office or PDF documents) holding documents is
a documentation folder, and the diagrams there named as such (diagramme_classe, mcd, uml) are its architecture. Near misses: such a
folder of code, a test's, a design/ of pictures and code; and a folder of reports alone (rapports/, reports/: s33 e33's rule, reports
are no documentation folder unless a guide is among them), nor an HTML report a tool wrote (reports/lighthouse.html).
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "documentation.docs"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.4\n% mock-up\n" + b"x" * 200 + b"\n%%EOF\n"

README = ("# Open Data Métropole\n\nPortail de données ouvertes de la métropole : jeux de données, carte, téléchargements CSV, XML "
          "et JSON.\n\n## Lancer le projet\n\n```\nmvn spring-boot:run\n```\n")


def portal(extra: dict) -> dict:
    files = {
        "README.md": README,
        "OpendData/pom.xml": ("<project><modelVersion>4.0.0</modelVersion><groupId>fr.iem</groupId><artifactId>opendata</artifactId>"
                              "<dependencies><dependency><groupId>org.springframework.boot</groupId>"
                              "<artifactId>spring-boot-starter-web</artifactId></dependency></dependencies></project>\n"),
        "OpendData/src/main/java/fr/iem/opendata/OpendataApplication.java": (
            "package fr.iem.opendata;\n\n/** Le point d'entrée. */\n@SpringBootApplication\npublic class OpendataApplication {\n"
            "    public static void main(String[] args) { SpringApplication.run(OpendataApplication.class, args); }\n}\n"),
    }
    files.update(extra)
    return files


DESIGN = {
    "conceptions/connexion/connexion_diagramme_classe.png": PNG,
    "conceptions/connexion/connexion_sequence.png": PNG,
    "conceptions/creation_compte/creation_compte_mcd_bddMySQL.png": PNG,
    "conceptions/maquette/maquette_Accueil.pdf": PDF,
    "conceptions/maquette/maquette_connexion.pdf": PDF,
    "rapports/OpenDataMetropole_Rapport1.pdf": PDF,
    "rapports/OpenDataMetropole_Rapport2.pdf": PDF,
}


def test_design_and_report_folders_are_documentation_with_the_diagrams_as_architecture(tmp_path):
    r = check_result(tmp_path, portal(DESIGN), CID)
    assert "folder" in r["details"]["found"] and "architecture" in r["details"]["found"], r["message"]
    found = {e["path"] for e in r["evidence"] if e.get("kind") == "found"}
    assert "conceptions/connexion/connexion_diagramme_classe.png" in found, found
    assert "conceptions/maquette/maquette_Accueil.pdf" not in found  # (a mock-up is no architecture)


def test_a_diagrams_only_design_folder_gives_the_architecture(tmp_path):
    r = check_result(tmp_path, portal({k: v for k, v in DESIGN.items() if k.endswith(".png")}), CID)
    assert "architecture" in r["details"]["found"], r["message"]


def test_report_folders_design_folders_of_code_or_tests_and_design_pictures_are_not_documentation(tmp_path):
    extra = {
        "OpendData/src/main/java/fr/iem/opendata/conception/Builder.java": "package fr.iem.opendata.conception;\n\npublic class Builder {}\n",
        "OpendData/src/main/java/fr/iem/opendata/conception/notes.md": "Notes on the builder.\n",
        "tests/uml/summary.md": "# Summary\n\n12 passed.\n",
        "tests/uml/run.pdf": PDF,
        "rapports/OpenDataMetropole_Rapport1.pdf": PDF,
        "rapports/OpenDataMetropole_Rapport2.pdf": PDF,
        "reports/lighthouse.html": "<html><body>Lighthouse report</body></html>\n",
        "reports/eslint.html": "<html><body>ESLint report</body></html>\n",
        "design/icons/diagram.svg": "<svg xmlns='http://www.w3.org/2000/svg'></svg>\n",
        "design/tokens.json": '{"color": "#000"}\n',
    }
    r = check_result(tmp_path, portal(extra), CID)
    assert "folder" not in r["details"]["found"] and "architecture" not in r["details"]["found"], r["message"]
