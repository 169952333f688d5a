"""A stylesheet a document build gives to pandoc is no code and no web interface (issue 12, session 41 fixer fh41 =
opt-nc/template-eae, reader ra41 items 1-4). A kit of Markdown form pages compiled by a Taskfile with pandoc to HTML/EPUB/PDF, its
one stylesheet named on pandoc's command line (``-c etc/epub.css``) and in the EPUB's metadata (``stylesheet: etc/epub.css``), was
taken for code and a web interface: dependencies fail "no manifest", configuration fail, portability warn, accessibility fail with
web advice. The stylesheet is the documents' asset: the repository holds no code. Near miss: a static site, index.html and its
css/style.css, keeps its stylesheet as code and its web interface. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CIDS = ["reusability.dependencies", "reusability.configuration", "reusability.portability", "interoperability.accessibility-and-ecodesign"]

PAGES = {f"src/{i:02d}_{name}.md": f"# {name.title()}\n\nNom : `NOM_AGENT`\n\nDate : `DD/MM/YYYY`\n\n" + "Texte du formulaire. " * 20 + "\n"
         for i, name in enumerate(("identification", "entete", "resume", "objectifs", "competences"))}
TASKFILE = ("version: '3'\n\nvars:\n  DIST: dist\n  SOURCES: >-\n    src/title.yml\n" + "".join(f"    {p}\n" for p in PAGES) +
            "\ntasks:\n  html:\n    cmds:\n      - pandoc -t html --standalone -c etc/book.css -o {{.DIST}}/livret.html {{.SOURCES}}\n"
            "  epub:\n    cmds:\n      - pandoc --epub-metadata=src/title.yml --toc -o {{.DIST}}/livret.epub {{.SOURCES}}\n")
TITLE = "---\ntitle: \"Livret\"\ncreator:\n- role: author\n  text: Jeanne Martin\nstylesheet: etc/book.css\n...\n"
CSS = "body { font-family: serif; margin: 5%; }\nh1 { text-align: center; }\n"
README = "# Livret d'entretien\n\nUn modèle de livret à remplir en Markdown et à compiler avec pandoc.\n\n## Prérequis\n\npandoc et task.\n"


def _audit(tmp_path, files):
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", CIDS))


def test_a_document_builds_stylesheet_is_no_code_nor_web_interface(tmp_path):
    res = _audit(tmp_path, {"README.md": README, "Taskfile.yml": TASKFILE, "src/title.yml": TITLE, "etc/book.css": CSS, **PAGES})
    assert all(res[c]["status"] == "not_applicable" for c in CIDS), {c: (res[c]["status"], res[c]["message"]["en"]) for c in CIDS}


def test_named_only_in_the_metadata_the_stylesheet_is_the_documents(tmp_path):
    task = TASKFILE.replace(" -c etc/book.css", "")
    res = _audit(tmp_path, {"README.md": README, "Taskfile.yml": task, "src/title.yml": TITLE, "etc/book.css": CSS, **PAGES})
    assert res["reusability.dependencies"]["status"] == "not_applicable", res["reusability.dependencies"]["message"]
    assert res["interoperability.accessibility-and-ecodesign"]["status"] == "not_applicable"


def test_a_static_sites_stylesheet_stays_code_and_interface(tmp_path):
    page = "<!doctype html>\n<html lang=\"fr\"><head><link rel=\"stylesheet\" href=\"css/style.css\"></head><body><h1>Mairie</h1></body></html>\n"
    res = _audit(tmp_path, {"README.md": README, "index.html": page, "css/style.css": CSS})
    assert res["interoperability.accessibility-and-ecodesign"]["status"] != "not_applicable", res["interoperability.accessibility-and-ecodesign"]
    assert "No code" not in res["reusability.portability"]["message"]["en"], res["reusability.portability"]["message"]


def test_a_stylesheet_no_build_names_stays_code(tmp_path):
    task = TASKFILE.replace(" -c etc/book.css", "")
    res = _audit(tmp_path, {"README.md": README, "Taskfile.yml": task, "etc/book.css": CSS, **PAGES})
    assert res["reusability.dependencies"]["status"] != "not_applicable", res["reusability.dependencies"]["message"]
