"""personal_data reads South's frozen models (issue 12, session 34 fixer b34).

A Django site on South (Django before 1.7) whose models come from an installed package (``load_models(base_models, local_models,
…)``, a Person defined in the package) has no model of its own naming people: its only schema is what each migration freezes,
``models = {'app.person': {'email': ('django.db.models.fields.EmailField', [], {…}), 'first_name': …}}``. Migrations are
generated files, left out of the project's files, so that schema went unread ("3 schema(s) or model(s) read: no personal-data
field"). The last migration of each folder is now read. A later Django's migration (operations, nothing frozen) is not a
schema, and neither is a test app's. Made-up names below."""

from __future__ import annotations

from tests.test_scaling import ctx_for, one
from tests.test_scaling import run as run_check

FROZEN = """# -*- coding: utf-8 -*-
from south.db import db
from south.v2 import SchemaMigration
from django.db import models


class Migration(SchemaMigration):

    def forwards(self, orm):
        db.add_column('annuaire_event', 'status', self.gf('django.db.models.fields.CharField')(default='', max_length=1))

    models = {
        'annuaire.event': {
            'Meta': {'object_name': 'Event'},
            'title': ('django.db.models.fields.CharField', [], {'max_length': '250'}),
        },
        'annuaire.person': {
            'Meta': {'object_name': 'Person'},
            'email': ('django.db.models.fields.EmailField', [], {'max_length': '75', 'blank': 'True'}),
            'first_name': ('django.db.models.fields.CharField', [], {'max_length': '100', 'null': 'True'}),
            'last_name': ('django.db.models.fields.CharField', [], {'max_length': '100'}),
        }
    }

    complete_apps = ['annuaire']
"""
OLD = FROZEN.replace("'email'", "'title_old'").replace("'first_name'", "'slug'").replace("'last_name'", "'uri'")
MODELS = ("from django.db import models\nfrom annuaire_base import BaseEvent\n\n\nclass Evaluation(models.Model):\n"
          "    title = models.CharField(max_length=200)\n")


def _fact(r):
    return ctx_for(r).fact("personal_data")


def test_the_last_south_migrations_frozen_person_is_read(repo):
    r = one(repo, {"annuaire/models/local_models.py": MODELS, "annuaire/migrations/__init__.py": "",
                   "annuaire/migrations/0001_initial.py": OLD, "annuaire/migrations/0047_auto__add_field_event_status.py": FROZEN})
    f = _fact(r)
    tables = {t["table"]: {x["name"] for x in t["fields"]} for t in f["tables"]}
    assert tables == {"person": {"email", "first_name", "last_name"}}, tables
    assert tables and f["tables"][0]["path"] == "annuaire/migrations/0047_auto__add_field_event_status.py"
    res = run_check(ctx_for(r), "scaling.personal-data")
    assert res.status.value != "pass", res.message


def test_a_later_djangos_migration_or_a_test_apps_is_no_frozen_schema(repo):
    # near-miss: a Django 2 migration (no frozen models: models.py is the schema) and a test app's South migration
    later = ("from django.db import migrations, models\n\n\nclass Migration(migrations.Migration):\n    operations = [\n"
             "        migrations.AddField(model_name='event', name='status', field=models.CharField(max_length=1)),\n    ]\n")
    r = one(repo, {"annuaire/models.py": MODELS, "annuaire/migrations/0002_event_status.py": later,
                   "tests/testapp/migrations/0001_initial.py": FROZEN})
    f = _fact(r)
    assert f["tables"] == [] and [p for p, _ in f["schemas"]] == ["annuaire/models.py"], f["schemas"]
    assert run_check(ctx_for(r), "scaling.personal-data").status.value == "pass"
