"""licensing.data-and-docs: a web site's picture folder holding one PDF among more pictures counts its documents only (issue 12, s44
fk44 = reader rf44's DHoudetot-Cyril/pinf).

A commune's PHP site keeps the local businesses' flyers it shows in ressources/entrepreneurs/: seven pictures and one flyer as a PDF.
The evidence said "ressources/entrepreneurs/: 8 documentation files": the pictures the site shows are no documents. In a web
application's folder where pictures outnumber the written files, only the documents count. Near miss: a folder of documents with a
figure among them (two PDFs, one picture) counts the figure as before."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "licensing.data-and-docs"
PDF = b"%PDF-1.4\n" + b"1 0 obj << /Type /Catalog >> endobj\n" * 40 + b"%%EOF\n"
JPG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(3000)


def _site(extra: dict) -> dict:
    files = {"README.md": "# Site de la commune\n\nLe site web de la commune, hébergé par la commune.\n",
             "index.php": "<?php\ninclude('libs/config.php');\ninclude('templatesGlobaux/header.php');\n$view = $_GET['view'] ?? 'home';\n"
                          "include(\"templates/$view.php\");\n?>\n",
             "controleur.php": "<?php\nsession_start();\n$action = $_POST['action'] ?? '';\nif ($action == 'login') {\n"
                               "    header('Location: index.php?view=admin');\n}\n?>\n",
             "ajax.php": "<?php\nheader('Content-Type: application/json');\necho json_encode(['ok' => true]);\n?>\n",
             "libs/config.php": "<?php\n$BDD_host = getenv('BDD_HOST');\n?>\n",
             "templatesGlobaux/header.php": "<header><a href=\"ressources/histoire/comite.pdf\">Comité d'histoire</a>"
                                            "<a href=\"ressources/histoire/conference.pdf\">Conférence</a></header>\n",
             "templates/home.php": "<main><h1>Bienvenue</h1></main>\n",
             "compteRendus/cr-2023-01.pdf": PDF, "compteRendus/cr-2023-02.pdf": PDF,
             "ressources/histoire/comite.pdf": PDF, "ressources/histoire/conference.pdf": PDF}
    files.update(extra)
    return files


def _counted(tmp_path, extra: dict, tag: str) -> dict:
    r = judge(tmp_path, _site(extra), [CID], name=tag)[1][CID]
    return {e["path"]: e["value"] for e in r["evidence"] if str(e.get("path", "")).endswith("/")}


def test_a_site_picture_folder_counts_its_documents_only(tmp_path):
    flyers = {f"ressources/entrepreneurs/flyer{i}.jpg": JPG for i in range(5)}
    flyers["ressources/entrepreneurs/peintre.pdf"] = PDF
    counted = _counted(tmp_path, flyers, "pics")
    assert counted.get("ressources/entrepreneurs/") == 1, counted


def test_near_miss_a_figure_among_documents_still_counts(tmp_path):
    docs = {"ressources/entrepreneurs/guide.pdf": PDF, "ressources/entrepreneurs/annexe.pdf": PDF,
            "ressources/entrepreneurs/plan.jpg": JPG}
    counted = _counted(tmp_path, docs, "docs")
    assert counted.get("ressources/entrepreneurs/") == 3, counted
