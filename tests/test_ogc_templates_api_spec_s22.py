"""An OGC web service answered by a web framework from XML templates (issue 12, session 22 fixer b3, on a Flask server of the
OGC Table Joining Service): interoperability.api-spec warned "Web application (flask) without an API specification: describe it
in OpenAPI". Its answers are Jinja templates of XML (templates/getcapabilities.xml with <tjs:Capabilities> and {{ … }}), which
the text scan filed as data, so the OGC answer was not seen; and the web framework's advice came before the OGC service's. An XML
file of a templates/ folder with template markup is now a template, and an OGC service (its answers, or an OGC server among the
dependencies) is described by its standard whatever the framework serving it: not applicable, no OpenAPI advised. The same Flask
application rendering XML data without OGC answers, and an XML data file of the same shape outside any template, are unchanged."""

from __future__ import annotations

from tests.test_scaling import ctx_for
from tests.test_scaling import run as run_check

SETUP = ("from setuptools import setup, find_packages\n\nsetup(\n    name='tableserveur',\n    version='0.3',\n"
         "    packages=find_packages(),\n    install_requires=['flask', 'sqlalchemy'],\n)\n")
APP = ("from flask import Flask, Response, render_template, request\n\napp = Flask(__name__)\n\n\n"
       "@app.route('/')\ndef main():\n    operation = request.args.get('request', '').lower()\n"
       "    return Response(render_template(operation + '.xml', titre='Tables'), 200, mimetype='text/xml')\n")
CAPABILITIES = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<tjs:Capabilities version="1.0" service="TJS" xmlns:tjs="http://www.opengis.net/tjs/1.0" xmlns="http://www.opengis.net/ows/1.1">\n'
                '  <ServiceIdentification>\n    <Title>{{ titre }}</Title>\n    <ServiceType>TJS</ServiceType>\n'
                '  </ServiceIdentification>\n</tjs:Capabilities>\n')
LISTING = ('<?xml version="1.0" encoding="UTF-8"?>\n<tables>\n  {% for t in tables %}\n  <table nom="{{ t.nom }}"/>\n'
           '  {% endfor %}\n</tables>\n')


def _api_spec(repo, files: dict):
    path = repo([{"files": {"README.md": "# Serveur de tables\n\nJointure de tables statistiques.\n", "setup.py": SETUP,
                            "tableserveur/__init__.py": "", "tableserveur/app.py": APP, **files}}])
    return run_check(ctx_for(path), "interoperability.api-spec")


def test_a_flask_server_answering_ogc_requests_from_xml_templates_is_described_by_the_ogc_standard(repo):
    res = _api_spec(repo, {"tableserveur/templates/getcapabilities.xml": CAPABILITIES})
    assert res.status.value == "not_applicable", res.message
    assert "OGC" in res.message["en"] and "TJS" in res.message["en"] and "OGC" in res.message["fr"], res.message
    assert "describe it in OpenAPI" not in res.message["en"]
    assert res.details["ogc_standard"] == "TJS"


def test_the_same_flask_app_rendering_other_xml_is_still_advised_openapi(repo):
    # the neighbouring right case: an XML template without any OGC answer
    res = _api_spec(repo, {"tableserveur/templates/tables.xml": LISTING})
    assert res.status.value == "warn" and "flask" in res.message["en"] and "OpenAPI" in res.message["en"], res.message


def test_a_capabilities_document_kept_as_data_is_no_service_served(repo):
    # a saved capabilities document (a client's copy, no template markup) outside templates/ serves nothing
    saved = CAPABILITIES.replace("{{ titre }}", "Tables")
    res = _api_spec(repo, {"tableserveur/ressources/capacites.xml": saved, "tableserveur/templates/tables.xml": LISTING})
    assert res.status.value == "warn" and "flask" in res.message["en"], res.message


def test_an_xml_template_is_filed_as_a_template_only_with_template_markup():
    from auditor.facts.textscan import scan

    hits = scan("srv/templates/getcapabilities.xml", CAPABILITIES)["api.ogc-response"]
    assert hits[0][2] == "tjs:Capabilities" and hits[0][3] == "template"
    assert "api.ogc-response" not in scan("srv/templates/getcapabilities.xml", CAPABILITIES.replace("{{ titre }}", "Tables"))
    assert "api.ogc-response" not in scan("srv/ressources/getcapabilities.xml", CAPABILITIES)
