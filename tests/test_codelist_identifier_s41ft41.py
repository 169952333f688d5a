"""An ISO 19139 code list's URI written into a produced record is an identifier, no server (issue 12, s41 ft41 = cigalsace/zaphirweb).

A metadata converter writes ISO 19139 XML and gives gmd:LanguageCode its `codeList` attribute, the standard's identifier
"http://www.loc.gov/standards/iso639-2/" (`attr = {"codeList": "http://…", "codeListValue": lang}`): scaling.hosting read it as
data from another public body's servers. A code list's identifier (codeList, codeListLocation, in markup or under its quoted
name in code) is now read as a name, as xmlns and schemaLocation are. Near miss: the same module downloading the ISO 639-2 list
from loc.gov keeps the finding.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

WRITER = '''import uuid
from xml.dom import minidom


def _child(doc, parent, name, value=None, attr=None):
    node = doc.createElement("gmd:" + name)
    for k, v in (attr or {}).items():
        node.setAttribute(k, v)
    if value:
        node.appendChild(doc.createTextNode(value))
    parent.appendChild(node)
    return node


def to_xml(md):
    doc = minidom.Document()
    root = doc.createElement("gmd:MD_Metadata")
    doc.appendChild(root)
    language = _child(doc, root, "language")
    attr = {
        "codeList": "http://www.loc.gov/standards/iso639-2/",
        "codeListValue": md.get("language", "fre")
    }
    _child(doc, language, "LanguageCode", md.get("language", "fre"), attr)
    template = '<gmd:MD_CharacterSetCode codeListLocation="http://www.loc.gov/standards/iso639-2/" codeListValue="utf8"/>'
    return doc.toxml() + template, str(uuid.uuid4())
{extra}'''
FETCH = '''

def languages():
    import urllib.request
    return urllib.request.urlopen("http://www.loc.gov/standards/iso639-2/ISO-639-2_utf-8.txt").read()
'''
APP = '''from bottle import route, run, request

from api.dict_to_xml import to_xml


@route("/convert", method="POST")
def convert():
    return to_xml(dict(request.forms))[0]


if __name__ == "__main__":
    run(host="0.0.0.0", port=8080)
'''


def _files(extra):
    return {"app.py": APP, "api/__init__.py": "", "api/dict_to_xml.py": WRITER.replace("{extra}", extra),
            "README.md": "# Convertisseur\n\nConvertit une fiche de métadonnées en XML ISO 19139.\n"}


def _hosts(res):
    r = res["scaling.hosting"]
    return r, [e["value"].get("host") for e in r["evidence"] if isinstance(e.get("value"), dict)]


def test_a_code_list_identifier_in_the_produced_record_is_no_server(tmp_path):
    _, res = judge(tmp_path, _files(""), ["scaling.hosting"])
    r, hosts = _hosts(res)
    assert "loc.gov" not in hosts and "loc.gov" not in r["message"]["en"], (r["message"], r["evidence"])


def test_the_list_downloaded_from_its_server_is_still_a_dependency(tmp_path):
    _, res = judge(tmp_path, _files(FETCH), ["scaling.hosting"], name="f")
    r, hosts = _hosts(res)
    assert "loc.gov" in hosts, (r["message"], r["evidence"])
