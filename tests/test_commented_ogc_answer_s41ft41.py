"""A commented-out OGC answer is no OGC service (issue 12, s41 ft41 = cigalsace/zaphirweb).

A Bottle app's /xml2csw route returns a stored XML record for request=GetRecordById; the line that would wrap it in
<csw:GetRecordByIdResponse> is commented out. interoperability.api-spec said "the code answers OGC requests itself (CSW: app.py
writes csw:GetRecordByIdResponse) … and describes itself by its capabilities (GetCapabilities)". A commented line is no answer;
and GetCapabilities is claimed only when the code writes a capabilities document. Near miss: the same route with the wrapper live
still answers CSW (not applicable), without the GetCapabilities claim.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

APP = '''import os

import bottle

app = bottle.Bottle()


@app.get('/xml2csw')
def xml2csw():
    xml_dir = bottle.request.query.xml_dir or 'records'
    request = bottle.request.query.request or 'GetRecordById'
    ident = bottle.request.query.id or None
    if request == 'GetRecordById' and ident is not None:
        with open(os.path.join(xml_dir, ident)) as xml_file:
            xml = xml_file.readlines()
            xml.pop(0)
{wrap}
        bottle.response.content_type = "application/xml; charset=UTF-8"
        return xml
    return '"Request" parameter missing.'


if __name__ == '__main__':
    app.run(host='0.0.0.0', port=8080)
'''
COMMENTED = ('''            # xml[0] = '<csw:GetRecordByIdResponse xmlns:csw="http://www.opengis.net/cat/csw/2.0.2">'\n'''
             '''            # xml.append('</csw:GetRecordByIdResponse>')''')
LIVE = ('''            xml.insert(0, '<csw:GetRecordByIdResponse xmlns:csw="http://www.opengis.net/cat/csw/2.0.2">')\n'''
        '''            xml.append('</csw:GetRecordByIdResponse>')''')


def _files(wrap):
    return {"app.py": APP.replace("{wrap}", wrap), "README.md": "# Fiches\n\nSert les fiches de métadonnées.\n"}


def test_a_commented_out_ogc_answer_is_no_ogc_service(tmp_path):
    _, res = judge(tmp_path, _files(COMMENTED), ["interoperability.api-spec"])
    r = res["interoperability.api-spec"]
    assert "OGC" not in r["message"]["en"] and "ogc_standard" not in r["details"], r["message"]


def test_a_live_answer_is_ogc_without_a_capabilities_claim(tmp_path):
    _, res = judge(tmp_path, _files(LIVE), ["interoperability.api-spec"], name="l")
    r = res["interoperability.api-spec"]
    assert r["status"] == "not_applicable" and r["details"].get("ogc_standard") == "CSW", r["message"]
    assert "GetCapabilities" not in r["message"]["en"], r["message"]
