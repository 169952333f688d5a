"""Issue 12, session 44 fixer fq44 (remifroger/gestion-projet-app): an Express app's Pug views each load an outside font kit and
stylesheets, ``link(rel="stylesheet" href="https://…")``, in their head. scaling.hosting said "No risky hosting dependency (no
external address the service loads or calls…)": a Pug/Slim element's attributes were read as a link's, never as a page's <link
href> or <script src>. A template's link or script element with its attributes in parentheses is written as the HTML tag it
renders, line numbers kept. Near miss: a Pug ``a(href="https://…")`` stays a link a person follows, nothing loaded."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

HOSTING = "scaling.hosting"


def _view(head: str, body: str = "") -> str:
    return ("doctype html\nhtml\n  head\n    meta(charset=\"utf-8\")\n    title Suivi des projets\n" + head
            + "    link(rel=\"stylesheet\" href=\"dist/bundle.css\")\n  body\n    .container\n      h1 Suivi des projets\n" + body
            + "    script(src=\"dist/bundle.js\")\n")


def _files(view: str) -> dict:
    return {"src/client/views/index.pug": view,
            "package.json": '{"name": "suivi", "dependencies": {"express": "^4.17.1", "pug": "^3.0.0"}}\n',
            "src/server/app.js": ("const express = require('express')\nconst app = express()\napp.set('view engine', 'pug')\n"
                                  "app.get('/', (req, res) => res.render('index'))\napp.listen(process.env.PORT)\n")}


def _hosts(report) -> str:
    return repr(report["facts"].get("hosting_dependencies"))


def test_a_pug_views_stylesheet_and_script_links_are_loaded_resources(tmp_path):
    view = _view("    link(rel=\"stylesheet\" href=\"https://fonts.kit-polices-exemple.net/ab12cd.css\" crossorigin=\"anonymous\")\n"
                 "    script(src=\"https://cdn.scripts-exemple.net/widget.min.js\")\n")
    report, res = judge(tmp_path, _files(view), [HOSTING])
    r = res[HOSTING]
    assert "no external address" not in r["message"]["en"], r["message"]
    assert "kit-polices-exemple.net" in _hosts(report) and "scripts-exemple.net" in _hosts(report), _hosts(report)
    assert "index.pug', 'line': 6" in _hosts(report) or "index.pug:6" in _hosts(report), _hosts(report)


def test_a_pug_anchor_stays_a_link(tmp_path):
    view = _view("", "      a(href=\"https://outils.agence-exemple.org/portail\" target=\"_blank\") Portail\n")
    report, res = judge(tmp_path, _files(view), [HOSTING])
    r = res[HOSTING]
    assert r["status"] == "pass" and "no external address" in r["message"]["en"], r["message"]
    assert "agence-exemple.org" not in _hosts(report), _hosts(report)
