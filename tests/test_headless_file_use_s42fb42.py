"""A README with no chapter that tells its user to give the application a file ("Pour ce faire, charger un fichier et laissez
tourner...") and lists the formats it accepts ("Les formats supportés sont:") gives the usage (issue 12, s42 fb42, left open by s41
re41 = cigalsace/zaphirweb, a web application converting metadata files: readme-sections 'Sections found: purpose; missing:
installation, usage, …'). Near misses: the same README saying only what the tool can do ("L'application permet de charger un
fichier…"), or the instruction without the accepted formats, gives no usage.

The files are written for these tests, in the shape of the real repository named above."""

from __future__ import annotations

from auditor.facts.readme_file_use import file_use
from tests.test_reusability_fixtures import build, results, run_audit

HEAD = """# convmeta
Application web de conversion de fiches de métadonnées entre tableur et XML.

"""
STEP = "Pour ce faire, chargez un fichier et attendez la fin de la conversion.\n\n"
CAN = "L'application permet de charger un fichier et de le convertir.\n\n"
FORMATS = """Les formats supportés sont:

- XML: fiche de métadonnées ISO 19139
- ODS: tableur mis en forme selon le modèle du partenariat
- ZIP: ensemble de fichiers XML et/ou ODS

Lors de la conversion, les autres fichiers sont ignorés.
"""
APP = "from bottle import route, run\n\n\n@route('/')\ndef index():\n    return 'ok'\n\n\nrun(host='localhost', port=8080)\n"


def _report(tmp_path, readme: str, name: str = "r") -> dict:
    files = {"README.md": readme, "app.py": APP, "requirements.txt": "bottle\n"}
    return run_audit(build(tmp_path / name, files), tmp_path / f"c-{name}", ["documentation.readme-sections"])


def test_loading_a_file_among_the_accepted_formats_is_the_usage(tmp_path):
    report = _report(tmp_path, HEAD + STEP + FORMATS)
    assert "usage" in report["facts"]["readme"]["sections"]
    assert "usage" not in results(report)["documentation.readme-sections"]["details"].get("missing", [])


def test_what_the_application_can_do_is_no_usage(tmp_path):
    assert "usage" not in _report(tmp_path, HEAD + CAN + FORMATS, "can")["facts"]["readme"]["sections"]


def test_the_instruction_without_the_formats_is_no_usage(tmp_path):
    assert "usage" not in _report(tmp_path, HEAD + STEP, "bare")["facts"]["readme"]["sections"]


def test_the_sentences():
    from auditor.facts.document import parse_document
    for text, used in ((HEAD + "You can upload a file to convert it.\n\nSupported formats: XML, ODS.\n", True),
                       (HEAD + "This tool allows you to upload a file.\n\nSupported formats: XML, ODS.\n", False),
                       (HEAD + "## Usage\n\nDrop a file.\n\n## Formats\n\nSupported formats: XML.\n", False)):
        blocks = parse_document(text, "markdown")
        assert bool(file_use(blocks, sum(b.kind == "heading" for b in blocks), set())) is used, text
