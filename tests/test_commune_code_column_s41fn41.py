"""interoperability.identifiers (issue 12, s41 fn41 = reader rc41, SMMAR11/styx): a Django application keeps its communes in a model
whose key is the INSEE code under a short name (``class TCommune(models.Model): num_comm = models.CharField(max_length=5,
primary_key=True)``) and the check did not see it. A column of a model or table named as a commune's code (code_commune, insee_com,
codgeo, cog, or num_comm declared on five characters, as a commune's key or in a model of communes) is an identifier field.
Near misses: num_commande (an order's number) and a num_comm of twenty characters in a model of comments name no commune."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

MODELS = ('from django.db import models\n\n\nclass TCommune(models.Model):\n\n    \'\'\'Ensemble des communes\'\'\'\n\n'
          '    num_comm = models.CharField(max_length = 5, primary_key = True)\n    n_comm = models.CharField(max_length = 255)\n\n'
          '    class Meta :\n        db_table = \'t_commune\'\n\n\nclass TDossier(models.Model):\n'
          '    num_doss = models.CharField(max_length = 255)\n    lib_doss = models.CharField(max_length = 255)\n')
NEAR = ('from django.db import models\n\n\nclass TCommande(models.Model):\n    num_commande = models.CharField(max_length = 5)\n'
        '    montant = models.DecimalField(max_digits = 8, decimal_places = 2)\n\n\nclass TCommentaire(models.Model):\n'
        '    num_comm = models.CharField(max_length = 20)\n    texte = models.TextField()\n')
VIEWS = ('from django.shortcuts import render\n\nfrom app.models import TDossier\n\n\ndef index(request):\n'
         '    return render(request, "index.html", {"dossiers": TDossier.objects.all()})\n')
CHECKS = ["interoperability.identifiers"]


def _files(models: str) -> dict:
    return {"README.md": "# Gestion des dossiers\n\nSuivi des dossiers d'un syndicat de rivière.\n", "requirements.txt": "Django==2.2\n",
            "manage.py": "import os\nimport sys\n\nif __name__ == '__main__':\n    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'app.settings')\n"
                         "    from django.core.management import execute_from_command_line\n    execute_from_command_line(sys.argv)\n",
            "app/__init__.py": "", "app/models/__init__.py": "from app.models.tables import *\n", "app/models/tables.py": models,
            "app/views.py": VIEWS, "app/templates/index.html": "<html><body>{% for d in dossiers %}<p>{{ d.lib_doss }}</p>{% endfor %}</body></html>\n"}


def test_a_model_keyed_by_the_commune_s_code_under_a_short_name_is_an_identifier_field(tmp_path):
    _, res = kind_and_results(tmp_path, _files(MODELS), CHECKS)
    r = res["interoperability.identifiers"]
    assert r["status"] == "warn" and "numcomm" in r["details"]["fields"], r
    assert any(e["path"] == "app/models/tables.py" for e in r["evidence"]), r


def test_an_order_s_number_and_a_comment_s_number_are_no_commune_code(tmp_path):
    _, res = kind_and_results(tmp_path, _files(NEAR), CHECKS)
    r = res["interoperability.identifiers"]
    assert r["status"] == "not_applicable", r
