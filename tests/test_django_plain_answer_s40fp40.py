"""A Django view answering a plain string is no API (issue 12, session 40 fixer fp40 = yougis/sudBoard, reader rk40 items 4-5). The
dashboard's views render templates, and a maintenance URL answers ``HttpResponse(response)`` with ``response =
BoardService.clearCache()`` ("Cleaned"): interoperability.api-spec warned "1 code file answers HTTP requests itself … without an API
specification" and interoperability.data-standards gave that line as its "JSON" evidence. A ``return HttpResponse(…)`` answers data
only when its arguments, or the value its name was assigned, hold a data format (json.dumps, a serializer, a JSON/XML/CSV content type).
Near miss: a view answering ``HttpResponse(json.dumps(rows), content_type='application/json')`` stays an API answering JSON. The
fixtures are written for the test."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

VIEWS = ("from django.http import HttpResponse\nfrom django.shortcuts import render\n\nfrom app.services import BoardService\n\n\n"
         "def index(request):\n    return render(request, 'board/index.html', {'boards': BoardService.all()})\n\n\n"
         "def clean_cache(request):\n    response = BoardService.clear_cache()\n    return HttpResponse(response)\n")
DATA = ("import json\n\nfrom django.http import HttpResponse\nfrom django.shortcuts import render\n\nfrom app.services import BoardService\n\n\n"
        "def index(request):\n    return render(request, 'board/index.html', {'boards': BoardService.all()})\n\n\n"
        "def boards(request):\n    rows = [b.name for b in BoardService.all()]\n"
        "    return HttpResponse(json.dumps(rows), content_type='application/json')\n")
BASE = {"README.md": "# Board\n\nTableau de bord.\n", "app/__init__.py": "",
        "manage.py": ("import os\nimport sys\n\n\ndef main():\n    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'board.settings')\n"
                      "    from django.core.management import execute_from_command_line\n    execute_from_command_line(sys.argv)\n\n\n"
                      "if __name__ == '__main__':\n    main()\n"),
        "data/communes.csv": "code_insee,nom\n98818,Nouméa\n98817,Mont-Dore\n",
        "board/__init__.py": "", "board/settings.py": "INSTALLED_APPS = ['django.contrib.admin', 'app']\nROOT_URLCONF = 'board.urls'\n",
        "board/urls.py": ("from django.urls import path\n\nfrom app import views\n\nurlpatterns = [path('', views.index), "
                          "path('clean/', views.clean_cache)]\n"),
        "app/services.py": "class BoardService:\n    @staticmethod\n    def all():\n        return []\n\n    @staticmethod\n"
                           "    def clear_cache():\n        return 'Cleaned'\n",
        "app/templates/board/index.html": "<html><body>{% for b in boards %}<p>{{ b }}</p>{% endfor %}</body></html>\n"}
CHECKS = ["interoperability.api-spec", "interoperability.data-standards"]


def _res(tmp_path, views, name):
    return judge(tmp_path, {**BASE, "app/views.py": views}, CHECKS, name=name)[1]


def test_a_plain_string_answer_beside_rendered_pages_is_no_api(tmp_path):
    res = _res(tmp_path, VIEWS, "plain")
    api, std = res["interoperability.api-spec"], res["interoperability.data-standards"]
    assert api["status"] == "not_applicable", api["message"]
    assert not [e for e in std["evidence"] if e.get("path") == "app/views.py"], std["evidence"]


def test_a_json_answer_stays_an_api(tmp_path):
    res = _res(tmp_path, DATA, "json")
    api, std = res["interoperability.api-spec"], res["interoperability.data-standards"]
    assert api["status"] == "warn" and "app/views.py" in api["message"]["en"], api["message"]
    assert [e for e in std["evidence"] if e.get("path") == "app/views.py" and e.get("value") == "JSON"], std["evidence"]
