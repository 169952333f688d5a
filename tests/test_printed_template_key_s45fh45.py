"""reusability.secrets: a service's key in the URL of a template that the project's own program prints to PDF is a committed
secret (issue 12, s45 fh45 = reader re45's merryspankersltd/fiches-sport).

jinja/templates/index_tpl.html line 29 drew each record's map from a commercial static-map API, ``…/static/…?api_key= <a UUID>
&center=…``; the template is filled and printed by jinja/jinjer.py on its author's machine, never served, so the key reaches no
visitor: the account's private key. The check said "No secret detected in 9 files". Near miss: the same URL in a page a Flask
application serves stays a page's map key (public by design), no finding."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge
from tests.test_pdf_templates_kind_s45fh45 import PRINTER, SERVER, TEMPLATE

CID = "reusability.secrets"
KEYED = TEMPLATE.replace('<table>', '<img alt="Plan" src="https://tiles.example-maps.com/static/plan?api_key= 7d3f9a2c-41be-4c0d-9e8a-5b6f1c2d3e4f'
                                    '&center={{ v["lat"] }},{{ v["lon"] }}&zoom=14">\n<table>')


def _secrets(tmp_path, program: str, tag: str) -> dict:
    files = {"README.md": "# Fiches\n\nGabarits HTML imprimés en PDF.\n", "gabarits/fiche.html": KEYED, f"outils/{tag}.py": program}
    return judge(tmp_path, files, [CID], name=tag)[1][CID]


def test_a_key_in_a_printed_templates_url_is_a_secret(tmp_path):
    r = _secrets(tmp_path, PRINTER, "imprimer")
    assert r["status"] == "fail", r["message"]
    assert [e for e in r["evidence"] if e.get("path") == "gabarits/fiche.html" and e.get("value") == "Service key in a printed template's URL"]
    assert "7d3f9a2c" not in str(r)  # (never the value)


def test_near_miss_a_served_pages_map_key_is_no_such_finding(tmp_path):
    r = _secrets(tmp_path, SERVER, "app")
    assert not [e for e in r["evidence"] if e.get("value") == "Service key in a printed template's URL"], r["evidence"]
