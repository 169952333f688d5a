"""interoperability.accessibility-and-ecodesign said "Present: RGAA statement" of two local-authority web apps that publish none
(issue 12, session 19 reader e1): its evidence was a roadmap's unticked to-dos ("- [ ] Audit RGAA complet", "- [ ] Page
« déclaration d'accessibilité » obligatoire"), a specification's target ("Cible : RGAA 4.1 niveau AA"), and developers' code
comments citing criteria ("// … (RGAA 9.1 — pas de saut de niveau)", "(RGAA 12.7 bloquant)"). Those are plans and notes; a
published statement still counts."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

A11Y = "interoperability.accessibility-and-ecodesign"

APP = {"requirements.txt": "Flask==3.0.0\n", "README.md": "# Suivi\n\nUne application web de suivi des projets de la mairie.\n",
       "app.py": ("from flask import Flask, render_template\n\napp = Flask(__name__)\n\n\n@app.route('/')\ndef index():\n"
                  "    return render_template('index.html')\n"),
       "templates/index.html": "<!doctype html><html lang=\"fr\"><body><h1>Suivi</h1><footer>Mairie</footer></body></html>\n",
       "docs/roadmap.md": ("# Feuille de route\n\n## Conformité\n\n- [x] Formulaires étiquetés\n- [ ] Audit RGAA complet par un prestataire\n"
                           "- [ ] Page \"déclaration d'accessibilité\" obligatoire pour collectivité\n"),
       "docs/specifications.md": "# Spécifications\n\n## Accessibilité\n\n- Cible : **RGAA 4.1** niveau AA (obligation).\n",
       "static/header.js": ("// Niveau de titre : préserver la hiérarchie des headings\n// (RGAA 9.1 — pas de saut de niveau).\n"
                            "export function level(n) { return Math.min(6, n); }\n"),
       "docs/notes.md": "# Notes\n\n- **Skip-link** « Aller au contenu principal » (RGAA 12.7 bloquant).\n",
       # (s28 lead = measure 20 reader m20o3, a local authority's IT-diagnosis tool: a requirement aimed at, not a statement)
       "docs/prd.md": "# Exigences\n\n- **Accessibilité :** conformité RGAA visée (contraste, navigation clavier, labels).\n"}


def _present(res) -> str:
    return res["message"]["en"].split("; missing:")[0]


def test_to_dos_targets_and_code_comments_are_no_statement(tmp_path):
    res = judge(tmp_path, APP, [A11Y])[1][A11Y]
    assert "RGAA statement" not in _present(res), res["message"]


def test_a_published_statement_still_counts(tmp_path):
    files = dict(APP, **{"templates/index.html": ("<!doctype html><html lang=\"fr\"><body><h1>Suivi</h1>"
                                                  "<footer>Accessibilité : partiellement conforme</footer></body></html>\n")})
    res = judge(tmp_path, files, [A11Y])[1][A11Y]
    assert "RGAA statement" in _present(res), res["message"]
