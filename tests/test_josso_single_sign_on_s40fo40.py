"""JOSSO, an authority's central single sign-on, is no local account (issue 12, s40 fo40 = yougis/sudBoard).

The Province Sud's Django dashboard signs people in through the Province's JOSSO (Java Open Single Sign-On): a middleware sends every
request without a JOSSO_SESSIONID cookie to the SSO's /josso/signon/login.do, resolves the returned josso_assertion_id and checks the
session with JOSSO's SOAP SSOSessionManager. The auth check said "local accounts only" from Django's admin URL. JOSSO's markers now count
as a standard single sign-on, as CAS's do. Near miss: the same application without the middleware stays on local accounts.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

MIDDLEWARE = '''from django.shortcuts import redirect

from app.services.sso import SessionService

SSO_URL = "https://sso.collectivite.example"


class SsoAuthMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        assertion = request.GET.get("josso_assertion_id")
        if assertion:
            request.session["sso"] = SessionService().resolve(assertion)
        if "JOSSO_SESSIONID" not in request.COOKIES and "sso" not in request.session:
            back = request.build_absolute_uri()
            return redirect(SSO_URL + "/josso/signon/login.do?josso_back_to=" + back)
        return self.get_response(request)
'''
SERVICE = '''from zeep import Client


class SessionService:
    def resolve(self, assertion):
        client = Client("app/wsdl/SSOIdentityProvider.xml")
        return client.service.resolveAuthenticationAssertion("josso", assertion)

    def check(self, session_id):
        return Client("app/wsdl/SSOSessionManager.xml").service.accessSession("josso", session_id)
'''
BASE = {
    "manage.py": "import os\nimport sys\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site_app.settings')\n"
                 "from django.core.management import execute_from_command_line\nexecute_from_command_line(sys.argv)\n",
    "site_app/__init__.py": "",
    "site_app/urls.py": "from django.contrib import admin\nfrom django.urls import path\n\nfrom app import views\n\n"
                        "urlpatterns = [\n    path('admin/', admin.site.urls),\n    path('', views.home),\n]\n",
    "app/__init__.py": "",
    "app/views.py": "from django.shortcuts import render\n\n\ndef home(request):\n    return render(request, 'home.html')\n",
    "app/templates/home.html": "{% extends 'base.html' %}\n{% block content %}<h1>Tableau de bord</h1>{% endblock %}\n",
    "README.md": "# Tableau de bord\n\nApplication Django de tableaux de bord.\n",
}


def _settings(middleware: str) -> str:
    return ("SECRET_KEY = 'x'\nINSTALLED_APPS = ['django.contrib.admin', 'django.contrib.auth', 'app']\n"
            "MIDDLEWARE = [\n    'django.contrib.sessions.middleware.SessionMiddleware',\n" + middleware + "]\n"
            "ROOT_URLCONF = 'site_app.urls'\n")


def test_a_josso_single_sign_on_is_no_local_account(tmp_path):
    files = {**BASE, "site_app/settings.py": _settings("    'app.ssoAuthMiddleware.SsoAuthMiddleware',\n"),
             "app/ssoAuthMiddleware.py": MIDDLEWARE, "app/services/__init__.py": "", "app/services/sso.py": SERVICE}
    _, res = judge(tmp_path, files, ["interoperability.auth"])
    r = res["interoperability.auth"]
    assert r["status"] != "fail" and "local accounts" not in r["message"]["en"], r["message"]
    assert any("josso" in str(e.get("value", "")).lower() or "SSO" in str(e.get("value", "")) for e in r["evidence"]), r["evidence"]


def test_the_same_application_without_the_sign_on_keeps_its_local_accounts(tmp_path):
    files = {**BASE, "site_app/settings.py": _settings("")}
    _, res = judge(tmp_path, files, ["interoperability.auth"], name="l")
    assert "Standard authentication" not in res["interoperability.auth"]["message"]["en"], res["interoperability.auth"]["message"]
