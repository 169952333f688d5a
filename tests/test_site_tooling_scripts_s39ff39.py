"""facts.project.kind (issue 12, s39 ff39 = reader rc39, yak0ub-b/mairie-lepin): a commune's static site — many hand-written HTML pages
at the root — with a package.json whose "scripts" run two developer helpers under scripts/ (a screenshot helper reading the URL from
process.argv, a local server) was a command-line tool: the helper was read as the product's command-line entry point. Scripts of a
tooling folder (scripts/, tools/) that package.json runs, with no "bin", beside a site's pages that outnumber the code are the site's
tooling: the pages decide. Near misses: a real command-line tool (a "bin" entry, a few documentation pages) and a converter under
scripts/ beside a single demonstration page stay command-line tools."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

HELPER = ("import puppeteer from 'puppeteer-core';\nconst url = process.argv[2] || 'http://localhost:3000';\n"
          "const browser = await puppeteer.launch({executablePath: 'C:/Chrome/chrome.exe'});\n"
          "const page = await browser.newPage();\nawait page.goto(url);\nawait page.screenshot({path: 'shot.png'});\nawait browser.close();\n")


def page(title):
    return (f"<!DOCTYPE html>\n<html lang=\"fr\"><head><title>{title} — Mairie</title><link rel=\"stylesheet\" href=\"assets/css/style.css\">"
            f"</head>\n<body><nav><a href=\"index.html\">Accueil</a></nav><main><h1>{title}</h1><p>Informations.</p></main>"
            "<script src=\"assets/js/main.js\"></script></body></html>\n")


SITE = {
    **{f"{name}.html": page(name.capitalize()) for name in ("index", "mairie", "contact", "enfance", "sante", "urbanisme", "loisirs")},
    "assets/css/style.css": "body { font-family: sans-serif; }\n",
    "assets/js/main.js": "document.querySelector('nav').classList.add('ready');\n",
    "package.json": '{\n  "name": "mairie-site",\n  "version": "1.0.0",\n  "type": "module",\n  "scripts": {\n'
                    '    "serve": "node scripts/serve.mjs",\n    "screenshot": "node scripts/screenshot.mjs http://localhost:3000"\n  },\n'
                    '  "dependencies": {"puppeteer-core": "^22.0.0"}\n}\n',
    "scripts/screenshot.mjs": HELPER,
    "scripts/serve.mjs": "import http from 'node:http';\nhttp.createServer((q, r) => r.end('ok')).listen(3000);\n",
}

CONVERT = ("import fs from 'node:fs';\nconst [input, output] = process.argv.slice(2);\nconst rows = fs.readFileSync(input, 'utf8').split('\\n');\n"
           "fs.writeFileSync(output, JSON.stringify(rows.map(r => r.split(';'))));\n")


def kind(tmp_path, files):
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-01T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["interoperability.accessibility-and-ecodesign"]))
    return report["facts"]["project"], report["results"][0]


def test_a_screenshot_helper_beside_a_site_s_pages_is_the_site_s_tooling(tmp_path):
    project, a11y = kind(tmp_path, SITE)
    assert project["kind"] == "static-site", project
    assert all(e["path"] != "scripts/screenshot.mjs" for e in project["kind_evidence"]), project
    assert a11y["status"] != "not_applicable", a11y


def test_a_command_line_tool_with_a_bin_entry_and_a_few_doc_pages_stays_a_cli_tool(tmp_path):
    files = {"README.md": "# csv2json\n\nConvertit un fichier CSV en JSON : `csv2json entree.csv sortie.json`.\n",
             "package.json": '{"name": "csv2json", "version": "1.0.0", "bin": {"csv2json": "scripts/convert.mjs"},\n'
                             ' "scripts": {"convert": "node scripts/convert.mjs"}}\n',
             "scripts/convert.mjs": "#!/usr/bin/env node\n" + CONVERT,
             "docs/index.html": page("Documentation"), "docs/usage.html": page("Utilisation")}
    project, _ = kind(tmp_path, files)
    assert project["kind"] == "cli-tool", project


def test_a_converter_under_scripts_beside_one_demo_page_stays_a_cli_tool(tmp_path):
    files = {"README.md": "# Convertisseur\n\n`npm run convert entree.csv sortie.json`\n", "index.html": page("Démo"),
             "package.json": '{"name": "convertisseur", "version": "1.0.0", "scripts": {"convert": "node scripts/convert.mjs"}}\n',
             "scripts/convert.mjs": CONVERT}
    project, _ = kind(tmp_path, files)
    assert project["kind"] == "cli-tool", project
