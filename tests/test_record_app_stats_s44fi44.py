"""scaling.impact-indicators (issue 12, s44 fi44 = reader re44 on gestionsiteccsa/MyCCSA, item 5).

A Django intranet's events application routes ``path('stats/', views.event_stats_view)`` in events/urls.py, included by the
project's ``path("events/", include("events.urls"))``, and draws events/templates/events/stats.html: the counts of the calendar's
events per month and sector, a feature over one kind of record. It was read "Impact indicators: statistics route or page" (pass 8).
Rule: a bare stats route or template inside an application named after a record (events/, sites/, alerts/) is that record's
statistics, wherever the prefix is written. Near miss: the same route and page in the project's own package (beside its settings.py)
stay the service's statistics.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "scaling.impact-indicators"
SETTINGS = "DEBUG = False\nROOT_URLCONF = 'app.urls'\nINSTALLED_APPS = ['events']\n"
VIEWS = ("from django.shortcuts import render\nfrom .models import Event\n\n"
         "def event_stats_view(request):\n    return render(request, 'events/stats.html', {'total': Event.objects.count()})\n")
STATS_ROUTES = "from django.urls import path\nfrom . import views\n\nurlpatterns = [\n    path('stats/', views.event_stats_view, name='stats'),\n]\n"
PAGE = "<h1>Statistiques</h1>\n<p>{{ total }} événements</p>\n"


def _files(in_record_app: bool) -> dict:
    files = {"README.md": "# Intranet\n\nApplication web métier : calendrier des événements.\n",
             "requirements.txt": "Django==5.0.1\n", "manage.py": "import os\n",
             "app/__init__.py": "", "app/settings.py": SETTINGS, "app/wsgi.py": "application = None\n",
             "events/__init__.py": "", "events/models.py": "from django.db import models\n\nclass Event(models.Model):\n    title = models.CharField(max_length=200)\n"}
    if in_record_app:
        files.update({"app/urls.py": "from django.urls import include, path\n\nurlpatterns = [\n    path(\"events/\", include(\"events.urls\")),\n]\n",
                      "events/urls.py": STATS_ROUTES, "events/views.py": VIEWS, "events/templates/events/stats.html": PAGE})
    else:
        files.update({"app/urls.py": STATS_ROUTES, "app/views.py": VIEWS, "app/templates/app/stats.html": PAGE,
                      "events/views.py": "def index(request):\n    return None\n"})
    return files


def _result(tmp_path, in_record_app: bool) -> dict:
    name = "e" if in_record_app else "p"
    return results(run_audit(build(tmp_path / name, _files(in_record_app)), tmp_path / f"cache-{name}", [CID]))[CID]


def test_a_stats_route_and_page_of_a_record_application_are_that_records_statistics(tmp_path):
    r = _result(tmp_path, True)
    assert r["status"] != "pass", r["message"]["en"]  # was pass 8: "statistics route or page" (events/urls.py, events/…/stats.html)


def test_near_miss_the_projects_own_stats_route_and_page_stay_indicators(tmp_path):
    r = _result(tmp_path, False)
    assert r["status"] == "pass", r["message"]["en"]
