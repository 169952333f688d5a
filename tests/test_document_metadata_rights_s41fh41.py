"""A document build's metadata states the documents' licence (issue 12, session 41 fixer fh41 = opt-nc/template-eae, reader ra41
item 4.6). A pandoc kit's metadata file (title.yml: title, author, ``rights: © 2026 …, CC BY-NC``, the EPUB's rights) says under which
licence the book built from its Markdown pages is published; data-and-docs said "no license specific to the documentation: only the
code license applies by default". The rights field is read: a non-commercial or no-derivatives Creative Commons licence, or all
rights reserved, is a statement of a licence that is not open (warn, said); an open one (CC BY 4.0) is the documentation's licence
(pass). Near miss: a rights field naming no licence ("© 2026 Ville de X") keeps the old verdict. The fixtures are written for the
test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "licensing.data-and-docs"
MIT = ("MIT License\n\nCopyright (c) 2026 Ville\n\nPermission is hereby granted, free of charge, to any person obtaining a copy of this software "
       "and associated documentation files (the \"Software\"), to deal in the Software without restriction, including without limitation the "
       "rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom "
       "the Software is furnished to do so, subject to the following conditions:\n\nThe above copyright notice and this permission notice shall "
       "be included in all copies or substantial portions of the Software.\n\nTHE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, "
       "EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND "
       "NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN "
       "ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE "
       "SOFTWARE.\n")
PAGES = {f"src/{i:02d}_{n}.md": f"# {n.title()}\n\n" + "Texte du guide de l'entretien annuel. " * 40 + "\n"
         for i, n in enumerate(("identification", "resume", "objectifs", "competences", "plan", "evolution"))}
TASKFILE = "version: '3'\ntasks:\n  epub:\n    cmds:\n      - pandoc --epub-metadata=src/title.yml -o dist/livret.epub src/*.md\n"


def _res(tmp_path, rights: str):
    title = f"---\ntitle: \"Livret\"\ncreator:\n- role: author\n  text: Jeanne Martin\nrights: {rights}\n...\n"
    return check_result(tmp_path, {"README.md": "# Livret\n\nUn livret à compiler avec pandoc.\n", "LICENSE": MIT, "Taskfile.yml": TASKFILE,
                                   "src/title.yml": title, **PAGES}, CID)


def test_a_non_commercial_rights_field_is_a_licence_that_is_not_open(tmp_path):
    res = _res(tmp_path, "© 2026 Ville, CC BY-NC")
    assert res["status"] == "warn" and "CC-BY-NC" in res["message"]["en"] and "not an open" in res["message"]["en"], res["message"]["en"]


def test_an_open_rights_field_is_the_documentations_licence(tmp_path):
    res = _res(tmp_path, "CC BY 4.0")
    assert res["status"] == "pass", res["message"]["en"]


def test_a_rights_field_naming_no_licence_says_nothing(tmp_path):
    res = _res(tmp_path, "© 2026 Ville")
    assert res["status"] == "warn" and "No license specific" in res["message"]["en"], res["message"]["en"]
