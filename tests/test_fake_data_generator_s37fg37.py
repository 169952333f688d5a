"""reusability.territory-neutral (issue 12, s37 fg37 = reader rb37, GIP-RECIA/Noethysweb-data-generator): a script generating
reproducible fake data for a Django application (Faker('fr_FR'), seeded) creates its demo structure and organiser by hand
(Structure.objects.create(nom="Mairie de Test Ville", cp="75001", ville="Paris", …)) beside Faker's families, and the check warned
"1 territory-specific value(s) hard-coded … Paris". The records a fake-data generator writes (a file named for generating, seeding,
populating or faking data, drawing values from Faker) are demo data, as a test's fixtures are. Near misses: the same records in a
file that uses no Faker, and in a file using Faker that is no generator (anonymising an export), stay findings."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"

RECORDS = '''

def creer_structure():
    structure = Structure.objects.create(
        nom="Mairie de Test Ville",
        rue="1 Place de la Mairie",
        cp="75001",
        ville="Paris",
        mail="contact@testville.fr",
    )
    return structure


def creer_familles(structure, nombre=20):
    for _ in range(nombre):
        Famille.objects.create(nom=fake.last_name(), ville=fake.city(), structure=structure)
'''

GENERATOR = '''"""Génère des données reproductibles pour l'application."""

import os
import random

import django
from faker import Faker

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gestion.settings")
django.setup()

from core.models import Famille, Structure  # noqa: E402

fake = Faker("fr_FR")
Faker.seed(42)
random.seed(42)
''' + RECORDS

README = "# Générateur de données\n\nCopier `data-generator.py` dans le projet, puis `python data-generator.py`.\n"


def _paris(r: dict) -> list:
    return [e for e in r["evidence"] if e.get("value") == "Paris" and e.get("kind") == "finding"]


def test_the_records_a_faker_generator_writes_are_demo_data(tmp_path):
    r = check_result(tmp_path, {"README.md": README, "data-generator.py": GENERATOR}, CID)
    assert not _paris(r), (r["message"], r["evidence"])


def test_the_same_records_without_faker_stay_findings(tmp_path):
    text = GENERATOR.replace("from faker import Faker\n", "").replace('fake = Faker("fr_FR")\nFaker.seed(42)\n', "fake = None\n")
    r = check_result(tmp_path, {"README.md": README, "data-generator.py": text}, CID)
    assert _paris(r), (r["message"], r["evidence"])


def test_a_file_using_faker_that_is_no_generator_stays_judged(tmp_path):
    r = check_result(tmp_path, {"README.md": README, "anonymiser_export.py": GENERATOR}, CID)
    assert _paris(r), (r["message"], r["evidence"])
