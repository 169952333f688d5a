"""scaling.hosting: the document store a service opens its records' files from is a server it depends on (issue 12, s44 fb44 =
Buralis/archives, readers rb43/vc43): a commune's archives search opens each result's PDF with ``window.open('http://archives.
<commune>.fr/application/pdf/' + the file name its own answer gave)``; the address was skipped as "a page a person opens", and the
hosting message left out the server holding every document. A URL whose path ends in a folder of documents (…/pdf/, /documents/,
/fichiers/, /uploads/) joined with a value is that store. Near misses: window.open of a page joined with a value
(…/wiki/ + a name) and window.open of one whole document stay a page a person opens. The files are written for these tests."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

README = "# archives\n\nRecherche dans l'index du journal municipal numérisé.\n"
INDEX = "<?php $mot = $_GET['mot'] ?? ''; ?>\n<html><body><form><input name=\"mot\"></form><script src=\"js/app.js\"></script></body></html>\n"
APP = """function ouvrir(xhr) {
    var champs = xhr.responseText.split('|');
    {open}
    return false;
}
"""


def _hosting(tmp_path, line: str, name: str) -> dict:
    files = {"README.md": README, "index.php": INDEX, "js/app.js": APP.replace("{open}", line)}
    return judge(tmp_path, files, ["scaling.hosting"], name=name)[1]["scaling.hosting"]


def _hosts(h) -> list:
    return [e["value"].get("host") for e in h["evidence"] if isinstance(e.get("value"), dict)]


def test_a_folder_of_documents_joined_with_a_file_name_is_a_server_the_service_depends_on(tmp_path):
    h = _hosting(tmp_path, "window.open('http://archives.exemple-ville.fr/application/pdf/' + champs[3], '_blank');", "store")
    assert "exemple-ville.fr" in _hosts(h), (h["message"], h["evidence"])  # was left out: "no risky hosting dependency"
    assert "No risky hosting dependency" not in h["message"]["en"] and "no external address" not in h["message"]["en"], h["message"]
    h = _hosting(tmp_path, "window.open(`https://docs.exemple-ville.fr/fichiers/${champs[2]}`);", "template")
    assert "exemple-ville.fr" in _hosts(h), (h["message"], h["evidence"])


def test_near_miss_a_page_or_one_whole_document_opened_by_a_person_stays_out(tmp_path):
    h = _hosting(tmp_path, "window.open('https://fr.wikipedia.org/wiki/' + champs[1], '_blank');", "wiki")
    assert "wikipedia.org" not in _hosts(h), (h["message"], h["evidence"])
    h = _hosting(tmp_path, "window.open('http://archives.exemple-ville.fr/application/pdf/guide.pdf', '_blank');", "one")
    assert "exemple-ville.fr" not in _hosts(h), (h["message"], h["evidence"])
