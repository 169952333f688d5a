"""Links and locale files that are someone else's (issue 12, session 35 fixer m35; reader m30o4).

- Carto-NA/tepos: "La composition des territoires est récupérée soit sur le site http://www.territoires-energie-positive.fr/" — the
  national network's site the data are taken from — was the README's "link to the service or a demo". A site said to be the data's
  source is none; "L'application est accessible sur …" still is.
- dijxt/Communaute_d_agglo: "[Accéder au site](https://<owner>.github.io/<projet>)", the static site's own GitHub Pages copy, was a
  "documentation site". "Accéder au site" calls it the site itself; "[Documentation](https://<owner>.github.io/<projet>)" stays one.
- NumeriqueMediapass/MediapassReservation: static/datatables/i18n/fr-FR.json, DataTables' French strings, the library loaded from
  cdn.datatables.net, was the application's i18n (portability pass 8.5). A folder named after a library the pages load holds that
  library's translations; an application's own locale/ folder still counts.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

TEPOS_README = ("# TEPOS\n\n## Présentation\n\nBase de données des territoires à énergie positive de la région, et de leurs périmètres.\n\n"
                "## Base de données\n\n### Alimentation de la base de données\n\n"
                "La composition des territoires est récupérée soit sur le site http://www.territoires-energie-positive.fr/ ou bien des "
                "informations envoyées par le chargé de mission climat-énergie.\n")
MODEL = {"sql/tepos_structure.sql": "CREATE TABLE met_zon.tepos (id serial PRIMARY KEY, zon_nom varchar(200));\n"}


def _demo(tmp_path, readme, name="r"):
    report, _ = judge(tmp_path, {"README.md": readme, **MODEL}, ["documentation.readme-sections"], name=name)
    return report["facts"]["readme"]["demo"]


def test_a_site_the_data_are_taken_from_is_no_demo(tmp_path):
    assert _demo(tmp_path, TEPOS_README) is None


def test_a_site_said_to_be_where_the_application_runs_is_still_the_demo(tmp_path):
    readme = TEPOS_README + "\n## Démonstration\n\nL'application est accessible sur le site https://tepos.nouvelle-aquitaine.fr/carte\n"
    demo = _demo(tmp_path, readme, "d")
    assert demo and demo["url"].startswith("https://tepos.nouvelle-aquitaine.fr"), demo


SITE = {
    "README.md": "# Privas Centre Ardèche\nRefonte du site web de la communauté d'agglomération Privas Centre Ardèche\n\n\n"
                 "[Accéder au site](https://dijxt.github.io/Communaute_d_agglo)\n",
    "index.html": "<!DOCTYPE html>\n<html lang=\"fr\">\n<head><meta charset=\"utf-8\"><title>Accueil</title>"
                  "<link rel=\"stylesheet\" href=\"style.css\"></head>\n<body><h1>Bienvenue</h1><script src=\"main.js\"></script></body>\n</html>\n",
    "style.css": "body { font-family: sans-serif; }\n",
    "main.js": "document.querySelector('h1').addEventListener('click', () => console.log('ok'));\n",
}


def test_a_static_sites_own_pages_copy_is_no_documentation_site(tmp_path):
    _, res = judge(tmp_path, SITE, ["documentation.docs"])
    docs = res["documentation.docs"]
    assert "site" not in docs["details"].get("found", []), docs["message"]
    assert not any("github.io" in str(e.get("value")) and e.get("kind") == "found" for e in docs["evidence"]), docs["evidence"]


def test_a_pages_link_called_documentation_is_still_a_documentation_site(tmp_path):
    files = {**SITE, "README.md": SITE["README.md"].replace("[Accéder au site]", "[Documentation]")}
    _, res = judge(tmp_path, files, ["documentation.docs"])
    assert "site" in res["documentation.docs"]["details"].get("found", []), res["documentation.docs"]["message"]


TEMPLATE = ("{% extends 'base.html' %}\n{% block content %}\n"
            "<link rel=\"stylesheet\" type=\"text/css\" href=\"https://cdn.datatables.net/1.13.2/css/jquery.dataTables.css\">\n"
            "<table id=\"produits\"><thead><tr><th>Nom</th><th>Catégorie</th></tr></thead></table>\n"
            "<script src=\"https://cdn.datatables.net/1.13.2/js/jquery.dataTables.js\"></script>\n"
            "<script>$('#produits').DataTable({language: {url: '/static/datatables/i18n/fr-FR.json'}});</script>\n{% endblock %}\n")
DJANGO = {
    "README.md": "# Réservation\n\nRéservation de matériel multimédia par les structures partenaires.\n",
    "requirements.txt": "Django==4.2.2\npython-dotenv==1.0.0\n",
    "manage.py": "import os\nimport sys\n\nif __name__ == '__main__':\n    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'app.settings')\n"
                 "    from django.core.management import execute_from_command_line\n    execute_from_command_line(sys.argv)\n",
    "app/__init__.py": "",
    "app/settings.py": "import os\nSECRET_KEY = os.environ.get('SECRET_KEY')\nINSTALLED_APPS = ['django.contrib.admin', 'shop']\nLANGUAGE_CODE = 'fr-fr'\n",
    "app/urls.py": "from django.urls import path\nfrom shop import views\n\nurlpatterns = [path('', views.product_list)]\n",
    "shop/__init__.py": "",
    "shop/models.py": "from django.db import models\n\n\nclass Product(models.Model):\n    name = models.CharField(max_length=200)\n",
    "shop/views.py": "from django.shortcuts import render\nfrom .models import Product\n\n\ndef product_list(request):\n"
                     "    return render(request, 'shop/product_list.html', {'products': Product.objects.all()})\n",
    "shop/templates/base.html": "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Réservation</title></head>\n"
                                "<body>{% block content %}{% endblock %}</body></html>\n",
    "shop/templates/shop/product_list.html": TEMPLATE,
    "static/datatables/i18n/fr-FR.json": '{\n  "emptyTable": "Aucune donnée disponible dans le tableau",\n  "loadingRecords": "Chargement...",\n'
                                         '  "zeroRecords": "Aucun élément correspondant trouvé"\n}\n',
}


def test_a_cdn_librarys_locale_file_is_no_i18n_of_the_application(tmp_path):
    _, res = judge(tmp_path, DJANGO, ["reusability.portability"])
    r = res["reusability.portability"]
    assert r["details"]["i18n"] is False, r
    assert not any("datatables" in str(e.get("path")) for e in r["evidence"]), r["evidence"]


def test_the_applications_own_locale_folder_still_counts(tmp_path):
    files = {**DJANGO, "shop/locale/en/LC_MESSAGES/django.po": 'msgid "Réserver"\nmsgstr "Book"\n'}
    _, res = judge(tmp_path, files, ["reusability.portability"])
    assert res["reusability.portability"]["details"]["i18n"] is True, res["reusability.portability"]
