"""interoperability.auth (issue 12, session 17 reader a1): a commune's Django + Wagtail site routing Django's admin and Wagtail's
admin (path("django-admin/", admin.site.urls), path("ons-admin/", include(wagtailadmin_urls))) was "No sign-in of people found in
the code": both are sign-in pages with the site's own accounts (its editors)."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

SITE = {
    "README.md": "# Site de la commune\n\nSite officiel de la mairie : actualités, conseils municipaux, menus de la cantine.\n",
    "requirements.txt": "Django==5.0\nwagtail==6.0\n",
    "manage.py": "import os\nimport sys\n\nif __name__ == '__main__':\n    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'project.settings')\n"
                 "    from django.core.management import execute_from_command_line\n    execute_from_command_line(sys.argv)\n",
    "project/urls.py": "from django.contrib import admin\nfrom django.urls import include, path\nfrom wagtail import urls as wagtail_urls\n"
                       "from wagtail.admin import urls as wagtailadmin_urls\n\nurlpatterns = [\n    path('django-admin/', admin.site.urls),\n"
                       "    path('mairie-admin/', include(wagtailadmin_urls)),\n    path('', include(wagtail_urls)),\n]\n",
    "home/models.py": "from wagtail.models import Page\n\n\nclass HomePage(Page):\n    pass\n",
    "home/templates/home/home_page.html": "{% extends 'base.html' %}\n{% block content %}<h1>{{ page.title }}</h1>{% endblock %}\n",
}


def test_django_and_wagtail_admin_routes_are_a_sign_in(tmp_path):
    r = results(run_audit(build(tmp_path / "r", SITE), tmp_path / "c", ["interoperability.auth"]))["interoperability.auth"]
    assert r["status"] != "not_applicable", r["message"]
    assert "local" in r["message"]["en"], r["message"]
