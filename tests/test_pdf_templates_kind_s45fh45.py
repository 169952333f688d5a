"""Kind: HTML templates that the project's own program fills and prints to PDF are printed documents, no static site (issue 12,
s45 fh45 = reader re45's merryspankersltd/fiches-sport).

jinja/templates/index_tpl.html is a Jinja template ({{v["…"]}}) that jinja/jinjer.py loads with a FileSystemLoader pointing at the
templates folder, renders for each JSON view and prints with headless Chrome's Page.printToPDF: one PDF per sports facility. The
two .html files were taken for the pages of a static site, and nine verdicts followed (publish it on Pages, RGAA statement, no
settings, "a static site" in the API and sign-in reasons). Near miss: the same templates rendered by a Flask application that
serves them (and also prints a PDF) stay pages of a web application."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

TEMPLATE = ('<!doctype html>\n<html lang="fr">\n<head><meta charset="utf-8"><title>Fiche</title>\n'
            '<script src="https://unpkg.com/pagedjs/dist/paged.polyfill.js"></script></head>\n<body>\n'
            '<h1>Fiche équipement</h1>\n<p class="nom">{{ v["nom"] }}</p>\n<p>Commune : {{ v["commune"] }}</p>\n'
            '<table><tr><td>Surface</td><td>{{ v["surface"] }}</td></tr></table>\n</body>\n</html>\n')
PRINTER = ("import base64\nimport json\n\nfrom jinja2 import Environment, FileSystemLoader\nfrom selenium import webdriver\n\n"
           "env = Environment(loader=FileSystemLoader(r'D:\\\\travail\\\\fiches\\\\gabarits'))\n"
           "driver = webdriver.Chrome()\n\nwith open('vues.jsonl', encoding='utf-8') as f:\n    vues = f.readlines()\n\n"
           "for ligne in vues:\n    v = json.loads(ligne)\n    html = env.get_template('fiche.html').render(v=v)\n"
           "    chemin = f'sortie/{v[\"id\"]}.html'\n    with open(chemin, 'w', encoding='utf-8') as out:\n        out.write(html)\n"
           "    driver.get(chemin)\n    pdf = driver.execute_cdp_cmd('Page.printToPDF', {'printBackground': True})\n"
           "    with open(f'sortie/{v[\"id\"]}.pdf', 'wb') as out:\n        out.write(base64.b64decode(pdf['data']))\n\ndriver.quit()\n")
SERVER = ("from flask import Flask, render_template\nfrom weasyprint import HTML\n\napp = Flask(__name__)\n\n\n"
          "@app.route('/fiche/<int:n>')\ndef fiche(n):\n    return render_template('fiche.html', v={'nom': str(n)})\n\n\n"
          "@app.route('/fiche/<int:n>.pdf')\ndef fiche_pdf(n):\n    return HTML(string=render_template('fiche.html', v={'nom': str(n)})).write_pdf()\n")
README = "# Fiches équipements\n\nGabarits HTML remplis par des vues JSON et imprimés en PDF.\n"


def _kind(tmp_path, program: str, tag: str) -> dict:
    files = {"README.md": README, "gabarits/fiche.html": TEMPLATE, "print.css": "@page { size: A4; }\n", f"outils/{tag}.py": program}
    report, _ = judge(tmp_path, files, ["reusability.configuration"], name=tag)
    return report["facts"]["project"]


def test_templates_printed_to_pdf_by_the_projects_program_are_no_site(tmp_path):
    project = _kind(tmp_path, PRINTER, "imprimer")
    assert project["kind"] == "cli-tool" and project["kind_decided"], project
    assert project["kind_evidence"][0]["path"] == "outils/imprimer.py"
    assert not project["also_kinds"]


def test_near_miss_a_flask_application_serving_the_templates_stays_a_web_application(tmp_path):
    project = _kind(tmp_path, SERVER, "app")
    assert project["kind"] == "web-application", project
