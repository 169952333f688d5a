"""scaling.hosting (issue 12, s43 fc43 = spelhate/cit): a static site loads its data.json ($.getJSON('data.json')) and renders each
entry's label and code through its template; five entries also hold a "liamm" field, a link to the Région's extranet that no
template renders since a rewrite. The check counted those addresses as "the sponsor's servers". An address in a field of a data
file the site loads counts only when the project reads that field. Near misses: the same field rendered by the template keeps its
address; a JSON file no code loads keeps its addresses."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

HOST = "extranet.region-exemple.fr"
DATA = ('{\n    "epci": [{\n        "dataid": "242900314",\n        "label": "Brest Métropole",\n'
        f'        "portail": "https://{HOST}/jcms/espace-territorial-brest"\n    }},\n'
        '    {\n        "dataid": "200043123",\n        "label": "Auray Quiberon Terre Atlantique"\n    }]\n}\n')
SCRIPT = ("$.getJSON('data.json', function (data) {\n  $.get('template.tpl', function (tpl) {\n"
          "    data.epci.forEach(function (e) { $('#liste').append(Mustache.render(tpl, e)); });\n  });\n});\n")
PAGE = ('<!DOCTYPE html>\n<html lang="fr">\n<head><meta charset="utf-8"><title>EPCI</title></head>\n<body>\n<ul id="liste"></ul>\n'
        '<script src="script.js"></script>\n</body>\n</html>\n')
TEMPLATE = '<li data-id="{{dataid}}">{{label}}</li>\n'


def hosts(tmp_path, files):
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2022-03-28T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["scaling.hosting"]))
    return {h["host"] for h in report["facts"]["hosting_dependencies"]["hosts"]}


def test_an_unread_field_of_the_loaded_data_file_is_no_server(tmp_path):
    files = {"README.md": "# EPCI\n\nLa liste des EPCI.\n", "index.html": PAGE, "script.js": SCRIPT, "template.tpl": TEMPLATE, "data.json": DATA}
    assert not any(HOST.endswith(h) or h.endswith("region-exemple.fr") for h in hosts(tmp_path, files))


def test_a_rendered_field_keeps_its_address(tmp_path):
    files = {"README.md": "# EPCI\n\nLa liste des EPCI.\n", "index.html": PAGE, "script.js": SCRIPT, "data.json": DATA,
             "template.tpl": TEMPLATE.replace("{{label}}", '<a href="{{portail}}">{{label}}</a>')}
    assert any(h.endswith("region-exemple.fr") for h in hosts(tmp_path, files))


def test_a_json_file_no_code_loads_keeps_its_addresses(tmp_path):
    files = {"README.md": "# EPCI\n\nLa liste des EPCI.\n", "index.html": PAGE, "script.js": SCRIPT.replace("data.json", "epci.json"),
             "template.tpl": TEMPLATE, "data.json": DATA}
    assert any(h.endswith("region-exemple.fr") for h in hosts(tmp_path, files))
