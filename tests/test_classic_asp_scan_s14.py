"""Session 14 (h3), issue 12 (s13 r2: a centre de gestion's classic ASP calculator): the text scan did not read classic ASP pages
(.asp, global.asa), so the server code mixed with their HTML — SQL with a commune's INSEE code, a sign-in form, the hosts it
calls — was never seen. They are now read as PHP pages are: the same page under .php and .asp gives the same verdicts."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECKS = ["reusability.territory-neutral", "interoperability.identifiers", "interoperability.auth", "scaling.hosting"]
PAGE = ('<%@ Language=VBScript %>\n<%\nDim conn, rs\nSet conn = Server.CreateObject("ADODB.Connection")\n'
        'conn.Open Application("dsn")\n'
        'Set rs = conn.Execute("SELECT nom, prenom FROM agents WHERE code_insee = \'71270\'")\n'
        'Set http = Server.CreateObject("MSXML2.ServerXMLHTTP")\n'
        'http.Open "GET", "https://sig.cdg-exemple71.fr/api/communes", False\nhttp.Send\n%>\n'
        '<html><body>\n<form method="post" action="{page}">\n<input type="text" name="login" />\n'
        '<input type="password" name="motdepasse" autocomplete="current-password" />\n<input type="submit" value="Connexion" />\n'
        '</form>\n</body></html>\n')
README = "# Calculateur\n\nUne page de calcul pour les agents.\n"


def _verdicts(tmp_path, ext):
    res = judge(tmp_path, {f"login.{ext}": PAGE.replace("{page}", f"login.{ext}"), "README.md": README}, CHECKS, name=ext)[1]
    return {k: (res[k]["status"], res[k]["message"]["en"].replace(f"login.{ext}", "login")) for k in CHECKS}, res


def test_a_classic_asp_page_is_read_as_a_php_page_is(tmp_path):
    asp, res = _verdicts(tmp_path, "asp")
    assert res["reusability.territory-neutral"]["status"] == "warn", res["reusability.territory-neutral"]["message"]
    assert "hard-coded values: 1." in res["interoperability.identifiers"]["message"]["en"]
    assert res["interoperability.auth"]["status"] == "fail", res["interoperability.auth"]["message"]
    assert any(e.get("path") == "login.asp" and e.get("line") == 6 for e in res["interoperability.identifiers"]["evidence"])
    php, _ = _verdicts(tmp_path, "php")
    assert asp == php
