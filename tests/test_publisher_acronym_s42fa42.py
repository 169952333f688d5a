"""reusability.territory-neutral (issue 12, session 42 fixer fa42 = SMMAR11/styx and SMMAR11/smmaranim, left open by s41 vb41): a river
syndicate's Django applications, committed from the syndicate's own domain, write its acronym into the program — the record its set-up
command creates (``n_org = 'SMMAR'``), the headings of the documents it prints, a page's text ("Aides proposées par le SMMAR"), a table a form returns in a triple-quoted string, its logo in the pages' footer (pics/logos/smmar.png) — which
another syndicate must edit everywhere; the check passed ("No territory-specific value in the code"). The tool knows the publisher
from its committers' domain (an organisation's or a public body's, not a company's nor a person's) and its forge account: their name
written in capitals as a whole word in code and page templates is now a territory value. Near miss: the same acronym only in the
README, the licence, a copyright header, a comment, a docstring and the pages' <meta name="author"> lines is the body's signature, no lock-in, and
keeps the old verdict. The fixtures are written for the test (an invented syndicate, SMAVL)."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import results, run_audit

CID = "reusability.territory-neutral"
BASE = {"README.md": "# Suivi des dossiers du SMAVL\n\nApplication de suivi des dossiers de travaux en rivière du SMAVL.\n",
        "LICENSE": "Copyright (c) 2024 SMAVL\n\nPermission is hereby granted, free of charge, to any person obtaining a copy.\n",
        "requirements.txt": "Django==4.2\n",
        "app/templates/base.html": '<!DOCTYPE html>\n<html>\n<head>\n<meta name="author" content="SMAVL">\n<meta name="rights" content="SMAVL">\n'
                                   "<title>{% block title %}{% endblock %}</title>\n</head>\n<body>{% block content %}{% endblock %}</body>\n</html>\n",
        "app/views.py": "# Copyright SMAVL 2024\n# Vues de l'application (SMAVL)\nfrom django.shortcuts import render\n\n\ndef index(request):\n"
                        "    \"\"\"Page d'accueil de l'application du SMAVL\"\"\"\n    return render(request, 'index.html', {})\n"}
LOCKED = {"app/forms/bilan.py": "def tableau(tbody):\n    \"\"\"Mise en forme du tableau (SMAVL)\"\"\"\n    return \'\'\'\n"
                                 "    <table>\n      <tr><th>SMAVL et syndicats</th></tr>\n      {}\n    </table>\n    \'\'\'.format(tbody)\n",
          "app/management/commands/db_init.py": "from django.core.management.base import BaseCommand\n\nfrom app.models import TOrg\n\n\n"
                                                 "class Command(BaseCommand):\n    def handle(self, *args, **options):\n"
                                                 "        if TOrg.objects.filter(n_org='SMAVL').count() == 0:\n"
                                                 "            TOrg.objects.create(n_org='SMAVL', est_prest=False)\n",
          "app/templates/aides.html": '{% extends "base.html" %}\n{% block content %}\n<div class="panel">Aides proposées par le SMAVL</div>\n'
                                      "<img src=\"{% static './pics/logos/smavl.png' %}\">\n{% endblock %}\n"}


def _tn(tmp_path, files, name):
    author = ("Alexis Martin", "alexis.martin@smavl.fr")
    repo = make_repo(tmp_path / name, [{"files": files, "date": "2025-03-01T10:00:00Z", "message": "import", "author": author},
                                       {"files": {"README.md": files["README.md"] + "\nVersion 2.\n"}, "date": "2025-04-01T10:00:00Z",
                                        "message": "v2", "author": author}])
    return results(run_audit(repo, tmp_path / f"c-{name}", [CID]))[CID]


def test_the_publisher_s_acronym_in_the_program_is_a_territory_value(tmp_path):
    r = _tn(tmp_path, {**BASE, **LOCKED}, "t")
    assert r["status"] != "pass", r["message"]
    found = [(e.get("path"), e.get("line"), e.get("value")) for e in r["evidence"] if e.get("kind") == "finding"]
    assert found == [("app/forms/bilan.py", 5, "SMAVL"), ("app/management/commands/db_init.py", 8, "SMAVL"), ("app/management/commands/db_init.py", 9, "SMAVL"),
                     ("app/templates/aides.html", 3, "SMAVL"), ("app/templates/aides.html", 4, "smavl.png")], found


def test_the_acronym_in_readme_licence_headers_and_meta_author_stays_neutral(tmp_path):
    r = _tn(tmp_path, BASE, "n")
    assert r["status"] == "pass", (r["message"], r["evidence"])
